"""Extractor m44: a measure no vocabulary holds, named by the text's own words right
before "of" and the number ("a token churn of 0.62") or right after the
number when they end its phrase ("92% kernel occupancy"); most of these tests fail
with m43.19. Each expected name is what
the sentence says, worked out by reading it; the sentences are written for the test."""

import pytest
from conftest import metric_of

from digest_data.enrich.metrics import extract_metrics


@pytest.mark.parametrize(
    "text, value, measure",
    [
        (
            "The planner reaches a mean path length of 14.2 on unseen maps.",
            14.2,
            "mean path length",
        ),
        ("Its best variant shows a token churn of 0.62 on the logs.", 0.62, "token churn"),
        ("The robot keeps a grasp completion of 93% across the trials.", 93, "grasp completion"),
        (
            "The codec holds a packet loss tolerance of about 12% before artefacts appear.",
            12,
            "packet loss tolerance",
        ),
        ("The pipeline needs a wall time of only 41 seconds per document.", 41, "wall time"),
    ],
)
def test_the_words_a_determiner_opens_before_of_name_the_measure(text, value, measure):
    assert metric_of(text, value) == measure


@pytest.mark.parametrize(
    "text, value",
    [
        # judging, counting and setting words name no measure (LABELING.md)
        ("The model attains a score of 0.65 on the held-out split.", 0.65),
        ("Across the suite it gives an average gain of 4.2 points.", 4.2),
        ("It yields an improvement of 7% over the strongest baseline.", 7),
        ("The draft keeps a margin of 3.5 points over the runner-up.", 3.5),
    ],
)
def test_a_judging_or_counting_word_before_of_names_nothing(text, value):
    assert metric_of(text, value) == ""


def test_a_known_measure_before_of_keeps_its_own_rules():
    # the registry's measure, not the words around it
    assert metric_of("The detector reaches an F1 of 0.88 on the new split.", 0.88) == "f1"


@pytest.mark.parametrize(
    "text, value, measure",
    [
        ("The scheduler sustains 92% kernel occupancy under mixed loads.", 92, "kernel occupancy"),
        ("The adapter adds under 0.8% memory overhead.", 0.8, "memory overhead"),
        ("The vaccine candidates gave 60-75% survival in the animal study.", 60, "survival"),
        ("The encoder reaches 48.2 mask AP on the validation images.", 48.2, "mask ap"),
        # "along with" ends the phrase as "with" does
        (
            "It reaches 12.5x prompt compression along with a small loss.",
            12.5,
            "prompt compression",
        ),
    ],
)
def test_plain_words_ending_the_phrase_after_a_number_name_the_measure(text, value, measure):
    assert metric_of(text, value) == measure


@pytest.mark.parametrize(
    "text, value",
    [
        # a change, a comparison, a unit, a time, a baseline or a setting after it
        ("The method brings a 6.1% improvement over the base model.", 6.1),
        ("The distilled model is 3x smaller than its teacher.", 3),
        ("The probe finishes in 12 minutes on one GPU.", 12),
        ("The network trains 40% longer on the larger split.", 40),
        ("The drift is 3.1 m over the route, against 9.4 m for odometry.", 9.4),
        ("It reaches 71% against the pruned model and 64% against the dense one.", 64),
    ],
)
def test_words_after_a_number_that_judge_compare_or_count_name_nothing(text, value):
    assert metric_of(text, value) == ""


@pytest.mark.parametrize(
    "text, value",
    [
        # from the second review (m44.2): settings, make-up and populations are no measures
        ("Fine-tuned under 20% corrupted targets, the tagger still reaches 88.0% F1.", 20),
        ("The corpus keeps 62% English documents after filtering.", 62),
        ("The panel had 41% clinicians from rural sites.", 41),
        ("Decoding at 0.6 temperature, the model solves 55.1% of the puzzles.", 0.6),
        ("Each clip has a duration of 8 seconds and the judge agrees 91% of the time.", 8),
    ],
)
def test_a_setting_a_make_up_or_a_population_after_a_number_names_no_measure(text, value):
    assert metric_of(text, value) == ""


def test_a_phrase_after_a_number_ends_before_against():
    text = "The filter gives 70-90% immunity against indirect prompt injection."
    assert metric_of(text, 70) == "immunity"


def test_a_measure_named_right_before_the_number_wins_over_words_after_it():
    text = "The agent reaches an accuracy of 77.0% overall on the hard split."
    assert metric_of(text, 77.0) == "accuracy"


def test_a_benchmark_named_after_its_head_word_opens_the_clause():
    # m44.3: "on the new Korean benchmark KoSafe": the head word before the name, a
    # language among the words describing it
    text = "On the new Korean benchmark KoSafe, the guard reaches 88.4% refusal accuracy."
    found = [(m.value, m.benchmark) for m in extract_metrics(text)]
    assert found == [(88.4, "KoSafe")]


def test_a_share_of_the_original_is_of_the_measure_named_before():
    # m44.4: "of the original" refers back; whose a measure is and what introduces
    # examples are no part of its name
    text = "The pruning cuts activation memory to 41.5% of the original."
    assert metric_of(text, 41.5) == "activation memory"
    text = "It leads on most sets, including PESQ scores of 3.41 on VCTK."
    assert metric_of(text, 3.41) == "pesq score"
    text = "It raised the annotators' labelling accuracy by 9.5% on hard cases."
    assert metric_of(text, 9.5) == "accuracy"  # and, since m45.10, no task gerund
    text = "It raised the annotators' label accuracy by 9.5% on hard cases."
    assert metric_of(text, 9.5) == "label accuracy"


def test_a_whole_number_spread_over_things_counts_them():
    # m44.5: any plural after "across", "covering", "spanning", "among"
    found = [m.value for m in extract_metrics("It lifts recall by 6.2% across 23 rare diseases.")]
    assert found == [6.2]
    found = [m.value for m in extract_metrics("Its AUROC is 0.91 covering 41 tumour types.")]
    assert found == [0.91]


def test_a_comparison_or_a_relative_word_is_no_part_of_a_measure():
    # m44.6: "3.1x sharper than" compares; "where" opens a clause
    assert metric_of("The new renderer is 3.1x sharper than the old one.", 3.1) == ""
    text = "The gains peak on the hard split, where recall climbs from 12% to 58%."
    assert metric_of(text, 58) == "recall"
