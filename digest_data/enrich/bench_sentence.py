"""The benchmarks a sentence names, and the one a number in it is on when nothing
right beside the number names one (``bench_field``): the nearest, unless a bracket,
a clause, a list or a later clause's own number says otherwise."""

from __future__ import annotations

import bisect
import functools

import regex as re

from .bench_names import declared_names
from .bench_scope import (
    NAME_LIST,
    NAME_SPLIT,
    OWN_UNNAMED_AFTER,
    on_average_after,
    opens_off_benchmark,
)
from .bench_shape import (
    BENCH,
    LONE_NUMBER,
    PART_HEAD,
    bench_ok,
    clause_between,
    known_benchmark,
    numbers_between,
)
from .benchmarks import fold, load_registry
from .number_forms import HEDGE
from .numbers import Needing
from .sentences import CLAUSE_BREAK

# What a model is trained "on" is its data, and what it is built "on" its base ("Built
# on DexVLA"), not a benchmark ("based on the LongBench evaluation" still names one).
TRAINED = r"(?<!(?:train|tun|pretrain|fit)ed\s)(?<![Bb]uilt\s)"

# A part of a benchmark a result is on: "the depth sub-task of CV-Bench", "the Google
# Robot and WidowX settings of SIMPLER".
PART_OF = (
    r"(?:[\w-]+\s){0,4}(?:sub-?tasks?|subsets?|splits?|settings?|tracks?|levels?|portions?|versions?|variants?)"
    r"\sof\s(?:the\s)?"
)

# "on X", "in the X": a name a sentence puts a result on (the names it declares a
# benchmark or dataset are found by ``bench_names``).
_BENCH_IN_SENTENCE = re.compile(
    # "on the out-of-distribution RAVDESS set": a hyphened word may describe it; "on
    # the new Chinese benchmark CAGUI": the head word may come first
    rf"\b{TRAINED}(?:[Oo]n|[Ii]n)\s(?:the\s)?(?:authors['’]\s)?"
    rf"(?:{PART_OF}|[a-z]+-[a-z-]+\s|(?:[A-Za-z][a-z-]*\s){{0,4}}(?:benchmark|dataset|suite)\s)?"
    rf"(?P<bench>{BENCH})\b"
)
# A benchmark named in plain title case ("Natural Questions", "Tanks and Temples",
# "Pascal VOC"): known only by the registry, the longest run of words it has.
TITLE = r"(?P<title>[A-Z][\w'’-]*(?:(?:\s(?:of|and|&|in|the|a))?\s[A-Z0-9][\w'’.-]*){1,3})"

_TITLE_IN_SENTENCE = Needing(
    r"\b(?:[Oo]n|[Aa]cross)\s(?:the\s)?[A-Z]",
    rf"\b{TRAINED}(?:[Oo]n|[Aa]cross)\s(?:the\s)?{TITLE}",
)


def registry_title(m: re.Match | None) -> str:
    """The longest leading run of the words ``m`` found that the registry knows."""
    if not m:
        return ""
    words = m["title"].split()
    keys = load_registry().benchmark_keys
    for n in range(len(words), 1, -1):
        name = " ".join(words[:n]).rstrip(".")
        if fold(name) in keys:
            return name
    return ""


# The phrase a sentence opens on, up to its first comma: "On the SAT spatial reasoning
# benchmark,"
_LEAD_PHRASE = re.compile(rf"{PART_HEAD}(?:On|In|Across|For)\s[^,;]{{0,80}},")


@functools.lru_cache(maxsize=64)
def sentence_benchmarks(text: str, lo: int, hi: int) -> tuple[tuple[int, str], ...]:
    """The benchmarks a sentence names, with where; cached, as each of its numbers asks."""
    declared = [
        (d.at, d.name)
        for d in declared_names(text, lo, hi)
        if bench_ok(d.name, declared=True) and (not d.tasks or known_benchmark(d.name))
    ]
    said = {at for at, _ in declared}
    coded = [
        (m.start("bench"), m["bench"])
        for m in _BENCH_IN_SENTENCE.finditer(text, lo, hi)
        if m.start("bench") not in said
        and bench_ok(m["bench"])
        # "RoBERTa ... in MLMCID achieved 92.3% ... on the CLINC dataset": what
        # a system is "in" is its setting when the sentence declares a dataset
        and not (declared and text.startswith("in", m.start()))
    ]
    said |= {at for at, _ in coded}
    # "a new record on Humanity's Last Exam with a score of 32.1%": a name in plain
    # title case the registry knows
    titled = [
        (m.start("title"), name)
        for m in _TITLE_IN_SENTENCE.finditer(text, lo, hi)
        if m.start("title") not in said and (name := registry_title(m))
    ]
    return tuple(sorted(declared + coded + titled))


