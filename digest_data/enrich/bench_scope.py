"""Where a figure is on none of the benchmarks its sentence names: over several
("on seven reasoning benchmarks", "on average", "across the benchmarks"), on sets of
the paper's own or in the real world ("In a user study", "on real-world tasks"), after
an opening list of another count ("Across SWE-bench, WebArena and OSWorld, ..."), or
in a clause of its own (", and in a user study ..."). ``bench_field`` asks these
before it takes a name."""

from __future__ import annotations

import functools

import regex as re

from .bench_shape import BENCH, PART_HEAD, bench_ok, known_benchmark
from .number_forms import HEDGE, NUMBER, no_result_between
from .numbers import Needing
from .sentences import CLAUSE_BREAK

#: The words between the two ends of a range or change: " to ", " → ", " to +".
TO = r"\s(?:to|→|->)\s[+~]?"
TO_END = re.compile(rf"{TO}(?:{NUMBER})(?:%|x\b|×|\s?points?\b)?")


def past_range(text: str, end: int, hi: int) -> int:
    """Where the "to" end of a range or change starting with the number ending at
    ``end`` ends ("3% to 16%"), else ``end``."""
    to = TO_END.match(text, end - 1 if text.startswith("%", end - 1) else end, hi)
    return to.end() if to else end


# A list of names the sentence opens on: its numbers are on each in turn, when as
# many (``respectively.benchmarks_in_order``), or over all of them, on none alone.
#: "A, B and C": the names of a list, at least two (group ``names``).
NAME_LIST = rf"(?P<names>{BENCH}(?:,\s(?!and\s){BENCH})*,?\s(?:and|&)\s(?:the\s)?{BENCH})"
# A list whose later items may be bare versions or years of the name before, "on
# LiveCodeBench v5 and v6", "AIME 2024 and 2025": for pairing a run of numbers with
# the names in order, not for saying a number is over several.
_LIST_ITEM = rf"(?:{BENCH}|[vV]\d+(?:\.\d+)?\b|20\d\d\b)(?![.,]?\d|%)"
VERSIONED_NAME_LIST = (
    rf"(?P<names>{BENCH}(?:,\s(?!and\s){_LIST_ITEM})*,?\s(?:and|&)\s(?:the\s)?{_LIST_ITEM})"
)
#: Where a list's names part: "A, B and C" gives A, B, C.
NAME_SPLIT = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s(?:the\s)?")
#: What may stand between an opening list and its comma: "Across A, B and C with Qwen3
#: models of 1.7B, 4B and 8B parameters, ...".
LIST_SETTING = r"(?:\s(?:with|for|using)\s[^;]{0,60}?)?"
_LEAD_LIST = re.compile(rf"{PART_HEAD}(?:On|In|Across|For)\s(?:the\s)?{NAME_LIST}{LIST_SETTING},")


_LIST_NAMES = re.compile(BENCH)


# Experiments in the real world, on no benchmark: "On real-world tasks", "In
# real-robot experiments". Only where a sentence opens with it: another scope in plain
# words ("On long-horizon tasks") is a part of the benchmark named before, and after a
# number ("on age-related tasks") labels read it as part of the paper's benchmark.
_REAL_WORLD = (
    r"(?:[Oo]n|[Ii]n|[Aa]cross)\s(?:the\s)?(?:[a-z-]+\s){0,2}?(?:real[\s-]world|real|physical)"
    r"(?:[\s-][a-z-]+){0,2}\s(?:tasks|benchmarks|settings|experiments|scenarios|environments|"
    r"evaluations|tests|trials|hardware|robots?|deployments?)\b"
)


# A sentence opening on a set of the paper's own it does not name ("On the synthetic
# benchmark, ...", "In a user study, ..."): its figures are on none named elsewhere.
# Not "On this benchmark", "On the proposed benchmark" or "On the test set", which
# refer back to one named before.
_UNNAMED_SET = (
    r"(?:[Oo]n|[Ii]n)\s(?:the\s|an?\s|our\s)?(?:new\s|small\s|large\s|blind\s)?"
    r"(?:(?:synthetic|in-house|internal|private|proprietary)\s(?:[a-z-]+\s)?"
    r"(?:benchmark|dataset|test\sset)|user\sstud(?:y|ies)|human\s(?:evaluations?|stud(?:y|ies)))"
    r"(?![\w'’]|\s(?:of|for|from|in|on)\b|\s[A-Z])"
)


_OFF_BENCHMARK_LEAD = re.compile(rf"{PART_HEAD}(?:{_REAL_WORLD}|{_UNNAMED_SET})")


# Right after a number: "87.5% across 8 real-world XArm tasks"; not "on real-world
# tasks from the WebVoyager benchmark", a part of a named benchmark.
_REAL_WORLD_AFTER = re.compile(
    r"\s?(?:%|x|×|points?)?\s(?:[Oo]n|[Ii]n|[Aa]cross)\s(?:the\s)?(?:\d+\s)?(?:[a-z-]+\s){0,2}?"
    r"(?:real[\s-]world|real[\s-]robot)(?:[\s-][\w-]+){0,2}?\s(?:tasks|settings|experiments|"
    r"scenarios|environments|evaluations|hardware|robots?|deployments?)\b"
    r"(?!\s(?:in|from|of|on)\s(?:the\s)?[A-Z])"
)


def real_world_after(text: str, end: int, hi: int) -> bool:
    """Whether the number is said right after it to be measured in the real world
    ("87.5% across 8 real-world XArm tasks"): on no benchmark."""
    return _REAL_WORLD_AFTER.match(text, end, hi) is not None


