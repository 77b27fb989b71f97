"""The benchmark a reported number is on (rule 3 of ``metrics``, its benchmark
part): a name after "on"/"in" or before the number, a registry name in title
case, the benchmark its sentence opens with, else the one it names nearest
(``bench_sentence``); the summary's earlier names are ``bench_summary``'s. Never a
model, size, metric or method (``bench_ok``)."""

from __future__ import annotations

import regex as re
from wordfreq import zipf_frequency

from .bench_names import CODED_WORD, short_form, widen
from .bench_scope import (
    SEVERAL_AFTER,
    TO,
    TO_END,
    clause_off_benchmark,
    opens_on_list,
    real_world_after,
)
from .bench_sentence import (
    PART_OF,
    TITLE,
    TRAINED,
    nearest_named,
    registry_title,
    sentence_benchmarks,
)
from .bench_shape import (
    BENCH,
    NOT_BENCH,
    PART_HEAD,
    SIZE_PART,
    bench_ok,
    benchmark_right_after,
    clause_between,
    known_benchmark,
    numbers_between,
)
from .benchmarks import canonical_benchmark, fold, load_registry, run_setting
from .metric_match import metric_matches
from .metric_words import QUALITY_METRICS as _QUALITY_METRICS
from .number_forms import HEDGE
from .numbers import TO_A_NUMBER, Needing

# What a result was reached "using" is the method, tool or model ("improved by 4.2
# points using SEALONG"); "using the X dataset" still names X (``bench_names``).
_BENCH_AFTER = re.compile(
    rf"[^.;:]{{0,50}}?\b{TRAINED}(?:on|in|across)\s(?:the\s)?"
    # "on the video spatial reasoning benchmark VSI-Bench"
    rf"(?:(?:[a-z-]+\s){{0,4}}(?:benchmark|dataset|suite)\s|[a-z-]+\s"
    rf"|{PART_OF})?"
    # "on the 256x256 ImageNet class-conditional benchmark": a resolution first
    rf"(?P<bench>(?:\d{{2,4}}\s?[×x]\s?\d{{2,4}}\s)?{BENCH})"
)

# "resolves 57.4% of issues from SWE-bench Verified", "solves 30% of the problems in
# HLE": a share of a benchmark's items.
_ITEMS = r"(?:issues|problems|tasks|questions|instances|queries|cases|puzzles|challenges)"
_SHARE_OF_ITEMS = re.compile(
    rf"\s?(?:%\s)?of\s(?:the\s)?(?:[a-z-]+\s)?{_ITEMS}\s(?:from|in|on|of)\s(?:the\s)?(?P<bench>{BENCH})"
)

# "solves 80% of ARC puzzles": a share of a known benchmark's items, named before them
_SHARE_OF_NAMED_ITEMS = re.compile(rf"\s?(?:%\s)?of\s(?:the\s)?(?P<bench>{BENCH})\s{_ITEMS}\b")

# "by 4.7% on logical reasoning (Enigmata-Eval)": a kind of task, then its benchmark
_TASK_THEN_BENCH = re.compile(
    rf"\s?(?:%|x|×|points?)?\s(?:on|in)\s(?:[a-z-]+\s){{0,3}}[a-z-]+\s\((?P<bench>{BENCH})\)"
)

# "97.66% across 25 ManiSkill tasks": a count of a known benchmark's items right after
# the number (``sentence_benchmarks`` would take the nearest name, the one before)
_COUNTED_ITEMS = re.compile(
    r"\s?(?:%|x|×|points?)?\s(?:on|across|over|in)\s(?:the\s)?(?:all\s)?\d[\d,]*\s"
    rf"(?P<bench>{BENCH})\s(?:[a-z-]+\s)?"
    r"(?:tasks|problems|games|environments|episodes|questions|scenes|instances)\b"
)

