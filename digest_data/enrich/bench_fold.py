"""Folding a benchmark or metric name to its lookup key: what does not change which
leaderboard a number belongs to (case, spaces, hyphens, apostrophes, accents, Greek
letters, a "v" before a version, 2- vs 4-digit years, a year or resolution first, a
plural s, a leading "the" and a trailing "benchmark") is folded away; what does (a
``+``, a version, a size) is kept. ``benchmarks`` looks the key up in the registry."""

from __future__ import annotations

import functools
import re
import unicodedata

_APOSTROPHE = re.compile(r"[’'`´‘]")
_SPELLED = {"∞": "infinite", "×": "x", "–": "-", "—": "-", "−": "-"}
_SPELLED_RE = re.compile("|".join(map(re.escape, _SPELLED)))
_GREEK_LETTER = re.compile(r"[Α-Ωα-ω]")
_LEAD = re.compile(r"^(?:(?:[Tt]he|THE)[\s\-_]+|The(?=[A-Z])|(?:a|an)\s+)")
#: A plural word, its s after a lower-case letter ("Tanks", "questions", the "Bullets"
#: of "MedBullets"; not an acronym's capital S, "DocVQAS"): summaries drop or add the s.
_PLURAL_WORD = re.compile(
    # (nor a singular in -is, -us or -ics, "Aegis", "Nexus", "Physics"; the s may run
    # into a number or a capital, "Earnings22", "ArtifactsBench", and the word start
    # after one, "7Scenes")
    r"(?:\b|(?<=[a-z\d])(?=[A-Z]))([A-Za-z][a-z]{2,}[a-hj-rtv-z])(?<!ic)s(?:\b|(?=[\dA-Z]))"
)
#: Words after a name that only call it a benchmark ("HLE benchmark", "DeepMindControlSuite").
_CALLED_A_SET = r"benchmarks?|datasets?|suite|leaderboard"
#: The same in capitals, in a word of a longer name ("GEOM-DRUGS" is "GEOM-Drugs",
#: "KNAVES" "Knaves"; "TRECNEWS" and "HADES benchmark" stay whole, as "HADES" does); an
#: acronym with a small letter keeps its S ("DocVQAS").
_CAPITAL_PLURAL = re.compile(
    # (not before a number: "APTOS 2019" is APTOS's 2019 edition, as "APTOS2019" is)
    rf"(?:(?<=[\s\-_])|\b(?=\w+[\s\-_](?!(?i:{_CALLED_A_SET})$)(?!\d)))"
    r"([A-Z]{3,}[A-HJ-RTV-Z])(?<!IC)S\b"
)


#: "the Verified subset of SWE-bench" is "SWE-bench Verified".
_SUBSET_OF = re.compile(
    r"^(?:the\s+)?(\S+)\s+(?:subset|split|set|partition|portion|track)\s+of\s+(?:the\s+)?(.+)$",
    re.IGNORECASE,
)
#: Words after a name that do not change the benchmark; "test" alone is its test
#: split, which is what a reported number is on ("ImageNet-Test").
_TAIL = re.compile(
    rf"(?:[\s\-_]+(?:{_CALLED_A_SET}|tasks?|evaluation|"
    # where an agent is run: "OSWorld environment", "Atari games" (not "-Env",
    # which ends names such as "VirtualHome-Env")
    r"environments?|simulator|games|domains?|"
    r"(?:test|validation|val|dev|eval)?[\s\-_]*(?:sets?|splits?|subsets?))|\s+scores?"
    r"|[\s\-_]+(?:test|testset))+$"
)
#: The same words glued on after separators are dropped ("DeepMindControlSuite").
_GLUED_TAIL = re.compile(rf"(?<=\w\w)(?:{_CALLED_A_SET})$")
#: A "Test" written apart at the end of a name ("XS-Test"), which a registry name may glue on.
TEST_WORD = re.compile(r"[\s\-_]+(?=(?i:tests?)$)")
_PLUS_WORD = re.compile(r"[\s\-_]+plus$")
_ENGLISH_WORD = re.compile(r"(?:[\s\-_]+|(?<=[a-z]{3}))english$")
#: Markdown emphasis or code, or quotes, around the whole name ("**AIME 2024**").
_MARKUP = re.compile(r"^(\*{1,3}|_{1,3}|`|\")(.+?)\1$")
_QUOTED = re.compile(r"^“(.+?)”$")


