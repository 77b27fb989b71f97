"""Extractor m45.12-m45.14: three kinds of numbers a new user found drawn as MMLU scores
that are no results or no scores. The noise a system was trained under is a
setting; what a share of a dataset's items is like is a fact about the data; a share
of a thing's original size is a cost, even with an aside after it. And a sentence
that opens on one title-case word the registry writes as a benchmark is on it. The
sentences are written for the tests; each dropped, re-kinded or newly named number
fails with m45.11."""

import pytest

from digest_data.enrich.metrics import extract_metrics


def found(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.kind) for m in extract_metrics(text, "")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the noise trained under is no result; the accuracy is
        (
            "Trained under 40% label noise, the classifier keeps 88.1% accuracy on CIFAR-10.",
            [(88.1, "score")],
        ),
        ("With a noise rate of 0.2, accuracy stays at 91.5%.", [(91.5, "score")]),
        # a share of a dataset's items and what they are like
        (
            "Roughly 35% of the benchmark's problems involve geometry, and the best model "
            "solves 41.2% of them.",
            [(41.2, "score")],
        ),
        (
            "About 18% of the test questions require world knowledge; the model answers "
            "77.0% correctly.",
            [(77.0, "score")],
        ),
        # a share of the original size, an aside after it: a cost, not a score
        (
            "Pruning the dataset to 12% of its original size (about 4,000 images) keeps "
            "97.3% of the accuracy.",
            [(12.0, "efficiency"), (97.3, "score")],
        ),
    ],
)
def test_settings_data_facts_and_sizes_are_not_scores(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noise reduction is a result, the items a system solves its score, and a
        # share of answers judged correct a result too
        ("The denoiser gives a 30% noise reduction on SIDD.", [(30.0, "delta")]),
        ("The agent solves 35% of the problems in SWE-bench Lite.", [(35.0, "score")]),
        ("Human raters judged 62% of the generated answers to be correct.", [(62.0, "score")]),
        # an aside after a share that is no resource names nothing new
        (
            "It wins a bronze medal in 16.9% of competitions (pass@1).",
            [(16.9, "score")],
        ),
    ],
)
def test_results_beside_them_are_kept(text, expected):
    assert found(text) == expected


def test_a_share_in_brackets_of_a_resource_is_a_cost():
    """ "only a fraction (less than 20%) of the data": the bracket closes before what
    the share is of; still a cost, and still named by nothing."""
    text = "The filter trains on only a small part (under 15%) of the data with no loss."
    assert [(m.value, m.kind, m.metric) for m in extract_metrics(text, "")] == [
        (15.0, "efficiency", "")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # m45.14: a sentence that opens on one title-case word the registry writes as a
        # benchmark is on it, as a number "on" it is; a later clause keeps its own
        ("On Winogrande, the pruned model keeps 78.2% accuracy.", [(78.2, "Winogrande")]),
        (
            "On Spider, accuracy rises to 62.1%, and on BIRD it reaches 55.0%.",
            [(62.1, "Spider"), (55.0, "BIRD")],
        ),
        # an everyday word is no benchmark however the registry writes it
        ("On Traffic, the forecaster lowers MSE by 12%.", [(12.0, "")]),
    ],
)
def test_a_sentence_opening_on_a_registry_word_is_on_it(text, expected):
    assert [(m.value, m.benchmark) for m in extract_metrics(text, "")] == expected
