"""Metric names the extractor m25a reads: a measure written as a name (capitalised,
or with capitals inside) followed by a lower-case "score" is reported by its name,
as the labelling guide's acronym rulings do ("FVD", not "FVD score"). Sentences
written for these tests, not taken from the labelled set."""

from __future__ import annotations

from digest_data.enrich.metrics import extract_metrics


def _found(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.metric) for m in extract_metrics(text)]


def test_a_capitalised_measure_before_score_is_the_measure() -> None:
    text = "The editor reaches a Motion Smoothness score of 0.981 on the clips."
    assert _found(text) == [(0.981, "motion smoothness")]


def test_a_measure_with_inner_capitals_before_score_is_the_measure() -> None:
    text = "The avatar model reaches a GazeSim-Arc score of 0.84, above the baseline."
    assert _found(text) == [(0.84, "gazesim-arc")]


def test_lower_case_words_before_score_make_the_score_its_own_name() -> None:
    text = "The tutor reaches a higher reasoning score (0.61) than the retrieval baseline."
    assert _found(text) == [(0.61, "reasoning score")]


def test_a_capital_score_is_part_of_the_name() -> None:
    text = "The planner reaches a Total Score of 81.2 on the kitchen suite."
    assert _found(text) == [(81.2, "total score")]


def test_a_capital_that_opens_the_sentence_names_nothing() -> None:
    text = "The model was tuned for a week. Fluency score was 4.2 on the held-out prompts."
    assert _found(text) == [(4.2, "fluency score")]
