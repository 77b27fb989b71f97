"""Metrics: the numbers papers report, across days, and the best reported per day.

Scores, changes (gains and drops) and efficiency figures are separate views: on one axis a
"1,953% more tokens" flattens every accuracy to a band at 0."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import aggregate, filters
from digest_data.app import charts, score_charts, ui
from digest_data.app.safe import OPTION_CHARS, clip

#: The page's views, each a set of kinds; "All numbers" is the raw view.
VIEWS = {
    "Scores": ("score",),
    "Changes": ("delta",),
    "Efficiency": ("efficiency",),
    "All numbers": (),
}
#: What "Best reported per day" ranks, where a view changes it.
BEST_NOTES = {
    "Changes": ": gains and drops alike, by their size. ",
    "Efficiency": ": by their size as written, so the larger speedup or saving ranks first "
    "(so does a larger absolute cost, such as more milliseconds: read the unit). ",
    "All numbers": "; changes are left out (the Changes view ranks them). ",
}
#: One colour per kind, the same on every chart.
KIND_COLORS = {"score": "#1f77b4", "delta": "#ff7f0e", "efficiency": "#2ca02c"}
#: The metrics outside the ten commonest, in a dark grey (unnamed ones are light grey).
OTHER_COLOR = "#555555"
#: Height of one legend entry: a taller legend than the plot scrolls, hiding entries.
LEGEND_ENTRY_PX = 30


def unit_name(unit: str) -> str:
    return unit or "no unit"


ctx = ui.context("metrics")
st.title("Reported metrics")
st.caption(ui.range_caption(ctx))

if ctx.metrics.empty:
    ui.empty("No reported metric numbers in the selected papers.")
    st.stop()

view = st.radio(
    "Show",
    list(VIEWS),
    horizontal=True,
    key="m_view",
    help="Scores are results as reported; changes are gains and drops "
    "(+4.1 points, 12% better, a 3% drop), by their size as written; efficiency is "
    "speed, memory and cost.",
)
kinds = VIEWS[view]
in_view = filters.apply_metric_filter(ctx.metrics, filters.MetricFilter(kinds=kinds))
if in_view.empty:
    ui.empty(f"No numbers of this kind ({view.lower()}) in the selected papers.")
    st.stop()

# Each picker offers only what the pickers before it leave.
c1, c2, c3 = st.columns(3)
units = aggregate.metric_options(in_view, "unit")
chosen_units = c1.multiselect(
    "Unit",
    units,
    default=units[:1],
    format_func=unit_name,
    key=f"m_units_{view}",
    help="Numbers in different units do not share an axis well; start with one.",
)
by_unit = filters.apply_metric_filter(in_view, filters.MetricFilter(units=tuple(chosen_units)))
metric_names = c2.multiselect(
    "Metric",
    aggregate.metric_options(by_unit, "metric"),
    format_func=lambda m: clip(m, OPTION_CHARS) or aggregate.UNNAMED_GROUP,
    key=f"m_metrics_{view}",
    placeholder="All metrics",
)
by_metric = filters.apply_metric_filter(by_unit, filters.MetricFilter(tuple(metric_names)))
benchmarks = c3.multiselect(
    "Benchmark",
    aggregate.metric_options(by_metric, "benchmark"),
    format_func=lambda b: clip(b, OPTION_CHARS) or "(none)",
    key=f"m_benchmarks_{view}",
    placeholder="All benchmarks",
)
selection = filters.MetricFilter(tuple(metric_names), tuple(benchmarks), tuple(chosen_units), kinds)
rows = filters.apply_metric_filter(ctx.metrics, selection)
color = st.radio("Colour by", ["metric", "kind"], horizontal=True, key="m_color")

if rows.empty:
    ui.empty("No metric numbers match these metric filters.")
else:
    plotted = aggregate.sample_points(aggregate.with_color_groups(rows, color))
    # An empty field in the hover read "metric: " with nothing after it.
    plotted = plotted.assign(
        **{c: plotted[c].replace("", "—") for c in ("metric", "benchmark", "unit")}
    )
    unit_label = ", ".join(unit_name(u) for u in sorted(rows["unit"].unique()))
    sampled = f", a random {len(plotted):,} shown" if len(plotted) < len(rows) else ""
    # Speedups run from 1.2x to thousands: on a linear axis most sit flat at 0.
    log = aggregate.log_axis(rows)
    fig = charts.grouped_points(
        plotted,
        x="date",
        y="value",
        group="color",
        title=f"{view} in {unit_label} by digest day ({len(rows):,}{sampled})",
        labels={
            "date": "Digest day",
            "value": f"{'Size of the change' if kinds == ('delta',) else 'Value'} "
            f"({unit_label}{', log scale' if log else ''})",
            "color": color.title(),
            "metric": "Metric",
            "benchmark": "Benchmark",
            "unit": "Unit",
            "kind": "Kind",
            "context": "Sentence",
        },
        hover_name="title",
        hover_data=("metric", "benchmark", "unit", "kind", "context"),
    )
    fig.update_traces(marker={"size": 9, "opacity": 0.75})
    if color == "kind":
        for trace in fig.data:
            trace.marker.color = KIND_COLORS.get(trace.name)
    else:
        # Plotly's ten colours would repeat on the eleventh series (the ten commonest
        # metrics, OTHER_GROUP and UNNAMED_GROUP make twelve): one colour each, greys apart.
        named = [t.name for t in fig.data if t.name != aggregate.OTHER_GROUP]
        colors = score_charts.series_colors(named, aggregate.UNNAMED_GROUP)
        for trace in fig.data:
            trace.marker.color = colors.get(trace.name, OTHER_COLOR)
    fig.update_layout(height=max(450, LEGEND_ENTRY_PX * (len(fig.data) + 1) + 200))
    if log:
        fig.update_yaxes(type="log", dtick=1)  # ticks at powers of ten only
    charts.day_axis(fig, ctx.state.start, ctx.state.end)
    st.plotly_chart(fig, width="stretch")
    if kinds == ("delta",):
        st.caption(
            "Each change is drawn by its size as the sentence gives it: a 30% drop is 30, "
            "like a 30% gain. Hover a point for the sentence, which says which way it went."
        )
    shown = rows.drop(columns=["char_start", "char_end"])
    ui.download(shown, "metrics", ctx, view, *chosen_units, *metric_names, *benchmarks)

changes = kinds == ("delta",)
efficiency = kinds == ("efficiency",)
# Neither a change nor an efficiency figure has a best: a larger one ranks first.
largest = changes or efficiency
st.subheader(
    "Largest change reported per day"
    if changes
    else "Largest figure reported per day"
    if efficiency
    else "Best reported per day"
)
st.caption(
    "For one metric and benchmark as written, within the filters above"
    + BEST_NOTES.get(view, ". ")
    + "The Benchmarks page merges spellings and draws the best score so far."
)
# A change is no level reached: among all numbers, the best is of the levels only.
ranked_rows = rows if kinds else rows[rows["kind"] != "delta"]
pairs = aggregate.metric_pairs(ranked_rows)
if pairs.empty:
    ui.empty("No metric is reported with a benchmark at least twice within these filters.")
else:
    options = list(zip(pairs["metric"], pairs["benchmark"], strict=True))
    if st.session_state.get("m_pair") not in options:  # the filters left it out
        st.session_state["m_pair"] = options[0]
    metric, benchmark = st.selectbox(
        "Metric and benchmark",
        options,
        format_func=lambda p: clip(f"{p[0]} on {p[1]}", OPTION_CHARS),
        key="m_pair",
    )
    best = aggregate.best_per_day(ranked_rows, metric, benchmark, largest=largest)
    best = best.assign(unit=best["unit"].map(unit_name))
    lowest = aggregate.pair_lower_wins(ranked_rows, metric, benchmark)
    direction = "lowest" if lowest else "highest"
    title = (
        f"Largest change in {metric} on {benchmark} per day"
        if changes
        else f"Largest {metric} figure on {benchmark} per day"
        if efficiency
        else f"Best {metric} on {benchmark} per day ({direction} is best)"
    )
    axis = f"change in {metric}" if changes else metric
    fig = charts.grouped_points(
        best,
        x="date",
        y="value",
        group="unit",
        # Points, not a line: one day's best and the next are different papers.
        title=title,
        labels={"date": "Digest day", "value": f"{axis} (as reported)", "unit": "Unit"},
        hover_name="title",
    )
    charts.day_axis(fig, ctx.state.start, ctx.state.end)
    st.plotly_chart(fig, width="stretch")
    ui.download(best, "best-per-day", ctx, view, metric, benchmark)
