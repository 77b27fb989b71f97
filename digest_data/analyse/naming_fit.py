"""Fit the metric and benchmark ranker of ``enrich.naming`` on labelled summaries.

For every number the extractor finds whose value a label also has, each candidate
metric (and benchmark) is an example: positive when it names what the label names
(after folding case, spaces and hyphens), negative otherwise; *none* is positive
when the label names nothing. Two logistic regressions (scikit-learn, lbfgs, so the
same labels always give the same weights) learn the candidates' scores, and their
coefficients become the ``Namer``'s weights.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..enrich.metrics import extract_metrics
from ..enrich.naming import Candidate, Namer, Summary, _NumberAt, _sentence_of, fold

#: Inverse regularisation strength of both regressions.
C = 1.0


@dataclass
class _Recorder:
    """A namer that keeps the rules' choice and records every number's candidates."""

    groups: list[tuple[int, int, list[Candidate], list[Candidate]]] = field(default_factory=list)

    def for_summary(self, text: str, spans: list[tuple[int, int]]):
        summary = Summary(text, spans)
        self.groups = []

        def name(start, end, unit, kind, since, metric, benchmark):
            number = _NumberAt(start, end, _sentence_of(spans, start), kind, unit)
            self.groups.append(
                (
                    start,
                    end,
                    summary.metric_candidates(number, metric, since),
                    summary.benchmark_candidates(number, benchmark),
                )
            )
            return metric, benchmark

        return name


def examples(labels: list[dict]) -> tuple[list, list]:
    """(features, is-right) pairs of metric candidates and of benchmark candidates, each
    list grouped per number: ``[[(features, label), ...], ...]``."""
    metric_groups, bench_groups = [], []
    for row in labels:
        recorder = _Recorder()
        found = extract_metrics(row.get("summary"), namer=recorder)
        gold: dict[float, list[dict]] = {}
        for g in row.get("metrics", []):
            gold.setdefault(round(float(g["value"]), 6), []).append(g)
        for m in found:
            golds = gold.get(round(m.value, 6))
            if not golds:
                continue
            g = golds.pop(0)
            group = next(
                (x for x in recorder.groups if x[0] <= m.char_start and m.char_end <= x[1]), None
            )
            if group is None:
                continue
            metric_groups.append(_labelled(group[2], g.get("metric")))
            bench_groups.append(_labelled(group[3], g.get("benchmark")))
    return metric_groups, bench_groups


def _labelled(candidates: list[Candidate], gold: str | None) -> list[tuple[dict, int]]:
    target = fold(gold)
    return [(features, int(fold(name) == target)) for name, features in candidates]


def _fit(groups: list[list[tuple[dict, int]]]) -> dict[str, float]:
    """Weights that rank each number's right candidate above its wrong ones: a logistic
    regression on the differences of their features (pairwise ranking), both ways
    round, without an intercept."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    vectorizer.fit([features for group in groups for features, _ in group])
    diffs, ys, weights = [], [], []
    for group in groups:
        right = [f for f, y in group if y]
        if not right or len(right) == len(group):
            continue
        x = vectorizer.transform([f for f, _ in group])
        pos = x[[i for i, (_, y) in enumerate(group) if y][0]]
        wrong = [i for i, (_, y) in enumerate(group) if not y]
        for i in wrong:
            diffs.extend([pos - x[i], x[i] - pos])
            ys.extend([1, 0])
            # Each number weighs the same, however many candidates it has.
            weights.extend([1 / len(wrong)] * 2)
    if not diffs:
        return {}
    from scipy.sparse import vstack

    model = LogisticRegression(C=C, max_iter=5000, fit_intercept=False)
    model.fit(vstack(diffs), ys, sample_weight=weights)
    return dict(zip(vectorizer.get_feature_names_out(), model.coef_[0].tolist(), strict=True))


def fit_namer(labels: list[dict]) -> Namer:
    """A ranker fit on ``labels`` (rows as in tests/data/labels.jsonl)."""
    metric_groups, bench_groups = examples(labels)
    return Namer({**_fit(metric_groups), **_fit(bench_groups)})


def coverage(labels: list[dict]) -> Counter:
    """How often the right metric / benchmark is among the candidates at all: the
    ceiling of any ranker over these candidates."""
    metric_groups, bench_groups = examples(labels)
    counts: Counter = Counter()
    for side, groups in (("metric", metric_groups), ("benchmark", bench_groups)):
        counts[f"{side} numbers"] = len(groups)
        counts[f"{side} reachable"] = sum(any(y for _, y in g) for g in groups)
    return counts
