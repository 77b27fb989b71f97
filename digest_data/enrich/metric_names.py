"""How a metric's name is written down once found: rules that take the words of a
summary around a matched metric name and decide the name to report.

``number_metric`` finds the words that name a number; this module holds the rules
of the labelling guide (``tests/data/LABELING.md``) about the name itself, so they
can be read and tested in one place: acronyms, the modifiers a generic head takes
("grounding accuracy"), and the words that are never part of a name.
"""

from __future__ import annotations

import functools
import re

import regex

from .bench_field import rare_registry_word
from .bench_shape import GENERIC_NAME
from .benchmarks import NAME_SHAPED, fold, load_registry
from .metric_match import metric_matches
from .metric_words import NEEDS_MODIFIER as _NEEDS_MODIFIER
from .metric_words import NOT_MODIFIER as _NOT_MODIFIER
from .number_forms import HEDGE

# "Fréchet Video Distance (FVD)", "mean Intersection over Union (mIoU)", "average
# Character-Character Similarity (aCCS)": letters only, two to seven of them.
_PAREN_ACRONYM = re.compile(r"\s?\((?P<acr>[A-Za-z]{2,7})\)")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
# Small words an acronym may leave out: "Percentage of Correct Keypoints (PCK)".
_SKIPPABLE = frozenset(["of", "the", "and", "to", "in", "for", "a", "an", "at"])


def acronym_defined(text: str, end: int) -> str:
    """The acronym, lower case, written in parentheses right after a name that ends
    at ``end``, when its letters are the initials of the words just before (hyphens
    split words: "Character-Character" gives two); else ``""``.

    The labelling guide reports such a metric by its acronym ("Fréchet Video
    Distance (FVD)" is ``fvd``), whether or not the long name is a known one. A word
    written in capitals may stand in it whole: "reconstruction FID (rFID)".
    """
    m = _PAREN_ACRONYM.match(text, end, end + 10)
    if not m:
        return ""
    acr = m["acr"]
    if acr.islower() or acr.isupper() and len(acr) > 6:
        return ""  # "(see)", "(ours)"; a shouted word, not an acronym
    words = _WORD.findall(text[max(0, end - 90) : end].replace("-", " "))
    letters = acr.lower()
    i = len(letters)
    for word in reversed(words):
        if i == 0:
            break
        if word.isupper() and len(word) > 1 and letters[:i].endswith(word.lower()):
            i -= len(word)
        elif word[0].lower() == letters[i - 1]:
            i -= 1
        elif word.lower() not in _SKIPPABLE:
            return ""
    return letters if i == 0 else ""


# A name written like an acronym or a compound of one: "PDMS", "EM", "SG-IoU", "AO".
_NAME_AFTER = re.compile(r"\s(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?=[\s,.;:)]|$)")
# Units of size, rate and compute, written in capitals too: "1.5 TB", "2.4 GHz".
_UNIT_WORD = re.compile(r"(?:[KMGTP]i?B|[KMG]?Hz|T?FLOPS?|[TG]OPS|FPS|USD|[KM]W|GW|MPa)")


def acronym_after(text: str, start: int, end: int) -> str:
    """The acronym-like name written right after a score, as written: "88.1 PDMS",
    "30.1% EM on ScanQA", "0.558 SG-IoU", "a 3.5% AO gain"; else ``""``.

    Only after a share or a decimal (a bare integer before a capitalised word is a
    count: "15 LLMs", "32 NFE"), and only a word with two capitals or more that is
    no plural ("LLMs") and no unit ("3.1 GB"). Whether the word is a benchmark
    or a model instead is the caller's to ask.
    """
    number = text[start:end]
    if not (number.endswith("%") or "." in number):
        return ""
    m = _NAME_AFTER.match(text, end, end + 24)
    if not m:
        return ""
    name = m["name"]
    if sum(c.isupper() for c in name) < 2 or _UNIT_WORD.fullmatch(name):
        return ""
    if name.endswith("s") and name[:-1].isupper():
        return ""
    return name


