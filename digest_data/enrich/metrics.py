"""Reported metric numbers: a summary's text in, one ``Metric`` per stated result out.

The rules, in order (1 and 2 are ``numbers``; in rule 3 the metric is
``number_metric``'s, the kind ``metric_kind``'s, the benchmark ``bench_field``'s,
the model ``model_names``' and what "respectively" pairs ``respectively``'s; where a
text names a metric, ``metric_match``; the sentences read, ``sentences``):

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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

import regex as re

from .bench_field import name_benchmark, put_on_a_name
from .bench_scope import (
    SEVERAL_AFTER,
    clause_off_benchmark,
    on_average_after,
    opens_off_benchmark,
    opens_on_list,
    over_several,
    past_range,
    real_world_after,
)
from .bench_sentence import later_clause_owns, measure_of_benchmark
from .bench_shape import (
    BENCH,
    GENERIC_ACRONYM,
    bench_ok,
    benchmark_right_after,
    known_benchmark,
)
from .bench_summary import find_summary_benchmarks, summary_benchmark
from .benchmarks import fold
from .metric_kind import is_efficiency, kind_of
from .metric_match import metric_matches
from .metric_names import clean_metric, is_metric_name
from .model_names import model_beside, subject_model, title_name
from .number_forms import HEDGE, is_dollars, no_result_between, token_count_follows
from .number_metric import SIZE_COMPARISON, fits_number, name_metric
from .numbers import ASCII_DIGIT, Needing, Number, find_numbers, results
from .respectively import (
    across_list_after,
    averaged_over_list_after,
    benchmarks_in_order,
    benchmarks_in_parallel,
    benchmarks_respectively,
    listed_right_after,
    measures_respectively,
    one_of_listed,
)
from .sentences import MAX_CONTEXT as MAX_CONTEXT  # re-exported: part of this API
from .sentences import context as _context
from .sentences import sentences as _sentences  # scripts/tuple_errors.py reads it here

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
# after one epoch").
# m34 a change word of an earlier clause does not make a number a change ("surpassing
# o1, and 97.3% on MATH-500"); an integer a metric's name follows at once is a result
# ("a 2,029 Elo rating"); a lone registry name English rarely uses is a benchmark
# after "on" ("on Codeforces").
# m35 rules for 2025 phrasing (docs/accuracy.md, "Vocabulary of 2025 papers"): a measure named
# for another number of another unit or kind is not carried ("a 1,850 Elo rating on
# Codeforces and 72.1%"); ranks and percentiles, "(vs. 88.4)", whole numbers reached
# on a known benchmark and the other system's level after "surpassing" are results of
# their own; benchmarks named as "the first ... benchmark", "benchmark N", in brackets
# or before a rating; no measure from a model that improved or a clause's words.
# m36: a known benchmark a change is "by" is the number's benchmark, not its measure
# ("boosts MMLU by 6.4%"); a number on the list of one that names no measure but a
# benchmark shares both ("LiveCodeBench by 6.8% and 5.8%"); an average score names no
# measure, as a bare score names none; "2.8x faster" right after a figure is a speedup;
# a change named after its measure is a change ("a 7.1% AUC gain"), and a loss of
# quality beside a speedup is no cost ("with a 2.4% performance drop"); each change
# from a level is on the benchmark it follows ("on X from A to B and on Y from C to
# D"), a run of numbers on as many names pairs in order without "respectively", and
# "57.4% of issues from X" is on X; a signed number after a benchmark is a gain on it
# ("(GSM8K +4.7)"); a paper named for a benchmark (its title says it makes one) reports
# numbers on it, not by it.
# m37: "pass@1 accuracy", rFID/gFID/sFID and plural acronyms ("AUROCs") are measures;
# a multiple of a quality measure is a change, not a cost ("a 3x improvement in FID");
# tokens per second is an efficiency rate; what changed is named past a model's name
# ("the response length of DeepSeek-R1 by 53%"); a list of benchmarks that opens a
# sentence pairs in order with its first numbers, as does one before "respectively";
# "and X from A to B" is on X, as is ", and on X it solves"; ranges "between A and B%"
# and "A~B%"; units and hedges are no part of a name ("99 ms latency"); an average
# over listed benchmarks is on none; "X with 57.4%, Y with 50.2%"; a summary opening
# "X is a benchmark" puts its results on X; "of the time" is how often, not a cost.
# m38: a benchmark's name is read where the sentence writes it nearest the number ("1.17%
# on LibriSpeech Clean, 2.48% on LibriSpeech Other"); a registry name right after "N%
# on" unless an everyday word ("88.6% on Spider"); a title-case registry name anywhere
# in the sentence ("a new record on Humanity's Last Exam with a score of 32.1%"); "97.66%
# across 25 ManiSkill tasks"; "on the 256x256 ImageNet benchmark"; either side of a size
# ("256×256", "768×1408") is no result; "by up to 18.5%" is a change; a length in tokens
# or words that changed ("from 741 to 225 tokens") is an efficiency figure, and the
# length of what a model writes ("output length", "CoT length") is a measure.
# m38.1: the m38 rules as they stand at the end of their session; the string "m38"
# stayed the same over commits whose outputs changed, so a dataset built at one of them
# is rebuilt. m38.2: one hedge pattern ("by approximately 40-50%" names its measure).
# m39: "from 31.8 for chain-based GRPO to 36.8" is one pair; "On the most difficult
# level of GAIA," opens on GAIA. m40: "by 50% on average across A, B and C" and an
# average "over A, B and C" are on none of them; "87.5% across 8 real-world XArm tasks"
# on no benchmark; "on NIH ChestX-ray14"; "its AlpacaEval win rate, to 38.66%"; verbs of
# change are no part of a measure; agreement and TM-score are measures. m40.1: the
# second review's guards (an average over compared systems, a real-world part of a
# named benchmark, a hedge inside a "respectively" list). m41: a sentence opening on a
# set it does not name ("On the synthetic benchmark,", "In a user study") takes no
# benchmark from elsewhere, also after a list part's heading; "Built on DexVLA" names
# no benchmark; one plain word before a quality noun or recall/precision names which
# ("subject consistency", "abstention recall"); "Abs Rel"; a maximum is a limit.
# m41.1: the second review's guards (a lead that refers back to a named benchmark,
# "based on the X evaluation", judging words, "40 min"). m42-m42.13: lists (baselines
# compared with a list pair in order; an opening list pairs runs and changes in order,
# a figure of another count after it is on none); figures over several ("on average",
# "across the benchmarks"); savings and scores apart; parts of benchmarks; baselines
# share the benchmark of the number beside them; "average" kept in a measure's name;
# junk names gone; m42.7 and m42.12 are the two second reviews' guards; m42.14: a time
# in seconds is never named "speedup". m43-m43.19: see docs/accuracy.md. m44: a
# measure no vocabulary holds is named by the words a determiner opens before "of" and
# the number ("a pseudo-R² of 0.41"), or, last of all, by plain words ending the
# number's phrase ("95% compute utilization"). m44.1: "along" ends that phrase; a lone
# word of one or two letters after a number is a unit ("167.3 m"). m44.2: the second
# review's guards (settings, make-up and populations: "at 0.8 temperature", "with 30%
# label noise", "35% duplicates", "30% women", "a ratio of 3:1"). m44.3: "on the new
# Chinese benchmark CAGUI" names CAGUI before the number too. m44.4: "to 28.9% of the
# original" is a share of the measure named before; "including" and a plural
# possessive ("providers'") are no part of a measure's name. m44.5: a whole number
# "across", "covering", "spanning" or "among" a plural counts things ("across 14
# diseases"). m44.6: "where" and "when" are no part of a measure's name; words
# before "than" compare ("1.66x stronger than"). m45-m45.11: a title that benchmarks or
# evaluates names the paper's benchmark; what a share, a multiple or a count is of
# (``shares``); a name's acronym is the measure; a task gerund before accuracy is
# dropped; a split word ends a benchmark's name; quantization settings are no
# benchmarks (docs/accuracy.md, "Extractor m45"). m46: how 2025 summaries list results
# on benchmarks (docs/accuracy.md, "Extractor m46").
EXTRACT_VERSION = "m51.2"
LOOKBACK = 300
MAX_SCAN = 20_000


@dataclass(frozen=True)
class Metric:
    """One stated result: its value and unit, the measure, the benchmark and the
    system it is of, its kind (``score``, ``delta`` or ``efficiency``), the
    sentence stating it, and where in the summary the number is written."""

    value: float
    unit: str
    metric: str
    benchmark: str
    model: str
    kind: str
    context: str
    char_start: int
    char_end: int


def extract_metrics(summary: str | None, title: str | None = None) -> list[Metric]:
    """Every numeric result the summary states, in text order, once per value and
    unit; the title names the paper's own system when the summary says "the
    proposed method"."""
    if not isinstance(summary, str) or not summary:
        return []
    own = title_name(title, summary)
    # A paper named for a benchmark ("ARC-AGI-2: A New Challenge ...") reports
    # numbers on it, not by it: it is the benchmark a number names none for.
    paper_benchmark = (
        own
        if own and _named_for_benchmark(own, title or "") and not _a_method(own, summary)
        else ""
    ) or _declared_benchmark(summary)
    own = "" if paper_benchmark else own
    # Real summaries are a few thousand characters; a runaway cell is read only up to
    # MAX_SCAN so that one broken row cannot stall a build.
    text = summary[:MAX_SCAN]
    if not ASCII_DIGIT.search(text):
        return []  # every number starts with an ASCII digit
    spans = _sentences(text)
    # Most numbers name their benchmark in their own sentence: the summary's are
    # found only when one first needs them.
    summary_benchmarks = functools.cache(
        functools.partial(_summary_benchmarks, text, spans, paper_benchmark)
    )
    found: list[Metric] = []
    seen: dict[tuple[float, str], set[str]] = {}
    for lo, hi in spans:
        stated = _once(_sentence_metrics(text, lo, hi, own, summary_benchmarks), seen)
        if text.find("respectively", lo, hi) >= 0:
            stated = _pair_respectively(text, lo, hi, stated)
        elif len(stated) > 1:
            stated = _pair_in_order(text, lo, hi, stated)
        found.extend(stated)
    return found


