"""What "respectively" pairs a sentence's numbers with, in order: the benchmarks of
"45.1% and 38.2% on MMLU and GSM8K, respectively", and the measures of "67.9, 81.8
and 88.6 on Top-1, Top-2 and Top-3 R-precision, respectively" (the list itself is
found by ``metric_lists``; this module says which words name a measure). Each
function takes the sentence's numbers as (start, end) spans in text order and
gives the name for a number by its index."""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from .bench_scope import AN_AVERAGE_OF, LIST_SETTING, NAME_SPLIT, VERSIONED_NAME_LIST
from .bench_shape import BENCH, FROM_RIGHT_BEFORE, bench_ok, known_benchmark
from .metric_lists import pair_measures
from .metric_match import EFFICIENCY, QUALITY, metric_matches
from .metric_names import BENCH_NAME as _BENCH_NAME
from .metric_names import DIGIT as _DIGIT
from .metric_names import NOUN_OF_QUALITY as _NOUN_OF_QUALITY
from .metric_names import clean_metric, is_verb_or_comparison, registry_name
from .metric_words import NEEDS_MODIFIER as _NEEDS_MODIFIER
from .number_forms import HEDGE, no_result_between

# Between two numbers of one list: "45.1% and 38.2%", "3.1, 2.4 and 1.9 points".
_LIST_GLUE = re.compile(rf"(?:%|x|×|\s?points?)?\s?(?:,\s?)?(?:and\s|or\s)?(?:{HEDGE}\s)?[+]?")
# "A, B and C": the names of a list, at least two.
_NAMES = VERSIONED_NAME_LIST
_NAME_LIST = re.compile(rf"\b(?i:on|across|for|in)\s(?:the\s)?{_NAMES}")
# A list a figure is taken over: "average accuracy over MathVista, MathVerse and
# We-Math" (not a list of systems "speedups ... over A, B and C, respectively").
_LIST_TAKEN_OVER = re.compile(rf"\b(?:on|across|for|in|over)\s(?:the\s)?{_NAMES}")


