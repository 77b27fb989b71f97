"""Topic thresholds chosen and scored with whole months held out.

For each month of the labels, the thresholds that score best on the other months
are chosen and then scored on that month alone; the pooled figure over all months
is what to expect on a month nobody tuned on."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..enrich.topics import Taxonomy, Thresholds, pick
from .score import Score

#: The thresholds tried: every combination, a third never easier than a second.
GRID = [
    Thresholds(m, s2, s3, e)
    for m, s2, s3, e in itertools.product(
        (3.0, 4.0, 5.0), (0.3, 0.35, 0.4, 0.5), (0.35, 0.5, 0.6, 0.7, 0.8), (4.0, 6.0, 8.0)
    )
    if s3 >= s2
]


@dataclass(frozen=True)
class TopicScore(Score):
    """Micro-averaged topic precision and recall (``Score``), and how often three
    topics were given."""

    papers: int = 0
    three: int = 0

    @property
    def hits(self) -> int:
        return self.true_positives

    @property
    def three_share(self) -> float:
        return self.three / self.papers if self.papers else 0.0


def score(
    ranked: Sequence[list[tuple[str, float]]], gold: Sequence[Iterable[str]], th: Thresholds
) -> TopicScore:
    """``pick`` with ``th`` on each paper's ranked scores against its gold topics."""
    hits = predicted = wanted = three = 0
    for scores, topics in zip(ranked, gold, strict=True):
        got, truth = pick(scores, th), set(topics)
        hits += len(truth.intersection(got))
        predicted += len(got)
        wanted += len(truth)
        three += len(got) == 3
    return TopicScore(hits, predicted, wanted, len(ranked), three)


def month_held_out(
    rows: Sequence[dict], taxonomy: Taxonomy, grid: Sequence[Thresholds] = GRID
) -> tuple[dict[str, tuple[Thresholds, TopicScore]], TopicScore]:
    """Per month: the thresholds chosen on the other months and their score on this
    one; and the pooled score of those choices over every month."""
    ranked = [taxonomy.ranked(r.get("title"), r.get("summary"), r.get("comments")) for r in rows]
    gold = [r["topics"] for r in rows]
    months = [r["file"][:7] for r in rows]
    per_month: dict[str, tuple[Thresholds, TopicScore]] = {}
    for month in sorted(set(months)):
        train = [i for i, m in enumerate(months) if m != month]
        test = [i for i, m in enumerate(months) if m == month]
        best = max(
            grid, key=lambda th: score([ranked[i] for i in train], [gold[i] for i in train], th).f1
        )
        per_month[month] = (best, score([ranked[i] for i in test], [gold[i] for i in test], best))
    pooled = TopicScore(
        *(
            sum(getattr(s, f) for _, s in per_month.values())
            for f in ("true_positives", "predicted", "gold", "papers", "three")
        )
    )
    return per_month, pooled


def best_thresholds(
    rows: Sequence[dict], taxonomy: Taxonomy, grid: Sequence[Thresholds] = GRID
) -> Thresholds:
    """The thresholds that score best on every labelled month together."""
    ranked = [taxonomy.ranked(r.get("title"), r.get("summary"), r.get("comments")) for r in rows]
    gold = [r["topics"] for r in rows]
    return max(grid, key=lambda th: score(ranked, gold, th).f1)
