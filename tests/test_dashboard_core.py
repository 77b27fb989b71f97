"""The dashboard's pure core: filter state and URLs, aggregations, CSV export.

Aggregations are checked against the same numbers computed another way (plain
Python loops over the rows) on the bundled sample, which holds the real corpus."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest_data.analyse import aggregate, export, filters
from digest_data.app import charts
from digest_data.enrich.topics import load_taxonomy
from digest_data.read import normalise
from digest_data.read.normalise import normalise_name

D = dt.date


@pytest.fixture(scope="module")
def bounds(sample_dataset):
    return filters.bounds_of(sample_dataset.papers, load_taxonomy().ids)


def test_bounds_are_the_sample_range(bounds):
    assert (bounds.first, bounds.last) == (D(2024, 9, 5), D(2024, 12, 31))
    assert bounds.sources == ("hf-daily", "map-daily")


def test_url_round_trip(bounds):
    state = filters.FilterState(D(2024, 10, 1), D(2024, 10, 25), ("reasoning",), (), "agent")
    params = filters.to_query(state, bounds)
    assert params == {"from": "2024-10-01", "to": "2024-10-25", "topic": "reasoning", "q": "agent"}
    assert filters.from_query(params, bounds) == (state, [])
    assert filters.to_query(bounds.default(), bounds) == {}


def test_a_reversed_range_names_the_days_shown_after_clamping(bounds):
    """2024-12-31 back to 2024-09-01: the data starts on 09-05, which the notice names."""
    state, notices = filters.from_query({"from": "2024-12-31", "to": "2024-09-01"}, bounds)
    assert (state.start, state.end) == (D(2024, 9, 5), D(2024, 12, 31))
    assert notices == [
        "The date range 2024-12-31 to 2024-09-01 was reversed; showing 2024-09-05 to 2024-12-31."
    ]


@pytest.mark.parametrize(
    "params, expected, notice",
    [
        ({"from": "2024-13-01"}, (D(2024, 9, 5), D(2024, 12, 31)), "not a date"),
        ({"from": "2024-10-20", "to": "2024-10-01"}, (D(2024, 10, 1), D(2024, 10, 20)), "reversed"),
        ({"from": "2023-01-01", "to": "2023-02-01"}, (D(2024, 9, 5), D(2024, 12, 31)), "No data"),
        ({"from": "2024-01-01", "to": "2024-09-30"}, (D(2024, 9, 5), D(2024, 9, 30)), None),
        # One date past the data's other end is no reversed range: a link to days
        # with no data, which shows every day, not one.
        ({"from": "2025-03-01"}, (D(2024, 9, 5), D(2024, 12, 31)), "No data from 2025-03-01 on"),
        ({"to": "2024-06-30"}, (D(2024, 9, 5), D(2024, 12, 31)), "No data up to 2024-06-30"),
    ],
)
def test_bad_dates_fall_back_with_a_notice(bounds, params, expected, notice):
    state, notices = filters.from_query(params, bounds)
    assert (state.start, state.end) == expected
    if notice:
        assert len(notices) == 1 and notice in notices[0]
    else:
        assert notices == []


def test_unknown_topics_and_sources_are_dropped_with_a_notice(bounds):
    state, notices = filters.from_query({"topic": "reasoning,bogus", "source": "arxiv"}, bounds)
    assert state.topics == ("reasoning",) and state.sources == ()
    assert notices == ["Ignored unknown topic: bogus.", "Ignored unknown source: arxiv."]


def test_quick_picks_count_back_from_the_last_day(bounds):
    assert filters.quick_pick(bounds, 7) == (D(2024, 12, 25), D(2024, 12, 31))
    assert filters.quick_pick(bounds, 30) == (D(2024, 12, 2), D(2024, 12, 31))
    assert filters.quick_pick(bounds, None) == (D(2024, 9, 5), D(2024, 12, 31))


def test_apply_matches_a_plain_loop(sample_dataset):
    papers = sample_dataset.papers
    state = filters.FilterState(
        D(2024, 10, 1), D(2024, 10, 31), ("reasoning", "code"), ("hf-daily",), "model"
    )
    expected = [
        i
        for i, r in papers.iterrows()
        if D(2024, 10, 1) <= r["date"].date() <= D(2024, 10, 31)
        and ({"reasoning", "code"} & set(r["topics"]))
        and r["source"] == "hf-daily"
        and "model" in f"{r['title']} {' '.join(r['authors'])} {r['summary'] or ''}".lower()
    ]
    assert list(filters.apply(papers, state).index) == expected
    assert len(expected) > 10


def test_search_is_case_insensitive_and_literal(sample_dataset):
    papers = sample_dataset.papers
    state = filters.FilterState(D(2024, 9, 5), D(2024, 12, 31), query="LLaMA-3.1 (")
    assert filters.apply(papers, state).empty  # "(" is text, not a regex error
    state = filters.FilterState(D(2024, 9, 5), D(2024, 12, 31), query="SWE-GYM")
    titles = list(filters.apply(papers, state)["title"])
    assert "Training Software Engineering Agents and Verifiers with SWE-Gym" in titles


def test_headline_figures(sample_dataset):
    papers, metrics = sample_dataset.papers, sample_dataset.metrics
    figures = aggregate.headline(papers, metrics)
    assert figures["papers"] == 1134
    assert figures["distinct_papers"] == 1074
    assert figures["days"] == len({d.date() for d in papers["date"]})
    assert figures["metric_numbers"] == len(metrics)


def test_a_date_range_selects_the_same_rows_sorted_or_not(sample_dataset):
    """A built dataset is date-sorted and a range is a slice of it; shuffled rows
    give the same selection by masks."""
    papers = sample_dataset.papers
    assert papers["date"].is_monotonic_increasing
    shuffled = papers.sample(frac=1, random_state=3)
    for start, end in [
        (D(2024, 10, 21), D(2024, 10, 27)),
        (D(2024, 1, 1), D(2024, 9, 5)),
        (D(2025, 1, 1), D(2025, 2, 1)),
    ]:
        sliced = filters.in_dates(papers, start, end)
        masked = filters.in_dates(shuffled, start, end).sort_index()
        assert sliced.index.tolist() == masked.index.tolist()
        in_range = [(start <= d.date() <= end) for d in papers["date"]]
        assert len(sliced) == sum(in_range)


@pytest.mark.parametrize("arrow", [False, True], ids=["object lists", "Arrow lists"])
def test_list_codes_are_what_explode_gives(arrow):
    """The aggregations' flattening of list columns: each item as a code into the
    distinct items, with its row's position; empty lists contribute nothing. A
    loaded dataset holds Arrow lists, a hand-made frame Python lists."""
    data = [["x", "y"], ["b", "a"], [], ["c", "a"], [], ["d", "e", "b"]]
    lists = pd.Series(data, index=[9, 10, 11, 12, 13, 14])
    if arrow:
        lists = lists.astype(pd.ArrowDtype(pa.list_(pa.string())))
    lists = lists.iloc[1:]  # a slice, as a date filter gives: positions count from it
    codes, values, rows = filters.list_codes(lists)
    assert values[codes].tolist() == ["b", "a", "c", "a", "d", "e", "b"]
    assert rows.tolist() == [0, 0, 2, 2, 4, 4, 4]
    assert sorted(values) == ["a", "b", "c", "d", "e"]
    exploded = lists.explode().dropna()
    assert lists.index[rows].tolist() == exploded.index.tolist()
    codes, values, _ = filters.list_codes(lists, sort=True)
    assert values.tolist() == ["a", "b", "c", "d", "e"]
    assert codes.tolist() == [1, 0, 2, 0, 3, 4, 1]
    codes, values, rows = filters.list_codes(lists.iloc[[1, 3]])
    assert codes.tolist() == [] and values.tolist() == [] and rows.tolist() == []


def test_topic_counts_per_week_match_a_loop(sample_dataset):
    papers = sample_dataset.papers
    got = aggregate.topic_counts(papers, "week")
    expected: dict = {}
    per_week: dict = {}
    for _, r in papers.iterrows():  # distinct papers: a paper two sources list counts once
        monday = (r["date"] - pd.Timedelta(days=r["date"].weekday())).date()
        per_week.setdefault(monday, set()).add(r["paper_id"])
        for t in r["topics"]:
            expected.setdefault((monday, t), set()).add(r["paper_id"])
    assert {
        (p.date(), t): n for p, t, n in zip(got["period"], got["topic"], got["papers"]) if n
    } == {k: len(v) for k, v in expected.items()}
    row = got.iloc[0]
    assert row["share"] == pytest.approx(row["papers"] / len(per_week[row["period"].date()]))


def _distinct(papers) -> list[tuple[str, set]]:
    """Each distinct paper with every topic any of its rows has."""
    topics: dict[str, set] = {}
    for pid, ts in zip(papers["paper_id"], papers["topics"]):
        topics.setdefault(pid, set()).update(ts)
    return list(topics.items())


def test_topic_totals_and_mix_change(sample_dataset):
    papers = sample_dataset.papers
    october = filters.apply(papers, filters.FilterState(D(2024, 10, 1), D(2024, 10, 31)))
    september = filters.apply(papers, filters.FilterState(D(2024, 9, 1), D(2024, 9, 30)))
    totals = aggregate.topic_totals(october)
    counts = Counter(t for _, ts in _distinct(october) for t in ts)
    assert dict(zip(totals["topic"], totals["papers"])) == dict(counts)
    change = aggregate.mix_change_of_totals(totals, aggregate.topic_totals(september))
    change = change.set_index("topic")
    september_counts = Counter(t for _, ts in _distinct(september) for t in ts)
    for topic in ("reasoning", "video"):
        now = counts[topic] / october["paper_id"].nunique()
        before = september_counts[topic] / september["paper_id"].nunique()
        assert change.loc[topic, "change_points"] == pytest.approx((now - before) * 100)


def test_author_table_counts_distinct_papers_after_normalisation(sample_dataset):
    papers = sample_dataset.papers
    table = aggregate.author_table(papers)
    seen: dict[str, set] = {}
    for _, r in papers.iterrows():
        for a in r["authors"]:
            seen.setdefault(" ".join(a.split()), set()).add(r["paper_id"])
    expected = sorted(((-len(ids), name) for name, ids in seen.items()))[:5]
    assert [(-n, a) for n, a in zip(table["papers"], table["author"])][:5] == expected


def test_authors_match_across_unicode_forms_and_whitespace():
    assert normalise_name("Ｊｕｎ  Zhu ") == normalise_name("Jun Zhu") == "Jun Zhu"
    frame = pd.DataFrame(
        {
            "paper_id": ["a", "b"],
            "date": pd.to_datetime(["2024-10-01", "2024-10-02"]),
            "title": ["A", "B"],
            "authors": [["Jun\u00a0Zhu"], ["Jun Zhu"]],
        }
    )
    assert aggregate.author_table(frame)[["author", "papers"]].values.tolist() == [["Jun Zhu", 2]]


def test_other_whitespace_is_everything_isspace_calls_whitespace():
    everything = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    regex_says = pc.match_substring_regex(
        pa.array(everything), f"^[{normalise.OTHER_WHITESPACE}]$"
    ).to_pylist()
    python_says = [c.isspace() and c != " " for c in everything]
    assert [hex(ord(c)) for c, r, p in zip(everything, regex_says, python_says) if r != p] == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from(
                list("ab Z\t\n\x1f\x85\xa0\u2003\u3000Ｊｆｉ\ufb01\u00b4\u0301é")
            )
        )
    )
)
def test_names_normalised_together_are_each_normalised(names):
    together = normalise.normalise_names(np.array(names, dtype=object))
    assert list(together) == [normalise_name(n) for n in names]


def test_best_per_day_takes_the_best_direction():
    metrics = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-10-01", "2024-10-01", "2024-10-02"]),
            "metric": ["fid", "fid", "fid"],
            "metric_id": ["fid", "fid", "fid"],
            "benchmark": ["COCO", "COCO", "COCO"],
            "benchmark_id": ["COCO", "COCO", "COCO"],
            "unit": ["", "", ""],
            "value": [12.0, 9.5, 11.0],
            "title": ["a", "b", "c"],
            "paper_id": ["a", "b", "c"],
        }
    )
    best = aggregate.best_per_day(metrics, "fid", "COCO")
    assert best["value"].tolist() == [9.5, 11.0]  # lower FID is better
    acc = metrics.assign(metric="accuracy", metric_id="accuracy")
    assert aggregate.best_per_day(acc, "accuracy", "COCO")["value"].tolist() == [12.0, 11.0]
    # The direction is the registry's, for every metric it knows, as the Benchmarks
    # page ranks them: a Chamfer distance as written is lower-is-better too.
    chamfer = metrics.assign(metric="Chamfer distance", metric_id="chamfer distance")
    assert aggregate.best_per_day(chamfer, "Chamfer distance", "COCO")["value"].tolist() == [
        9.5,
        11.0,
    ]
    assert aggregate.pair_lower_wins(chamfer, "Chamfer distance", "COCO")
    assert not aggregate.pair_lower_wins(acc, "accuracy", "COCO")
    # changes by their size: a 12-point FID drop is larger than a 9.5-point one
    largest = aggregate.best_per_day(metrics, "fid", "COCO", largest=True)
    assert largest["value"].tolist() == [12.0, 11.0]


def test_metrics_of_filtered_papers(sample_dataset):
    papers, metrics = sample_dataset.papers, sample_dataset.metrics
    week = filters.apply(papers, filters.FilterState(D(2024, 10, 21), D(2024, 10, 27)))
    got = filters.metrics_of(metrics, week)
    keys = set(zip(week["paper_id"], week["date"], week["source"]))
    expected = sum(
        (p, d, s) in keys
        for p, d, s in zip(metrics["paper_id"], metrics["date"], metrics["source"])
    )
    assert len(got) == expected > 0
    assert got["title"].notna().all()


def test_csv_joins_lists_and_neutralises_formulas():
    frame = pd.DataFrame(
        {
            "title": ['=HYPERLINK("http://x")', "+1", "-cmd", "@SUM(A1)", "\tx", "\rx", "ok"],
            "authors": [["A", "=B"], [], ["C"], ["D"], ["E"], ["F"], ["G", "H"]],
            "value": [-2.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
            "date": pd.to_datetime(["2024-10-01"] * 7),
        }
    )
    rows = list(csv.reader(io.StringIO(export.to_csv(frame).decode("utf-8"), newline="")))
    assert rows[0] == ["title", "authors", "value", "date"]
    assert [r[0] for r in rows[1:]] == [
        '\'=HYPERLINK("http://x")',
        "'+1",
        "'-cmd",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "ok",
    ]
    assert rows[1][1] == "A; =B" and rows[7][1] == "G; H" and rows[2][1] == ""
    assert rows[1][2] == "-2.5"  # numbers stay numbers
    assert rows[1][3] == "2024-10-01"


def test_csv_writes_floats_as_written_not_a_divisions_last_digits():
    """A share is written 0.1965973535, not 0.19659735349716445; a value as a
    summary writes it is unchanged, a whole one without ".0"."""
    frame = pd.DataFrame({"share": [0.19659735349716445, 91.04, 3.0, 1953125.0, None]})
    rows = list(csv.reader(io.StringIO(export.to_csv(frame).decode("utf-8"), newline="")))
    assert rows == [["share"], ["0.1965973535"], ["91.04"], ["3"], ["1953125"], [""]]


def test_csv_name_spells_out_percent_and_at():
    state = filters.FilterState(dt.date(2024, 10, 1), dt.date(2024, 10, 25))
    assert (
        export.csv_name("metrics", state, "Scores", "%", "pass@1")
        == "metrics_2024-10-01_2024-10-25_scores_pct_pass-at-1.csv"
    )


def test_csv_name_says_what_and_which_filter():
    state = filters.FilterState(D(2024, 10, 1), D(2024, 10, 25), ("reasoning",))
    assert (
        export.csv_name("topic-counts", state) == "topic-counts_2024-10-01_2024-10-25_reasoning.csv"
    )
    state = filters.FilterState(
        D(2024, 10, 1), D(2024, 10, 7), ("reasoning", "code"), ("hf-daily",), "Flow Matching"
    )
    assert (
        export.csv_name("papers", state, "week")
        == "papers_2024-10-01_2024-10-07_reasoning+code_hf-daily_q-flow-matching_week.csv"
    )


def test_dashboard_data_is_built_when_missing_or_stale(tmp_path):
    from digest_data.app.appdata import DataSource, ensure_built, source_from_env

    digests = tmp_path / "digests"
    digests.mkdir()
    day = digests / "2024-10-25.md"
    day.write_text(
        "## Papers for 2024-10-25\n\n| Title | Authors | Summary |\n|---|---|---|\n| A | X | s |\n"
    )
    source = DataSource((digests,), tmp_path / "out", None, "test")
    assert ensure_built(source).rows == 1
    assert ensure_built(source) is None  # fresh: nothing to do
    day.write_text(day.read_text() + "| B | Y | t |\n")
    assert ensure_built(source).rows == 2
    # DIGEST_DATA_DIR may name a built dataset: used as it is, never rebuilt.
    built = source_from_env({"DIGEST_DATA_DIR": str(tmp_path / "out")})
    assert built.inputs == () and built.out == tmp_path / "out" and ensure_built(built) is None
    folder = source_from_env({"DIGEST_DATA_DIR": str(digests)})
    assert folder.inputs[0] == digests and folder.out.name == "dataset"


def test_tables_and_scatters_send_the_browser_a_bounded_number_of_rows():
    frame = pd.DataFrame({"value": range(12_000)}, index=range(100, 12_100))
    assert aggregate.first_rows(frame).equals(frame.iloc[:1_000])
    assert aggregate.first_rows(frame.iloc[:10]).equals(frame.iloc[:10])

    points = aggregate.sample_points(frame)
    assert len(points) == 5_000
    assert points.index.is_unique and points.index.is_monotonic_increasing
    assert set(points.index) <= set(frame.index)
    # the same rows give the same sample; a sample spreads over the whole range
    assert points.equals(aggregate.sample_points(frame))
    assert points["value"].min() < 1_000 and points["value"].max() > 11_000
    small = frame.iloc[:4_999]
    assert aggregate.sample_points(small) is small


def test_charts_count_by_day_week_or_month_as_the_range_grows():
    def state(days):
        return filters.FilterState(
            dt.date(2024, 1, 1), dt.date(2024, 1, 1) + dt.timedelta(days - 1)
        )

    assert [filters.suggested_period(state(d)) for d in (1, 42, 43, 366, 367, 2000)] == [
        "day",
        "day",
        "week",
        "week",
        "month",
        "month",
    ]


@pytest.mark.parametrize("freq", ["day", "week", "month"])
def test_papers_per_period_match_a_loop(sample_dataset, freq):
    papers = sample_dataset.papers
    expected = Counter()
    for day, source in zip(papers["date"].dt.date, papers["source"], strict=True):
        if freq == "week":
            day -= dt.timedelta(days=day.weekday())
        elif freq == "month":
            day = day.replace(day=1)
        expected[(day, source)] += 1
    got = aggregate.papers_per_period(papers, freq)
    assert dict(zip(zip(got["date"].dt.date, got["source"]), got["papers"])) == expected
    assert got["papers"].sum() == len(papers)


def test_grouped_points_draw_one_trace_per_group_in_order_of_appearance():
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-10-01", "2024-10-02", "2024-10-03"]),
            "value": [85.3, 3.5, 91.0],
            "color": ["score", "efficiency", "score"],
            "title": ["A", "B", "C"],
            "metric": ["accuracy", "speedup", "accuracy"],
        }
    )
    fig = charts.grouped_points(
        frame,
        x="date",
        y="value",
        group="color",
        title="T",
        labels={"date": "Digest day", "value": "Value (%)", "color": "Kind"},
        hover_name="title",
        hover_data=("metric",),
    )
    assert [t.name for t in fig.data] == ["score", "efficiency"]
    assert [list(t.y) for t in fig.data] == [[85.3, 91.0], [3.5]]
    assert [list(t.hovertext) for t in fig.data] == [["A", "C"], ["B"]]
    assert fig.data[0].customdata.tolist() == [["accuracy"], ["accuracy"]]
    assert fig.data[0].hovertemplate == (
        "<b>%{hovertext}</b><br><br>Digest day: %{x|%Y-%m-%d}<br>Value (%): %{y}<br>"
        "metric: %{customdata[0]}<extra></extra>"
    )
    assert {t.type for t in fig.data} == {"scatter"}  # SVG below 1,000 points
    assert fig.layout.legend.title.text == "Kind" and fig.layout.xaxis.title.text == "Digest day"
    many = pd.concat([frame] * 400, ignore_index=True)
    big = charts.grouped_points(
        many, x="date", y="value", group="color", title="T", labels={}, hover_name="title"
    )
    assert {t.type for t in big.data} == {"scattergl"}
    assert sum(len(t.x) for t in big.data) == 1200


def test_bars_stack_one_trace_per_group_in_the_given_order():
    counts = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-10-07", "2024-10-07", "2024-10-14"]),
            "label": ["Agents", "Reasoning", "Agents"],
            "papers": [3, 5, 2],
            "share": [0.375, 0.625, 1.0],
        }
    )
    fig = charts.bars(
        counts,
        x="period",
        y="share",
        group="label",
        group_order=["Reasoning", "Video", "Agents"],
        colors={"Reasoning": "#111111", "Agents": "#222222"},
        title="T",
        labels={"period": "Week", "share": "Share of papers", "label": "Topic"},
        hover_data={"papers": "", "share": ":.1%"},
    )
    assert [t.name for t in fig.data] == ["Reasoning", "Agents"]  # no empty "Video" trace
    assert [list(t.y) for t in fig.data] == [[0.625], [0.375, 1.0]]
    assert [t.marker.color for t in fig.data] == ["#111111", "#222222"]
    assert fig.layout.barmode == "relative"
    assert fig.data[1].customdata.tolist() == [[3], [2]]
    assert fig.data[1].hovertemplate == (
        "Topic: Agents<br>Week: %{x}<br>Share of papers: %{y:.1%}<br>papers: %{customdata[0]}"
        "<extra></extra>"
    )
    top = charts.bars(
        pd.DataFrame({"author": ["B", "A"], "papers": [1, 4]}),
        x="papers",
        y="author",
        horizontal=True,
        title="Top",
        labels={"papers": "Distinct papers"},
    )
    assert len(top.data) == 1 and top.data[0].orientation == "h"
    assert list(top.data[0].y) == ["B", "A"] and not top.data[0].showlegend


def test_a_log_axis_only_for_positive_values_spanning_decades():
    assert aggregate.spans_decades(pd.Series([1.2, 3.0, 4000.0]))
    assert not aggregate.spans_decades(pd.Series([1.2, 3.0, 50.0]))
    assert not aggregate.spans_decades(pd.Series([-2.0, 3.0, 4000.0]))  # a log axis drops it
    assert not aggregate.spans_decades(pd.Series([0.0, 3.0, 4000.0]))
    assert not aggregate.spans_decades(pd.Series([], dtype=float))


def test_period_bars_are_one_period_wide_however_sparse():
    """Two papers five weeks apart: each bar a week wide (Plotly made them span the
    gap), the axis the weeks the selected range touches (each edge bar whole), a
    tick on each Monday, whole papers."""
    fig = charts.bars(
        pd.DataFrame({"date": pd.to_datetime(["2024-09-02", "2024-10-07"]), "papers": [1, 2]}),
        x="date",
        y="papers",
        title="t",
        labels={},
    )
    charts.period_bars(fig, "week", dt.date(2024, 9, 1), dt.date(2024, 10, 31))
    (trace,) = fig.data
    assert trace.width == 0.8 * 7 * 86_400_000 and trace.xperiod == 7 * 86_400_000
    # Sunday 2024-09-01 is in the week of Monday 08-26; Thursday 10-31 in the week
    # ending Sunday 11-03
    assert [str(x)[:10] for x in fig.layout.xaxis.range] == ["2024-08-26", "2024-11-04"]
    assert fig.layout.xaxis.dtick == 7 * 86_400_000  # 10 weeks: every Monday
    assert fig.layout.xaxis.tick0 == "2024-01-01"  # a Monday
    assert fig.layout.yaxis.dtick == 1


def test_period_axes_span_whole_periods_with_at_most_twelve_ticks():
    """September 5 to December 31: 18 weeks from Monday 09-02 to Monday 01-06 (a tick
    every second Monday), or four months from 09-01 (a tick a month)."""
    first, after = charts.period_span("week", dt.date(2024, 9, 5), dt.date(2024, 12, 31))
    assert (first, after) == (pd.Timestamp("2024-09-02"), pd.Timestamp("2025-01-06"))
    fig = charts.bars(
        pd.DataFrame({"date": pd.to_datetime(["2024-09-02"]), "papers": [1]}),
        x="date",
        y="papers",
        title="t",
        labels={},
    )
    charts.period_bars(fig, "week", dt.date(2024, 9, 5), dt.date(2024, 12, 31))
    assert fig.layout.xaxis.dtick == 2 * 7 * 86_400_000
    charts.period_bars(fig, "month", dt.date(2024, 9, 5), dt.date(2024, 12, 31))
    assert [str(x)[:10] for x in fig.layout.xaxis.range] == ["2024-09-01", "2025-01-01"]
    assert fig.layout.xaxis.dtick == "M1" and fig.layout.xaxis.tickformat == "%b %Y"
    # two years of months: a tick every second month
    charts.period_bars(fig, "month", dt.date(2023, 1, 1), dt.date(2024, 12, 31))
    assert fig.layout.xaxis.dtick == "M2"


def test_period_bars_count_whole_papers_by_the_tallest_stack():
    """Two sources stacked: 6 and 6 papers in one week make a bar of 12, past whole
    ticks; each source alone (at most 6) would not be."""
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-09-02", "2024-09-02", "2024-09-09"]),
            "papers": [6, 6, 3],
            "source": ["hf-daily", "map-daily", "hf-daily"],
        }
    )
    stacked = charts.bars(frame, x="date", y="papers", group="source", title="t", labels={})
    charts.period_bars(stacked, "week", dt.date(2024, 9, 1), dt.date(2024, 9, 15))
    assert stacked.layout.yaxis.dtick is None
    alone = charts.bars(
        frame[frame["source"] == "hf-daily"], x="date", y="papers", title="t", labels={}
    )
    charts.period_bars(alone, "week", dt.date(2024, 9, 1), dt.date(2024, 9, 15))
    assert alone.layout.yaxis.dtick == 1


def test_a_link_with_a_start_keeps_its_end(bounds):
    """ "The last 7 days" of data ending 2024-12-31: the link names both days, so it
    opens the same week after newer digests arrive; all of the data stays a bare link."""
    week = filters.FilterState(D(2024, 12, 25), D(2024, 12, 31))
    assert filters.to_query(week, bounds) == {"from": "2024-12-25", "to": "2024-12-31"}
    assert filters.to_query(filters.FilterState(D(2024, 9, 5), D(2024, 9, 30)), bounds) == {
        "to": "2024-09-30"
    }


def test_the_days_before_a_range_start_on_the_first_day_with_no_other_filter():
    state = filters.FilterState(D(2024, 10, 8), D(2024, 10, 14), ("reasoning",), (), "agent")
    assert filters.days_before(state, D(2024, 9, 5)) == filters.FilterState(
        D(2024, 9, 5), D(2024, 10, 7)
    )
    assert filters.days_before(state, D(2024, 10, 8)) is None


def test_a_quoted_search_matches_whole_words_plural_or_not():
    papers = pd.DataFrame(
        {
            "paper_id": ["a", "b", "c", "d", "e"],
            "title": ["FID of GANs", "High fidelity", "Lower FIDs", "Straße FID", "x"],
            "authors": [[], [], [], [], []],
            "summary": ["", "", "", "", "An FID-based score."],
        }
    )
    plain = filters.search_mask(papers, "fid", None)
    assert list(plain) == [True, True, True, True, True]  # a substring, as typed
    # Quoted: the word FID or FIDs, ASCII rows by Arrow, the others by Python alike;
    # a hyphen ends a word.
    assert list(filters.search_mask(papers, '"FID"', None)) == [True, False, True, True, True]
    assert filters.quoted('"FID"') == "FID" and filters.quoted("FID") is None
    assert filters.quoted('""') is None  # nothing inside: an ordinary search for '""'


def test_percentages_within_0_to_100_keep_a_linear_axis():
    """An accuracy of 0.8% beside 95% spans two decades, but reads as shares."""
    scores = pd.DataFrame({"value": [0.8, 45.0, 95.0], "unit": ["%"] * 3})
    assert not aggregate.log_axis(scores)
    # Growth of thousands of percent, or speedups, still get one.
    assert aggregate.log_axis(pd.DataFrame({"value": [5.0, 1953.0], "unit": ["%", "%"]}))
    assert aggregate.log_axis(pd.DataFrame({"value": [1.2, 4000.0], "unit": ["x", "x"]}))


def test_a_link_may_name_a_topic_by_its_label_in_any_case(bounds):
    labels = load_taxonomy().labels
    params = {"topic": f"{labels['reasoning'].upper()},image-generation", "source": "HF-Daily"}
    state, notices = filters.from_query(params, bounds, labels)
    assert state.topics == ("reasoning", "image-generation") and state.sources == ("hf-daily",)
    assert notices == []
    assert filters.from_query({"topic": "Resoning"}, bounds, labels)[1] == [
        "Ignored unknown topic: Resoning."
    ]


def test_horizontal_bars_grow_with_their_number_not_one_wall():
    """One topic's change is one bar: a short chart, not a wall the height of a default
    chart (450 px); 19 topics get a row of 28 px each."""

    def height(n: int) -> int:
        frame = pd.DataFrame({"change": range(n), "label": [f"t{i}" for i in range(n)]})
        fig = charts.bars(frame, x="change", y="label", title="t", labels={}, horizontal=True)
        assert fig.layout.margin.t == fig.layout.margin.b == charts.BARS_MARGIN_PX
        return fig.layout.height

    one, nineteen = height(1), height(19)
    # the plot inside the margins: one row of 28 px at least, not Plotly's default
    # margins (180 px) eating a short chart
    margin = charts.BARS_MARGIN_PX
    assert one < 450 and one - 2 * margin >= 28
    assert nineteen - one == 18 * 28
    vertical = charts.bars(pd.DataFrame({"a": [1], "b": [2]}), x="a", y="b", title="t", labels={})
    assert vertical.layout.height is None  # vertical bars keep Streamlit's default