def _runs(text: str, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The numbers' indices in runs of one list each: "45.1% and 38.2%" is one run."""
    runs: list[list[int]] = []
    for i in range(len(spans)):
        if runs and _LIST_GLUE.fullmatch(text, spans[i - 1][1], spans[i][0]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


# A run of numbers that names its own benchmark after it: "... 43.3% and 20.0% on
# AIME24".
_ON_NAME_AFTER = re.compile(rf"(?:%|x|×)?[^.;]{{0,30}}?\b(?:on|across)\s(?:the\s)?{BENCH}")
# What a list of names is before it when they are data, not benchmarks: "trained on
# NuminaMath and OpenR1", "distilled from traces on AIME and MATH".
_DATA_BEFORE = re.compile(
    r"(?:train|fine-?tun|distill|pre-?train|tun|learn)\w*\b[^.;,]{0,25}$", re.IGNORECASE
)


def _known_listed(listed: re.Match | None) -> list[str] | None:
    """The names of a list before a run of numbers when every one is a benchmark the
    registry knows and the list is not what a model was trained on."""
    names = _listed_benchmarks(listed)
    if not names or _DATA_BEFORE.search(listed.string, max(0, listed.start() - 60), listed.start()):
        return None
    return names if all(known_benchmark(n) for n in names) else None


def _listed_benchmarks(listed: re.Match | None) -> list[str] | None:
    """The names of a list "on A, B and C" found by ``_NAME_LIST``, when each may be
    a benchmark."""
    if not listed:
        return None
    names = _versions_in_full(NAME_SPLIT.split(listed["names"]))
    return names if all(bench_ok(name) for name in names) else None


_VERSION = r"[vV]?\d+(?:\.\d+)?"
_VERSIONED = re.compile(rf"(?P<base>.+?)[\s-](?P<version>{_VERSION})")
_BARE_VERSION = re.compile(_VERSION)


def _versions_in_full(names: list[str]) -> list[str]:
    """A list's bare version after a versioned name, in full: "LiveCodeBench v5 and
    v6" is LiveCodeBench v5 and LiveCodeBench v6."""
    full = list(names)
    for i in range(1, len(full)):
        versioned = _VERSIONED.fullmatch(full[i - 1])
        if versioned and _BARE_VERSION.fullmatch(full[i]):
            full[i] = f"{versioned['base']} {full[i]}"
    return full


def one_of_listed(text: str, lo: int, hi: int, benchmark: str) -> bool:
    """Whether ``benchmark`` is one of a list of names ``text[lo:hi]`` puts results
    on ("across AIME24, AIME25 and LiveCodeBench")."""
    return any(
        benchmark in (_listed_benchmarks(listed) or ())
        for listed in _LIST_TAKEN_OVER.finditer(text, lo, hi)
    )


def listed_right_after(text: str, end: int, hi: int, benchmark: str) -> bool:
    """Whether ``benchmark`` is one of a list right after the number ("63.5% across
    HotpotQA, 2WikiMultihopQA and MuSiQue"), not of one later in the sentence."""
    unit = _UNIT_AFTER.match(text, end, hi)
    listed = unit and _LIST_TAKEN_OVER.match(text, unit.end(), hi)
    return benchmark in (_listed_benchmarks(listed) or ())


_ON_AVERAGE = re.compile(r"\s?(?:%|x|×|\s?points?)?\s(?:on\s)?(?:an\s)?average\s")


_ON_ONE_AFTER = re.compile(r"\s(?:on|in)\s")


_UNIT_AFTER = re.compile(r"(?:%|x|×|\s?points?)?\s")


# "up to 11.6% absolute gains over strong baselines across InterCode-CTF, NYU CTF
# Bench and Cybench", "improves by 3-13% across MATH500, AIME24 and GPQA_diamond"
_ITEM = r"[A-Z0-9][^\s,;.()]*(?:\s[A-Za-z0-9][^\s,;.()]*){0,3}"
_ACROSS_LIST_AFTER = re.compile(
    rf"{no_result_between('[^.;:()]', 60)}\bacross\s(?:the\s)?"
    rf"(?P<names>{_ITEM}(?:,\s(?!and\s){_ITEM})*,?\s(?:and|&)\s{_ITEM})"
)


def _all_but_one_known(names: list[str]) -> bool:
    """Whether the registry knows every name of a list but at most one ("across MMLU,
    CRUX and MATH": one unknown name is still one of the list's benchmarks)."""
    return sum(known_benchmark(name) for name in names) >= len(names) - 1


def across_list_after(text: str, end: int, hi: int) -> bool:
    """Whether the figure is said right after it to be across a list of benchmarks
    ("up to 11.6% gains across InterCode-CTF, NYU CTF Bench and Cybench"), each in
    turn ("respectively" aside): over all of them, on none alone."""
    listed = _ACROSS_LIST_AFTER.match(text, end, hi)
    names = NAME_SPLIT.split(listed["names"]) if listed else []
    return (
        len(names) >= 2
        and all(bench_ok(name, declared=True) for name in names)
        and _all_but_one_known(names)
        and "respectively" not in text[listed.end() : listed.end() + 20]
    )


def averaged_over_list_after(text: str, end: int, hi: int, start: int | None = None) -> bool:
    """Whether a list of known benchmarks the figure is an average over follows the
    number ("by 50% on average across GSM8K, MATH500 and AIME2024", "by an average of
    3.8% across MMLU, CRUX and MATH"): it is on none of them. Not a list of systems
    compared ("on average over DPO, IPO and KTO on AlpacaEval 2"), nor a list a
    benchmark follows."""
    on_average = _ON_AVERAGE.match(text, end, hi)
    if (
        not on_average
        and start is not None
        and AN_AVERAGE_OF.search(text, max(0, start - 30), start)
    ):
        on_average = _UNIT_AFTER.match(text, end, hi)
    listed = on_average and _LIST_TAKEN_OVER.match(text, on_average.end(), hi)
    names = _listed_benchmarks(listed) if listed else None
    return (
        names is not None
        and all(bench_ok(name) for name in names)
        and _all_but_one_known(names)
        and not _ON_ONE_AFTER.match(text, listed.end(), hi)
    )


def benchmarks_respectively(
    text: str, lo: int, hi: int, spans: Sequence[tuple[int, int]], benchmarks: Sequence[str]
) -> dict[int, str]:
    """The benchmarks "respectively" pairs the numbers with, by index: in "45.1% and
    38.2% on MMLU and GSM8K, respectively" the second is on GSM8K; in "38.4% on MATH
    and 69.9% on GSM8K, improvements of 17.0% and 15.1% respectively" the gains are on
    MATH and GSM8K, the ``benchmarks`` of the numbers before, in order."""
    at = text.find("respectively", lo, hi)
    before = [i for i, (_, end) in enumerate(spans) if end <= at]
    if len(before) < 2:
        return {}
    last = before[-1]
    run = next(r for r in _runs(text, spans) if last in r)
    run = [i for i in run if i <= last]
    # "Across A and B, it improves from 14.9% to 23.4% and from 16.4% to 21.9%,
    # respectively": changes, each on a name of the opening list
    lead = _known_listed(_LEAD_NAME_LIST.match(text, lo, spans[0][0]))
    if len(run) < 2:
        return changes_in_order(text, lo, spans, lead)
    listed = _NAME_LIST.search(text, spans[run[-1]][1], at)
    if listed:
        names = _listed_benchmarks(listed)
        if names is None:
            return {}
    else:
        names = list(dict.fromkeys(benchmarks[i] for i in range(run[0]) if benchmarks[i]))
        if not names and not _ON_NAME_AFTER.match(text, spans[run[-1]][1], at):
            # "improve accuracy on HumanEvalFix and MBPP+ by 3.17% and 12.35%, respectively"
            lists = list(_NAME_LIST.finditer(text, lo, spans[run[0]][0]))
            names = (lists and _known_listed(lists[-1])) or []
    if len(names) != len(run):
        return changes_in_order(text, lo, spans, lead)
    return dict(zip(run, names, strict=True))


# Right after a run of numbers, before the names it is on: a unit's measure or none.
_RUN_TO_NAMES = re.compile(r"(?:%|x|×)?(?:\s[\w@-]+){0,2}?\s(?=(?:on|across)\s)")


def benchmarks_in_order(
    text: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]
) -> dict[int, str]:
    """The benchmarks a run of numbers is on when a list of as many names follows
    it, with or without "respectively": "scores 80.3, 74.4 and 50.4 on AIME24, AIME25
    and HMMT25" (the second is on AIME25); or opens the sentence before the
    sentence's first numbers ("On MATH-500 and AIME 2024, it scores 92.1% and 60.3%")."""
    paired: dict[int, str] = {}
    lead = _known_listed(_LEAD_NAME_LIST.match(text, lo, spans[0][0])) if spans else None
    for run in _runs(text, spans):
        gap = len(run) > 1 and _RUN_TO_NAMES.match(text, spans[run[-1]][1], hi)
        names = _listed_benchmarks(gap and _NAME_LIST.match(text, gap.end(), hi))
        if (
            not names
            and len(run) > 1
            and not _ON_NAME_AFTER.match(text, spans[run[-1]][1], hi)
            # each run of as many numbers after an opening list ("62.1 and 58.4 EM, and
            # 75.3 and 70.2 F1"), unless it names its own ("and on C, 75.3 and 70.2")
            and not (run[0] and _NAME_ON.search(text, spans[run[0] - 1][1], spans[run[0]][0]))
        ):
            names = lead
        if names and len(names) == len(run):
            paired.update(zip(run, names, strict=True))
    return paired or changes_in_order(text, lo, spans, lead)


# "from 70.0% to 79.2% and from 61.3% to 70.5%": the "to" end of a change

_TO_GLUE = re.compile(r"(?:%|x|×|\s?points?)?\s(?:to|→|->)\s[+~]?")


def changes_in_order(
    text: str, lo: int, spans: Sequence[tuple[int, int]], names: Sequence[str] | None
) -> dict[int, str]:
    """The benchmarks of changes "from A to B" that follow a list of as many names
    opening the sentence, in order: "Across WebArena and VisualWebArena, the success
    rate improves from 14.9% to 23.4% and from 16.4% to 21.9%"."""
    if not names:
        return {}
    changes, i = [], 0
    while i + 1 < len(spans):
        if FROM_RIGHT_BEFORE.search(
            text, max(lo, spans[i][0] - 12), spans[i][0]
        ) and _TO_GLUE.fullmatch(text, spans[i][1], spans[i + 1][0]):
            changes.append((i, i + 1))
            i += 2
        else:
            i += 1
    if len(changes) != len(names) or 2 * len(changes) != len(spans):
        return {}
    return {i: name for pair, name in zip(changes, names, strict=True) for i in pair}


_NAME_ON = re.compile(rf"\b(?i:on|in|for)\s(?:the\s)?{BENCH}")

# Between results and as many numbers they are compared with: "58.7 on MATH and 61.6 on
# HumanEval, against 42.2 and 39.6 for LLaDA", "MMGraphRAG, which scores 61.0% and
# 37.7%", "competitive with DeepSeek-R1 (79.8 and 97.3)".
_COMPARED_WITH = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s(?:with|to)|than|whereas|while|(?:up|down)\sfrom|"
    r"which\s(?:scores?|reaches|achieves|gets|obtains)|(?:gains?|improvements?|increases?)\sof)\b|\(",
    re.IGNORECASE,
)


