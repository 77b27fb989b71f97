"""Topic assignment measured with whole months held out, and the picking rule."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import ROOT

from digest_data.analyse.evaluate import read_labels
from digest_data.analyse.topic_holdout import (
    fit_calibration,
    fit_on,
    lead_rows,
    month_held_out,
    neighbour_votes,
    ranked_rows,
    score,
    word_rows,
)
from digest_data.enrich.topic_neighbours import Vote
from digest_data.enrich.topics import (
    CALIBRATION,
    FALLBACK,
    Calibration,
    CalibrationError,
    load_calibration,
    load_taxonomy,
    pick,
)

LABELS = ROOT / "tests" / "data" / "labels.jsonl"
# Round numbers near the shipped ones: a topic after the best is kept when
# -3.6 + 1.5 ln(1 + score) + 1.4 score / best - 0.7 [third] >= 0.
CAL = Calibration(min_score=3.0, log_score=1.5, share=1.4, third=-0.7, intercept=-3.6)


def test_pick_keeps_a_clear_second_beside_an_inflated_best():
    # second: -3.6 + 1.5 ln 13 (3.85) + 1.4 * 12/40 (0.42) = 0.67, kept, though it
    # is only 30% of the best (a share rule at 35% dropped it)
    assert pick([("video", 40.0), ("image-generation", 12.0)], CAL) == [
        "video",
        "image-generation",
    ]


def test_pick_drops_a_faint_second_even_at_a_large_share():
    # -3.6 + 1.5 ln 3 (1.65) + 1.4 * 2/6 (0.47) = -1.49
    assert pick([("video", 6.0), ("data", 2.0)], CAL) == ["video"]


def test_a_third_topic_needs_more_than_a_second():
    # second 12 of 20: -3.6 + 3.85 + 0.84 = 1.09, kept
    # third 12 of 20: the same - 0.7 = 0.39, kept; third 8: -3.6 + 3.30 + 0.56 - 0.7 = -0.44
    assert pick([("video", 20.0), ("multimodal", 12.0), ("data", 12.0)], CAL) == [
        "video",
        "multimodal",
        "data",
    ]
    assert pick([("video", 20.0), ("multimodal", 12.0), ("data", 8.0)], CAL) == [
        "video",
        "multimodal",
    ]
    # no third without a second
    assert pick([("video", 40.0), ("multimodal", 3.0), ("data", 3.0)], CAL) == ["video"]


def test_nothing_scoring_enough_is_other():
    assert pick([], CAL) == [FALLBACK]
    assert pick([("video", 2.9)], CAL) == [FALLBACK]
    assert pick([("video", 3.0)], CAL) == ["video"]


def test_score_counts_hits_and_papers_per_number_of_topics():
    ranked = [[("video", 40.0), ("multimodal", 12.0)], [("code", 10.0)]]
    s = score(ranked, [["video"], ["code", "agents"]], CAL)
    # predicted: {video, multimodal}, {code}; gold: {video}, {code, agents}
    assert (s.hits, s.predicted, s.gold, s.two, s.three) == (2, 3, 3, 1, 0)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)
    assert s.one_share == pytest.approx(0.5)


# Summaries written for these tests, in the digests' style (not from the labels).
QUANTIZED = (
    "Low-Bit Quantization of Diffusion Transformers for Text-to-Image Generation",
    "This paper introduces a post-training quantization method for diffusion "
    "transformers used in text-to-image generation. Weights and activations are "
    "quantized to 4 bits, cutting memory by 3x and latency by half while keeping image "
    "quality close to the full-precision model. Experiments on Stable Diffusion 3 and "
    "PixArt show FID within 0.5 of the baseline.",
)
SPEECH = (
    "Whisper-Lite: Robust Speech Recognition for Accented Speakers",
    "The authors present a speech recognition model trained on 20,000 hours of accented "
    "English audio. It lowers word error rate (WER) by 18% relative to Whisper on "
    "accented speakers, and by 6% on standard speech test sets. The model transcribes "
    "spoken audio in real time and is released with its training recipe.",
)
VIDEO = (
    "MotionFlow: Temporally Consistent Text-to-Video Generation",
    "MotionFlow is a text-to-video model that keeps objects consistent across frames. A "
    "motion module predicts how each object moves between frames, and the video "
    "diffusion model is conditioned on it. On the VBench benchmark MotionFlow improves "
    "temporal consistency by 9% over prior video generators, and human raters prefer "
    "its videos 68% of the time.",
)


def test_a_paper_with_a_clear_second_topic_gets_it():
    taxonomy = load_taxonomy()
    assert taxonomy.classify(*QUANTIZED, None) == ["image-generation", "efficiency"]


@pytest.mark.parametrize(("paper", "topic"), [(SPEECH, "audio-speech"), (VIDEO, "video")])
def test_a_paper_about_one_thing_gets_one_topic(paper, topic):
    # the video summary brushes past a diffusion and a benchmark term
    assert load_taxonomy().classify(*paper, None) == [topic]


@pytest.fixture(scope="module")
def held_out():
    return month_held_out(read_labels(LABELS), load_taxonomy())


def test_every_month_is_held_out_once(held_out):
    per_month, pooled = held_out
    assert sorted(per_month) == ["2024-09", "2024-10", "2024-11", "2024-12"]
    assert pooled.papers == len(read_labels(LABELS))


def test_topics_on_months_not_fit_on(held_out):
    """The figure to expect on a new month: 0.834 (P 0.853, R 0.816) on the 986
    labelled papers, the same rules refit after rounds 8 and 9 joined (153 fresh
    papers; they scored 0.820 and 0.843 before it); 0.835 (P 0.853, R 0.818) on
    833, refit after round 7's 57 fresh papers joined (they scored 0.822 before
    it: harder than the labels before them); 0.841
    (P 0.864, R 0.819) on the 776 labelled papers with a study the paper presents counted as made (0.840, P
    0.863, without), 0.832 (P 0.847) on the first 676, with the neighbours' votes and
    first-sentence scores (0.814, P
    0.829, with term scores alone; 0.820, P 0.835, on the first 576 since a word counts for one
    topic and a dataset or benchmark the paper makes counts; 0.812, P 0.823, before
    that; 0.809, P 0.842, on the first 336); share-of-the-best thresholds chosen the same way scored 0.801 (P 0.814)
    on those 336 and gave 16% of papers three topics. The readers gave three to
    14% of the 576; the pick gives 10%, and must stay below them."""
    _, pooled = held_out
    assert pooled.f1 >= 0.830, pooled
    assert pooled.precision >= 0.848, pooled
    # Readers gave three to 13.4% of the 986 (17.6% of rounds 8 and 9); held out,
    # the pick gives 11.1% (the bound was 0.11 until rounds 8 and 9 joined).
    assert pooled.three_share <= 0.12, pooled


def test_shipped_calibration_is_what_the_committed_fit_gives():
    """``scripts/tune_topics.py --write`` on the labels reproduces the shipped file."""
    fitted = fit_on(read_labels(LABELS), load_taxonomy())
    for field in dataclasses.fields(Calibration):
        shipped, refit = getattr(CALIBRATION, field.name), getattr(fitted, field.name)
        assert refit == pytest.approx(shipped, abs=1e-6), field.name


def test_shipped_calibration_rarely_gives_three_topics():
    rows = read_labels(LABELS)
    gold = [r["topics"] for r in rows]
    everyone = list(range(len(rows)))
    # each paper's neighbours are the other labelled papers, as when it was fit
    votes = neighbour_votes(word_rows(rows), gold, everyone, [])
    taxonomy = load_taxonomy()
    shipped = score(
        ranked_rows(rows, taxonomy),
        gold,
        CALIBRATION,
        [votes[i] for i in everyone],
        lead_rows(rows, taxonomy),
    )
    # the labels give 15% of papers three topics; readers of 2025 papers fewer
    assert shipped.three_share <= 0.10, shipped
    assert shipped.f1 >= 0.80, shipped


def test_a_broken_calibration_file_is_named(tmp_path):
    path = tmp_path / "calibration.json"
    path.write_text('{"min_score": 3.0, "share": 1.0}', "utf-8")  # no log_score, ...
    with pytest.raises(CalibrationError, match="calibration.json"):
        load_calibration(path)


def test_a_fit_with_nothing_to_tell_apart_keeps_all_or_nothing():
    single = [[("video", 20.0), ("multimodal", 12.0)]]
    assert pick(single[0], fit_calibration(single, [["video", "multimodal"]])) == [
        "video",
        "multimodal",
    ]
    assert pick(single[0], fit_calibration(single, [["video"]])) == ["video"]
    assert pick(single[0], fit_calibration([[("code", 9.0)]], [["code"]])) == ["video"]


def test_a_voter_never_sees_the_month_it_is_scored_on():
    """``month_held_out``'s voter (as a sentence-embedding experiment plugs in) is
    asked once per month, with that month's papers to score and the others to fit."""
    rows = read_labels(LABELS)[::12]
    months = [r["file"][:7] for r in rows]
    asked = []

    def voter(given, train, test):
        asked.append(({months[i] for i in train}, {months[i] for i in test}))
        return {i: Vote() for i in train + test}

    per_month, _ = month_held_out(rows, load_taxonomy(), voter)
    assert [test for _, test in asked] == [{m} for m in sorted(per_month)]
    assert all(not train & test and len(train) == 3 for train, test in asked)
