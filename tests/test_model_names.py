"""Which system a number belongs to: the model a leaderboard row shows beside
its value (``enrich/model_names.py``). Sentences are written in the ways
summaries credit a number, with names that are not in the corpus."""

from __future__ import annotations

import pytest

from digest_data.enrich.metrics import extract_metrics


def models(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.model) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the result verb, however its name is written
        ("Orion achieved 71.2% accuracy on GSM8K.", [(71.2, "Orion")]),
        ("Silver Lining achieves a score of 64.5 on MMLU.", [(64.5, "Silver Lining")]),
        ("The Kestrel model reached 80.3% on ARC.", [(80.3, "Kestrel")]),
        ("Cobalt 9B outperforms larger models, scoring 7.2 on MT-Bench.", [(7.2, "Cobalt 9B")]),
        # an appositive between the name and its verb
        (
            "SparkNet-7B, trained with synthetic proofs, achieved 44.0% on MATH.",
            [(44.0, "SparkNet-7B")],
        ),
        ("The authors build an agent, Wren, achieving 33.5% success.", [(33.5, "Wren")]),
        # the system, not the model it runs on
        ("Kestrel with Llama-3-8B achieved 80.1% on ARC.", [(80.1, "Kestrel")]),
    ],
)
def test_the_subject_of_the_result_verb_is_the_model(text, expected):
    assert models(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # common words and kinds of model are not names
        "Training achieved 71.2% accuracy on GSM8K.",
        "A 7B LLM trained on the data achieved 55.0% on MMLU.",
        "Experiments show an accuracy of 81.0% on ARC.",
    ],
)
def test_no_system_is_named(text):
    assert [model for _, model in models(text)] == [""]


def test_a_number_in_a_names_parenthesis_is_that_systems():
    text = "Orion reaches 61.0% on ARC, outperforming Falcon-40B (52.1%) and Mixtral (55.3%)."
    assert models(text) == [(61.0, "Orion"), (52.1, "Falcon-40B"), (55.3, "Mixtral")]


def test_a_metric_or_a_benchmark_before_a_parenthesis_is_not_a_model():
    text = "Orion lowers LPIPS (0.21) and raises MathVista (from 39.4 to 45.0)."
    assert {model for _, model in models(text)} <= {"Orion", ""}


def test_a_number_for_a_name_is_that_systems_and_for_a_baseline_no_ones():
    assert models("Orion achieves an FID of 12.1 against 15.3 for RoboFlow.") == [
        (12.1, "Orion"),
        (15.3, "RoboFlow"),
    ]
    assert models("Orion achieves an FID of 12.1, compared to 15.3 for the base model.") == [
        (12.1, "Orion"),
        (15.3, ""),
    ]


def test_people_are_human():
    text = "Orion achieved 61.0% accuracy, far below human performance (92.0%)."
    assert models(text) == [(61.0, "Orion"), (92.0, "human")]


def test_from_a_named_model_to_the_method():
    text = "Sparrow improved the performance of Qwen2-7B from 31.2 to 45.6 on MATH."
    assert models(text) == [(31.2, "Qwen2-7B"), (45.6, "Sparrow")]
    unnamed = "Sparrow reduced the error from 9.5% to 4.1% on MATH."
    assert models(unnamed) == [(9.5, ""), (4.1, "Sparrow")]


def test_a_number_no_one_is_credited_with_is_the_papers_own_system():
    text = "On ARC, accuracy reached 61.0%, against 52.1% for Falcon-40B."
    assert extract_metrics(text, "Heron: Small Models That Reason")[0].model == "Heron"
    assert extract_metrics(text, "Heron: Small Models That Reason")[1].model == "Falcon-40B"
    # as the summary writes it, by the acronym it gives
    text = "Slow Light Tuning (SLT) lifts ARC accuracy to 61.0%."
    assert extract_metrics(text, "Slow Light Tuning: A Recipe")[0].model == "SLT"
    # a title without a name before a colon names no system
    assert extract_metrics("Accuracy reached 61.0% on ARC.", "Small models reason")[0].model == ""
    # a title name the summary never repeats must be one word to count
    assert (
        extract_metrics("Accuracy reached 61.0% on ARC.", "Towards Better Reasoning: A")[0].model
        == ""
    )
    # a benchmark paper's name is not the model of a number measured on it
    text = "The best model scores only 41.0% on ARCADE."
    assert extract_metrics(text, "ARCADE: A Hard Benchmark")[0].model == ""


def test_from_the_score_of_a_named_model():
    text = "Sparrow improves the FID score of a Heron-XL (300M) model from 19.1 to 3.4."
    assert models(text) == [(19.1, "Heron-XL"), (3.4, "Sparrow")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our method, Heron, achieved 71.0% on ARC.", [(71.0, "Heron")]),
        ("Models lag, with Falcon-40B achieving only 31.0% on ARC.", [(31.0, "Falcon-40B")]),
        ("The best score, 58.6% accuracy achieved by Falcon-40B, is low.", [(58.6, "Falcon-40B")]),
        (
            "Sparrow improves the DSG score for Heron-XL from 74.6 to 79.2.",
            [(74.6, "Heron-XL"), (79.2, "Sparrow")],
        ),
        (
            "Sparrow improves Heron-XL performance on MMLU from 67.9% to 70.3%.",
            [(67.9, "Heron-XL"), (70.3, "Sparrow")],
        ),
    ],
)
def test_more_ways_a_summary_credits_a_number(text, expected):
    assert models(text) == expected


def test_tex_in_a_title_is_not_part_of_the_name():
    text = "On ARC, top-kσ reaches 74.6% accuracy."
    assert extract_metrics(text, "Top-$k\\sigma$: Fewer Logits")[0].model == ""
    assert extract_metrics(text, "Top$^2$: Fewer Logits")[0].model == ""
    assert extract_metrics(text, "Top-$kσ$: Fewer Logits")[0].model == "top-kσ"


def test_an_unnamed_earlier_system_in_brackets_is_no_ones():
    # m49.3: "the previous best system's performance (11.21%)" is not the paper's system
    text = "RelayNav reaches a 31.5% success rate, well above the previous best agent's result (14.2%)."
    assert models(text) == [(31.5, "RelayNav"), (14.2, "")]
    # the system's own earlier version is still its own
    own = "RelayNav reaches a PSNR of 30.2, with its earlier version at 28.1."
    assert models(own)[0] == (30.2, "RelayNav")
