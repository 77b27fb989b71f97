"""The metric a number reports (rule 3 of ``metrics``). ``name_metric`` asks the
words around a number in a fixed order, one step per way summaries name a measure:
inside the number ("1.32 F1 points"), right after it ("62.4% accuracy"), what
changed ("reduces the index size by 50%"), since the previous number ("a pass@1
rate of 62%"), and last what its sentence named before. How the words a step finds
become the reported name is ``metric_names``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import regex as re

from .bench_shape import BENCH, NOT_BENCH, benchmark_right_after, known_benchmark
from .benchmarks import load_registry
from .changed_measure import IN_DEFINED, WHAT, second_measure_by, what_changed
from .metric_match import EFFICIENCY, QUALITY, metric_matches
from .metric_names import FUNCTION_WORD as _FUNCTION_WORD
from .metric_names import NOUN_OF_QUALITY as _NOUN_OF_QUALITY
from .metric_names import (
    acronym_after,
    acronym_defined,
    acronym_in,
    changed_in,
    clean_metric,
    is_verb_or_comparison,
    named_phrase,
    registry_name,
)
from .metric_words import NOT_MODIFIER as _NOT_MODIFIER
from .metric_words import RATE_NAME
from .number_forms import HEDGE, NUMBER, changed_count
from .own_words import multiple_of, phrase_after, phrase_before_of, phrase_of_at
from .shares import count_of, share_of

# "3x faster", "speeds up inference": an efficiency figure that names nothing else
# is a speedup.
_SPEED_WORD = re.compile(r"\bfaster\b|\bspeed", re.IGNORECASE)
# "speeds up diffusion training by over 17x": the speed verb before the number.
_SPED_UP_BY = re.compile(
    r"\b(?:(?:speed(?:s|ing)?|sped)[\s-]up|accelerat(?:es|ed|ing|e))\b(?:(?!\bby\b)[^.;]){0,60}?\bby\s"
    rf"(?:{HEDGE}\s)?~?$",
    re.IGNORECASE,
)
# What may stand between a number and the measure named after it: the rest of its
# list ("45.1% and 38.2% accuracy"), an aside, and the words of a change ("a 5% drop
# in accuracy").
SHARED_TAIL = re.compile(
    rf"(?:\s*(?:,|and|or|to|vs\.?|versus|/)\s*"
    # "outperformed GPT-4o by 5% and PaperQA2 by 7% in correctness": the other
    # systems' margins share the measure named after the last
    r"(?:(?:[A-Z][\w.+-]*\s){1,2}by\s(?:(?:up\sto|about|over|nearly|around)\s)?~?)?"
    rf"[+\-−]?(?:{NUMBER})\s?(?:%|x|points|[KMGT]B\b|ms\b)?)*"
    # "a 20% (±3%) absolute improvement in pass@50": an aside before the measure
    r"(?:\s?\([^()]{0,25}\))?"
    r"\s?(?:(?:average|mean|overall|macro[\s-]averaged?|relative|absolute)\s)?"
    r"(?:(?:higher|lower|better|worse|more|less|decrease|drop|increase|improvement|gain|boost|"
    r"reduction|difference)\s)?(?:in\s(?:terms\sof\s)?)?"
)


# A number standing alone, and whether it is a percentage: not the "7" of "(7B)" or
# "5-shot", nor an error bar's "±0.4".
_LISTED = re.compile(rf"(?<![\w.±-])(?:{NUMBER})(?P<percent>\s?%)?(?![\w-])")
# A number right before a measure's name: "a 1,850 Elo rating", "the 94th percentile".
_NUMBER_THEN = re.compile(
    rf"(?<![\w.-])(?:{NUMBER})(?:st|nd|rd|th)?\s?%?\s"
    r"(?:(?!(?:and|or|but|while|whereas|with)\s)[A-Za-z-]+\s){0,2}$"
)
_ASIDE = re.compile(r"\([^()]*\)")

# What stands between a measure and its number: "a VBench score of 84.87".
_RIGHT_BEFORE = re.compile(r"\s*(?:of|is|was|at|:)?\s*(?:(?:about|around|nearly|over)\s)?")
_SCORE_MOVES = re.compile(
    r"\s(?:(?:stays|remains|rises|drops|falls|climbs|goes|reaches)\s(?:at\s|to\s)?|by\s|from\s)"
    rf"(?:{HEDGE}\s)?"
)
# Measures never given as a percentage, and ranks, given as whole numbers.
_NEVER_PERCENT = re.compile(
    r"(?:^|\s)(?:[rgs]?fid|[rg]?fvd|kid|psnr|perplexity|ppl|fps|frames per second|ratings?)(?:\s(?:scores?))?$",
    re.IGNORECASE,
)
_RANK = re.compile(r"(?:^|\s)(?:elo|percentiles?)(?:\s(?:scores?|ratings?))?$", re.IGNORECASE)
# "53.7% mean Intersection over Union (mIoU)": a measure no name pattern knows,
# spelled out and given an acronym, is reported by the acronym (a known one: see
# ``metric_names.acronym_defined``).
_LONG_THEN_ACRONYM = re.compile(
    r"\s?(?P<long>(?!(?:the|a|an|at|of|on|in|for|with|by|to|and|or|than|over)\b)"
    r"(?:[A-Za-z][\w'’-]*\s){0,4}[A-Za-z][\w'’-]*)(?=\s\([A-Za-z]{2,10}\))"
)


def _defined_after(text: str, at: int, hi: int) -> str:
    """``mean Intersection over Union (mIoU)`` right after a number: the acronym."""
    m = _LONG_THEN_ACRONYM.match(text, at, min(hi, at + 70))
    if not m or metric_matches(m["long"]):
        return ""
    return acronym_defined(text, m.end())


# Words before a change that only judge or place it ("a 5% absolute improvement",
# "a 2.1% average gain", "a 2.8x performance gain"): no measure named.
_JUDGING = (
    r"(?:relative|absolute|average|overall|mean|performance|total|net|significant|"
    r"substantial|further|additional|consistent|notable|marked|point|percentage|"
    r"[a-z]+ly|more|less|higher|lower|better|worse|further)\b"
)
_QUALITY_NOUN = re.compile(
    # "97% format validity", "80% token-level sparsity": plain words may say which
    rf"(?P<which>(?:(?!{_FUNCTION_WORD}|{_JUDGING})[a-z0-9][\w-]*\s){{0,2}}?)"
    + _NOUN_OF_QUALITY
    + r"(?=\s?(?:[,.;:)]|$)|\s(?:compared|than|on|and|for|with|while|across|over|vs|at|in|under|among|per)\b)"
)
_QUALITY_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?P<average>(?:average|mean|overall)\s)?"
    # "a subject consistency of 0.93", "a control frequency of 117.7 Hz": one plain word
    # before the noun names which (``_quality_noun_before`` keeps it when it may)
    r"(?P<modifier>[a-z][a-z-]{2,}\s)?"
    + _NOUN_OF_QUALITY
    + r"\s(?:\(|(?:of|at|reaching|reached|is|was|above|below)\s)$"
)
_MODIFIERS_ONLY = re.compile(r"(?:[A-Za-z][\w'’&-]*\s){1,2}")
# "a MAD of 4.42", "a real-time factor (RTF) of 0.15", "a mean object motion control
# (ObjMC) score of 14.43": a measure by its acronym, the one a long name was given too.
_ACRONYM_OF = re.compile(
    # "an ASR-BLEU of 30.5", "a Sync-C of 8.37": a compound with a hyphen too
    r"(?<![\w-])(?P<paren>\()?(?P<acr>[A-Z][A-Za-z0-9]{0,6}-?[A-Z][A-Za-z0-9]{0,6})(?(paren)\))"
    r"(?P<score>-score)?"  # "an IB-score of 31.2" is "ib score", as "a CLIP score"
    r"\s(?:\([^()]{0,60}\)\s)?"
    r"(?:score\s)?(?:of|from|=|:)\s*$"
    # "its KRR collapses to 0.05", "FID drops from": an acronym in capitals that moves
    r"|(?<![\w-])(?P<acr>[A-Z][A-Z0-9]{1,5})\s(?:(?:collapse|drop|fall|rise|climb|jump|decline)s"
    r"|fell|rose)\s(?:to|from|by)\s(?:(?:only|just|about|around|nearly)\s)?$"
)


_OF_COST = re.compile(r"\s?of\s(?:the\s|its\s|their\s)?(?:(?:total|peak|overall|original|full)\s)?")


_NAMED_CHANGE = re.compile(
    rf"\s(?P<what>(?!{_FUNCTION_WORD}|{_JUDGING})[A-Za-z][\w@-]*"
    rf"(?:\s(?!{_FUNCTION_WORD}|{_JUDGING})[A-Za-z][\w@-]*){{0,2}})"
    r"\s(?P<change>improvement|reduction|gain|increase|decrease|drop|boost|saving)s?\b",
    re.IGNORECASE,
)


# A rate's unit names the metric only when no speed is named before the number:
# "an inference speed of 85.5 frames per second" is inference speed, "48 FPS" is fps.
_RATE_UNIT = re.compile(RATE_NAME, re.IGNORECASE)
_SPEED_OF = re.compile(
    r"(?<![\w-])(?P<what>(?:(?!(?:a|an|the|of|its|their|with|at)\b)[a-z][\w-]*\s)?"
    r"(?:speed|framerate|frame\srate|throughput))s?\s(?:of\s)?"
    rf"(?:{HEDGE}\s)?$",
    re.IGNORECASE,
)


@functools.cache
def _on_measure() -> re.Pattern:
    """What may stand between a number and the measure it is "on": "by 1.3% on
    average accuracy", "a 6-point improvement on ARC-Challenge accuracy" (a
    benchmark written as the measure's qualifier)."""
    return re.compile(rf"on\s(?:the\s)?(?:{BENCH}\s)?(?:(?:average|mean|overall)\s)?")