def opens_off_benchmark(text: str, lo: int, start: int) -> bool:
    """Whether the number's sentence opens with experiments in the real world ("On
    real-world tasks it reaches 84.0%") or on a set it does not name ("In a user
    study, ..."): no benchmark named elsewhere, or later in it, is carried to it."""
    return _OFF_BENCHMARK_LEAD.match(text, lo, start) is not None


# the clause's words up to a name, with no other result between ("v1.5" is no break)
_NO_RESULT_IN_CLAUSE = no_result_between(r"(?:[^.;:]|\.(?=\w))", 100)


# "by 3.4 points on average", "1.71x on average"; not when its phrase goes on to name
# where, with no other result between: "on average across Llama-3, Qwen2.5 and Mistral
# on GSM8K", "on average across the 14 subjects of MMLU-Pro"
_ON_AVERAGE_AFTER = re.compile(
    r"\s?(?:%|x|×|\s?(?:percentage\s)?points?)?\son\saverage\b"
    rf"(?!{_NO_RESULT_IN_CLAUSE}\b(?:on|in|of)\s(?:the\s)?{BENCH})"
)


AN_AVERAGE_OF = re.compile(rf"\ban\saverage\sof\s(?:{HEDGE}\s)?[+~]?$")


_NAMED_RIGHT_AFTER = re.compile(
    rf"\s?(?:%|x|×|\s?(?:percentage\s)?points?)?{_NO_RESULT_IN_CLAUSE}"
    rf"\b(?:on|in|of)\s(?:the\s)?{BENCH}"
)


def on_average_after(text: str, end: int, hi: int, start: int | None = None) -> bool:
    """Whether "on average" follows the number (or the "to" end of its range), or "an
    average of" comes right before it (at ``start``): a figure over several sets, on
    none of them unless its phrase goes on to name one."""
    if _ON_AVERAGE_AFTER.match(text, past_range(text, end, hi), hi):
        return True
    return (
        start is not None
        and AN_AVERAGE_OF.search(text, max(0, start - 30), start) is not None
        and not _NAMED_RIGHT_AFTER.match(text, end, hi)
    )


def opens_on_list(text: str, lo: int, start: int) -> bool:
    """Whether the sentence opens on a list of names before the number ("Across
    SWE-bench, WebArena and OSWorld, ..."): its numbers are on each in turn when as
    many (``respectively.benchmarks_in_order``), else on none of them alone."""
    lead = _LEAD_LIST.match(text, lo, start)
    if not lead:
        return False
    # a list of benchmarks, not of models ("For Llama-3.1-8B and Qwen2.5-7B, ...")
    names = _LIST_NAMES.findall(text, lead.start("names"), lead.end("names"))
    return all(bench_ok(n) for n in names) and any(known_benchmark(n) for n in names)


def clause_off_benchmark(text: str, lo: int, start: int) -> bool:
    """Whether the number's own clause, after the sentence's first, opens like
    ``opens_off_benchmark``: ", and in a user study against X it obtains 51.7%"."""
    clauses = list(CLAUSE_BREAK.finditer(text, lo, start))
    return bool(clauses) and _OFF_BENCHMARK_LEAD.match(text, clauses[-1].end(), start) is not None


@functools.lru_cache(maxsize=64)
def over_several(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence reports a figure over several benchmarks; cached, as
    each of its numbers asks."""
    return _SEVERAL.search(text, lo, hi) is not None


_PLURAL_SETS = "benchmarks|datasets|tasks|domains|languages"


_SEVERAL = Needing(
    _PLURAL_SETS,
    r"\b(?:[Oo]n|[Aa]cross|[Oo]ver)\s(?:the\s)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|multiple|various|many|all|diverse)\s(?:(?:out\sof\s)?\d+\s)?(?:[a-z-]+\s){0,3}"
    rf"(?:{_PLURAL_SETS})\b"
    # "on benchmarks such as Minerva Algebra, MATH-500 and GSM8K"
    # (not "helps on domains like medicine": a domain is no benchmark)
    r"|\b(?:[Oo]n|[Aa]cross|[Oo]ver)\s(?:the\s)?(?:[a-z-]+\s){0,3}"
    r"(?:benchmarks|datasets|tasks)\s(?:such\sas|like|including)\s",
)


# Its words are a few dozen characters: 200 reaches past any real one. Only
# benchmarks and datasets: "across 32 tasks" (or domains, languages) after a number
# are the parts of the one benchmark its sentence names ("On the MMT-S benchmark,
# ... a 25.1% improvement across 32 tasks"); a benchmark is not carried to it
# from elsewhere (``_SEVERAL``).
SEVERAL_AFTER = Needing(
    "benchmarks|datasets",
    r"[^.;:]{0,40}?\b(?:on|across|over)\s(?:the\s)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|multiple|various|many|all|diverse)\s(?:(?:out\sof\s)?\d+\s)?(?:[a-z-]+\s){0,3}"
    # "by 3% to 16% across the benchmarks", "across the medical benchmarks", "across benchmarks"
    r"|(?<=the\s|across\s)(?:[a-z-]+\s){0,2})(?:benchmarks|datasets)\b",
    reach=200,
)


OWN_UNNAMED_AFTER = re.compile(
    r"\s?(?:%|x|×|\s?points?)?\s(?:[a-z]+\s){0,2}(?:on|across)\s(?:the\s|an?\s)?(?:[a-z][\w-]*\s){0,3}"
    r"(?:tasks|data|benchmarks|datasets|domains|environments|scenarios|evaluations?)\b"
    # not a part of one named next: "on real-world tasks from the WebVoyager benchmark"
    r"(?!\s(?:from|of|in|on)\s(?:the\s)?[A-Z])"
)
