"""The numbers of a summary that are results: each number with its unit and the
ranges they form (rule 1 of ``metrics``), then what is dropped as no result (rule
2): names, sizes, years, versions, counts, thresholds, spreads, shares of data,
settings (``not_results``) and bare integers no score word names."""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex as re

from .benchmarks import fold, load_registry
from .metric_match import metric_matches
from .metric_words import COUNT_PER_SECOND, IN_THOUSANDS
from .not_results import is_not_result, knob_right_before, larger_models_beaten
from .number_forms import (
    COMPUTE_SPENT,
    HEDGE,
    NUMBER,
    PLURAL_NOUN,
    changed_count,
    changed_length,
    is_cost,
    is_dollars,
    word_multiples,
)


class Needing:
    """A pattern searched for only in text holding what every one of its matches
    holds (``needed``, a quick standard-library pattern): most stretches a number's
    rules look at hold none, and the pattern would be tried at every character."""

    def __init__(self, needed: str, pattern: str, flags: int = 0, reach: int | None = None) -> None:
        self.needed = stdlib_re.compile(needed, flags)
        self.pattern = re.compile(pattern, flags)
        #: For ``match``: how far past ``pos`` a match can end (None: anywhere). A
        #: pattern matched after every number of a sentence must not look to the
        #: sentence's end each time, or a sentence of thousands of numbers takes
        #: quadratic time.
        self.reach = reach

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        return self.pattern.search(text, pos, end) if self.needed.search(text, pos, end) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        return (
            self.pattern.finditer(text, pos, end)
            if self.needed.search(text, pos, end)
            else iter(())
        )

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        if self.reach is not None:
            end = min(end, pos + self.reach)
        return self.pattern.match(text, pos, end) if self.needed.search(text, pos, end) else None


_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_MONTH = re.compile(r"(?:19|20)\d\d\.(?:0[1-9]|1[0-2])")
_NOUN_AFTER = re.compile(r"\s(?!(?:and|or|on|in|at|with|while|for|across|than|points?)\b)[A-Za-z]")
_RATING_OF_BEFORE = re.compile(
    r"\b(?i:elo|rating)(?:\s(?i:rating|score))?\s(?:of|at|to|is|was|reaches|reached)\s"
    r"(?:(?:about|around|roughly|approximately|nearly|over)\s)?$"
)

_OUT_OF = re.compile(r"^\s?(?:out of|of \d|/\s?\d)")

_FRACTION_AFTER = re.compile(r"^/\d+(?![\d.])")

_SCORE_WORD_BEFORE = re.compile(
    r"\b(?:scor(?:es|ed|ing)|solv(?:es|ed|ing)|achiev(?:es|ed|ing)(?:\sa)?|from|to)\s$",
    re.IGNORECASE,
)

_HARDWARE_BEFORE = Needing(
    "RTX|GTX|Radeon|Jetson|Snapdragon|Tesla|Apple M",
    r"\b(?:RTX|GTX|Radeon|Jetson|Snapdragon|Tesla|Apple M)\s?$",
)

_SCALE_BEFORE = Needing("out of", r"\bout of\s$")


# A rate ("48 FPS", "72.4 samples per second") or a level in decibels ("over 1dB
# PSNR", "a 2 dB gain") names a measure.
# "1.46M tokens/s": a rate may count in thousands or millions (not Hz: "24 kHz
# speech", "a tokenizer at 12.5 Hz" are mostly settings)
_RATE_AFTER = re.compile(rf"^{IN_THOUSANDS}\s?(?:FPS|fps|dB|{COUNT_PER_SECOND})\b")


_UNIT = (
    r"\s?(?:%|percent\b|per\scent\b)"
    r"|\s?(?:x|×|X)(?![\w×])"
    r"|-?\s?(?:fold|times)\b"
    r"|[\s-]?(?:percentage[\s-]points?|pp|points?|pts)\b"
    r"|\s?(?:ms|milliseconds?)\b"
    r"|\s?(?:s|sec|seconds?)\b"
    r"|\s?GB\b"
)

# "the 99th percentile latency", "tail latency at the 95th percentile": a point of a
# distribution of times, not a rank reached.
_NOT_LATENCY = r"(?!\s(?:latency|latencies|response|time|delay|TTFT|TPOT))"
_LATENCY_BEFORE = re.compile(r"\blatenc(?:y|ies)\b[^.;,]{0,20}$", re.IGNORECASE)

