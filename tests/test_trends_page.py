"""The Trends page and the Papers page's "Papers like this one", through AppTest:
the lists are what the pure functions give for the sidebar's range against the
range before, links lead to the filtered Papers page, neighbours are listed."""

from __future__ import annotations

import datetime as dt
import threading
import urllib.parse

import pytest
from conftest import dashboard
from streamlit.testing.v1 import AppTest

from digest_data.analyse import leaderboard, trends
from digest_data.app import terms_job, trendsview
from digest_data.store.neighbours import load_neighbours

D = dt.date
NOV, DEC = (D(2024, 11, 1), D(2024, 11, 30)), (D(2024, 12, 1), D(2024, 12, 31))


@pytest.fixture
def app(sample_dataset, monkeypatch) -> AppTest:
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    return dashboard(180)


def _open(app: AppTest, dates: tuple[dt.date, dt.date]) -> AppTest:
    at = app.run()
    at.switch_page("pages/trends.py").run()
    at.sidebar.date_input(key="f_dates").set_value(dates).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_rising_and_falling_people_are_the_ranking_of_the_range_against_the_one_before(
    app, sample_dataset
):
    at = _open(app, DEC)
    at.radio(key="trend_what").set_value("people").run()
    papers = sample_dataset.papers
    now, before = trends.windows(*DEC)
    assert (before.start, before.end) == (D(2024, 10, 31), D(2024, 11, 30))
    # People are persons: a username joined to its real name is one row.
    people = trends.items_of("people", papers, sample_dataset.metrics, None, sample_dataset.authors)
    ranked = trends.compare(people, papers, now, before, 3)
    rising, falling = at.dataframe[0].value, at.dataframe[1].value
    assert list(rising["item"]) == list(trends.rising(ranked, 20)["item"])
    assert list(falling["item"]) == list(trends.falling(ranked, 20)["item"])
    assert list(rising["count"]) == list(trends.rising(ranked, 20)["count"])
    assert len(rising) > 0 and len(falling) > 0
    # The caption names December once, then what it is compared with.
    captions = [c.value.replace("\\-", "-") for c in at.caption]  # Markdown escapes
    assert any(c.startswith("2024-12-01 to 2024-12-31") for c in captions)
    assert any(f"· against {before}" in c for c in captions)
    assert not any(c.count("2024-12-01 to 2024-12-31") > 1 for c in captions)
    # The list's first column is headed by what one item is.
    header = at.dataframe[0].proto.columns
    assert "Person" in header and "Peopl" not in header


def test_benchmark_rows_link_to_the_benchmarks_page_showing_it(app, sample_dataset):
    """A benchmark's row opens the Benchmarks page on that benchmark (by id), for
    the range; a search for its name would find papers that only mention it."""
    at = _open(app, DEC)
    at.radio(key="trend_what").set_value("benchmarks").run()
    rising = at.dataframe[0].value
    labels = leaderboard.benchmark_labels(sample_dataset.metrics)
    ids = {label: b for b, label in labels.items()}
    assert len(rising) > 0
    for item, link in zip(rising["item"], rising["papers"], strict=True):
        path, query = link.split("?")
        assert path == "benchmarks"
        assert dict(urllib.parse.parse_qsl(query)) == {
            "from": "2024-12-01",
            "to": "2024-12-31",
            "benchmark": ids[item],
        }


def test_rows_link_to_the_papers_page_filtered_to_the_item(app, sample_dataset):
    at = _open(app, DEC)
    rising = at.dataframe[0].value
    term, link = rising["item"].iloc[0], rising["papers"].iloc[0]
    path, query = link.split("?")
    assert path == "papers"
    params = dict(urllib.parse.parse_qsl(query))
    # A term is searched as whole words: "FID" would also find "fidelity".
    assert params == {"from": "2024-12-01", "to": "2024-12-31", "q": f'"{term}"'}
    # Opened, the link's search finds at least the papers the row counts.
    papers_page = dashboard(180)
    papers_page.query_params.update(params)
    shown = papers_page.run().switch_page("pages/papers.py").run().dataframe[0].value
    assert shown["title"].nunique() >= rising["count"].iloc[0]


