"""The Benchmarks page in headless Chromium at 1400 and 1920 px: it draws, the
leaderboard and the range table fit, and a 7-day range reads as days.
Screenshots go to test-artifacts/benchmarks-*.png."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from benchmarks.browser import DRAWN

ARTIFACTS = ROOT / "test-artifacts"


def open_page(browser, url: str, width: int):
    # Tall enough that the screenshot holds the whole page (Streamlit scrolls
    # inside its main block, which a full-page screenshot does not unroll).
    context = browser.new_context(viewport={"width": width, "height": 2400})
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("h1:has-text('Benchmarks')", timeout=60_000)
    page.wait_for_function(DRAWN, timeout=60_000)
    page.wait_for_timeout(800)
    return context, page


@pytest.mark.parametrize("width", [1400, 1920])
def test_benchmarks_page_at_two_widths(server, browser, width):
    context, page = open_page(browser, f"{server}/benchmarks", width)
    try:
        assert page.locator('[data-testid="stException"]').count() == 0
        assert page.locator(".js-plotly-plot").count() == 1
        # The leaderboard and the range table, each inside the main column.
        main = page.locator('[data-testid="stMainBlockContainer"]').bounding_box()
        tables = page.locator('[data-testid="stDataFrame"]')
        assert tables.count() == 2
        for i in range(2):
            box = tables.nth(i).bounding_box()
            assert box["x"] >= main["x"] and box["x"] + box["width"] <= main["x"] + main["width"]
        legend = page.locator(".js-plotly-plot .legendtext").all_text_contents()
        assert legend and all(t.strip() for t in legend)  # no blank legend entry
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"benchmarks-{width}.png"), full_page=True)
    finally:
        context.close()


def test_a_seven_day_range_has_one_date_tick_per_day(server, browser):
    url = f"{server}/benchmarks?from=2024-12-25&to=2024-12-31"
    context, page = open_page(browser, url, 1400)
    try:
        ticks = page.locator(".js-plotly-plot .xtick text").all_text_contents()
        assert ticks == [f"2024-12-{d}" for d in range(25, 32)]
        assert not any(re.search(r":\d\d", t) for t in ticks)
        page.screenshot(path=str(ARTIFACTS / "benchmarks-7-days.png"), full_page=True)
    finally:
        context.close()


def test_the_metrics_page_on_a_seven_day_range_reads_in_days(server, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 2400})
    page = context.new_page()
    try:
        page.goto(f"{server}/metrics?from=2024-12-25&to=2024-12-31")
        page.wait_for_selector("h1:has-text('Reported metrics')", timeout=60_000)
        page.wait_for_function(DRAWN, timeout=60_000)
        page.wait_for_timeout(800)
        ticks = page.locator(".js-plotly-plot").first.locator(".xtick text").all_text_contents()
        assert ticks == [f"2024-12-{d}" for d in range(25, 32)]
        legend = page.locator(".js-plotly-plot .legendtext").all_text_contents()
        assert legend and all(t.strip() for t in legend)
        page.screenshot(path=str(ARTIFACTS / "metrics-7-days.png"), full_page=True)
    finally:
        context.close()