def benchmarks_in_parallel(
    text: str, spans: Sequence[tuple[int, int]], benchmarks: Sequence[str]
) -> dict[int, str]:
    """The benchmarks of a run of numbers that a comparison sets beside as many numbers
    before it, each on its own benchmark: in "58.7 on MATH and 61.6 on HumanEval,
    against 42.2 and 39.6 for LLaDA" 42.2 is on MATH and 39.6 on HumanEval. Not when
    the run names its own ("... and 40.1 on MBPP"), nor when the numbers before it
    are part of a longer list, whose end alone the run would match."""
    paired: dict[int, str] = {}
    for run in _runs(text, spans):
        k, first = len(run), run[0]
        if k < 2 or first < k or len({benchmarks[i] for i in run}) != 1:
            continue
        names = [benchmarks[i] for i in range(first - k, first)]
        longer = first > k and benchmarks[first - k - 1] not in ("", *names)
        compared = _COMPARED_WITH.search(text, spans[first - 1][1], spans[first][0])
        if (
            all(names)
            and len(set(names)) == k
            and not longer
            and compared
            and not _ON_NAME_AFTER.match(text, spans[run[-1]][1])
            # "while on BrowseComp its two variants score 12.2% and 9.8%": its own
            and not _NAME_ON.search(text, compared.end(), spans[first][0])
        ):
            paired.update(zip(run, names, strict=True))
    return paired


