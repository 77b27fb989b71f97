"""Reported metric numbers: a summary's text in, one ``Metric`` per stated result out.

The rules, in order (1 and 2 are ``numbers``; the benchmark of rule 3 is
``bench_field``, its model ``model_names``; where a text names a metric,
``metric_match``):

1. Find every number with its unit (``85.3%``, ``3.5x``, ``2.3-fold``, ``+4.1
   points``, ``1.32 F1 points``, ``120 ms``, ``0.23 seconds``, ``12 GB``) and every
   range (``7-13%``, ``5.2% to 21.6%``), whose last unit applies to both ends.
2. Drop what is not a result: numbers glued to names or sizes (``Qwen2.5``,
   ``GPT-4o``, ``7B``, ``100k``, ``20-step``, ``256×256``), years, versions after a
   name (``Gemini 1.5``), counts of things (``500 tasks``), thresholds after ``<``,
   spreads after ``±``, shares of data (``100% synthetic``), and bare integers that
   no score word names.
3. Name each kept number: the metric nearest before it since the previous number
   (else the one right after it, else the one its sentence named earlier), the
   benchmark it is ``on``/``in`` (else the one its sentence opens with, else one the
   summary named earlier), the model that ``achieves`` it, and its kind from the
   words around it. A number on the previous one's list shares its metric; a
   measure may also be what the number is a share of, a count of, or what changed.
4. The same value and unit stated twice for one paper is kept once.

Every pattern is linear in its input: no nested unbounded quantifiers, and the
look-arounds are bounded.
"""

from __future__ import annotations

import functools
import re as stdlib_re
from dataclasses import dataclass, replace

import regex as re

from .bench_field import (
    BENCH,
    BENCH_SHAPED,
    GENERIC_ACRONYM,
    GENERIC_NAME,
    NOT_BENCH,
    bench_ok,
    find_summary_benchmarks,
    known_benchmark,
    measure_of_benchmark,
    name_benchmark,
    over_several,
    summary_benchmark,
)
from .benchmarks import fold, load_registry
from .metric_lists import pair_measures
from .metric_match import EFFICIENCY, QUALITY, metric_matches
from .metric_names import acronym_after, acronym_defined, acronym_in, is_verb_or_comparison
from .metric_words import NEEDS_MODIFIER as _NEEDS_MODIFIER
from .metric_words import NOT_MODIFIER as _NOT_MODIFIER
from .model_names import model_beside, subject_model, title_name
from .numbers import ASCII_DIGIT, LONG_TIME_AFTER, NUMBER, Needing, Number, find_numbers, results

#: Part of the build cache key: bump when the output of ``extract_metrics`` changes.
# m9 named benchmarks by their head word; m10-m17 the metric names and non-results;
# m18 a benchmark qualifying the measure, and not one "using"; m19 both merged;
# m20-m23 metric names: count words starting a measure's name, "achieves a 93.6",
# "(RTF) of", "... using"; "a 20x training efficiency improvement", "by 7% in
# correctness", "versus X's 0.32"; two decimals with a slash are two scores; the
# real-time factor is an efficiency measure. m20b benchmarks: by their acronym, no
# carry of a name only called a dataset, "respectively" pairing numbers with
# benchmarks; no carry of data a model was tuned on, nor of one of several
# benchmarks named together; "in X" not a benchmark where the sentence declares one.
# m24 both merged. m25a a knob's value ("at a temperature of 3.0") and the operating
# point a rate was read at ("at a 0.1% false positive rate") are settings. m25b: a
# resolution written with a times sign stays in the benchmark ("ImageNet256×256");
# the "to" end of "from A to B" shares the benchmark of the "from" end; a
# superscript digit is part of a name ("VCT²"). m26 both merged. m27 metric names: a
# list of measures "respectively" pairs with a run of numbers (``metric_lists``); "a
# retain metric of 0.48" and "2.1 block efficiency" name a measure by its modifiers; a
# measure a number is "in" or "on" written with its acronym is the acronym; "only
# 1.44GB of memory" is memory; an aside in brackets before a measure is skipped;
# margins over several systems share the measure named after the last; the measure a
# change is "in" keeps the words qualifying it ("in GPU memory consumption"); "1.8 times
# faster and a 6-point improvement on ARC-Challenge accuracy" is a change in accuracy.
# m28-m29 models (``model_names``), the title naming the paper's own system. m30 merged.
# m27b benchmarks:
# "trained on X." does not reach into the next sentence's "On Y"; a name the
# summary rules find earlier in the number's own sentence is carried too; the words
# after a name are kept when the registry knows the longer name ("GPQA Diamond"); a
# word before a known name that is no name is dropped ("the English MGSM dataset");
# "across 32 tasks" is within the benchmark its sentence names; names as recent
# papers write them: "AIME'24" (the 24 no score), "HumanEval+", "tau-bench", and
# "AlpacaEval 2.0" where a metric was named just before (the 2.0 no score). Values:
# the shares of a data mixture ("60% English, 10% code") and durations describing
# data ("2s video", "(60 seconds, 1440 frames)") are no results; a time something
# took in minutes or hours is an efficiency figure ("generates meshes in 5 minutes");
# a frame rate or decibels may be glued to the number ("100FPS", "1dB PSNR"); a
# registry name in title case may join words with "&" ("Tanks & Temples"); the
# same-sentence carry skips a figure said to be on unnamed tasks or data.
# m31 TeX in a title is not part of its name. m32 m27b merged. m33 an acronym may hold
# a word in capitals whole ("reconstruction FID (rFID)"); a resampling factor a model
# runs at is a setting ("with 16x downsampling"), so is the frame rate of the videos a
# system makes or reads ("768p videos at 24 FPS"); "from A to B" is one measure ("the
# IS score from 64.3 to 288.2"), a count noun is never brought by a preposition ("28.2
# after one epoch"). m34 a change word of an earlier clause does not make a number a
# change ("surpassing o1, and 97.3% on MATH-500"); an integer a metric's name follows
# at once is a result ("a 2,029 Elo rating"); a lone registry name English rarely
# uses is a benchmark after "on" ("on Codeforces").
EXTRACT_VERSION = "m34"
MAX_CONTEXT = 200
LOOKBACK = 300
MAX_SCAN = 20_000


