"""Papers: the filtered papers as a table with links, topics and metric counts, and
one paper in detail. Digest text is shown as text, never as HTML or markdown."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import aggregate, filters
from digest_data.analyse.papers import find_papers, joined, lists_paper, row_keys, row_metrics
from digest_data.app import similarview, ui
from digest_data.app.safe import (
    CELL_CHARS,
    DETAIL_CHARS,
    OPTION_CHARS,
    clip,
    markdown_text,
    safe_url,
)

# Read before the sidebar writes the filters back to the URL.
wanted = (st.query_params.get(ui.PAPER_PARAM) or "")[: filters.QUERY_CHARS]
ctx = ui.context("papers")
st.title("Papers")
st.caption(ui.range_caption(ctx))

if ctx.papers.empty:
    ui.empty()
    st.stop()

table = ui.shared_table(ctx, "paper_table")
# Every column fits at 1400 px (the widths sum to the content width there, and
# Streamlit stretches them alike at 1920 px); rows taller than 64 px let titles and
# authors wrap (Streamlit wraps only then), so a long author list shows its first
# names. The arXiv id is in the link, the detail and the CSV.
# Only the rows and columns drawn go to the browser (summaries would be most of
# the bytes), and only they are joined into text.
shown = ["date", "title", "topics", "metric_numbers", "source", "url", "authors"]
head = aggregate.first_rows(table)[shown]
ui.table(
    head.assign(
        authors=joined(head["authors"]),
        # Labels, as every other page shows topics; the CSV keeps the ids.
        topics=[", ".join(ctx.labels.get(t, t) for t in ts or ()) for ts in head["topics"]],
    ),
    # A row is a paper as one source lists it: a paper two sources list is two rows.
    f"listings ({table['paper_id'].nunique():,} distinct papers)",
    total=len(table),
    column_order=shown,
    row_height=ui.WRAPPED_ROW,
    column_config={
        "date": st.column_config.DateColumn("Day", format="YYYY-MM-DD", width=92),
        "title": st.column_config.TextColumn("Title", width=310),
        "topics": st.column_config.TextColumn("Topics", width=140),
        "metric_numbers": st.column_config.NumberColumn(
            "Metrics", help="Metric numbers its summary reports", width=62
        ),
        "source": st.column_config.TextColumn("Source", width=82),
        "url": st.column_config.LinkColumn("Link", display_text="open", width=50),
        "authors": st.column_config.TextColumn("Authors", width=190),
    },
)
ui.download(table, "papers", ctx)

st.subheader("Paper detail")
if wanted and st.session_state.get("paper_from_url") != wanted:
    # A shared link: its paper is found by id (it may be past the picker's first
    # rows) and chosen, once; a later pick is the visitor's. A paper the filters
    # leave out is said so, and the first one shown, as its sender saw.
    st.session_state["paper_from_url"] = wanted
    if lists_paper(table, wanted):
        st.session_state["paper_chosen"] = wanted
        st.session_state["paper_find"] = wanted.split("|")[0].removeprefix("arxiv:")
    else:
        st.info(
            "The paper this link names is not among the papers in these filters; "
            "showing the first one that is.",
            icon=":material/info:",
        )
search = st.text_input(
    "Find a paper",
    key="paper_find",
    # A new search looks for another paper: the one picked before is let go.
    on_change=lambda: st.session_state.pop("paper_chosen", None),
    placeholder="part of a title, or an arXiv id",
    help="Searches every paper in the filters above, not only the rows the table shows.",
)
matches, total = find_papers(table, search, aggregate.TABLE_ROWS)
if matches.empty:
    ui.empty(f'No filtered paper has "{search.strip()}" in its title or id.')
    st.stop()
keys = row_keys(matches)
names = {
    k: f"{d:%Y-%m-%d} · {clip(t, OPTION_CHARS)} · {s}"
    for k, d, t, s in zip(keys, matches["date"], matches["title"], matches["source"], strict=True)
}
# A pick is kept by the row's key, so a filter change that keeps the paper keeps it
# chosen, wherever it now sits in the list. Only a pick: the first paper, shown
# before any, is no choice to keep or to miss.
chosen = st.session_state.get("paper_chosen")
if chosen is not None and chosen not in names:
    # Said, not done silently: a filter change left the chosen paper out.
    st.info(
        f"{markdown_text(st.session_state.get('paper_chosen_name', 'The paper chosen'))} "
        "is not among these papers now; showing the first one that is.",
        icon=":material/info:",
    )
choice = st.selectbox(
    "Paper",
    options=keys,
    index=keys.index(chosen) if chosen in names else 0,
    format_func=names.__getitem__,
    key="paper_pick",
    on_change=lambda: st.session_state.update(paper_chosen=st.session_state["paper_pick"]),
    help=f"{len(keys):,} of {total:,} matching papers"
    + ("; type in the search box to find others." if len(keys) < total else "."),
)
row = matches.iloc[keys.index(choice)]
if choice == st.session_state.get("paper_chosen"):
    st.session_state["paper_chosen_name"] = clip(str(row["title"]), 80)
    # A link to this page opens this paper; this run's own URL is no shared link.
    st.query_params[ui.PAPER_PARAM] = choice
    st.session_state["paper_from_url"] = choice
paper = row.where(row.notna(), None)
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
numbers = row_metrics(ctx.metrics, row)
if not numbers.empty:
    st.markdown("**Reported numbers**")
    # Columns no number of this paper fills are left out: at 1400 px empty unit,
    # benchmark and model columns took the width the metric's name needed.
    shown = [
        c
        for c in ("value", "unit", "metric", "benchmark", "model", "kind", "context")
        if c in ("value", "kind", "context") or numbers[c].fillna("").astype(str).ne("").any()
    ]
    # Rows taller than 64 px let the sentence wrap: one line cut it before its number.
    ui.table(
        numbers[shown],
        "numbers",
        filtered=False,
        row_height=ui.WRAPPED_ROW,
        column_config={
            "value": st.column_config.NumberColumn("Value", width=70),
            "unit": st.column_config.TextColumn("Unit", width=45),
            "metric": st.column_config.TextColumn("Metric", width=160),
            "benchmark": st.column_config.TextColumn("Benchmark", width=140),
            "model": st.column_config.TextColumn("Model", width=120),
            "kind": st.column_config.TextColumn("Kind", width=75),
            "context": st.column_config.TextColumn("Sentence", width="large"),
        },
    )
    ui.download(numbers, "paper-numbers", ctx, str(paper["paper_id"]), filtered=False)

# Papers like this one: neighbours computed at build time (store/neighbours.py).
st.markdown("**Papers like this one**")
like = similarview.papers_like(ctx, paper["paper_id"])
if like is None:
    st.caption("This dataset was built without neighbours: rebuild it to see them.")
elif like.empty:
    st.caption("No other paper shares enough words with this one.")
else:
    ui.table(
        like.drop(columns=["paper_id"]),
        "papers",
        filtered=False,
        row_height=ui.WRAPPED_ROW,  # long titles wrap instead of being cut
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
