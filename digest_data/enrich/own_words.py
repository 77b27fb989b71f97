"""Measures no vocabulary holds, named in the text's own words: the words a
determiner opens right before "of" and the number ("a pseudo-R² of 0.41"), plain
words that end the number's phrase ("95% compute utilization"), and what a multiple
of another system's is of ("2x the throughput of FP8"). ``number_metric`` asks these
when no known name is there; most of what is here says which words only judge,
compare, count, set or give a unit, and so name nothing."""

from __future__ import annotations

import regex as re

from .bench_shape import known_benchmark
from .metric_names import FUNCTION_WORD, clean_metric, is_verb_or_comparison, registry_name
from .number_forms import HEDGE, PLURAL_NOUN

# "95% compute utilization", "1.2% parameter overhead", "60.0 box AP": plain words
# right after a number that end its phrase name what it measures, when they are no
# change, judgement, comparison, unit, time or set.
_PHRASE_ENDS = (
    r"(?:on|in|for|with|and|while|than|across|over|compared|at|under|among|per|when|from|"
    r"versus|vs|along|against|to)\b"
)
_PHRASE_AFTER = re.compile(
    rf"\s?(?P<np>(?:(?!{_PHRASE_ENDS})[A-Za-z][\w@²'’-]*\s){{0,2}}(?!{_PHRASE_ENDS})"
    rf"[A-Za-z][\w@²'’-]*)(?=\s?[,.;:)]|\s?$|\s{_PHRASE_ENDS})"
)
_NOT_A_MEASURE_AFTER_WORDS = """
    improvement improvements gain gains increase increases decrease drop drops
    degradation uplift advantage boost reduction decline rise score scores performance
    average overall better worse higher lower more less fewer smaller larger faster
    slower longer shorter times fold respectively absolute relative minutes hours
    seconds days weeks months years deviations model models parameters tokens samples
    examples images videos tasks problems cases points percent after before between
    even per only meters metres degrees nats bits bytes words
    characters lines pages kcal mol steps each apiece
"""
# What a run is set to or a sample made of, never a result: "at 0.8 temperature", "a
# ratio of 3:1", "0.01 weight decay", "(30% women)".
_SETTING_WORDS = """
    temperature decay noise dropout strength weight ratio duration women men people
    children
"""
_NOT_A_MEASURE_AFTER = frozenset((_NOT_A_MEASURE_AFTER_WORDS + _SETTING_WORDS).split())
# a plural counts things ("86% trials", "35% duplicates", "45% positive labels")
_PLURAL = re.compile(PLURAL_NOUN)
# a condition the number sets: "with 30% label noise", "at 50% compression"
_CONDITION_BEFORE = re.compile(rf"\b(?:at|with|using)\s(?:{HEDGE}\s)?~?$")
_UNIT_WORD = re.compile(
    # (a run's compute is a unit too: "32 GPU-days", "8 A100-days")
    r"(?:[kMGT]?(?:Hz|B|W|Wh|bps)|mL|ml|dB|fps|kg|mm|cm|km|(?:[a-z]\d{2,4}|gpu|tpu)-(?:hours|days))",
    re.IGNORECASE,
)