# A title that says the paper makes a benchmark: "... Reasoning Benchmark", "A New
# Challenge for ...", "... Examination Dataset" (not "Benchmarking" a system).
_BENCHMARK_TITLE = re.compile(
    r"\b(?:benchmarks?|bench|datasets?|challenge|exam|examination|test\ssuite|leaderboard)\b",
    re.IGNORECASE,
)


# What follows a title's name when the paper is a benchmark or an evaluation:
# "MM-IQ: Benchmarking Human-Like Abstraction", "RepliBench: Evaluating the ...".
_EVALUATION_TITLE = re.compile(
    r":\s(?:[\w-]+\s){0,2}?(?:benchmarking|evaluating|evaluation"
    r"|benchmark(?=\s(?:for|of|on|in|to|towards|with)\b|$))\b",
    re.IGNORECASE,
)


def _named_for_benchmark(name: str, title: str) -> bool:
    """Whether the paper's title names a benchmark the paper makes."""
    if known_benchmark(name) and _BENCHMARK_TITLE.search(title):
        return True
    return bool(_EVALUATION_TITLE.search(title)) and bench_ok(name)


def _a_method(name: str, summary: str) -> bool:
    """Whether the summary makes the title's name do what a method does: "Meta-Judge
    improves agreement ...", not what a benchmark is ("On MedHELM, ...")."""
    return re.search(rf"\b{re.escape(name)}\s(?:\w+\s)?{_METHOD_VERB}", summary) is not None


