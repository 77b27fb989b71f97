"""Authors: the most frequent authors in the range, one author's papers over time,
and a searchable author table."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import aggregate
from digest_data.app import charts, ui
from digest_data.app.safe import OPTION_CHARS, clip, markdown_text

ctx = ui.context("authors")
st.title("Authors")
st.caption(ui.range_caption(ctx) + " · names matched after Unicode and whitespace normalisation")

table = ui.cached(ctx, "author_table", "")
if table.empty:
    ui.empty("No authors in these papers (M-A-P digests list affiliations, not authors).")
    st.stop()

n = st.slider("Top authors", min_value=5, max_value=50, value=20, step=5, key="top_n")
top = table.head(n)
fig = charts.bars(
    top.iloc[::-1],
    x="papers",
    y="author",
    horizontal=True,
    title=f"Top {len(top)} authors by distinct papers",
    labels={"papers": "Distinct papers", "author": "Author"},
)
fig.update_layout(height=max(360, 22 * len(top) + 120))
st.plotly_chart(fig, width="stretch")
ui.download(top, "top-authors", ctx, f"top{n}")

st.subheader("One author's papers over time")
search = st.text_input("Find an author", key="author_search", placeholder="part of a name")
found = ui.cached(ctx, "author_table", search.strip())
# The browser gets the options: the most prolific matches, not every name.
author = st.selectbox(
    "Author",
    options=list(aggregate.first_rows(found)["author"]),
    format_func=lambda name: clip(name, OPTION_CHARS),
    key="author_pick",
    help=f"The {aggregate.TABLE_ROWS:,} most frequent authors matching the search above.",
)
if author:
    mine = ui.cached(ctx, "author_papers", author)
    per_day = aggregate.per_day(mine)
    fig = charts.bars(
        per_day,
        x="date",
        y="papers",
        title=f"Papers by {author} per digest day",
        labels={"date": "Digest day", "papers": "Papers"},
    )
    fig.update_yaxes(dtick=1)
    st.plotly_chart(fig, width="stretch")
    ui.table(
        mine,
        "papers",
        column_config={"date": st.column_config.DateColumn("Day", format="YYYY-MM-DD")},
    )
    ui.download(mine, "author-papers", ctx, author)

st.subheader(
    markdown_text("All authors" + (f' matching "{search.strip()}"' if search.strip() else ""))
)
ui.table(found, "authors")
ui.download(found, "authors", ctx, search.strip())
