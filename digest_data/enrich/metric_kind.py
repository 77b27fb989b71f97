"""The kind of a reported number (rule 3 of ``metrics``): ``efficiency`` for speed,
memory, latency or cost figures, ``delta`` for improvements and differences, else
``score``. Whether a number is an efficiency figure is decided first, as it also
limits the names its metric may take (``number_metric``)."""

from __future__ import annotations

import re as stdlib_re

import regex as re

from .metric_match import EFFICIENCY, QUALITY, metric_matches
from .metric_names import FUNCTION_WORD
from .metric_words import CHANGE_NOUN as _CHANGE_NOUN
from .metric_words import COUNT_PER_SECOND, IN_THOUSANDS, RATE_NAME
from .number_forms import HEDGE, changed_count, is_dollars, token_count_follows
from .number_metric import FASTER_RIGHT_AFTER
from .number_metric import SHARED_TAIL as _SHARED_TAIL
from .numbers import SURPASSING, Needing, Number, time_taken_after
from .sentences import CLAUSE_BREAK
from .shares import share_of_resource

_TO_AFTER = re.compile(r"\s(?:to|→|->)\s")
# A verb that reports a score, right before the number, and the capitalised name it is
# on, right after: "scoring 85.17% on MMLU".
_ON_A_NAME = re.compile(r"\s(?:on|in)\s(?:the\s)?[A-Z]")
_SCORED_ON = re.compile(
    rf"\b(?:scor|reach|achiev|attain|obtain)(?:es|ing|ed|s)?\s(?:{HEDGE}\s)?$", re.IGNORECASE
)


def is_efficiency(text: str, lo: int, hi: int, start: int, end: int, since: int, unit: str) -> bool:
    """Speed, memory, latency, token or cost figures: an efficiency unit, an
    efficiency metric named last before the number, or a reduction of a cost."""
    if unit == "x" and (_multiple_of_quality(text, end, hi) or _quality_by_before(text, lo, start)):
        # "a 7.5x reduction in toxicity", "10 times lower Chamfer distance", "increases
        # pass@1 by 1.8x"
        return False
    if unit == "x" and not text[start : start + 1].isdigit():
        # a multiple in words is a cost or a speed only when one is named after it:
        # "ten times smaller", "doubles task throughput"; not "triples tool selection
        # accuracy", "a two-fold improvement"
        return bool(_WORD_MULTIPLE_OF_COST.match(text, end, min(hi, end + 40)))
    if unit in ("x", "ms", "s", "GB") or (not unit and time_taken_after(text, lo, start, end, hi)):
        return True
    if is_dollars(text, start):
        return True  # "$0.045 per instance": a price is kept only as a cost
    if unit == "%" and FASTER_RIGHT_AFTER.match(text, end, hi):
        return True  # "keeps its accuracy while being 20% faster": a speed, whatever came before
    if share_of_resource(text, end, hi):
        return True  # "needs only 69.6% of the LLM calls"
    shared = _SHARED_TAIL.match(text, end, hi)
    right = metric_matches(text[shared.end() : min(hi, shared.end() + 30)], QUALITY)
    if right and right[0].start() == 0 and not right[0]["name"].lower().startswith("score"):
        return False  # "40.6% accuracy at a compression ratio of 4"
    if _RATE_AFTER.match(text, shared.end(), hi):
        return True  # "737 tokens per second"
    if not unit and (token_count_follows(text, end, hi) or changed_count(text, lo, start, end, hi)):
        return True  # "from 741 to 225 tokens", "cuts the decoding steps from 256 to 30"
    if _LOSS_AFTER.match(text, end, hi) or _LOSS_BEFORE.search(text, max(lo, start - 60), start):
        return False  # "a 48.4% speedup with only a 2.4% performance drop"
    if (
        unit == "%"
        and _SCORED_ON.search(text, max(lo, start - 30), start)
        and _ON_A_NAME.match(text, end, hi)
    ):
        return False  # "35x lower cost ..., scoring 85.17% on MMLU": a score on a benchmark
    # "a 48.4% speedup with only a 2.4% ...": the word right after the previous
    # number is its own, not a cue for this one.
    if since > lo and (own := _OWN_WORD.match(text, since, start)):
        since = own.end()
    between = text[since:start]
    eff = metric_matches(between, EFFICIENCY)
    if unit == "%":  # "sampled at 2 FPS and ... reaches 58.1%": no share is a frame rate
        eff = tuple(m for m in eff if not _RATE_NAME.fullmatch(m["name"]))
    quality = metric_matches(between, QUALITY)
    if eff and (not quality or eff[-1].start() > quality[-1].start()):
        return True
    if quality:
        return False
    window = text[max(lo, since, start - 60) : start] + " " + text[end : min(hi, end + 30)]
    return bool(_EFFICIENCY_CUE.search(window) and _REDUCTION.search(window))