#: Which way is better, as tables mark a column: "GenEval Overall ↑", "(FID↓)".
_DIRECTION = re.compile(r"\s*[↑↓]")


def unwrap(name: str) -> str:
    """``name`` without Markdown or quotes around it, nor a table's arrow saying which
    way is better: ``**AIME 2024**`` -> ``AIME 2024``, ``GenEval ↑`` -> ``GenEval``."""
    text = _DIRECTION.sub("", name).strip()
    return _QUOTED.sub(r"\1", _MARKUP.sub(r"\2", text)).strip()


#: The first version written out at the end, which papers write or leave out as they go
#: (the registry lists "LongBench v1", "LVIS v1.0" as aliases; "SeedVideoBench-1.0"); not
#: a name's own 1 ("ARC-AGI-1", "AISHELL-1"), nor a V1 glued on without a point ("LoCoV1").
FIRST_VERSION = re.compile(r"(?:[\s\-_]+v(?:ersion\s?)?1(?:\.0)?|v1\.0|(?<=[\s\-_])1\.0)\s*$")
_VERSION_WORD = re.compile(r"(?<![a-z])(?:version|ver\.?)\s*(?=\d)")
#: "Lv.3", "Lvl 5", and "L1" last after a name, of a level: "GAIA Lv.3" and "GAIA L3" are
#: "GAIA Level 3"
_LEVEL_WORD = re.compile(r"(?<![a-z])(?:lv\.?|lvl\.?|(?<=\s)l(?=\d$))\s*(?=\d)")
_MONTH_WORD = re.compile(
    r"(january|february|march|april|june|july|august|september|october|november|december|"
    r"sept)\.?(?=[\s\-_']*\d)"
)
_YEAR_FIRST = re.compile(r"^(20[0-3]\d)\s+([A-Za-z].*)$")
#: A month written after its year, "HMMT 2025 Feb" and "HMMT 2025 (February)": after
#: ``_MONTH_WORD`` has cut the month to three letters, it goes before the year.
_YEAR_THEN_MONTH = re.compile(
    # a two-digit year set apart, or a recent one glued to the name with the month set
    # apart after it ("HMMT25 (Feb)" is HMMT Feb 2025; "CIFAR10 Aug" keeps its 10)
    r"(?<![\d.])(20[0-3]\d|(?<=\s)[0-3]\d|(?<=[a-z])2[3-9](?=[\s\-_]))[\s\-_]*(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|tember|t|ober|ember)?\.?(?![a-z])"
)
_RESOLUTION_FIRST = re.compile(r"^(\d{2,4}\s*[x×]\s*\d{2,4}|\d{3,4}p)\s+([A-Za-z].*)$")
#: A date window written with dots, "25.02-25.05", is the same window as "2502-2505".
_DOTTED_WINDOW = re.compile(r"(?<![\d.])\d{2}\.\d{2}\s*[-–~/]\s*\d{2}\.\d{2}(?![\d.])")
_YEAR = re.compile(r"(?<![\d.])20([0-3]\d)(?![\d])")
# (not the v of a month folded to "nov", "HMMTNovember2025", nor a name's own V before
# a count, "JailBreakV28K")
_VERSION_V = re.compile(r"(?<=[a-z\s\-_(])(?<!no)v(?=\d)(?!\d+k\b)")
_POINT_ZERO = re.compile(r"(?<=\d)\.0(?![\d])")
_SQUARE = re.compile(r"(?<!\d)(\d{2,4})\s*x\s*\1(?!\d)")
_DOT_NOT_DECIMAL = re.compile(r"\.(?!\d)|(?<!\d)\.")
_DROP = re.compile(r"[^\w+#*.&@]|_")
#: An article after a preposition inside a name, which writers put in or leave out
#: as they go: "Needle in a Haystack", "Needle-in-the-Haystack" (not "ImageNet-A").
_INNER_ARTICLE = re.compile(
    r"(?<=\w)([\s\-_]+(?:in|of|on|for|to|at|from|with|by|into)[\s\-_]+)(?:a|an|the)[\s\-_]+(?=\w)"
)


