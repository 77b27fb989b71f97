"""Extractor m47: rules of the fourteenth session. A known benchmark that changes by
itself ("GSM8K rises from 71.2% to 80.4%") is what its numbers are on, as a
benchmark a change is put on ("lifts GSM8K from ...") already was. These tests fail
with m46.9. What a system is deployed, served or run on is its platform, no benchmark
later numbers are on. The sentences are written for the tests.

Most tests below pin what m47 added and fail with m46.9; those that pass with it
guard what m46.9 already did right beside a new rule (a benchmark evaluated on is
still carried, a budget is no cost, the same measure named twice, and the second
review's sentences at the end)."""

import pytest

from digest_data.enrich.metrics import extract_metrics


def rows(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


def test_a_benchmark_that_rises_from_a_to_b_is_what_both_are_on():
    text = "After the second stage, GSM8K rises from 71.2% to 80.4%."
    assert [(v, b) for v, _, b in rows(text)] == [(71.2, "GSM8K"), (80.4, "GSM8K")]


def test_two_benchmarks_each_with_its_own_change_verb():
    text = "With the new data, MMLU climbs from 60.1 to 65.3, while MATH falls from 30.1 to 28.4."
    assert [(v, b) for v, _, b in rows(text)] == [
        (60.1, "MMLU"),
        (65.3, "MMLU"),
        (30.1, "MATH"),
        (28.4, "MATH"),
    ]


def test_a_coded_part_of_a_known_benchmark_changes_too():
    text = "Under heavy noise, ARC-Challenge drops from 74.9 to 57.2 and RULER-CWE falls from 84.4 to 52.3."
    assert [b for _, _, b in rows(text)] == ["ARC-Challenge"] * 2 + ["RULER-CWE"] * 2


def test_a_benchmark_that_drops_by_an_amount_holds_the_change():
    assert [(v, b) for v, _, b in rows("After pruning, MMLU drops by 3.1 points.")] == [
        (3.1, "MMLU")
    ]


def test_an_unknown_name_that_rises_is_no_benchmark():
    # the sentence's subject is a method, not a benchmark the registry knows
    assert [b for _, _, b in rows("Overall, OurNet rises from 41.0 to 47.5.")] == ["", ""]


def test_what_a_system_is_deployed_on_is_no_benchmark_for_later_numbers():
    text = (
        "The policy is deployed on RoboMax-2, a bi-manual mobile robot. In pick-and-place "
        "it reaches a success rate of 81.5%."
    )
    assert rows(text) == [(81.5, "success rate", "")]


def test_a_benchmark_evaluated_on_is_still_carried():
    text = "The policy is evaluated on RoboMax-2. It reaches a success rate of 81.5%."
    assert rows(text) == [(81.5, "success rate", "RoboMax-2")]


def test_id_in_front_of_a_measure_is_no_benchmark():
    # "ID consistency": identity, as "OOD" is out of distribution
    text = "It leads in ID consistency, reaching a Face-Sim of 0.627 against 0.526."
    assert [b for _, _, b in rows(text)] == ["", ""]


def test_a_percent_faster_is_a_speedup_whatever_measure_came_before():
    text = "The 47B model keeps accuracy close to the 56B model while being 20% faster."
    assert [(m.value, m.metric, m.kind) for m in extract_metrics(text)] == [
        (20.0, "speedup", "efficiency")
    ]


def test_each_range_is_on_the_benchmark_named_after_it():
    text = "The data yields gains of +4.8 to +12.6 on MATH and +3.9 to +11.0 on MBPP+."
    assert [(v, b) for v, _, b in rows(text)] == [
        (4.8, "MATH"),
        (12.6, "MATH"),
        (3.9, "MBPP+"),
        (11.0, "MBPP+"),
    ]


def test_a_number_with_its_own_measure_of_does_not_take_the_one_before():
    text = "It reaches a 96.4% success rate on LIBERO and an average length of 4.21 on CALVIN."
    assert rows(text) == [(96.4, "success rate", "LIBERO"), (4.21, "average length", "CALVIN")]


def test_the_same_measure_named_twice_is_still_each_numbers():
    text = "It reaches an accuracy of 50.1% on MMLU and an accuracy of 61.2% on GSM8K."
    assert rows(text) == [(50.1, "accuracy", "MMLU"), (61.2, "accuracy", "GSM8K")]


def kinds(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.kind) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Pre-training on 12 trillion tokens finished in 21 days.", 21.0),
        ("The full RL run took 18 days on 512 H800 GPUs.", 18.0),
        ("It adapts the model to minute-long clips in just 16 GPU-days.", 16.0),
        ("It reaches 41.2% on AIME 2024 using 19 hours of compute on 8 A100 GPUs.", 19.0),
    ],
)
def test_how_long_training_took_is_an_efficiency_figure(text, value):
    assert (value, "", "efficiency") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The corpus holds 48 hours of demonstrations.",
        "The weights were released within 7 days of the announcement.",
        "Participants were followed for 30 days.",
    ],
)
def test_a_length_of_data_or_a_wait_is_no_result(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("It turns a paper into a slide deck for just $0.004.", 0.004),
        ("The pipeline yields 90K trajectories at roughly $2 each.", 2.0),
        ("With about $700 of compute, the model matches the baseline.", 700.0),
    ],
)
def test_what_a_run_or_an_item_cost_is_a_cost(text, value):
    assert (value, "cost", "efficiency") in kinds(text)


