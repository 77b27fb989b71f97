"""Metrics: the numbers papers report, across days, and the best reported per day."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import aggregate, filters
from digest_data.app import charts, ui
from digest_data.app.safe import OPTION_CHARS, clip
from digest_data.schema import METRIC_KINDS

ctx = ui.context("metrics")
st.title("Reported metrics")
st.caption(ui.range_caption(ctx))

if ctx.metrics.empty:
    ui.empty("No reported metric numbers in the selected papers.")
    st.stop()

units = ui.cached(ctx, "metric_options", "unit")
c1, c2, c3, c4 = st.columns(4)
chosen_units = c1.multiselect(
    "Unit",
    units,
    default=units[:1],
    format_func=lambda u: u or "(none)",
    key="m_units",
    help="Numbers in different units do not share an axis well; start with one.",
)
kinds = c2.multiselect("Kind", list(METRIC_KINDS), key="m_kinds", placeholder="All kinds")
metric_names = c3.multiselect(
    "Metric",
    ui.cached(ctx, "metric_options", "metric"),
    format_func=lambda m: clip(m, OPTION_CHARS) or "(unnamed)",
    key="m_metrics",
    placeholder="All metrics",
)
benchmarks = c4.multiselect(
    "Benchmark",
    ui.cached(ctx, "metric_options", "benchmark"),
    format_func=lambda b: clip(b, OPTION_CHARS) or "(none)",
    key="m_benchmarks",
    placeholder="All benchmarks",
)
selection = filters.MetricFilter(
    tuple(metric_names), tuple(benchmarks), tuple(chosen_units), tuple(kinds)
)
rows = filters.apply_metric_filter(ctx.metrics, selection)
color = st.radio("Colour by", ["kind", "metric"], horizontal=True, key="m_color")

if rows.empty:
    ui.empty("No metric numbers match these metric filters.")
else:
    plotted = aggregate.sample_points(aggregate.with_color_groups(rows, color))
    unit_label = ", ".join(u or "no unit" for u in sorted(rows["unit"].unique()))
    sampled = f", a random {len(plotted):,} shown" if len(plotted) < len(rows) else ""
    fig = charts.grouped_points(
        plotted,
        x="date",
        y="value",
        group="color",
        title=f"Reported numbers by digest day ({len(rows):,}{sampled})",
        labels={"date": "Digest day", "value": f"Value ({unit_label})", "color": color.title()},
        hover_name="title",
        hover_data=("metric", "benchmark", "unit", "kind", "context"),
    )
    fig.update_traces(marker={"size": 9, "opacity": 0.75})
    st.plotly_chart(fig, width="stretch")
    shown = rows.drop(columns=["char_start", "char_end"])
    ui.download(shown, "metrics", ctx, *selection.units, *selection.kinds)

st.subheader("Best reported per day")
pairs = ui.cached(ctx, "metric_pairs")
if pairs.empty:
    ui.empty("No metric is reported with a benchmark at least twice in this range.")
else:
    options = list(zip(pairs["metric"], pairs["benchmark"], strict=True))
    metric, benchmark = st.selectbox(
        "Metric and benchmark",
        options,
        format_func=lambda p: clip(f"{p[0]} on {p[1]}", OPTION_CHARS),
        key="m_pair",
    )
    best = aggregate.best_per_day(ctx.metrics, metric, benchmark)
    direction = "lowest" if metric in aggregate.LOWER_IS_BETTER else "highest"
    fig = charts.grouped_points(
        best,
        x="date",
        y="value",
        group="unit",
        lines=True,
        title=f"Best {metric} on {benchmark} per day ({direction} is best)",
        labels={"date": "Digest day", "value": f"{metric} (as reported)", "unit": "Unit"},
        hover_name="title",
    )
    st.plotly_chart(fig, width="stretch")
    ui.download(best, "best-per-day", ctx, metric, benchmark)