_METHOD_VERB = r"(?:improves|outperforms|boosts|surpasses|beats|reduces|raises|lifts|cuts)\b"


# "WASP is a benchmark for ...", "i) **One-line summary:** HCAST is a benchmark of 189
# tasks": a summary that opens by saying the paper's subject is a benchmark.
_IS_A_BENCHMARK = re.compile(
    rf"(?:[^\w]{{0,4}}|[^;]{{0,300}}?\*\*One-line\ssummary:\*\*\s)(?P<bench>{BENCH}|[A-Z][a-z]{{3,}})\s"
    r"is\san?\s(?:[\w-]+\s){0,4}?benchmark(?![\w-])"
)


def _declared_benchmark(summary: str) -> str:
    """The benchmark the summary opens by saying the paper is, or ``""``."""
    declared = _IS_A_BENCHMARK.match(summary, 0, 600)
    return declared["bench"] if declared and bench_ok(declared["bench"]) else ""


def _summary_benchmarks(
    text: str, spans: list[tuple[int, int]], paper_benchmark: str
) -> list[tuple[int, str]]:
    """The benchmarks the summary names (``find_summary_benchmarks``), after the one
    the paper is named for, as if named before its first word."""
    found = find_summary_benchmarks(text, spans)
    return [(0, paper_benchmark), *found] if paper_benchmark else found


