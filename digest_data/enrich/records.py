"""Per-record enrichment at build time: topics and reported metric numbers."""

from __future__ import annotations

import hashlib
from typing import Any

from .bench_registry import shipped_registry_digest
from .benchmarks import BENCHMARKS_VERSION, canonical_benchmark, canonical_metric
from .metrics import EXTRACT_VERSION, extract_metrics
from .topic_neighbours import shipped_digest
from .topics import CALIBRATION, TOPICS_VERSION, Taxonomy

#: Part of the build cache key, with the taxonomy's content hash. The registry's
#: and the topic calibration's contents are in it too, so a refit or a new alias
#: rebuilds what it changes even when nobody bumps a version; so are the labelled
#: papers whose votes the topic pick weighs.
ENRICH_VERSION = (
    f"e2{EXTRACT_VERSION}{TOPICS_VERSION}{BENCHMARKS_VERSION}-{shipped_registry_digest()}"
    f"-{hashlib.sha256(repr(CALIBRATION).encode()).hexdigest()[:8]}-{shipped_digest()}"
)


def with_ids(metric: dict[str, Any]) -> dict[str, Any]:
    """``metric`` with ``benchmark_id`` and ``metric_id``, the canonical names of
    its benchmark and metric as written (``""`` when there is none)."""
    metric["benchmark_id"] = canonical_benchmark(metric["benchmark"]) or ""
    metric["metric_id"] = canonical_metric(metric["metric"])
    return metric


def enrich_records(records: list[dict[str, Any]], taxonomy: Taxonomy) -> list[dict[str, Any]]:
    """Set ``topics`` and ``_metrics`` (metric dicts) on each parsed record."""
    for record in records:
        record["topics"] = taxonomy.classify(
            record.get("title"), record.get("summary"), record.get("comments")
        )
        # vars(), not asdict(): Metric holds only plain values, and asdict deep-copies.
        record["_metrics"] = [
            with_ids(dict(vars(m)))
            for m in extract_metrics(record.get("summary"), record.get("title"))
        ]
    return records
