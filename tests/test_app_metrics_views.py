"""The Metrics page opens readable (AppTest): scores by default, gains and
efficiency in their own views, pickers that follow the filters, date ticks on a
short range and a named series for numbers without a unit."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections import Counter

import numpy as np
import pytest
from conftest import open_page
from streamlit.testing.v1 import AppTest

from digest_data.analyse import aggregate

D = dt.date


@pytest.fixture
def app(sample_dataset, monkeypatch) -> AppTest:
    return open_page(sample_dataset.path, monkeypatch, "pages/metrics.py")


def figures(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def values(array) -> list:
    """A trace's data: Plotly sends numbers as base64 typed arrays."""
    if isinstance(array, dict):
        return list(np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]))
    return list(array)


def plotted(figure: dict) -> list[float]:
    return sorted(float(y) for trace in figure["data"] for y in values(trace["y"]))


def test_the_page_opens_on_scores_in_their_commonest_unit(app, sample_dataset):
    assert not app.exception, [e.message for e in app.exception]
    assert app.radio(key="m_view").value == "Scores"
    scores = sample_dataset.metrics[sample_dataset.metrics["kind"] == "score"]
    # Unit-less numbers (FID beside bare ratings) share no scale: a named unit
    # comes first even when they are as many (422 unit-less against 417 % on the
    # sample since extractor m19).
    unit = Counter(u for u in scores["unit"] if u).most_common(1)[0][0]
    assert app.multiselect(key="m_units_Scores").value == [unit]
    expected = sorted(v for v, u in zip(scores["value"], scores["unit"]) if u == unit)
    assert plotted(figures(app)[0]) == expected


def test_gains_and_efficiency_have_their_own_views(app, sample_dataset):
    metrics = sample_dataset.metrics
    for view, kind in (("Changes", "delta"), ("Efficiency", "efficiency")):
        app.radio(key="m_view").set_value(view).run()
        assert not app.exception
        rows = metrics[metrics["kind"] == kind]
        unit = Counter(u for u in rows["unit"] if u).most_common(1)[0][0]
        expected = sorted(v for v, u in zip(rows["value"], rows["unit"]) if u == unit)
        assert plotted(figures(app)[0]) == expected


def test_pickers_offer_only_what_the_filters_leave(app, sample_dataset):
    metrics = sample_dataset.metrics
    scores = metrics[(metrics["kind"] == "score") & (metrics["unit"] == "%")]
    app.multiselect(key="m_units_Scores").set_value(["%"]).run()
    assert set(app.multiselect(key="m_metrics_Scores").options) == {
        m or aggregate.UNNAMED_GROUP for m in scores["metric"]
    }
    app.multiselect(key="m_metrics_Scores").set_value(["accuracy"]).run()
    accuracy = scores[scores["metric"] == "accuracy"]
    assert set(app.multiselect(key="m_benchmarks_Scores").options) == {
        b or "(none)" for b in accuracy["benchmark"]
    }
    # The best-per-day choices come from the same rows.
    pair = app.selectbox(key="m_pair").value
    assert pair[0] == "accuracy" and pair[1] in set(accuracy["benchmark"])


def test_a_seven_day_range_is_labelled_in_days(app):
    app.sidebar.date_input(key="f_dates").set_value((D(2024, 12, 25), D(2024, 12, 31))).run()
    assert not app.exception
    axis = figures(app)[0]["layout"]["xaxis"]
    assert [x[:16] for x in axis["range"]] == ["2024-12-24T12:00", "2024-12-31T12:00"]
    assert axis["dtick"] == 86_400_000 and axis["tickformat"] == "%Y-%m-%d"


def test_unitless_numbers_are_a_named_series(app):
    app.radio(key="m_view").set_value("All numbers").run()
    app.multiselect(key="m_units_All numbers").set_value([""]).run()
    for figure in figures(app):
        assert all(trace["name"].strip() for trace in figure["data"])
    best = figures(app)[-1]
    assert {t["name"] for t in best["data"]} == {"no unit"}


def pair_rows(metrics, kind: str, metric: str, benchmark: str):
    """The metric rows of one kind, metric and benchmark."""
    return metrics[
        (metrics["kind"] == kind)
        & (metrics["metric"] == metric)
        & (metrics["benchmark"] == benchmark)
    ]


def test_the_changes_view_ranks_the_largest_change_not_the_best_score(app, sample_dataset):
    """Changes are not levels: under Changes the per-day chart is the largest change,
    named so; under All numbers the best is of levels only."""
    app.radio(key="m_view").set_value("Changes").run()
    assert not app.exception
    assert "Largest change reported per day" in [h.value for h in app.subheader]
    best = figures(app)[-1]
    assert best["layout"]["title"]["text"].startswith("Largest change in ")
    assert "is best" not in best["layout"]["title"]["text"]
    metric, benchmark = app.selectbox(key="m_pair").value
    metrics = sample_dataset.metrics
    deltas = pair_rows(metrics, "delta", metric, benchmark)
    assert max(plotted(best)) == deltas.loc[deltas["unit"] == "%", "value"].max()
    app.radio(key="m_view").set_value("All numbers").run()
    metric, benchmark = app.selectbox(key="m_pair").value
    shown = metrics[(metrics["metric"] == metric) & (metrics["benchmark"] == benchmark)]
    assert set(plotted(figures(app)[-1])) <= set(shown.loc[shown["kind"] != "delta", "value"])


def test_the_efficiency_view_ranks_the_largest_figure_and_says_so(app, sample_dataset):
    """A speedup or a saving has no best; "Best computational cost (highest is best)"
    read wrong: the view ranks the largest figure as written, named so, and a change's
    axis is a change."""
    app.radio(key="m_view").set_value("Efficiency").run()
    assert not app.exception
    assert "Largest figure reported per day" in [h.value for h in app.subheader]
    best = figures(app)[-1]
    title = best["layout"]["title"]["text"]
    assert title.startswith("Largest ") and "is best" not in title
    metric, benchmark = app.selectbox(key="m_pair").value
    rows = pair_rows(sample_dataset.metrics, "efficiency", metric, benchmark)
    assert max(plotted(best)) == rows["value"].max()
    app.radio(key="m_view").set_value("Changes").run()
    axis = figures(app)[-1]["layout"]["yaxis"]["title"]["text"]
    assert axis.startswith("change in ")
