"""Benchmarks: one benchmark's reported scores over time with the best so far per
metric, its leaderboard, and the benchmarks reported in the range."""

from __future__ import annotations

import html

import streamlit as st

from digest_data import canonical_benchmark
from digest_data.analyse import filters, leaderboard
from digest_data.app import charts, score_charts, ui
from digest_data.app.safe import markdown_text, safe_urls

#: A leaderboard row's height in px, five lines of a sentence; a range table's, four
#: lines of a paper's title.
SENTENCE_ROW, TITLE_ROW = 108, 88

# Read before the sidebar writes the filters back to the URL.
wanted = (st.query_params.get(ui.BENCHMARK_PARAM) or "")[: filters.QUERY_CHARS]
ctx = ui.context("benchmarks")
st.title("Benchmarks")
st.caption(ui.range_caption(ctx))

choices = ui.cached(ctx, "benchmark_choices") if not ctx.metrics.empty else None
if choices is None or choices.empty:
    ui.empty("No benchmark has a reported score in the selected papers.")
    st.stop()

labels = ui.cached(ctx, "benchmark_labels")
papers_of = dict(zip(choices["benchmark_id"], choices["papers"], strict=True))
options = list(choices["benchmark_id"])
if wanted and wanted not in options:
    # a spelling of one ("?benchmark=AIME24"), else say the link asked for none here
    known = canonical_benchmark(wanted)
    if known in options:
        wanted = known
    elif st.session_state.get("b_from_url") != wanted:
        st.info(
            f"No paper in the selected range reports a score on "
            f"{markdown_text(wanted)}: showing the most reported benchmark instead.",
            icon=":material/info:",
        )
if wanted in options and st.session_state.get("b_from_url") != wanted:
    st.session_state["b_pick"] = wanted  # a shared link or a Trends row asked for it
if st.session_state.get("b_pick") not in options:  # the filters left it out
    st.session_state["b_pick"] = options[0]
picked = st.selectbox(
    "Benchmark",
    options,
    format_func=lambda b: (
        f"{labels.get(b, b)} · {papers_of[b]} paper{'s' * (papers_of[b] != 1)} with a score"
    ),
    key="b_pick",
    help="Benchmarks with a reported score in the range, most papers first; type to search. "
    "Spellings are merged (AIME24 = AIME 2024), versions and splits kept apart.",
)
name = labels.get(picked, picked)
# The URL names the pick; a later run takes the URL's benchmark only when it differs.
st.query_params[ui.BENCHMARK_PARAM] = picked
st.session_state["b_from_url"] = picked

scores = ui.cached(ctx, "benchmark_scores", picked)
series = leaderboard.series_by_count(scores)
colors = score_charts.series_colors(series, leaderboard.UNNAMED)
shown = st.multiselect(
    "Metrics",
    series,
    default=leaderboard.default_series(scores, series, score_charts.MAX_PANELS),
    key=f"b_series_{picked}",
    help="Each metric in each unit is its own series; numbers of different units "
    "do not share an axis well.",
)
rows = scores[scores["series"].isin(shown)]
if left_out := sorted(set(series) - set(shown), key=series.index):
    # The picker counts every score; without this the chart drew fewer and said nothing.
    n = int(scores["series"].isin(left_out).sum())
    st.caption(
        f"{n} more score{'s' * (n != 1)} on {markdown_text(name)} in metrics not picked "
        f"above: {markdown_text(', '.join(left_out))}."
    )
if rows.empty:
    ui.empty("Pick at least one metric.")