_BY_BEFORE = re.compile(rf"\s(?:by|of)\s(?:{HEDGE}\s)?$")


def _quality_by_before(text: str, lo: int, start: int) -> bool:
    """Whether a quality measure is named right before "by" and the number: "increases
    pass@1 by approximately 1.8x" is a gain in pass@1, not a speedup."""
    by = _BY_BEFORE.search(text, max(lo, start - 25), start)
    if not by:
        return False
    named = metric_matches(text[max(lo, by.start() - 30) : by.start()], QUALITY)
    return bool(named) and named[-1].end() == by.start() - max(lo, by.start() - 30)


# A multiple of a quality measure, not of a cost: "a 3x improvement in FID", "10
# times lower mean Chamfer distance".
_MULTIPLE_OF = re.compile(
    r"\s?(?:(?:improvement|gain|increase|reduction|decrease|drop|boost)s?\s(?:in|of)\s(?:the\s)?"
    r"|(?:lower|higher|better|worse|greater)\s)"
)
# Systems papers say "a 1.9x performance boost" of speed, so a bare "performance"
# change stays an efficiency figure; so does a quality word that qualifies a speed
# ("a 17.5x improvement in FID convergence speed").
_SPEED_OR_COST = re.compile(r"\b(?:speed|convergence|faster|time|throughput|cost)", re.IGNORECASE)


def _multiple_of_quality(text: str, end: int, hi: int) -> bool:
    """Whether a multiple ending at ``end`` is a change of a quality measure named
    right after it, none of speed or cost."""
    change = _MULTIPLE_OF.match(text, end, hi)
    if not change:
        return False
    what = CLAUSE_BREAK.split(text[change.end() : min(hi, change.end() + 40)])[0]
    quality = metric_matches(what, QUALITY)
    return (
        bool(quality)
        and quality[0].start() < 25
        and not quality[0]["name"].lower().startswith(("score", "rate", "efficiency"))
        and not metric_matches(what, EFFICIENCY)
        and not _SPEED_OR_COST.search(what)
    )


_RATE_NAME = re.compile(RATE_NAME, re.IGNORECASE)

# What a multiple in words is of when it is a cost or a speed: "ten times smaller",
# "twice as fast", "doubles task throughput".
_WORD_MULTIPLE_OF_COST = re.compile(
    r"\s(?:as\s(?:fast|quick\w*|efficient\w*)"
    r"|(?:(?:the|its|their)\s)?(?:[\w-]+\s){0,2}?(?:faster|quicker|smaller|cheaper|fewer|less|"
    r"lower\s(?:latency|memory|cost)|throughput|speed|memory|latency|cost|tokens|compute|"
    r"efficien\w*))\b",
    re.IGNORECASE,
)

# A rate of output: "737 tokens per second", "48 FPS", "72.4 samples per second".
_RATE_AFTER = re.compile(rf"{IN_THOUSANDS}\s?(?:fps|{COUNT_PER_SECOND})\b", re.IGNORECASE)


