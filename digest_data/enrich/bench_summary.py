"""Benchmarks a summary names as such ("We evaluate on SWE-bench Verified.", "...,
a benchmark of ...", "RAG-RewardBench"): the later numbers of the summary that name
none are results on the one named last before them."""

from __future__ import annotations

import bisect
import re as stdlib_re

import regex as re

from .bench_shape import BENCH, bench_ok, known_benchmark
from .benchmarks import NAME_SHAPED

# The next name of a list: "on AlpacaEval 2 and Arena-Hard", "on MMLU, GSM8K".
_AND_NEXT = re.compile(rf"(?:,\s(?!and\s)|,?\s(?:and|&)\s(?:the\s)?)(?P<name>{BENCH})")

_EVALUATED_ON = re.compile(
    # what a model is trained or tuned on is its data ("fine-tuning them on DocAssist")
    r"\b(?<!\b(?:train|tun|fit)(?:ed|ing)\s(?:[\w.-]*[\w-]\s){0,3})"
    rf"(?:[Oo]n|[Aa]cross|[Ee]valuat\w*\son)\s(?:the\s)?(?P<name>{BENCH})(?=[\s,.;:)]|$)"
)

# Found from the word "benchmark" backwards: a lookahead tried at every position of
# the summary was most of the extractor's time.
_DATASET_WORD = stdlib_re.compile(r"\b(?:benchmark|dataset|test set|leaderboard|suite)s?\b")

_NAMED_BEFORE = re.compile(
    rf"\(?(?<![\w.-])(?P<name>{BENCH})\)?,?\s(?:a\s(?:new\s|novel\s)?|the\s)?(?:\w+[\s-]){{0,3}}?$"
    # "BrowseComp is a simple yet challenging benchmark": what the name is said to be
    rf"|(?<![\w.-])(?P<name>{BENCH})\s(?:is|was)\s(?:an?|the)\s(?:\w+[\s-]){{0,5}}?$"
)

_SHAPED = stdlib_re.compile(
    r"(?<![\w²-])[A-Z][\w²-]*?(?:Bench|BENCH|Eval|QA|Arena)[\w²-]*"
    # "SWE-Bench Pro", "VBench 2.0": an edition or a split is part of the name
    r"(?:\s(?:Verified|Lite|Hard|Pro|Plus|v?\d+(?:\.\d+)?)\b(?![.,]\d))?"
)

# "a new benchmark dataset, Vinoground, of ...", "a benchmark called LOKI": the name
# the text gives its benchmark right after the word, in apposition or by a verb.
_NAMED_AFTER = re.compile(
    r"(?:\s(?:dataset|suite))?(?:,\s(?P<apposed>[A-Z][\w²&.'’-]*(?:\s[A-Z0-9][\w²&.'’-]*)?)(?=,|\s\()"
    r"|\s(?:called|named|dubbed|termed|coined)\s(?P<called>[A-Z][\w²&.'’-]*(?:\s[A-Z0-9][\w²&.'’-]*)?))"
)


# What a system is deployed or run on is its platform ("deployed on ByteMini, a
# bi-manual mobile robot", "deployed zero-shot on", "served on the Cerebras CS-3"),
# unless the registry knows it as a benchmark ("run on SWE-bench Verified").
_PLATFORM_VERB_BEFORE = re.compile(
    r"\b(?:deploy(?:ed|ing)?|serv(?:ed|ing)|host(?:ed|ing)|run(?:s|ning)?|ran|execut(?:ed|ing)"
    r"|implement(?:ed|ing))\s(?:[\w.-]+\s){0,4}$",
    re.IGNORECASE,
)


def _on_a_platform(text: str, m: re.Match) -> bool:
    """Whether the name ``m`` found is what a system was deployed or run on."""
    return bool(
        _PLATFORM_VERB_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ) and not known_benchmark(m["name"])


def find_summary_benchmarks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Where the summary names a benchmark in this way, and the name, in text order;
    ``""`` where a sentence names several ("evaluated on AlpacaEval 2 and Arena-Hard"):
    a later number is not plainly on one of them."""
    found, several = [], []
    for m in _EVALUATED_ON.finditer(text):
        if bench_ok(m["name"]) and NAME_SHAPED.search(m["name"]) and not _on_a_platform(text, m):
            found.append((m.end(), m["name"]))
            if (more := _AND_NEXT.match(text, m.end())) and bench_ok(more["name"]):
                several.append((m.start("name"), next(b for a, b in spans if a <= m.end() <= b)))
    for word in _DATASET_WORD.finditer(text):
        data = word.group(0).startswith("dataset")
        m = _NAMED_BEFORE.search(text, max(0, word.start() - 60), word.start())
        if m and bench_ok(m["name"], declared=True) and (not data or known_benchmark(m["name"])):
            found.append((m.end(), m["name"]))
        if not word.group(0).endswith("s") and (after := _NAMED_AFTER.match(text, word.end())):
            name = (after["apposed"] or after["called"]).rstrip(".")
            if bench_ok(name, declared=True) and (not data or known_benchmark(name)):
                found.append((after.end(), name))
    found.extend((m.end(), m.group(0)) for m in _SHAPED.finditer(text) if bench_ok(m.group(0)))
    for start, end in several:
        found = [(at, name) for at, name in found if not start < at <= end]
        found.append((end, ""))
    return sorted(found)


def summary_benchmark(named: list[tuple[int, str]], at: int) -> str:
    """The benchmark named last before offset ``at``, or ``""``: in an earlier sentence,
    or earlier in the number's own ("tasks drawn from WebArena ..., a 7.5% higher
    success rate")."""
    i = bisect.bisect_right(named, at, key=lambda x: x[0])
    return named[i - 1][1] if i else ""
