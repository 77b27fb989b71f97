"""Papers: the filtered papers as a table with links, topics and metric counts, and
one paper in detail. Digest text is shown as text, never as HTML or markdown."""

from __future__ import annotations

import streamlit as st

from digest_data.app import ui
from digest_data.app.safe import (
    CELL_CHARS,
    DETAIL_CHARS,
    OPTION_CHARS,
    clip,
    clip_frame,
    markdown_text,
    safe_url,
)

ctx = ui.context("papers")
st.title("Papers")
st.caption(ui.range_caption(ctx))

if ctx.papers.empty:
    ui.empty()
    st.stop()

table = ui.shared_table(ctx, "paper_table")
shown = ui.table(
    table.drop(columns=["summary", "comments", "paper_id", "affiliations"]),
    "papers",
    column_config={
        "date": st.column_config.DateColumn("Day", format="YYYY-MM-DD"),
        "title": st.column_config.TextColumn("Title", width="large"),
        "authors": st.column_config.ListColumn("Authors"),
        "topics": st.column_config.ListColumn("Topics"),
        "metric_numbers": st.column_config.NumberColumn("Metrics"),
        "url": st.column_config.LinkColumn("Link", display_text="open"),
        "arxiv_id": "arXiv",
    },
)
ui.download(table, "papers", ctx)

st.subheader("Paper detail")
choice = st.selectbox(
    "Paper",
    options=range(len(shown)),
    format_func=lambda i: (
        f"{table.at[i, 'date']:%Y-%m-%d} · {clip(table.at[i, 'title'], OPTION_CHARS)}"
    ),
    key="paper_pick",
)
paper = table.iloc[choice].where(table.iloc[choice].notna(), None)
st.markdown(f"### {markdown_text(clip(paper['title'], CELL_CHARS))}")
meta = [f"{paper['date']:%Y-%m-%d}", paper["source"]]
if paper["arxiv_id"]:
    meta.append(f"arXiv {paper['arxiv_id']}")
st.caption(" · ".join(markdown_text(m) for m in meta))
if url := safe_url(paper["url"]):
    st.link_button("Open the paper", url)
if len(paper["authors"]):
    st.markdown("**Authors:** " + markdown_text(clip(", ".join(paper["authors"]), DETAIL_CHARS)))
if len(paper["affiliations"]):
    st.markdown(
        "**Affiliations:** " + markdown_text(clip(", ".join(paper["affiliations"]), DETAIL_CHARS))
    )
st.markdown("**Topics:** " + ", ".join(ctx.labels.get(t, t) for t in paper["topics"]))
if paper["summary"]:
    st.markdown("**Summary**")
    st.markdown(markdown_text(clip(paper["summary"], DETAIL_CHARS)))
    if len(paper["summary"]) > DETAIL_CHARS:
        st.caption(
            f"Showing the first {DETAIL_CHARS:,} of {len(paper['summary']):,} characters: "
            "the CSV download has the full text."
        )
if paper["comments"]:
    st.markdown("**Comments:** " + markdown_text(clip(paper["comments"], DETAIL_CHARS)))
numbers = ctx.metrics[
    (ctx.metrics["paper_id"] == paper["paper_id"]) & (ctx.metrics["date"] == paper["date"])
]
if not numbers.empty:
    st.markdown("**Reported numbers**")
    st.dataframe(
        clip_frame(numbers[["value", "unit", "metric", "benchmark", "model", "kind", "context"]]),
        hide_index=True,
        width="stretch",
    )
