"""How the metric of a number is named (``digest_data/enrich/metric_names.py``),
following the rulings of tests/data/LABELING.md.

Each sentence is written here in the style of the digests, not copied from a
labelled summary; the expected name is what a reader following the guide writes."""

from __future__ import annotations

import pytest

from digest_data import canonical_metric
from digest_data.enrich.benchmarks import load_registry
from digest_data.enrich.metric_names import acronym_after, acronym_defined
from digest_data.enrich.metrics import extract_metrics


def metrics(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.metric) for m in extract_metrics(text)]


# --- A name given with its acronym is reported by the acronym, lower case --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A known head ("distance", "error", "coefficient", "accuracy") with words of
        # its own before it.
        ("The decoder lowers the Kernel Inception Distance (KID) to 3.12.", [(3.12, "kid")]),
        (
            "Tracking reaches a Median Endpoint Error (MEE) of 2.4 px on cloth.",
            [(2.4, "mee")],
        ),
        (
            "The segmenter scores a Dice Similarity Coefficient (DSC) of 0.91 on livers.",
            [(0.91, "dsc")],
        ),
        # A known name whose acronym also spans the word before it.
        ("It reaches a mean Average Precision (mAP) of 47.3 on aerial scenes.", [(47.3, "map")]),
        # Hyphens split words: "Frame-Level" gives two initials.
        (
            "It keeps an average Frame-Level Accuracy (aFLA) of 87.5% on long clips.",
            [(87.5, "afla")],
        ),
    ],
)
def test_a_name_with_its_acronym_is_reported_by_the_acronym(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "end_word", "expected"),
    [
        ("a Chamfer Distance (CD) of", "Distance", "cd"),
        ("the Intersection over Union (IoU) of", "Union", "iou"),
        # Small words may be left out of an acronym.
        ("a Percentage of Correct Keypoints (PCK) of", "Keypoints", "pck"),
        # A word in capitals may stand whole in the acronym.
        ("a reconstruction FID (rFID) of", "FID", "rfid"),
        ("a generation FVD (gFVD) of", "FVD", "gfvd"),
        # ... but only as the end of what is left to match.
        ("a reconstruction FID (FIDr) of", "FID", ""),
        # Not the initials of the words before: not this name's acronym.
        ("the Chamfer Distance (FD) of", "Distance", ""),
        # Lower case in parentheses is a word, not an acronym.
        ("the Chamfer Distance (cd) of", "Distance", ""),
        # Nothing in parentheses right after.
        ("the Chamfer Distance of (CD)", "Distance", ""),
    ],
)
def test_acronym_defined_reads_the_initials_of_the_words_before(text, end_word, expected):
    end = text.index(end_word) + len(end_word)
    assert acronym_defined(text, end) == expected


# --- An acronym written right after a score is its measure ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the city split the planner reaches 91.4 EPDMS without map priors.", (91.4, "epdms")),
        ("The reader answers with 44.7% EM on the open-domain set.", (44.7, "em")),
        ("It also reaches 0.612 Layout-IoU on the room test.", (0.612, "layout-iou")),
        ("It gives a 2.9% AO gain over the tracker it extends.", (2.9, "ao")),
    ],
)
def test_an_acronym_right_after_a_score_names_its_measure(text, expected):
    assert metrics(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A benchmark the registry knows, written right after its score.
        "The model reaches 71.3% MMLU after tuning.",
        # A model family or a generic acronym is no measure.
        "We compare 12.5% LLMs that refuse with those that comply.",
        # A unit of size.
        "The index shrinks by 31.5% to 1.7 TB on disk.",
    ],
)
def test_an_acronym_after_a_score_that_is_no_measure_names_nothing(text):
    assert [name for _, name in metrics(text)] == [""] * len(metrics(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reaches 88.1 PDMS on", "PDMS"),
        ("scores 30.1% EM)", "EM"),
        # A bare integer before a capitalised word counts things: "32 NFE", "15 LLMs".
        ("evaluated with 32 NFE and", ""),
        # One capital is an ordinary word or a unit ("35.4 dB").
        ("gains 35.4 dB over", ""),
        # A plural acronym names things, not a measure.
        ("beats 3.5% LLMs in", ""),
    ],
)
def test_acronym_after_reads_the_word_after_a_share_or_decimal(text, expected):
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = text.index(" ", start)
    assert acronym_after(text, start, end) == expected


# --- What is not part of a metric's name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of change before the name is the sentence's action, not a modifier.
        (
            "The planner increases route completion success rate from 41.0% to 58.5%.",
            [(41.0, "route completion success rate"), (58.5, "route completion success rate")],
        ),
        (
            "It runs faster while lowering inference cost by 35%.",
            [(35.0, "inference cost")],
        ),
        # Nor is a word that compares.
        (
            "Even the best system stays well below expert accuracy (over 92%).",
            [(92.0, "expert accuracy")],
        ),
    ],
)
def test_verbs_and_comparisons_are_not_part_of_a_name(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Merging the adapters improves ARC performance by 6.2% on the small model.",
        "The tuned model shows a 14% increase in performance on the hard split.",
    ],
)
def test_performance_names_no_measure(text):
    # LABELING.md: "" unless the text names a measure.
    assert [name for _, name in metrics(text)] == [""]


def test_a_metric_acronym_the_text_defines_is_never_a_model():
    text = (
        "Most systems do poorly in Exact Match (EM), with only two retrievers "
        "reaching EM scores around 62."
    )
    found = extract_metrics(text)
    # the measure is the acronym the text defines (LABELING.md), and no model
    assert [(m.value, m.metric, m.model) for m in found] == [(62.0, "em", "")]


def test_a_reconstruction_fid_is_not_a_generation_fid():
    # A tokenizer's reconstruction FID and a generator's FID are different
    # leaderboards; the registry knows rFID as its own metric, lower is better.
    (found,) = extract_metrics(
        "The tokenizer reaches a reconstruction FID (rFID) of 0.81 on ImageNet."
    )
    assert (found.value, found.metric, found.benchmark) == (0.81, "rfid", "ImageNet")
    assert canonical_metric("reconstruction FID") == "rfid"
    assert canonical_metric("FID") == "fid"
    assert load_registry().metric_better["rfid"] == "lower"


def test_from_a_to_b_is_one_measure():
    # "the IS score from 64.3 to 288.2": both ends are the Inception Score, whatever
    # the sentence named before them.
    found = extract_metrics(
        "It lowers the FID score from 9.2 to 4.1 and lifts the IS score from 120.5 to 201.7."
    )
    assert [(m.value, m.metric) for m in found] == [
        (9.2, "fid"),
        (4.1, "fid"),
        (120.5, "is"),
        (201.7, "is"),
    ]


def test_both_ends_of_a_cost_cut_from_a_to_b_are_efficiency_figures_of_that_cost():
    # What a verb cuts "from A to B" names both ends, and they are levels of a cost
    # (efficiency), not scores a leaderboard would rank.
    found = extract_metrics(
        "It is 4x faster, cutting decoding latency from 820 ms to 205 ms on one GPU."
    )
    assert [(m.value, m.metric, m.kind) for m in found] == [
        (4.0, "speedup", "efficiency"),
        (820.0, "decoding latency", "efficiency"),
        (205.0, "decoding latency", "efficiency"),
    ]