# A loss of quality beside the number: "a 2.4% performance drop", "an accuracy
# degradation of only 1.5%"; a change of a score, never a cost.
_LOSS = r"(?:performance|accuracy|quality)\s(?:drops?|decreases?|degradation|loss|declines?)"
_LOSS_AFTER = re.compile(rf"\s?(?:(?:absolute|relative|average)\s)?{_LOSS}\b", re.IGNORECASE)
_LOSS_BEFORE = re.compile(
    rf"\b{_LOSS}\s(?:of\s)?(?:(?:only|just|about|around|nearly|less\sthan|under|below)\s)*~?$",
    re.IGNORECASE,
)
_OWN_WORD = re.compile(r"\s?(?:faster|slower|speedups?|cheaper|smaller|fewer|less)\b")


_EFFICIENCY_CUE = re.compile(
    r"\b(?:faster|speed[\s-]?ups?|speeds? up|accelerat\w*|throughput|latency|memory|"
    r"compress\w*|fewer|cheaper|cost\w*|flops|tokens?|inference time|training time|"
    # what a reasoning model writes: "reduces chain-of-thought trajectory length by 27%"
    r"(?:output|response|reasoning|generation|answer|completion|thinking|trajectory|CoT) lengths?|"
    # "less than 20% of the time on long tasks" is how often, not a time; "12% of the
    # time and 8% of the memory", "5% of the time needed by MCTS" are a cost
    r"computation\w*|compute|overhead|storage|KV[\s-]cache|"
    r"time(?<!\bof\sthe\stime)|time(?!\s?(?:[,.;)]|$)|\s(?:on|in|when|while|but|across|for)\b))\b",
    re.IGNORECASE,
)
_REDUCTION = re.compile(
    r"\b(?:reduc\w*|fewer|less|sav\w*|cut\w*|lower\w*|decreas\w*|compress\w*|faster|speed\w*|shrink\w*|only)\b",
    re.IGNORECASE,
)
_DELTA_BEFORE = re.compile(
    r"(?:\b(?:by|improv\w*|gains?|increas\w*|boost\w*|outperform\w*|higher|better|"
    r"surpass\w*|exceed\w*|margin|drops?|decreas\w*|declin\w*|degrad\w*|"
    # a loss of a score ("an accuracy loss of 0.4%"), not a loss value ("a loss of 2.1")
    r"(?<=(?:performance|accuracy|quality)\s)loss|"
    r"rais\w*|enhanc\w*|advantage|gap|relative|absolute|additional|lead|ahead)\b"
    r"(?P<gap>[^.;]{0,25})|\+\s?)$",
    re.IGNORECASE,
)
# "surpassing GPT-4o's 40.2%", "outperforming FLUX-schnell (7.94 FID)": the other
# system's own level, not the margin.
_OTHERS_LEVEL = re.compile(
    # a named system (a capital or a digit in it), not "outperforms baselines (4.1%)"
    rf"(?i:{SURPASSING})\s(?i:the\s)?(?=[\w.+-]*[A-Z0-9])[\w.+-]{{1,30}}"
    r"(?:['’]s\s|\s\()",
)
# "a higher PSNR of 27.3", "improves accuracy to 85%": the number is the level
# reached, not the change; "by up to 18.5%" is the change.
_LEVEL_GAP = re.compile(
    r"(?<!\bby\sup\s)\bto\s*$|\b(?:of|is|at|reach\w*|achiev\w*)\s+(?:(?:about|around|approximately|nearly|only)\s+)?$",
    re.IGNORECASE,
)
# Points a system scored are a level, unless a change follows them: "scores 4.5
# points on average above", "obtains 5.6 points of improvement".
_SCORED = re.compile(r"\b(?:scor(?:e|es|ed|ing)|earn\w*|attain\w*|obtain\w*)\s+$", re.IGNORECASE)
_CHANGE_LATER = re.compile(
    r"\s?(?:(?:on\s)?average\s|in\stotal\s)?(?:of\s(?:[a-z]+\s)?(?:gain|improvement|increase|boost)"
    r"|above|over|higher|better|more|ahead|improvement|gain)\b",
    re.IGNORECASE,
)
_DELTA_AFTER = re.compile(
    r"^\s?(?:points?\s|percentage\s)?(?:absolute\s|relative\s|average\s)?"
    r"(?:higher|better|lower|worse|more|improvement|gain|increase|boost|drop|decrease|"
    r"reduction|change|difference|over|above|ahead|margin|lead|advantage|increment|jump)"
    # the measure that changed between: "a 2.4% performance drop", "a 3.1-point
    # success rate improvement"
    rf"|^\s?(?:(?:points?|percentage)\s)?(?:(?!{FUNCTION_WORD})[a-z][\w-]*\s){{1,2}}{_CHANGE_NOUN}s?\b",
    re.IGNORECASE,
)
# "improvements ranging from 1.4pp to 3.5pp": the ends of a range of changes, not two
# levels.
_CHANGES_RANGING = Needing(
    "rang|var|of|between",
    # "gains range from 2.3% to 7.9%", "improvements of 1.2pp to 4.8pp"
    # (in the plural: "a training loss of 2.1" is a level)
    rf"(?:{_CHANGE_NOUN}s?\s(?:rang\w*|var\w*)\s(?:from\s)?|{_CHANGE_NOUN}s\s(?:of|between)\s)"
    r"(?:[\d.,]+\S*\s(?:to|and)\s)?$",
    stdlib_re.IGNORECASE,
)
# No character but the ASCII letters folds to "f", "r", "o" or "m" ignoring case.
_FROM_TO = Needing("from", r"\bfrom\s$|\bfrom\s[^.;,]{0,40}\bto\s$", stdlib_re.IGNORECASE)


