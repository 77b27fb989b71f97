"""The extractor m25a2 names a number by the measure a comparison right after it is
on ("13.8% higher realism", "3x better sample efficiency"), when no known name does.
Sentences written for these tests, not taken from the labelled set."""

from __future__ import annotations

from digest_data.enrich.metrics import extract_metrics


def _found(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.metric) for m in extract_metrics(text)]


def test_a_comparison_names_the_measure_it_is_on() -> None:
    text = "The editor reaches 21.4% higher temporal coherence than the strongest baseline."
    assert _found(text) == [(21.4, "temporal coherence")]


def test_a_factor_better_names_its_measure() -> None:
    text = "The curriculum gives 4.2x better data efficiency compared to uniform sampling."
    assert _found(text) == [(4.2, "data efficiency")]


def test_a_comparison_on_a_known_name_keeps_that_name() -> None:
    text = "The agent reaches 12.5% higher success rate than the scripted planner."
    assert _found(text) == [(12.5, "success rate")]