# A number may not start inside a word, an id or a version (``GPT-4o``, ``v1.5``,
# ``pass@1``), nor end glued to a letter, a size suffix or another dimension.
_CANDIDATE = re.compile(
    # a dollar amount starts after its sign ("$0.045 per instance"): ``is_result`` keeps
    # only costs
    rf"(?<![\w.@/\-−–+^'’]|[\w)}}]\$)(?P<sign>(?<=^|[\s(\[])[+\-−])?"
    rf"(?P<num>{NUMBER})(?:(?:st|nd|rd|th)(?=\s?percentile{_NOT_LATENCY})|(?P<unit>{_UNIT}))?"
    # "the 94th percentile": an ordinal rank, with its suffix. A length, a level in
    # decibels or a frame rate may be glued to its unit ("6.90mm", "31.2dB", "100FPS").
    rf"(?!(?!(?:mm|cm|dB|FPS|fps)\b|[KM]\s(?:{COUNT_PER_SECOND}))[\w@]|[.,]\d|[-–][A-Za-z]"
    rf"|\s?(?:[KMBT]|billion|million|thousand|trillion)\b(?!\s(?:{COUNT_PER_SECOND})))"
)

ASCII_DIGIT = stdlib_re.compile(r"[0-9]")

_FACTOR_BEFORE = re.compile(r"\bfactor of\s*$", re.IGNORECASE)

_BARE_TAIL = re.compile(rf"\s?(?:-|–|to)\s?(?P<num>{NUMBER})(?![\w.%])")

# "6~45%" is a range too; "~45%" alone is about 45%.
_RANGE_TAIL = re.compile(rf"(?:\s?(?:-|–|to|and)\s?|~)(?P<num>{NUMBER})(?P<unit>{_UNIT})")
# "between 16 and 86% of the time": one range, the head borrowing the tail's unit.
_BETWEEN = re.compile(r"\bbetween\s$", re.IGNORECASE)

# "4.83-4.9", "15-18 FPS": a range written with a dash and no unit; not a date or
# an id ("2024-12-05").
_DASH_TAIL = re.compile(rf"[-–](?P<num>{NUMBER})(?![\w.%]|[-–/]\d)")

# "a DOVER score of 67.78/70.80", "LPIPS (0.05/0.09 on static/dynamic scenes)": two
# scores written as decimals with a slash, not a fraction ("scoring 13/30").
_SLASH_TAIL = re.compile(r"/(?P<num>[0-9]+\.[0-9]+)(?![\w.%]|/\d)")

# "1.32 F1 points", "3.1 BLEU points": a unit after the metric name.
_POINTS_AFTER = re.compile(r"\s[\w@&-]{1,12}\s(?:percentage\s)?points?\b")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float
    unit: str
    text: str


def _unit(raw: str | None) -> str:
    u = (raw or "").strip().lstrip("-").strip().lower()
    if not u:
        return ""
    if "point" in u or u in ("pp", "pts"):
        return "points"
    if u.startswith("per") or u == "%":
        return "%"
    if u in ("x", "×", "fold", "times"):
        return "x"
    if u.startswith("m"):
        return "ms"
    if u.startswith("s"):
        return "s"
    return "GB"


def _next_candidate(text: str, pos: int, hi: int) -> re.Match | None:
    """The first ``_CANDIDATE`` match in ``text[pos:hi]``. A number (with its sign)
    starts at its first digit or one character before it, so only those places are
    tried, found by the standard library's fast scanner; a search would try the
    pattern at every character up to the next number."""
    while digit := ASCII_DIGIT.search(text, pos, hi):
        at = digit.start()
        if at > pos and (m := _CANDIDATE.match(text, at - 1, hi)):
            return m
        if m := _CANDIDATE.match(text, at, hi):
            return m
        pos = at + 1
    return None


def find_numbers(text: str, lo: int, hi: int) -> Iterator[list[Number]]:
    """Numbers in ``text[lo:hi]``, a range's two ends together in one list, in text
    order; multiples written in words too ("doubles", "ten times smaller")."""
    words = [Number(a, b, v, "x", text[a:b]) for a, b, v in word_multiples(text, lo, hi)]
    for group in _digit_numbers(text, lo, hi):
        while words and words[0].start < group[0].start:
            yield [words.pop(0)]
        yield group
    yield from ([w] for w in words)


