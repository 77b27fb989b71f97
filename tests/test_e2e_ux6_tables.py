"""The Benchmarks page's leaderboard and table of the range's benchmarks in headless
Chromium at 1400 and 1920 px: every column in view without scrolling sideways.
Before, at 1400 px both ran past their right edge: the range's "New" (is the
benchmark new in this range?) and the leaderboard's sentence were out of sight."""

from __future__ import annotations

import pytest
from test_e2e import ARTIFACTS, wait_ready
from test_e2e_tables import IN_VIEW, WIDTHS

LEADERBOARD = {"Rank", "Value", "Metric", "Model", "Paper", "Day", "Link", "Sentence"}
RANGE_TABLE = {
    "Benchmark",
    "New",
    "Family",
    "Papers",
    "First seen",
    "Last seen",
    "Main metric",
    "Best",
    "Best by model",
    "Best in paper",
}


@pytest.mark.parametrize("width", [1400, 1920])
def test_the_benchmark_tables_fit_the_window(server, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 1200})
    page = context.new_page()
    try:
        # From November: with days before the range, the table has its "New" column.
        page.goto(f"{server}/benchmarks?from=2024-11-01")
        wait_ready(page)
        page.wait_for_function(f"() => ({IN_VIEW})().at(-1)?.length > 0", timeout=30_000)
        leaderboard, *_, last_table = page.evaluate(IN_VIEW)
        widths = page.evaluate(WIDTHS)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"table-benchmarks-{width}.png"), full_page=True)
    finally:
        context.close()
    assert set(leaderboard) >= LEADERBOARD, leaderboard
    assert set(last_table) >= RANGE_TABLE, last_table
    assert all(scrolled <= visible for scrolled, visible in widths), widths