_SPACES = re.compile(r"\s+")
# "success rates", "4-shot accuracies": a metric is named in the singular.
_PLURAL_HEAD = re.compile(r"\b(?:(rate|rating|score|ratio|distance|coefficient)s|(accurac)ies)$")
_SCORE_SUFFIX = re.compile(r"^(f1|clip [it]|elo)[\s-]scores?$")
_QUALIFIED = re.compile(r"top-|@|macro|micro")
_DIGIT = re.compile(r"\d")
_SPEED_WORD = re.compile(r"\bfaster\b|\bspeed", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s(?:to|→|->)\s")
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])(?<!\b(?:e\.g|i\.e|vs|al|approx|Fig|Eq|cf)\.)\s+(?=[A-Z(\"'*\d])"
    r"|;\s+|\s+(?=(?:[a-f]|[ivx]{1,4})\)\s)"
)


@dataclass(frozen=True)
class Metric:
    value: float
    unit: str
    metric: str
    benchmark: str
    model: str
    kind: str
    context: str
    char_start: int
    char_end: int


# --- 1. numbers ----------------------------------------------------------------------


# --- 2. what is not a result -----------------------------------------------------------


# --- 3. naming -------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _clean_metric(name: str) -> str:
    name = _SPACES.sub(" ", name.lower()).strip()
    name = _PLURAL_HEAD.sub(lambda m: m[1] or m[2] + "y", name)
    return _SCORE_SUFFIX.sub(r"\1", name).replace("speed up", "speedup")


_SHARED_TAIL = re.compile(
    rf"(?:\s*(?:,|and|or|to|vs\.?|/)\s*"
    # "outperformed GPT-4o by 5% and PaperQA2 by 7% in correctness": the other
    # systems' margins share the measure named after the last
    r"(?:(?:[A-Z][\w.+-]*\s){1,2}by\s(?:(?:up\sto|about|over|nearly|around)\s)?~?)?"
    rf"[+\-−]?(?:{NUMBER})\s?(?:%|x|points)?)*"
    # "a 20% (±3%) absolute improvement in pass@50": an aside before the measure
    r"(?:\s?\([^()]{0,25}\))?"
    r"\s?(?:(?:average|mean|overall|macro[\s-]averaged?|relative|absolute)\s)?"
    r"(?:(?:higher|lower|better|worse|more|less|decrease|drop|increase|improvement|gain|boost|"
    r"reduction|difference)\s)?(?:in\s(?:terms\sof\s)?)?"
)


_MODIFIER = re.compile(r"(?<![\w.-])(?:[A-Za-z][\w'’&-]*)\s$")


# Names that need their modifiers to mean something ("grounding accuracy", "GPU
# memory"); a standard metric such as F1 or PSNR is named alone.
_GENERIC_HEAD = re.compile(
    r"(?:accuracy|errors?|similarity|scores?|ratings?|rates?|usage|cost|memory|perplexity|speedup|"
    r"reduction|agreement|throughput|latency|ratios?|distances?|coefficients?|return|metric|efficiency)$"
)


_BENCH_NAME = re.compile(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[\w-]*\d[\w-]*")


@functools.lru_cache(maxsize=4096)
def _needs_modifiers(name: str) -> bool:
    return bool(_GENERIC_HEAD.search(name)) and not _QUALIFIED.search(name)


def _phrase(text: str, match: re.Match, offset: int) -> str:
    """The metric as the text names it: the matched name with up to three modifier
    words before it ("grounding accuracy", "reconstruction error", "user study
    score"). A bare "score" names nothing; "F1 score" is "f1"."""
    name = _clean_metric(match["name"])
    start = offset + match.start()
    words: list[str] = []
    while len(words) < 3 and _needs_modifiers(name):
        m = _MODIFIER.search(text, max(0, start - 40), start)
        word = m.group(0).strip() if m else ""
        if (
            not m
            or word.lower() in _NOT_MODIFIER
            or is_verb_or_comparison(word)
            or word.endswith(("'s", "’s"))
            or _DIGIT.search(word)
            or _BENCH_NAME.fullmatch(word)
            or _registry_name(word)  # "a VBench score", "an MMLU score"
        ):
            break
        words.insert(0, m.group(0).strip())
        start = m.start()
    if name in _NEEDS_MODIFIER and not words:
        return ""
    # "a Fréchet Inception Distance (FID) of", "mean Average Precision (mAP)": the
    # guide's ruling, the acronym; not when it only abbreviates a whole known name
    # ("Pearson correlation coefficient (PCC)"), which labels write in full.
    acr = acronym_defined(text, offset + match.end())
    if len(acr) > len(name.split()):
        return acr
    return _clean_metric(" ".join([*words, name]))


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


_NOUN_OF_QUALITY = (
    r"(?P<what>(?!(?:performance|difference|inference|reference|instance|sequence|presence|"
    r"advance|balance|evidence|majority|quantity|capacity|priority|entity|activity)\b)"
    r"[a-z]{3,}(?:ness|ity|acy|ance|ence|ency))"
)
_QUALITY_NOUN = re.compile(
    _NOUN_OF_QUALITY
    + r"(?=\s?(?:[,.;:)]|$)|\s(?:compared|than|on|and|for|with|while|across|over|vs)\b)"
)
_QUALITY_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?P<average>(?:average|mean|overall)\s)?"
    + _NOUN_OF_QUALITY
    + r"\s(?:\(|(?:of|at|reaching|reached|is|was)\s)$"
)
_MODIFIERS_ONLY = re.compile(r"(?:[A-Za-z][\w'’&-]*\s){1,2}")
# "a MAD of 4.42", "a real-time factor (RTF) of 0.15", "a mean object motion control
# (ObjMC) score of 14.43": a measure by its acronym, the one a long name was given too.
_ACRONYM_OF = re.compile(
    r"(?<![\w-])(?P<paren>\()?(?P<acr>[A-Z][A-Za-z0-9]{0,6}[A-Z][A-Za-z0-9]{0,6})(?(paren)\))"
    r"\s(?:\([^()]{0,60}\)\s)?"
    r"(?:score\s)?(?:of|from|=|:)\s*$"
)


_FUNCTION_WORD = (
    r"(?:the|a|an|of|in|on|for|to|by|with|and|or|at|from|as|than|while|its|their|our|this|"
    r"that|these|those|up|over|across|compared|without|both|all|it|is|are|was|were|be|"
    # how or when a result was reached, never part of what was measured
    r"using|via|through|when|where|which|during)\b"
)
_WHAT = (
    rf"(?P<what>(?!{_FUNCTION_WORD})[A-Za-z][\w-]*(?:\s(?!{_FUNCTION_WORD})[A-Za-z][\w-]*){{0,2}})"
)
_VERB_BY = re.compile(
    r"\b(?:reduc|cut|lower|decreas|improv|increas|boost|enhanc|shrink|rais)\w*\s"
    rf"(?:the\s|its\s|their\s)?{_WHAT}\s(?:by|from)\s(?:(?:up\sto|about|around|over|nearly|an\saverage\sof)\s)?$",
    re.IGNORECASE,
)
# "the ASR is reduced by over 30%": the same, said in the passive.
_BY_PASSIVE = re.compile(
    rf"\b{_WHAT}\s(?:is|was|are|were|gets|got)\s(?:\w+ly\s)?"
    r"(?:reduc|cut|lower|decreas|improv|increas|boost|enhanc|shrunk|rais)\w*\s"
    r"by\s(?:(?:up\sto|about|around|over|nearly|an\saverage\sof)\s)?$",
    re.IGNORECASE,
)
# "25.6% in Relative Deviation (RD)": a name the text defines is a metric.
_IN_DEFINED = re.compile(
    r"\s(?:in|of)\s(?P<what>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})\s\([A-Za-z]{2,6}\)"
)
_SHARE_OF = re.compile(
    r"\sof\s(?:the\s|its\s|their\s)?(?:(?:total|original|overall|full)\s)?"
    r"(?:(?:[\w-]+\s){0,2}?[\w-]+(?:'s|’s)\s)?"
    rf"(?P<what>(?!{_FUNCTION_WORD}|[a-z]+ly\b)[a-z][\w-]*(?:\s(?!{_FUNCTION_WORD}|[a-z]+ly\b)[a-z][\w-]*){{0,2}})"
    r"(?<!\b(?:cases|time|times|trials|runs|samples|examples|questions|problems|instances|"
    r"tasks|prompts|queries|words|users|participants|people|methods|model|models|baselines?))"
    r"(?=\s?(?:[,.;:)]|$)|\s(?:while|with|at|and|compared|than|when|in|on|for|across)\b)"
)
_MORE_OF = re.compile(
    r"\s(?:more|fewer|less)\s"
    rf"(?P<what>(?!{_FUNCTION_WORD}|[a-z]+ly\b)[a-z][\w-]*(?:\s(?!{_FUNCTION_WORD})[a-z][\w-]*)?)"
    r"(?<=s|memory|compute|data|time|energy)"
    r"(?=\s?(?:[,.;:)]|$)|\s(?:while|with|at|and|compared|than|when|in|on|for|across|per)\b)"
)
_OF_COST = re.compile(r"\s?of\s(?:the\s|its\s|their\s)?(?:(?:total|peak|overall|original|full)\s)?")
_CHANGE_IN = re.compile(
    r"\s?(?:[a-z]+\s)?(?:reduction|improvement|increase|decrease|drop|gain|boost|speedup)s?"
    rf"\sin\s(?:the\s)?{_WHAT}(?=[\s,.;:)]|$)",
    re.IGNORECASE,
)


# Words before a change that only judge or place it ("a 5% absolute improvement",
# "a 2.1% average gain", "a 2.8x performance gain"): no measure named.
_JUDGING = (
    r"(?:relative|absolute|average|overall|mean|performance|total|net|significant|"
    r"substantial|further|additional|consistent|notable|marked|point|percentage|"
    r"[a-z]+ly|more|less|higher|lower|better|worse|further)\b"
)
_NAMED_CHANGE = re.compile(
    rf"\s(?P<what>(?!{_FUNCTION_WORD}|{_JUDGING})[A-Za-z][\w@-]*"
    rf"(?:\s(?!{_FUNCTION_WORD}|{_JUDGING})[A-Za-z][\w@-]*){{0,2}})"
    r"\s(?P<change>improvement|reduction|gain|increase|decrease|drop|boost|saving)s?\b",
    re.IGNORECASE,
)


# A rate's unit names the metric only when no speed is named before the number:
# "an inference speed of 85.5 frames per second" is inference speed, "48 FPS" is fps.
_RATE_UNIT = re.compile(r"fps|frames per second|tokens per second|tokens/s", re.IGNORECASE)
_SPEED_OF = re.compile(
    r"(?<![\w-])(?P<what>(?:(?!(?:a|an|the|of|its|their|with|at)\b)[a-z][\w-]*\s)?"
    r"(?:speed|framerate|frame\srate|throughput))s?\s(?:of\s)?"
    r"(?:(?:over|up\sto|about|around|nearly|approximately|roughly)\s)?$",
    re.IGNORECASE,
)


def _name_metric(
    text: str, lo: int, hi: int, start: int, end: int, since: int, efficiency: bool
) -> str:
    """The metric a number reports: the nearest named since the previous number, else
    the one right after it (``62.4% accuracy``, ``51.4% and 54.2% accuracy``, ``a 5%
    drop in accuracy``), else the last its sentence named before it. Efficiency
    figures take only efficiency names."""
    pattern = EFFICIENCY if efficiency else QUALITY
    inside = metric_matches(text[start:end], QUALITY)
    if inside:
        return _clean_metric(inside[0]["name"])  # "1.32 F1 points"
    if (
        not efficiency
        and not metric_matches(text[since:start])
        and (acronym := _acronym_in(text, end, hi))
    ):
        return acronym
    shared = _SHARED_TAIL.match(text, end, hi)
    # "25.6% in Relative Deviation (RD)": a measure the number is "in" is named in full.
    named_in = shared.group(0).rstrip().endswith(" in")
    if not named_in and (
        defined := _defined_after(text, end, hi) or _defined_after(text, shared.end(), hi)
    ):
        return defined
    right = metric_matches(text[shared.end() : min(hi, shared.end() + 45)], pattern)
    # "62.4% accuracy", "a 2-6x reduction in LLM GPU memory": named right after.
    prefix = text[shared.end() : shared.end() + right[0].start()] if right else ""
    if right and (
        right[0].start() == 0
        or (named_in and right[0].start() < 12)
        # "by up to 4.6% on Hit@3", "by 1.3% on average accuracy": a measure the
        # number is "on" (a benchmark is never a metric name).
        or _on_measure().fullmatch(prefix)
        or (
            _MODIFIERS_ONLY.fullmatch(prefix)
            and not any(w.lower() in _NOT_MODIFIER for w in prefix.split())
        )
    ):
        if _RATE_UNIT.fullmatch(right[0]["name"]) and (
            speed := _SPEED_OF.search(text, max(since, start - 50), start)
        ):
            return _clean_metric(speed["what"])  # "an inference speed of 85.5 FPS"
        if named_in and (whole := _changed_in(text, shared.end(), hi, pattern)):
            return whole
        return _phrase(text, right[0], shared.end())
    # "88.1 PDMS", "30.1% EM": a measure by its acronym, when no benchmark or model.
    if (
        not efficiency
        and (acronym := acronym_after(text, start, end))
        and not known_benchmark(acronym)
        and not NOT_BENCH.match(acronym)
    ):
        return acronym.lower()
    # "a 20x training efficiency improvement", "a 4.3x size reduction": the measure a
    # change is of, named between the number and the change.
    if changed := _NAMED_CHANGE.match(text, end, hi):
        what = changed["what"].lower()
        return f"{what} reduction" if efficiency and changed["change"] == "reduction" else what
    # "77.5% thoroughness", "92% faithfulness": a quality noun right after a share.
    if not efficiency and (quality := _QUALITY_NOUN.match(text, shared.end(), hi)):
        return quality["what"].lower()
    # "29.9% more objects, 24.5% more relations", "40% fewer tokens than": a count
    # that grew or shrank names what it counts.
    if more := _MORE_OF.match(text, end, hi):
        return more["what"].lower()
    # "eliminates up to 99% of delta parameters while ...", "using only 75% of the
    # attention heads.": the share is of what it names, when that ends the clause
    # and is no count of trials or systems ("in 80% of cases", "within 5% of the
    # top model").
    if text[end - 1 : end] == "%" and (share := _SHARE_OF.match(text, end, hi)):
        return share["what"].lower()
    # "using only 55.8% of the FLOPs", "only 1.44GB of memory per GPU": an amount
    # or a share of a cost names the cost.
    if efficiency and (of := _OF_COST.match(text, end, hi)):
        cost = metric_matches(text[of.end() : of.end() + 40], EFFICIENCY)
        if cost and cost[0].start() == 0 and (phrase := _phrase(text, cost[0], of.end())):
            return phrase
    # "reduces the index size by 50%", "a 30% reduction in optimization time": what
    # changed, named in the text's own words.
    # A known name inside ("improved SATD detection F1-scores by") is read as below.
    if (
        (changed := _VERB_BY.search(text, max(since, start - 60), start))
        or (changed := _BY_PASSIVE.search(text, max(since, start - 60), start))
        or (changed := _CHANGE_IN.match(text, end, hi))
        or (changed := _IN_DEFINED.match(text, end, hi))
    ) and not metric_matches(changed["what"]):
        if changed["what"].lower().endswith("performance"):
            return ""  # "improves GSM8K performance by 4%": no measure named
        return changed["what"].lower()
    before = metric_matches(text[since:start], pattern)
    specific = [m for m in before if not m["name"].lower().startswith("score")]
    # The last that names something: "a pass@1 rate of" is pass@1, a bare rate nothing.
    for m in reversed(specific):
        if phrase := _phrase(text, m, since):
            return phrase
    acronym = _ACRONYM_OF.search(text, max(since, start - 90), start)
    if (
        acronym
        and not efficiency
        and not NOT_BENCH.match(acronym["acr"])
        and not known_benchmark(acronym["acr"])  # "a VBench score of 84.1" names no metric
    ):
        return acronym["acr"].lower()  # "a MAD of 4.42"
    # "in coherence (95.1% vs. 57.3%)", "a faithfulness of 0.92": a quality noun
    # right before the number.
    if not efficiency and (
        quality := _QUALITY_NOUN_BEFORE.search(text, max(since, start - 40), start)
    ):
        return (quality["average"] or "") + quality["what"].lower()
    if before and (phrase := _phrase(text, before[-1], since)):
        return phrase
    # "a user study score of 4.33 ..., compared to scores of 2.00": the sentence's name.
    earlier = metric_matches(text[lo:start], pattern)
    scores = [m for m in earlier if m["name"].lower().startswith("score")]
    for m in [m for m in reversed(earlier) if m not in scores] + scores[::-1]:
        if phrase := _phrase(text, m, lo):
            return phrase
    if efficiency and _SPEED_WORD.search(text[start:hi][:60]):
        return "speedup"
    return ""


_NOUN_PHRASE = re.compile(
    rf"(?:the\s)?(?P<np>(?!{_FUNCTION_WORD})[\w@'’-]+(?:\s(?!{_FUNCTION_WORD})[\w@'’-]+){{0,5}})"
)


def _changed_in(text: str, at: int, hi: int, pattern: re.Pattern) -> str:
    """The measure a change is "in", in the text's own words up to its known name:
    "a 30% reduction in GPU memory consumption", "a 13.89% improvement in tool usage
    precision", "in Pass@1 accuracy"; a system's or a benchmark's name, a judging
    word or a verb before it is no part of it ("in LLM GPU memory" is GPU memory)."""
    np = _NOUN_PHRASE.match(text, at, hi)
    if not np:
        return ""
    phrase = np["np"]
    names = metric_matches(phrase, pattern)
    if not names or names[-1].end() != len(phrase) or acronym_defined(text, np.end("np")):
        return ""  # "in Frechet Inception Distance (FID)" is by the acronym
    words: list[str] = []
    for word in reversed(phrase[: names[-1].start()].split()):
        if (
            len(words) == 3
            or word.lower() in _NOT_MODIFIER
            or is_verb_or_comparison(word)
            or word.endswith("ly")
            or _registry_name(word)
            or (_DIGIT.search(word) and not metric_matches(word))
        ):
            break
        words.insert(0, word)
    return _clean_metric(" ".join([*words, names[-1]["name"]])) if words else ""


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
    if metric_matches(long) or _IN_DEFINED.match(text, end, hi):
        return ""  # a known name in full ("Pearson Correlation Coefficient (PCC)"); see below
    if (named := metric_matches(acr)) and named[0].span() == (0, len(acr)):
        return _clean_metric(acr)
    return acr.lower() if acronym_defined(text, end + text[end:].find(f" ({acr})")) else ""


def _is_efficiency(
    text: str, lo: int, hi: int, start: int, end: int, since: int, unit: str
) -> bool:
    """Speed, memory, latency, token or cost figures: an efficiency unit, an
    efficiency metric named last before the number, or a reduction of a cost."""
    if unit in ("x", "ms", "s", "GB") or (not unit and LONG_TIME_AFTER.match(text, end, hi)):
        return True
    shared = _SHARED_TAIL.match(text, end, hi)
    right = metric_matches(text[shared.end() : min(hi, shared.end() + 30)], QUALITY)
    if right and right[0].start() == 0 and not right[0]["name"].lower().startswith("score"):
        return False  # "40.6% accuracy at a compression ratio of 4"
    between = text[since:start]
    eff = metric_matches(between, EFFICIENCY)
    quality = metric_matches(between, QUALITY)
    if eff and (not quality or eff[-1].start() > quality[-1].start()):
        return True
    if quality:
        return False
    # "converged 1.8 times faster and showed a 6-point improvement": the word right
    # after the previous number is its own, not a cue for this one.
    if since > lo and (own := _OWN_WORD.match(text, since, start)):
        since = own.end()
    window = text[max(lo, since, start - 60) : start] + " " + text[end : min(hi, end + 30)]
    return bool(_EFFICIENCY_CUE.search(window) and _REDUCTION.search(window))


_OWN_WORD = re.compile(r"\s?(?:faster|slower|speedups?|cheaper|smaller|fewer|less)\b")


@functools.cache
def _on_measure() -> re.Pattern:
    """What may stand between a number and the measure it is "on": "by 1.3% on
    average accuracy", "a 6-point improvement on ARC-Challenge accuracy" (a
    benchmark written as the measure's qualifier)."""
    return re.compile(rf"on\s(?:the\s)?(?:{BENCH}\s)?(?:(?:average|mean|overall)\s)?")


# "on downstream zero-shot reasoning tasks", "on in-domain data": where a figure was
# measured, in words that name no benchmark.
_UNNAMED_SET_AFTER = Needing(
    r"data|tasks|datasets|benchmarks|domains|questions|problems",
    r"[^.;:,()\d]{0,40}?\b(?:on|across|over)\s(?:the\s|an?\s)?"
    rf"(?:(?:[a-z][\w-]*|{GENERIC_ACRONYM})\s){{0,3}}"
    r"(?:data|tasks|datasets|benchmarks|domains|questions|problems)\b",
    reach=120,
)


def _registry_name(word: str) -> bool:
    """A word written like a name (capitals or digits inside) that the registry
    knows as a benchmark: "VBench", "MMLU"; not "Quality" (QuALITY) or "VQA"."""
    return (
        bool(BENCH_SHAPED.match(word))
        and not GENERIC_NAME.match(word)
        and fold(word) in load_registry().benchmark_keys
    )


def _is_metric_name(text: str, name: str) -> bool:
    """Whether ``name`` is a metric's name ("LPIPS scores", "FID") or the acronym the
    text gives one ("Exact Match (EM) ... EM scores"): never a model."""
    return any(m.span("name") == (0, len(name)) for m in metric_matches(name)) or (
        _metric_acronym(text, name)
    )


def _name_model(text: str, lo: int, start: int, end: int, own: str, benchmark: str) -> str:
    """The system the number belongs to (``model_names``). A number no one is
    credited with is the paper's own system's, ``own`` (from the title), unless
    that names the benchmark it is measured on ("VisOnlyQA: ..." is a benchmark
    paper)."""
    is_metric = functools.partial(_is_metric_name, text)
    beside = model_beside(text, lo, start, end, is_metric, known_benchmark)
    if beside is not None:
        return beside
    subject = subject_model(text, lo, start, is_metric, known_benchmark)
    if subject or not own or fold(own) == fold(benchmark):
        return subject
    return own


def _metric_acronym(text: str, name: str) -> bool:
    """Whether the text writes ``name`` in parentheses right after a metric's name:
    "in Exact Match (EM)"."""
    at = text.find(f"({name})")
    if at < 1:
        return False
    names = metric_matches(text[max(0, at - 40) : at].rstrip())
    return bool(names) and names[-1].end() == len(text[max(0, at - 40) : at].rstrip())


_EFFICIENCY_CUE = re.compile(
    r"\b(?:faster|speed[\s-]?ups?|speeds? up|accelerat\w*|throughput|latency|memory|"
    r"compress\w*|fewer|cheaper|cost\w*|flops|tokens?|inference time|training time|"
    r"computation\w*|compute|overhead|storage|KV[\s-]cache|time)\b",
    re.IGNORECASE,
)
_REDUCTION = re.compile(
    r"\b(?:reduc\w*|fewer|less|sav\w*|cut\w*|lower\w*|decreas\w*|compress\w*|faster|speed\w*|shrink\w*|only)\b",
    re.IGNORECASE,
)
_DELTA_BEFORE = re.compile(
    r"(?:\b(?:by|improv\w*|gains?|increas\w*|boost\w*|outperform\w*|higher|better|"
    r"surpass\w*|exceed\w*|margin|drops?|decreas\w*|declin\w*|degrad\w*|"
    r"rais\w*|enhanc\w*|advantage|gap|relative|absolute|additional|lead|ahead)\b"
    r"(?P<gap>[^.;]{0,25})|\+\s?)$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r",\s(?:and|while|but|whereas)\s")
# "a higher PSNR of 27.3", "improves accuracy to 85%": the number is the level
# reached, not the change.
_LEVEL_GAP = re.compile(
    r"\bto\s*$|\b(?:of|is|at|reach\w*|achiev\w*)\s+(?:(?:about|around|approximately|nearly|only)\s+)?$",
    re.IGNORECASE,
)
_DELTA_AFTER = re.compile(
    r"^\s?(?:points?\s|percentage\s)?(?:absolute\s|relative\s|average\s)?"
    r"(?:higher|better|lower|worse|more|improvement|gain|increase|boost|drop|decrease|"
    r"reduction|change|difference|over|above|ahead|margin|lead|advantage|increment|jump)",
    re.IGNORECASE,
)
# No character but the ASCII letters folds to "f", "r", "o" or "m" ignoring case.
_FROM_TO = Needing("from", r"\bfrom\s$|\bfrom\s[^.;,]{0,40}\bto\s$", stdlib_re.IGNORECASE)


def _kind(
    text: str, lo: int, hi: int, start: int, end: int, number: Number, efficiency: bool
) -> str:
    """``efficiency`` for speed, memory, latency or cost figures, ``delta`` for
    improvements and differences, else ``score``; both ends of ``from A to B`` are
    levels, not changes: scores, or efficiency figures ("reduces generation time from
    12.41s to 3.46s")."""
    before = text[max(lo, start - 45) : start]
    after = text[end : min(hi, end + 45)]
    if _FROM_TO.search(before) or _TO_AFTER.match(after):
        return "efficiency" if efficiency else "score"
    if efficiency:
        return "efficiency"
    if number.value < 0 or _DELTA_AFTER.match(after):
        return "delta"
    # "surpassing GPT-4o, and 60.1% on MATH": a change word of an earlier clause
    # does not make this clause's number a change.
    clauses = list(_CLAUSE_BREAK.finditer(before))
    delta = _DELTA_BEFORE.search(before, clauses[-1].end() if clauses else 0)
    if delta and not (
        delta["gap"] and metric_matches(delta["gap"]) and _LEVEL_GAP.search(delta["gap"])
    ):
        return "delta"
    if number.unit == "points" and not _LEVEL_GAP.search(before):
        return "delta"  # "+3.1 points"; but "a return of 706 points" is a level
    return "score"


# --- the extractor ---------------------------------------------------------------------


# _SENTENCE_BREAK for ASCII text, in the standard library's faster engine: the same
# pattern with its lookbehind split into fixed-width ones, and \s and \d spelled as
# the ASCII characters the regex module gives them.
_ASCII_SENTENCE_BREAK = stdlib_re.compile(
    r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bal\.)(?<!\bapprox\.)"
    r"(?<!\bFig\.)(?<!\bEq\.)(?<!\bcf\.)[\t-\r ]+(?=[A-Z(\"'*0-9])"
    r"|;[\t-\r ]+|[\t-\r ]+(?=(?:[a-f]|[ivx]{1,4})\)[\t-\r ])"
)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentences and list parts (``a)``, ``ii)``); a decimal point or an
    abbreviation does not end one."""
    spans, start = [], 0
    breaks = _ASCII_SENTENCE_BREAK if text.isascii() else _SENTENCE_BREAK
    for m in breaks.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _context(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """The sentence holding the number, cut to MAX_CONTEXT characters around it at
    spaces, never inside a word; an ellipsis marks each end that was cut."""
    if hi - lo <= MAX_CONTEXT:
        return text[lo:hi].strip()
    first = max(lo, min(start - (MAX_CONTEXT - (end - start)) // 2, hi - MAX_CONTEXT))
    last = first + MAX_CONTEXT
    if first > lo:
        first = text.find(" ", first, start) + 1 or first
    if last < hi:
        space = text.rfind(" ", end, last)
        last = space if space > 0 else last
    return f"{'…' * (first > lo)}{text[first:last].strip()}{'…' * (last < hi)}"


def extract_metrics(summary: str | None, title: str | None = None) -> list[Metric]:
    """Every numeric result the summary states, in text order, once per value and
    unit; the title names the paper's own system when the summary says "the
    proposed method"."""
    if not isinstance(summary, str) or not summary:
        return []
    own = title_name(title, summary)
    # Real summaries are a few thousand characters; a runaway cell is read only up to
    # MAX_SCAN so that one broken row cannot stall a build.
    text = summary[:MAX_SCAN]
    if not ASCII_DIGIT.search(text):
        return []  # every number starts with an ASCII digit
    found: list[Metric] = []
    seen: set[tuple[float, str]] = set()
    spans = _sentences(text)
    summary_benchmarks: list[tuple[int, str]] | None = None  # found when first needed
    for lo, hi in spans:
        since, last_metric, last_kind, last_benchmark = lo, "", "", ""
        first = len(found)
        for group in find_numbers(text, lo, hi):
            start, end = group[0].start, group[-1].end
            # Look back at most LOOKBACK characters, so a pathological sentence
            # (a megabyte of numbers) costs linear time, not quadratic.
            lo_near = max(lo, start - LOOKBACK)
            since = max(since, lo_near)
            kept = results(text, lo, hi, group)
            if not kept:
                continue
            efficiency = _is_efficiency(text, lo_near, hi, start, end, since, group[-1].unit)
            # "from A to B": B is the same measure on the same data as A
            from_previous = bool(_FROM_THIS_TO.fullmatch(text, since, start))
            if last_metric and from_previous:
                metric = last_metric  # "the IS score from 64.3 to 288.2": one measure
            else:
                metric = _name_metric(text, lo_near, hi, start, end, since, efficiency)
            if not metric and last_metric and _shares_metric(text, since, start, end, last_metric):
                metric = last_metric  # "scores of 0.997 and 0.996", "FILM (0.2697), TRF (0.3102)"
            kind = _kind(text, lo_near, hi, start, end, group[-1], efficiency)
            if (
                last_kind == "delta"
                and kind == "score"
                and _LIST_CONTINUES.fullmatch(text, since, start)
            ):
                kind = "delta"  # "a boost of 3.0% on A and 4.3% on B"
            benchmark = name_benchmark(text, lo, hi, start, end, kind == "efficiency")
            if not benchmark and last_benchmark and from_previous:
                benchmark = last_benchmark  # "MathVista (raising the score from 39.4 to 55.6)"
            if not benchmark and kind != "efficiency" and not over_several(text, lo, hi):
                benchmark = measure_of_benchmark(text, lo, hi, metric)
            if not benchmark and kind != "efficiency" and not over_several(text, lo, hi):
                if summary_benchmarks is None:
                    summary_benchmarks = find_summary_benchmarks(text, spans)
                # "Results on a 20B SlimPajama dataset show ... a 3% gain on downstream
                # reasoning tasks": a figure on a set its words do not name is not on a
                # name before it in its own sentence.
                unnamed = _UNNAMED_SET_AFTER.match(text, end, hi)
                benchmark = summary_benchmark(summary_benchmarks, lo if unnamed else start)
            model = _name_model(text, lo_near, start, end, own, benchmark)
            context = _context(text, lo, hi, start, end)
            since, last_metric, last_kind, last_benchmark = end, metric, kind, benchmark
            for n in kept:
                if (n.value, n.unit) in seen:
                    continue
                seen.add((n.value, n.unit))
                found.append(
                    Metric(n.value, n.unit, metric, benchmark, model, kind, context, n.start, n.end)
                )
        if text.find("respectively", lo, hi) >= 0:
            found[first:] = _respectively(text, lo, hi, found[first:])
            found[first:] = _measures_respectively(text, lo, hi, found[first:])
    return found


