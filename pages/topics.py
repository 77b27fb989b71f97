"""Topics: topic counts per day or week, totals, and the mix against the range before."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import aggregate, filters
from digest_data.app import charts, ui

ctx = ui.context("topics")
st.title("Topics")
st.caption(ui.range_caption(ctx))
labels = tuple(sorted(ctx.labels.items()))

if ctx.papers.empty:
    ui.empty()
    st.stop()

left, right = st.columns(2)
freq = left.radio(
    "Group by",
    filters.PERIODS,
    index=filters.PERIODS.index(filters.suggested_period(ctx.state)),
    horizontal=True,
    key="topic_freq",
)
mode = right.radio("Show", ["counts", "shares"], horizontal=True, key="topic_mode")
counts = ui.cached(ctx, "topic_counts", freq, labels)
y = "papers" if mode == "counts" else "share"
fig = charts.bars(
    counts,
    x="period",
    y=y,
    group="label",
    group_order=list(ctx.labels.values()),
    colors=ui.topic_colors(ctx.labels),
    title=f"Papers per topic and {freq}"
    + (" (share of the period's papers)" if y == "share" else ""),
    labels={
        "period": ui.PERIOD_AXIS[freq],
        "papers": "Papers",
        "share": "Share of papers",
        "label": "Topic",
    },
    hover_data={"papers": "", "share": ":.1%"},
)
fig.update_layout(height=520)
if y == "share":
    fig.update_yaxes(tickformat=".0%")
fig.update_layout(bargap=0.1)
st.plotly_chart(fig, width="stretch")
st.caption("A paper with several topics counts once for each of them.")
ui.download(counts, "topic-counts", ctx, freq)

st.subheader("Totals")
totals = ui.cached(ctx, "topic_totals", labels)
st.dataframe(
    totals,
    hide_index=True,
    width="stretch",
    column_config={
        "topic": "Topic id",
        "label": "Topic",
        "papers": st.column_config.NumberColumn("Papers"),
        "share": st.column_config.ProgressColumn(
            "Share of papers", format="percent", min_value=0, max_value=1
        ),
    },
)
ui.download(totals, "topic-totals", ctx)

previous = filters.previous_period(ctx.state)
st.subheader("Topic mix against the range before")
st.caption(f"{ctx.state.start} to {ctx.state.end} against {previous.start} to {previous.end}")
before = ui.cached(ctx, "topic_totals", labels, state=previous)
change = aggregate.mix_change_of_totals(totals, before, ctx.labels)
if before.empty:
    ui.empty(f"No papers between {previous.start} and {previous.end} to compare with.")
else:
    fig = charts.bars(
        change.sort_values("change_points"),
        x="change_points",
        y="label",
        horizontal=True,
        title="Change in each topic's share of papers",
        labels={"change_points": "Change in share (percentage points)", "label": "Topic"},
        hover_data={"share": ":.1%", "share_before": ":.1%", "papers": "", "papers_before": ""},
    )
    st.plotly_chart(fig, width="stretch")
    ui.download(change, "topic-mix-change", ctx)