# A number put at once on a capitalised name: "and 47.3% on Apple".
# (one the sentence calls a dataset or a task is found by ``sentence_benchmarks``:
# "on the Abalone dataset")
_ON_A_NAME = re.compile(
    r"\s?(?:%|x|×|points?)?\son\s(?:the\s)?"
    # not a language or a domain before a kind of content: "on English pages"
    r"(?![A-Z][a-z]+\s(?:pages|text|texts|prompts|documents|questions|queries|speech|data|"
    r"inputs|images|videos|problems|code|instructions)\b)(?P<name>[A-Z])"
    r"(?![^.;,]{0,40}?\b(?:dataset|benchmark|task|suite|test|set|split|leaderboard)s?\b"
    r"|[^.;,]{0,40}?\s(?:Bench|Benchmark)\b)"  # "on Multimodal Reward Bench"
)
_TO_RIGHT_BEFORE = re.compile(rf"{TO}$")
_NEXT_PAIR_ON = re.compile(
    r"(?:,\s|\s)(?:and\s)?(?:on|in)\s(?:the\s)?[A-Z][\w'’+.-]*(?:\s[\w'’+.-]+){0,3}?\sfrom\s"
)


# "and on Polyglot from 14.2% to 30.7%": the benchmark a change from a level is on
# (a coded name, or title-case words the registry knows) ...
_ON_BENCH_FROM = re.compile(
    # "and MATH from 30.5% to 41.0%": a second pair's own benchmark
    rf"\b(?:on|in|and)\s(?:the\s)?(?P<bench>{BENCH}|[A-Z][\w.+'-]*(?:\s[A-Z][\w.+'-]*){{0,3}})\s"
    rf"(?:(?:benchmark|dataset)\s)?(?:from|to)\s(?:{HEDGE}\s)?~?$"
)
# ... and not that of the number before it: "from 20.0% to 50.0% and on Polyglot from".
_NEXT_ON_FROM = re.compile(
    # (not the number's own "from" after a comma: "61.4% on OSWorld, up from 42.2%")
    r"[^.;:\d]{0,50}?\b(?:on|in|and)\s(?:the\s)?[A-Z][^.;:\d,]{0,40}?\sfrom\s[+~]?\d"
)

_BENCH_THEN_METRIC = re.compile(
    rf"\s(?P<bench>{BENCH})\s(?i:top-\d+\s)?(?i:{'|'.join(_QUALITY_METRICS)})\b"
)


_BENCH_PAREN = Needing(r"\(", rf"(?<![\w.-])(?P<bench>{BENCH})\s\([^()]{{0,30}}$")


_TITLE_PAREN = Needing(r"\(", rf"(?<![\w'’-]){TITLE}\s\([^()]{{0,30}}$")

_TITLE_AFTER = Needing(
    r"\b(?:on|in|across|using)\s(?:the\s)?[A-Z]",
    rf"[^.;:]{{0,50}}?\b{TRAINED}(?:on|in|across|using)\s(?:the\s)?{TITLE}",
    reach=300,  # 50 characters, a verb, a preposition and four words
)


_TITLE_LEAD = re.compile(rf"{PART_HEAD}(?:On|In|Across|For)\s(?:the\s)?{TITLE}")


# A lone title-case word a result is "on" ("on Codeforces"): only "on" or "across",
# as what a result is reached "using" or "in" is a method, tool or language.
_WORD_AFTER = Needing(
    r"\b(?:on|across)\s(?:the\s)?[A-Z]",
    # "on Spider", "on Sotopia-hard"
    rf"[^.;:]{{0,50}}?\b{TRAINED}(?:on|across)\s(?:the\s)?(?P<word>[A-Z][a-z]+(?:-[a-z]+)?)\b(?![\w'’-])",
    reach=300,
)

# "a Codeforces rating of 1691", "a Codeforces Elo of 1850": a lone title-case word
# right before the number's measure.
_WORD_BEFORE = re.compile(
    r"\b(?P<word>[A-Z][a-z]+)(?:'s)?\s(?i:elo\s)?"
    rf"(?i:{'|'.join(_QUALITY_METRICS)})"
    r"(?:\s(?:of|is|was|at|reaches|reached))?\s$"
)

