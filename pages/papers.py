"""Papers: the filtered papers as a table with links, topics and metric counts, and
one paper in detail. Digest text is shown as text, never as HTML or markdown."""

from __future__ import annotations

import streamlit as st

from digest_data.app import trendsview, ui
from digest_data.app.safe import markdown_text, safe_url

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
    format_func=lambda i: f"{table.at[i, 'date']:%Y-%m-%d} · {table.at[i, 'title']}",
    key="paper_pick",
)
paper = table.iloc[choice].where(table.iloc[choice].notna(), None)
st.markdown(f"### {markdown_text(paper['title'])}")
meta = [f"{paper['date']:%Y-%m-%d}", paper["source"]]
if paper["arxiv_id"]:
    meta.append(f"arXiv {paper['arxiv_id']}")
st.caption(" · ".join(markdown_text(m) for m in meta))
if url := safe_url(paper["url"]):
    st.link_button("Open the paper", url)
if len(paper["authors"]):
    st.markdown("**Authors:** " + markdown_text(", ".join(paper["authors"])))
if len(paper["affiliations"]):
    st.markdown("**Affiliations:** " + markdown_text(", ".join(paper["affiliations"])))
st.markdown("**Topics:** " + ", ".join(ctx.labels.get(t, t) for t in paper["topics"]))
if paper["summary"]:
    st.markdown("**Summary**")
    st.markdown(markdown_text(paper["summary"]))
if paper["comments"]:
    st.markdown("**Comments:** " + markdown_text(paper["comments"]))
numbers = ctx.metrics[
    (ctx.metrics["paper_id"] == paper["paper_id"]) & (ctx.metrics["date"] == paper["date"])
]
if not numbers.empty:
    st.markdown("**Reported numbers**")
    st.dataframe(
        numbers[["value", "unit", "metric", "benchmark", "model", "kind", "context"]],
        hide_index=True,
        width="stretch",
    )

# Papers like this one: neighbours computed at build time (store/neighbours.py).
st.markdown("**Papers like this one**")
like = trendsview.papers_like(ctx, paper["paper_id"])
if like is None:
    st.caption("This dataset was built without neighbours: rebuild it to see them.")
elif like.empty:
    st.caption("No other paper shares enough words with this one.")
else:
    st.dataframe(
        like.drop(columns=["paper_id"]),
        hide_index=True,
        width="stretch",
        column_config={
            "title": st.column_config.TextColumn("Title", width="large"),
            "score": st.column_config.ProgressColumn(
                "Likeness", format="%.2f", min_value=0, max_value=1, width=100
            ),
            "date": st.column_config.DateColumn("Day", format="YYYY-MM-DD", width=95),
            "source": st.column_config.TextColumn("Source", width=80),
            "url": st.column_config.LinkColumn("Link", display_text="open", width=50),
        },
        key="papers_like",
    )
    ui.download(like, "papers-like", ctx, paper["paper_id"], key="dl-papers-like")