def _acronym_in(text: str, end: int, hi: int) -> str:
    """The acronym of a measure the number is "in" or "on" ("a 93.65 on the Visual AI
    Index (VAI)" is vai), as LABELING.md rules; a metric the text names by a known
    acronym ("56.5% in text alignment (CLIP-T)") is that one; never a benchmark's."""
    found = acronym_in(text, end, hi)
    if not found:
        return ""
    long, acr = found
    if known_benchmark(acr) or NOT_BENCH.match(acr):
        return ""
    if metric_matches(long) or IN_DEFINED.match(text, end, hi):
        return ""  # a known name in full ("Pearson Correlation Coefficient (PCC)"); see below
    if (named := metric_matches(acr)) and named[0].span() == (0, len(acr)):
        return clean_metric(acr)
    return acr.lower() if acronym_defined(text, end + text[end:].find(f" ({acr})")) else ""


@dataclass
class _Number:
    """A number being named: the text, its sentence (from ``lo``, at most
    ``metrics.LOOKBACK`` before it, to ``hi``), its span, where the previous number ended,
    and whether it is an efficiency figure, which takes only efficiency names."""

    text: str
    lo: int
    hi: int
    start: int
    end: int
    since: int
    efficiency: bool

    @property
    def pattern(self) -> re.Pattern:
        return EFFICIENCY if self.efficiency else QUALITY

    @property
    def percent(self) -> bool:
        return self.text[self.end - 1 : self.end] == "%"

    @functools.cached_property
    def shared(self) -> re.Match:
        """The words after the number before a measure named after it (``SHARED_TAIL``);
        none when the number has a measure of its own right before it and the list
        goes on in another unit: in "an FID of 2.1 and 85.3% precision" the 2.1 is no
        precision (but "71.2 and 74.5% accuracy" are both accuracies)."""
        tail = SHARED_TAIL.match(self.text, self.end, self.hi)
        listed = _ASIDE.sub("", tail[0])  # "78.2% (5-shot) accuracy"
        if self.measured_before and any(
            bool(m["percent"]) != self.percent for m in _LISTED.finditer(listed)
        ):
            return SHARED_TAIL.match(self.text, self.end, self.end)
        return tail

    @property
    def measured_before(self) -> bool:
        """Whether a measure is named right before the number: "an FID of 2.1", "a
        Codeforces rating of 1691" (not the verb of "the models score 71.2")."""
        window = max(self.since, self.start - 40)
        named = metric_matches(self.text[window : self.start], self.pattern)
        if not named:
            return False
        gap = _RIGHT_BEFORE.fullmatch(self.text, window + named[-1].end(), self.start)
        return bool(gap) and (
            bool(gap.group(0).strip()) or bool(named_phrase(self.text, named[-1], window))
        )

    def named(self, measure: re.Match, lo: int) -> str:
        """The measure's name (``named_phrase``), or ``""`` when it was named for
        another number and this one cannot report it (``fits_number``): "a 1,850 Elo
        rating on Codeforces and 72.1% on LiveCodeBench"."""
        phrase = named_phrase(self.text, measure, lo)
        at, end = lo + measure.start(), lo + measure.end()
        for_another = _NUMBER_THEN.search(self.text, max(0, at - 30), at) or _LISTED.search(
            self.text, end, self.start
        )
        if for_another and not fits_number(phrase, self.text, self.start, self.end):
            return ""
        return phrase

    @property
    def named_in(self) -> bool:
        """Whether the number is "in" what follows: "25.6% in Relative Deviation (RD)"."""
        return self.shared.group(0).rstrip().endswith(" in")

    @functools.cached_property
    def before(self) -> tuple[re.Match, ...]:
        """The measures named since the previous number."""
        return metric_matches(self.text[self.since : self.start], self.pattern)

    @functools.cached_property
    def acronym_of(self) -> re.Match | None:
        """A measure's acronym written just before the number (``_ACRONYM_OF``): two
        steps ask it."""
        return _ACRONYM_OF.search(self.text, max(self.since, self.start - 90), self.start)


