"""The dashboard through Streamlit's AppTest: every page renders, and changing the
filters changes the figures to the right values (counted here with plain loops)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import dashboard
from streamlit.testing.v1 import AppTest

D = dt.date
PAGES = [
    "pages/topics.py",
    "pages/authors.py",
    "pages/metrics.py",
    "pages/papers.py",
    "pages/data.py",
]


@pytest.fixture
def app(sample_dataset, monkeypatch) -> AppTest:
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    return dashboard()


def figures(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def count(papers, start=None, end=None, topic=None) -> int:
    n = 0
    for date, topics in zip(papers["date"], papers["topics"]):
        if start and not (start <= date.date() <= end):
            continue
        if topic and topic not in topics:
            continue
        n += 1
    return n


def test_overview_shows_the_whole_sample(app, sample_dataset):
    at = app.run()
    assert not at.exception
    papers = sample_dataset.papers
    # Authors are people: each string as its person in authors.parquet.
    person = dict(zip(sample_dataset.authors["name"], sample_dataset.authors["person"]))
    assert figures(at) == {
        "Papers": f"{len(papers):,}",
        "Distinct papers": f"{papers['paper_id'].nunique():,}",
        "Days": str(len({d.date() for d in papers["date"]})),
        "Authors": f"{len({person[a] for names in papers['authors'] for a in names}):,}",
        "Metric numbers": f"{len(sample_dataset.metrics):,}",
    }
    assert dict(at.query_params) == {}  # defaults stay out of the URL


def test_overview_marks_weeks_only_partly_in_the_range(app, sample_dataset):
    """The sample runs Thursday 2024-09-05 to Tuesday 2024-12-31: its first and last
    weeks (from Mondays 2024-09-02 and 2024-12-30) count only some of their days."""
    at = app.run()
    (chart,) = [c for c in at.get("plotly_chart")]
    captions = [c.value for c in at.caption if "Lighter bars" in c.value]
    assert captions == [
        "Lighter bars: the weeks of 2024-09-02 and 2024-12-30 reach outside 2024-09-05 to "
        "2024-12-31 and count only the days inside."
    ]
    spec = json.loads(chart.proto.spec)
    bars = spec["data"][0]
    opacity = {x[:10]: o for x, o in zip(bars["x"], bars["marker"]["opacity"], strict=True)}
    assert opacity["2024-09-02"] == 0.4 and opacity["2024-12-30"] == 0.4
    assert opacity["2024-10-07"] == 1


def test_topic_and_week_filters_change_the_figures(app, sample_dataset):
    papers = sample_dataset.papers
    at = app.run()
    at.sidebar.multiselect(key="f_topics").set_value(["reasoning"]).run()
    assert figures(at)["Papers"] == f"{count(papers, topic='reasoning'):,}"
    at.sidebar.date_input(key="f_dates").set_value((D(2024, 10, 21), D(2024, 10, 27))).run()
    expected = count(papers, D(2024, 10, 21), D(2024, 10, 27), "reasoning")
    assert figures(at)["Papers"] == str(expected)
    assert 0 < expected < 40
    assert dict(at.query_params) == {"from": "2024-10-21", "to": "2024-10-27", "topic": "reasoning"}


def test_filters_persist_when_moving_between_pages(app, sample_dataset):
    at = app.run()
    at.sidebar.multiselect(key="f_topics").set_value(["video"]).run()
    at.switch_page("pages/papers.py").run()
    assert at.sidebar.multiselect(key="f_topics").value == ["video"]
    assert len(at.dataframe[0].value) == count(sample_dataset.papers, topic="video")
    assert dict(at.query_params) == {"topic": "video"}


def test_back_button_brings_back_the_earlier_filters(app, sample_dataset):
    # The browser's Back reruns the page with the URL from before the change.
    at = app.run()
    at.sidebar.multiselect(key="f_topics").set_value(["video"]).run()
    at.sidebar.text_input(key="f_query").set_value("diffusion").run()
    assert dict(at.query_params) == {"topic": "video", "q": "diffusion"}
    at.query_params.pop("q")
    at.run()
    assert at.sidebar.text_input(key="f_query").value == ""
    assert at.sidebar.multiselect(key="f_topics").value == ["video"]
    assert figures(at)["Papers"] == str(count(sample_dataset.papers, topic="video"))
    assert dict(at.query_params) == {"topic": "video"}


def test_a_page_link_without_parameters_keeps_the_filters(app, sample_dataset):
    # Streamlit's page links drop the URL's parameters; the filters must not go with them.
    at = app.run()
    at.sidebar.multiselect(key="f_topics").set_value(["video"]).run()
    at.query_params.clear()
    at.switch_page("pages/papers.py").run()
    assert at.sidebar.multiselect(key="f_topics").value == ["video"]
    assert dict(at.query_params) == {"topic": "video"}


def test_back_to_the_bare_entry_a_page_link_left_keeps_the_filters(app, sample_dataset):
    # A page link may leave its URL without parameters in the history: Back onto it is
    # no step back to "no filters", which this session never had on that page.
    at = app.run()
    at.sidebar.multiselect(key="f_topics").set_value(["video"]).run()
    at.query_params.clear()
    at.switch_page("pages/papers.py").run()
    at.query_params.clear()  # Back to the bare entry
    at.run()
    assert at.sidebar.multiselect(key="f_topics").value == ["video"]
    assert dict(at.query_params) == {"topic": "video"}


def test_back_to_no_filters_on_the_same_page_clears_them(app, sample_dataset):
    at = app.run()  # this page's URL had no filters
    at.sidebar.multiselect(key="f_topics").set_value(["video"]).run()
    at.query_params.clear()  # Back
    at.run()
    assert at.sidebar.multiselect(key="f_topics").value == []
    assert figures(at)["Papers"] == f"{count(sample_dataset.papers):,}"


def test_quick_pick_sets_the_last_seven_days(app, sample_dataset):
    at = app.run()
    at.sidebar.button[0].click().run()
    assert at.sidebar.date_input(key="f_dates").value == (D(2024, 12, 25), D(2024, 12, 31))
    assert figures(at)["Papers"] == str(
        count(sample_dataset.papers, D(2024, 12, 25), D(2024, 12, 31))
    )


def test_shared_url_reopens_the_view(app, sample_dataset):
    app.query_params.update({"from": "2024-11-01", "to": "2024-11-30", "topic": "video"})
    at = app.run()
    assert at.sidebar.multiselect(key="f_topics").value == ["video"]
    assert figures(at)["Papers"] == str(
        count(sample_dataset.papers, D(2024, 11, 1), D(2024, 11, 30), "video")
    )


def test_bad_query_parameters_fall_back_with_a_notice(app, sample_dataset):
    app.query_params.update({"from": "2024-99-01", "topic": "bogus,video"})
    at = app.run()
    assert not at.exception
    notices = [w.value.replace("\\", "") for w in at.sidebar.warning]  # escaped Markdown
    assert any("not a date" in n for n in notices)
    assert any("unknown topic: bogus" in n for n in notices)
    assert figures(at)["Papers"] == str(count(sample_dataset.papers, topic="video"))


def test_an_empty_selection_shows_a_message(app):
    at = app.run()
    at.sidebar.text_input(key="f_query").set_value("no paper has this phrase zzqx").run()
    assert figures(at)["Papers"] == "0"
    assert any("No papers match" in i.value for i in at.info)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_and_without_data(app, page):
    at = app.run()
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.title
    at.sidebar.text_input(key="f_query").set_value("no paper has this phrase zzqx").run()
    assert not at.exception, [e.message for e in at.exception]


def test_topics_page_totals_follow_the_filters(app, sample_dataset):
    at = app.run()
    at.switch_page("pages/topics.py").run()
    at.sidebar.date_input(key="f_dates").set_value((D(2024, 10, 1), D(2024, 10, 31))).run()
    totals = at.dataframe[0].value
    papers = sample_dataset.papers
    expected: dict[str, set] = {}  # distinct papers: one listed by two sources counts once
    for pid, d, ts in zip(papers["paper_id"], papers["date"], papers["topics"]):
        if D(2024, 10, 1) <= d.date() <= D(2024, 10, 31):
            for t in ts:
                expected.setdefault(t, set()).add(pid)
    assert dict(zip(totals["topic"], totals["papers"])) == {t: len(v) for t, v in expected.items()}


def test_authors_page_top_author(app, sample_dataset):
    at = app.run()
    at.switch_page("pages/authors.py").run()
    table = at.dataframe[-1].value
    person = dict(zip(sample_dataset.authors["name"], sample_dataset.authors["person"]))
    counts: dict[str, set] = {}
    for pid, names in zip(sample_dataset.papers["paper_id"], sample_dataset.papers["authors"]):
        for a in names:
            counts.setdefault(person[a], set()).add(pid)
    best = max(len(v) for v in counts.values())
    assert table.iloc[0]["papers"] == best
    assert len(counts[table.iloc[0]["person"]]) == best


def test_download_buttons_count_their_rows_in_words(app, sample_dataset):
    app.run()
    app.switch_page("pages/data.py")
    app.run()
    labels = [b.proto.label for b in app.get("download_button")]
    report = sample_dataset.report
    issues = len(report.skipped_files) + len(report.skipped_rows) + len(report.warnings)
    # The sample's one warning: hf-daily/2024-10-11.md line 17 has an extra cell.
    assert issues == 1
    assert "Download CSV (1 row)" in labels


def charts_of(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def test_a_short_range_reads_as_whole_days_and_papers_in_fixed_colours(app):
    """A week of reasoning papers: a tick a day (not "12:00"), whole papers (not
    0.5), each source in the colour it has over all of the data (they swapped when
    a filter left map-daily first)."""
    at = app.run()
    everything = charts_of(at)[0]
    colours = {t["name"]: t["marker"]["color"] for t in everything["data"]}
    at.sidebar.multiselect(key="f_topics").set_value(["reasoning"]).run()
    at.sidebar.date_input(key="f_dates").set_value((D(2024, 10, 21), D(2024, 10, 27))).run()
    week = charts_of(at)[0]
    assert {t["name"]: t["marker"]["color"] for t in week["data"]}.items() <= colours.items()
    assert week["layout"]["xaxis"]["dtick"] == 86_400_000
    assert week["layout"]["xaxis"]["tickformat"] == "%Y-%m-%d"
    assert week["layout"]["yaxis"]["dtick"] == 1
    assert all(t["width"] == 0.8 * 86_400_000 for t in week["data"])
    # each day's bar centred on its date's tick, not spanning the day from midnight
    assert [x[:16] for x in week["layout"]["xaxis"]["range"]] == [
        "2024-10-20T12:00",
        "2024-10-27T12:00",
    ]
    assert all("xperiod" not in t for t in week["data"])


def test_the_topic_mix_hover_names_every_figure_and_rounds_the_change(app):
    at = app.run()
    at.switch_page("pages/topics.py").run()
    (mix,) = [
        c
        for c in charts_of(at)
        if "share" in c["layout"]["title"]["text"].lower()
        and "change" in c["layout"]["title"]["text"].lower()
    ]
    template = mix["data"][0]["hovertemplate"]
    assert "Share before: %{customdata" in template and "share_before" not in template
    assert "%{x:+.1f}" in template  # not -2.343052


def test_the_overview_says_why_m_a_p_listings_have_no_authors(app):
    at = app.run()
    at.sidebar.multiselect(key="f_sources").set_value(["map-daily"]).run()
    assert [m.value for m in at.metric][3] == "0"  # Authors
    assert any("M-A-P pages list affiliations, not authors" in c.value for c in at.caption)
    at.sidebar.multiselect(key="f_sources").set_value(["hf-daily"]).run()
    assert not any("M-A-P pages" in c.value for c in at.caption)
