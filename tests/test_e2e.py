"""End to end in a real browser: Debian's headless Chromium driven by Playwright
against `streamlit run app.py` on a free local port. Screenshots of every page go
to test-artifacts/."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import ROOT, serve, serve_digest

from benchmarks.browser import DRAWN
from digest_data.analyse import aggregate, filters

ARTIFACTS = ROOT / "test-artifacts"
PAGES = {
    "overview": "",
    "topics": "topics",
    "authors": "authors",
    "metrics": "metrics",
    "papers": "papers",
    "data": "data",
}


HOSTILE = """## Papers for 2024-10-25

| Title | Authors | Summary |
|---|---|---|
| <script>window.__pwned = 1</script>Evil title (Read more on [arXiv](javascript:window.__pwned=2)) | <img src=x onerror="window.__pwned=3"> | ![beacon](http://beacon.invalid/pixel.png) <iframe src="http://frame.invalid/"></iframe> [click](javascript:window.__pwned=4) accuracy of 91.5% |
| Fine paper (Read more on [arXiv](https://arxiv.org/abs/2410.00001)) | Ann Author | A normal summary. |
"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    yield from serve_digest(tmp_path_factory, "hostile", HOSTILE)


def wait_ready(page) -> None:
    """The page has its title, Streamlit has finished running the script, and every
    chart and table on it has been drawn."""
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function(DRAWN, timeout=60_000)
    page.wait_for_timeout(500)


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def count(papers, start, end, topic) -> int:
    return sum(
        start <= d.date() <= end and topic in ts for d, ts in zip(papers["date"], papers["topics"])
    )


def test_a_deep_link_is_the_first_visit_of_a_fresh_server(sample_dataset, tmp_path_factory, page):
    # Streamlit runs a pages/ file alone until st.navigation has run once; the
    # first visitor of /authors must still get app.py's navigation and layout.
    server = serve(sample_dataset.path, tmp_path_factory)
    base = next(server)
    try:
        page.goto(f"{base}/authors")
        wait_ready(page)
        assert page.locator("h1").first.inner_text() == "Authors"
        nav = page.locator('[data-testid="stSidebarNav"]').inner_text().split("\n")
        assert [n.strip() for n in nav if n.strip()] == [
            "Overview",
            "Topics",
            "Trends",
            "Authors",
            "Metrics",
            "Benchmarks",
            "Papers",
            "Data",
        ]
        main = page.locator('[data-testid="stMainBlockContainer"]').bounding_box()
        assert main["width"] > 900  # the wide layout, not Streamlit's centred 736 px
    finally:
        server.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_renders_and_is_screenshotted(server, page, name):
    page.goto(f"{server}/{PAGES[name]}")
    wait_ready(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_set_a_week_and_a_topic_in_the_sidebar(server, page, sample_dataset):
    page.goto(server)
    wait_ready(page)
    page.get_by_role("button", name="7d").click()
    wait_ready(page)
    topics = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Topics")
    topics.locator("input").click()
    page.keyboard.type("Video")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_url("**topic=video**", timeout=30_000)
    wait_ready(page)
    assert "from=2024-12-25" in page.url
    expected = count(sample_dataset.papers, dt.date(2024, 12, 25), dt.date(2024, 12, 31), "video")
    assert metric(page, "Papers") == str(expected)
    # The filters travel with the user to another page, and stay in the URL.
    page.get_by_role("link", name="Topics").click()
    page.wait_for_selector("h1:has-text('Topics')")
    wait_ready(page)
    page.wait_for_url("**topic=video**", timeout=30_000)
    assert "2024-12-25 to 2024-12-31" in page.inner_text("body")


def search(page, text: str) -> None:
    box = page.locator('[data-testid="stSidebar"] input[type="text"]').last
    box.fill(text)
    box.press("Enter")
    page.wait_for_url(f"**q={text}**", timeout=30_000)
    wait_ready(page)


def searched(page) -> str:
    return page.locator('[data-testid="stSidebar"] input[type="text"]').last.input_value()


@pytest.mark.parametrize("path", ["", "benchmarks?benchmark=GSM8K"])
def test_back_and_forward_undo_and_redo_a_filter_change(server, page, path):
    # The Benchmarks page keeps a parameter of its own beside the filters (GSM8K has
    # scores under both searches): one change must still be one step of the
    # browser's history, not two.
    page.goto(f"{server}/{path}")
    wait_ready(page)
    search(page, "model")
    length = page.evaluate("history.length")
    search(page, "language")
    assert page.evaluate("history.length") == length + 1
    page.go_back()
    page.wait_for_url("**q=model**", timeout=30_000)
    wait_ready(page)
    assert searched(page) == "model"
    page.go_forward()
    page.wait_for_url("**q=language**", timeout=30_000)
    wait_ready(page)
    assert searched(page) == "language"
    assert "benchmark=GSM8K" in page.url or not path


def test_a_shared_url_reopens_the_view_and_its_csv_matches(server, page, sample_dataset):
    page.goto(f"{server}/topics?from=2024-10-21&to=2024-10-27&topic=reasoning")
    wait_ready(page)
    assert "2024-10-21 to 2024-10-27" in page.inner_text("body")
    with page.expect_download() as info:
        page.locator('[data-testid="stDownloadButton"] button').first.click()
    download = info.value
    assert download.suggested_filename == "topic-counts_2024-10-21_2024-10-27_reasoning_day.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text("utf-8"), newline="")))
    # Shares are of all the period's papers: the topic filter picks the topic drawn.
    state = filters.FilterState(dt.date(2024, 10, 21), dt.date(2024, 10, 27))
    expected = aggregate.topic_counts(filters.apply(sample_dataset.papers, state), "day")
    expected = expected[expected["topic"] == "reasoning"]
    # every day of the week has its row, a day without digests a 0 (README: zeros included)
    assert len(rows) == 7
    assert {r["period"] for r in rows} == {f"2024-10-{d}" for d in range(21, 28)}
    assert all(
        int(r["papers"]) == 0
        for r in rows
        if r["period"] not in set(p.strftime("%Y-%m-%d") for p in expected["period"])
    )
    rows = [r for r in rows if int(r["period_papers"]) > 0]
    assert len(rows) == len(expected) > 0
    got = {(r["period"], r["topic"]): int(r["papers"]) for r in rows}
    want = {
        (p.strftime("%Y-%m-%d"), t): int(n)
        for p, t, n in zip(expected["period"], expected["topic"], expected["papers"])
    }
    assert got == want
    # The reasoning papers of that week, counted in the file, are the chart's.
    per_day = sum(n for (day, t), n in got.items() if t == "reasoning")
    papers = sample_dataset.papers
    assert per_day == len(
        {
            (d, pid)
            for d, pid, ts in zip(papers["date"], papers["paper_id"], papers["topics"])
            if dt.date(2024, 10, 21) <= d.date() <= dt.date(2024, 10, 27) and "reasoning" in ts
        }
    )


def test_a_bad_url_shows_a_notice_not_an_error(server, page):
    page.goto(f"{server}/?from=2024-02-30&topic=nonsense")
    wait_ready(page)
    body = page.inner_text("body")
    assert "not a date" in body and "unknown topic: nonsense" in body
    assert page.locator('[data-testid="stException"]').count() == 0


@pytest.mark.parametrize("name", ["overview", "papers", "metrics", "authors"])
def test_hostile_digest_text_stays_inert(hostile_server, page, name):
    foreign = []
    page.on(
        "request",
        lambda r: (
            foreign.append(r.url)
            if not r.url.startswith(hostile_server) and not r.url.startswith("data:")
            else None
        ),
    )
    page.goto(f"{hostile_server}/{PAGES[name]}")
    wait_ready(page)
    if name == "papers":
        assert "Evil title" in page.inner_text("body")  # the row is shown, as text
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("iframe[src*='frame.invalid'], img[src*='beacon.invalid']").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert foreign == []