def _once(metrics: Iterable[Metric], seen: dict[tuple[float, str], set[str]]) -> list[Metric]:
    """The metrics whose value and unit the summary has not stated before (rule 4),
    added to ``seen``; but the same value on another named benchmark is another
    result ("+0.9 on VideoMME, +1.0 on MVBench and +0.9 on Perception Test")."""
    kept: list[Metric] = []
    for m in metrics:
        on = seen.get((m.value, m.unit))
        if on is not None and not (m.benchmark and "" not in on and m.benchmark not in on):
            continue
        seen.setdefault((m.value, m.unit), set()).add(m.benchmark)
        kept.append(m)
    return kept


# The summary's benchmarks as ``bench_summary.find_summary_benchmarks`` gives them, found
# on the first call.
_SummaryBenchmarks = Callable[[], list[tuple[int, str]]]


@dataclass
class _Previous:
    """Where the sentence's previous result ended and how it was named: the next
    number may be on its list, or the "to" end of its "from A to B"."""

    since: int
    metric: str = ""
    kind: str = ""
    benchmark: str = ""
    # it was the "to" end written first: "to 0.205 from 0.335"
    after_to: bool = False


def _sentence_metrics(
    text: str, lo: int, hi: int, own: str, summary_benchmarks: _SummaryBenchmarks
) -> Iterator[Metric]:
    """Each result the sentence ``text[lo:hi]`` states, named, in text order."""
    previous = _Previous(since=lo)
    for group in find_numbers(text, lo, hi):
        start, end = group[0].start, group[-1].end
        # Look back at most LOOKBACK characters, so a pathological sentence
        # (a megabyte of numbers) costs linear time, not quadratic.
        near = max(lo, start - LOOKBACK)
        previous.since = max(previous.since, near)
        kept = results(text, lo, hi, group)
        if not kept:
            continue
        efficiency = is_efficiency(text, near, hi, start, end, previous.since, group[-1].unit)
        # "from A to B": B is the same measure on the same data as A
        from_previous = bool(_FROM_THIS_TO.fullmatch(text, previous.since, start)) or (
            previous.after_to and bool(_FROM_AFTER_TO.fullmatch(text, previous.since, start))
        )
        metric = clean_metric(_metric(text, near, hi, group, previous, efficiency, from_previous))
        kind = _kind(text, near, hi, group, previous, efficiency)
        benchmark = _benchmark(
            text, lo, hi, group, kind, metric, previous, from_previous, summary_benchmarks
        )
        model = _name_model(text, near, start, end, own, benchmark)
        context = _context(text, lo, hi, start, end)
        after_to = bool(_TO_RIGHT_BEFORE.search(text, max(lo, start - 6), start))
        previous = _Previous(end, metric, kind, benchmark, after_to)
        for n in kept:
            yield Metric(n.value, n.unit, metric, benchmark, model, kind, context, n.start, n.end)