def phrase_after(text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """Plain words right after the number ``text[start:end]`` that end its phrase
    ("95% compute utilization, ..."), unless they only judge, compare, count, set or
    give a unit, or the number is a condition ("with 30% label noise")."""
    if _CONDITION_BEFORE.search(text, max(lo, start - 20), start):
        return None
    phrase = _PHRASE_AFTER.match(text, end, hi)
    if not phrase or text.startswith(" than", phrase.end()):
        return None  # "1.66x stronger than o3": a comparison, whatever its adjective
    words = phrase["np"].split()
    if _PLURAL.fullmatch(words[-1].lower()) or any(
        w.lower() in _NOT_A_MEASURE_AFTER
        or re.fullmatch(FUNCTION_WORD, w.lower())
        or is_verb_or_comparison(w.lower())
        or w.lower().endswith(("ing", "ed", "ly"))
        or _UNIT_WORD.fullmatch(w)
        or known_benchmark(w)
        for w in words
    ):
        return None
    if len(words) == 1 and (len(words[0]) <= 2 or words[0].isupper()):
        return None  # "167.3 m", "on VQA and 12% TQA": a unit or a task's acronym
    return clean_metric(" ".join(words)) or None


# "a pseudo-R² of 0.41", "an average episode length of 4.64", "a runtime of only 33
# seconds": the words a determiner opens right before "of" and the number name the
# measure in the text's own words, when no known name is there.
_DETERMINER = r"(?:a|an|the|its|their)"
# Words that only place a value among others, between the determiner and the measure:
# "a new state-of-the-art average sequence length of 4.53".
_PLACING = (
    r"(?:new|state-of-the-art|record|best|record-high|record-low|best-known|all-time"
    r"|impressive|striking|remarkable)"
)
# or, with no determiner, after "with" or "and" in a list of figures: "with carbon
# emissions of 0.03 gCO2e and water consumption of 0.26 mL".
_PHRASE_OF = re.compile(
    rf"(?:(?<![\w-]){_DETERMINER}\s(?:{_PLACING}\s)*|(?<![\w-])(?:with|and)\s(?=[a-z]))"
    rf"(?P<np>(?:(?!{_DETERMINER}\s|{_PLACING}\s|{FUNCTION_WORD})[^\s,;:()\[\]]+\s){{1,4}})"
    rf"of\s(?:{HEDGE}\s)?$",
    re.IGNORECASE,
)
# Heads that judge, count, hold or set a number rather than measure it: "a score of
# 0.65" and "an average of 5%" name no measure (LABELING.md); "a gain of", "a total
# of", "a budget of", "a temperature of".
_NOT_A_MEASURE_HEAD_WORDS = """
    score scores average mean total sum gain gains improvement improvements increase
    decrease reduction drop boost decline rise jump margin difference advantage lead
    factor record result results best art performance value values number count budget
    size rate level percentage share fraction portion proportion order set series range
    mix combination maximum minimum peak top end team corpus dataset benchmark
    suite collection family group couple handful window threshold temperature horizon
    resolution step steps epoch epochs batch depth width highest lowest largest smallest
    most least majority high low uplift lift mark figure tally
"""
_NOT_A_MEASURE_HEAD = frozenset((_NOT_A_MEASURE_HEAD_WORDS + _SETTING_WORDS).split())


def phrase_before_of(text: str, since: int, start: int) -> str | None:
    """The words between a determiner and "of" right before the number at ``start``
    (not before ``since``), when their last one is no judging, counting or setting
    word: "an average episode length of 4.64" is average episode length."""
    found = phrase_of_at(text, since, start)
    return found[1] if found else None


def phrase_of_at(text: str, since: int, start: int) -> tuple[int, str] | None:
    """Where the phrase ``phrase_before_of`` names starts, and its name."""
    phrase = _PHRASE_OF.search(text, max(since, start - 60), start)
    if not phrase:
        return None
    words = phrase["np"].split()
    if words[-1].lower() in _NOT_A_MEASURE_HEAD or is_verb_or_comparison(words[-1]):
        return None
    if any(known_benchmark(w) for w in words):
        return None  # "the MMLU accuracy of": the benchmark's steps name it
    name = clean_metric(" ".join(words))
    return (phrase.start("np"), name) if name else None


# "2.52 times the execution frequency of the base model", "1.8x the throughput of
# dLLM-Cache": a multiple of what another system has names the measure between "the"
# and "of".
_MULTIPLE = r"(?:x|×|-fold|\stimes)"
_MULTIPLE_OF = re.compile(
    rf"(?<={_MULTIPLE})\sthe\s"
    rf"(?P<np>(?!{FUNCTION_WORD}\s)(?:[A-Za-z][\w-]*\s){{0,2}}?[A-Za-z][\w-]*)\sof\b"
)


_TIMES = re.compile(rf"\s?{_MULTIPLE}(?=\s)")


def _past_times(text: str, end: int, hi: int) -> int:
    """Where a multiple's "x" or "times" ends, whether or not the number took it."""
    times = _TIMES.match(text, end, hi)
    return times.end() if times else end


def multiple_of(text: str, end: int, hi: int) -> str | None:
    """The measure a multiple right after the number at ``end`` is of ("2x the
    throughput of FP8"), unless its head only judges, counts or sets ("3x the number
    of", "twice the score of")."""
    multiple = _MULTIPLE_OF.match(text, _past_times(text, end, hi), hi)
    if not multiple:
        return None
    words = multiple["np"].split()
    if words[-1].lower() in _NOT_A_MEASURE_HEAD or any(registry_name(w) for w in words):
        return None
    return clean_metric(" ".join(words)) or None
