"""Topic charts that read right: distinct papers (a paper listed by HF and M-A-P on
one day counts once), shares of papers that stay shares (each topic's own share,
also under a topic filter), partial periods marked, and 19 colours no two alike."""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import math
from collections import defaultdict

import numpy as np
import pandas as pd
import pytest
from conftest import open_page
from streamlit.testing.v1 import AppTest

from digest_data.analyse import aggregate, filters
from digest_data.app import ui
from digest_data.enrich.topics import load_taxonomy

D = dt.date


def monday(day: pd.Timestamp) -> dt.date:
    return (day - pd.Timedelta(days=day.weekday())).date()


def loop_counts(papers: pd.DataFrame, period=monday):
    """{(period, topic): distinct paper ids} and {period: distinct paper ids}."""
    per_topic, per_period = defaultdict(set), defaultdict(set)
    for pid, day, topics in zip(papers["paper_id"], papers["date"], papers["topics"]):
        per_period[period(day)].add(pid)
        for t in topics:
            per_topic[(period(day), t)].add(pid)
    return per_topic, per_period


def october(papers):
    return filters.apply(papers, filters.FilterState(D(2024, 10, 1), D(2024, 10, 31)))


def test_a_paper_listed_by_two_sources_on_one_day_counts_once(sample_dataset):
    papers = october(sample_dataset.papers)
    twice = papers.groupby(["paper_id", "date"]).size()
    assert (twice > 1).sum() >= 20  # October has HF and M-A-P rows of the same papers
    got = aggregate.topic_counts(papers, "day")
    per_topic, per_period = loop_counts(papers, period=lambda d: d.date())
    assert {
        (p.date(), t): n for p, t, n in zip(got["period"], got["topic"], got["papers"]) if n
    } == {k: len(v) for k, v in per_topic.items()}
    for p, n, share in zip(got["period"], got["papers"], got["share"]):
        assert share == pytest.approx(n / len(per_period[p.date()]))
    assert got["share"].max() <= 1


def test_weekly_counts_are_distinct_papers(sample_dataset):
    papers = sample_dataset.papers
    got = aggregate.topic_counts(papers, "week")
    per_topic, per_period = loop_counts(papers)
    assert {
        (p.date(), t): n for p, t, n in zip(got["period"], got["topic"], got["papers"]) if n
    } == {k: len(v) for k, v in per_topic.items()}
    week_papers = {p.date(): n for p, n in zip(got["period"], got["period_papers"])}
    assert week_papers == {k: len(v) for k, v in per_period.items()}


def test_every_topic_has_a_row_in_every_period_with_its_zeros(sample_dataset):
    """The heatmap draws a topic's empty week as 0%, and the CSV says the same: a
    share averaged over weeks from the file needs its zeros."""
    papers = october(sample_dataset.papers)
    got = aggregate.topic_counts(papers, "week")
    per_topic, per_period = loop_counts(papers)
    topics = {t for ts in papers["topics"] for t in ts}
    assert {(p.date(), t) for p, t in zip(got["period"], got["topic"])} == {
        (week, t) for week in per_period for t in topics
    }
    zero = got[got["papers"] == 0]
    assert len(zero) == len(per_period) * len(topics) - len(per_topic) > 0
    assert (zero["share"] == 0).all()
    assert all(
        n == len(per_period[p.date()]) for p, n in zip(zero["period"], zero["period_papers"])
    )


def test_the_grid_has_every_topic_in_every_period_of_the_range_zeros_included():
    """A week without digests and a topic without papers are rows of 0 in the
    chart's CSV (a picked topic must not vanish from the download)."""
    day = pd.Timestamp
    papers = pd.DataFrame(
        {
            "paper_id": ["a", "b", "b"],
            "date": [day("2024-10-08"), day("2024-10-09"), day("2024-10-09")],
            "topics": [["video"], ["video", "agents"], ["video", "agents"]],
        }
    )
    labels = {"agents": "Agents", "video": "Video", "safety": "Safety"}
    # 2024-10-01 (a Tuesday) to 2024-10-20: the weeks of Sep 30, Oct 7 and Oct 14
    periods = aggregate.every_period(dt.date(2024, 10, 1), dt.date(2024, 10, 20), "week")
    assert list(periods) == [day("2024-09-30"), day("2024-10-07"), day("2024-10-14")]
    grid = aggregate.topic_grid(aggregate.topic_counts(papers, "week", labels), labels, periods)
    assert list(grid.columns) == ["period", "topic", "label", "papers", "share", "period_papers"]
    assert len(grid) == 9
    got = {
        (p.strftime("%m-%d"), t): (n, s, m)
        for p, t, n, s, m in zip(
            grid["period"], grid["topic"], grid["papers"], grid["share"], grid["period_papers"]
        )
    }
    # paper b is listed twice on one day: it counts once
    assert got[("10-07", "video")] == (2, 1.0, 2)
    assert got[("10-07", "agents")] == (1, 0.5, 2)
    assert got[("10-07", "safety")] == (0, 0.0, 2)
    assert got[("09-30", "video")] == (0, 0.0, 0)
    assert got[("10-14", "agents")] == (0, 0.0, 0)
    assert list(grid["label"][:3]) == ["Agents", "Safety", "Video"]


