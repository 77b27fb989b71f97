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