def _metric(
    text: str,
    near: int,
    hi: int,
    group: list[Number],
    previous: _Previous,
    efficiency: bool,
    from_previous: bool,
) -> str:
    """The number's own metric (``name_metric``), but the previous number's for the
    "to" end of "from A to B", and for a number on its list that names none."""
    start, end = group[0].start, group[-1].end
    if previous.metric and from_previous:
        return previous.metric  # "the IS score from 64.3 to 288.2": one measure
    if (
        previous.benchmark
        and not previous.metric
        and _PLAIN_LIST.fullmatch(text, previous.since, start)
    ):
        # "boosting LiveCodeBench by 6.8% and 5.8%": the second names no more than the
        # first, so a measure named before the first is not its own either
        near = previous.since
    if previous.since > near and _BASELINE_AFTER.fullmatch(text, previous.since, start):
        # "a PSNR of 28.75, compared to 27.49", "its MT-Bench score stays at 6.55
        # compared with 6.70": a baseline set beside a number reports its measure, or
        # none when it has none
        own = name_metric(text, previous.since, hi, start, end, previous.since, efficiency)
        if own or not fits_number(previous.metric, text, start, end):
            return own
        return previous.metric
    metric = name_metric(text, near, hi, start, end, previous.since, efficiency)
    if (
        not metric
        and previous.metric
        and fits_number(previous.metric, text, start, end)
        and _shares_metric(text, hi, previous.since, start, end, previous.metric)
    ):
        return previous.metric  # "scores of 0.997 and 0.996", "FILM (0.2697), TRF (0.3102)"
    if not metric and not group[-1].unit and token_count_follows(text, end, hi):
        return "tokens"  # "reduces reasoning chains from 741 to 225 tokens"
    if not metric and is_dollars(text, start):
        return "cost"  # "at $0.045 per instance"
    if metric == "speedup" and group[-1].unit in _AMOUNT_UNITS:
        return ""  # "needs only 0.33 s ..., 10x faster": a time, not the speedup
    return metric


_AMOUNT_UNITS = frozenset(["s", "ms", "GB"])


def _kind(
    text: str, near: int, hi: int, group: list[Number], previous: _Previous, efficiency: bool
) -> str:
    """The number's kind (``kind_of``); a score listed after a change is a change too:
    "a boost of 3.0% on A and 4.3% on B"."""
    start, end = group[0].start, group[-1].end
    kind = kind_of(text, near, hi, start, end, group[-1], efficiency)
    if (
        previous.kind == "delta"
        and kind == "score"
        and _LIST_CONTINUES.fullmatch(text, previous.since, start)
    ):
        return "delta"
    return kind


