"""Enrichment is made faster without changing what it gives.

``tests/data/enrich_pinned.jsonl`` holds the topics and every metric field that
``enrich_records`` gave each hand-labelled paper's real text before the speed work
of issue #16 (written by ``scripts/check_same_outputs.py pin`` on that code). The
labelled evaluation (``digest-data evaluate``) scores the same text against the
labels; this file holds the outputs themselves fixed, field by field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest_data.enrich.records import enrich_records
from digest_data.enrich.topics import load_taxonomy, parse_taxonomy

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def enriched() -> list[tuple[dict, dict]]:
    labels, pinned = _rows("labels.jsonl"), _rows("enrich_pinned.jsonl")
    assert [(r["file"], r["line"]) for r in labels] == [(p["file"], p["line"]) for p in pinned]
    records = [{k: row.get(k) for k in ("title", "summary", "comments")} for row in labels]
    return list(zip(enrich_records(records, load_taxonomy()), pinned, strict=True))


def test_topics_are_as_pinned(enriched):
    differ = [(p["file"], p["line"]) for r, p in enriched if r["topics"] != p["topics"]]
    assert differ == []


def test_metrics_are_as_pinned_field_by_field(enriched):
    differ = [(p["file"], p["line"]) for r, p in enriched if r["_metrics"] != p["metrics"]]
    assert differ == []
    # The pinned text is not trivial: most papers report numbers.
    assert sum(len(p["metrics"]) for _, p in enriched) > 300


def test_a_term_is_found_in_every_written_form_and_overlapping():
    taxonomy = parse_taxonomy(
        """
        [topics.other]
        label = "Other"
        [topics.lm]
        label = "Language models"
        terms = { "language model" = 2, "large language model" = 1, "LLM" = 3 }
        """
    )
    # "Large Language Models" holds both terms (2 + 1); "LLMs" is the plural of the
    # case-sensitive "LLM" (3), but "llm" in lowercase is not it.
    assert taxonomy.scores("", "Large Language Models and LLMs, unlike llm.") == {"lm": 6.0}


def test_a_topic_listing_one_term_twice_is_capped_per_hit():
    # "video" and "videos" stem alike, so each occurrence hits the topic twice; the
    # body counts at most three hits of a (topic, term): 3 + 3 for the first
    # occurrence, 3 for the second, nothing after.
    taxonomy = parse_taxonomy(
        """
        [topics.other]
        label = "Other"
        [topics.video]
        label = "Video"
        terms = { video = 3, videos = 3 }
        """
    )
    assert taxonomy.scores("", "video. Videos, video and video") == {"video": 9.0}
    # A title is not capped and counts double: 2 * (3 + 3) per occurrence.
    assert taxonomy.scores("Video videos video", "") == {"video": 36.0}