def test_a_budget_is_still_no_cost():
    assert kinds("Each annotator was paid $15 per hour.") == []


def test_a_later_clause_that_opens_on_a_benchmark_is_about_it_alone():
    text = (
        "CoRAG improves exact match by more than 10 points over strong baselines, and on "
        "the KILT benchmark it sets a new state of the art."
    )
    assert rows(text) == [(10.0, "exact match", "")]


def test_a_later_clause_on_a_benchmark_still_gives_its_own_number_the_name():
    text = "It reaches 45.1% on AIME 2024, and on MATH-500 it reaches 92.0%."
    assert [(v, b) for v, _, b in rows(text)] == [(45.1, "AIME 2024"), (92.0, "MATH-500")]


# --- guards from the second review: sentences the first versions of m47 got wrong ---


@pytest.mark.parametrize(
    "text",
    [
        "The model predicts hospital readmission within 30 days with an AUROC of 0.81.",
        "Our model achieves a WER of 5.1% using only 100 hours of training data.",
        "Participants completed the study within 2 weeks.",
    ],
)
def test_days_outside_a_training_run_and_hours_of_data_are_no_results(text):
    assert all(m.kind != "efficiency" for m in extract_metrics(text))


@pytest.mark.parametrize(
    "text",
    [
        "The assistant is offered to users for just $20 per month.",
        "Annotators received $10 each for every task.",
        "Each team was given $500 of compute credits.",
        "The winners received prizes of $1,000 each.",
    ],
)
def test_prices_payments_credits_and_prizes_are_no_costs(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text, metric",
    [
        ("WER on LibriSpeech test-clean falls to a low of 1.8%.", "wer"),
        ("Accuracy on MMLU reaches a record high of 85.3%.", "accuracy"),
        ("Accuracy improves, with an uplift of 4.2 points on MMLU.", "accuracy"),
        ("Accuracy on GSM8K rises to an impressive mark of 91.2%.", "accuracy"),
    ],
)
def test_a_word_that_only_judges_the_number_names_no_measure(text, metric):
    assert [m.metric for m in extract_metrics(text)] == [metric]


@pytest.mark.parametrize(
    "text, benchmark",
    [
        (
            "Experiments are run on SWE-bench Verified. The agent resolves 41.2% of issues.",
            "SWE-bench Verified",
        ),
        ("The policy is deployed on LIBERO. It reaches a success rate of 81.5%.", "LIBERO"),
        (
            "The policy is deployed zero-shot on RoboMax-2, a mobile robot. It reaches a success rate of 81.5%.",
            "",
        ),
    ],
)
def test_a_known_benchmark_run_on_is_still_carried_a_platform_is_not(text, benchmark):
    assert [b for _, _, b in rows(text)] == [benchmark]


@pytest.mark.parametrize(
    "text",
    [
        "After RL, MMLU results improve by 3.1 points.",
        "Under 4-bit quantization, MMLU degrades by 0.8 points.",
    ],
)
def test_a_benchmark_changes_in_plain_and_other_verbs(text):
    assert [b for _, _, b in rows(text)] == ["MMLU"]


def test_a_models_mark_is_no_part_of_a_benchmark():
    # "Math-R1" is a model named for its task, not a part of MATH
    assert [b for _, _, b in rows("Math-R1 improves by 4.5 points.")] == [""]
