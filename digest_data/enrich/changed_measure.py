"""What a change names as the measure that changed, in the text's own words:
"reduces the index size by 50%", "the ASR is reduced by over 30%", "the energy of
the median prompt fell by 33x", "a 30% reduction in optimization time"; and a second
name changed "by" a figure after a first ("reduces LPIPS by 14% and FV4D by 44%").
``number_metric`` asks these as two of its steps."""

from __future__ import annotations

import regex as re

from .bench_shape import NOT_BENCH, known_benchmark
from .benchmarks import canonical_benchmark, fold, load_registry
from .metric_match import metric_matches
from .metric_names import FUNCTION_WORD as _FUNCTION_WORD
from .metric_names import NOUN_OF_QUALITY as _NOUN_OF_QUALITY
from .metric_names import clean_metric
from .metric_words import CHANGE_NOUN
from .number_forms import HEDGE

# A model's name: a size ("Qwen3-32B", "a 7B model") or a known family ("GPT-4o");
# not a measure with a digit in its name ("AP50", "HPSv2", "CD-L1").
_NAME_SHAPED = re.compile(
    r"\b\d+(?:\.\d+)?[BM]\b|\b(?:GPT|Llama|LLaMA|Qwen|Claude|Gemini|Gemma|Mistral|Mixtral|"
    r"DeepSeek|Phi|InternVL|LLaVA|o[134])(?:\b|[\d.-])"
)
_QUALITY_WORD = re.compile(_NOUN_OF_QUALITY)

#: What changed: up to three words, none a function word.
WHAT = (
    rf"(?P<what>(?!{_FUNCTION_WORD})[A-Za-z][\w-]*(?:\s(?!{_FUNCTION_WORD})[A-Za-z][\w-]*){{0,2}})"
)
# What a change is "by" that is a system, not a measure: "improves the lightweight
# QueST model by 21.2%".
_SYSTEM_CHANGED = re.compile(
    r"\b(?:models?|polic(?:y|ies)|agents?|systems?|methods?|LLMs?|VLMs?)$"
    r"|\bbaselines?\b",  # anywhere: "improves the strong baseline OpenVLA by 12.3%"
    re.IGNORECASE,
)
# The stems of verbs that change a measure ("reduces", "cut", "boosted"), and the
# verbs of a measure that moves by itself ("fell", "rose").
_CHANGE_VERB = r"(?:reduc|cut|lower|decreas|improv|increas|boost|enhanc|shrink|shrunk|rais|extend)"
_MOVED = r"(?:fell|dropped|declined|rose|grew|shrank)"
# whose measure, in a plural possessive: "reduced users' time spent by", "the
# radiologists' workload fell by"
_OWNERS = r"(?:[a-z]+s['’]\s)"
# a named system's, in a singular possessive: "cuts GRPO's length inflation by"
_NAMED_OWNER = r"(?:(?-i:[A-Z])[\w.+-]*['’]s\s)"
_VERB_BY = re.compile(
    # a verb, not a noun ("improvements ranging from")
    rf"\b{_CHANGE_VERB}(?![a-z]*ments?\b)\w*\s"
    # "reduces the number of decoding operations by 2.85x": what is counted
    rf"(?:the\s|its\s|their\s|both\s)?(?:{_OWNERS}|{_NAMED_OWNER})?(?:(?:number|amount|count)\sof\s)?{WHAT}\s"
    # "reduces the average response length of DeepSeek-R1-Distill-Qwen-1.5B by 53%",
    # "reduces repetitions in Whisper by 76%", "overlong generations on LiveCodeBench",
    # "memorisation of the targeted sensitive data": where or whose, not what
    # (the capitals and small letters as written: the pattern ignores case elsewhere)
    r"(?P<where>(?:of|in|on)\s(?:the\s)?(?-i:[A-Z])[\w.+*-]*(?:\s(?-i:[A-Z])[\w.+-]*)?\s"
    r"|of\s(?:the\s|its\s|their\s)(?-i:[a-z])[\w-]*(?:\s(?-i:[a-z])[\w-]*){0,2}\s)?"
    # "reduces both unsafe responses (from 39.0% to 4.6% on X)": the change in brackets
    # "improves tokens-per-second by an average of up to 55%"
    rf"\(?(?:by|from|to)\s(?:(?:{HEDGE}|under|below|an\saverage\sof)\s){{0,2}}$",
    re.IGNORECASE,
)
# "the ASR is reduced by over 30%": the same, said in the passive.
_BY_PASSIVE = re.compile(
    rf"\b{WHAT}\s(?:is|was|are|were|gets|got)\s(?:\w+ly\s)?"
    rf"{_CHANGE_VERB}\w*\s"
    rf"by\s(?:(?:{HEDGE}|an\saverage\sof)\s)?$",
    re.IGNORECASE,
)
# "the energy of the median prompt fell by 33x": what moved by itself, right after an
# article or a clause's start
_FELL_BY = re.compile(
    # not what is of something else ("The Pass@1 of the agent grew by"), nor a count
    # ("the number of failed episodes fell by": no measure named)
    rf"(?:^|[,;:]\s|(?<!\bof\s)\b(?:the|its|their)\s){_OWNERS}?(?!(?:number|amount|count)\b){WHAT}"
    r"(?:\sof\s(?:the\s|a\s)?[a-z][\w-]*(?:\s[a-z][\w-]*)?)?\s(?:\w+ly\s)?"
    rf"{_MOVED}\s"
    rf"by\s(?:(?:{HEDGE}|an\saverage\sof)\s)?$",
    re.IGNORECASE,
)

