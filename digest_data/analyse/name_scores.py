"""How well a benchmark-name canonicaliser groups labelled strings: the four
figures of issue 13 (pair recall, pair precision, benchmarks kept, others rejected).

Labels are rows ``{"name": ..., "benchmark": <group> or None}``: strings with the
same ``benchmark`` are spellings of one benchmark, ``None`` marks a string that is
not a benchmark at all."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class NameScores:
    strings: int
    #: Pairs of distinct spellings of one benchmark that map to one name.
    pair_recall: float
    #: Pairs mapped to one name that are spellings of one benchmark.
    pair_precision: float
    #: Benchmark strings given a name (not rejected).
    kept: float
    #: Non-benchmark strings rejected (mapped to None).
    rejected: float
    same_pairs: int
    mapped_pairs: int

    def lines(self) -> list[str]:
        return [
            f"strings {self.strings}",
            f"pair recall    {self.pair_recall:.3f}  ({self.same_pairs} pairs of one benchmark)",
            f"pair precision {self.pair_precision:.3f}  ({self.mapped_pairs} pairs mapped together)",
            f"benchmarks kept         {self.kept:.3f}",
            f"non-benchmarks rejected {self.rejected:.3f}",
        ]


def _share(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def name_scores(
    rows: Iterable[Mapping],
    canonical: Callable[[str], str | None],
    focus: Callable[[Mapping], bool] | None = None,
) -> NameScores:
    """The four figures of ``canonical`` on labelled ``rows`` (one row per distinct
    string; pairs are counted over benchmark strings only). With ``focus`` (say,
    the strings of a held-out month) only focus strings count, and only pairs with
    at least one focus string: a new spelling must meet the old ones."""
    rows = list({r["name"]: r for r in rows}.values())
    focus = focus or (lambda r: True)
    benches = [(r["benchmark"], canonical(r["name"]), focus(r)) for r in rows if r["benchmark"]]
    others = [canonical(r["name"]) for r in rows if not r["benchmark"] and focus(r)]
    same = together = same_and_together = 0
    for (gold_a, got_a, in_a), (gold_b, got_b, in_b) in combinations(benches, 2):
        if not (in_a or in_b):
            continue
        is_same = gold_a == gold_b
        is_together = got_a is not None and got_a == got_b
        same += is_same
        together += is_together
        same_and_together += is_same and is_together
    kept = [got is not None for _, got, in_focus in benches if in_focus]
    return NameScores(
        strings=sum(map(focus, rows)),
        pair_recall=_share(same_and_together, same),
        pair_precision=_share(same_and_together, together),
        kept=_share(sum(kept), len(kept)),
        rejected=_share(sum(got is None for got in others), len(others)),
        same_pairs=same,
        mapped_pairs=together,
    )