def test_totals_of_every_topic_add_the_missing_ones_as_zeros():
    totals = pd.DataFrame(
        {
            "topic": ["video", "agents"],
            "label": ["Video", "Agents"],
            "papers": [2, 1],
            "share": [1.0, 0.5],
        }
    )
    labels = {"agents": "Agents", "video": "Video", "safety": "Safety", "code": "Code"}
    got = aggregate.totals_of_every_topic(totals, labels)
    assert list(got["topic"]) == ["video", "agents", "code", "safety"]
    assert list(got["papers"]) == [2, 1, 0, 0]
    assert list(got["share"]) == [1.0, 0.5, 0.0, 0.0]


def test_topic_totals_are_distinct_papers(sample_dataset):
    papers = october(sample_dataset.papers)
    totals = aggregate.topic_totals(papers)
    ids = defaultdict(set)
    for pid, topics in zip(papers["paper_id"], papers["topics"]):
        for t in topics:
            ids[t].add(pid)
    distinct = papers["paper_id"].nunique()
    assert dict(zip(totals["topic"], totals["papers"])) == {t: len(v) for t, v in ids.items()}
    for t, share in zip(totals["topic"], totals["share"]):
        assert share == pytest.approx(len(ids[t]) / distinct)


def test_partial_first_and_last_weeks_are_marked():
    # 2024-10-02 is a Wednesday and 2024-10-31 a Thursday.
    periods = pd.Series(pd.to_datetime(["2024-09-30", "2024-10-07", "2024-10-28"]))
    marked = aggregate.partial_periods(periods, "week", D(2024, 10, 2), D(2024, 10, 31))
    assert marked.tolist() == [True, False, True]
    months = pd.Series(pd.to_datetime(["2024-09-01", "2024-10-01"]))
    assert aggregate.partial_periods(months, "month", D(2024, 9, 1), D(2024, 10, 30)).tolist() == [
        False,
        True,
    ]
    days = pd.Series(pd.to_datetime(["2024-10-02"]))
    assert aggregate.partial_periods(days, "day", D(2024, 10, 2), D(2024, 10, 2)).tolist() == [
        False
    ]


# --- colours -----------------------------------------------------------------------


