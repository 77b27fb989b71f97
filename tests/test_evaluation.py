"""Topics and metric extraction measured against the hand-labelled papers in
tests/data/labels.jsonl (see tests/data/LABELING.md for how they were made)."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from digest_data.analyse.evaluate import Score, evaluate, evaluate_held_out, read_labels
from digest_data.cli import app
from digest_data.enrich.metrics import Metric
from digest_data.enrich.topics import load_taxonomy

LABELS = ROOT / "tests" / "data" / "labels.jsonl"


@pytest.fixture(scope="module")
def held_out():
    """Each month scored with what was fit on the other months: the figure we report."""
    return evaluate_held_out(read_labels(LABELS), load_taxonomy())


def test_the_labels_are_real_rows_of_the_corpus():
    from conftest import HF_DAILY

    rows = read_labels(LABELS)
    assert len(rows) >= 336
    months = {r["file"][:7] for r in rows}
    assert len(months) == 4  # September to December 2024
    for row in rows:
        source = (HF_DAILY / row["file"]).read_text("utf-8")
        assert row["title"][:40] in source
        for metric in row["metrics"]:
            assert metric["text"] in row["summary"]


# The month-held-out figures reached on the 986 labelled summaries (pooled over the
# four months: values 0.972, tuples 0.715, topics 0.834 with extractor m32 and the
# topic pick refit on all 986). Each fresh round was scored before it joined: round
# 9 (74 October papers) tuples 0.592, topics 0.843; round 8 (40 October, 39
# December) tuples 0.722, topics 0.820; round 7 took topics from 0.841 (776 papers)
# to 0.835 and tuples from 0.698 to 0.692; round 6 took tuples from 0.714 to 0.691;
# round 5, 0.687 -> 0.662. A change that loses more than a rounding step fails here;
# the topic floor moved from 0.836 to 0.830 when round 7 joined, with no rule changed.
HELD_OUT_VALUE_F1 = 0.965
HELD_OUT_TUPLE_F1 = 0.705
HELD_OUT_TOPIC_F1 = 0.830


def test_metric_values_reach_the_target_on_held_out_months(held_out):
    assert held_out.pooled.values.f1 >= HELD_OUT_VALUE_F1, held_out.pooled.values


def test_metric_tuples_reach_the_target_on_held_out_months(held_out):
    assert held_out.pooled.tuples.f1 >= HELD_OUT_TUPLE_F1, held_out.pooled.tuples


def test_topics_reach_the_target_on_held_out_months(held_out):
    assert held_out.pooled.topics.f1 >= HELD_OUT_TOPIC_F1, held_out.pooled.topics


def test_every_month_is_held_out_once_and_pooled(held_out):
    assert list(held_out.per_month) == ["2024-09", "2024-10", "2024-11", "2024-12"]
    assert sum(r.papers for r in held_out.per_month.values()) == held_out.pooled.papers
    assert held_out.pooled.tuples.gold == sum(r.tuples.gold for r in held_out.per_month.values())


def _row(month: str, summary: str, metric: str) -> dict:
    return {
        "file": f"{month}-02.md",
        "summary": summary,
        "topics": ["reasoning"],
        "metrics": [{"value": 85.3, "metric": metric, "benchmark": "GSM8K"}],
    }


def test_tuples_forgive_spelling_but_not_a_different_name():
    gold = [{"value": 41.2, "metric": "Success Rate", "benchmark": "SWE-bench Verified"}]
    rows = [{"file": "2024-12-01.md", "summary": "x", "topics": [], "metrics": gold}]

    def naming(metric, benchmark):
        return lambda *_: [Metric(41.2, "%", metric, benchmark, "", "score", "", 0, 4)]

    tax = load_taxonomy()
    assert evaluate(rows, tax, naming("success-rate", "swe bench  verified")).tuples.f1 == 1.0
    assert evaluate(rows, tax, naming("success rate", "SWE-bench")).tuples.f1 == 0.0
    assert evaluate(rows, tax, naming("", "SWE-bench Verified")).tuples.f1 == 0.0


def test_a_leaderboard_row_also_needs_its_model():
    gold = [{"value": 69.4, "metric": "", "benchmark": "MMBench", "model": "Janus"}]
    rows = [{"file": "2024-10-01.md", "summary": "x", "topics": [], "metrics": gold}]

    def by(model):
        return lambda *_: [Metric(69.4, "", "", "MMBench", model, "score", "", 0, 4)]

    tax = load_taxonomy()
    right, unnamed = evaluate(rows, tax, by("janus")), evaluate(rows, tax, by(""))
    assert (right.tuples.f1, right.with_model.f1) == (1.0, 1.0)
    assert (unnamed.tuples.f1, unnamed.with_model.f1) == (1.0, 0.0)


def test_scores_are_computed_as_defined():
    s = Score(true_positives=3, predicted=4, gold=6)
    assert (s.precision, s.recall) == (0.75, 0.5)
    assert s.f1 == pytest.approx(0.6)
    assert Score(0, 0, 0).f1 == 1.0  # nothing to find and nothing found
    assert Score(0, 0, 2).recall == 0.0 and Score(0, 0, 2).f1 == 0.0


def test_evaluate_command_prints_the_three_scores(tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps(
            {
                "file": "2024-10-01.md",
                "title": "A reasoning model",
                "summary": "It reaches 85.3% accuracy on GSM8K.",
                "topics": ["reasoning"],
                "metrics": [{"value": 85.3, "metric": "accuracy", "benchmark": "GSM8K"}],
            }
        )
        + "\n"
    )
    out = CliRunner().invoke(app, ["evaluate", "--labels", str(labels)])
    assert out.exit_code == 0, out.output
    # the shipped rules and topic model were fit on the repository's labels, not these:
    # the second section says so rather than calling itself in-sample
    assert "In-sample" not in out.output
    held_out, in_sample = out.output.split("Shipped rules and topic model")
    assert held_out.startswith("Month-held-out:")
    pooled = next(line.split() for line in held_out.splitlines() if line.startswith("pooled"))
    # papers, then precision/recall/F1 of values, tuples and topics, then the F1
    # of tuples with their model (none named: "It" is not a model)
    assert pooled[1:] == ["1"] + ["1.000"] * 9 + ["1.000"]
    lines = {
        line.split()[0] + " " + line.split()[1]: line.split()
        for line in in_sample.splitlines()
        if line.startswith(("metric", "topics"))
    }
    assert lines["metric values"][2:5] == ["1.000", "1.000", "1.000"]
    assert lines["metric tuples"][2:5] == ["1.000", "1.000", "1.000"]
    bad = CliRunner().invoke(app, ["evaluate", "--labels", str(tmp_path / "missing.jsonl")])
    assert bad.exit_code == 2 and "missing.jsonl" in bad.output


def test_the_evaluate_commands_find_the_repositorys_labels_from_any_folder(tmp_path, monkeypatch):
    """Run from another folder, the default labels are the repository's (they were
    looked up in the working folder: "No such file ... tests/data/labels.jsonl")."""
    monkeypatch.chdir(tmp_path)
    found = CliRunner().invoke(app, ["evaluate", "--worst", "1"])
    assert found.exit_code == 0, found.output
    pooled = next(line.split() for line in found.output.splitlines() if line.startswith("pooled"))
    assert pooled[1] == str(len(read_labels(LABELS)))  # every labelled paper scored
    missing = CliRunner().invoke(
        app, ["evaluate-people", str(tmp_path), "--pairs", str(tmp_path / "none.jsonl")]
    )
    assert missing.exit_code == 2 and "give --pairs" in missing.output


def test_a_fitted_extractor_is_refit_without_the_month_it_is_scored_on():
    rows = read_labels(LABELS)
    seen: list[set[str]] = []

    def fit(train: list[dict]):
        seen.append({r["file"][:7] for r in train})
        return lambda summary, title: []

    result = evaluate_held_out(rows, load_taxonomy(), fit=fit)
    months = sorted(result.per_month)
    assert [sorted(s) for s in seen] == [[m for m in months if m != held] for held in months]
    # An extractor that finds nothing hits no value in any month.
    assert all(r.values.true_positives == 0 for r in result.per_month.values())


def test_kinds_are_scored_on_the_labelled_values_found():
    gold = [
        {"value": 12.0, "metric": "", "benchmark": "", "kind": "delta"},
        {"value": 71.5, "metric": "", "benchmark": "", "kind": "score"},
        {"value": 2.0, "metric": "", "benchmark": "", "kind": "efficiency"},
    ]
    rows = [{"file": "2024-12-01.md", "summary": "x", "topics": [], "metrics": gold}]

    def found(*_):
        return [
            Metric(12.0, "%", "", "", "", "score", "", 0, 4),  # labelled a change
            Metric(71.5, "%", "", "", "", "score", "", 5, 9),
            Metric(99.0, "%", "", "", "", "score", "", 10, 14),  # not labelled: not counted
        ]

    kinds = evaluate(rows, load_taxonomy(), found).kinds
    # two labelled values found, one with the label's kind
    assert (kinds.true_positives, kinds.predicted, kinds.precision) == (1, 2, 0.5)
