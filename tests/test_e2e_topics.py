"""The Topics chart in headless Chromium at 1400 and 1920 px: all 19 topics in its
legend, none cut off or scrolled out of sight ("Science & health" and "Other" were)."""

from __future__ import annotations

import pytest
from test_e2e import ARTIFACTS, wait_ready

from digest_data.enrich.topics import load_taxonomy

#: Each legend entry's text with whether it lies inside the legend's visible box.
LEGEND = """() => {
  const legend = document.querySelector('[data-testid="stPlotlyChart"] g.legend');
  const box = legend.querySelector('rect.bg').getBoundingClientRect();
  return [...legend.querySelectorAll('g.traces')].map(t => {
    const r = t.getBoundingClientRect();
    return [t.querySelector('text.legendtext').textContent,
            r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.right <= box.right + 1];
  });
}"""


@pytest.mark.parametrize("width", [1400, 1920])
def test_the_topic_legend_shows_every_topic(server, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 1000})
    page = context.new_page()
    try:
        page.goto(f"{server}/topics")
        wait_ready(page)
        entries = page.evaluate(LEGEND)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"topics-legend-{width}.png"))
    finally:
        context.close()
    labels = list(load_taxonomy().labels.values())
    assert [name for name, _ in entries] == labels
    assert [name for name, inside in entries if not inside] == []
    assert {"Science & health", "Other"} <= {name for name, inside in entries if inside}