#: A lone title-case word is a benchmark only when English rarely uses it: "on
#: Codeforces", "on Winogrande"; not "on Traffic", "on Pets" (Zipf 4.9, 4.1).
_RARE_WORD_ZIPF = 2.5
#: Right after the number ("88.6% on Spider") a registry name is taken unless it is
#: an everyday word ("Traffic", "Weather", "Cars": Zipf 4.8-4.9).
_EVERYDAY_WORD_ZIPF = 4.5


def rare_registry_word(word: str) -> bool:
    """Whether the registry knows ``word`` as a benchmark and English rarely uses it."""
    return (
        fold(word) in load_registry().benchmark_keys
        and zipf_frequency(word.lower(), "en") < _RARE_WORD_ZIPF
    )


def _registry_spelling(name: str) -> bool:
    """Whether ``name`` is written exactly as the registry writes a benchmark or one
    of its aliases ("Spider"; not "Math" for MATH)."""
    registry = load_registry()
    canonical = registry.benchmark_keys.get(fold(name))
    return canonical is not None and (
        name == canonical or name in registry.benchmarks[canonical].aliases
    )


# A number, its unit, then "on": "88.6% on Spider".
_ON_RIGHT_AFTER = re.compile(r"\s?(?:%|x|×|points?)?\s(?:on|across)\s(?:the\s)?")


def _rare_registry_word(m: re.Match | None) -> str:
    """The word ``m`` found when it is a ``rare_registry_word``."""
    return m["word"] if m and rare_registry_word(m["word"]) else ""


# A later clause's own benchmark: ", and on PutnamBench it solves".
_CLAUSE_ON = re.compile(
    rf"(?:,\s(?:and\s|while\s|but\s)?|\s(?:and|while|but)\s)(?:on|in)\s(?:the\s)?(?:[a-z]+-[a-z-]+\s)?"
    rf"(?P<bench>{BENCH})"
)
# "In zero-shot ImageNet classification, ...": a setting may come first
_BENCH_LEAD = re.compile(
    # "On the most challenging GAIA tasks, ...", "On the hardest level of GAIA, ...": a
    # few words of its part may come first
    r"\s*(?:On|In|Across|For)\s"
    rf"(?:the\s(?:[a-z-]+\s){{1,3}}(?:of\s(?:the\s)?)?|(?:the\s)?(?:(?:zero|one|few|\d+)-shot\s)?"
    # "On five LIBERO tasks, ...": a count of its tasks
    rf"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?=[^,]{{0,40}}\s(?:tasks|suites|environments|scenes)\b))?)"
    # "On the 256x256 ImageNet benchmark, ...": a resolution first stays
    rf"(?P<bench>(?:\d{{2,4}}\s?[×x]\s?\d{{2,4}}\s)?{BENCH})"
)

# How a benchmark's measure leads up to the number: "GSM8K: ", "MMLU accuracy of ",
# "AlpacaEval 2.0 win rate, to ", "AIME25 pass@1 from TTRL's ".
_MEASURE_BEFORE_NUMBER = (
    rf"(?::\s|\s(?i:(?:average|overall)\s)?(?i:{'|'.join(_QUALITY_METRICS)})"
    r"(?:\s(?:of|is|was|at|reaches|reached|to|from|by|stays\sat|remains\sat)|,\sto)?"
    r"(?:\s[\w.-]+['’]s)?\s)$"
)
_BENCH_BEFORE = re.compile(rf"(?P<bench>{BENCH})(?:'s)?{_MEASURE_BEFORE_NUMBER}")

# A name a measure's word follows is the measure's: "in the LLM-as-a-Judge metric".
_MEASURE_WORD_AFTER = re.compile(r"\s(?:metrics?|measures?|criteri(?:on|a))\b")