def fits_number(metric: str, text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` can report ``metric``, named for another
    number: only a whole number is an Elo rating or a percentile (the 74.9 of "the
    94th percentile on Codeforces and 74.9 on MathVista"), and a percentage is no FID,
    FVD, KID, PSNR or perplexity ("a WikiText2 perplexity of 6.13 and an average
    improvement of 1% on QA tasks"; "reduces FID by 30%" names it for the 30%)."""
    number = text[start:end]
    if _RANK.search(metric):
        return not re.search(r"[.%]", number)
    return not (number.endswith("%") and _NEVER_PERCENT.search(metric))


def name_metric(
    text: str, lo: int, hi: int, start: int, end: int, since: int, efficiency: bool
) -> str:
    """The metric a number reports: one named inside it or right after it
    (``62.4% accuracy``, ``51.4% and 54.2% accuracy``, ``a 5% drop in accuracy``),
    else the nearest named since the previous number, else the last its sentence
    named before it; ``""`` when none is. Efficiency figures take only efficiency
    names. The first of ``_STEPS`` that decides (says other than ``None``) names it."""
    number = _Number(text, lo, hi, start, end, since, efficiency)
    for step in _STEPS:
        if (name := step(number)) is not None:
            return name
    return ""


def _inside(n: _Number) -> str | None:
    """A name inside the number's own words: "1.32 F1 points" is f1."""
    inside = metric_matches(n.text[n.start : n.end], QUALITY)
    return clean_metric(inside[0]["name"]) if inside else None


def _acronym_it_is_in(n: _Number) -> str | None:
    """The acronym of a measure the number is "in" or "on" (``_acronym_in``), when
    nothing since the previous number names a measure."""
    if (
        not n.efficiency
        and not metric_matches(n.text[n.since : n.start])
        and (acronym := _acronym_in(n.text, n.end, n.hi))
    ):
        return acronym
    return None


def _defined_right_after(n: _Number) -> str | None:
    """A measure spelled out and given an acronym right after the number or its list
    (``_defined_after``); one the number is "in" is left to the next step, which
    names it in full."""
    if not n.named_in and (
        defined := _defined_after(n.text, n.end, n.hi)
        or _defined_after(n.text, n.shared.end(), n.hi)
    ):
        if _RATE_UNIT.fullmatch(defined) and _SPEED_OF.search(
            n.text, max(n.since, n.start - 50), n.start
        ):
            return None  # "an inference speed of 85.5 frames per second (FPS)": the speed
        return defined
    return None


#: Comparisons of size or price, never of speed: "3 times smaller".
SIZE_COMPARISON = r"smaller|larger|bigger|cheaper"
# A comparison right after a figure that is not of speed: "3 times smaller".
_OTHER_COMPARISON = re.compile(
    rf"\s?(?:x|×|times)?\s?(?:{SIZE_COMPARISON}|fewer|less|lower|higher|more)\b",
    re.IGNORECASE,
)
# "2.8x faster", "3 times quicker": the speed word right after a figure is its measure.
FASTER_RIGHT_AFTER = re.compile(r"\s?(?:x|×|times)?\s?(?:faster|quicker)\b", re.IGNORECASE)


def _multiple_of(n: _Number) -> str | None:
    """The measure a multiple is of: "2.5x the inference speed of LLaMA3"
    (``own_words.multiple_of``)."""
    return multiple_of(n.text, n.end, n.hi)


def _faster_right_after(n: _Number) -> str | None:
    """A speedup said by "faster" right after the figure ("uses 73.2% less memory and
    is 2.8x faster"), whatever measure the sentence named before it."""
    faster = n.efficiency and FASTER_RIGHT_AFTER.match(n.text, n.end, n.hi)
    if not faster:
        return None
    # "9x faster inference speed": the measure after it is named whole by the next step
    after = metric_matches(n.text[faster.end() : faster.end() + 30], EFFICIENCY)
    return None if after and after[0].start() <= 1 else "speedup"


def _named_right_after(n: _Number) -> str | None:
    """A known measure named right after the number: "62.4% accuracy", "a 2-6x
    reduction in LLM GPU memory", with the words qualifying it."""
    right = _measure_right_after(n)
    if right is None:
        return None
    if _RATE_UNIT.fullmatch(right["name"]) and (
        speed := _SPEED_OF.search(n.text, max(n.since, n.start - 50), n.start)
    ):
        return clean_metric(speed["what"])  # "an inference speed of 85.5 FPS"
    if n.named_in and (whole := changed_in(n.text, n.shared.end(), n.hi, n.pattern)):
        return whole
    return named_phrase(n.text, right, n.shared.end())


# A list of results on named sets, then the measure all of them are in: "47.6% on
# GAIA, 11.2% on HLE and 43.0% on WebWalker in Pass@1", "65.0%, 26.0% and 70.0%
# respectively in Pass@5", "54.6% of SWE-bench Verified issues at pass@1".
_ON_ITEM = r"(?:\s(?:on|of)\s(?:the\s)?[A-Z0-9][^\s,;.()]*(?:\s[A-Za-z0-9][^\s,;.()]*){0,3}?)?"
_LIST_THEN_IN = re.compile(
    rf"\s?(?:%|x|points?)?{_ON_ITEM}"
    rf"(?:(?:,\s(?:and\s)?|\sand\s)[+\-]?(?:{NUMBER})\s?(?:%|x|points?)?{_ON_ITEM})*"
    r",?\s(?:respectively,?\s)?(?:in|at)\s(?:terms\sof\s)?(?:the\s)?"
)
_LIST_END = re.compile(r"\s?(?:[,.;)]|$)|\s(?:and|while|with|respectively|than|compared)\b")


def _benchmark_right_after(n: _Number) -> str | None:
    """No measure for a number a benchmark's name follows at once when the number
    before it had its measure right after it: the 0.74 of "7.59 FID and 0.74 GenEval"
    is GenEval's own score, not an FID. (A measure named before the list is every
    number's: "pass@1 of 72.6 AIME 2024 and 95.4 MATH-500".)"""
    if not _measure_right_after_previous(n.text, n.since, n.start):
        return None
    return "" if benchmark_right_after(n.text, n.end, n.hi) else None


def _measure_right_after_previous(text: str, since: int, start: int) -> bool:
    """Whether the words since the previous number, ending at ``since``, open with a
    measure's name ("7.59 FID and 0.74"): that number's own measure."""
    named = metric_matches(text[since:start])
    return bool(named) and not text[since : since + named[0].start()].strip()


def _measure_ending_list(n: _Number) -> str | None:
    """The known measure a list of results ends on, for every number of the list."""
    ends = _LIST_THEN_IN.match(n.text, n.end, n.hi)
    if not ends:
        return None
    named = metric_matches(n.text[ends.end() : ends.end() + 40], n.pattern)
    if not named or named[0].start() != 0:
        return None
    at = ends.end() + named[0].end()
    return clean_metric(named[0]["name"]) if _LIST_END.match(n.text, at, n.hi) else None


def _measure_right_after(n: _Number) -> re.Match | None:
    """The first known measure after the number and its list, when only the
    measure's modifiers, "in" or the benchmark it is "on" stand before it."""
    at = n.shared.end()
    right = metric_matches(n.text[at : min(n.hi, at + 45)], n.pattern)
    if not right:
        return None
    prefix = n.text[at : at + right[0].start()]
    if _POINTS.search(n.text, n.start, n.end) and _OF_MODIFIERS.fullmatch(prefix):
        return right[0]  # "adds 7.2 points of execution accuracy"
    if (
        right[0].start() == 0
        or (n.named_in and right[0].start() < 12)
        # "by up to 4.6% on Hit@3", "by 1.3% on average accuracy": a measure the
        # number is "on" (a benchmark is never a metric name).
        or _on_measure().fullmatch(prefix)
        # "80.7% with pass@8192", "61.9% on miniF2F-test with Pass@32": a cutoff the
        # number was measured at
        or (
            "@" in right[0]["name"]
            and _WITH_CUTOFF.fullmatch(prefix)
            # not the next number's own: "79.8%, with cons@64 reaching 86.7%"
            and not _CUTOFF_OF_NEXT.match(n.text, at + right[0].end(), n.hi)
        )
        or (
            _MODIFIERS_ONLY.fullmatch(prefix)
            and not any(w.lower() in _NOT_MODIFIER for w in prefix.split())
        )
    ):
        return right[0]
    return None


_WITH_CUTOFF = re.compile(
    r"\s?%?\s?(?:(?:on|of)\s(?:the\s)?[A-Za-z0-9][^\s,;.()]*(?:\s[A-Za-z0-9][^\s,;.()]*){0,3}?)?"
    r"\s?(?:with|at|under|using)\s(?:a\s|the\s)?"
)
_CUTOFF_OF_NEXT = re.compile(
    r"\s?(?:of|at|reaching|reaches|rising\sto|to|is|was|=|:)?\s?(?:about\s|over\s)?[+\-]?\d"
)
_POINTS = re.compile(r"(?:points?|pts|pp)$")
# "by 3.0 C-index points", "2.1 mAP points": the measure between a number and its points
_NAME_THEN_POINTS = re.compile(
    r"\s(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Z][A-Za-z0-9]{1,8})\s(?:percentage\s)?points?\b"
)
_OF_MODIFIERS = re.compile(r"\s?of\s(?:the\s)?(?:[a-z][\w-]*\s){0,2}")


def _acronym_right_after(n: _Number) -> str | None:
    """A measure by the acronym right after the number ("88.1 PDMS", "30.1% EM"),
    when that names no benchmark or model."""
    if (
        not n.efficiency
        and (acronym := acronym_after(n.text, n.start, n.end))
        and not known_benchmark(acronym)
        and not NOT_BENCH.match(acronym)
    ):
        return acronym.lower()
    return None


# "a 51% reduction in depression symptoms, 31% in anxiety symptoms and 19% in
# eating-disorder concerns": each figure of a list after a change "in" something has
# its own "in".
_CHANGE_IN_LIST_BEFORE = re.compile(
    r"\b(?:reduction|improvement|increase|decrease|drop|gain|boost|rise)s?\sin\s"
    r"(?P<first>[^,;.()]{1,50})(?:,\s[^,;.()]{1,50})?(?:,\s|,?\sand\s)$",
    re.IGNORECASE,
)
_OWN_IN = re.compile(
    rf"\sin\s(?:the\s)?{WHAT}(?=\s?(?:[,.;:)]|$)|\s(?:and|while|with|compared|than)\b)"
)


def _own_in_after_change_list(n: _Number) -> str | None:
    """What a figure of a list after a change "in" something is "in"."""
    listed = _CHANGE_IN_LIST_BEFORE.search(n.text, max(n.lo, n.start - 120), n.start)
    # after a change in a known measure the later "in"s are settings: "a 12% improvement
    # in accuracy, 31% in English and 19% in French"
    if not listed or metric_matches(listed["first"]):
        return None
    own = _OWN_IN.match(n.text, n.end, n.hi)
    if (
        not own
        or metric_matches(own["what"])
        or known_benchmark(own["what"].split()[0])
        # "in Python", "in English": a setting the registry knows
        or any(map(load_registry().lists_as_other, own["what"].split()))
    ):
        return None
    return own["what"].lower()


def _name_then_points(n: _Number) -> str | None:
    """A measure written between the number and its points, which the number's own
    text holds: "3.0 C-index points", "2.1 AP points"."""
    m = _NAME_THEN_POINTS.search(n.text, n.start, n.end)
    if not m or m.end() != n.end or known_benchmark(m["name"]) or NOT_BENCH.match(m["name"]):
        return None
    return m["name"].lower()


def _count_changed(n: _Number) -> str | None:
    """The count a "from A to B" pair of plain numbers is of, named before it ("cuts
    the decoding steps on GSM8K from 256 to 30", "reasoning tokens fall from 14321 to
    10287")."""
    return changed_count(n.text, n.lo, n.start, n.end, n.hi) or None


def _change_named_after(n: _Number) -> str | None:
    """The measure a change is of, named between the number and the change: "a 20x
    training efficiency improvement", "a 4.3x size reduction"."""
    changed = _NAMED_CHANGE.match(n.text, n.end, n.hi)
    if not changed:
        return None
    what = changed["what"].lower()
    return f"{what} reduction" if n.efficiency and changed["change"] == "reduction" else what


def _quality_noun_after(n: _Number) -> str | None:
    """A quality noun right after a share: "77.5% thoroughness", "92% faithfulness",
    "97% format validity"."""
    if n.efficiency or not (quality := _QUALITY_NOUN.match(n.text, n.shared.end(), n.hi)):
        return None
    if quality["which"] and (
        # "70.0% in image quality" after "win rates of": the setting, not the measure;
        # "0% baseline accuracy": a known measure's words go by its own rules
        n.shared.end() > n.end + 1 or metric_matches(quality["what"])
    ):
        return None
    return (quality["which"] + quality["what"]).lower()


def _phrase_after(n: _Number) -> str | None:
    """Plain words ending the number's phrase (``own_words.phrase_after``), unless a
    measure is named right before it ("an accuracy of 77% overall")."""
    return None if n.measured_before else phrase_after(n.text, n.lo, n.start, n.end, n.hi)


def _count_of(n: _Number) -> str | None:
    """What a count that grew or shrank counts (``shares.count_of``)."""
    return count_of(n.text, n.end, n.hi)


def _share_of(n: _Number) -> str | None:
    """What a share is of (``shares.share_of``)."""
    return share_of(n.text, n.since, n.start, n.end, n.hi)


_COST_MODIFIER = re.compile(r"(?:GPU|CPU|KV|peak|total|activation|device)\s", re.IGNORECASE)


def _cost_of(n: _Number) -> str | None:
    """The cost an amount or a share is of: "using only 55.8% of the FLOPs", "only
    1.44GB of memory per GPU"."""
    if not n.efficiency:
        return None
    # "1GB and 8GB of memory": the list's first shares the cost named after its last
    for at in dict.fromkeys((n.end, n.shared.end())):
        if of := _OF_COST.match(n.text, at, n.hi):
            cost = metric_matches(n.text[of.end() : of.end() + 40], EFFICIENCY)
            # "15 GB of GPU memory": the cost's own modifiers may come first
            prefix = n.text[of.end() : of.end() + cost[0].start()] if cost else ""
            if (
                cost
                and (not prefix or _COST_MODIFIER.fullmatch(prefix))
                and (phrase := named_phrase(n.text, cost[0], of.end()))
            ):
                return phrase
    return None


def _what_changed(n: _Number) -> str | None:
    """What changed, in the text's own words (``changed_measure.what_changed``)."""
    return what_changed(n.text, n.since, n.start, n.end, n.hi)


def _second_measure_by(n: _Number) -> str | None:
    """A name changed "by" the number after a measure changed by an earlier one
    (``changed_measure.second_measure_by``)."""
    return second_measure_by(n.text, n.lo, n.since, n.start)


def _acronym_defined_before(n: _Number) -> str:
    """The acronym in brackets right before the number that the words before it
    define: "a model FLOPs utilization (MFU) of 30.0%" is mfu, not the FLOPs inside."""
    m = n.acronym_of
    if not m or not m["paren"] or known_benchmark(m["acr"]):
        return ""  # "a Multi-Modal Massive Multitask Understanding (MMMU) score"
    acr = acronym_defined(n.text, m.start())
    # "a Pearson correlation coefficient (PCC) of 0.81": an acronym of a whole known
    # name, which labels write in full (``named_phrase``)
    named = metric_matches(n.text[max(0, m.start() - 60) : m.start()])
    if acr and named and len(named[-1]["name"].split()) >= len(acr):
        return ""
    return acr


def _named_since_previous(n: _Number) -> str | None:
    """The last measure named since the previous number that names something ("a
    pass@1 rate of" is pass@1, a bare rate nothing); a bare score is left for later."""
    if defined := _acronym_defined_before(n):
        return defined  # "a model FLOPs utilization (MFU) of 30.0%": the whole name's
    # "a 98.1% success rate on LIBERO and an average length of 4.43": a measure named
    # before the number's own "an X of" is another number's
    own = phrase_of_at(n.text, n.since, n.start)
    specific = [
        m
        for m in n.before
        if not m["name"].lower().startswith("score") and (own is None or n.since + m.end() > own[0])
    ]
    for m in reversed(specific):
        if phrase := n.named(m, n.since):
            return phrase
    return None


_OWNER_BEFORE = re.compile(r"\bof\s$")
_ON_BEFORE = re.compile(r"\b(?:on|in|across)\s(?:the\s)?$", re.IGNORECASE)


def _acronym_before(n: _Number) -> str | None:
    """A measure by the acronym written just before the number ("a MAD of 4.42", "a
    real-time factor (RTF) of 0.15"), when that is no benchmark's."""
    acronym = n.acronym_of
    if (
        acronym
        and not n.efficiency
        # what a number is "on" is its benchmark: "and on COLOSSEUM from 56.7%"
        and not _ON_BEFORE.search(n.text, max(0, acronym.start("acr") - 12), acronym.start("acr"))
        # whose the measure is: "lifts the overall score of Janus-Pro from 0.80"
        and not _OWNER_BEFORE.search(n.text, max(0, acronym.start("acr") - 6), acronym.start("acr"))
        and not NOT_BENCH.match(acronym["acr"])
        and not known_benchmark(acronym["acr"])  # "a VBench score of 84.1" names no metric
    ):
        return acronym["acr"].lower() + (" score" if acronym["score"] else "")
    return None


def _quality_noun_before(n: _Number) -> str | None:
    """A quality noun right before the number: "in coherence (95.1% vs. 57.3%)", "a
    faithfulness of 0.92"."""
    if not n.efficiency and (
        quality := _QUALITY_NOUN_BEFORE.search(n.text, max(n.since, n.start - 40), n.start)
    ):
        modifier = (quality["modifier"] or "").strip()
        if modifier and (
            modifier in _NOT_MODIFIER
            or is_verb_or_comparison(modifier)
            or re.fullmatch(_FUNCTION_WORD, modifier)
        ):
            modifier = ""  # "a good consistency", "improves consistency"
        named = f"{modifier} {quality['what'].lower()}" if modifier else quality["what"].lower()
        return (quality["average"] or "") + named
    return None


def _phrase_of(n: _Number) -> str | None:
    """The words a determiner opens before "of" and the number
    (``own_words.phrase_before_of``)."""
    return phrase_before_of(n.text, n.since, n.start)


def _last_named_since_previous(n: _Number) -> str | None:
    """The last name since the previous number, a score too, when no step above
    found a more specific one."""
    if n.before and (phrase := n.named(n.before[-1], n.since)):
        return phrase
    return None


def _benchmark_score_right_before(n: _Number) -> str | None:
    """A benchmark's own score right before the number ("with a VBench score of
    84.87") names no measure: not one the sentence named for an earlier number."""
    if not n.before or not n.before[-1]["name"].lower().startswith("score"):
        return None
    score = n.before[-1]
    if not (
        _RIGHT_BEFORE.fullmatch(n.text, n.since + score.end(), n.start)
        # "its MT-Bench score stays at 6.55", "improves its FollowBench score by 6.9"
        or _SCORE_MOVES.fullmatch(n.text, n.since + score.end(), n.start)
    ):
        return None
    words = n.text[n.since : n.since + score.start()].split()
    if words and registry_name(words[-1]) and not metric_matches(words[-1]):
        return ""
    return None


def _named_earlier_in_sentence(n: _Number) -> str | None:
    """The last measure the sentence named before the number, a bare score last of
    all: "a user study score of 4.33 ..., compared to scores of 2.00"."""
    earlier = metric_matches(n.text[n.lo : n.start], n.pattern)
    scores = [m for m in earlier if m["name"].lower().startswith("score")]
    for m in [m for m in reversed(earlier) if m not in scores] + scores[::-1]:
        if phrase := n.named(m, n.lo):
            return phrase
    return None


def _speedup(n: _Number) -> str | None:
    """An efficiency figure followed by "faster" or a "speed" word, or that something
    is sped up by, is a speedup."""
    if n.efficiency and _OTHER_COMPARISON.match(n.text, n.end, n.hi):
        return None  # "3 times smaller and up to 30 times faster": the 3 is no speedup
    if n.efficiency and (
        _SPEED_WORD.search(n.text[n.start : n.hi][:60])
        or _SPED_UP_BY.search(n.text, max(n.lo, n.start - 90), n.start)
    ):
        return "speedup"
    return None


_STEPS: tuple[Callable[[_Number], str | None], ...] = (
    _inside,
    _name_then_points,
    _acronym_it_is_in,
    _defined_right_after,
    _multiple_of,
    _faster_right_after,
    _named_right_after,
    _benchmark_right_after,
    _own_in_after_change_list,
    _acronym_right_after,
    _count_changed,
    _measure_ending_list,
    _second_measure_by,
    _change_named_after,
    _quality_noun_after,
    _count_of,
    _share_of,
    _cost_of,
    _what_changed,
    _benchmark_score_right_before,
    _named_since_previous,
    _acronym_before,
    _quality_noun_before,
    _phrase_of,
    _last_named_since_previous,
    _named_earlier_in_sentence,
    _phrase_after,
    _speedup,
)
