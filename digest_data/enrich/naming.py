"""Naming a reported number: which metric and which benchmark it is, chosen by a small
learned ranker among the spans around it.

For each number the extractor keeps, the candidates are

- metric: every metric name in its sentence and the one before, each with zero to
  three of the words before it ("accuracy", "average accuracy", "tail-class
  accuracy"), the rules' own choice, and *none*;
- benchmark: every name-like run of words (capitals or digits inside: ``GSM8K``,
  ``SWE-bench Verified``, ``Natural Questions``) in its sentence or an earlier one,
  its single words and pairs of words, the rules' own choice, and *none*.

Each candidate is described by sparse features (direction and distance to the
number, sentences between, the words around it, its shape, whether it looks like a
model, a model size, hardware or a metric), scored by a linear model, and the best
scoring candidate wins; *none* is a candidate like the others. The weights are fit
by ``digest_data.analyse.naming_fit`` on hand-labelled summaries; scoring is a sum of
weights, so it is deterministic and needs nothing beyond the standard library.

The build does not use it: held out by month, it named numbers no better than the
rules in ``metrics.py`` (``digest-data evaluate --namer ranker`` measures it).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import regex as re

from .metrics import (
    _EFFICIENCY,
    _GENERIC_HEAD,
    _NOT_BENCH,
    _NOT_MODIFIER,
    _QUALITY,
    _RESULT_NUMBER,
    _clean_metric,
    _metric_matches,
)

NONE = ""

Features = dict[str, float]
Candidate = tuple[str, Features]


def fold(name: str | None) -> str:
    """A name with case, spaces and hyphens folded: ``SWE-Bench`` = ``swe bench``."""
    return " ".join((name or "").casefold().replace("-", " ").replace("‐", " ").split())


# --- spans of a summary ----------------------------------------------------------------

_WORD = re.compile(r"[\w'’²³&+@.\-]+")
_BENCH_TOKEN = re.compile(
    r"(?:[A-Z][\w'’²³&+.\-]*|[a-z]+[A-Z0-9][\w'’²³&+.\-]*|[0-9]+[A-Za-z][\w'’²³&+.\-]*)"
)
_TRAILING = ".,'’-"
_STOP = frozenset(
    [
        "the",
        "this",
        "these",
        "those",
        "our",
        "on",
        "in",
        "for",
        "across",
        "with",
        "using",
        "we",
        "it",
        "its",
        "a",
        "an",
        "and",
        "or",
        "by",
        "at",
        "to",
        "from",
        "of",
        "notably",
        "additionally",
        "furthermore",
        "moreover",
        "however",
        "specifically",
        "experiments",
        "experimental",
        "results",
        "evaluation",
        "evaluations",
        "extensive",
        "further",
        "finally",
        "overall",
        "also",
        "compared",
        "when",
        "while",
        "both",
        "all",
        "each",
        "their",
        "they",
        "his",
        "her",
        "as",
        "such",
        "unlike",
        "remarkably",
        "importantly",
        "crucially",
        "here",
        "there",
        "than",
    ]
)
_PLAIN = re.compile(r"[A-Z][a-z]+")
_MODEL_SIZE = re.compile(r"(?i)\d+(?:\.\d+)?\s?[bmkt]\b|-\d+(?:\.\d+)?[bm]\b|\d+x\d+[bm]\b")
_HARDWARE = re.compile(
    r"(?i)^(?:[ahvlt]\d{2,4}[a-z]?|rtx\S*|gtx\S*|tpu\S*|gpus?|cpus?|npus?|h800|a800|"
    r"\d{4}\s?ti|mi\d{3}x?|m[1-4](?:\s?(?:pro|max|ultra))?|jetson\S*|snapdragon\S*)$"
)
_METRIC_NAME = re.compile(
    r"(?i)^(?:top-?\d+|pass@\d+|[a-z]+@\d+|fid|fvd|psnr|ssim|lpips|bleu\S*|rouge\S*|"
    r"cider|meteor|mae|mse|rmse|auc|auroc|map|miou|iou|wer|cer|mos|elo|f1|em|acc|"
    r"clip(?:-[it]|score)?|dino|ndcg\S*|mrr|ppl|fps|flops|tflops|gflops|tokens?)$"
)
_BENCH_SHAPE = re.compile(r"(?i)bench|eval\b|qa\b|arena|-\d+[kK]?$|set\b|mark\b|gym")
_PREV_WORDS = frozenset(
    [
        "on",
        "in",
        "across",
        "using",
        "over",
        "than",
        "as",
        "including",
        "like",
        "with",
        "by",
        "and",
        "vs",
        "versus",
        "of",
        "for",
        "from",
        "outperforming",
        "surpassing",
        "between",
        "to",
        "at",
    ]
)
#: Verbs that put a result next to its benchmark or model.
_RESULT_VERBS = (
    "achieves",
    "achieved",
    "outperforms",
    "outperformed",
    "reaches",
    "reached",
    "scores",
    "scored",
    "shows",
    "showed",
    "improves",
    "improved",
    "surpasses",
    "surpassed",
)
_NEXT_WORDS = frozenset(
    [
        "benchmark",
        "benchmarks",
        "dataset",
        "datasets",
        "test",
        "split",
        "splits",
        "suite",
        "leaderboard",
        "task",
        "tasks",
        "and",
        "or",
        "with",
        "on",
        "in",
        "by",
        "model",
        "models",
        *_RESULT_VERBS,
        "accuracy",
        "score",
        "set",
        "subset",
    ]
)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    sentence: int
    name: str


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> int:
    for i, (_, hi) in enumerate(spans):
        if pos < hi:
            return i
    return len(spans) - 1


def _word_before(text: str, pos: int, lo: int) -> str:
    words = text[max(lo, pos - 30) : pos].split()
    while words and words[-1].lower() in ("the", "a", "an", "challenging", "popular"):
        words.pop()
    return words[-1].lower().strip("(,") if words else "^"


def _word_after(text: str, pos: int, hi: int) -> str:
    words = text[pos : min(hi, pos + 25)].split()
    if not words:
        return "$"
    word = words[0].lower()
    return word if word[0].isalnum() else word[0]


def _benchmark_spans(text: str, spans: list[tuple[int, int]]) -> list[_Span]:
    """Runs of name-like words (at most five), with their single words and pairs."""
    found: list[_Span] = []
    for index, (lo, hi) in enumerate(spans):
        run: list[tuple[int, int]] = []
        for m in _WORD.finditer(text, lo, hi):
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            word = text[start:end]
            joined = run and text[run[-1][1] : start] == " "
            if _BENCH_TOKEN.fullmatch(word) and word.lower() not in _STOP:
                if not joined or len(run) >= 5:
                    found.extend(_subspans(text, run, index))
                    run = []
                run.append((start, end))
                if end < m.end():  # a comma or full stop ends the run
                    found.extend(_subspans(text, run, index))
                    run = []
            else:
                found.extend(_subspans(text, run, index))
                run = []
        found.extend(_subspans(text, run, index))
    return found


def _subspans(text: str, run: list[tuple[int, int]], sentence: int) -> list[_Span]:
    out = []
    n = len(run)
    for i in range(n):
        for j in range(i, min(n, i + 2)):
            out.append(_Span(run[i][0], run[j][1], sentence, text[run[i][0] : run[j][1]]))
    if n > 2:
        out.append(_Span(run[0][0], run[-1][1], sentence, text[run[0][0] : run[-1][1]]))
    return out


_MOD_WORD = re.compile(r"(?<![\w.-])[A-Za-z][\w'’&-]*\s$")


@dataclass(frozen=True)
class _MetricSpan:
    start: int
    end: int
    sentence: int
    name: str
    efficiency: bool
    modifiers: tuple[str, ...]
    head: str


def _metric_spans(text: str, spans: list[tuple[int, int]]) -> list[_MetricSpan]:
    """Every metric name with zero to three of the words before it."""
    found = []
    for index, (lo, hi) in enumerate(spans):
        for pattern, efficiency in ((_QUALITY, False), (_EFFICIENCY, True)):
            for m in _metric_matches(text[lo:hi], pattern):
                start, end = lo + m.start(), lo + m.end()
                head = _clean_metric(m["name"])
                names = {head, m["name"].lower()}
                found.extend(
                    _MetricSpan(start, end, index, name, efficiency, (), head) for name in names
                )
                mods: list[str] = []
                pos = start
                while len(mods) < 3:
                    w = _MOD_WORD.search(text, max(lo, pos - 40), pos)
                    if not w or w.group(0).strip().lower() in _STOP:
                        break
                    mods.insert(0, w.group(0).strip())
                    pos = w.start()
                    found.append(
                        _MetricSpan(
                            pos,
                            end,
                            index,
                            _clean_metric(" ".join([*mods, m["name"]])),
                            efficiency,
                            tuple(x.lower() for x in mods),
                            head,
                        )
                    )
    return found


# --- features --------------------------------------------------------------------------


def _bucket(chars: int) -> str:
    for limit in (3, 12, 30, 60, 120, 250):
        if chars <= limit:
            return str(limit)
    return "far"


def _position(span_start: int, span_end: int, span_sentence: int, number: _NumberAt) -> str:
    gap = number.sentence - span_sentence
    if gap > 0:
        return f"prev{min(gap, 3)}"
    if span_end <= number.start:
        return "before"
    if span_start >= number.end:
        return "after"
    return "inside"


@dataclass(frozen=True)
class _NumberAt:
    start: int
    end: int
    sentence: int
    kind: str
    unit: str


class Summary:
    """The candidate spans of one summary, found once and reused for each number."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        self.spans = spans
        self.metrics = _metric_spans(text, spans)
        self.benchmarks = _benchmark_spans(text, spans)
        folded = [fold(b.name) for b in self.benchmarks]
        self.occurrences: dict[str, int] = {}
        for f in folded:
            self.occurrences[f] = self.occurrences.get(f, 0) + 1
        # What each name's occurrences say about it, anywhere in the summary: "on X",
        # "X benchmark" make it a benchmark; "X achieves" a model.
        self.contexts: dict[str, set[str]] = {}
        for f, b in zip(folded, self.benchmarks, strict=True):
            lo, hi = spans[b.sentence]
            before, after = _word_before(text, b.start, lo), _word_after(text, b.end, hi)
            seen = self.contexts.setdefault(f, set())
            if before in ("on", "in", "across", "from", "using"):
                seen.add("cue_on")
            if after in _DATASET_WORDS:
                seen.add("cue_benchmark")
            if after in _VERBS:
                seen.add("cue_subject")
            if before in ("than", "over", "outperforming", "surpassing", "like", "vs"):
                seen.add("cue_compared")
        self.cued = {f for f, seen in self.contexts.items() if seen & {"cue_on", "cue_benchmark"}}

    def _numbers_between(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        return min(2, len(_RESULT_NUMBER.findall(self.text, a, b)))

    def _gap(self, span_start: int, span_end: int, number: _NumberAt) -> tuple[int, int]:
        if span_end <= number.start:
            return span_end, number.start
        return number.end, span_start

    def metric_candidates(self, number: _NumberAt, rule: str, since: int) -> list[Candidate]:
        """The metric names a number may report, each with its features."""
        out: list[Candidate] = [(NONE, _none_features(number, rule))]
        efficiency = number.kind == "efficiency"
        seen_rule = False
        ranks: dict[str, int] = {}
        spans = [
            s
            for s in self.metrics
            if number.sentence - 1 <= s.sentence <= number.sentence
            and (s.sentence == number.sentence or s.end <= number.start)
        ]
        spans.sort(key=lambda s: abs(s.start - number.start))
        for s in spans:
            where = _position(s.start, s.end, s.sentence, number)
            a, b = self._gap(s.start, s.end, number)
            between = self.text[a:b] if b > a else ""
            rank = ranks[where] = ranks.get(where, 0) + (1 if not s.modifiers else 0)
            f: Features = {
                "m:bias": 1.0,
                f"m:where={where}": 1.0,
                f"m:dist={_bucket(b - a)}": 1.0,
                f"m:where={where}&dist={_bucket(b - a)}": 1.0,
                f"m:rank={min(rank, 3)}&where={where}": 1.0,
                f"m:numbers={self._numbers_between(a, b)}": 1.0,
                f"m:mods={len(s.modifiers)}": 1.0,
                f"m:eff={s.efficiency}&kind={number.kind}": 1.0,
                f"m:generic={bool(_GENERIC_HEAD.search(s.head))}&mods={len(s.modifiers)}": 1.0,
                f"m:since={s.start >= since}": 1.0,
            }
            if s.modifiers:
                first = s.modifiers[0]
                f[f"m:first={first if first in _FIRST_MODS else 'other'}"] = 1.0
                f["m:notmod"] = float(sum(m in _NOT_MODIFIER for m in s.modifiers))
            if s.head in ("score", "scores"):
                f["m:bare_score"] = 1.0
            if where in ("before", "after"):
                words = between.lower().split()
                for w in words[:2] + words[-2:]:
                    if w in _GAP_WORDS:
                        f[f"m:{where}&gap={w}"] = 1.0
                if not words:
                    f[f"m:{where}&adjacent"] = 1.0
            if s.name == rule:
                f["m:rule"] = 1.0
                seen_rule = True
            f[f"m:unit={number.unit}&eff={s.efficiency}"] = 1.0
            f[f"m:head={s.head}"] = 1.0 if s.head in _HEADS else 0.0
            if not efficiency and s.efficiency:
                f["m:eff_for_quality"] = 1.0
            out.append((s.name, f))
        for name, source in self._phrases(number):
            f = {
                "m:bias": 1.0,
                f"m:phrase={source}": 1.0,
                f"m:phrase_words={name.count(' ') + 1}": 1.0,
            }
            f[f"m:phrase={source}&eff_kind={efficiency}"] = 1.0
            if name == rule:
                f["m:rule"] = 1.0
                seen_rule = True
            if _metric_matches(name) or _metric_matches(name, _EFFICIENCY):
                f["m:phrase_known"] = 1.0
            if name.split()[-1] in _NOT_MODIFIER or name.split()[0] in _NOT_MODIFIER:
                f["m:phrase_filler"] = 1.0
            out.append((name, f))
        if rule and not seen_rule:
            out.append((rule, {"m:bias": 1.0, "m:rule": 1.0, "m:rule_only": 1.0}))
        return out

    def _phrases(self, number: _NumberAt) -> list[tuple[str, str]]:
        """Open-vocabulary names: the words right after the number ("77.5% thoroughness",
        "a 30% reduction in optimization time"), before ``of``/``=`` ("a structure
        distance of 11.34", "(MMD) of 15.48%"), and what ``reduces X by`` the number."""
        lo, hi = self.spans[number.sentence]
        text = self.text
        found: list[tuple[str, str]] = []
        after = _AFTER_NUMBER.match(text, number.end, min(hi, number.end + 90))
        if after and after["np"]:
            source = "in" if after["skip"] and after["skip"].rstrip().endswith(" in") else "after"
            words = after["np"].split()
            found.extend((" ".join(words[:k]).lower(), source) for k in range(1, len(words) + 1))
        before = _BEFORE_NUMBER.search(text, max(lo, number.start - 90), number.start)
        if before:
            if before["acronym"]:
                found.append((before["acronym"].lower(), "acronym"))
            words = before["np"].split()
            found.extend((" ".join(words[-k:]).lower(), "of") for k in range(1, len(words) + 1))
        by = _VERB_BY.search(text, max(lo, number.start - 90), number.start)
        if by:
            words = by["np"].split()
            found.extend((" ".join(words[-k:]).lower(), "by") for k in range(1, len(words) + 1))
        out = []
        for name, source in found:
            words = name.strip(_TRAILING + "()").split()
            if not words or words[0] in _STOP or words[-1] in _STOP:
                continue
            if any(w in _STOP or w in _NP_BREAK for w in words):
                continue
            name = " ".join(words)
            out.append((name, source))
            if name.endswith("s") and not name.endswith("ss"):
                out.append((name[:-1], source + "_singular"))
        return out

    def benchmark_candidates(self, number: _NumberAt, rule: str) -> list[Candidate]:
        """The benchmarks a number may be measured on, each with its features."""
        out: list[Candidate] = [(NONE, _none_features(number, rule, "b"))]
        seen_rule = False
        text = self.text
        rank_before = rank_after = cued_rank = 0
        spans = [b for b in self.benchmarks if b.sentence <= number.sentence]
        spans.sort(key=lambda s: (number.sentence - s.sentence, abs(s.start - number.start)))
        cued_here = any(s.sentence == number.sentence and fold(s.name) in self.cued for s in spans)
        for s in spans:
            lo, hi = self.spans[s.sentence]
            where = _position(s.start, s.end, s.sentence, number)
            if where == "inside":
                continue
            a, b = self._gap(s.start, s.end, number)
            if where == "after":
                rank_after += 1
                rank = rank_after
            else:
                rank_before += 1
                rank = rank_before
            key = fold(s.name)
            before = _word_before(text, s.start, lo)
            after = _word_after(text, s.end, hi)
            words = s.name.split()
            f: Features = {
                "b:bias": 1.0,
                f"b:where={where}": 1.0,
                f"b:where={where}&dist={_bucket(b - a)}": 1.0,
                f"b:where={where}&rank={min(rank, 4)}": 1.0,
                f"b:numbers={self._numbers_between(a, b) if where in ('before', 'after') else 'x'}": 1.0,
                f"b:prev={before if before in _PREV_WORDS else 'other'}": 1.0,
                f"b:next={after if after in _NEXT_WORDS else ('(' if after == '(' else 'other')}": 1.0,
                f"b:where={where}&prev={before if before in _PREV_WORDS else 'other'}": 1.0,
                f"b:words={min(len(words), 3)}": 1.0,
                f"b:occurs={min(self.occurrences.get(key, 1), 3)}": 1.0,
                f"b:cued={key in self.cued}": 1.0,
                f"b:sentence_start={s.start == lo or before == '^'}": 1.0,
                f"b:where={where}&cued_here={cued_here}&cued={key in self.cued}": 1.0,
            }
            for cue in self.contexts.get(key, ()):
                f[f"b:{cue}"] = 1.0
            if key in self.cued:
                cued_rank += 1
                f[f"b:cued_rank={min(cued_rank, 3)}"] = 1.0
                f[f"b:cued_rank={min(cued_rank, 3)}&where={where}"] = 1.0
            _shape_features(s.name, f)
            if s.name == rule:
                f["b:rule"] = 1.0
                seen_rule = True
            out.append((s.name, f))
        if rule and not seen_rule:
            out.append((rule, {"b:bias": 1.0, "b:rule": 1.0, "b:rule_only": 1.0}))
        return out


_NP = r"(?P<np>(?:[A-Za-z][\w'’@&\-]*(?:\s|$)){1,4}?)"
_NP_WORD = r"[A-Za-z][\w'’@&\-]*"
_AFTER_NUMBER = re.compile(
    r"\s?(?P<skip>(?:(?:more|less|fewer|higher|lower|better|worse|relative|absolute|average|"
    r"overall|improvement|reduction|increase|gain|drop|decrease|boost|in|of|the)\s){0,4})"
    rf"(?P<np>{_NP_WORD}(?:\s{_NP_WORD}){{0,3}})",
    re.IGNORECASE,
)
_BEFORE_NUMBER = re.compile(
    rf"(?P<np>{_NP_WORD}(?:\s{_NP_WORD}){{0,3}})\s(?:\((?P<acronym>[^()\s]{{1,15}})\)\s)?"
    r"(?:score\s)?(?:of|=|:|is|was|at|reach\w*|to)\s(?:(?:approximately|about|around|only|"
    r"just|over|nearly|up to)\s)?$",
    re.IGNORECASE,
)
_VERB_BY = re.compile(
    r"\b(?:reduc\w*|cut\w*|lower\w*|improv\w*|increas\w*|boost\w*|decreas\w*|enhanc\w*|"
    r"accelerat\w*|rais\w*|shrink\w*)\s(?:the\s|its\s|their\s)?"
    rf"(?P<np>{_NP_WORD}(?:\s{_NP_WORD}){{0,3}})\sby\s(?:(?:up to|about|around|over|nearly)\s)?$",
    re.IGNORECASE,
)
_NP_BREAK = frozenset(
    [
        "without",
        "within",
        "after",
        "before",
        "during",
        "compared",
        "vs",
        "versus",
        "over",
        "under",
        "while",
        "whereas",
        "respectively",
        "using",
        "via",
        "across",
        "among",
        "than",
    ]
)
_DATASET_WORDS = frozenset(
    [
        "benchmark",
        "benchmarks",
        "dataset",
        "datasets",
        "test",
        "split",
        "splits",
        "suite",
        "leaderboard",
        "task",
        "tasks",
        "set",
        "subset",
    ]
)
_VERBS = frozenset(
    [
        *_RESULT_VERBS,
        "attains",
        "attained",
        "obtains",
        "obtained",
    ]
)
_FIRST_MODS = frozenset(
    ["average", "overall", "mean", "top", "zero-shot", "few-shot", "relative", "absolute"]
)
_GAP_WORDS = frozenset(
    [
        "of",
        "in",
        "on",
        "to",
        "by",
        "at",
        "is",
        "was",
        "with",
        "from",
        "for",
        "and",
        "improves",
        "reaches",
    ]
)
_HEADS = frozenset(
    [
        "accuracy",
        "f1",
        "success",
        "rate",
        "fid",
        "psnr",
        "speedup",
        "score",
        "win",
        "rate",
        "pass@1",
        "error",
        "memory",
        "cost",
    ]
)


def _shape_features(name: str, f: Features) -> None:
    words = name.split()
    first = words[0]
    if any(c.isdigit() for c in name):
        f["b:digit"] = 1.0
    if all(_PLAIN.fullmatch(w) for w in words):
        f[f"b:plain{min(len(words), 2)}"] = 1.0
    if name.isupper() and len(name) > 1:
        f["b:caps"] = 1.0
    if any(c.isupper() for c in name[1:]) and not name.isupper():
        f["b:camel"] = 1.0
    if "-" in name:
        f["b:hyphen"] = 1.0
    if _BENCH_SHAPE.search(name):
        f["b:bench_shape"] = 1.0
    if _NOT_BENCH.match(first) or _NOT_BENCH.match(name):
        f["b:known_model"] = 1.0
    if _MODEL_SIZE.search(name):
        f["b:model_size"] = 1.0
    if any(_HARDWARE.match(w) for w in words):
        f["b:hardware"] = 1.0
    if any(_METRIC_NAME.match(w) for w in words) or _metric_matches(name):
        f["b:metric_word"] = 1.0
    if len(name) <= 2:
        f["b:short"] = 1.0


def _none_features(number: _NumberAt, rule: str, side: str = "m") -> Features:
    return {
        f"{side}:none": 1.0,
        f"{side}:none&kind={number.kind}": 1.0,
        f"{side}:none&unit={number.unit}": 1.0,
        f"{side}:none&rule_empty={not rule}": 1.0,
    }


# --- the model -------------------------------------------------------------------------


@dataclass(frozen=True)
class Namer:
    """Weights of the metric and benchmark rankers: the score of a candidate is the sum
    of the weights of its features times their values."""

    weights: dict[str, float]

    def best(self, candidates: list[Candidate]) -> str:
        w = self.weights
        best_name, best_score = NONE, -math.inf
        for name, features in candidates:
            score = sum(w.get(k, 0.0) * v for k, v in features.items())
            if score > best_score:  # ties keep the earlier candidate: deterministic
                best_name, best_score = name, score
        return best_name

    def for_summary(self, text: str, spans: list[tuple[int, int]]) -> NameFn:
        """A function naming each number of one summary."""
        summary = Summary(text, spans)

        def name(
            start: int, end: int, unit: str, kind: str, since: int, metric: str, benchmark: str
        ) -> tuple[str, str]:
            number = _NumberAt(start, end, _sentence_of(spans, start), kind, unit)
            return (
                self.best(summary.metric_candidates(number, metric, since)),
                self.best(summary.benchmark_candidates(number, benchmark)),
            )

        return name


NameFn = Callable[[int, int, str, str, int, str, str], tuple[str, str]]