# A name and a space right before the number: "(GSM8K +4.7)".
_BENCH_RIGHT_BEFORE = re.compile(rf"(?<![\w.-])(?P<bench>{BENCH})\s$")
# A change written without "from" right after a name: "ImgEdit 3.38 to 3.75".
_FROM_LESS = re.compile(rf"\d[\d.,]*%?{TO_A_NUMBER.pattern}")
# "such as CVQA with 57.4%, Babel-ImageNet with 50.2% and XM3600 with 64.3%": each
# name of a list given with its own number.
_BENCH_WITH = re.compile(rf"(?:^|,\s|\sand\s|\sas\s|\bon\s)(?P<bench>{BENCH})\swith\s$")

# A known benchmark a change is "by" or "from": "boosts MMLU by 6.4%", "improves GSM8K
# performance by 4%", "raises LiveCodeBench scores from 51.2%"; or the benchmark that
# changes itself: "GSM8K rises from 71.2%", "MMLU drops by 3 points".
_BENCH_CHANGED = re.compile(
    rf"(?<![\w.-])(?P<bench>{BENCH})(?:\s(?i:performance|results?|scores?|tasks?|episodes?|problems?))?"
    r"(?:\s(?:rises?|rose|climb(?:s|ed)?|jump(?:s|ed)?|improve[sd]?|increase[sd]?|grow|grows|grew"
    r"|goes|go|went|drop(?:s|ped)?|fall|falls|fell|decrease[sd]?|decline[sd]?|degrade[sd]?"
    r"|soar(?:s|ed)?|surge[sd]?|plummet(?:s|ed)?))?"
    r"\s(?:by|from)\s"
    r"(?:(?:up\sto|about|around|over|nearly|an\saverage\sof)\s)?[+~]?$"
)

# How every match of _BENCH_BEFORE ends: far quicker to look for, and where it is
# missing (most numbers) _BENCH_BEFORE need not be tried.
_BENCH_BEFORE_END = re.compile(_MEASURE_BEFORE_NUMBER)


