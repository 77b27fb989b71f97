"""Which benchmark a number is on, when the summary names it with an acronym or in an
earlier sentence (issue #13 part 2, the benchmark side of tuples).

Each summary is written in the style of the digests, not copied from a labelled
one; the expected (value, benchmark) is what a reader following
tests/data/LABELING.md writes down."""

from __future__ import annotations

import pytest
from conftest import benchmarks_of as on

from digest_data.enrich.bench_names import short_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A benchmark written as its full name and its acronym is the acronym
        # (LABELING.md), whichever of the two comes first ...
        (
            "On the Long Range Arena (LRA) benchmark, the model reaches 61.2% accuracy.",
            [(61.2, "LRA")],
        ),
        (
            "The agent solves 27.5% of the HLE (Humanity's Last Exam) benchmark questions.",
            [(27.5, "HLE")],
        ),
        # ... also when the acronym covers more words than the name found first.
        (
            "The planner reaches a 44.1% success rate on the ALFRED Household Tasks "
            "(AHT) benchmark.",
            [(44.1, "AHT")],
        ),
    ],
)
def test_a_benchmark_with_its_acronym_is_the_acronym(text, expected):
    assert on(text) == expected


def test_short_form_keeps_a_name_whose_brackets_are_not_its_acronym():
    text = "On the Cityscapes (val) split, the model reaches 82.0 mIoU."
    assert short_form("Cityscapes", text, 0, len(text)) == "Cityscapes"


def test_a_later_number_is_on_the_benchmark_the_summary_introduced():
    text = (
        "The authors introduce a new benchmark, Quillmark, of 3,000 legal drafting "
        "questions. The best model, GPT-4o, answers only 38.5% of them correctly."
    )
    assert on(text) == [(38.5, "Quillmark")]


@pytest.mark.parametrize(
    "text",
    [
        # A name the summary calls only a dataset is often what a model was trained
        # on: a later number is not plainly a result on it.
        "The authors curate a new dataset, Quillmark, of 3,000 legal drafts. "
        "Fine-tuning on it improves drafting accuracy by 6.2% over the base model.",
        "They train a policy on Quillmark, a dataset of 40 hours of teleoperation. "
        "The policy reaches a 71% success rate on real hardware.",
    ],
)
def test_a_later_number_is_not_on_a_dataset_the_summary_only_curated(text):
    assert [b for _, b in on(text)] == [""]


def test_a_known_benchmark_called_a_dataset_still_carries():
    text = (
        "We evaluate on the GSM8K dataset. Our 7B model reaches 81.3% accuracy, "
        "4.2 points above the baseline."
    )
    assert on(text) == [(81.3, "GSM8K"), (4.2, "GSM8K")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "respectively" pairs a list of numbers with a list of benchmarks, in order ...
        (
            "The model scores 45.1% and 38.2% on MMLU and GSM8K, respectively.",
            [(45.1, "MMLU"), (38.2, "GSM8K")],
        ),
        (
            "Scores rise to 71.3, 65.0 and 58.2 on VQAv2, GQA, and TextVQA, respectively.",
            [(71.3, "VQAv2"), (65.0, "GQA"), (58.2, "TextVQA")],
        ),
        # ... or with the benchmarks the sentence named before the list, in order.
        (
            "It reaches 41.0% on MATH and 80.2% on GSM8K, gains of 9.5% and 4.4% "
            "respectively over the base model.",
            [(41.0, "MATH"), (80.2, "GSM8K"), (9.5, "MATH"), (4.4, "GSM8K")],
        ),
        # Models listed after the numbers are not benchmarks.
        (
            "Pruning keeps 97.1% and 95.4% of the accuracy of Llama-3-8B and Qwen2-7B, "
            "respectively.",
            [(97.1, ""), (95.4, "")],
        ),
    ],
)
def test_respectively_pairs_numbers_and_benchmarks_in_order(text, expected):
    assert on(text) == expected


def test_a_later_number_is_not_on_data_a_model_was_tuned_on():
    text = (
        "The authors pre-train small models, fine-tuning them on PaperDocs for "
        "document questions. The 1B model reaches a ROUGE-L of 0.47."
    )
    assert on(text) == [(0.47, "")]


def test_a_later_number_is_not_on_one_of_several_benchmarks_named_together():
    text = (
        "The models are evaluated on AlpacaEval 2.0 and WildChat. The best one "
        "wins 61.2% of its comparisons against GPT-4."
    )
    assert on(text) == [(61.2, "")]


def test_a_benchmark_named_alone_after_a_list_carries_again():
    text = (
        "The models are evaluated on AlpacaEval 2.0 and WildChat. A second study "
        "uses the new LongQuill benchmark. There the best model reaches 48.0%."
    )
    assert on(text) == [(48.0, "LongQuill")]


def test_a_system_in_a_framework_is_not_the_benchmark_the_sentence_declares():
    text = (
        "A BERT encoder with a CRF head in PolyTag achieves 91.4% accuracy for "
        "nested entity tagging with coarse labels on the CoNLL-2003 dataset."
    )
    assert on(text) == [(91.4, "CoNLL-2003")]
