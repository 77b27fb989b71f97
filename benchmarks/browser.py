"""First page load in a real browser: ``python -m benchmarks.browser --dataset DIR``.

Starts ``streamlit run app.py`` on the dataset, then opens each page in Debian's
headless Chromium (Playwright, ``/usr/bin/chromium``) and times navigation until
every visible chart and table is drawn and Streamlit has stopped running the
script: for a new visitor (a fresh browser context, nothing cached) and for a
returning one (the browser's cache holds Streamlit's and Plotly's JavaScript).
The first load after the server starts also pays for reading the dataset.
Results are appended to ``benchmarks/results/browser.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
from pathlib import Path

from benchmarks.serve import launch_chromium, serving

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "browser.json"
PAGES = ("", "topics", "authors", "metrics", "papers", "data")
#: True once a page is drawn: the script run is over, no element is still a loading
#: skeleton, every visible chart has its traces (SVG, or a WebGL canvas for big
#: scatters) and every visible table its canvas
#: (a table in a closed expander is drawn only when opened).
DRAWN = """() => !document.querySelector('[data-testid="stStatusWidget"]')
    && !document.querySelector('[data-testid="stSkeleton"]')
    && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .every(c => !c.checkVisibility() || c.querySelector('g.trace, canvas'))
    && [...document.querySelectorAll('[data-testid="stDataFrame"]')]
        .every(g => !g.checkVisibility() || g.querySelector('canvas'))"""


def load_seconds(browser, url: str, context=None) -> float:
    """Seconds from navigation until the page is drawn. Without ``context`` the
    load is a new visitor's: a fresh browser context, so nothing is cached."""
    own = context is None
    context = context or browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("h1", timeout=120_000)
    page.wait_for_function(DRAWN, timeout=120_000)
    seconds = time.perf_counter() - started
    page.close()
    if own:
        context.close()
    return seconds


def new_visitor_median(browser, url: str, loads: int) -> float:
    """Median seconds of ``loads`` first loads of ``url``, each by a new visitor,
    after one load that warms the server (its caches, not the browser's)."""
    load_seconds(browser, url)
    return round(statistics.median(load_seconds(browser, url) for _ in range(loads)), 3)


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(prog="python -m benchmarks.browser")
    parser.add_argument("--dataset", required=True, help="a built dataset folder")
    parser.add_argument("--loads", type=int, default=5, help="warm loads per page")
    args = parser.parse_args()
    with serving(args.dataset) as (base, _), sync_playwright() as pw:
        browser = launch_chromium(pw)
        first = load_seconds(browser, f"{base}/")
        pages = {}
        returning = browser.new_context(viewport={"width": 1400, "height": 900})
        for name in PAGES:
            url = f"{base}/{name}"
            new = sorted(load_seconds(browser, url) for _ in range(args.loads))
            load_seconds(browser, url, returning)  # fills the browser cache
            cached = sorted(load_seconds(browser, url, returning) for _ in range(args.loads))
            pages[name or "overview"] = {
                "median_s": round(statistics.median(new), 3),
                "max_s": round(new[-1], 3),
                "browser_cache_median_s": round(statistics.median(cached), 3),
            }
        browser.close()
    result = {
        "date": dt.date.today().isoformat(),
        "dataset": str(args.dataset),
        "first_load_after_start_s": round(first, 3),
        "pages": pages,
    }
    history = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    RESULTS.write_text(json.dumps([*history, result], indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
