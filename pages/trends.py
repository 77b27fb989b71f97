"""Trends: what rose and fell most in the sidebar's range against the range of
equal length before it, with each item's monthly share and a link to its papers."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import trends
from digest_data.app import trendsview, ui

ctx = ui.context("trends")
st.title("Trends")
now, before = trendsview.windows(ctx)
st.caption(ui.comparison_caption(ctx, now, before))
if notice := ui.windows_notice(ctx, now):
    st.caption(notice)
labels = trendsview.label_pairs(ctx)

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
    empty = trendsview.empty_window(ctx, now, before)
    ui.empty(
        f"Nothing to compare: no papers from {empty}. Pick a later or longer range."
        if empty
        else f"Nothing to compare: no {what} with at least {min_count} papers in either "
        "range. Lower the minimum or pick a longer range."
    )
    st.stop()

# Two lists side by side in a 1400 px window leave about 410 px for each table;
# rows two lines high let a three-word term wrap in its 130 px instead of being cut
# (the grid wraps cell text only from about 66 px).
ROW_HEIGHT, HEADER_HEIGHT = ui.WRAPPED_ROW, 35
COLUMN_CONFIG = {
    "item": st.column_config.TextColumn(trends.ONE_OF[what], width=130),
    "count": st.column_config.NumberColumn(
        "Now", help="Papers in the range that mention it", width=45
    ),
    "count_before": st.column_config.NumberColumn(
        "Before", help="Papers in the range before", width=50
    ),
    "change": st.column_config.NumberColumn(
        "Change",
        help="Share of papers now minus before, in percentage points",
        format="%+.1f pp",
        width=68,
    ),
    # Bars, not Streamlit's line, which is smoothed: over four months it drew humps
    # above and below the four shares.
    "trend": st.column_config.BarChartColumn(
        "By month", help="Share of each month's papers", y_min=0, width=68
    ),
    "papers": st.column_config.LinkColumn(
        "Papers",
        help="The benchmark's scores on the Benchmarks page"
        if what == "benchmarks"
        else "The papers, on the Papers page",
        display_text="show",
        width=48,
    ),
}
FALLING_LINKS = st.column_config.LinkColumn(
    "Papers",
    help="The benchmark's scores on the Benchmarks page, over both ranges"
    if what == "benchmarks"
    else "The papers of both ranges, on the Papers page",
    display_text="show",
    width=48,
)
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
        falling = title == "Falling"
        shown = trendsview.with_sparklines(ctx, rows, what, labels, falling)
        shown = shown.assign(change=shown["change"] * 100)
        ui.table(
            shown[["item", "count", "count_before", "change", "trend", "papers"]],
            what,
            column_config=COLUMN_CONFIG | ({"papers": FALLING_LINKS} if falling else {}),
            row_height=ROW_HEIGHT,
            height=HEADER_HEIGHT + ROW_HEIGHT * len(shown) + 3,  # every row, no scrolling
            key=f"trend_table_{title.lower()}",
        )
        ui.download(rows, f"{title.lower()}-{what}", ctx, key=f"dl-{title.lower()}-{what}")