# Between two numbers of one list: "45.1% and 38.2%", "3.1, 2.4 and 1.9 points".
_LIST_GLUE = re.compile(r"(?:%|x|×|\s?points?)?\s?(?:,\s?)?(?:and\s|or\s)?")
_NAME_LIST = re.compile(
    rf"\b(?:on|across|for|in)\s(?:the\s)?(?P<names>{BENCH}(?:,\s(?!and\s){BENCH})*,?\s(?:and|&)\s"
    rf"(?:the\s)?{BENCH})"
)
_NAME_SPLIT = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s(?:the\s)?")


def _respectively(text: str, lo: int, hi: int, found: list[Metric]) -> list[Metric]:
    """The numbers of a sentence with the benchmarks "respectively" pairs them with:
    in "45.1% and 38.2% on MMLU and GSM8K, respectively" the second is on GSM8K; in
    "38.4% on MATH and 69.9% on GSM8K, improvements of 17.0% and 15.1% respectively"
    the gains are on MATH and GSM8K, the benchmarks named before, in order."""
    at = text.find("respectively", lo, hi)
    before = [i for i, m in enumerate(found) if m.char_end <= at]
    if len(before) < 2:
        return found
    run = [before[-1]]
    while len(run) < len(before) and _LIST_GLUE.fullmatch(
        text, found[run[0] - 1].char_end, found[run[0]].char_start
    ):
        run.insert(0, run[0] - 1)
    if len(run) < 2:
        return found
    listed = _NAME_LIST.search(text, found[run[-1]].char_end, at)
    if listed:
        names = _NAME_SPLIT.split(listed["names"])
        if not all(bench_ok(name) for name in names):
            return found
    else:
        names = list(dict.fromkeys(found[i].benchmark for i in range(run[0]) if found[i].benchmark))
    if len(names) != len(run):
        return found
    paired = list(found)
    for i, name in zip(run, names, strict=True):
        paired[i] = replace(found[i], benchmark=name)
    return paired


