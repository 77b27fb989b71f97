"""Shared test fixtures: paths to the real digests and a built bundled sample."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
HF_DAILY = SHARED / "corpus" / "hf-daily"
MAP_DAILY = SHARED / "corpus" / "map-daily"
SAMPLE = ROOT / "data" / "digests"


def benchmarks_of(text: str) -> list[tuple[float, str]]:
    """(value, benchmark as written) of every number the extractor finds in ``text``:
    what the tests of benchmark naming compare."""
    from digest_data.enrich.metrics import extract_metrics

    return [(m.value, m.benchmark) for m in extract_metrics(text)]


def tuples_of(text: str) -> list[tuple[float, str, str]]:
    """(value, metric, benchmark) of every number the extractor finds in ``text``."""
    from digest_data.enrich.metrics import extract_metrics

    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


def metric_of(text: str, value: float) -> str:
    """The metric the extractor names for the number ``value`` in ``text``."""
    from digest_data.enrich.metrics import extract_metrics

    return next(m.metric for m in extract_metrics(text) if m.value == value)


@pytest.fixture(scope="session")
def sample_dataset(tmp_path_factory: pytest.TempPathFactory):
    """The bundled sample, built once per test session."""
    import digest_data

    out = tmp_path_factory.mktemp("sample") / "dataset"
    digest_data.build([SAMPLE], out)
    return digest_data.load(out)


def dashboard(timeout: int = 120):
    """The dashboard (``app.py``) in Streamlit's AppTest, not yet run."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)


def open_page(dataset_dir, monkeypatch, page: str):
    """The dashboard on ``dataset_dir``, run, then switched to ``page`` (``pages/x.py``)."""
    monkeypatch.setenv("DIGEST_DATA_DIR", str(dataset_dir))
    at = dashboard()
    at.run()
    at.switch_page(page).run()
    return at


# The browser tests' shared pieces: one server on the sample per module, one Chromium.


def serve(dataset_dir, tmp_path_factory):
    """Serve the dashboard on ``dataset_dir``; yields its base URL."""
    from benchmarks.serve import serving

    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with serving(dataset_dir, log, seconds=60) as (base, _):
        yield base


def serve_digest(tmp_path_factory, name: str, text: str):
    """Serve the dataset built from one digest file of ``text`` (dated 2024-10-25)."""
    import digest_data

    folder = tmp_path_factory.mktemp(name)
    (folder / "2024-10-25.md").write_text(text)
    digest_data.build([folder], folder / "dataset")
    yield from serve(folder / "dataset", tmp_path_factory)


@pytest.fixture(scope="module")
def server(sample_dataset, tmp_path_factory):
    yield from serve(sample_dataset.path, tmp_path_factory)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    from benchmarks.serve import launch_chromium

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()
