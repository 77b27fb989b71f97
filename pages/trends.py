"""Trends: what rose and fell most in the sidebar's range against the range of
equal length before it, with each item's monthly share and a link to its papers."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import filters, trends
from digest_data.app import trendsview, ui

ctx = ui.context("trends")
st.title("Trends")
previous = filters.previous_period(ctx.state)
st.caption(f"{ui.range_caption(ctx)} · against {previous.start} to {previous.end}")
labels = tuple(sorted(ctx.labels.items()))

left, middle, right = st.columns([3, 1, 1])
what = left.radio(
    "Rank",
    trends.WHAT,
    horizontal=True,
    key="trend_what",
    help="Terms are words and short phrases of titles and summaries that are not everyday English.",
)
min_count = middle.number_input(
    "Min. papers",
    min_value=1,
    max_value=1000,
    value=trends.MIN_COUNT[what],
    key=f"trend_min_{what}",
)
top = right.number_input("Rows", min_value=5, max_value=100, value=20, step=5, key="trend_top")

if ctx.papers.empty:
    ui.empty()
    st.stop()
table = trendsview.ranked(ctx, what, labels, int(min_count))
if table.empty:
    ui.empty(
        f"Nothing to compare: no papers between {previous.start} and {previous.end}, or no "
        f"{what} with at least {min_count} papers. Pick a later or longer range."
    )
    st.stop()

COLUMN_CONFIG = {
    "item": st.column_config.TextColumn(what[:-1].capitalize(), width="medium"),
    "count": st.column_config.NumberColumn("Papers", help="Papers in the range that mention it"),
    "count_before": st.column_config.NumberColumn("Before", help="Papers in the range before"),
    "change": st.column_config.NumberColumn(
        "Change", help="Share of papers now minus before, in percentage points", format="%+.1f pp"
    ),
    "trend": st.column_config.LineChartColumn("Monthly share", y_min=0, width="small"),
    "papers": st.column_config.LinkColumn("Papers", display_text="show", width="small"),
}
st.caption(
    "Ranked by the log-odds ratio with an informative Dirichlet prior (z-score): a change "
    "counts for more the more papers back it. Counts are distinct papers; the sparkline is "
    "the share of each month's papers over all the data."
)
for column, (title, rows) in zip(
    st.columns(2),
    [("Rising", trends.rising(table, int(top))), ("Falling", trends.falling(table, int(top)))],
    strict=True,
):
    with column:
        st.subheader(title)
        if rows.empty:
            st.info(f"Nothing {title.lower()} here.", icon=":material/trending_flat:")
            continue
        shown = trendsview.with_sparklines(ctx, rows, what, labels)
        shown = shown.assign(change=shown["change"] * 100)
        st.dataframe(
            shown[["item", "count", "count_before", "change", "trend", "papers"]],
            hide_index=True,
            width="stretch",
            column_config=COLUMN_CONFIG,
            key=f"trend_table_{title.lower()}",
        )
        ui.download(rows, f"{title.lower()}-{what}", ctx, key=f"dl-{title.lower()}-{what}")