# A list of names that opens the sentence, before its first numbers: "On BrowseComp-Plus
# and SWE-Bench Verified, the agent reaches 62.0% and 58.0% pass@1".
_LEAD_NAME_LIST = re.compile(
    # "On MMLU and GPQA with Qwen2.5-72B, ..."
    rf"(?:[^\w(]{{0,12}}|[^.;:]{{0,40}}:\**\s)(?i:on|across|for|in)\s(?:the\s)?{_NAMES}{LIST_SETTING},\s"
)


def measures_respectively(
    text: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]
) -> dict[int, str]:
    """The measures "respectively" pairs the numbers with, by index: "67.9, 81.8 and
    88.6 on Top-1, Top-2 and Top-3 R-precision, respectively"."""
    return pair_measures(text, lo, hi, spans, _measure_named, _names_own_measure)


def _names_own_measure(text: str, at: int) -> bool:
    """Whether a measure's name follows ``at`` right away: a run of numbers written
    before its own measure ("a 4.9x and 1.98x speedup") names it."""
    after = text[at : at + 45].lstrip()
    return any(m.start() == 0 for p in (QUALITY, EFFICIENCY) for m in metric_matches(after, p))


_QUALITY_NOUN_END = re.compile(r"(?:^|\s)" + _NOUN_OF_QUALITY + "$")


def _measure_named(item: str) -> str:
    """The measure ``item`` (a list's item) names whole, or ``""``: a metric's name
    ("Top-3 R-precision", "PSNR", "success rate") or a quality noun ("prompt
    faithfulness"), with no benchmark before it ("MMLU accuracy")."""
    words = item.split()
    if any(
        _BENCH_NAME.fullmatch(w) or registry_name(w) or is_verb_or_comparison(w) or w.endswith("ly")
        for w in words[:-1]
    ):
        return ""  # "MMLU accuracy", "significantly reduced latency"
    for pattern in (QUALITY, EFFICIENCY):
        named = metric_matches(item, pattern)
        # A setting before the measure is no part of it ("5-shot accuracy").
        if named and named[-1].end() == len(item) and not _DIGIT.search(item, 0, named[-1].start()):
            name = clean_metric(item)
            return "" if name in _NEEDS_MODIFIER else name
    return item.lower() if _QUALITY_NOUN_END.search(item) else ""
