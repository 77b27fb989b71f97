"""The Overview's newest-day table and the Papers table in headless Chromium at 1400
and 1920 px: the columns a reader needs are in view without scrolling sideways
(before, the newest-day table hid Source and Link at 1400 px and the Papers table
showed only Day, Title and Authors), and no table runs past its right edge (the
Authors column of both did at 1400 px). The grid lists the columns it draws in view
in its accessibility table."""

from __future__ import annotations

import pytest
from test_e2e import ARTIFACTS, wait_ready

IN_VIEW = """() => [...document.querySelectorAll('[data-testid="stDataFrame"]')].map(
  d => [...d.querySelectorAll('th[role=columnheader]')].map(h => h.textContent))"""

#: Each drawn table's scrolled and visible width: equal when nothing runs off the
#: right (a table in a closed expander is not drawn).
WIDTHS = """() => [...document.querySelectorAll('[data-testid="stDataFrame"] .dvn-scroller')].map(
  s => [s.scrollWidth, s.clientWidth])"""

NEEDED = {
    "": {"Title", "Topics", "Source", "Link", "Authors"},
    "papers": {"Day", "Title", "Topics", "Metrics", "Source", "Link", "Authors"},
}


@pytest.mark.parametrize("width", [1400, 1920])
@pytest.mark.parametrize("path", list(NEEDED))
def test_a_table_shows_the_columns_that_matter(server, browser, path, width):
    context = browser.new_context(viewport={"width": width, "height": 1200})
    page = context.new_page()
    try:
        page.goto(f"{server}/{path}")
        wait_ready(page)
        # The grid writes its header cells after the script run ends; on a busy
        # machine that can be after wait_ready (CI once read an empty header).
        page.wait_for_function(f"() => ({IN_VIEW})()[0]?.length > 0", timeout=30_000)
        first_table = page.evaluate(IN_VIEW)[0]
        widths = page.evaluate(WIDTHS)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"table-{path or 'overview'}-{width}.png"))
    finally:
        context.close()
    assert NEEDED[path] <= set(first_table), first_table
    assert widths and all(scrolled <= visible for scrolled, visible in widths), widths
