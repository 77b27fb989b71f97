"""The Benchmarks page through Streamlit's AppTest, its figures counted here with
plain loops over the sample's metric rows."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ROOT, open_page
from streamlit.testing.v1 import AppTest

from digest_data.app.score_charts import MAX_PANELS
from digest_data.enrich.benchmarks import better

D = dt.date


@pytest.fixture
def app(sample_dataset, monkeypatch) -> AppTest:
    return open_page(sample_dataset.path, monkeypatch, "pages/benchmarks.py")


def score_rows(metrics, start=None, end=None):
    for row in metrics.itertuples():
        if row.kind != "score" or not row.benchmark_id:
            continue
        if start and not (start <= row.date.date() <= end):
            continue
        yield row


def papers_per_benchmark(metrics, start=None, end=None) -> dict[str, set]:
    papers: dict[str, set] = {}
    for row in score_rows(metrics, start, end):
        papers.setdefault(row.benchmark_id, set()).add(row.paper_id)
    return papers


def test_the_page_opens_on_the_benchmark_most_papers_report(app, sample_dataset):
    assert not app.exception, [e.message for e in app.exception]
    assert app.title[0].value == "Benchmarks"
    papers = papers_per_benchmark(sample_dataset.metrics)
    most = max(len(p) for p in papers.values())
    assert app.selectbox(key="b_pick").value in {b for b, p in papers.items() if len(p) == most}
    options = app.selectbox(key="b_pick").options
    assert len(options) == len(papers)


def test_the_leaderboard_ranks_every_named_score_best_first(app, sample_dataset):
    app.selectbox(key="b_pick").set_value("GSM8K").run()
    assert not app.exception
    expected = [
        (r.value, r.metric_id, r.unit)
        for r in score_rows(sample_dataset.metrics)
        if r.benchmark_id == "GSM8K" and r.metric_id
    ]
    shown = app.multiselect(key="b_series_GSM8K").value
    expected = [e for e in expected if (f"{e[1]} ({e[2]})" if e[2] else e[1]) in shown]
    table = app.dataframe[0].value
    assert len(table) == len(expected) > 0
    assert sorted(table["value"]) == sorted(v for v, _, _ in expected)
    top = table[table["series"] == table["series"].iloc[0]]
    assert better("accuracy", "GSM8K") == "higher"
    assert top["value"].iloc[0] == max(top["value"])
    assert list(top["rank"]) == list(range(1, len(top) + 1))


def test_lower_is_better_ranks_the_lowest_fid_first(app, sample_dataset):
    fid = [
        r.value
        for r in score_rows(sample_dataset.metrics)
        if r.benchmark_id == "ImageNet 256x256" and r.metric_id == "fid" and r.unit == ""
    ]
    assert len(fid) >= 2
    app.selectbox(key="b_pick").set_value("ImageNet 256x256").run()
    app.multiselect(key="b_series_ImageNet 256x256").set_value(["fid"]).run()
    table = app.dataframe[0].value
    assert list(table["value"]) == sorted(fid)


def test_the_range_table_counts_papers_and_marks_new_benchmarks(app, sample_dataset):
    app.sidebar.date_input(key="f_dates").set_value((D(2024, 12, 1), D(2024, 12, 31))).run()
    assert not app.exception
    metrics = sample_dataset.metrics
    in_range, before = {}, set()
    for row in metrics.itertuples():
        if not row.benchmark_id:
            continue
        if row.date.date() < D(2024, 12, 1):
            before.add(row.benchmark_id)
        elif row.date.date() <= D(2024, 12, 31):
            in_range.setdefault(row.benchmark_id, set()).add(row.paper_id)
    table = app.dataframe[-1].value
    labels = dict(zip(table["benchmark"], table["papers"]))
    assert len(table) == len(in_range)
    assert sum(labels.values()) == sum(len(p) for p in in_range.values())
    assert sum(table["new"]) == len(set(in_range) - before) > 0
    assert 0 < sum(table["new"]) < len(table)


def test_a_search_matching_no_paper_shows_a_message(app):
    app.sidebar.text_input(key="f_query").set_value("no paper has this phrase zzqx").run()
    assert not app.exception
    assert any("No benchmark" in i.value for i in app.info)


def test_the_picked_benchmark_is_in_the_url_and_a_link_opens_it(sample_dataset, monkeypatch):
    """A shared link (or a Trends row) opens the Benchmarks page on its benchmark,
    and picking another writes it to the URL."""
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    chosen = sorted(
        papers_per_benchmark(sample_dataset.metrics).items(), key=lambda kv: -len(kv[1])
    )
    second = chosen[1][0]  # not the page's default pick
    at = AppTest.from_file(str(ROOT / "pages" / "benchmarks.py"), default_timeout=120)
    at.query_params["benchmark"] = second
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.selectbox(key="b_pick").value == second
    assert at.query_params["benchmark"] in (second, [second])
    first = chosen[0][0]
    at.selectbox(key="b_pick").set_value(first).run()
    assert at.query_params["benchmark"] in (first, [first])


def test_a_link_to_a_benchmark_the_range_lacks_says_so(sample_dataset, monkeypatch):
    """A link naming a benchmark no paper reports opens the most reported one and says
    why; a link with another spelling of a reported one opens that one."""
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    reported = papers_per_benchmark(sample_dataset.metrics)
    assert "SWE-bench Multimodal" not in reported
    at = AppTest.from_file(str(ROOT / "pages" / "benchmarks.py"), default_timeout=120)
    at.query_params["benchmark"] = "SWE-bench Multimodal"
    at.run()
    assert any("SWE\\-bench Multimodal" in i.value for i in at.info)  # escaped Markdown
    assert at.selectbox(key="b_pick").value in reported
    assert "GSM8K" in reported
    spelt = AppTest.from_file(str(ROOT / "pages" / "benchmarks.py"), default_timeout=120)
    spelt.query_params["benchmark"] = "gsm-8k"
    spelt.run()
    assert spelt.selectbox(key="b_pick").value == "GSM8K"
    assert not spelt.info
    # Values thousands of characters long, pasted or hostile: a benchmark with many
    # qualifiers is still that benchmark; anything else gets the notice, cut.
    for value, opens in (("MMLU" + " 5-shot" * 500, "MMLU"), ("benchmark " * 500, None)):
        long = AppTest.from_file(str(ROOT / "pages" / "benchmarks.py"), default_timeout=120)
        long.query_params["benchmark"] = value
        long.run()
        assert not long.exception, [e.message for e in long.exception]
        if opens:
            assert long.selectbox(key="b_pick").value == opens and not long.info
        else:
            (notice,) = [i.value for i in long.info]
            assert len(notice) < 400


def test_the_chart_opens_with_one_panel_per_metric(app):
    # ImageNet in the sample has seven unit-less metrics (FID, Inception Score, PSNR,
    # ...); drawn on one axis the Inception Score of 288 flattened every FID.
    at = app.run()
    at.switch_page("pages/benchmarks.py").run()
    at.selectbox(key="b_pick").set_value("ImageNet").run()
    (metrics,) = [m for m in at.multiselect if m.label == "Metrics"]
    assert 1 < len(metrics.value) <= MAX_PANELS
    assert len(metrics.options) > MAX_PANELS