def nearest_named(
    text: str, lo: int, hi: int, start: int, end: int, efficiency: bool = False
) -> str:
    """The benchmark the sentence names ("on the X benchmark", "the X dataset") that
    the number at ``start``-``end`` is on: the one nearest it; for a speedup or a
    saving not one an earlier number was "on": in "an error of 2.1 on the X dataset
    and runs 2x faster" the speed is the method's own, in "on the X dataset with 47x
    less memory" it is on X."""
    named = sentence_benchmarks(text, lo, hi)
    if not named:
        return ""
    if on_average_after(text, end, hi, start):
        # "by 3.4 points on average, with gains of 7.3 points on BRUMO 25": over
        # several; on the one its sentence opens on, over that one's parts ("On the
        # SAT spatial reasoning benchmark, ... by an average of 8.1%")
        lead = _LEAD_PHRASE.match(text, lo, start)
        opened = [n for n in named if lead and n[0] < lead.end()]
        if len(opened) == 1:
            return opened[0][1]
        # or in its own phrase, right before it: "on the MTEB Leaderboard with an
        # average of 70.1"
        before = [n for n in named if n[0] < start]
        at, name = before[-1] if before else (start, "")
        own_phrase = not (
            numbers_between(text, at + len(name), start)
            or "," in text[at:start]
            or LONE_NUMBER.search(text, max(lo, at - 30), at)  # "4.01 on the CALVIN ABC"
        )
        return name if before and own_phrase else ""
    # The nearest (the last before the number or the first after it), preferring one
    # in the number's own bracket or outside any: in "on the X benchmark (19.0%
    # recall on X-Sub)" the figure is on X-Sub.
    i = bisect.bisect_left(named, start, key=lambda m: m[0])
    # "a 25% improvement on out-of-distribution tasks and 9% on in-distribution
    # SIMPLER environments": a number put on sets it does not name takes no name after it
    own_unnamed = OWN_UNNAMED_AFTER.match(text, end, hi) is not None
    near = [
        m
        for m in named[max(0, i - 1) : i + 1]
        if not _later_clauses_own(text, hi, start, m)
        # "scores 51.3% on a code-refactoring evaluation": not a name after it, nor one
        # of an earlier clause
        and not (own_unnamed and (m[0] > start or clause_between(text, m[0], start)))
    ]
    if not near:
        return ""
    at, name = min(
        near,
        key=lambda m: (
            _bracket_between(text, m[0], start),
            clause_between(text, m[0], start),
            abs(m[0] - start),
        ),
    )
    if (
        efficiency
        and at < start
        and (LONE_NUMBER.search(text, max(lo, at - 30), at) or clause_between(text, at, start))
    ):
        return ""  # "on UCF-101, while requiring 2-5x fewer FLOPs": the method's own
    if efficiency and at > start and _score_between(text, end, at):
        return ""  # "28% lower latency while reaching 38.7% on AIME-24": the score's
    if at > start and opens_off_benchmark(text, lo, start):
        return ""  # "On the synthetic benchmark, X reaches 0.17, and on PKBench ..."
    if _in_a_list(text, lo, hi, at) and not _IN_A_RUN.match(text, end, hi):
        # "beats baselines on InfiniteBench, RepoEval and MM-NIAH while cutting ...";
        # not a run of figures the list's names are paired with ("gains of 18.3% and
        # 22.8% on AIME24 and AIME25")
        return ""
    return name


_LISTED_NAMES = re.compile(NAME_LIST)
_IN_A_RUN = re.compile(r"\s?(?:%|x|points?)?(?:,\s|,?\s(?:and|or)\s)[+\-]?\d")


def _in_a_list(text: str, lo: int, hi: int, at: int) -> bool:
    """Whether the name at ``at`` is one of a list of benchmarks the sentence names
    ("on GSM8K, MMLU and creative writing"): a figure the list's names are not put to
    one by one is on none of them alone."""
    return any(
        m.start() <= at < m.end() and any(known_benchmark(n) for n in NAME_SPLIT.split(m["names"]))
        for m in _LISTED_NAMES.finditer(text, lo, hi)
    )


# A name then up to two words, ending where the search ends: where the number's measure
# is written. One pattern for every measure: compiling the name alternation for each
# measure anew cost a tenth of a cold build.
_BENCH_THEN_WORDS = re.compile(rf"(?<![\w.-])(?P<bench>{BENCH})\s(?:[a-z-]+\s){{0,2}}\Z")


@functools.lru_cache(maxsize=4096)
def _measure_written(metric: str) -> re.Pattern:
    """Where ``metric`` is written (a bare "score" when the number names no measure)."""
    measure = re.escape(metric) if metric else "scores?"
    return re.compile(rf"(?i:{measure})\b")


# How far before a measure the benchmark that qualifies it may start: a long name
# ("SWE-bench Verified", "LiveCodeBench 08/24-02/25") and two words.
_NAME_AND_WORDS = 150