# "25.6% in Relative Deviation (RD)": a name the text defines is a metric.
IN_DEFINED = re.compile(
    r"\s(?:in|of)\s(?P<what>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})\s\([A-Za-z]{2,6}\)"
)
_CHANGE_IN = re.compile(
    r"\s?(?:[a-z]+\s)?(?:reduction|improvement|increase|decrease|drop|gain|boost|speedup)s?"
    rf"\sin\s(?:the\s)?{WHAT}(?=[\s,.;:)]|$)",
    re.IGNORECASE,
)


# An ability or a performance changed by a figure names no measure ("improves
# mathematical reasoning by 18%", "out-of-distribution generalization by 23.3%"),
# as a quality ("perception errors", "planning accuracy") does.
_ABILITY = re.compile(
    # whole words: "reliability", "stability" and "misunderstanding" are measures
    r"\b(?:performance|reasoning|generali[sz]ation|understanding|capabilit(?:y|ies)|"
    r"abilit(?:y|ies)|planning|perception)$",
    re.IGNORECASE,
)
# What a system holds over others, never a measure: "extends the lead by 4.1 points",
# "improves the state of the art by 3.2 points", "extends the Pareto frontier by 15%".
_STANDING = re.compile(
    r"^(?:state|lead|advantage|margin|edge|sota|(?:pareto\s)?frontier|"
    r"(?:previous\s)?best(?:\sresults?)?)$",
    re.IGNORECASE,
)
# A change of a measure named after "in": "reduces the degradation in WER by 40%" is a
# change of WER, which the steps after name.
_CHANGE_NOUN = re.compile(rf"(?:{CHANGE_NOUN}|gap|rise|growth|difference)s?$", re.IGNORECASE)


def what_changed(text: str, since: int, start: int, end: int, hi: int) -> str | None:
    """What changed, in the text's own words: "reduces the index size by 50%", "a 30%
    reduction in optimization time"; one holding a known name ("improved SATD
    detection F1-scores by") is left to the steps after, which read it as a name."""
    # room for "the average response length of DeepSeek-R1-Distill-Qwen-1.5B by"
    window = max(since, start - 90)
    changed = (
        _VERB_BY.search(text, window, start)
        or _BY_PASSIVE.search(text, window, start)
        or _FELL_BY.search(text, window, start)
        or _CHANGE_IN.match(text, end, hi)
        or IN_DEFINED.match(text, end, hi)
    )
    if changed and (_SYSTEM_CHANGED.search(changed["what"]) or _STANDING.match(changed["what"])):
        return ""  # "improves the lightweight QueST model by 21.2%": no measure named
    if changed and changed.groupdict().get("where") and _CHANGE_NOUN.search(changed["what"]):
        return None
    if not changed or metric_matches(changed["what"]) or _NAME_SHAPED.search(changed["what"]):
        return None  # "improves Qwen3-32B by +11.04": a model changed, no measure
    words = changed["what"].split()
    if _ABILITY.search(changed["what"]) or any(
        # "improves math reasoning by 6.2%" names an ability; but "content quality" is a
        # quality, not the QuALITY benchmark
        known_benchmark(word) and not (word.islower() and _QUALITY_WORD.fullmatch(words[-1]))
        for word in words
    ):
        # "improves GSM8K performance by 4%", "boosts MMLU by 6%", "improves Global MMLU
        # by 4.7%": no measure named
        return ""
    return changed["what"].lower()


