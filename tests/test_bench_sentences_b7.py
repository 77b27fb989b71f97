"""Which benchmark a number is on, for ways of writing a summary that the naming
rules read wrong before (issue #13 part 2, branch tuples-b7).

Each summary is written in the style of the digests, not copied from a labelled
one; the expected (value, benchmark) is what a reader following
tests/data/LABELING.md writes down."""

from __future__ import annotations

import pytest
from conftest import benchmarks_of as on


@pytest.mark.parametrize(
    "previous",
    [
        "The tokenizer is trained on C4.",
        "The encoder was fine-tuned on LAION.",
        "Both detectors are trained on web images.",
    ],
)
def test_what_an_earlier_sentence_trained_on_does_not_hide_the_next_sentences_benchmark(
    previous,
):
    # "trained on X." ends its sentence: the "On" opening the next one is where the
    # results were measured, not more of what the model was trained on.
    text = f"{previous} On the MS COCO val2017 dataset, it reaches 48.2 AP."
    assert on(text) == [(48.2, "MS COCO val2017")]


def test_a_part_of_a_suite_after_a_sentence_about_training_data_is_the_part():
    text = (
        "The detector is trained on ShapeNet. On ModelNet's MN-Hard split, it "
        "reaches 90.2% accuracy, against 88.7% for the baseline."
    )
    assert on(text) == [(90.2, "MN-Hard"), (88.7, "MN-Hard")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agent beats GPT-4 on long-horizon tasks drawn from WebArena and shows "
            "a 7.5% higher success rate.",
            [(7.5, "WebArena")],
        ),
        (
            "Trained with the new curriculum, the model handles real-world queries from "
            "ChatbotArena better, with a 12% higher win rate.",
            [(12.0, "ChatbotArena")],
        ),
    ],
)
def test_a_benchmark_named_earlier_in_the_numbers_own_sentence_is_carried(text, expected):
    # Carried as a benchmark named in an earlier sentence is: a name shaped like one
    # ("-Bench", "-Arena", "-QA", "-Eval") that no "on X" ties to the number.
    assert on(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The recognizer reaches a WER of 2.1% on LibriSpeech test-other.",
            [(2.1, "LibriSpeech test-other")],
        ),
        (
            "The model scores 48.5% on the GPQA Diamond set, up from 41.0%.",
            [(48.5, "GPQA Diamond"), (41.0, "GPQA Diamond")],
        ),
        (
            "The agent reaches a 54.2% pass rate on SWE-bench Multimodal.",
            [(54.2, "SWE-bench Multimodal")],
        ),
        # The word calling it a benchmark or a set is no part of the name ...
        ("It reaches 71.2% accuracy on the WebVoyager test set.", [(71.2, "WebVoyager")]),
        # ... and a word after a name the registry knows no longer name with stays out.
        ("It reaches 80.1% accuracy on MMLU overall.", [(80.1, "MMLU")]),
    ],
)
def test_a_split_or_subset_the_registry_keeps_apart_is_named_in_full(text, expected):
    # A leaderboard keeps LibriSpeech test-clean and test-other, GPQA and GPQA
    # Diamond apart (issue #13): the words after a name are kept when the registry
    # knows the longer name as a benchmark of its own.
    assert on(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It reaches 71.5% accuracy on the English XNLI test set.", [(71.5, "XNLI")]),
        ("The model reaches 88.2% on the Spanish MGSM dataset.", [(88.2, "MGSM")]),
        # A name the registry knows whole stays whole.
        (
            "It answers 45.0% correctly on the Chinese SimpleQA dataset.",
            [(45.0, "Chinese SimpleQA")],
        ),
    ],
)
def test_a_language_or_part_written_before_a_known_benchmark_is_the_benchmark(text, expected):
    # "the English MGSM dataset" is the English part of MGSM, not a benchmark of its
    # own: a part of a suite that is no dataset of its own is the suite (LABELING.md).
    assert on(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the XTREME benchmark, the model gains 4.1% on average across 40 languages.",
            [(4.1, "XTREME")],
        ),
        (
            "On the BIG-Bench Hard suite, the agent reaches 72.5% accuracy across 23 tasks.",
            [(72.5, "BIG-Bench Hard")],
        ),
        # Over several benchmarks, a figure is on none of them.
        (
            "On MMLU, it reaches 70.2%, and it improves by 3.1% across five benchmarks.",
            [(70.2, "MMLU"), (3.1, "")],
        ),
    ],
)
def test_a_figure_across_the_tasks_of_the_named_benchmark_is_on_it(text, expected):
    assert on(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year written with an apostrophe is part of the name, and no score.
        ("It scores 79.8% on AIME'24, surpassing the baseline.", [(79.8, "AIME'24")]),
        ("The model reaches 41.7% on HMMT’25.", [(41.7, "HMMT’25")]),
        # A variant marked with a plus is another benchmark (issue #13).
        (
            "It achieves 90.2% on HumanEval+ and 76.4% on MBPP+.",
            [(90.2, "HumanEval+"), (76.4, "MBPP+")],
        ),
        ("It reaches 45.3 mIoU on ScanNet++.", [(45.3, "ScanNet++")]),
        # A benchmark written in lower case or Greek that calls itself a bench.
        ("On tau-bench Retail, the agent resolves 62.3% of tasks.", [(62.3, "tau-bench Retail")]),
        (
            "The agent reaches 48.2% on τ-bench, up from 41.0%.",
            [(48.2, "τ-bench"), (41.0, "τ-bench")],
        ),
        # A version the registry knows is part of the name, not a second score.
        (
            "The model reaches a 52.3% LC win rate on AlpacaEval 2.0.",
            [(52.3, "AlpacaEval 2.0")],
        ),
    ],
)
def test_names_written_as_recent_papers_write_them(text, expected):
    assert on(text) == expected


def test_a_score_written_after_a_benchmarks_name_is_still_a_score():
    from digest_data.enrich.metrics import extract_metrics

    # "MMLU 85.3" is no benchmark the registry knows: the number is a score, as it
    # was before versions were read from the registry.
    assert [m.value for m in extract_metrics("Accuracy: MMLU 85.3 after tuning.")] == [85.3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It reaches a PSNR of 24.1 on the Tanks & Temples dataset.", [(24.1, "Tanks & Temples")]),
        ("It reaches a PSNR of 24.1 on Tanks and Temples.", [(24.1, "Tanks and Temples")]),
    ],
)
def test_a_title_case_name_known_to_the_registry_may_join_words_with_an_ampersand(text, expected):
    assert on(text) == expected


def test_a_figure_on_tasks_its_words_do_not_name_takes_no_name_from_its_own_sentence():
    # The data the model was trained on is named first in the sentence; the figure
    # is on tasks the sentence does not name.
    text = (
        "Results on a 20B SlimPajama dataset show a 3% average accuracy improvement "
        "on downstream zero-shot reasoning tasks."
    )
    assert on(text) == [(3.0, "")]