def _lab(hex_colour: str) -> tuple[float, float, float]:
    """sRGB to CIELAB (D65)."""
    rgb = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    xyz = (
        (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
        0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
        (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883,
    )
    fx, fy, fz = [
        v ** (1 / 3) if v > (6 / 29) ** 3 else v / (3 * (6 / 29) ** 2) + 4 / 29 for v in xyz
    ]
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e_2000(c1: str, c2: str) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005)."""
    (l1, a1, b1), (l2, a2, b2) = _lab(c1), _lab(c2)
    cbar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cbar**7 / (cbar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p, h2p = math.degrees(math.atan2(b1, a1p)) % 360, math.degrees(math.atan2(b2, a2p)) % 360
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p + 180) % 360 - 180
    dhp = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lbar, cbarp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hbar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hbar = (h1p + h2p) / 2
    else:
        hbar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(hbar - 30))
        + 0.24 * math.cos(math.radians(2 * hbar))
        + 0.32 * math.cos(math.radians(3 * hbar + 6))
        - 0.20 * math.cos(math.radians(4 * hbar - 63))
    )
    rt = (
        -math.sin(math.radians(60 * math.exp(-(((hbar - 275) / 25) ** 2))))
        * 2
        * math.sqrt(cbarp**7 / (cbarp**7 + 25**7))
    )
    sl = 1 + 0.015 * (lbar - 50) ** 2 / math.sqrt(20 + (lbar - 50) ** 2)
    sc, sh = 1 + 0.045 * cbarp, 1 + 0.015 * cbarp * t
    dl, dc, dhh = (l2 - l1) / sl, (c2p - c1p) / sc, dhp / sh
    return math.sqrt(dl**2 + dc**2 + dhh**2 + rt * dc * dhh)


def test_the_delta_e_formula_matches_a_published_pair():
    # Sharma et al.'s test data, pair 1 in Lab is not sRGB; black and white is 100.
    assert delta_e_2000("#000000", "#FFFFFF") == pytest.approx(100, abs=0.01)


def test_nineteen_topic_colours_no_two_alike():
    labels = load_taxonomy().labels
    colours = ui.topic_colors(labels)
    assert len(labels) == 19 and len(set(colours.values())) == 19
    closest = min(
        (delta_e_2000(a, b), la, lb)
        for (la, a), (lb, b) in itertools.combinations(colours.items(), 2)
    )
    # A CIEDE2000 difference of 20 is two clearly different colours; Plotly's Dark24
    # (the colours before) has pinks 8.7 apart.
    assert closest[0] >= 20, closest
    # And none is too pale to see on the white chart background.
    assert min(delta_e_2000(c, "#FFFFFF") for c in colours.values()) >= 20


# --- the page ------------------------------------------------------------------------


@pytest.fixture
def app(sample_dataset, monkeypatch) -> AppTest:
    return open_page(sample_dataset.path, monkeypatch, "pages/topics.py")


def chart(at: AppTest) -> dict:
    """The first chart's figure, its arrays decoded (Plotly sends NumPy arrays as
    base64 ``bdata``)."""
    return _decoded(json.loads(at.get("plotly_chart")[0].proto.spec))


def _decoded(value):
    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = [int(n) for n in str(value.get("shape", len(array))).split(",")]
        return array.reshape(shape).tolist()
    if isinstance(value, dict):
        return {k: _decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decoded(v) for v in value]
    return value


def test_shares_are_each_topics_own_share_also_under_a_topic_filter(app, sample_dataset):
    app.sidebar.date_input(key="f_dates").set_value((D(2024, 10, 1), D(2024, 10, 31))).run()
    app.radio(key="topic_freq").set_value("week").run()
    app.radio(key="topic_mode").set_value("shares").run()
    spec = chart(app)
    (heat,) = spec["data"]
    assert heat["type"] == "heatmap"
    assert max(v for row in heat["z"] for v in row if v is not None) <= 1
    # With a topic filter the chart keeps each share of all the period's papers.
    app.sidebar.multiselect(key="f_topics").set_value(["video"]).run()
    (heat,) = chart(app)["data"]
    assert heat["y"] == ["Video"]
    per_topic, per_period = loop_counts(october(sample_dataset.papers))
    weeks = sorted(per_period)
    expected = [len(per_topic.get((w, "video"), ())) / len(per_period[w]) for w in weeks]
    assert heat["z"][0] == pytest.approx(expected)
    assert any("topic filter" in c.value.lower() for c in app.caption)


def test_a_source_ending_inside_the_range_compares_its_own_halves(app, sample_dataset):
    """Filtered to the M-A-P pages, which end weeks before the range does, the topic
    mix compares the halves of the M-A-P days, not a second half without papers (where
    every topic would seem to fall)."""
    papers = sample_dataset.papers
    days = papers.loc[papers["source"] == "map-daily", "date"]
    first, last = days.min().date(), days.max().date()
    app.sidebar.multiselect(key="f_sources").set_value(["map-daily"]).run()
    assert not app.exception, [e.message for e in app.exception]
    middle = first + (last - first) // 2
    assert any(
        f"{middle + dt.timedelta(days=1)} to {last} against {first} to {middle}" in c.value
        for c in app.caption
    )
    spec = _decoded(json.loads(app.get("plotly_chart")[1].proto.spec))
    (bars,) = spec["data"]
    assert any(v != 0 for v in bars["x"])  # not every topic at -100% of its share


def test_the_totals_table_lists_a_picked_topic_without_papers(app, sample_dataset):
    days = (D(2024, 10, 21), D(2024, 10, 21))
    papers = filters.apply(sample_dataset.papers, filters.FilterState(*days))
    present = {t for ts in papers["topics"] for t in ts}
    absent = sorted(set(load_taxonomy().labels) - present)
    assert absent  # one day's papers leave some topic out
    app.sidebar.date_input(key="f_dates").set_value(days).run()
    picked = [absent[0], "reasoning"]  # one with papers, else the page has nothing to draw
    app.sidebar.multiselect(key="f_topics").set_value(picked).run()
    totals = app.dataframe[0].value
    assert set(totals["topic"]) == set(picked)
    assert dict(zip(totals["topic"], totals["papers"]))[absent[0]] == 0
