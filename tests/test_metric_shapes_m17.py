"""Shapes of results the extractor m17 reads: ranges written with a dash and no
unit, rates after a speed, plural metric words and names "at" a cutoff. Sentences
written for these tests, not taken from the labelled set."""

from __future__ import annotations

from digest_data.enrich.metrics import extract_metrics


def _found(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.unit, m.metric) for m in extract_metrics(text)]


def test_a_dash_range_without_a_unit_keeps_both_ends() -> None:
    text = "Raters gave the stories high fluency scores (4.61-4.8 across all groups)."
    assert [v for v, _, _ in _found(text)] == [4.61, 4.8]


def test_a_dash_range_before_a_rate_keeps_both_ends() -> None:
    text = "The renderer runs at 22-27 FPS on a laptop GPU."
    assert [(v, m) for v, _, m in _found(text)] == [(22.0, "fps"), (27.0, "fps")]


def test_a_dash_range_of_counts_is_no_result() -> None:
    assert _found("The puzzles need 3-4 reasoning steps each.") == []


def test_a_date_is_no_range() -> None:
    assert _found("The leaderboard was frozen on 2024-10-05 for the study.") == []


def test_frames_per_second_is_a_rate_not_a_count_of_frames() -> None:
    text = "The tracker processes 75 frames per second on one GPU."
    assert [v for v, _, _ in _found(text)] == [75.0]


def test_a_count_of_frames_stays_a_count() -> None:
    assert _found("Each clip has 120 frames at 512 pixels.") == []


def test_plural_accuracies_name_accuracy_for_every_number() -> None:
    text = "The 5-shot accuracies were 61.3% on ARC-Challenge and 70.2% on BoolQ."
    assert [(v, m) for v, _, m in _found(text)] == [(61.3, "accuracy"), (70.2, "accuracy")]


def test_plural_errors_keep_their_modifiers() -> None:
    text = "The planner reduced collision errors from 0.42 to 0.13 on nuScenes."
    assert [m for _, _, m in _found(text)] == ["collision errors", "collision errors"]


def test_a_name_at_a_cutoff_is_a_metric() -> None:
    text = "On ZeroNews, the retriever reaches an MRR@20 of 0.51 and an F1@10 of 38.2%."
    assert [(v, m) for v, _, m in _found(text)] == [(0.51, "mrr@20"), (38.2, "f1@10")]


def test_a_name_at_a_subset_is_a_metric() -> None:
    text = "The grounding model reaches an Acc@IoU score of 44.9% on the new split."
    assert [m for _, _, m in _found(text)] == ["acc@iou"]


def test_a_speed_named_before_a_rate_is_the_metric() -> None:
    text = "The decoder reaches a generation speed of 31.5 tokens/s on one GPU."
    assert [(v, m) for v, _, m in _found(text)] == [(31.5, "generation speed")]


def test_a_rate_with_no_speed_named_is_named_by_its_unit() -> None:
    assert [m for _, _, m in _found("The avatar renders at 48 FPS on a phone.")] == ["fps"]


def test_a_reward_model_names_no_metric() -> None:
    text = "The distilled reward model scores 91.3% on PrefBench-Hard."
    assert [(v, m) for v, _, m in _found(text)] == [(91.3, "")]


def test_a_reward_is_still_a_metric() -> None:
    text = "The policy obtains an average reward of 0.82 on the maze tasks."
    # m42: "average" is kept, as the labels mostly write it (was "reward")
    assert [m for _, _, m in _found(text)] == ["average reward"]