def name_benchmark(
    text: str, lo: int, hi: int, start: int, end: int, efficiency: bool = False
) -> str:
    """What a number was measured on (``_find_benchmark``), named in full when its
    sentence calls a longer name holding it a benchmark or dataset ("MS" of "on the
    MS COCO val2017 dataset")."""
    name = _find_benchmark(text, lo, hi, start, end, efficiency)
    wide = widen(name, text, lo, hi)
    name = wide if wide != name and bench_ok(wide, declared=True) else name
    split = _registry_split(_unqualified(name), text, lo, hi, (start + end) // 2)
    return short_form(split, text, lo, hi)


def _unqualified(name: str) -> str:
    """A known benchmark without a word before it that is no name ("English MGSM"
    is MGSM in English: the registry knows MGSM, not the longer name)."""
    first, _, rest = name.partition(" ")
    # "Video Safety Bench", "Code Judge Bench": every word of a title-case name
    if not rest or canonical_benchmark(first) is not None or rest.endswith(" Bench"):
        return name
    registry = load_registry()
    if fold(first) in registry.organisations:
        return name  # "NIH ChestX-ray14": the name as written, its owner in it
    keys = registry.benchmark_keys
    return rest if fold(rest) in keys and fold(name) not in keys else name


# One or two words after a name: a split, subset or edition ("test-clean", "Diamond");
# not the word calling it a benchmark, which the registry's folding drops.
_NOT_SPLIT = r"(?!(?i:benchmarks?|datasets?|splits?|sets?|tasks?|suites?|leaderboards?)\b)"

_NEXT_WORD = r"[\w+-]+(?:\.\w+)*"  # "test-clean", "v1.1"; not a full stop after it

_NEXT_WORDS = re.compile(
    rf"[ -]{_NOT_SPLIT}(?P<one>{_NEXT_WORD})(?P<two>\s{_NOT_SPLIT}{_NEXT_WORD})?"
)


def _nearest(name: str, text: str, lo: int, hi: int, near: int) -> int:
    """Where in ``text[lo:hi]`` ``name`` is written nearest the offset ``near``; -1
    when it is not."""

    def gap(at: int) -> int:  # to the name's nearer end: "ARC-AGI (32.8%) and ARC-AGI 2"
        return min(abs(at - near), abs(at + len(name) - near))

    best, at = -1, text.find(name, lo, hi)
    while at >= 0:
        if best < 0 or gap(at) < gap(best):
            best = at
        at = text.find(name, at + 1, hi)
    return best


_WORD_BEFORE_NAME = re.compile(r"(?<![\w-])[A-Z][\w]*[\s-]$")


def _registry_split(name: str, text: str, lo: int, hi: int, near: int) -> str:
    """``name`` with the one or two words after it, where the sentence writes it
    nearest the number at ``near``, when the registry knows the longer name as a
    benchmark of its own: a split, subset or edition a leaderboard keeps apart
    ("LibriSpeech test-clean", "GPQA Diamond", "tau-bench Retail"; in "1.17% on
    LibriSpeech Clean, 2.48% on LibriSpeech Other" the second is test-other)."""
    at = _nearest(name, text, lo, hi, near) if name else -1
    keys = load_registry().benchmark_keys
    # "improves Global MMLU by 4.7%": a word before it the registry's name holds too
    before = _WORD_BEFORE_NAME.search(text, max(lo, at - 20), at) if at > lo else None
    if before and fold(longer := text[before.start() : at + len(name)]) in keys:
        return longer
    if at < 0 or not (m := _NEXT_WORDS.match(text, at + len(name), hi)):
        return name
    for stop in ("two", "one"):
        longer = text[at : m.end(stop)] if m[stop] else ""
        if (
            longer
            and fold(longer) in keys
            and fold(longer) != fold(name)
            and not metric_matches(longer[len(name) :])
            # how it was run stays out of the name as written ("VideoMME without
            # subtitles" is VideoMME, as readers label it), though the registry
            # keeps that track apart when a name says it
            and not run_setting(longer[len(name) :])
        ):
            return longer
    return name


# a name listed beside others ("on KramaBench (...) and DA-Code (from"), not the object
# of a verb ("improves Skywork-PRM (from 70.3% to 73.8%) on ProcessBench")
_LISTED_BEFORE = re.compile(r"(?:\)\s(?:and|,)|,|\bon|\band)\s$")


def _bench_in_paren(text: str, lo: int, start: int) -> str:
    """The known benchmark whose bracket the number at ``start`` is in ("MathVista
    (from 39.4 to 55.6)"); a name not known as one is a model ("FILM (0.27)")."""
    window = text[max(lo, start - 60) : start]
    paren = _BENCH_PAREN.search(window)
    # "and DA-Code (from 37.0% to 38.5%)": a change in brackets after a name not known
    # is on it too, when the name may be a benchmark's
    if (
        paren
        and bench_ok(paren["bench"])
        and (
            known_benchmark(paren["bench"])
            or (
                window.endswith(("(from ", "(up from "))
                and _LISTED_BEFORE.search(window, 0, paren.start("bench"))
            )
        )
    ):
        return paren["bench"]
    # "Humanity's Last Exam (32.9)": a name in plain title case the registry knows
    return registry_title(_TITLE_PAREN.search(window))


def _find_benchmark(
    text: str, lo: int, hi: int, start: int, end: int, efficiency: bool = False
) -> str:
    """What a number was measured on: ``on X`` after it, else ``X accuracy of`` right
    before it, else the benchmark its sentence opens with (``On ASQA, ...``); nothing
    for a figure over several ("on seven reasoning benchmarks")."""
    if SEVERAL_AFTER.match(text, end, hi) or real_world_after(text, end, hi):
        return ""
    if right_after := benchmark_right_after(text, end, hi):
        return right_after  # "7.59 FID and 0.74 GenEval"
    # "from 20.1% to 30.3% on AIME 2024", "gains of 4.6 to 14.3 on MBPP+": the first
    # end of a change or a range is on what the pair is on
    if (
        not _TO_RIGHT_BEFORE.search(text, max(lo, start - 6), start)
        and (pair := TO_END.match(text, end, hi))
        and _ON_RIGHT_AFTER.match(text, pair.end(), hi)
        # not the next pair's own: "from 20.1% to 30.3% and on AIME 2025 from 15.0%"
        and not _NEXT_PAIR_ON.match(text, pair.end(), hi)
    ):
        end = pair.end()
    # "from 20.0% to 50.0% and on Polyglot from 14.2%": a benchmark after the number
    # that the next change is on is not this number's
    if not _NEXT_ON_FROM.match(text, end, hi) and (after := _named_after(text, lo, hi, start, end)):
        return after
    if split := _split_of_named(text, lo, hi, start, end):
        return split
    if put_on_a_name(text, end, hi):
        return ""
    if before := _named_right_before(text, lo, start):
        return before
    if paren := _bench_in_paren(text, lo, start):
        return paren
    if opens_on_list(text, lo, start):
        # "Across SWE-bench, WebArena and OSWorld, it improves ... by 12.2%": on none
        # alone, unless a later clause names its own ("..., and on LiveCodeBench it
        # reaches 41.5%")
        return _later_clauses(text, lo, start)
    if clause_off_benchmark(text, lo, start):
        return ""  # nothing named outside its clause is carried to it
    lead = _BENCH_LEAD.match(text, lo, start)
    if lead and bench_ok(lead["bench"]):
        # "On miniF2F it reaches 99.2%, and on PutnamBench it solves ... (70.0%)"
        return _later_clauses(text, lead.end(), start) or lead["bench"]
    if title := registry_title(_TITLE_LEAD.match(text, lo, start)):
        return title
    if word := _registry_word_lead(text, lo, start):
        return _later_clauses(text, text.index(word, lo) + len(word), start) or word
    return nearest_named(text, lo, hi, start, end, efficiency)


def put_on_a_name(text: str, end: int, hi: int) -> bool:
    """Whether the number is put "on" a capitalised name no rule knows ("47.3% on
    Apple"): on that, not on another named before. Not a model it was run with ("and
    GSM8K by 3.4 points on Llama-3-8B")."""
    on = _ON_A_NAME.match(text, end, hi)
    if on is None or _model_at(text, on.start("name"), hi):
        return False
    name = _NAME_AT.match(text, on.start("name"), hi)
    return not (name and metric_matches(name.group(0)))  # "by 11.8% on R@0.3": a measure


_NAME_AT = re.compile(r"[A-Z][\w.@+'’-]*(?<!\.)")


def _model_at(text: str, at: int, hi: int) -> bool:
    """Whether the name at ``at`` is a model's: a known family ("GPT-4o") or a name
    with its size ("OLMo-2-7B")."""
    name = _NAME_AT.match(text, at, hi)
    return bool(name) and (
        NOT_BENCH.match(name.group(0)) is not None or SIZE_PART.match(name.group(0)) is not None
    )


def _later_clauses(text: str, lo: int, start: int) -> str:
    """The known benchmark the last later clause before the number is on (", and on
    LiveCodeBench it reaches 41.5%"), or ``""``."""
    clauses = [
        c["bench"]
        for c in _CLAUSE_ON.finditer(text, lo, start)
        if bench_ok(c["bench"]) and known_benchmark(c["bench"])
    ]
    return clauses[-1] if clauses else ""


# "On Spider, accuracy rises to 62.1%": one title-case word the sentence opens on.
_WORD_LEAD = re.compile(rf"{PART_HEAD}(?:On|Across)\s(?:the\s)?(?P<word>[A-Z][a-z]+(?:-[a-z]+)?),")


def _registry_word_lead(text: str, lo: int, start: int) -> str:
    """The word a sentence opens on ("On Spider, ..."), when it is written as the
    registry writes a benchmark and is no everyday word (as for a word right after a
    number, ``_named_after``)."""
    m = _WORD_LEAD.match(text, lo, start)
    if not m or not _registry_spelling(m["word"]):
        return ""
    return m["word"] if zipf_frequency(m["word"].lower(), "en") < _EVERYDAY_WORD_ZIPF else ""


_ON_SPLIT = re.compile(r"\s?(?:%|x|×|points?)?\s(?:on|in)\s(?:the\s)?(?P<split>[A-Za-z][\w-]*)")


def _split_of_named(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """A split written alone after the number, of a benchmark the sentence named
    before it, when the registry keeps that split apart: "On LibriSpeech, it gets 1.9%
    on test-clean and 3.9% on test-other"."""
    m = _ON_SPLIT.match(text, end, hi)
    if not m:
        return ""
    keys = load_registry().benchmark_keys
    for _, name in reversed([b for b in sentence_benchmarks(text, lo, hi) if b[0] < start]):
        longer = f"{name} {m['split']}"
        if fold(longer) in keys and keys[fold(longer)] != keys.get(fold(name)):
            return longer
    return ""


# "+10.3% F1 and +8.7% EM on MAT-Search": each number with its measure, then the name
_TWO_MEASURES_ON = re.compile(
    r"(?:%|x|×|\s?points?)?\s(?P<first>[A-Za-z][\w@-]*(?:\s(?!and\b)[A-Za-z][\w@-]*)?)\s(?:and\s)?[+~]?"
    r"\d[\d.,]*\s?(?:%|x|×|points?)?\s(?P<second>[A-Za-z][\w@-]*(?:\s[A-Za-z][\w@-]*)?)\s(?:on|in)\s"
    rf"(?:the\s)?(?P<bench>{BENCH})"
)


def _names_measure(words: str) -> bool:
    """Whether ``words`` are a measure's name and nothing else ("F1", "exact match")."""
    found = metric_matches(words)
    return bool(found) and found[0].start() == 0 and found[-1].end() == len(words)


def _named_after(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """``on X`` after the number, or ``X accuracy`` right after it."""
    two = _TWO_MEASURES_ON.match(text, end, hi)
    if two and bench_ok(two["bench"]) and _names_measure(two["first"]):
        return two["bench"]
    share = _SHARE_OF_ITEMS.match(text, end, hi)
    if share and bench_ok(share["bench"]):
        return share["bench"]
    named_items = _SHARE_OF_NAMED_ITEMS.match(text, end, hi)
    if named_items and known_benchmark(named_items["bench"]) and bench_ok(named_items["bench"]):
        return named_items["bench"]
    task = _TASK_THEN_BENCH.match(text, end, hi)
    if task and known_benchmark(task["bench"]) and bench_ok(task["bench"]):
        return task["bench"]
    counted = _COUNTED_ITEMS.match(text, end, hi)
    if counted and known_benchmark(counted["bench"]) and bench_ok(counted["bench"]):
        return counted["bench"]
    between = _BENCH_THEN_METRIC.match(text, end, hi)
    if between and bench_ok(between["bench"]) and not _names_a_score(text, between):
        return between["bench"]
    after = _BENCH_AFTER.match(text, end, hi)
    if (
        after
        and bench_ok(after["bench"])
        and not _MEASURE_WORD_AFTER.match(text, after.end("bench"))  # "in the X metric"
        and not numbers_between(text, end, after.start("bench"))
        and not clause_between(text, end, after.start("bench"))
    ):
        # "89.3 on AIME 2025 (vs. 88.4), while dropping on HLE": a number in brackets
        # after a benchmark is on it, not on one named after the bracket closes
        closed = ")" in text[end : after.start("bench")]
        return (closed and _bench_in_paren(text, lo, start)) or after["bench"]
    if after and (longer := _with_next_name(text, after, hi)):
        return longer  # "0.822 on NIH ChestX-ray14": "NIH" alone names nothing
    if title := registry_title(_TITLE_AFTER.match(text, end, hi)):
        return title
    word = _WORD_AFTER.match(text, end, hi)
    if (
        word
        and _ON_RIGHT_AFTER.fullmatch(text, end, word.start("word"))
        and _registry_spelling(word["word"])
        and zipf_frequency(word["word"].lower(), "en") < _EVERYDAY_WORD_ZIPF
    ):
        # right after the number, a word written as the registry writes a benchmark
        # is one unless it is an everyday word: "88.6% on Spider and 66.6% on BIRD"
        # (Zipf 4.2), not "71.3% on Traffic" (4.8)
        return word["word"]
    return _rare_registry_word(word)


# A coded name right after another: "ChestX-ray14" after "NIH".
_NEXT_CODED = re.compile(rf"\s(?P<next>{CODED_WORD})(?![\w-])")


def _with_next_name(text: str, after: re.Match, hi: int) -> str:
    """The name ``after`` found, with the coded name written next to it, when it names
    no benchmark alone but does with it ("on NIH ChestX-ray14"), else ``""``."""
    if bench_ok(after["bench"]):
        return ""
    following = _NEXT_CODED.match(text, after.end("bench"), hi)
    if following is None or not any(ch.isdigit() for ch in following["next"]):
        return ""
    longer = text[after.start("bench") : following.end("next")]
    return longer if bench_ok(longer) else ""


def _known_or_part(name: str) -> bool:
    """A benchmark the registry knows, or a part of one it knows by a short code in
    capitals ("RULER-CWE"; not "MATH-Shepherd", a reward model)."""
    return known_benchmark(name) or bool(
        (part := _CODED_PART.fullmatch(name)) and known_benchmark(part["whole"])
    )


# (not a model's mark: "Math-R1", "WebShop-V2", "Spider-7B")
_CODED_PART = re.compile(r"(?P<whole>[\w.]+)-(?!R\d\b|V\d\b|\d+B\b)[A-Z0-9]{1,5}")


def _named_right_before(text: str, lo: int, start: int) -> str:
    """A benchmark named right before the number: "X accuracy of", "on X from",
    "boosts X by", "a X rating of"."""
    window = text[max(lo, start - 60) : start]
    signed = text.startswith("+", start) and _BENCH_RIGHT_BEFORE.search(window)
    if signed and bench_ok(signed["bench"]):
        return signed["bench"]  # "(GSM8K +4.7)", "HumanEval +3.0, MBPP +1.8"
    ranged = _FROM_LESS.match(text, start) and _BENCH_RIGHT_BEFORE.search(window)
    if ranged and bench_ok(ranged["bench"]) and known_benchmark(ranged["bench"]):
        return ranged["bench"]  # "(ImgEdit 3.38 to 3.75)": where its score went
    with_ = window.endswith(" with ") and _BENCH_WITH.search(window)
    if with_ and bench_ok(with_["bench"]) and known_benchmark(with_["bench"]):
        return with_["bench"]  # not "Self-Refine with 61.2%", a method
    before = _BENCH_BEFORE_END.search(window) and _BENCH_BEFORE.search(window)
    if (
        before
        and bench_ok(before["bench"])
        and not _names_a_score(window, before)
        # "improves MathVerse accuracy by", not "improved PCKbbox accuracy by": after
        # "by" only a known benchmark
        and (not window.endswith(" by ") or known_benchmark(before["bench"]))
    ):
        return before["bench"]
    on_from = _ON_BENCH_FROM.search(window)
    if on_from and bench_ok(on_from["bench"]) and _known_or_part(on_from["bench"]):
        return on_from["bench"]
    changed = _BENCH_CHANGED.search(window)
    if changed and _known_or_part(changed["bench"]) and bench_ok(changed["bench"]):
        return changed["bench"]
    return _rare_registry_word(_WORD_BEFORE.search(window))  # "a Codeforces rating of 1691"


_SCORE_AFTER = re.compile(r"(?:'s)?\s(?i:scores?)\b")


def _names_a_score(text: str, m: re.Match) -> bool:
    """Whether the name ``m`` found is that of a score ("a DOVER score of 67.8", "0.52
    G-Dino score"), not a benchmark's ("a VBench score of 84.1", "an MMLU score")."""
    return bool(_SCORE_AFTER.match(text, m.end("bench"))) and not known_benchmark(m["bench"])
