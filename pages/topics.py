"""Topics: papers per topic and period (counts, or each topic's share of the
period's papers), totals, and the mix against the range before."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from digest_data.analyse import aggregate, filters
from digest_data.app import charts, trendsview, ui

ctx = ui.context("topics")
st.title("Topics")
st.caption(ui.range_caption(ctx))
labels = tuple(sorted(ctx.labels.items()))

if ctx.papers.empty:
    ui.empty()
    st.stop()

# Shares are of all the period's papers, so a topic filter picks which topics are
# drawn instead of turning the chart into that topic's co-topics (itself at 100%).
everything = replace(ctx.state, topics=())
chosen = set(ctx.state.topics)


def drawn(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["topic"].isin(chosen)] if chosen else frame


st.caption(
    "Papers are counted once per period, however many sources list them; a paper with "
    "several topics counts for each. A share is the topic's part of all the period's "
    "papers (under the date, source and search filters). "
    + (
        "The topic filter picks which topics are drawn; their shares are the same as without it."
        if chosen
        else "With a topic filter only the chosen topics are drawn, each share unchanged."
    )
)
left, right = st.columns(2)
freq = left.radio(
    "Group by",
    filters.PERIODS,
    index=filters.PERIODS.index(filters.suggested_period(ctx.state)),
    horizontal=True,
    key="topic_freq",
)
mode = right.radio("Show", ["counts", "shares"], horizontal=True, key="topic_mode")
# Every topic in every period of the range, zeros included: a quiet week or a picked
# topic without papers is a 0 in the chart's CSV, not a missing row.
every_topic = aggregate.topic_grid(
    ui.cached(ctx, "topic_counts", freq, labels, state=everything),
    ctx.labels,
    aggregate.every_period(ctx.state.start, ctx.state.end, freq),
)
periods = sorted(every_topic["period"].unique())
counts = drawn(every_topic).assign(
    partial=lambda f: aggregate.partial_periods(f["period"], freq, ctx.state.start, ctx.state.end)
)
partial = set(counts.loc[counts["partial"], "period"])
totals_all = aggregate.totals_of_every_topic(
    ui.cached(ctx, "topic_totals", labels, state=everything), ctx.labels
)
order = [lab for lab in totals_all["label"] if not chosen or lab in set(counts["label"])]
if mode == "shares":
    fig = charts.share_heatmap(
        counts,
        periods,
        order,
        partial,
        title=f"Each topic's share of the {freq}'s papers",
        x_title=ui.PERIOD_AXIS[freq] + (" (* partly outside the range)" if partial else ""),
        month=freq == "month",
    )
else:
    fig = charts.bars(
        # a topic without papers would be a legend entry drawing nothing
        counts[counts.groupby("topic")["papers"].transform("sum") > 0],
        x="period",
        y="papers",
        group="label",
        group_order=list(ctx.labels.values()),
        colors=ui.topic_colors(ctx.labels),
        title=f"Papers per topic and {freq}",
        labels={
            "period": ui.PERIOD_AXIS[freq],
            "papers": "Papers",
            "share": "Share of the period's papers",
            "label": "Topic",
        },
        hover_data={"papers": "", "share": ":.1%"},
    )
    ui.lighten_partial(fig, partial)
    fig.update_layout(height=max(520, 24 * len(order) + 140))
    charts.period_bars(fig, freq, ctx.state.start, ctx.state.end)
st.plotly_chart(fig, width="stretch")
ui.partial_caption(
    ctx,
    partial,
    freq,
    ("Lighter bars" if mode == "counts" else "Columns marked *")
    + " (the CSV's partial column says which)",
)
ui.download(counts, "topic-counts", ctx, freq)

st.subheader("Totals")
totals = drawn(totals_all)
ui.table(
    # In percent for the bar's label: Streamlit's "percent" format drops trailing
    # zeros ("16.2%" beside "18.81%"); the CSV keeps the share as a fraction.
    totals.assign(share=totals["share"] * 100),
    "topics",
    column_config={
        "topic": None,  # the id, for the CSV; the label names the topic here
        "label": "Topic",
        "papers": st.column_config.NumberColumn("Papers"),
        "share": st.column_config.ProgressColumn(
            "Share of papers", format="%.1f%%", min_value=0, max_value=100
        ),
    },
)
ui.download(totals, "topic-totals", ctx)

# As on the Trends page: when the data starts inside the range (every first visit,
# which shows all of it), its second half against its first, not an empty box.
now, earlier = trendsview.windows(ctx, everything)
halves = now.start != ctx.state.start
st.subheader(
    "Topic mix against the range before" if not halves else "Topic mix: second half against first"
)
st.caption(f"{now} against {earlier}")
if notice := ui.windows_notice(ctx, now):
    st.caption(notice)
before = ui.cached(
    ctx, "topic_totals", labels, state=replace(everything, start=earlier.start, end=earlier.end)
)
if before.empty:
    ui.empty(f"No papers between {earlier.start} and {earlier.end} to compare with.")
else:
    current = ui.cached(
        ctx, "topic_totals", labels, state=replace(everything, start=now.start, end=now.end)
    )
    change = drawn(aggregate.mix_change_of_totals(current, before, ctx.labels))
    fig = charts.bars(
        change.sort_values("change_points"),
        x="change_points",
        y="label",
        horizontal=True,
        title="Change in each topic's share of papers",
        labels={
            "change_points": "Change in share (percentage points)",
            "label": "Topic",
            "share": "Share now",
            "share_before": "Share before",
            "papers": "Papers now",
            "papers_before": "Papers before",
        },
        hover_data={
            "change_points": ":+.1f",
            "share": ":.1%",
            "share_before": ":.1%",
            "papers": "",
            "papers_before": "",
        },
    )
    st.plotly_chart(fig, width="stretch")
    ui.download(change, "topic-mix-change", ctx, "halves" if halves else "")