# Verbs of change and of reaching a level, in any form, and words that compare:
# the sentence's action or a judgement, never part of what is measured ("increases
# planning success rate", "while reducing computational cost", "below human accuracy").
_VERB_OR_COMPARISON = re.compile(
    # "it lifts solving accuracy", "fine-tuning degrades abstention recall"
    r"(?:increas|decreas|reduc|improv|boost|enhanc|rais|lower|lift|degrad|worsen|achiev|maintain|preserv|"
    r"outperform|surpass|exceed|deliver|demonstrat|attain|obtain|report|yield)(?:e|es|ed|ing|s)?"
    # inflected only: "a retain metric" names a measure, "keeps average accuracy" does not
    r"|(?:retain|keep|hold|sustain)(?:s|ed|ing)|kept|held"
    r"|reach(?:es|ed|ing)?|cut(?:s|ting)?|(?:halv|doubl|tripl|quadrupl)(?:es|ed|ing)|slash(?:es|ed|ing)?|shrink(?:s|ing)?|shrank"
    r"|trim(?:s|med|ming)?"
    r"|below|above|beyond|within|without|under|using|versus",
    re.IGNORECASE,
)


def is_verb_or_comparison(word: str) -> bool:
    """Whether ``word`` before a metric's name is a verb of change or reaching, or a
    word that compares, and so not one of the name's modifiers."""
    return bool(_VERB_OR_COMPARISON.fullmatch(word))


# "a 93.65 on the newly proposed Visual AI Index (VAI)", "a 38.6% improvement in mean
# Intersection over Union (mIoU)", "56.5% in text alignment (CLIP-T)": the measure
# the number is "in" or "on", written as a name and its acronym.
_IN_LONG_NAME = re.compile(
    r"\s?(?:[a-z]+\s){0,2}?(?P<prep>in|on)\s(?:terms\sof\s)?(?:the\s)?"
    r"(?:(?:newly\s)?(?:proposed|new|novel|introduced)\s)?"
    r"(?P<long>(?:[^\W\d_][\w'’-]*\s){0,5}?[^\W\d_][\w'’-]*)"
    r"\s\((?P<acr>[A-Za-z][A-Za-z0-9-]{1,9})\)(?P<next>\s?[\w-]*)"
)
_SET_WORD = re.compile(r"\s?(?:benchmarks?|datasets?|suite|tasks?|test|set|split)$")


def acronym_in(text: str, end: int, hi: int) -> tuple[str, str] | None:
    """The (long name, acronym as written) of a measure a number ending at ``end`` is
    "in" or "on", when the acronym abbreviates the name (``acronym_defined``); a
    name followed by "benchmark" or "dataset" is a benchmark's, not a measure's.
    Whether the acronym is a known benchmark, or a known metric written after
    another name ("text alignment (CLIP-T)"), is the caller's to ask."""
    m = _IN_LONG_NAME.match(text, end, min(hi, end + 100))
    if not m or _SET_WORD.match(m["next"]):
        return None
    return m["long"], m["acr"]


# How a matched name is reported: the words around it that belong to it, in a
# standard spelling. ``number_metric`` decides which matched name a number reports.

_SPACES = regex.compile(r"\s+")
# "success rates", "4-shot accuracies": a metric is named in the singular.
_PLURAL_HEAD = regex.compile(
    r"\b(?:(rate|rating|score|ratio|distance|coefficient|speedup|auc|auroc|auprc|cost|fid|fvd)s"
    r"|(accurac|latenc)ies)$"
)
_SCORE_SUFFIX = regex.compile(r"^(f1|clip [it]|elo)[\s-]scores?$")
_QUALIFIED = regex.compile(r"top-|@|macro|micro")
DIGIT = regex.compile(r"\d")


@functools.lru_cache(maxsize=4096)
def clean_metric(name: str) -> str:
    """A name as labels write it: lower case, single spaces, a singular head ("success
    rates" is success rate), "F1 score" as f1."""
    name = _SPACES.sub(" ", name.lower()).strip()
    name = _PLURAL_HEAD.sub(lambda m: m[1] or m[2] + "y", name)
    name = _HEDGE_FIRST.sub("", name)  # "faster time-to-first-token", "approximate latency"
    return _SCORE_SUFFIX.sub(r"\1", name).replace("speed up", "speedup")