def _is_margin(delta: re.Match, sign: str) -> bool:
    """Whether the change word ``delta`` found before a number (``sign``: the
    characters around its start) makes it a change: not when a level is named in
    between ("a higher PSNR of 27.3"), nor when it is the other system's own level
    ("surpassing GPT-4o (40.2%)"), unless signed ("(+4.1%)")."""
    gap = delta["gap"]
    if gap and metric_matches(gap) and _LEVEL_GAP.search(gap):
        return False
    return not _OTHERS_LEVEL.fullmatch(delta.group(0)) or "+" in sign


def kind_of(
    text: str, lo: int, hi: int, start: int, end: int, number: Number, efficiency: bool
) -> str:
    """``efficiency`` for speed, memory, latency or cost figures, ``delta`` for
    improvements and differences, else ``score``; both ends of ``from A to B`` are
    levels, not changes: scores, or efficiency figures ("reduces generation time from
    12.41s to 3.46s")."""
    before = text[max(lo, start - 45) : start]
    after = text[end : min(hi, end + 45)]
    if _CHANGES_RANGING.search(before):
        return "efficiency" if efficiency else "delta"  # "improvements ranging from 1.4pp"
    if _FROM_TO.search(before) or _TO_AFTER.match(after):
        return "efficiency" if efficiency else "score"
    if efficiency:
        return "efficiency"
    if not number.text[:1].isdigit() and number.unit == "x":
        return "delta"  # "more than triples tool selection accuracy", "twice the gains"
    if number.value < 0 or number.text.startswith("+") or _DELTA_AFTER.match(after):
        return "delta"
    # "surpassing GPT-4o, and 60.1% on MATH": a change word of an earlier clause
    # does not make this clause's number a change.
    clauses = list(CLAUSE_BREAK.finditer(before))
    delta = _DELTA_BEFORE.search(before, clauses[-1].end() if clauses else 0)
    if delta and _is_margin(delta, text[start - 1 : start + 1]):
        return "delta"
    if number.unit == "points" and not _LEVEL_GAP.search(before):
        if _SCORED.search(before) and not _CHANGE_LATER.match(after):
            return "score"  # "scored 213 points"; not "5.6 points of improvement"
        return "delta"  # "+3.1 points"; but "a return of 706 points" is a level
    return "score"