def _benchmark(
    text: str,
    lo: int,
    hi: int,
    group: list[Number],
    kind: str,
    metric: str,
    previous: _Previous,
    from_previous: bool,
    summary_benchmarks: _SummaryBenchmarks,
) -> str:
    """The benchmark the number is on: one named around it (``name_benchmark``), else
    the "from" end's for the "to" end; else, unless it is an efficiency figure or its
    sentence is over several benchmarks, the one its measure's name holds or the one
    named before it (``_named_before``)."""
    start, end = group[0].start, group[-1].end
    if previous.benchmark and from_previous:
        return previous.benchmark  # "on Polyglot from 14.2% to 30.7%": one benchmark
    benchmark = name_benchmark(text, lo, hi, start, end, kind == "efficiency")
    if benchmark and kind != "score" and later_clause_owns(text, end, hi, benchmark):
        # "outperforms them by 14.2% and 4.8%, and with fine-tuning it reaches 80.7% mIoU
        # on ScanNet": the margins are over the clause before, the name the score's
        return ""
    if (
        previous.benchmark
        and benchmark != previous.benchmark
        and _beside_previous(text, hi, start, end, previous)
    ):
        benchmark = previous.benchmark
    if benchmark and (
        (
            _AVERAGED.match(metric)
            # "the average accuracy across A, B and C", "an average accuracy of 63.5%
            # across A, B and C"
            and (
                # (not when the number names it right after: "reaching a 95.5% average
                # success rate on LIBERO", after "on CALVIN, LIBERO and SimplerEnv")
                (
                    one_of_listed(text, max(lo, start - 120), start, benchmark)
                    and not _on_name_after(benchmark).match(text, end, hi)
                )
                or listed_right_after(text, end, hi, benchmark)
            )
        )
        or averaged_over_list_after(text, end, hi, start)
        or across_list_after(text, end, hi)
    ):
        # "the average accuracy across AIME24, AIME25 and LiveCodeBench", "by 50% on
        # average across GSM8K, MATH500 and AIME2024"
        return ""
    if (
        not benchmark
        and previous.benchmark
        and not metric
        and _PLAIN_LIST.fullmatch(text, previous.since, start)
    ):
        benchmark = previous.benchmark  # "LiveCodeBench by 6.8% and 5.8%"
    if benchmark or kind == "efficiency" or over_several(text, lo, hi):
        return benchmark
    if put_on_a_name(text, end, hi):
        return ""  # "61.0% on MMLU and 47.3% on Kestrel": on Kestrel, not on MMLU
    if SEVERAL_AFTER.match(text, end, hi):
        return ""  # "improvements of 6% to 11% across the medical benchmarks"
    if (
        opens_off_benchmark(text, lo, start)
        or opens_on_list(text, lo, start)
        or clause_off_benchmark(text, lo, start)
        or real_world_after(text, end, hi)
    ):
        return ""  # "On real-world tasks it reaches an 84.0% success rate"
    if measure := measure_of_benchmark(text, lo, hi, metric):
        return measure  # "the AlpacaEval 2.0 win rate by 8% on average"
    if on_average_after(text, end, hi, start):
        return ""  # an average over several, not on one named before
    return _named_before(text, lo, hi, start, end, summary_benchmarks)


@functools.lru_cache(maxsize=1024)
def _on_name_after(benchmark: str) -> re.Pattern:
    """The number's own words, then "on" the benchmark, in one clause."""
    # (not the first of a list: "an average accuracy on GSM8K, MATH and AIME 2024")
    return re.compile(
        rf"[^,;.]{{0,40}}?\bon\s(?:the\s)?{re.escape(benchmark)}(?!\s*(?:,|and\b|&)\s*\S)"
    )


def _beside_previous(text: str, hi: int, start: int, end: int, previous: _Previous) -> bool:
    """Whether the number is set right beside the one before, on its benchmark: a
    baseline ("its MT-Bench score stays at 6.55 compared with 6.70 for the original
    model", "51.3% on BFCL, close to GPT-3.5-turbo (53.7%)") or another measure's change
    ("AIME25 pass@1 from 4.6% to 16.4% and pass@16 from 18.5%"); not when it names its
    own right after."""
    if _NAME_RIGHT_AFTER.match(text, end, hi):
        return False
    if _BASELINE_AFTER.fullmatch(text, previous.since, start):
        return True
    return (
        previous.after_to
        and _NEXT_MEASURE_FROM.fullmatch(text, previous.since, start) is not None
        and bool(metric_matches(text[previous.since : start]))
    )


# An average over the benchmarks a sentence lists is on none of them (LABELING.md,
# round 9).
_AVERAGED = re.compile(r"(?:average|mean|avg)\b")