def _digit_numbers(text: str, lo: int, hi: int) -> Iterator[list[Number]]:
    """Numbers written in digits in ``text[lo:hi]``, a range's two ends together."""
    pos = lo
    while m := _next_candidate(text, pos, hi):
        pos = m.end()
        sign = -1.0 if m["sign"] in ("-", "−") else 1.0
        first = (m.start(), m.end(), sign * float(m["num"].replace(",", "")), m["unit"])
        rng = None
        if not m["unit"] or m["unit"].strip() in ("%", "x", "×"):
            rng = _RANGE_TAIL.match(text, m.end(), hi)
            # "from 4.59% to 21.50%" are two scores, read one at a time; a unit-less
            # head borrows the tail's unit ("7-13%", "between 3 and 5 points"); a
            # head with the tail's unit joined by a dash is a range too ("8%-30%").
            if rng and (
                (
                    rng.group(0).lstrip().startswith("and")
                    and not _BETWEEN.search(text, max(lo, m.start() - 10), m.start())
                )
                or (
                    m["unit"]
                    and not (
                        rng.group(0).lstrip()[:1] in "-–" and _unit(m["unit"]) == _unit(rng["unit"])
                    )
                )
            ):
                rng = None
        if rng:
            unit = _unit(rng["unit"])
            yield [
                Number(first[0], first[1], first[2], unit, text[first[0] : first[1]]),
                Number(
                    rng.start("num"),
                    rng.end(),
                    float(rng["num"].replace(",", "")),
                    unit,
                    text[rng.start("num") : rng.end()],
                ),
            ]
            pos = rng.end()
            continue
        unit = _unit(first[3])
        end = first[1]
        if not unit and _FACTOR_BEFORE.search(text, max(lo, first[0] - 20), first[0]):
            # "by a factor of 2-4": times, for both ends
            bare = _BARE_TAIL.match(text, end, hi)
            numbers = [Number(first[0], end, first[2], "x", text[first[0] : end])]
            if bare:
                numbers.append(
                    Number(
                        bare.start("num"),
                        bare.end(),
                        float(bare["num"].replace(",", "")),
                        "x",
                        bare["num"],
                    )
                )
                pos = bare.end()
            yield numbers
            continue
        if not unit and (
            (dash := _DASH_TAIL.match(text, end, hi))
            or ("." in m["num"] and (dash := _SLASH_TAIL.match(text, end, hi)))
        ):
            tail = float(dash["num"].replace(",", ""))
            yield [
                Number(first[0], end, first[2], "", text[first[0] : end]),
                Number(dash.start("num"), dash.end(), tail, "", dash["num"]),
            ]
            pos = dash.end()
            continue
        if not unit and (p := _POINTS_AFTER.match(text, end, hi)):
            unit, end = "points", p.end()
        yield [Number(first[0], end, first[2], unit, text[first[0] : end])]


_COUNT_NOUN = re.compile(
    r"\s?(?:(?!(?:in|on|for|of|at|to|with|from|and|or|than|compared|across|over|after|before|within|per|by|during|under|via|using|while|when|against|versus|vs)\b)[A-Za-z]+[\s-]){0,2}?(?:samples?|examples?|tasks?|benchmarks?|datasets?|languages?|"
    r"images?|videos?|hours?|days?|minutes?|tokens?|parameters?|params|questions?|problems?|"
    r"instances?|pairs?|prompts?|models?|LLMs|MLLMs|LVLMs|LMMs|VLMs|users?|participants?|"
    r"annotators?|domains?|categories|subcategories|classes|types?|subjects?|documents?|"
    r"papers?|steps?|layers?|heads?|GPUs?|TPUs?|nodes?|frames?|shots?|turns?|rounds?|epochs?|"
    r"iterations?|trajector(?:y|ies)|demonstrations?|scenes?|objects?|clips?|articles?|"
    r"sentences?|words?|pages?|apps?|environments?|agents?|experts?|subsets?|splits?|skills?|"
    r"attributes?|dimensions?|criteria|aspects?|levels?|stages?|methods?|baselines?|"
    r"scenarios?|settings?|topics?|queries|conversations?|dialogues?|files?|repositories|"
    r"repos|functions?|libraries|people|humans?|bits?|publications|subfields|trials|"
    r"metrics|variants?|views?|characters?|patients?|cases?|hypotheses|molecules|proteins|"
    r"years?|months?|weeks?|NFEs?|seeds?|runs?|times\b(?!\s(?:faster|more|higher|less|fewer|lower|better|speed)))\b",
    re.IGNORECASE,
)

