"""How a metric's name is written down once found: rules that take the words of a
summary around a matched metric name and decide the name to report.

``metrics.py`` finds the numbers and the words that name them; this module holds
the rules of the labelling guide (``tests/data/LABELING.md``) about the name itself,
so they can be read and tested in one place.
"""

from __future__ import annotations

import re

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
    r"(?:increas|decreas|reduc|improv|boost|enhanc|rais|lower|achiev|maintain|preserv|"
    r"outperform|surpass|exceed|deliver|demonstrat|attain|obtain|report|yield)(?:e|es|ed|ing|s)?"
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
