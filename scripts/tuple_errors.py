"""Where metric tuples are lost: each labelled paper's predicted and gold tuples lined
up by value, and every miss put in one class.

    .venv/bin/python scripts/tuple_errors.py --months 2024-09,2024-10,2024-11
    .venv/bin/python scripts/tuple_errors.py --months 2024-12 --examples 0

Exact tuple matches are taken out first (as ``evaluate`` scores them). What is left
is paired by value; a value left alone is ``value missed`` (gold only) or ``value
extra`` (predicted only). A pair is wrong in its metric, its benchmark or both; each
wrong field gets one class:

- metric: ``empty`` (gold names one, we none), ``named, gold empty``, ``longer``
  (gold is part of ours: "average accuracy" for "accuracy"), ``shorter`` (ours is
  part of gold), ``different``.
- benchmark: ``empty`` split by where gold's name is written (``same sentence``,
  ``earlier sentence``, ``elsewhere``), ``named, gold empty`` split into ``not a
  benchmark`` (a model, size, hardware or phrase: ``canonical_benchmark`` says
  None) and ``a benchmark``, ``partial`` (one name inside the other), ``different``
  (split like ``empty`` by where gold's name is).

Read only the months you tune on; print the held-out month's counts without
examples (``--examples 0``).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from digest_data.analyse.evaluate import _fold, _value, month, read_labels
from digest_data.enrich.benchmarks import canonical_benchmark
from digest_data.enrich.metrics import Metric, _sentences, extract_metrics

ROOT = Path(__file__).resolve().parents[1]

Tuple = tuple[float, str, str]


def _where(summary: str, name: str, at: int) -> str:
    """Where ``name`` is written relative to the sentence holding offset ``at``."""
    spans = _sentences(summary)
    lo, hi = next(((a, b) for a, b in spans if a <= at < b), (0, len(summary)))
    low, key = summary.lower(), name.lower()
    if key in low[lo:hi]:
        return "same sentence"
    if key in low[:lo]:
        return "earlier sentence"
    return "elsewhere"


def metric_class(pred: str, gold: str) -> str | None:
    p, g = _fold(pred), _fold(gold)
    if p == g:
        return None
    if not p:
        return "metric: empty"
    if not g:
        return "metric: named, gold empty"
    if g in p:
        return "metric: longer"
    if p in g:
        return "metric: shorter"
    return "metric: different"


def benchmark_class(pred: str, gold: str, summary: str, at: int) -> str | None:
    p, g = _fold(pred), _fold(gold)
    if p == g:
        return None
    if not p:
        return f"benchmark: empty, gold in {_where(summary, gold, at)}"
    if not g:
        kind = "not a benchmark" if canonical_benchmark(pred) is None else "a benchmark"
        return f"benchmark: named, gold empty ({kind})"
    if g in p or p in g:
        return "benchmark: partial"
    return f"benchmark: different, gold in {_where(summary, gold, at)}"


def _pairs(found: list[Metric], gold: list[dict]) -> tuple[list, list, list]:
    """(predicted, gold) pairs of one value that are not exact matches, and the
    predicted and gold tuples whose value has no partner."""
    pred = [((_value(m.value), _fold(m.metric), _fold(m.benchmark)), m) for m in found]
    want = [
        ((_value(g["value"]), _fold(g.get("metric")), _fold(g.get("benchmark"))), g) for g in gold
    ]
    left = []
    for t, m in pred:
        hit = next((i for i, (w, _) in enumerate(want) if w == t), None)
        if hit is None:
            left.append((t, m))
        else:
            want.pop(hit)
    pairs, extra = [], []
    for t, m in left:
        # The gold tuple of the same value that agrees most with ours.
        same = [i for i, (w, _) in enumerate(want) if w[0] == t[0]]
        if not same:
            extra.append(m)
            continue
        best = max(same, key=lambda i: (want[i][0][1] == t[1]) + (want[i][0][2] == t[2]))
        pairs.append((m, want.pop(best)[1]))
    return pairs, extra, [g for _, g in want]


def classify(rows: list[dict]) -> tuple[dict[str, Counter], dict[str, list[str]]]:
    """Counts of each class per month, and examples of each class."""
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        summary, when = row.get("summary") or "", month(row)
        found = extract_metrics(summary, row.get("title"))
        pairs, extra, missed = _pairs(found, row.get("metrics", []))
        for m in extra:
            counts[when]["value extra"] += 1
            examples["value extra"].append(
                f"{m.value:g} ({m.metric!r}, {m.benchmark!r}) | {m.context}"
            )
        for g in missed:
            counts[when]["value missed"] += 1
            examples["value missed"].append(f"{g.get('text', g['value'])} | {g.get('metric')!r}")
        for m, g in pairs:
            for cls in (
                metric_class(m.metric, g.get("metric", "")),
                benchmark_class(m.benchmark, g.get("benchmark", ""), summary, m.char_start),
            ):
                if cls:
                    counts[when][cls] += 1
                    examples[cls].append(
                        f"{m.value:g}: ours ({m.metric!r}, {m.benchmark!r}) gold "
                        f"({g.get('metric')!r}, {g.get('benchmark')!r}) | {m.context}"
                    )
    return counts, examples


def report(counts: dict[str, Counter], examples: dict[str, list[str]], shown: int) -> str:
    months = sorted(counts)
    total = Counter()
    for c in counts.values():
        total.update(c)
    lines = [f"{'class':52}" + "".join(f"{m:>9}" for m in months) + f"{'all':>7}"]
    for cls, n in total.most_common():
        lines.append(f"{cls:52}" + "".join(f"{counts[m][cls]:>9}" for m in months) + f"{n:>7}")
    for cls, _ in total.most_common():
        if shown and examples[cls]:
            lines += ["", f"== {cls}", *("  " + e for e in examples[cls][:shown])]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", default=str(ROOT / "tests/data/labels.jsonl"))
    parser.add_argument("--months", default="2024-09,2024-10,2024-11")
    parser.add_argument("--examples", type=int, default=8, help="examples per class (0: none)")
    args = parser.parse_args()
    months = set(args.months.split(","))
    rows = [r for r in read_labels(args.labels) if month(r) in months]
    print(report(*classify(rows), args.examples))


if __name__ == "__main__":
    main()