# "384 x 512", "256×256": another number after the x makes a size, not a multiplier.
_DIMENSION_NEXT = re.compile(r"\s?[0-9]")

# "repeated 3000 times", "sampled 64 times": how often something was done.
_REPEATED_BEFORE = re.compile(
    r"\b(?:repeat|run|ran|sampl|call|quer|execut|iterat|perform|evaluat|train|test|play|"
    r"generat|appl|roll)\w*\s(?:each\s|up\sto\s|over\s|about\s)?$",
    re.IGNORECASE,
)

_COMPARATOR_BEFORE = Needing("[<>≤≥=±δ]", r"(?:[<>≤≥=±]|\bδ)\s*$")
_EQUALS = re.compile(r"\s?=\s*$")


def _measure_equals(before: str) -> bool:
    """Whether a known measure is set equal to the number: "(R^2 = 0.30)"."""
    equals = _EQUALS.search(before)
    if not equals:
        return False
    named_part = before[max(0, equals.start() - 22) : equals.start()]
    named = metric_matches(named_part)
    return bool(named) and named[-1].end() == len(named_part)


# A capitalised name right before a bare number makes it a version ("Gemini 1.5",
# "CamemBERT 2.0", "Llama 3"); a score word there makes it a score ("FID 27.6").
_NAME_BEFORE = Needing("[A-Z]", r"(?:\b[A-Z][\w\-]*|\b[a-z]+[A-Z][\w\-]*)\s$")

#: A number after "to" right after this one: the start of a change written without "from"
#: ("ImgEdit 3.38 to 3.75").
TO_A_NUMBER = re.compile(r"\s+to\s+[+\-]?\d")

# The stems of the verbs of reaching a result: "scores", "achieving", "attained".
_REACHING = r"(?:reach|achiev|attain|obtain|scor|record)"

#: Verbs of doing better than another system, whose own result may follow: "surpassing
#: Claude's 22.0", "outperforming GPT-4o (40.2%)".
SURPASSING = r"(?:surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?)"

_SCORE_CUE_BEFORE = re.compile(
    # "achieving a 93.65 on", "scored an 8.1": a verb of reaching, then an article.
    rf"(?:\b(?:(?:{_REACHING}|yield)(?:es|ed|ing|e|s)?\san?|"
    r"of|to|at|is|was|were|are|reach(?:es|ed|ing)?|achiev(?:es|ed|ing)|"
    r"attain(?:s|ed|ing)?|obtain(?:s|ed|ing)?|scor(?:es|ed|ing)|yield(?:s|ed|ing)?|"
    r"record(?:s|ed|ing)?|vs|versus|than|from|by|and|or|around|about|approximately|"
    r"roughly|nearly|only|just|over|under|below|above|averag(?:e|es|ed|ing)|score|scores|rate|"
    r"accuracy|performance|with|against)\b|[(:,]"
    # "(vs. 88.4)": no word boundary follows the full stop, so not in the list above
    r"|\bvs\."
    # "versus ID-Animator's 0.32", "compared to GPT-4's 50.6": the other system's result
    rf"|\b(?:versus|vs\.|compared\sto|than|against|{SURPASSING})\s[\w.+-]{{1,30}}['’]s)\s*$",
    re.IGNORECASE,
)

_DATA_SHARE_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,80}\)\s*)?(?:of (?:the |its |their )?(?:[\w-]+ ){0,2}"
    r"(?:data|dataset|corpus|portion|samples|training set|pre-?training data)\b"
    r"|(?:human|synthetic|real|generated|natural|web)\b(?! (?:performance|accuracy|evaluat|preference for))"
    # a data mixture: "(60% English, 10% code, 30% Chinese)", "20% math and 80% code data"
    r"|(?:English|Chinese|Japanese|Korean|French|German|Spanish|Arabic|Russian|Hindi|"
    r"multilingual|code|math|text|image|video|audio)(?=\s?[,;)]|\s(?:and|data|tokens)\b))",
    re.IGNORECASE,
)