# "reduces LPIPS by 14% and FV4D by 44%", "raises Attack Success Rate by 0.319 and
# HarmScore by 0.426": a second name changed "by" a figure after a measure that was
# is a measure too (after a system, "beats GPT-4o by 5% and PaperQA2 by 7%", not).
_AND_NAME_BY = re.compile(
    r"(?:,\s|,?\sand\s)(?:its\s|the\s|their\s)?"
    # "and FV4D by 44%"; "and citation quality by 1.76" (a known measure's words)
    r"(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
    rf"|(?!{_FUNCTION_WORD})[a-z][\w-]*(?:\s(?!{_FUNCTION_WORD})[a-z][\w-]*){{0,2}})\sby\s"
    rf"(?:(?:{HEDGE}|an\saverage\sof)\s)?$"
)
_FIRST_CHANGED_BY = re.compile(
    rf"\b{_CHANGE_VERB}\w*\s(?:the\s|its\s)?"
    r"(?P<first>[^,;.]{1,40}?)\sby\s"
    # "the energy of the median prompt fell by 33x and its carbon footprint by 44x"
    rf"|\b(?:the\s|its\s)(?P<first>[^,;.]{{1,40}}?)\s{_MOVED}\sby\s"
)
_CAPITALS = re.compile(r"[A-Z][A-Z0-9-]{1,9}")
_VERB_FIRST = re.compile(rf"(?:{_CHANGE_VERB}|lift|push|bring)\w*\s")
_BEATING = re.compile(r"\b(?:beat|outperform|surpass|exceed|overtak|such\sas)", re.IGNORECASE)


def second_measure_by(text: str, lo: int, since: int, start: int) -> str | None:
    """A name changed "by" the number after a measure changed by an earlier one."""
    second = _AND_NAME_BY.search(text, max(since, start - 40), start)
    if not second:
        return None
    first = _FIRST_CHANGED_BY.search(text, lo, second.start())
    name = second["name"]
    if name.islower():
        if _VERB_FIRST.match(name):
            return None  # "and reduces long-tail latency by 75%": its own verb's
        named = metric_matches(name)
        # the words end in a known measure or a quality noun, or in the first's own head
        # ("improving content quality by 0.259 and citation quality by 1.76"); not a
        # domain or task ("and coding by 4.4 points")
        last = name.rsplit(" ", 1)[-1]
        if (
            _ABILITY.search(name)
            or not first
            or not (
                (named and named[-1].end() == len(name))
                or _QUALITY_WORD.fullmatch(last)
                or last == first["first"].rsplit(" ", 1)[-1].lower()
            )
        ):
            return None
        return clean_metric(name)
    if (
        not first
        or not (metric_matches(first["first"]) or _CAPITALS.fullmatch(first["first"]))
        # "beats baselines such as Taco and CogCom by 12.7 points": systems beaten
        or _BEATING.search(text, first.end(), second.start())
        or known_benchmark(name)
        or NOT_BENCH.match(name)
        # a language, method or framework the registry knows ("Swahili", "Python",
        # "GRPO"), unless a known measure, the extractor's or the registry's ("DISTS")
        or (
            canonical_benchmark(name) is None
            and not metric_matches(name)
            and fold(name) not in load_registry().metric_keys
        )
    ):
        return None
    return name.lower()
