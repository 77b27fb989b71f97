"""The learned ranker for naming numbers (enrich/naming.py, analyse/naming_fit.py): the
alternative to the rules that `digest-data evaluate --namer ranker` measures."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from digest_data.analyse.evaluate import evaluate
from digest_data.analyse.naming_fit import fit_namer
from digest_data.cli import app
from digest_data.enrich.metrics import extract_metrics
from digest_data.enrich.naming import Namer
from digest_data.enrich.topics import load_taxonomy


def _row(month: int, bench: str, model: str, value: float) -> dict:
    summary = (
        f"We study {bench} as a testbed. With careful tuning, {model} reaches "
        f"{value}% accuracy, the best so far."
    )
    return {
        "file": f"2024-{month:02}-03.md",
        "summary": summary,
        "topics": ["reasoning"],
        "metrics": [{"value": value, "metric": "accuracy", "benchmark": bench}],
    }


ROWS = [
    _row(9, "Sokoban", "Llama-3-8B", 61.5),
    _row(9, "Wordle", "Mistral-7B", 48.2),
    _row(10, "Crafter", "Qwen2-VL", 58.7),
    _row(10, "NetHack", "GPT-4o", 91.3),
    _row(11, "Overcooked", "Claude-3.5", 35.8),
    _row(11, "Hanabi", "o1-mini", 42.4),
]


def test_the_best_scoring_candidate_wins_and_none_is_a_candidate():
    namer = Namer({"b:on": 2.0, "b:none": 1.0, "b:model": -3.0})
    assert namer.best([("", {"b:none": 1.0}), ("GSM8K", {"b:on": 1.0})]) == "GSM8K"
    assert namer.best([("", {"b:none": 1.0}), ("GPT-4o", {"b:on": 1.0, "b:model": 1.0})]) == ""
    # a tie keeps the earlier candidate, so the choice never depends on chance
    assert namer.best([("A", {}), ("B", {})]) == "A"


def test_fitting_is_deterministic_and_learns_its_labels():
    first, second = fit_namer(ROWS), fit_namer(ROWS)
    assert first.weights == second.weights and first.weights
    # The rules leave this "testbed" unnamed; the ranker, fit on these rows, names it.
    assert [m.benchmark for m in extract_metrics(ROWS[0]["summary"])] == [""]
    found = evaluate(ROWS, load_taxonomy(), lambda s: extract_metrics(s, namer=first))
    assert found.tuples.f1 == 1.0


def test_the_evaluate_command_measures_the_ranker_held_out(tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    out = CliRunner().invoke(app, ["evaluate", "--labels", str(labels), "--namer", "ranker"])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("Month-held-out (ranker)")
    months = [line.split()[0] for line in out.output.splitlines() if line.startswith("2024-")]
    assert months == ["2024-09", "2024-10", "2024-11"]
