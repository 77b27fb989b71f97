"""The Trends page and "Papers like this one" in headless Chromium, at the two
widths people use, with screenshots in test-artifacts/."""

from __future__ import annotations

import pytest
from conftest import ROOT

from benchmarks.browser import DRAWN

ARTIFACTS = ROOT / "test-artifacts"


def _ready(page) -> None:
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function(DRAWN, timeout=60_000)
    page.wait_for_timeout(800)


@pytest.mark.parametrize("width", [1400, 1920])
def test_trends_page_shows_both_lists_side_by_side(server, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 1100})
    page = context.new_page()
    try:
        page.goto(f"{server}/trends?from=2024-12-01")
        _ready(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        rising = page.get_by_role("heading", name="Rising").bounding_box()
        falling = page.get_by_role("heading", name="Falling").bounding_box()
        assert abs(rising["y"] - falling["y"]) < 5 and falling["x"] > rising["x"] + width / 4
        grids = page.locator('[data-testid="stDataFrame"]')
        assert grids.count() == 2
        for i in range(2):
            box = grids.nth(i).bounding_box()
            assert box["x"] + box["width"] <= width  # nothing cut off at the right
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"trends-{width}.png"), full_page=True)
    finally:
        context.close()


def test_papers_page_lists_papers_like_the_one_in_detail(server, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    page = context.new_page()
    try:
        page.goto(f"{server}/papers")
        _ready(page)
        page.get_by_text("Papers like this one").scroll_into_view_if_needed()
        assert page.locator('[data-testid="stException"]').count() == 0
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "papers-like-this.png"), full_page=True)
    finally:
        context.close()