def test_falling_rows_link_to_their_papers_of_both_ranges(app, sample_dataset):
    """A falling item often has no papers left in the range: its link starts where the
    range before starts (the 31 days before December: 2024-10-31), and finds its
    papers there."""
    at = _open(app, DEC)
    falling = at.dataframe[1].value
    term, link = falling["item"].iloc[0], falling["papers"].iloc[0]
    params = dict(urllib.parse.parse_qsl(link.split("?")[1]))
    assert params == {"from": "2024-10-31", "to": "2024-12-31", "q": f'"{term}"'}
    papers_page = dashboard(180)
    papers_page.query_params.update(params)
    shown = papers_page.run().switch_page("pages/papers.py").run().dataframe[0].value
    assert shown["title"].nunique() >= falling["count_before"].iloc[0] > 0


def test_a_source_that_ends_inside_the_range_is_compared_where_its_papers_are(app, sample_dataset):
    """M-A-P pages end weeks before the HF digests: over all of the data, the halves
    are of the M-A-P days, and the page says where its papers end."""
    papers = sample_dataset.papers
    mine = papers[papers["source"] == "map-daily"]["date"]
    first, last = papers["date"].min().date(), papers["date"].max().date()
    assert mine.max().date() < last
    at = _open(app, (first, last))
    at.sidebar.multiselect(key="f_sources").set_value(["map-daily"]).run()
    now, before = trends.range_windows(first, last, mine.min().date(), mine.max().date())
    assert now.end == mine.max().date() and before.start == mine.min().date()
    captions = " ".join(c.value for c in at.caption)
    assert f"{now} against {before}" in captions
    assert f"end on {mine.max().date()}" in captions
    assert len(at.dataframe[0].value) > 0


def test_a_source_filter_counts_only_that_sources_listings(app, sample_dataset):
    """M-A-P pages list no authors: under the M-A-P source there are no people to
    rank, though HF lists some of the same papers on the same days with theirs."""
    papers = sample_dataset.papers
    mine = papers[papers["source"] == "map-daily"]
    assert mine["authors"].map(len).sum() == 0
    both = mine.merge(papers[papers["source"] == "hf-daily"], on=["paper_id", "date"])
    assert len(both) > 0  # the listings a filter by (paper, day) alone let in
    at = _open(app, (papers["date"].min().date(), papers["date"].max().date()))
    at.sidebar.multiselect(key="f_sources").set_value(["map-daily"]).run()
    at.radio(key="trend_what").set_value("people").run()
    at.number_input(key="trend_min_people").set_value(1).run()
    assert not at.exception
    assert not at.dataframe
    assert any("Nothing to compare: no people" in i.value for i in at.info)


def test_every_row_has_a_sparkline_of_monthly_shares(app, sample_dataset):
    at = _open(app, DEC)
    at.radio(key="trend_what").set_value("topics").run()
    rising = at.dataframe[0].value
    months = sample_dataset.papers["date"].dt.to_period("M").nunique()
    assert all(len(line) == months for line in rising["trend"])
    assert all(0 <= share <= 1 for line in rising["trend"] for share in line)


def test_with_nothing_to_compare_the_page_says_so(app, sample_dataset):
    first = sample_dataset.papers["date"].min().date()
    at = _open(app, (first, first))  # one day where the data starts: no halves, no days before
    assert any("Nothing to compare" in i.value for i in at.info)


def test_the_papers_page_lists_papers_like_the_one_in_detail(app, sample_dataset):
    at = app.run()
    at.switch_page("pages/papers.py").run()
    assert not at.exception, [e.message for e in at.exception]
    table = at.dataframe[0].value
    first = table["title"].iloc[0]
    paper_id = sample_dataset.papers.loc[sample_dataset.papers["title"] == first, "paper_id"].iloc[
        0
    ]
    like = [d for d in at.dataframe if "score" in d.value.columns][0].value
    stored = load_neighbours(sample_dataset.path).to_pandas()
    expected = stored[stored["paper_id"] == paper_id].sort_values("rank").head(5)
    titles = sample_dataset.papers.drop_duplicates("paper_id").set_index("paper_id")["title"]
    assert list(like["title"]) == [titles[n] for n in expected["neighbour_id"]]