# Before a measure's name, a comparison or a hedge is no part of it: "with significantly
# longer latency", "tolerates larger learning rates", "a theoretical latency of",
# "estimated energy consumption", "with sub-second latency of 0.69 s". (After a number
# they say which way it went: "9x faster inference speed", "11.67x smaller cache".)
_COMPARED_OR_HEDGED = (
    r"(?:larger|smaller|longer|shorter|greater|faster|slower|tighter|looser|higher|lower|estimated|theoretical|"
    r"approximate|projected|sub-\w+)"
)
# a naming path that looks back for modifiers stops at one ...
_HEDGE_WORD = re.compile(_COMPARED_OR_HEDGED, re.IGNORECASE)
# ... and one opening a name found on another path is dropped: "a faster
# time-to-first-token of"
_HEDGE_FIRST = re.compile(rf"^{_COMPARED_OR_HEDGED}\s(?=\S)")

_MODIFIER = regex.compile(r"(?<![\w.@-])(?:[A-Za-z][\w'’&@-]*)\s$")
# A measure at a cutoff qualifies accuracy: "a pass@1 accuracy of 94.0" is pass@1
# accuracy (its digit is the cutoff's, not a model's or a benchmark's), as labels
# write it; "a pass@1 rate" or "score" is pass@1.
_AT_CUTOFF = regex.compile(r"[A-Za-z][\w-]*@(?:\d+|[kK])")
_HEAD_AFTER_CUTOFF = regex.compile(r"\s(accuracy)\b", regex.IGNORECASE)


# Names that need their modifiers to mean something ("grounding accuracy", "GPU
# memory"); a standard metric such as F1 or PSNR is named alone.
_GENERIC_HEAD = regex.compile(
    r"(?:accuracy|errors?|similarity|scores?|ratings?|rates?|usage|cost|memory|perplexity|speedup|"
    r"reduction|agreement|throughput|latency|ratios?|distances?|coefficients?|return|metric|efficiency|"
    # "subject consistency", "aesthetic quality", "abstention recall", "control frequency"
    r"consistency|quality|recall|precision|frequency|smoothness|fidelity)$"
)


