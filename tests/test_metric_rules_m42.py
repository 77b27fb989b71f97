"""Extractor m42: numbers compared with a list before them take its benchmarks in
order; a figure over several sets is on none of them; "average" and the kind of an
error belong to the measure's name. Each expected tuple is what the sentence says,
worked out by reading it; the sentences are written for the test, in the shapes of
2025 summaries (none is copied from a probe)."""

from digest_data.enrich.metrics import extract_metrics


def found(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


def test_baselines_compared_with_a_list_take_its_benchmarks_in_order():
    text = "The model scores 71.4 on GSM8K and 33.0 on MATH, against 65.2 and 28.9 for Mistral-7B."
    assert [(v, b) for v, _, b in found(text)] == [
        (71.4, "GSM8K"),
        (33.0, "MATH"),
        (65.2, "GSM8K"),
        (28.9, "MATH"),
    ]
    text = "It reaches 12.5 on HLE and 48.0 on GPQA, close to o3 (13.1 and 49.5)."
    assert [(v, b) for v, _, b in found(text)][2:] == [(13.1, "HLE"), (49.5, "GPQA")]


def test_a_shorter_comparison_after_a_longer_list_is_not_paired():
    text = "It scores 71.4 on GSM8K, 33.0 on MATH and 50.2 on MBPP, against 65.2 and 28.9 for X."
    assert [b for _, _, b in found(text)][3:] != ["MATH", "MBPP"]


def test_a_list_opening_the_sentence_with_respectively_pairs_in_order():
    text = "On GSM8K and MMLU, up to 95% and 98% of answers, respectively, are stable early."
    assert [(v, b) for v, _, b in found(text)] == [(95.0, "GSM8K"), (98.0, "MMLU")]


def test_figures_after_an_opening_list_of_other_counts_are_on_none():
    text = (
        "Across SWE-bench, WebArena and OSWorld, the agent improves by up to 9.1% "
        "for prompting and by up to 4.2% for training."
    )
    assert [b for _, _, b in found(text)] == ["", ""]


def test_a_gain_across_the_benchmarks_is_not_carried_from_an_earlier_sentence():
    text = (
        "We evaluate on MMStar and HRBench. "
        "The module improves the base models by 2% to 11% across the benchmarks."
    )
    assert [(v, b) for v, _, b in found(text)] == [(2.0, ""), (11.0, "")]
    # a part of one benchmark still is on it
    text = "We evaluate on WebArena. The agent succeeds on 35.2% of the tasks."
    assert [(v, b) for v, _, b in found(text)] == [(35.2, "WebArena")]


def test_average_stays_in_the_name_of_a_measure():
    assert found("The guard reaches an average F1 of 72.1.") == [(72.1, "average f1", "")]
    assert found("It lifts mean IoU to 55.1%.") == [(55.1, "mean iou", "")]
    assert found("It improves average pass@1 by 4.4%.") == [(4.4, "average pass@1", "")]
    # a score with no measure named is still none
    assert found("The robot reaches an average score of 0.92.") == [(0.92, "", "")]


def test_the_kind_of_an_error_is_part_of_its_name():
    assert found("It predicts with a mean absolute error of 0.23.") == [
        (0.23, "mean absolute error", "")
    ]
    assert found("The law predicts the loss with a relative error of 0.5%.") == [
        (0.5, "relative error", "")
    ]
    # "relative" before an improvement still names no measure
    assert [m for _, m, _ in found("It gives a relative improvement of 12%.")] == [""]
