"""Which name a number is on: a known benchmark written as the qualifier of the
number's own measure names it, wherever the number stands in the sentence; a name
the result was reached "using" is a method, unless the sentence calls it a dataset."""

from digest_data.enrich.metrics import extract_metrics


def _benchmarks(summary: str) -> dict[float, str]:
    return {m.value: m.benchmark for m in extract_metrics(summary)}


def test_benchmark_before_the_measure_the_number_reports() -> None:
    found = _benchmarks("Our recipe raised the MMLU accuracy of the 8B model by 4.2%.")
    assert found == {4.2: "MMLU"}


def test_benchmark_score_in_brackets_after_it() -> None:
    found = _benchmarks("The distilled sampler keeps a comparable VBench score (81.2%).")
    assert found == {81.2: "VBench"}


def test_name_not_known_as_a_benchmark_is_not_taken() -> None:
    # "Orion" is not in the registry nor shaped like a benchmark: it may be a model.
    found = _benchmarks("We improved the Orion accuracy of the agent by 4.2%.")
    assert found == {4.2: ""}


def test_a_benchmark_the_number_is_placed_on_still_wins() -> None:
    found = _benchmarks("It lifts MMLU accuracy by 2.0% and reaches 61.5% accuracy on GSM8K.")
    assert found[61.5] == "GSM8K"


def test_what_a_result_was_reached_using_is_a_method_not_a_benchmark() -> None:
    found = _benchmarks("The 8B model gains 3.1 points using LOOPTUNE, beating every baseline.")
    assert found == {3.1: ""}


def test_a_dataset_used_for_the_result_is_still_named() -> None:
    found = _benchmarks("The detector reaches 71.0% recall using the Harbor-QA dataset.")
    assert found == {71.0: "Harbor-QA"}
