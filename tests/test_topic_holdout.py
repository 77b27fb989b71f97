"""Topic assignment measured with whole months held out, and the picking rule."""

from __future__ import annotations

import pytest
from conftest import ROOT

from digest_data.analyse.evaluate import read_labels
from digest_data.analyse.topic_holdout import month_held_out, score
from digest_data.enrich.topics import FALLBACK, THRESHOLDS, Thresholds, load_taxonomy, pick

LABELS = ROOT / "tests" / "data" / "labels.jsonl"
TH = Thresholds(min_score=3.0, second_share=0.35, third_share=0.6, extra_min=6.0)


def test_pick_keeps_the_best_and_stricter_seconds_and_thirds():
    assert pick([], TH) == [FALLBACK]
    assert pick([("video", 2.9)], TH) == [FALLBACK]  # below min_score
    assert pick([("video", 3.0)], TH) == ["video"]
    # 20 * 0.35 = 7 for a second, 20 * 0.6 = 12 for a third
    ranked = [("video", 20.0), ("multimodal", 12.0), ("data", 11.9)]
    assert pick(ranked, TH) == ["video", "multimodal"]
    assert pick([("video", 20.0), ("multimodal", 13.0), ("data", 12.0)], TH) == [
        "video",
        "multimodal",
        "data",
    ]
    # a second below extra_min is dropped even when it is a large share of a small best
    assert pick([("video", 8.0), ("data", 5.9)], TH) == ["video"]


def test_score_counts_hits_per_topic():
    ranked = [[("video", 20.0), ("multimodal", 12.0)], [("code", 10.0)]]
    s = score(ranked, [["video"], ["code", "agents"]], TH)
    # predicted: {video, multimodal}, {code}; gold: {video}, {code, agents}
    assert (s.hits, s.predicted, s.gold, s.three) == (2, 3, 3, 0)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)


@pytest.fixture(scope="module")
def held_out():
    return month_held_out(read_labels(LABELS), load_taxonomy())


def test_every_month_is_held_out_once(held_out):
    per_month, pooled = held_out
    assert sorted(per_month) == ["2024-09", "2024-10", "2024-11", "2024-12"]
    assert pooled.papers == len(read_labels(LABELS))


def test_topics_on_months_not_tuned_on(held_out):
    """The figure to expect on a new month (0.787 when this was written; the rule
    before this change scored 0.782 the same way)."""
    _, pooled = held_out
    assert pooled.f1 >= 0.77, pooled
    assert pooled.precision >= 0.80, pooled


def test_shipped_thresholds_rarely_give_three_topics():
    rows = read_labels(LABELS)
    taxonomy = load_taxonomy()
    ranked = [taxonomy.ranked(r["title"], r["summary"], None) for r in rows]
    shipped = score(ranked, [r["topics"] for r in rows], THRESHOLDS)
    assert shipped.three_share <= 0.10, shipped
    assert shipped.f1 >= 0.78, shipped