def _measures_respectively(text: str, lo: int, hi: int, found: list[Metric]) -> list[Metric]:
    """The numbers of a sentence with the measures "respectively" pairs them with:
    "67.9, 81.8 and 88.6 on Top-1, Top-2 and Top-3 R-precision, respectively"."""
    spans = [(m.char_start, m.char_end) for m in found]
    paired = pair_measures(text, lo, hi, spans, _measure_named, _names_own_measure)
    return [replace(m, metric=paired[i]) if i in paired else m for i, m in enumerate(found)]


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
        _BENCH_NAME.fullmatch(w)
        or _registry_name(w)
        or is_verb_or_comparison(w)
        or w.endswith("ly")
        for w in words[:-1]
    ):
        return ""  # "MMLU accuracy", "significantly reduced latency"
    for pattern in (QUALITY, EFFICIENCY):
        named = metric_matches(item, pattern)
        # A setting before the measure is no part of it ("5-shot accuracy").
        if named and named[-1].end() == len(item) and not _DIGIT.search(item, 0, named[-1].start()):
            name = _clean_metric(item)
            return "" if name in _NEEDS_MODIFIER else name
    return item.lower() if _QUALITY_NOUN_END.search(item) else ""


def _shares_metric(text: str, since: int, start: int, end: int, last_metric: str) -> bool:
    """Whether a number that names no metric goes on the previous number's list:
    "scores of 0.997 and 0.996", "77.5% thoroughness compared to 70.1%", "by 50% with
    little loss, and by up to 66%"; not one with a measure of its own after it ("4.7%
    higher faithfulness and 13.8% higher realism")."""
    gap = text[since:start]
    head = len(gap) - len(gap.lstrip())
    if gap[head:].lower().startswith(last_metric):
        since += head + len(last_metric)  # the previous number's metric, named after it
    if _LIST_GAP.fullmatch(text, since, start):
        return True
    return bool(_LIST_NEXT.fullmatch(text, since, start)) and not _OWN_MEASURE.match(text, end)