def _names_measure(after: str, at: int) -> bool:
    """Whether the count noun ending at ``at`` in ``after`` is the first word of a
    measure's name, not what the number counts: "a 0.73 instance success rate", "a
    0.848 Object-IoU", "92.1% token accuracy" (but "1280 tokens", "500 tasks")."""
    if after[at : at + 1] == "-" and after[at + 1 : at + 2].isupper():
        return True  # "Object-IoU", "Sample-F1": a name written as one compound
    named = metric_matches(after[at : at + 30])
    return bool(named) and named[0].start() <= 1


# A whole number after what a result is spread over, then a plural: how many things
# ("across 14 diseases", "covering 37 cancer types"), whatever the noun.
_SPREAD_OVER_BEFORE = re.compile(r"\b(?:across|covering|spanning|among)\s(?:all\s|the\s)?$")
_PLURAL_AFTER = re.compile(rf"\s(?:[a-z][\w-]*\s){{0,2}}?{PLURAL_NOUN}\b(?!/)")


# A duration that describes data, not a time something took: the length of clips
# or videos ("720p - 2s video generation", "30 seconds long"), one of a list of
# their sizes ("a long video task (60 seconds, 1440 frames)"), or in brackets after
# them ("videos (over 10 seconds each)"; "0.3 seconds each" may be a latency).
_LENGTH_OF_DATA = re.compile(
    r"\s?(?:long|(?:video|clip|audio|speech|segment)s?)\b"
    r"|,\s[0-9][0-9,]*\s(?:frames|tokens|images|samples)\b"
)

_EACH_IN_BRACKETS = re.compile(rf"\((?:(?:{HEDGE}|at\sleast)\s)?$")

# A time something took, in minutes or hours: "in 5 minutes", "takes 13 minutes"
# (not "48 hours of demonstrations", a size of data).
_TOOK_BEFORE = re.compile(
    r"\b(?:in|within|takes?|took|taking|requires?|required|requiring|using|uses?|used)\s"
    rf"(?:(?:{HEDGE}|under|less\sthan)\s)?$"
    # "cutting training time by more than 450x to about 20 minutes"
    rf"|\btime\b[^.;]{{0,40}}\sto\s(?:(?:{HEDGE}|under|less\sthan)\s)?$"
)

_LONG_TIME_AFTER = re.compile(
    r"\s(?:(?:minutes?|mins?|hours?)\b(?!\sof\b)"
    # "32 GPU-days", "1,000 A100 GPU-hours", "8 A100-days"
    r"|(?:[A-Z]\d{2,4}[\s-])?(?:GPU|TPU)[\s-]?(?:hours?|days?)\b|[A-Z]\d{2,4}-(?:hours|days)\b"
    # "27 hours of compute" (not "48 hours of demonstrations", "of training data")
    rf"|(?:hours?|days?)\sof\s{COMPUTE_SPENT}\b(?!\s(?:data|audio|speech|sets?|examples|samples)\b))"
)
# Days and weeks are how long a training run took only when its clause says so:
# "pre-training finished in 30 days", "the full RL run took three weeks" (not
# "readmission within 30 days", "completed the study within 2 weeks").
_DAYS_AFTER = re.compile(r"\s(?:days?|weeks?)\b(?!\sof\b)")
_RUN_BEFORE = re.compile(
    r"\b(?:(?:pre-?)?train\w*|fine-?tun\w*|distill\w*|runs?|finish\w*|converg\w*)\b[^.;,]{0,60}$",
    re.IGNORECASE,
)