# A word written like a benchmark's or a system's name ("VBench", "GSM8K"): never
# one of a measure's modifiers.
BENCH_NAME = regex.compile(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[\w-]*\d[\w-]*")


@functools.lru_cache(maxsize=4096)
def _needs_modifiers(name: str) -> bool:
    return bool(_GENERIC_HEAD.search(name)) and not _QUALIFIED.search(name)


# Who scores, when "score" is the verb: "LLMs score 0%", "the models score 71.2".
_SCORERS_BEFORE = regex.compile(
    r"\b(?:models|systems|LLMs|MLLMs|VLMs|agents|methods|baselines|humans|annotators|"
    r"participants|experts|people|they)\s$"
)


# "scores" right before a number is the verb: "the agent scores 71.2%".
_VERB_SCORES = regex.compile(rf"(?<=[Ss]cores)\s(?:{HEDGE}\s)?[+\-]?\d")

_AVERAGING = frozenset(["average", "avg", "avg.", "mean"])
_RATINGS = frozenset(["rating", "ratings"])
# a capitalised name right before a measure's: "a Codeforces rating"
_NAME_RIGHT_BEFORE = regex.compile(r"(?<![\w-])(?P<name>[A-Z][\w.-]*)\s$")
# Measures a task's name is put before, and dropped from, by the labels
_TASK_HEADS = frozenset(["accuracy", "success rate", "success rates"])
#: The field or task an accuracy is measured on, which labels drop ("diagnostic
#: accuracy", "math accuracy" are accuracy); not a kind of accuracy ("answer", "execution",
#: "factual" accuracy).
_TASK_WORDS = frozenset(
    [
        "math",
        "mathematical",
        "diagnostic",
        "diagnosis",
        "classification",
        "retrieval",
        "detection",
        "recognition",
        "qa",
    ]
)


def _names_a_task(word: str) -> bool:
    """Whether ``word`` before a success rate or an accuracy is the task it was measured
    on: a gerund ("solving accuracy") or a field or task's noun."""
    lower = word.lower()
    return lower.endswith("ing") or lower in _TASK_WORDS


_NAMES_NO_MEASURE = _AVERAGING | {"performance"}
# not "40 min wall-clock time", minutes
_LIMIT_BEFORE = regex.compile(r"(?<!\d\s?)\b(?:maximum|max\.?|minimum|min\.?)\s$", regex.IGNORECASE)
_KNOBS = frozenset(["learning rate", "dropout rate", "sampling rate", "mask rate", "masking rate"])


# "relative error", "mean absolute error": for an error these words say which one.
_KINDS_OF_ERROR = frozenset(["relative", "absolute", "squared"])


def _kind_of_error(word: str, name: str) -> bool:
    return word.lower() in _KINDS_OF_ERROR and name.endswith("error")


def _averaging_before(text: str, start: int) -> str:
    """ "average", "mean" or "avg" written right before a name at ``start``, else ""."""
    m = _MODIFIER.search(text, max(0, start - 9), start)
    return m.group(0).strip() if m and m.group(0).strip().lower() in _AVERAGING else ""


def named_phrase(text: str, match: regex.Match, offset: int) -> str:
    """The metric as the text names it: the matched name with up to three modifier
    words before it ("grounding accuracy", "reconstruction error", "user study
    score"). A bare "score" names nothing; "F1 score" is "f1"."""
    name = clean_metric(match["name"])
    start = offset + match.start()
    if _AT_CUTOFF.fullmatch(match["name"]) and (
        head := _HEAD_AFTER_CUTOFF.match(text, offset + match.end())
    ):
        name = f"{name} {head[1].lower()}"  # "71% Pass@1 accuracy"
    if name == "score" and (
        _SCORERS_BEFORE.search(text, max(0, start - 30), start)
        or _VERB_SCORES.match(text, offset + match.end())
    ):
        # "leading reasoning systems score in the single digits", "the agent scores
        # 71.2%", "but scores 3.2 points higher": a verb
        return ""
    words: list[str] = []
    while len(words) < 3 and _needs_modifiers(name):
        m = _MODIFIER.search(text, max(0, start - 40), start)
        word = m.group(0).strip() if m else ""
        if m and name.lower() in _TASK_HEADS and _names_a_task(word):
            # a task said by its gerund or noun, which labels drop ("solving accuracy",
            # "environment-building success rate", "diagnostic accuracy"; LABELING.md:
            # task words); an average before it stays ("average detection accuracy")
            start = m.start()
            break
        if (
            not m
            or (word.lower() in _NOT_MODIFIER and not _kind_of_error(word, name))
            or _HEDGE_WORD.fullmatch(word)
            or is_verb_or_comparison(word)
            or word.endswith(("'s", "’s", "s'", "s’"))  # whose: "providers' accuracy"
            or (DIGIT.search(word) and not (name == "accuracy" and _AT_CUTOFF.fullmatch(word)))
            or BENCH_NAME.fullmatch(word)
            or registry_name(word)  # "a VBench score", "an MMLU score"
            or "bench" in word.lower()  # "its Sentient-Benchmark score"
        ):
            break
        words.insert(0, m.group(0).strip())
        start = m.start()
    if not words and (averaged := _averaging_before(text, start)):
        words = [averaged]  # "an average F1 of 72.1", "mean IoU": labels keep the word
    if (
        name in _RATINGS
        and not words
        and (before := _NAME_RIGHT_BEFORE.search(text, max(0, start - 40), start))
        and _rated_by_elo(before["name"])
    ):
        return name  # "a Codeforces rating of 2029": the rating a contest gives
    if name in _NEEDS_MODIFIER and all(w.lower() in _NAMES_NO_MEASURE for w in words):
        # "a score of 0.65", "an average score of 64.1", "its average performance
        # score" (LABELING.md round 5: a generic performance score): no measure named
        return ""
    # "a Fréchet Inception Distance (FID) of", "an attack success rate (ASR) of": the
    # guide's ruling, the acronym, known long name or not. (Until m45.3 a known name
    # the acronym only abbreviated stayed whole, as five 2024 labels have it; the
    # 2025 probes write the acronym 13 times of 13.)
    acr = acronym_defined(text, offset + match.end())
    if acr:
        return acr
    named = clean_metric(" ".join([*words, name]))
    # a knob or a limit, never a result: "a learning rate of 0.001", "with a maximum
    # response length of 8K tokens" name no measure for the numbers after them
    limited = _LIMIT_BEFORE.search(text, max(0, start - 12), start)
    # (the head as well: "tolerates larger learning rates" is a knob too)
    return "" if named in _KNOBS or name in _KNOBS or limited else named


# A noun of a quality ("faithfulness", "consistency"), which names a measure when no
# known name does; not the nouns that name no measure ("performance", "evidence").
NOUN_OF_QUALITY = (
    r"(?P<what>(?!(?:performance|difference|inference|reference|instance|sequence|presence|"
    r"advance|balance|evidence|majority|quantity|capacity|priority|entity|activity|"
    # fields and settings: "15% in finance", "in science"
    r"finance|science|audience|experience|guidance|governance|maintenance|conference)\b)"
    r"(?:[a-z]{3,}(?:ness|ity|acy|ance|ence|ency)|novelty))"
)
FUNCTION_WORD = (
    r"(?:the|a|an|of|in|on|for|to|by|with|and|or|at|from|as|than|while|its|their|our|this|"
    r"that|these|those|up|over|across|compared|without|both|all|it|is|are|was|were|be|"
    # how or when a result was reached, never part of what was measured
    r"using|via|through|when|where|which|during|measured|computed|evaluated|assessed|"
    r"ranging|varying|"
    # a pronoun or a verb of going with is never a measure: "cuts them by 75%", "a 4.9%
    # gain in vote share coincides with ..."
    r"them|they|we|one|ones|coincides|comes|leads|results|translates|corresponds)\b"
)
_NOUN_PHRASE = regex.compile(
    rf"(?:the\s)?(?P<np>(?!{FUNCTION_WORD})[\w@'’-]+(?:\s(?!{FUNCTION_WORD})[\w@'’-]+){{0,5}})"
)


def changed_in(text: str, at: int, hi: int, pattern: regex.Pattern) -> str:
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
            or registry_name(word)
            or (DIGIT.search(word) and not metric_matches(word))
        ):
            break
        words.insert(0, word)
    return clean_metric(" ".join([*words, names[-1]["name"]])) if words else ""


