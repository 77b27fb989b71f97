"""Extractor m51 (nineteenth session): the field or task an accuracy is measured on is
dropped from its name, as LABELING.md's task-word ruling asks and as the 2025 probes'
readers write it ("diagnostic accuracy" and "math accuracy" are accuracy), while a kind
of accuracy keeps its word ("answer accuracy", "execution accuracy"). An average
before the task word stays ("average detection accuracy" is average accuracy). The
sentences are written for the tests; the first three fail with m50.1."""

from digest_data.enrich.metrics import extract_metrics


def names(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.metric) for m in extract_metrics(text)]


def test_the_field_an_accuracy_is_measured_in_is_dropped():
    text = "Paired with o3, the orchestrator reaches 80% diagnostic accuracy on SDBench."
    assert names(text) == [(80.0, "accuracy")]


def test_the_task_an_accuracy_is_measured_on_is_dropped():
    text = "The tokenizer keeps 90.9% classification accuracy for 3D shapes."
    assert names(text) == [(90.9, "accuracy")]


def test_an_average_before_the_task_stays():
    text = "The detector reaches an average detection accuracy of 94.7% across the scenes."
    assert names(text) == [(94.7, "average accuracy")]


def test_a_kind_of_accuracy_keeps_its_word():
    text = "The agent reaches 71.2% answer accuracy and 64.0% execution accuracy on BIRD."
    assert [n for _, n in names(text)] == ["answer accuracy", "execution accuracy"]


def test_a_gerund_task_before_a_success_rate_is_still_dropped():
    text = "The planner lifts the environment-building success rate to 63.5%."
    assert names(text) == [(63.5, "success rate")]


def test_a_comparison_before_a_measure_is_no_part_of_its_name():
    # m51.1, seen in the browser pass on the bundled sample: "tighter latency"
    text = "The scheduler sustains 4.7 times tighter latency SLOs than the baselines."
    assert names(text) == [(4.7, "latency")]


def test_a_score_on_a_benchmark_after_a_cost_is_a_score():
    # m51.2, read from probe 56 after its score: the cost named before is no measure of it
    text = (
        "The pruned model has 35x lower per-token cost than its source while matching it,"
        " scoring 85.17% on MMLU and 72.25% on MMLU-Pro."
    )
    found = [(m.value, m.metric, m.kind) for m in extract_metrics(text)]
    assert found[1:] == [(85.17, "", "score"), (72.25, "", "score")]