# The same for every number of a sentence that names one measure: found once (a
# sentence of many numbers asked again for each).
@functools.lru_cache(maxsize=256)
def measure_of_benchmark(text: str, lo: int, hi: int, metric: str) -> str:
    """A known benchmark the sentence writes as the qualifier of the number's own
    measure, a name then up to two words then the measure, wherever the number stands:
    "improved the AlpacaEval 2.0 length control win rate by 8%", "a comparable VBench
    score (80.84%)"."""
    for written in _measure_written(metric).finditer(text, lo, hi):
        # the name ends at most two words before the measure: looking further back
        # made a sentence of many "scores" cubic in its length
        m = _BENCH_THEN_WORDS.search(
            text, max(lo, written.start() - _NAME_AND_WORDS), written.start()
        )
        if m and known_benchmark(m["bench"]) and bench_ok(m["bench"]):
            return m["bench"]
    return ""


_REFERS_BACK = re.compile(r"\b(?:this|that|which|it)\s(?:is|was|puts\sit|places\sit|marks)\b")


def _later_clauses_own(text: str, hi: int, start: int, named: tuple[int, str]) -> bool:
    """Whether a name after the number at ``start`` is in a later clause that gives a
    number of its own after it: in "by 3.8% on Qwen3-8B, and on AIME 2024 it exceeds
    GRPO by 16.7%" AIME 2024 is the 16.7%'s."""
    at, name = named
    if at < start or not clause_between(text, start, at):
        return False
    after = at + len(name)
    clause_end = CLAUSE_BREAK.search(text, after, hi)
    stop = clause_end.start() if clause_end else hi
    own = LONE_NUMBER.search(text, after, stop)
    # "48.3% pass@1, and on LiveCodeBench v5 this is 6.2 points above o1-mini": the
    # later clause refers back to this number, which the name is of
    if _REFERS_BACK.search(text, after, own.start() if own else stop):
        return False
    breaks = list(CLAUSE_BREAK.finditer(text, start, at))
    # "improves exact match by 10 points, and on the KILT benchmark it sets a new state
    # of the art": a later clause that opens on a name is about that name
    opens_on = bool(breaks) and _CLAUSE_OPENS_ON.fullmatch(text, breaks[-1].end(), at) is not None
    return opens_on or own is not None


# (after a CLAUSE_BREAK, which ends with its conjunction)
_CLAUSE_OPENS_ON = re.compile(r"(?:[Oo]n|[Ii]n)\s(?:the\s)?")


def later_clause_owns(text: str, end: int, hi: int, name: str) -> bool:
    """Whether ``name``, written after the number ending at ``end``, is in a later
    clause that gives a number of its own before it ("..., and with full fine-tuning it
    reaches 80.7% mIoU on ScanNet")."""
    at = text.find(name, end, hi)
    if at < 0:
        return False
    breaks = list(CLAUSE_BREAK.finditer(text, end, at))
    return bool(breaks) and LONE_NUMBER.search(text, breaks[-1].end(), at) is not None


def _bracket_between(text: str, a: int, b: int) -> bool:
    """Whether a bracket opens or closes between offsets ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return text.find("(", lo, hi) >= 0 or text.find(")", lo, hi) >= 0


# A score standing alone ("38.7%", "95-100% accuracy"), not a name's ("PAR-4x") nor
# another saving ("a 50.0% reduction in memory").
_SCORE_NUMBER = re.compile(
    r"(?<![\w.-])\d[\d.,]*\s?(?:%|points)(?!\s(?:\w+\s)?(?:reduction|less|lower|fewer|faster|"
    r"smaller|cheaper|saving|speedup|memory|latency|throughput|of\s(?:the\s)?(?:memory|compute|cost|tokens)))"
)


# Where a saving's phrase ends and a score's begins: "2.5x with less than 1% accuracy
# loss", "28% lower latency while ... reaching 38.7%"; not "a 2.8x speedup and 85.0%
# accuracy on GSM8K", one phrase on one benchmark.
_PHRASE_BREAK = re.compile(
    r",|\b(?:while|whereas|with|but)\b|\band\s(?:scores|reaches|achieves|attains|keeps|maintains)\b"
)
# "memory by 70% and latency by 45% on LongBench": the later number is a saving too
_SAVING_BY = re.compile(
    r"\b(?:latency|memory|time|cost|costs|tokens?|usage|flops|compute|throughput|speed)\s(?:by|of|to)\s"
    rf"(?:{HEDGE}\s)?$",
    re.IGNORECASE,
)


def _score_between(text: str, a: int, b: int) -> bool:
    """Whether a score stands between a saving ending at ``a`` and a name at ``b``,
    past a break in the phrase."""
    for m in _SCORE_NUMBER.finditer(text, a, b):
        if _PHRASE_BREAK.search(text, a, m.start()) and not _SAVING_BY.search(
            text, max(a, m.start() - 30), m.start()
        ):
            return True
    return False