else:
    best = leaderboard.best_so_far(rows, picked)
    fig = score_charts.scores_over_time(
        rows,
        best,
        colors,
        title=f"Scores reported on {html.escape(name)} by digest day ({len(rows):,}); "
        "dotted: best so far",
        y_title="Reported score",
    )
    charts.day_axis(fig, ctx.state.start, ctx.state.end)
    st.plotly_chart(fig, width="stretch")
    st.caption(
        "Only absolute scores: gains, drops and efficiency figures are on the Metrics page. "
        "The best so far is the highest value up to each day, the lowest for metrics "
        "where lower is better (FID, WER, ...). A score that names no metric counts as "
        "the benchmark's one usual metric when it can only be that (a percentage on "
        "MMLU is its accuracy); other such scores are drawn grey and listed unranked at "
        "the end of the leaderboard."
    )

    st.subheader(f"Leaderboard: {markdown_text(name)}")
    table = leaderboard.ranked(rows, picked)
    table = table.assign(url=safe_urls(table["url"]))
    # Every column fits at 1400 px (the widths sum to the content width there; the
    # sentence ran off the right edge; a model's name such as CausalFusion-XL fits on
    # one line), and rows of five lines hold a sentence of up to about 185 characters
    # (the extractor keeps at most 200), which three lines cut mid-line.
    ui.table(
        table,
        "reported scores",
        row_height=SENTENCE_ROW,
        column_config={
            "rank": st.column_config.NumberColumn(
                "Rank",
                width=48,
                help="Rank within the metric (best first). Scores that name no metric "
                "are not ranked: their rank is left blank, here and in the CSV.",
            ),
            "value": st.column_config.NumberColumn("Value", width=64),
            "series": st.column_config.TextColumn("Metric", width=100),
            "model": st.column_config.TextColumn("Model", width=116),
            "title": st.column_config.TextColumn("Paper", width=200),
            "date": st.column_config.DateColumn("Day", format="YYYY-MM-DD", width=92),
            "url": st.column_config.LinkColumn("Link", display_text="open", width=50),
            "context": st.column_config.TextColumn("Sentence", width=256),
            "paper_id": None,  # in the CSV, which also names the benchmark
        },
    )
    ui.download(table.assign(benchmark=name), "leaderboard", ctx, name, *shown)

st.subheader("Benchmarks in this range")
before = filters.days_before(ctx.state, ctx.bounds.first)
seen = tuple(ui.cached(ctx, "metric_options", "benchmark_id", state=before)) if before else None
overview = ui.cached(ctx, "benchmark_table", seen or ())
overview = overview.assign(benchmark=overview["benchmark_id"].map(lambda b: labels.get(b, b)))
if seen is None:  # no day before the range: every benchmark would be ticked new
    overview = overview.drop(columns=["new"])
    st.caption(
        "The data starts inside this range, so no benchmark is marked new: "
        "pick a later start to see which ones are."
    )
# Every column fits at 1400 px (the widths sum to the content width there, as on the
# Papers page; "New" was out of sight; the best model's name fits on one line, and the
# family's longest word, "truthfulness", unbroken), and rows of four lines hold a
# paper's title of about 95 characters (three cut most).
ui.table(
    overview[["benchmark", *(c for c in leaderboard.RANGE_COLUMNS if c in overview)]],
    "benchmarks",
    row_height=TITLE_ROW,
    column_order=[
        c
        for c in ["benchmark", "new", "family", "papers", "first", "last", "main_metric"]
        + ["best", "best_model", "best_title"]
        if c in overview
    ],
    column_config={
        "benchmark": st.column_config.TextColumn("Benchmark", width=104),
        "family": st.column_config.TextColumn("Family", width=110),
        "papers": st.column_config.NumberColumn(
            "Papers",
            help="Papers reporting any number on it: scores, gains and efficiency figures "
            "(the picker above counts papers with a score)",
            width=60,
        ),
        "first": st.column_config.DateColumn("First seen", format="YYYY-MM-DD", width=90),
        "last": st.column_config.DateColumn("Last seen", format="YYYY-MM-DD", width=90),
        "main_metric": st.column_config.TextColumn(
            "Main metric",
            help="The metric most often named with an absolute score on the benchmark; "
            "empty when its scores name none",
            width=86,
        ),
        "best": st.column_config.NumberColumn(
            "Best", help="Best score on the main metric", width=55
        ),
        "best_model": st.column_config.TextColumn("Best by model", width=118),
        "best_title": st.column_config.TextColumn("Best in paper", width=168),
        "new": st.column_config.CheckboxColumn(
            "New", help="Not reported on any day before this range", width=45
        ),
    },
)
ui.download(overview, "benchmarks", ctx)
