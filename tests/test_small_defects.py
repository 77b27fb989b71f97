"""Small defects a new user hit: a metric recorded as a model, a comparison CSV
with nothing to compare, and '1 warnings and skips'."""

from __future__ import annotations

import base64
import datetime as dt
import json

import numpy as np
import pytest
from conftest import dashboard
from streamlit.testing.v1 import AppTest

from digest_data.enrich.metrics import extract_metrics

# From the sample (hf-daily 2024-11-13 and 2024-10-10): "LPIPS scores (15.0" and
# "FID scores, demonstrated by" read like "<model> scores 15.0".
LPIPS_SCORES = (
    "Results show that 3to4D outperforms baseline methods, achieving a threefold "
    "improvement in identity preservation measured using LPIPS scores (15.0 ±0.1 for "
    "3to4D vs 44.3 ± 0.2 for the next best method)."
)
FID_SCORES = (
    "c) SCT achieves improved FID scores, demonstrated by a 2-step FID of 1.55 on "
    "ImageNet-64, a new state-of-the-art result for consistency models."
)
NAMED_MODEL = "On the DAVIS dataset, ViBiDSampler achieved an LPIPS score of 0.2355."


@pytest.mark.parametrize("summary", [LPIPS_SCORES, FID_SCORES])
def test_a_metric_name_is_never_a_model(summary):
    found = extract_metrics(summary)
    assert found, "the numbers are still read"
    assert all(m.model not in ("LPIPS", "FID") for m in found), [m.model for m in found]


def test_the_system_that_achieves_a_score_is_still_its_model():
    (found,) = extract_metrics(NAMED_MODEL)
    assert (found.model, found.metric, found.value) == ("ViBiDSampler", "lpips", 0.2355)


def test_no_model_in_the_sample_is_a_metric_name(sample_dataset):
    metrics = sample_dataset.metrics
    names = {m.casefold() for m in metrics["metric"] if m}
    models = {m for m in metrics["model"] if m.casefold() in names}
    assert models == set()


@pytest.fixture
def app(sample_dataset, monkeypatch) -> AppTest:
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    return dashboard()


def test_the_build_report_counts_one_warning_in_the_singular(app, sample_dataset):
    report = sample_dataset.report
    # The sample's one warning: hf-daily/2024-10-11.md line 17 has an extra cell.
    assert len(report.warnings) + len(report.skipped_rows) + len(report.skipped_files) == 1
    at = app.run()
    (label,) = [e.label for e in at.expander if e.label.startswith("Build report")]
    assert label == f"Build report: {report.files_read} files, 1 warning or skip"


def test_no_topic_mix_download_when_there_is_nothing_to_compare(app):
    # The first day alone: no day before it, and no halves to compare.
    at = app.run()
    at.switch_page("pages/topics.py").run()
    at.sidebar.date_input(key="f_dates").set_value((dt.date(2024, 9, 5), dt.date(2024, 9, 5)))
    at.run()
    assert any("No papers between" in i.value for i in at.info)
    mix = [b for b in at.get("download_button") if "topic-mix-change" in b.proto.id]
    assert mix == []
    # With October, September is there to compare with, and so is the download.
    at.sidebar.date_input(key="f_dates").set_value((dt.date(2024, 10, 1), dt.date(2024, 10, 31)))
    at.run()
    mix = [b for b in at.get("download_button") if "topic-mix-change" in b.proto.id]
    assert len(mix) == 1


def test_all_of_the_data_compares_its_halves_topic_mix(app, sample_dataset):
    """A first visit shows all of the data, which has nothing before it: the topic
    mix compares its second half with its first (as Trends does), not an empty box."""
    at = app.run()
    at.switch_page("pages/topics.py").run()
    assert "Topic mix: second half against first" in [h.value for h in at.subheader]
    papers = sample_dataset.papers

    def share(start: str, end: str, topic: str) -> float:
        days = papers[(papers["date"] >= start) & (papers["date"] <= end)]
        with_topic = days[days["topics"].map(lambda ts: topic in list(ts))]
        return with_topic["paper_id"].nunique() / days["paper_id"].nunique()

    # 2024-09-05 to 2024-12-31: 118 days, halves split after day 59 (2024-11-02)
    expected = 100 * (
        share("2024-11-03", "2024-12-31", "reasoning")
        - share("2024-09-05", "2024-11-02", "reasoning")
    )
    mix = json.loads(at.get("plotly_chart")[-1].proto.spec)
    (bar,) = mix["data"]
    # horizontal bars: topic label -> change, the numbers sent as a base64 array
    changes = np.frombuffer(base64.b64decode(bar["x"]["bdata"]), dtype=bar["x"]["dtype"])
    got = dict(zip(bar["y"], changes.tolist()))
    assert got["Reasoning"] == pytest.approx(expected)
    mix = [b for b in at.get("download_button") if "topic-mix-change" in b.proto.id]
    assert len(mix) == 1 and "halves" in mix[0].proto.id


PAGES = (
    "pages/topics.py",
    "pages/trends.py",
    "pages/authors.py",
    "pages/metrics.py",
    "pages/benchmarks.py",
    "pages/papers.py",
    "pages/data.py",
)


def test_no_table_shows_none_in_an_empty_cell(app):
    # Streamlit draws a missing value as a grey "None", which reads as a value (a
    # rank, a link): every table of every page leaves such a cell empty.
    at = app.run()
    seen = {"overview": len(at.dataframe)}
    assert all(d.proto.HasField("placeholder") and d.proto.placeholder == "" for d in at.dataframe)
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, page
        seen[page] = len(at.dataframe)
        for frame in at.dataframe:
            assert frame.proto.HasField("placeholder") and frame.proto.placeholder == "", page
    # The check means something only if the pages drew their tables.
    assert sum(seen.values()) >= 8, seen


def test_the_build_tables_have_headers_a_person_reads(app):
    # The Data page's files table and the build report said file, source, rows,
    # skipped, error, kind, line, reason: column names, not headers.
    at = app.run()
    at.switch_page("pages/data.py").run()
    assert not at.exception
    headers = set()
    for frame in at.dataframe:
        config = json.loads(frame.proto.columns or "{}")
        headers |= {c.get("label") for c in config.values()}
    assert {"File", "Source", "Rows", "Rows skipped", "Error"} <= headers
    assert {"Kind", "Line", "Reason"} <= headers