def test_the_sidebars_topic_filter_narrows_the_counts(app, sample_dataset):
    at = _open(app, DEC)
    at.sidebar.multiselect(key="f_topics").set_value(["video"]).run()
    at.radio(key="trend_what").set_value("people").run()
    at.number_input(key="trend_min_people").set_value(2).run()
    papers = sample_dataset.papers
    video = papers[papers["topics"].map(lambda ts: "video" in list(ts))]
    now, before = trends.windows(*DEC)
    people = trends.items_of("people", video, sample_dataset.metrics, None, sample_dataset.authors)
    ranked = trends.compare(people, video, now, before, 2)
    assert len(trends.rising(ranked)) > 0
    shown = at.dataframe[0].value
    assert list(shown["item"]) == list(trends.rising(ranked, 20)["item"])
    assert list(shown["count"]) == list(trends.rising(ranked, 20)["count"])


def test_all_of_the_data_compares_its_halves_instead_of_showing_nothing(app, sample_dataset):
    papers = sample_dataset.papers
    first, last = papers["date"].min().date(), papers["date"].max().date()
    at = _open(app, (first, last))
    now, before = trends.range_windows(first, last, first)
    assert before.start == first and now.end == last and now.start == before.end + D.resolution
    items = trends.items_of("terms", papers, sample_dataset.metrics)
    ranked = trends.drop_nested(trends.compare(items, papers, now, before, 5))
    rising = at.dataframe[0].value
    assert len(rising) > 0
    assert list(rising["item"]) == list(trends.rising(ranked, 20)["item"])
    assert any("second half" in c.value for c in at.caption)


@pytest.fixture
def where_terms_are_found(monkeypatch):
    """Fresh caches, and two lists that record where every paper's terms are found:
    the kinds found in the server's own process, and each child process's success."""
    for cached in (
        trendsview._all_items,
        trendsview._warming,
        trendsview._warm,
        trendsview._items,
        trendsview._ranked,
    ):
        cached.clear()
    in_server, in_child = [], []
    items_of, find_elsewhere = trends.items_of, terms_job.find_elsewhere

    def counted(what, *args, **kwargs):
        in_server.append(what)
        return items_of(what, *args, **kwargs)

    def counted_elsewhere(*args, **kwargs):
        found = find_elsewhere(*args, **kwargs)
        in_child.append(found is not None)
        return found

    monkeypatch.setattr(trends, "items_of", counted)
    monkeypatch.setattr(terms_job, "find_elsewhere", counted_elsewhere)
    return in_server, in_child


def test_the_overview_finds_the_terms_the_trends_page_then_shows(
    app, monkeypatch, where_terms_are_found
):
    """Visits start at the Overview: every paper's terms are found in the background
    then, once, by a child process (not in the server's own process), and the
    Trends page shows them without finding them again."""
    in_server, in_child = where_terms_are_found
    monkeypatch.setattr(trendsview, "WARM_UP_AFTER", 0.0)
    at = app.run()
    assert not at.exception, [e.message for e in at.exception]
    for thread in threading.enumerate():
        if thread.name == "digest-data-terms":
            thread.join(120)
    assert in_child == [True] and "terms" not in in_server
    at.switch_page("pages/trends.py").run()
    assert not at.exception, [e.message for e in at.exception]
    assert in_child == [True] and "terms" not in in_server
    rising = at.dataframe[0].value
    assert len(rising) > 0 and "item" in rising


def test_a_large_dataset_opened_at_trends_first_has_its_terms_found_by_a_child(
    app, monkeypatch, where_terms_are_found
):
    """No Overview before (a shared link to the Trends page): on a large dataset the
    visitor's terms are still found by a child process, not in the server's own."""
    in_server, in_child = where_terms_are_found
    monkeypatch.setattr(trendsview, "WARM_UP_AFTER", 3600.0)  # no warm-up in this test
    monkeypatch.setattr(trendsview, "ELSEWHERE_FROM", 1)  # the sample counts as large
    at = app.run()
    at.switch_page("pages/trends.py").run()
    assert not at.exception, [e.message for e in at.exception]
    assert in_child == [True] and "terms" not in in_server
    rising = at.dataframe[0].value
    assert len(rising) > 0 and "item" in rising


def test_a_visitor_waiting_for_the_terms_is_told_what_the_page_waits_for(app, monkeypatch):
    # The warm-up's child process shows no spinner of its own: without the page's,
    # a visitor who opens Trends while it runs sees controls and nothing below them.
    messages = []
    real = trendsview.st.spinner

    def recording(text="", *args, **kwargs):
        messages.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(trendsview.st, "spinner", recording)
    at = _open(app, DEC)
    assert trendsview.WAITING["terms"] in messages
    assert at.dataframe[0].value.shape[0] > 0