def _named_before(
    text: str, lo: int, hi: int, start: int, end: int, summary_benchmarks: _SummaryBenchmarks
) -> str:
    """The benchmark the summary named last before the number; before its sentence,
    when the number is said to be on tasks or data its words do not name."""
    named = summary_benchmarks()
    # "Results on a 20B SlimPajama dataset show ... a 3% gain on downstream
    # reasoning tasks": a figure on a set its words do not name is not on a
    # name before it in its own sentence.
    unnamed = _UNNAMED_SET_AFTER.match(text, past_range(text, end, hi), hi)
    if unnamed and unnamed[0].endswith("s") and unnamed[0].endswith(_SEVERAL_SETS):
        return ""  # "by 3% to 16% across the benchmarks": on several, not one before
    return summary_benchmark(named, lo if unnamed else start)


_SEVERAL_SETS = ("benchmarks", "datasets")


# "on downstream zero-shot reasoning tasks", "on in-domain data": where a figure was
# measured, in words that name no benchmark.
# "scores 51.3% on a code-refactoring evaluation"
_UNNAMED_SETS = r"data|tasks|datasets|benchmarks|domains|questions|problems|evaluations?"
_UNNAMED_SET_AFTER = Needing(
    _UNNAMED_SETS,
    r"[^.;:,()\d]{0,40}?\b(?:on|across|over)\s(?:the\s|an?\s)?"
    rf"(?:(?:[a-z][\w-]*|{GENERIC_ACRONYM})\s){{0,3}}(?:{_UNNAMED_SETS})\b",
    reach=120,
)


def _name_model(text: str, lo: int, start: int, end: int, own: str, benchmark: str) -> str:
    """The system the number belongs to (``model_names``). A number no one is
    credited with is the paper's own system's, ``own`` (from the title), unless
    that names the benchmark it is measured on ("VisOnlyQA: ..." is a benchmark
    paper)."""
    is_metric = functools.partial(is_metric_name, text)
    beside = model_beside(text, lo, start, end, is_metric, known_benchmark)
    if beside is not None:
        # "Humanity's Last Exam (32.9)": the end of the benchmark's own name is no model
        return "" if beside and benchmark.endswith(beside) else beside
    subject = subject_model(text, lo, start, is_metric, known_benchmark)
    if subject or not own or fold(own) == fold(benchmark):
        return subject
    return own


def _pair_respectively(text: str, lo: int, hi: int, found: list[Metric]) -> list[Metric]:
    """The sentence's metrics with the benchmarks, then the measures, that
    "respectively" pairs them with (``respectively``)."""
    spans = [(m.char_start, m.char_end) for m in found]
    benchmarks = benchmarks_respectively(text, lo, hi, spans, [m.benchmark for m in found])
    found = _set_by_index(found, "benchmark", benchmarks)
    return _set_by_index(found, "metric", measures_respectively(text, lo, hi, spans))


def _pair_in_order(text: str, lo: int, hi: int, found: list[Metric]) -> list[Metric]:
    """The sentence's metrics with the benchmarks a list of as many names after a run
    of them gives, in order ("80.3, 74.4 and 50.4 on AIME24, AIME25 and HMMT25")."""
    spans = [(m.char_start, m.char_end) for m in found]
    found = _set_by_index(found, "benchmark", benchmarks_in_order(text, lo, hi, spans))
    parallel = benchmarks_in_parallel(text, spans, [m.benchmark for m in found])
    return _set_by_index(found, "benchmark", parallel)


def _set_by_index(found: list[Metric], field: str, by_index: dict[int, str]) -> list[Metric]:
    """``found`` with ``field`` of the metric at each index of ``by_index`` set to its
    value there."""
    return [replace(m, **{field: by_index[i]}) if i in by_index else m for i, m in enumerate(found)]


def _shares_metric(text: str, hi: int, since: int, start: int, end: int, last_metric: str) -> bool:
    """Whether a number that names no metric goes on the previous number's list:
    "scores of 0.997 and 0.996", "77.5% thoroughness compared to 70.1%", "by 50% with
    little loss, and by up to 66%"; not one with a measure of its own after it ("4.7%
    higher faithfulness and 13.8% higher realism"), nor one a benchmark's name follows
    as its score ("7.59 FID and 0.74 GenEval")."""
    gap = text[since:start]
    head = len(gap) - len(gap.lstrip())
    if gap[head:].lower().startswith(last_metric):
        if benchmark_right_after(text, end, hi):
            return False
        since += head + len(last_metric)  # the previous number's metric, named after it
    if _LIST_GAP.fullmatch(text, since, start):
        return True
    return bool(_LIST_NEXT.fullmatch(text, since, start)) and not _OWN_MEASURE.match(text, end)


