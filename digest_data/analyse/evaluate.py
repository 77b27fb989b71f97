"""Measure topics and metric extraction against hand-labelled papers.

The labels file has one JSON object per line: ``title``, ``summary``, ``topics``
(gold ids, most central first) and ``metrics`` (gold objects with ``value``,
``metric``, ``benchmark``, ...), as described in ``tests/data/LABELING.md``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import regex as re

from ..enrich.metrics import Metric, extract_metrics
from ..enrich.topics import Taxonomy
from .score import ZERO, Score
from .topic_holdout import month_held_out as topics_held_out

Extractor = Callable[[str | None, str | None], list[Metric]]


@dataclass
class Evaluation:
    papers: int
    values: Score
    tuples: Score
    topics: Score
    per_topic: dict[str, Score]
    #: For each topic: the gold topics of papers it was wrongly given to, and the
    #: topics given instead to papers it was missed on.
    confused_with: dict[str, Counter] = field(default_factory=dict)
    missed_for: dict[str, Counter] = field(default_factory=dict)
    #: Tuples with the model too: what a leaderboard row needs right.
    with_model: Score = ZERO
    #: Of the values found that are labelled, how many have the label's kind (score,
    #: delta, efficiency): what decides which chart a number is drawn on.
    kinds: Score = ZERO

    def worst_topics(self, n: int = 5) -> list[str]:
        scored = [t for t, s in self.per_topic.items() if s.gold or s.predicted]
        return sorted(scored, key=lambda t: (self.per_topic[t].f1, t))[:n]


#: The repository's labelled papers, what ``digest-data evaluate`` scores by default.
LABELS = Path(__file__).resolve().parents[2] / "tests" / "data" / "labels.jsonl"


def read_labels(path: str | Path) -> list[dict]:
    """The labelled papers; a line that is not valid JSON raises ValueError naming it."""
    rows = []
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not valid JSON: {exc}") from exc
    return rows


def _fold(text: str | None) -> str:
    """A name with case, spaces and hyphens folded, so that a spelling is not an error."""
    return re.sub(r"[\s\-‐‑–_]+", " ", (text or "").casefold()).strip()


def _match(predicted: list, gold: list) -> Score:
    """Multiset matching: each gold item is matched at most once."""
    left = Counter(gold)
    hits = 0
    for item in predicted:
        if left[item] > 0:
            left[item] -= 1
            hits += 1
    return Score(hits, len(predicted), len(gold))


def _kinds(found: list[Metric], gold: list[dict]) -> Score:
    """How many of the found values that are labelled carry the label's kind: each
    label is paired once, with a found value equal to it, kind-equal pairs first."""
    left = Counter((_value(g["value"]), g.get("kind", "")) for g in gold)
    values_left = Counter(_value(g["value"]) for g in gold)
    agree = matched = 0
    for m in sorted(found, key=lambda m: left[(_value(m.value), m.kind)] == 0):
        v = _value(m.value)
        if values_left[v] == 0:
            continue
        values_left[v] -= 1
        matched += 1
        if left[(v, m.kind)] > 0:
            left[(v, m.kind)] -= 1
            agree += 1
    return Score(agree, matched, matched)


def _value(v: float) -> float:
    return round(float(v), 6)


def _tuple(value: float, metric: str | None, benchmark: str | None, model: str | None) -> tuple:
    """(value, metric, benchmark, model) as matched: a tuple is its first three."""
    return (_value(value), _fold(metric), _fold(benchmark), _fold(model))


def evaluate(
    labels: list[dict], taxonomy: Taxonomy, extract: Extractor = extract_metrics
) -> Evaluation:
    """Precision, recall and F1 of metric values, metric tuples and topics."""
    values = tuples = topics = with_model = kinds = ZERO
    per_topic = {t: ZERO for t in taxonomy.ids}
    confused: dict[str, Counter] = {t: Counter() for t in taxonomy.ids}
    missed: dict[str, Counter] = {t: Counter() for t in taxonomy.ids}
    for row in labels:
        found = extract(row.get("summary"), row.get("title"))
        gold = row.get("metrics", [])
        values += _match([_value(m.value) for m in found], [_value(g["value"]) for g in gold])
        ours = [_tuple(m.value, m.metric, m.benchmark, m.model) for m in found]
        theirs = [
            _tuple(g["value"], g.get("metric"), g.get("benchmark"), g.get("model")) for g in gold
        ]
        tuples += _match([t[:3] for t in ours], [t[:3] for t in theirs])
        with_model += _match(ours, theirs)
        kinds += _kinds(found, gold)
        predicted = set(
            taxonomy.classify(row.get("title"), row.get("summary"), row.get("comments"))
        )
        truth = set(row.get("topics", []))
        topics += Score(len(predicted & truth), len(predicted), len(truth))
        for topic in predicted | truth:
            per_topic[topic] = per_topic.get(topic, ZERO) + Score(
                int(topic in predicted and topic in truth),
                int(topic in predicted),
                int(topic in truth),
            )
            if topic in predicted and topic not in truth:
                confused.setdefault(topic, Counter()).update(truth - predicted or {"-"})
            if topic in truth and topic not in predicted:
                missed.setdefault(topic, Counter()).update(predicted - truth or {"-"})
    return Evaluation(
        len(labels), values, tuples, topics, per_topic, confused, missed, with_model, kinds
    )


def format_report(result: Evaluation, worst: int = 5) -> str:
    """A plain-text report: the three scores and the confusion of the worst topics."""
    lines = [
        f"{result.papers} labelled papers",
        f"{'':22}{'precision':>10}{'recall':>10}{'F1':>8}{'hits':>7}{'pred':>7}{'gold':>7}",
    ]
    for name, score in (
        ("metric values", result.values),
        ("metric tuples", result.tuples),
        ("tuples with model", result.with_model),
        ("kinds of values found", result.kinds),
        ("topics (micro)", result.topics),
    ):
        lines.append(
            f"{name:22}{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>8.3f}"
            f"{score.true_positives:>7}{score.predicted:>7}{score.gold:>7}"
        )
    lines.append("")
    lines.append("worst topics (F1; wrongly given to papers of -> ; missed, given instead ->)")
    for topic in result.worst_topics(worst):
        s = result.per_topic[topic]
        wrong = ", ".join(f"{t} {n}" for t, n in result.confused_with[topic].most_common(3))
        miss = ", ".join(f"{t} {n}" for t, n in result.missed_for[topic].most_common(3))
        lines.append(
            f"  {topic:18} F1 {s.f1:.2f} (P {s.precision:.2f} R {s.recall:.2f}, gold {s.gold})"
            f"  wrong: {wrong or '-'}  missed: {miss or '-'}"
        )
    return "\n".join(lines)


# --- whole months held out ---------------------------------------------------------------


@dataclass
class HeldOut:
    """Each month scored with what was fit on the other months, and all months pooled."""

    per_month: dict[str, Evaluation]
    pooled: Evaluation


def month(row: dict) -> str:
    """The month of a labelled row, from its digest file name (``2024-09-06.md``)."""
    return str(row.get("file", ""))[:7]


def _pool(results: list[Evaluation]) -> Evaluation:
    pooled = Evaluation(0, ZERO, ZERO, ZERO, {})
    for r in results:
        pooled.papers += r.papers
        pooled.values += r.values
        pooled.tuples += r.tuples
        pooled.with_model += r.with_model
        pooled.kinds += r.kinds
        pooled.topics += r.topics
        for topic, score in r.per_topic.items():
            pooled.per_topic[topic] = pooled.per_topic.get(topic, ZERO) + score
        for mine, theirs in (
            (pooled.confused_with, r.confused_with),
            (pooled.missed_for, r.missed_for),
        ):
            for topic, counts in theirs.items():
                mine.setdefault(topic, Counter()).update(counts)
    return pooled


#: Fits an extractor on labelled rows (a learned part of naming, say), for
#: ``evaluate_held_out`` to refit on each month's other months.
ExtractorFit = Callable[[list[dict]], Extractor]


def evaluate_held_out(
    labels: list[dict],
    taxonomy: Taxonomy,
    extract: Extractor = extract_metrics,
    fit: ExtractorFit | None = None,
) -> HeldOut:
    """For each month: what was fit on the other months' rows, scored on that month's
    rows. The topic calibration is fit on the other months (``topic_holdout``); so is
    the extractor when ``fit`` is given, else the same ``extract`` scores every month
    (rules learn nothing from labels)."""
    per_month = {}
    topics, _ = topics_held_out(labels, taxonomy)
    for held in sorted({month(r) for r in labels}):
        if fit is not None:
            extract = fit([r for r in labels if month(r) != held])
        per_month[held] = evaluate([r for r in labels if month(r) == held], taxonomy, extract)
        s = topics[held][1]
        per_month[held].topics = Score(s.hits, s.predicted, s.gold)
    return HeldOut(per_month, _pool(list(per_month.values())))


def format_held_out(result: HeldOut) -> str:
    """One line per held-out month and the pooled line: P/R/F1 of values, tuples and
    topics, and the F1 of tuples with their model."""
    head = "".join(
        f"{name:>24}" for name in ("metric values P/R/F1", "metric tuples P/R/F1", "topics P/R/F1")
    )
    lines = [f"{'month':10}{'papers':>7}{head}{'+model F1':>11}"]
    for name, r in [*result.per_month.items(), ("pooled", result.pooled)]:
        cells = "".join(
            f"{s.precision:>10.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
            for s in (r.values, r.tuples, r.topics)
        )
        lines.append(f"{name:10}{r.papers:>7}{cells}{r.with_model.f1:>11.3f}")
    return "\n".join(lines)