def time_taken_after(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the words after the number ``text[start:end]`` (in the sentence
    ``text[lo:hi]``) say how long something took: minutes or hours, a run's GPU-days or
    hours of compute, or the days or weeks a training run took."""
    if _LONG_TIME_AFTER.match(text, end, hi):
        return True
    return bool(_DAYS_AFTER.match(text, end, hi)) and bool(
        _RUN_BEFORE.search(text, max(lo, start - 80), start)
    )


def is_result(text: str, lo: int, hi: int, number: Number, head: bool) -> bool:
    """Whether ``number`` (inside the sentence ``text[lo:hi]``) is a reported result."""
    before = text[max(lo, number.start - 40) : number.start]
    after = text[number.end : min(hi, number.end + 60)]
    if is_dollars(text, number.start):
        return is_cost(text, lo, number.start, before, after)  # a price, when a cost
    if _COMPARATOR_BEFORE.search(before) and number.unit != "%" and not _measure_equals(before):
        return False  # thresholds such as "(δ < 1.25)"; "a <4% difference" is a result
    if is_not_result(number.text, before, after) or larger_models_beaten(
        text, lo, number.start, after
    ):
        return False  # "at 70% sparsity", "(±3%)", "11.3×10⁻³", "models up to 70x larger"
    if number.unit == "%":
        return not _DATA_SHARE_AFTER.match(after)
    if number.unit == "x" and (
        (number.text[-1] in "xX×" and _DIMENSION_NEXT.match(text, number.end))
        or (number.text.lower().endswith("times") and _REPEATED_BEFORE.search(before))
    ):
        return False  # a size ("384 x 512"), a count ("repeated 3000 times")
    if number.unit == "s" and (
        _LENGTH_OF_DATA.match(after)
        or (after.startswith(" each") and _EACH_IN_BRACKETS.search(before))
    ):
        return False  # "(60 seconds, 1440 frames)", "(over 10 seconds each)", "2s video"
    if number.unit:
        return True
    if not head:  # the head of a range shares the tail's fate
        return True
    num = number.text
    if _RATING_OF_BEFORE.search(before) and not _NOUN_AFTER.match(after):
        # "a Codeforces rating of 2029": a rating, though it looks like a year (not "the
        # reviewer rating of 2024 ICLR submissions")
        return True
    if _YEAR.fullmatch(num) or _YEAR_MONTH.fullmatch(num):
        return False  # "2024", and "2024.08" of "LiveCodeBench (2024.08-2025.01)"
    if _SCALE_BEFORE.search(before):
        return False  # the 5 of "4.1 out of 5"
    if _OUT_OF.match(after):
        # "3 out of 57 tasks" counts; "a score of 4.1 out of 5" is a score, and so
        # is a fraction a score word names ("scoring 13/30", "a 99/147 success rate").
        if _FRACTION_AFTER.match(after) and (
            _SCORE_WORD_BEFORE.search(before) or metric_matches(after[:40])
        ):
            return True
        return "." in num and bool(metric_matches(before[-40:]))
    if _RATE_AFTER.match(after):
        return True  # "48 FPS", "90 frames per second" (frames alone are a count)
    if changed_length(text, lo, number.start, before, after) or changed_count(
        text, lo, number.start, number.end, hi
    ):
        # "from 741 to 225 tokens", "from 5439 tokens to 4583 tokens", "cuts the
        # decoding steps from 256 to 30"
        return True
    if _TOOK_BEFORE.search(before) and time_taken_after(text, lo, number.start, number.end, hi):
        return True  # "generates meshes in 5 minutes", "which takes 13 minutes"
    if (count := _COUNT_NOUN.match(after)) and not _names_measure(after, count.end()):
        return False
    if (
        "." not in num
        and _SPREAD_OVER_BEFORE.search(before)
        and (plural := _PLURAL_AFTER.match(after))
        and not _names_measure(after, plural.end())
    ):
        return False  # "across 14 diseases", "spanning 128 skin conditions": a count
    if _HARDWARE_BEFORE.search(before):
        return False  # "an RTX 4090"
    # "AlpacaEval 2.0", "SQuAD 2.0": a version the registry knows as part of a
    # benchmark's name, even where a metric was named just before it ("52.3% LC win
    # rate on AlpacaEval 2.0").
    if _ends_registry_name(before, num):
        return False  # the 24 of "Game of 24", the 2024 of "IOI 2024"
    if (name := _NAME_BEFORE.search(before)) and num.startswith("+"):
        # "(GSM8K +4.7)": a signed number is no version; a gain on a benchmark it names
        return _registry_knows(name.group(0).strip())
    if name and TO_A_NUMBER.match(after) and _registry_knows(name.group(0).strip()):
        return True  # "(ImgEdit 3.38 to 3.75)": a benchmark's score and where it went
    if name and (not metric_matches(before[-20:]) or _registry_version(name.group(0), num)):
        return False
    if "." not in num:
        # Bare integers are counts unless a score word names them: "FID of 12",
        # "an Elo of 1250", "a score of 4", "a 2,029 Elo rating".
        return (
            bool(metric_matches(before[-25:]))
            or (_rating_right_after(after) and not _LATENCY_BEFORE.search(before))
            or (_REACHED.search(before) is not None and _on_known_benchmark(after))
        )
    return bool(
        _SCORE_CUE_BEFORE.search(before)
        or metric_matches(before[-30:])
        or metric_matches(after[:40])
        # "gains +0.7 on VideoMME", "alongside 49.5 on AIME 2025": a decimal put
        # straight on a benchmark the registry knows is a score or a gain on it, unless
        # a setting names it ("temperature 0.6 on AIME 2024", "CFG scale 7.5 on COCO")
        or (_on_known_benchmark(after) and not knob_right_before(before))
        # "+4.4, +4.8 and +5.3 points": one of a list the last of which has a unit
        or _LIST_ENDS_IN_UNIT.match(after) is not None
    )


_LIST_ENDS_IN_UNIT = re.compile(
    r"(?:,\s[+]?\d+\.\d+)*,?\s(?:and|or)\s[+]?\d+\.\d+\s?(?:%|points?\b|pp\b)"
)


_RATING = re.compile(r"(?i:elo|rating|percentile)")


def _rating_right_after(after: str) -> bool:
    """Whether an Elo rating's or a percentile's name follows the number at once ("a
    2,029 Elo rating", "the 94th percentile"): a rating or a rank is an integer;
    other integers a metric's name follows are differences or sizes ("3 BLEU
    better", "top 5 accuracy", "2,000 accuracy judgments")."""
    named = metric_matches(after[:30])
    return bool(named) and named[0].start() <= 1 and bool(_RATING.match(named[0]["name"]))


# What a whole number put on a benchmark follows when it is a result: a verb of
# reaching, or the list of results it ends ("70.7 on LiveCodeBench v5 and 2,056 on
# CodeForces"); not "k grows from 1 to 256 on AIME", "top 5 on LMArena".
_REACHED = re.compile(
    rf"(?:\b{_REACHING}\w*\s(?:an?\s)?"
    r"|\bon\s[^,;()]{1,40}?(?:,\s|\sand\s|,\sand\s))$",
    re.IGNORECASE,
)
# "2,056 on CodeForces": a whole number put straight on a named set.
_ON_NAME = re.compile(r"\s(?:on|in)\s(?:the\s)?(?P<name>[A-Z][\w.-]*)(?P<more>\s[A-Z0-9][\w.-]*)?")


def _on_known_benchmark(after: str) -> bool:
    """Whether the number is put at once on a benchmark the registry knows ("2,056 on
    CodeForces"); a count names what it counts first ("500 problems on MATH")."""
    m = _ON_NAME.match(after)
    return bool(m) and any(
        _registry_knows(name.rstrip(".")) for name in (m["name"], m["name"] + (m["more"] or ""))
    )


def _registry_version(name: str, number: str) -> bool:
    """Whether ``name`` then ``number`` is a benchmark the registry knows: the number
    is then the name's version ("AlpacaEval 2.0")."""
    return _registry_knows(f"{name.strip()} {number}")


def _ends_registry_name(before: str, number: str) -> bool:
    """Whether the number ends a benchmark's name the registry knows, written in up to
    three words before it ("Game of 24")."""
    words = before.split()[-3:]
    return (
        bool(words)
        and words[-1][:1].isalpha()
        and any(_registry_knows(" ".join([*words[-k:], number])) for k in range(1, len(words) + 1))
    )


def _registry_knows(name: str) -> bool:
    """Whether the registry has ``name`` as a benchmark's name or alias."""
    return fold(name) in load_registry().benchmark_keys


def results(text: str, lo: int, hi: int, group: list[Number]) -> list[Number]:
    """The numbers of ``group`` that are results. A range with no unit ("4.83-4.9",
    "15-18 FPS") is judged as one number, from the words before its first end to
    those after its last ("2-3 operation problems" is a count): both ends or none."""
    last = len(group) - 1
    if last and not group[0].unit and not group[-1].unit:
        whole = replace(group[-1], start=group[0].start)
        return group if is_result(text, lo, hi, whole, head=True) else []
    return [n for i, n in enumerate(group) if is_result(text, lo, hi, n, head=i == last)]