_OWN_MEASURE = re.compile(
    r"\s(?:higher|lower|better|worse|more|less|fewer|greater)\s"
    r"(?!(?:than|compared|on|in|for|with|at|and|to|or|by)\b)[a-z]{3,}"
)


# "reduces the index size by 50% with little loss, and by up to 66% with some": a
# number that goes on the previous one's list, naming nothing new, shares its metric.
_LIST_NEXT = re.compile(
    r"[^;:]{0,70}?(?:,\s*|\band\s+|\bor\s+|\bwhile\s+)(?:(?:by|of|to|at)\s+)?"
    r"(?:(?:up\sto|about|around|nearly|almost|over|roughly|approximately|only|just)\s+)?"
)
# The gap between the two ends of "from A to B": the same measure on the same data.
_FROM_THIS_TO = re.compile(r"\s?(?:to|→|->)\s?")
_LIST_CONTINUES = re.compile(r"[^;:]{0,40}?(?:,\s*|\band\s+|\bor\s+)(?:(?:by|of)\s+)?")
_LIST_GAP = re.compile(
    r"[\s,;()]*(?:and|or|vs\.?|versus|compared to|respectively)?[\s,;()]*"
    r"(?:[A-Z][\w-]*(?:['’]s)?\s?\(?)?"
)
