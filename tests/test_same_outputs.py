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

from digest_data.enrich import metric_match
from digest_data.enrich.metric_words import EFFICIENCY_METRICS, QUALITY_METRICS
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


# One spelling or more of every metric name the extractor knows, in the cases
# summaries write them.
QUALITY_SPELLINGS = """pass@1|pass^4|pass^k|Hits@10|hit@5|Acc@1|mAP@50|R@1|BLEU@4|top-1 R-Precision|R-Precision|
F-score|average Jaccard index|Jaccard|MMD|ATE|ECE|NLL|BPD|MOTA|HOTA|
KL divergence|top-5 accuracy|exact match|Exact-Match|win rate|
win-rates|attack success rates|success rate|success-rate|success|word error rate|character error rates|
error rate|hit rates|macro-F1|micro F1|weighted-F1|F1|F1-scores|F1 score|macro accuracy|
balanced-accuracy|accuracy|Returns|return|precision|recall@10|Recall|NDCG@10|nDCG|MRR@5|MRR|AUC|
AUROC|AUROCs|AUCs|AUPRC|BLEU-4|BLEU|ROUGE-L|ROUGE|METEOR|CIDEr|BERTScore|FID|rFID|gFID|sFID|FVD|rFVD|CLIP-I|CLIP text similarity|
CLIP score|PSNR|SSIM|LPIPS|WER|CER|MOS|perplexity|Elo rating|Elo score|Elo|percentile|percentiles|
top 5 accuracy|top1 accuracy|mIoU|IoU|J&F|
Dice score|Dice|MAE|MSE|RMSE|Spearman's correlation coefficient rho|Pearson correlation|
Kendall tau|correlation|resolve rate|resolved rates|resolution rate|completion rate|pass rate|
solve rate|hallucination rates|refusal rate|preference rate|preference|reward|error|similarity|
agreement rate|AbsRel|Abs Rel|TM-score|TM-scores|TMscore|GDT-TS|lDDT|absolute relative error|R-squared|R²|score|scores|rating|ratings|rate|rates|ratio|ratios|distance|distances|coefficient|
coefficients|metric|efficiency""".replace("\n", "").split("|")
EFFICIENCY_SPELLINGS = """speedup|speed-ups|speed up|speed increase|speed gains|throughput|
tokens per second|tokens/s|FPS|frames per second|latency|memory|memory usage|memory footprint|memory consumption|inference time|inference speed|
training time|compression ratio|usage|computational cost|compute cost|inference cost|
training cost|cost|inference costs|token costs|FLOPs|FLOPs reduction|generation time|optimization time|running time|
response time|wall-clock time|index size|model size|cache size|file size|real-time factor|
real time factor|output length|response lengths|reasoning length|generation length|answer length|
completion length|thinking length|CoT length|chain-of-thought length|token consumption|token counts|
efficiency""".replace("\n", "").split("|")


@pytest.mark.parametrize(
    "pattern, spellings",
    [(metric_match.QUALITY, QUALITY_SPELLINGS), (metric_match.EFFICIENCY, EFFICIENCY_SPELLINGS)],
    ids=["quality", "efficiency"],
)
def test_the_quick_metric_name_check_never_drops_a_name(pattern, spellings):
    # Every alternative of the pattern is spelled here at least once ...
    names = QUALITY_METRICS if pattern is metric_match.QUALITY else EFFICIENCY_METRICS
    for name in names:
        alone = metric_match.alternation([name])
        assert any(alone.fullmatch(s) for s in spellings), name
    # ... and the check lets every spelling through, inside a sentence as well.
    for spelling in spellings:
        text = f"it reached a {spelling} of 4.2"
        assert pattern.search(text)["name"] == spelling
        assert metric_match.may_name_metric(text, pattern), spelling
    assert not metric_match.may_name_metric("a new method for robots", metric_match.QUALITY)