def _rated_by_elo(word: str) -> bool:
    """Whether ``word`` is a benchmark the registry scores by an Elo rating (a contest
    or an arena: "Codeforces", "Chatbot Arena"); an "MT-Bench rating" is its score."""
    registry = load_registry()
    entry = registry.benchmarks.get(registry.benchmark_keys.get(fold(word), ""))
    return entry is not None and any(metric == "elo" for metric, _ in entry.metrics)


def registry_name(word: str) -> bool:
    """A word written like a name (capitals or digits inside) that the registry
    knows as a benchmark: "VBench", "MMLU"; not "Quality" (QuALITY) or "VQA"; or a
    capitalised one English rarely uses ("a Codeforces rating")."""
    if word[:1].isupper() and word[1:].islower():
        return rare_registry_word(word)
    return (
        bool(NAME_SHAPED.match(word))
        and not GENERIC_NAME.match(word)
        and fold(word) in load_registry().benchmark_keys
    )


def is_metric_name(text: str, name: str) -> bool:
    """Whether ``name`` is a metric's name ("LPIPS scores", "FID") or the acronym the
    text gives one ("Exact Match (EM) ... EM scores"): never a model."""
    return any(m.span("name") == (0, len(name)) for m in metric_matches(name)) or (
        _metric_acronym(text, name)
    )


def _metric_acronym(text: str, name: str) -> bool:
    """Whether the text writes ``name`` in parentheses right after a metric's name:
    "in Exact Match (EM)"."""
    at = text.find(f"({name})")
    if at < 1:
        return False
    names = metric_matches(text[max(0, at - 40) : at].rstrip())
    return bool(names) and names[-1].end() == len(text[max(0, at - 40) : at].rstrip())