def _greek_name(match: re.Match) -> str:
    """The English name of a Greek letter (τ -> tau): benchmarks are written both ways."""
    return unicodedata.name(match.group(), "").rsplit(" ", 1)[-1].lower()


@functools.lru_cache(maxsize=65_536)
def fold(name: str) -> str:
    """The lookup key of a benchmark or metric name: ``AIME'25``, ``AIME 2025`` and
    ``aime-25`` all give ``aime25``; ``HumanEval+`` keeps its ``+``; ``τ-bench``
    and ``TAU-bench`` give ``taubench``; "the Lite subset of SWE-bench" gives
    ``swebenchlite``; "Tank and Temples" gives ``tankandtemple`` like "Tanks &
    Temples"."""
    return fold_as(name, singular=True)


#: Letters with a stroke, which no Unicode decomposition takes apart ("LLMzSzŁ").
_STROKED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d"})


def _without_accents(text: str) -> str:
    """``text`` with its letters' accents and strokes dropped: "Touché" is written
    "Touche" too, "LLMzSzŁ" "LLMzSzL"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_STROKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_as(name: str, singular: bool, articles: bool = False) -> str:
    """``fold`` with the plural s kept (``singular`` false) or inner articles kept
    (``articles``): the other keys a registry spelling is found under."""
    text = unwrap(_without_accents(unicodedata.normalize("NFKC", name)))
    text = _SPELLED_RE.sub(lambda m: _SPELLED[m.group()], text)
    text = _GREEK_LETTER.sub(_greek_name, text.replace("ς", "σ"))
    text = _APOSTROPHE.sub("", text)
    text = _LEAD.sub("", text)
    if singular:
        text = _PLURAL_WORD.sub(r"\1", text)
        text = _CAPITAL_PLURAL.sub(r"\1", text)
    text = _YEAR_FIRST.sub(r"\2 \1", text)  # "2024 AIME" is "AIME 2024"
    text = _RESOLUTION_FIRST.sub(r"\2 \1", text)  # "256x256 ImageNet" is "ImageNet 256x256"
    subset = _SUBSET_OF.match(text)
    if subset:
        text = f"{subset.group(2)} {subset.group(1)}"
    text = text.lower().replace("(", " ").replace(")", " ").strip()
    if not articles:
        text = _INNER_ARTICLE.sub(r"\1", text)
    text = _TAIL.sub("", text)
    text = _ENGLISH_WORD.sub(" en", text)  # "AGIEval English" is "AGIEval-en"
    text = _PLUS_WORD.sub("+", text)
    text = _MONTH_WORD.sub(lambda m: m.group(1)[:3], text)  # "November 2025" is "Nov 2025"
    text = _YEAR_THEN_MONTH.sub(r"\2 \1", text)
    text = _DOTTED_WINDOW.sub(lambda m: m.group().replace(".", ""), text)
    text = _YEAR.sub(r"\1", text)
    text = FIRST_VERSION.sub("", text)  # "DOTA-v1.0" is DOTA, as "LongBench v1" is LongBench
    text = _VERSION_WORD.sub("", text)  # "version 2" is "v2"
    text = _LEVEL_WORD.sub("level ", text)
    text = text.replace(" & ", " and ")  # "Tanks & Temples"
    text = _VERSION_V.sub("", text)
    text = _POINT_ZERO.sub("", text)
    text = _SQUARE.sub(r"\1", text)
    text = _DOT_NOT_DECIMAL.sub("", text)
    text = _DROP.sub("", text)
    return _GLUED_TAIL.sub("", text)


WRITTEN_SPLIT = re.compile(
    r"^(?P<base>.+?)[\s\-_]*[(\[]?\s*(?P<split>test[\s\-_]?(?:dev|mini|std)|testmini|test|"
    # "MMMU test set" is MMMU's test split as "MMMU (test)" is
    r"validation|val|dev)(?:[\s\-_]+(?:set|split))?\s*[)\]]?$",
    re.IGNORECASE,
)


def split_key(split: str) -> str:
    """One spelling of a split: "validation" is "val", "test-mini" "testmini"."""
    key = re.sub(r"[\s\-_]", "", split.lower())
    return "val" if key == "validation" else key
