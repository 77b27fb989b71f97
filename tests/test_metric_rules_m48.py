"""Extractor m48: rules of the fifteenth session. "Success" is a measure's name as
"success rate" is ("71.4% success on ALFWorld"), as 2025 summaries of agents and
robot policies write it: it keeps its modifiers, is what a change of it is in, and
carries to the numbers after it. m47.7 named it only when it followed a number
directly. The sentences are written for the tests; each but the last fails with
m47.7."""

from digest_data.enrich.metrics import extract_metrics


def rows(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


def test_an_average_success_keeps_its_average():
    text = "It achieves 82.5% average success on LIBERO while running on one GPU."
    assert rows(text) == [(82.5, "average success", "LIBERO")]


def test_a_change_in_success_names_success():
    text = "Online RL improves success on unseen layouts by 12.5% over the SFT policy."
    assert [(v, m) for v, m, _ in rows(text)] == [(12.5, "success")]


def test_success_carries_to_the_baseline_after_it():
    text = "The agent reaches 71.4% success on ALFWorld, close to the human level of 78%."
    assert [(v, m) for v, m, _ in rows(text)] == [(71.4, "success"), (78.0, "success")]


def test_the_success_of_something_names_no_measure():
    text = "Building on the success of RL for reasoning, the model scores 45.2% on MATH."
    assert rows(text) == [(45.2, "", "MATH")]