_OWN_MEASURE = re.compile(
    r"\s(?:higher|lower|better|worse|more|less|fewer|greater)\s"
    r"(?!(?:than|compared|on|in|for|with|at|and|to|or|by)\b)[a-z]{3,}"
    # "2x faster and 5x smaller": a size, no speedup
    rf"|\s?(?:x|×|times)?\s(?:{SIZE_COMPARISON})\b"
)


# "reduces the index size by 50% with little loss, and by up to 66% with some": a
# number that goes on the previous one's list, naming nothing new, shares its metric.
_LIST_NEXT = re.compile(
    r"[^;:]{0,70}?(?:,\s*|\band\s+|\bor\s+|\bwhile\s+)(?:(?:by|of|to|at)\s+)?"
    rf"(?:{HEDGE}\s+)?"
)
# The gap between the two ends of "from A to B": the same measure on the same data.
# "from 31.8 for chain-based GRPO to 36.8": the system the first is of may come between.
_FROM_THIS_TO = re.compile(
    r"(?:\s(?:for|of|with|by)\s(?:[\w.+-]+\s){0,4}?[\w.+-]+)?\s?(?:to|→|->)\s?"
)
# "6.55 compared with 6.70", "61.0%, against 57.3%": a baseline set right beside a number
_BASELINE_AFTER = re.compile(
    r"\s?(?:%|x|×|\s?points?)?"
    # "24.6% accuracy on BrowseComp versus 12.6%", "51.3% accuracy on BFCL, close to
    # GPT-3.5-turbo (53.7%)": a few words of the number's own, no other result
    rf"(?:{no_result_between('[^;:()]', 60)})?"
    r",?\s(?:compared\s(?:with|to)|versus|vs\.?|against|close\sto)\s"
    rf"(?:{no_result_between('[^;:()]', 40)}\s\(|(?:{HEDGE}\s)?)[+~]?"
)
# "raises AIME25 pass@1 from 4.6% to 16.4% and pass@16 from 18.5%": another measure's
# change on the same benchmark
_NEXT_MEASURE_FROM = re.compile(
    rf"\s?(?:%|x|×|\s?points?)?,?\s(?:and\s)?(?:its\s)?[\w@-]+(?:\s[\w@-]+)?\sfrom\s(?:{HEDGE}\s)?[+~]?"
)
_NAME_RIGHT_AFTER = re.compile(r"\s?(?:%|x|×|\s?points?)?\s(?:on|in)\s(?:the\s)?[A-Z]")
# "lowers the error to 0.205 from 0.335": the "from" end written after the "to" end
_TO_RIGHT_BEFORE = re.compile(r"\bto\s$")
_FROM_AFTER_TO = re.compile(rf"\s?(?:%|x|×)?\sfrom\s(?:{HEDGE}\s)?")
_LIST_CONTINUES = re.compile(r"[^;:]{0,40}?(?:,\s*|\band\s+|\bor\s+)(?:(?:by|of)\s+)?")
# Only list glue between two numbers: "6.8% and 5.8%", "3.1, 2.4 or 1.9 points".
_PLAIN_LIST = re.compile(r"\s?(?:%|x|×|\s?points?)?\s?(?:,\s?)?(?:(?:and|or)\s)?")

_LIST_GAP = re.compile(
    r"[\s,;()]*(?:and|or|vs\.?|versus|against|compared to|compared with|respectively)?[\s,;()]*"
    r"(?:[A-Z][\w-]*(?:['’]s)?\s?\(?)?"
)
