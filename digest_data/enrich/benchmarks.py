"""Benchmark and metric names: a name as a summary writes it in, one canonical name out.

``canonical_benchmark`` folds what does not change which leaderboard a number
belongs to (case, spaces, hyphens, apostrophes, Markdown or quotes around it, a
"v" or "version" before a version, "2.0" vs "2", 2- vs 4-digit years, a year
first, month names, "256x256" vs "256", Greek letters vs their names, a leading
"the" and a trailing "benchmark", "the X subset of Y"; a metric, setting, tool
use, sample count, date window or model after the name or in brackets, alone or
in a list; a long name with its acronym; plain words describing it) and keeps
what does (versions, splits, sizes, variants such as a ``+`` or a tag after a
known name, "BrowseComp-VL").
tests/test_benchmark_variants.py checks this on spellings generated for every
registry benchmark. A folded name found in the registry (``benchmarks.toml``) gives the
registry's name; another gives the folded key itself, so that the spellings of an
unknown benchmark still meet. A string that names a model, a model size, hardware,
a metric, a method, a framework or language, or a generic phrase gives ``None``.

``canonical_metric`` does the same for metric names (``pass@1 accuracy`` ->
``pass@1``), and ``better`` says whether a higher or lower value wins.
"""

from __future__ import annotations

import functools
import re

from .bench_fold import FIRST_VERSION, TEST_WORD, WRITTEN_SPLIT, fold, split_key, unwrap
from .bench_language import LANGUAGES, language_tag
from .bench_registry import (
    Benchmark,
    Better,
    Registry,
    RegistryError,
    load_registry,
    parse_registry,
)
from .other_names import (
    ends_in_generic_head,
    is_common_word,
    names_a_2025_model_or_org,
    names_a_model,
    names_a_model_family,
    names_only_others,
    names_something_else,
    says_benchmark,
)

#: Part of the build cache key (with the registry's hash): bump when the rules change.
BENCHMARKS_VERSION = "b75"  # what each version changed: tests/data/BENCHMARK_NAMES.md

__all__ = [
    "BENCHMARKS_VERSION",
    "Benchmark",
    "Better",
    "Registry",
    "RegistryError",
    "fold",
    "load_registry",
    "parse_registry",
]

# --- what is not a benchmark -----------------------------------------------------------


def _not_benchmark(name: str, key: str, registry: Registry) -> bool:
    return (
        not any(ch.isalpha() for ch in key)
        or key in registry.metric_keys
        or _metric_pattern(key) is not None
        or bool(_ANY_AT_K.match(key))  # "HR@10", "HIT@5": a measure at k, whatever its letters
        or _versioned_metric(key, registry)
        or bool(_PASS_HAT.match(name.strip()))
        or bool(_BEST_OF.match(name.strip()))
        or bool(_HARDWARE_LAST.search(name.strip()))
        or bool(_INSTITUTION.search(name))
        or key in registry.not_benchmarks
        or run_setting(name)  # "5-shot", "w/o CoT", "32K context"
        or bool(_VERSIONS_ONLY.match(name))  # "v6", "v5 and v6": a version of what?
        or names_something_else(name, key)
        or names_a_2025_model_or_org(name)
        or names_only_others(name.split(), registry.lists_as_other)
    )


_METRIC_VERSION = re.compile(r"\d+(?:\.\d+)*k?$")
_ANY_AT_K = re.compile(r"^[a-z]{1,12}@\d")
#: The best of several samples: "best-of-8", "Best-of-N" (a way to run, no benchmark).
_BEST_OF = re.compile(r"^best[\s\-]?of[\s\-]?(?:\d+|[nk])$", re.IGNORECASE)
#: Hardware by its maker or its kind: "NVIDIA DRIVE Thor", "AMD Instinct MI325X",
#: "Ironwood TPU" (a registry benchmark after a maker is the maker's: "NVIDIA ChatRAG Bench").
_HARDWARE_MAKER = re.compile(
    r"^(?:NVIDIA|Nvidia|AMD|Intel|Qualcomm|Cambricon|MetaX|Hygon|Huawei|Moore\s+Threads|Biren"
    r"|Iluvatar|Enflame)\s+(?P<rest>\S.*)$"
)
#: A word of an institution's name: "ELLIS Institute Tübingen", "Renmin University",
#: "Sky Computing Lab" (not "School": "High School Physics" is a subject).
_INSTITUTION = re.compile(r"\b(?:University|Institute|College|Academy|Laboratory|Labs?)\b")
_HARDWARE_LAST = re.compile(r"\s(?:TPU|GPU|NPU|TPUs|GPUs|NPUs)$")
_VERSIONS_ONLY = re.compile(r"^\s*[vV]\d+(?:\.\d+)*(?:\s*(?:,|and|&)\s*[vV]?\d+(?:\.\d+)*)*\s*$")


def _versioned_metric(key: str, registry: Registry) -> bool:
    """A metric with a version or sample count ("HPSv3", "BLEU-4", "FID-30K"): a
    new version of a metric is still a metric, not a benchmark."""
    head = _METRIC_VERSION.sub("", key)
    return head != key and len(head) >= 3 and _only_a_metric(head, registry)


def _only_a_metric(key: str, registry: Registry) -> bool:
    """Whether the folded ``key`` is a registry metric's and no benchmark's ("pass@1",
    not "Quix VQA"'s "VQA")."""
    return key in registry.metric_keys and key not in registry.benchmark_keys


_ACRONYM = re.compile(r"^(?:[A-Z]|[a-z](?=[A-Z]))[A-Za-z\d\-]{1,9}$")
_INITIAL = re.compile(r"(?:^|(?<=[\s\-_/]))[A-Za-z]|[A-Z]")


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an acronym of ``long``: its letters are initials or
    capitals of ``long``, in order, from the first ("OMW" of "Open Multilingual
    WordNet", "HLE" of "Humanity's Last Exam"), or every word's initial with more
    letters of the word after it ("MAIR" of "MAssive Instructed Retrieval", "RTEB"
    of "ReTrieval Embedding Benchmark"); not a subset tag ("EN", "ABC-D")."""
    if not _ACRONYM.match(short.strip()) or len(long.strip()) < len(short.strip()) + 3:
        return False
    letters = [ch for ch in short if ch.isupper()]
    if short[:1].islower():
        letters.insert(0, short[0].upper())  # "uCO3D" of "UnCommon Objects in 3D"
    if len(letters) < 2:
        return False
    if len(letters) >= 3 and _spells_each_word("".join(letters), _WORD.findall(long)):
        return True
    initials = iter(m.group().upper() for m in _INITIAL.finditer(long.strip()))
    if next(initials, None) != letters[0]:
        return False
    return all(any(ch == initial for initial in initials) for ch in letters[1:])


_WORD = re.compile(r"[A-Za-z]+")
#: What a name calls itself, which its acronym may leave out last.
_SET_WORDS = frozenset({"benchmark", "dataset", "suite", "leaderboard", "bench"})


def _spells_each_word(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` start with each of ``words``' initials in turn, each maybe
    followed by later letters of its own word; joining words and a last "Benchmark"
    may be left out. At least two words must be spelled."""

    def spells(i: int, j: int, spelled: int) -> bool:
        if j == len(words):
            return i == len(letters) and spelled >= 2
        word = words[j].upper()
        lower = words[j].lower()
        if (lower in _JOINING or (lower in _SET_WORDS and j == len(words) - 1)) and spells(
            i, j + 1, spelled
        ):
            return True
        if i == len(letters) or letters[i] != word[0]:
            return False
        rest, at = word[1:], 0
        for n in range(len(letters) - i):
            if n:  # one more letter of this word, after the last one used
                found = rest.find(letters[i + n], at)
                if found < 0:
                    return False
                at = found + 1
            if spells(i + n + 1, j + 1, spelled + 1):
                return True
        return False

    return spells(0, 0, 0)


_JOINING = frozenset({"of", "the", "and", "in", "on", "for", "a", "an", "to", "with", "from"})


def _spelled_out(name: str, registry: Registry) -> str | None:
    """The registry benchmark named by an acronym that ``name`` spells out
    ("Weapons of Mass Destruction Proxy" is WMDP, "Massive Multitask Language
    Understanding" MMLU): three or more capitalised words whose initials, in
    order and none skipped, are the acronym, which is not also a metric's."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w.lower() not in _JOINING]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    if names_a_2025_model_or_org(name):
        return None  # "Meta Superintelligence Labs" is a laboratory, not MSL
    initials = "".join(w[0] for w in words)
    named = registry.benchmark_keys.get(fold(initials))
    if named is not None and named == initials and fold(initials) not in registry.metric_keys:
        return named
    # an acronym with small letters: "Chemical Text Embedding Benchmark" is ChemTEB
    found = [
        short for short in _acronyms_by_capitals().get(initials, ()) if _word_starts(short, words)
    ]
    return found[0] if len(found) == 1 else None


#: A word of a name spelt out: a capital then small letters.
_TITLE_WORD = re.compile(r"[A-Z][a-z'’]+")
#: Last words a name is written with or without ("Visual Haystacks Benchmark"), which
#: its initials leave out as its key does; "Plus" marks a variant ("Lean Workbook Plus").
_LEFT_OUT_LAST = frozenset(
    {
        "benchmark",
        "benchmarks",
        "dataset",
        "datasets",
        "suite",
        "leaderboard",
        "test",
        "tasks",
        "task",
        "evaluation",
        "set",
        "split",
        "subset",
        "environment",
        "environments",
    }
)


def _initials(name: str) -> str | None:
    """The capitals a name spelt out in three or more title-case words gives its
    acronym ("Aria Digital Twin" ADT, "Automated Cardiac Diagnosis Challenge" ACDC;
    joining words and a last "Benchmark" left out), else ``None``: not a hyphenated
    name ("Tic-Tac-Toe" is no TTT), a variant ("... Plus"), an institution's name, nor
    everyday words alone, which describe a task ("Artificial Analysis Arena")."""
    words = [w for w in name.split() if w.lower() not in _JOINING]
    while words and words[-1].lower() in _LEFT_OUT_LAST:
        words.pop()
    if (
        len(words) < 3
        or not all(_TITLE_WORD.fullmatch(w) for w in words)
        or words[-1] == "Plus"
        or _INSTITUTION.search(name)
        or all(is_common_word(w) for w in words)
    ):
        return None
    return "".join(w[0] for w in words)


def _initials_key(name: str, registry: Registry) -> str | None:
    """An unknown name spelt out is keyed by its initials, which papers write too
    ("Aria Digital Twin" and "ADT"); not a model's or an organisation's name, nor
    initials the registry gives another benchmark, a metric or what is never one."""
    initials = _initials(name)
    if initials is None or names_a_2025_model_or_org(name) or fold(name) in registry.organisations:
        return None
    key = fold(initials)
    taken = key in registry.benchmark_keys or key in registry.metric_keys
    return None if taken or registry.lists_as_other(initials) else key


def _word_starts(short: str, words: list[str]) -> bool:
    """Whether each capital of ``short`` with the small letters after it begins the
    word it stands for, one of them a word's first three letters or more that is no
    "Bench": "Chem" of "Chemical" in ChemTEB (not "Bar" of "Benchmark", nor LVBench
    for "Long Video Benchmark", nor a name with a digit, GSM1k, which the words lack)."""
    if any(ch.isdigit() for ch in short):
        return False
    parts = re.findall(r"[A-Z][a-z]*", short)
    return (
        len(parts) == len(words)
        and all(w.lower().startswith(p.lower()) for p, w in zip(parts, words, strict=True))
        and any(len(p) >= 3 and not "benchmark".startswith(p.lower()) for p in parts)
    )


@functools.cache
def _acronyms_by_capitals() -> dict[str, tuple[str, ...]]:
    """The registry's acronym-shaped names with small letters in them ("ChemTEB",
    "FinMTEB"), by their capitals."""
    out: dict[str, list[str]] = {}
    for name in load_registry().benchmarks:
        capitals = "".join(ch for ch in name if ch.isupper())
        if _ACRONYM.match(name) and len(capitals) >= 3 and capitals != name.replace("-", ""):
            out.setdefault(capitals, []).append(name)
    return {capitals: tuple(names) for capitals, names in out.items()}


#: A title: capitalised words, with lowercase short words between ("Stack in Order").
_TITLE = re.compile(
    r"^[A-Z][a-z]+(?:\s+(?:(?:of|in|on|or|and|the|a|an|to|for|no|with)\s+)?[A-Z][a-z]+)+$"
)


#: A last word naming a process, which makes a task or method ("Object Detection",
#: "Flow Matching", "Low Rank Adaptation"), not a title.
_PROCESS_WORD = re.compile(r"(?:ing|tion|sion|sis|ment|ness|ity|ance|ence)$")


def _is_title(name: str, registry: Registry) -> bool:
    """A name of two or more capitalised words ("Stack in Order", "Natural Plan",
    "Google Football"): words this common are a phrase when they stand alone or
    are joined by hyphens ("Large", "Real-World"), but a title is a name, unless it
    ends like a generic phrase, a task or method, or names a model or organisation."""
    return (
        bool(_TITLE.match(name.strip()))
        and not _PROCESS_WORD.search(name.split()[-1])
        and _none_of_the_others(name, registry)
    )


def _none_of_the_others(name: str, registry: Registry) -> bool:
    """Whether ``name`` neither ends like a generic phrase nor names a model,
    method or organisation by the rules and lists."""
    words = name.split()
    return not (
        ends_in_generic_head(name)
        or names_a_model(name)
        or names_a_2025_model_or_org(name)
        or names_only_others(words, registry.lists_as_other)
        or fold(name) in registry.not_benchmarks
        or fold(name) in registry.metric_keys  # "Win Rate", "Success Rate" in title case
    )


#: A known benchmark's name and one more capitalised word or tag after it.
_EXTENDED = re.compile(r"^(.+?)[\s\-_]+([A-Z][\w.+]*)$")
#: A known benchmark and a named split: "WenetSpeech test-net", "LibriSpeech dev_clean".
# (the head ends on a non-space, so a run of spaces is split one way only: linear)
_SPLIT_TAG = re.compile(
    r"^(\S(?:.*\S)?)[\s_]+(?:test|dev|val|eval)[\-_](?!(?:sets?|splits?|subsets?)$)[a-z]\w*$",
    re.IGNORECASE,
)


def _extends_a_benchmark(name: str, registry: Registry) -> bool:
    """A variant of a registry benchmark written as its name and a tag
    ("BrowseComp-VL", "CharXiv-Reasoning", "MMBench-GUI"): a benchmark of its own,
    even when the tag alone reads like a model mark or a generic word; a model
    family after the name ("MMLU GPT-4o") is not such a tag."""
    if (split := _SPLIT_TAG.match(name.strip())) and fold(split[1]) in registry.benchmark_keys:
        return True
    match = _EXTENDED.match(name.strip())
    return (
        match is not None
        and fold(match.group(1)) in registry.benchmark_keys
        and not names_a_model_family(match.group(2))
    )


#: A known benchmark's acronym with a word glued on before it ("MedHELM", "CMMLU").
_WORD_AND_ACRONYM = re.compile(r"^([A-Z][a-z]*)[\-_]?([A-Z][A-Z\d]{2,}(?:-[A-Z\d]+)?)$")


def _prefixes_a_benchmark(name: str, registry: Registry) -> bool:
    """A variant of a registry benchmark written as a word and its acronym
    ("MedHELM"): a benchmark of its own, though it ends like a model mark ("LM")."""
    match = _WORD_AND_ACRONYM.match(name.strip())
    return (
        match is not None
        and fold(match.group(2)) in registry.benchmark_keys
        and fold(match.group(2)) not in registry.metric_keys
        and not names_a_model_family(match.group(1))
    )


#: A name and a count of thousands: "DREAM-1K", "ShareGPT-90K".
_THOUSANDS_TAIL = re.compile(r"^(?P<head>[A-Za-z][\w\-]*?)[\-_\s]\d+(?:\.\d+)?[Kk]$")


def _counted_set(name: str, key: str, registry: Registry) -> bool:
    """A set of items named with its size in thousands ("DREAM-1K"), even when named
    in capitals like a model; not a metric with a sample count ("FID-30K"), nor a model
    with its context length ("Claude-100K", "LongChat-7B-16K")."""
    counted = _THOUSANDS_TAIL.match(name.strip())
    if not counted or key in registry.metric_keys or _versioned_metric(key, registry):
        return False
    head = counted["head"]
    return not any(ch.isdigit() for ch in head) and (
        head.isupper() or not names_a_model_family(head)
    )


# --- the public functions --------------------------------------------------------------


#: No benchmark's name, qualifiers included, is longer (the longest written in the
#: corpus and the labels is 42 characters). A longer string, a pasted link, is
#: none; each trailing qualifier is also one more level of the recursion below.
LONGEST_NAME = 200


#: A context length written after an "@": "RULER@128K" is RULER at 128K.
_AT_LENGTH = re.compile(r"^(?P<head>.*[^\s@])\s?@\s?(?P<length>\d+(?:\.\d+)?\s?[kKmM])$")


@functools.lru_cache(maxsize=65_536)
def canonical_benchmark(name: str) -> str | None:
    """The canonical name of the benchmark ``name`` writes, ``None`` when ``name``
    is not a benchmark at all (a model, size, hardware, metric, method, framework,
    language or generic phrase). Unknown benchmarks give their folded key.

    A qualifier that does not change the benchmark is dropped: a metric or an
    evaluation setting after it or in brackets ("GSM8K accuracy", "MMLU (5-shot)",
    "AIME 2024 (pass@1)"); a bracketed name is tried too ("Berkeley Function
    Calling Leaderboard (BFCL)")."""
    name = unwrap(name) if name else name
    if not name or len(name) > LONGEST_NAME:
        return None
    if (other := _other_split(name)) is not None:
        return other
    if (at := _AT_LENGTH.match(name.strip())) and canonical_benchmark(at["head"]) in (
        load_registry().benchmarks
    ):
        return canonical_benchmark(f"{at['head']} {at['length']}")  # "RULER@128K"
    if _PLURAL_PHRASE.match(name.strip()):  # "math benchmarks" is not MATH
        return None
    registry = load_registry()
    if (setting := _in_a_setting(name, registry)) is not None:
        return setting
    key = fold(name)
    if key in registry.benchmark_keys:
        if _first_of_a_later(name, registry.benchmark_keys[key]):
            return f"{key}1"  # its first version, which the registry does not list
        return registry.benchmark_keys[key]  # "squad dataset" is SQuAD
    if (glued := _test_glued_on(name, registry)) is not None:
        return glued
    if _everyday_set(name):
        return None  # "public leaderboard", "held-out test set" name none
    if key.endswith("plus") and len(key) > len("plus") + 2:
        key = key.removesuffix("plus") + "+"  # "HumanEvalPlus", but "EvalPlus" is known
    if key in registry.benchmark_keys:
        return registry.benchmark_keys[key]
    versioned = _versioned(name, registry)
    if versioned is not None:
        return versioned
    if (tagged := _in_a_language(name, registry)) is not None:
        return tagged
    bracketed = _BRACKETED.match(name.strip())
    if bracketed:
        outside, inside = bracketed.group(1), bracketed.group(2)
        if (
            outside
            and FIRST_VERSION.search(outside)
            # the plain name, not the first of a later one ("NYU Depth v1")
            and canonical_benchmark(outside) in registry.benchmarks
        ):  # "Terminal-Bench 1.0 (Core)"
            return canonical_benchmark(f"{FIRST_VERSION.sub('', outside)} ({inside})")
        if outside and fold(inside) == fold(outside):
            return canonical_benchmark(outside)  # "tau-bench (τ-bench)": one name twice
        if (swapped := fold(f"{inside} {outside}")) in registry.benchmark_keys:
            return registry.benchmark_keys[swapped]  # "ObjectNav (HM3D)" is HM3D ObjectNav
        if (
            _NAME_SHAPED_INSIDE.search(inside)
            and fold(inside) in registry.benchmark_keys
            and not (len(inside.split()) > 1 and _MEASURE_HEAD.search(inside.strip()))
        ):
            # "... (BFCL)"; not a description that is some entry's alias too, as in
            # "XSTest (over-refusal)", nor a measure ("VBench (Quality Score)")
            return registry.benchmark_keys[fold(inside)]
        if (
            outside
            and _only_a_metric(fold(outside), registry)
            and not NAME_SHAPED.search(inside)
            and fold(inside) not in registry.benchmark_keys
        ):
            return None  # "F1 (change class)": a measure and what it is of ("F1 (squad)" is SQuAD)
        for short, long in ((inside, outside), (outside, inside)):
            if long and abbreviates(short, long):
                if fold(long) not in registry.benchmark_keys and _MEASURE_LAST.search(long):
                    return None  # "Navigation Error (NE)", "oracle success rate (OSR)"
                # "Open Multilingual WordNet (OMW)": one name under two spellings, the
                # registry's if it knows the long one, else the short one, which the
                # rest of a summary goes on to use; neither when it is not a benchmark.
                # (the long one when the short one only reads as no benchmark, "(VHs)",
                # not when it is listed as none, "(RLHF)")
                return (
                    registry.benchmark_keys.get(fold(long))
                    or canonical_benchmark(short)
                    or (None if registry.lists_as_other(short) else canonical_benchmark(long))
                )
        parts = [part for part in _LIST.split(inside.strip()) if part]
        if outside and (held := _HELD_AT.match(inside.strip())):
            # "CRAG-MM (KDD Cup 2025)": where it was set; its edition that year when
            # the registry keeps editions apart ("STS (SemEval 2016)" is STS16)
            base = canonical_benchmark(outside)
            edition = registry.benchmark_keys.get(fold(f"{outside} {held['year']}"))
            if edition or base is not None:
                return edition or base
        if outside and (counted := _counted_among(parts)):
            # "GPQA Diamond (198 questions)", "MMMU (val, 900 Qs)": how many it holds,
            # unless the registry keeps that size apart ("MATH (500 problems)" is
            # MATH-500); the other parts are read as if written alone ("DocVQA (val,
            # 5,349 questions)" is DocVQA (val), "BrowseComp (English, 1,266 Qs)" BrowseComp)
            count, rest = counted
            sized = _sized(outside, count, registry)
            if sized and all(_is_qualifier(part, registry) for part in rest):
                return sized
            return canonical_benchmark(f"{outside} ({', '.join(rest)})" if rest else outside)
        if outside and (split := _split_among_settings(outside, parts, registry)) is not None:
            return split  # "DocVQA (val, ANLS)" is DocVQA's val split, as "DocVQA (val)"
        if (
            outside
            and not _window_of_its_own(inside, outside)
            and (
                _says_how_run(inside, registry)
                # "(Terminus-2, acc.)": the scaffold and the measure
                or (len(parts) > 1 and all(_says_how_run(p.strip(), registry) for p in parts))
            )
        ):
            return canonical_benchmark(outside)
        if outside and (tracks := _subtitle_tracks(parts)) != parts:
            return canonical_benchmark(f"{outside} ({', '.join(tracks)})")  # "no subs", "w/o subs"
        # (a track with or without subtitles stays: "(long, w/ subs)"; tools, with or
        # without, say how a model was run: "(text-only, w/o tools)", as "(w/ tools)"
        # alone does); its acronym, three letters or more, is its name ("(EN, FR)" are
        # languages)
        acronyms = [
            part
            for part in parts
            if outside and len(part.strip()) >= 3 and abbreviates(part.strip(), outside)
        ]
        kept = [
            part
            for part in parts
            if (not _is_qualifier(part, registry) or _SUBTITLED_TRACK.match(part.strip()))
            and part not in acronyms
        ]
        if acronyms and not kept:
            return canonical_benchmark(outside)  # "Humanity's Last Exam (HLE, no tools)"
        if outside and len(kept) > 1 and (same := _one_among_parts(outside, kept, registry)):
            return same  # "SimplerEnv (Bridge, WidowX)": two names of one track
        if outside and len(parts) > 1 and len(kept) == 1:
            # a subset or version among settings: "CharXiv (RQ, val)" is CharXiv RQ,
            # "LiveBench (v2, pass@1)" LiveBench v2
            return canonical_benchmark(f"{outside} {kept[0]}")
    spelled = _spelled_out(name, registry)
    if spelled is not None:
        return spelled
    if (made := _HARDWARE_MAKER.match(name.strip())) and (
        canonical_benchmark(made["rest"]) not in registry.benchmarks
    ):
        return None  # a maker's product, no benchmark of theirs
    owned = _after_its_owner(name, registry)
    if owned is not None:
        return owned
    if (held := _HELD_AT_FIRST.match(name.strip())) and (
        named := canonical_benchmark(held["rest"])
    ) in registry.benchmarks:
        # "ICDAR 2019 SROIE" is SROIE (not "ICDAR 2015 with OpenHands"); "MICCAI 2021
        # BraTS" the registry's BraTS 2021 when it keeps that edition apart
        return registry.benchmark_keys.get(fold(f"{held['rest']} {held['year']}"), named)
    sized = _at_resolution(name, registry)
    if sized is not None:
        return sized
    heads = _before_qualifier(name, registry)
    for head in heads + _undescribed(name):  # "Spider accuracy", "AIME 2024 problems"
        named = canonical_benchmark(head)
        if named in registry.benchmarks:
            return named
    if (thousands := _in_thousands(key, registry)) is not None:
        return thousands
    bench_key = registry.benchmark_keys.get(key + "bench")
    if bench_key and _SAYS_BENCH.search(name):  # "DPG benchmark" is DPG-Bench
        return bench_key
    named = (
        _extends_a_benchmark(name, registry)
        or _prefixes_a_benchmark(name, registry)
        or _counted_set(name, key, registry)
        or _is_title(name, registry)
    )
    if not named and _not_benchmark(name, key, registry):
        return None
    if heads:
        head = canonical_benchmark(heads[0])
        # "Open ASR Leaderboard": not "Open", cut before a metric, when it says it
        # is a benchmark.
        if head is not None or not says_benchmark(name):
            return head
    if bench_key and len(key) >= 4:  # "ChronoMagic" for ChronoMagic-Bench
        return bench_key
    if (tagged := _tag_of_a_known(name, registry)) is not None:
        return tagged
    if (
        (contest := _CHALLENGE_LAST.match(name.strip()))
        and (named := canonical_benchmark(contest["head"])) is not None
        and fold(named).startswith(fold(contest["head"].split()[0]))
    ):
        # "URGENT 2025 Challenge" is URGENT 2025; not when the rest is read as another
        # name's spelling ("VoxCeleb Speaker Recognition" is no VSR)
        return named
    if (initials := _initials_key(name, registry)) is not None:
        return initials
    # An unknown name with and without a last "Bench" is one benchmark
    # ("AV-Odyssey Bench" and "AV-Odyssey"), unless what is left is a short
    # acronym that may name something else ("ECGBench" is not "ECG").
    return _BENCH_END.sub("", key) if len(key) >= len("bench") + 4 else key


def _tag_of_a_known(name: str, registry: Registry) -> str | None:
    """The key of a registry benchmark with a tag the registry does not list, built on
    the registry's name, so that the tag after any of its names is one benchmark
    ("HLE (text-only)", "HLE text-only" and "Humanity's Last Exam (text-only)")."""
    split = _head_and_tag(name.strip(), registry)
    if split is None:
        return None
    head, written_tag = split
    tag = fold(written_tag)
    named = registry.benchmark_keys.get(fold(head))
    pair = _BRACKETED.match(head)
    if named is None and pair and any(map(abbreviates, pair.groups(), reversed(pair.groups()))):
        named = canonical_benchmark(head)  # its name and acronym: "Humanity's Last Exam (HLE)"
    if (
        named is None
        or fold(named) == fold(head)
        or not tag
        or tag in _SET_WORDS
        or tag in registry.benchmark_keys  # a name before another: "X-MMLU"
        # a size the alias leaves out, which the tag would stand beside: "WebVid-2M" is
        # no size of WebVid-10M
        or (_SIZE_LAST.search(fold(named)) and not _SIZE_LAST.search(fold(head)))
    ):
        return None
    # (a tag the registry's name already says: "LIBERO-10 (Long)" is LIBERO-Long)
    if len(tag) >= 3 and tag in fold(named):
        return named
    built = fold(f"{named} {written_tag}")
    return registry.benchmark_keys.get(built, built)


_SIZE_LAST = re.compile(r"\d+(?:\.\d+)?[kmb]?$")
_CUT = re.compile(r"[\s\-_]+")


def _head_and_tag(name: str, registry: Registry) -> tuple[str, str] | None:
    """``name`` cut into a head and the tag after it: the bracket's inside, else the
    rest after the longest head that is a registry spelling (not cut to one: "CVDN
    Val" is no alias of CVDN)."""
    bracketed = _BRACKETED.match(name)
    if bracketed and bracketed.group(1):
        return bracketed.group(1), bracketed.group(2)
    for cut in reversed(list(_CUT.finditer(name))):
        head = fold(name[: cut.start()])
        # (not a one- or two-letter alias: the X of "X-ray" is no X4K1000FPS)
        if len(head) >= 3 and head in registry.benchmark_keys:
            return name[: cut.start()], name[cut.end() :]
    return None


_K_LAST = re.compile(r"(?<=[a-z])(\d+)k$")
_THOUSAND_LAST = re.compile(r"(?<=[a-z])(\d+)000$")


def _in_thousands(key: str, registry: Registry) -> str | None:
    """The registry name a size in thousands is written otherwise in: "HAM10K" is
    HAM10000, "SA-1000" would be SA-1K."""
    for pattern, written in ((_K_LAST, r"\g<1>000"), (_THOUSAND_LAST, r"\g<1>k")):
        if pattern.search(key):
            return registry.benchmark_keys.get(pattern.sub(written, key))
    return None


#: A name with a capital and, after it, a capital or a digit ("SWE-bench Verified",
#: "GSM8K"), not a word in title case alone.
NAME_SHAPED = re.compile(r"[A-Z].*[A-Z0-9]")
_NAME_SHAPED_INSIDE = re.compile(r"[A-Z0-9]")


#: A split written after a name, bare or in brackets: "MMMU (test)", "DocVQA val".
def _other_split(name: str) -> str | None:
    """The folded name, kept apart, when it names a split of a registry benchmark other
    than the one the registry says its numbers are reported on ("MMMU (test)" beside
    MMMU's val, "DocVQA (val)" beside its test); ``None`` otherwise, and for every
    benchmark whose reported split the registry does not give."""
    m = WRITTEN_SPLIT.match(name.strip())
    if not m:
        return None
    registry = load_registry()
    base = canonical_benchmark(m["base"])
    entry = registry.benchmarks.get(base or "")
    if entry is None or not entry.split or split_key(m["split"]) == entry.split:
        return None
    return f"{base} {split_key(m['split'])}"


def _one_among_parts(outside: str, parts: list[str], registry: Registry) -> str | None:
    """The registry benchmark each of a bracket's parts names after ``outside``, when
    they all name the same one ("SimplerEnv (Bridge, WidowX)": its Bridge tasks are
    run on the WidowX robot)."""
    named = {canonical_benchmark(f"{outside} {part}") for part in parts}
    one = named.pop() if len(named) == 1 else None
    return one if one in registry.benchmarks else None


def _says_how_run(text: str, registry: Registry) -> bool:
    """Whether a bracket after a benchmark only says how it was run or scored: a
    qualifier, the model or scaffold ("SWE-bench Verified (Agentless)") or the
    benchmark's owner ("BrowseComp (OpenAI)")."""
    return (
        _is_qualifier(text, registry) or names_a_model(text) or fold(text) in registry.organisations
    )


def _split_among_settings(outside: str, parts: list[str], registry: Registry) -> str | None:
    """The split kept apart that a bracket's ``parts`` name among metrics and settings
    ("val, ANLS" after DocVQA, whose numbers are reported on test), as ``_other_split``
    names it alone."""
    if len(parts) < 2:
        return None
    splits = [part for part in parts if WRITTEN_SPLIT.match(f"{outside} ({part})")]
    if len(splits) != 1:
        return None  # none, or both: "(val, test)" reports the two
    split = _other_split(f"{outside} ({splits[0]})")
    others = [part for part in parts if part != splits[0]]
    settled = all(_is_qualifier(p, registry) or _COUNTED.match(p.strip()) for p in others)
    return split if split and settled else None


def _test_glued_on(name: str, registry: Registry) -> str | None:
    """The registry name that glues on the "Test" written apart: "XS-Test" is XSTest and
    "Simple Safety Tests" SimpleSafetyTests, where a test written after another name
    is only its split ("MMLU test")."""
    glued = TEST_WORD.sub("", name.strip())
    return registry.benchmark_keys.get(fold(glued)) if glued != name.strip() else None


#: How many items a benchmark holds, in brackets after it: "(198 questions)", "(4 suites)",
#: "(5,000 conv.)", "(avg. 5 runs)"; any plural noun in small letters or its short form,
#: but not what makes a variant a leaderboard keeps apart: the options of a
#: multiple-choice set ("MedQA (4 options)" is MedQA 4-option), needles, hops, frames,
#: views, or a size in pixels, steps or tokens.
_COUNTED = re.compile(
    r"^(?P<avg>(?:avg\.?|average|mean|over|across)\s+)?(?P<n>\d[\d,]*(?:\.\d+)?[kK]?)\s*"
    r"(?:(?P<dims>dimensions?|dims?)|[Qq]s?|(?!"
    r"(?:options|opts|choices|alternatives|answers|candidates|needles|hops|frames|views|pixels"
    r"|timesteps|tokens)$|opts?\.)"
    r"(?P<noun>[a-z]{2,}s|[a-z]{3,}\.))$"
)
#: What a set is counted in when its size may be a registry entry's ("MATH (500
#: problems)" is MATH-500, "CIFAR (10 classes)" CIFAR-10); runs, seeds or epochs never.
_ITEMS = frozenset(
    {
        "problems",
        "questions",
        "qs",
        "tasks",
        "samples",
        "examples",
        "items",
        "prompts",
        "images",
        "videos",
        "classes",
        "categories",
        "instances",
        "subjects",
    }
)
#: A number alone that counts items, written with a thousands comma ("1,319") beside a
#: setting: no resolution's, horizon's or context length's ("1024", "96", "32,768").
_THOUSANDS = re.compile(r"^(?P<n>\d{1,3}(?:,\d{3})+)(?P<avg>)(?P<dims>)(?P<noun>)$")


def _counted_among(parts: list[str]) -> tuple[re.Match, list[str]] | None:
    """How many items a benchmark holds, when one bracketed part says it ("MMMU
    (validation, 900 Qs)", "GSM8K (test, 1,319)", "(12,032 questions)"), and the other
    parts; a number alone only with a thousands comma beside another part ("FFHQ
    (1024)", "ETTh1 (96)", "RULER (32,768)" are a resolution, a horizon and a length)."""
    counts = [(m, part) for part in parts if (m := _COUNTED.match(part.strip()))]
    if not counts and len(parts) > 1:
        counts = [(m, part) for part in parts if (m := _THOUSANDS.match(part.strip()))]
    if len(counts) != 1:
        return None
    count, said = counts[0]
    return count, [part for part in parts if part is not said]


def _sized(outside: str, count: re.Match, registry: Registry) -> str | None:
    """The registry entry of that size, when the count is of a set's items, ten or more
    ("MATH (500 problems)" is MATH-500; "LiveCodeBench (avg. 5 runs)" is no v5, "KITTI
    (15 sequences)" no KITTI 2015)."""
    n = count["n"].replace(",", "")
    noun = (count["noun"] or "qs").lower()
    if count["avg"] or count["dims"] or noun not in _ITEMS or not n.isdigit() or int(n) < 10:
        return None
    return registry.benchmark_keys.get(fold(f"{outside}-{n}"))


_LATER_VERSION = re.compile(r"(?:^|[\s\-_])v?(?:[2-9]|\d{2,})(?:\.\d+)?$", re.IGNORECASE)


def _first_of_a_later(name: str, found: str) -> bool:
    """Whether ``name`` writes a first version and the registry entry it folds to is a
    later one ("NYU Depth v1" is not NYU Depth v2, whose bare name is its alias)."""
    return bool(FIRST_VERSION.search(name.lower().strip())) and bool(_LATER_VERSION.search(found))


def run_setting(text: str) -> bool:
    """Whether ``text`` only says how a benchmark was run ("5-shot", "without
    subtitles", "no tools"): words a summary writes after the name, not part of it."""
    # (a split or word shortened with a dot, "val.", "sub.": every dot the settings
    # allow at their end is optional)
    return bool(_SETTING.match(text.strip().removesuffix(".")))


# With or without one thing, in brackets only ("GenEval (w/o rewriter)", "(w/ OCR)",
# "(no sub)"): outside them the words are a title's ("Thinking with Images").
_WITH_OR_WITHOUT = r"(?:w/o?\s*|(?:with|without|wo|no)\s+)"
_WITH_ONE_THING = re.compile(rf"^{_WITH_OR_WITHOUT}(?P<thing>[\w\-]+)$", re.IGNORECASE)
#: "Without" however written ("w/o", "wo", "no", "without"); a registry track writes "w/o".
_WITHOUT = re.compile(r"^(?:w/o|wo\b|no\b|without\b)", re.IGNORECASE)
#: With or without subtitles: a track of its own where a benchmark has them (Video-MME).
_SUBTITLED_TRACK = re.compile(rf"^{_WITH_OR_WITHOUT}sub(?:title)?s?\.?$", re.IGNORECASE)


def _subtitle_tracks(parts: list[str]) -> list[str]:
    """``parts`` with a track with or without subtitles written one way ("no subs",
    "wo sub.", "without subtitles" -> "w/o subs"; "with sub" -> "w/ subs")."""
    return [
        ("w/o subs" if _WITHOUT.match(part.strip()) else "w/ subs")
        if _SUBTITLED_TRACK.match(part.strip())
        else part
        for part in parts
    ]


def _in_a_setting(name: str, registry: Registry) -> str | None:
    """The registry benchmark before a setting in brackets, before another name the
    two fold into: "MME (CoT)" is MME run with chain of thought, not MME-CoT; but a
    track the registry keeps apart under the name and a word is that track
    ("Video-MME (w/o subs)", "ScienceQA (w/ image)" as ScienceQA-IMG)."""
    bracketed = _BRACKETED.match(name.strip())
    if not bracketed:
        return None
    outside, inside = bracketed.group(1), bracketed.group(2).strip()
    one_thing = _WITH_ONE_THING.match(inside)
    if not one_thing and not run_setting(inside):
        return None
    base = registry.benchmark_keys.get(fold(outside))
    whole = registry.benchmark_keys.get(fold(name)) or registry.benchmark_keys.get(
        fold(f"{outside} {_WITHOUT.sub('w/o', inside)}")  # "(no sub)" is the w/o subs track
    )
    if base is not None and whole is not None and whole.startswith(f"{base} "):
        return whole
    if one_thing and base is not None:
        thing = one_thing["thing"]
        # (a track named by what it is run with; without it is no such track: "MME (no
        # CoT)" is not MME-CoT, "ScienceQA (no image)" not ScienceQA-IMG)
        tracks = () if _WITHOUT.match(inside) else (f"{outside} {thing}", f"{outside}-{thing}")
        for track in tracks:
            if (found := registry.benchmark_keys.get(fold(track))) is not None:
                return found
        if any(other.startswith(f"{base} ") for other in registry.benchmarks):
            return None  # a benchmark with tracks of its own: which one, the words do not say
    return base


_POSSESSIVE = re.compile(r"['’]s$")


def _after_its_owner(name: str, registry: Registry) -> str | None:
    """The benchmark after the organisation that made or hosts it: "NIH ChestX-ray14"
    is ChestX-ray14, "HF Open ASR Leaderboard" the Open ASR Leaderboard."""
    words = name.strip().split(" ")
    owner, rest = words[0], " ".join(words[1:])
    if (
        len(words) > 2
        and fold(" ".join(words[:2])) in registry.organisations
        and (named := canonical_benchmark(" ".join(words[2:]))) in registry.benchmarks
    ):
        return named  # an owner of two words: "Scale AI MultiChallenge"
    owner = _POSSESSIVE.sub("", owner)  # "OpenAI's HealthBench"
    # (what follows must look like a name, not a word: "ByteDance Seed" is a team; and
    # the owner must open no registry name: "DeepMind Control Suite 5-shot")
    if (
        not NAME_SHAPED.search(rest)
        or fold(owner) not in registry.organisations
        or registry.lists_as_other(name)  # "Unitree G1" is the robot, no G1 of Unitree's
    ):
        return None
    if fold(owner) in _first_words() and fold(rest) not in registry.benchmark_keys:
        # the owner opens a registry name ("DeepMind Control Suite 5-shot", "Amazon
        # Video Games with tools"): only a registry name as written follows it
        return None
    return canonical_benchmark(rest)


@functools.cache
def _first_words() -> frozenset[str]:
    """The folded first words of the shipped registry's names of more than one word."""
    registry = load_registry()
    return frozenset(
        fold(spelling.split()[0])
        for spelling in registry.benchmark_keys.values()
        if len(spelling.split()) > 1
    )


_RESOLUTION_LAST = re.compile(r"^(.+?)[\s\-_]*(\d{2,4})\s*[x×]\s*(\d{2,4})$")


def _at_resolution(name: str, registry: Registry) -> str | None:
    """A known benchmark at a resolution the registry keeps apart, written with
    another spelling of the benchmark: "ImageNet-1K 256×256" is ImageNet 256x256."""
    m = _RESOLUTION_LAST.match(name.strip())
    if not m:
        return None
    head = canonical_benchmark(m.group(1))
    if head not in registry.benchmarks:
        return None
    return registry.benchmark_keys.get(fold(f"{head} {m.group(2)}x{m.group(3)}"))


#: A set named in lowercase everyday words: "public leaderboard", "our benchmark",
#: "held-out test set".
_EVERYDAY_SET = re.compile(
    r"^(?P<words>[a-z][a-z\s\-]*?)\s(?:benchmark|dataset|leaderboard|suite|(?:test\s)?set)$"
)


def _everyday_set(name: str) -> bool:
    """Whether ``name`` is a set named only by everyday words (``_EVERYDAY_SET``)."""
    m = _EVERYDAY_SET.match(name.strip())
    return m is not None and all(is_common_word(w) for w in re.split(r"[\s\-]+", m["words"]))


_SAYS_BENCH = re.compile(r"bench", re.IGNORECASE)
_BENCH_END = re.compile(r"bench$")
_PLURAL_PHRASE = re.compile(r"^[a-z][a-z\s\-]*\s(?:benchmarks|datasets|tasks|suites|sets)$")
_BRACKETED = re.compile(r"^(.*?)\s*[(\[]([^()\[\]]+)[)\]]$")
_SETTING = re.compile(
    # with or without it: "w/o subs", "wo sub", "with subtitles", "no CoT"
    r"^(?:w/o?\s*|(?:wo|w|with|without|no)\s+)?"
    r"(?:(?:\d+|zero|one|few)[\s\-]?shots?|cot|chain[\s\-]of[\s\-]thought|"
    # a context length: "32K context", "128k tokens"
    r"\d+\s*[km]\s*(?:context|tokens?)|"
    r"greedy|sampling|avg|average|overall|total|mean|test|test-?dev|val|validation|dev|subs?\.?|"
    r"(?:closed|open)[\s\-]book|"
    # the whole of it: "all", "all durations", "all tasks"
    r"all(?:\s(?:durations?|tasks?|splits?|subsets?|suites?|categories|levels?|domains?|questions?))?|"
    # every one of its parts, counted: "four suites", "6 tasks"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s(?:task\s)?"
    r"(?:tasks|splits|subsets|suites|categories|domains)|"
    # an average over its parts or lengths: "4-suite avg.", "avg. 4K-128K"
    r"(?:\d+|all|two|three|four|five|six|seven|eight|nine|ten)[\s\-]"
    r"(?:tasks?|splits?|subsets?|suites?|categor(?:y|ies)|domains?|metrics?|"
    r"benchmarks?|datasets?|languages?|runs?|seeds?)[\s\-]+(?:avg\.?|average|mean)|"
    r"(?:avg\.?|average|mean)\s+\d+\s*k\s*(?:[\-–~]|to)\s*\d+\s*k|"
    r"\d+\s*k\s*(?:[\-–~]|to)\s*\d+\s*k\s+(?:avg\.?|average|mean)|"
    # an average over named parts: "avg. of Spatial/Object/Goal/Long"
    r"(?:avg\.?|average|mean)\s+(?:of|over|across)\s+[A-Za-z][\w\-]*(?:\s*/\s*[A-Za-z][\w\-]*)+|"
    r"[A-Za-z][\w\-]*(?:\s*/\s*[A-Za-z][\w\-]*)+\s+(?:avg\.?|average|mean)|"
    # one try: "single attempt", "one attempt" (pass@1)
    r"(?:single|one|first)[\s\-]attempt|"
    # both parts of a contest held twice a year: "AIME 2025 (I & II)"
    r"i\s*(?:&|and|\+|/)\s*ii|"
    # the whole test set of a benchmark that also has a subset: "EgoSchema (fullset)"
    r"full|full\s?set|"
    r"subtitles|"
    # tools the model may use, and the arena's style control
    r"tools?|tool[\s\-]use|style[\s\-]control|"
    # a sample count or an average over runs: "n=500", "avg. of 16", "mean of 8 runs"
    r"n\s*=\s*\d+|(?:avg\.?|average|mean)\s*(?:of|over)\s*\d+(?:\s*\w+)?|"
    # a budget: "50 steps", "3 turns", "16 samples"
    r"(?:max\s*)?\d+[\s\-]?(?:steps?|turns?|rounds?|samples?|runs?|trials?|attempts?|seeds?|nfes?)"
    r"(?:[\s\-]+(?:budget|limit))?|"
    # IFEval's strict and loose accuracies, prompt- or instruction-level
    r"(?:(?:prompt|instruction|inst\.?)[\s\-]?(?:level)?[\s\-]?)?(?:strict|loose)"
    r"(?:[\s\-](?:prompt|instruction|inst\.?)(?:[\s\-]level)?)?(?:[\s\-]*acc(?:uracy|\.)?)?"
    r"|(?:prompt|instruction|instance)[\s\-]level(?:\s*acc(?:uracy|\.)?)?"
    r")(?:[\s,]+cot)?$"
    # a tool named only with or without it: "w/ Python", "no search" (not "HumanEval Python")
    r"|^(?:w/o?\s*|(?:wo|w|with|without|no)\s+)"
    r"(?:python|code[\s\-]interpreter|search|browsing|web[\s\-]search|internet)$",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WINDOW = re.compile(rf"^[\d\s.\-/–~,]*(?:{_MONTH}[\d\s.\-/–~,]*)*$", re.IGNORECASE)
_RANGE = re.compile(rf"\d\s*(?:[\-–~]|to)\s*(?:{_MONTH}\s*)?\d", re.IGNORECASE)
_YEARS = re.compile(r"^\s*20\d\d\s*[\-–~/]\s*(?:20)?\d\d\s*$")


def _is_window(text: str) -> bool:
    """A date window of a live benchmark ("25.02-25.05", "2408-2502", "Aug 2024 -
    Jan 2025"), not a lone number, which may be a size ("1988"), nor two years,
    which name editions ("AIME 2024-2025")."""
    return bool(_WINDOW.match(text) and _RANGE.search(text) and not _YEARS.match(text))


#: A version at the end of a name: "LiveCodeBench v6", "BFCL V3", "Arena-Hard 2.0".
_VERSION_LAST = re.compile(r"(?:[\s\-_]|(?<=[a-z]))v?\d+(?:\.\d+)?$", re.IGNORECASE)


def _window_of_its_own(text: str, name: str) -> bool:
    """Whether the date window ``text`` after ``name`` is a benchmark of its own: the
    problems of a live benchmark's window are another set from those of the next
    ("LiveCodeBench (2408-2505)", "LiveBench 2024-11-25", as readers keep them), but a
    version named with it is that version's window ("LiveCodeBench v6 (25.02-25.05)")."""
    return _is_window(text) and not _VERSION_LAST.search(name.strip())


_OTHER_LANGUAGE_TAGS = ("zh", "cn", "chinese")


def _in_a_language(name: str, registry: Registry) -> str | None:
    """One name for a benchmark's version in a language, however the tag is written
    ("MT-Bench (ja)", "JA MT-Bench", "Japanese MT-Bench"): the registry's when it
    lists that version under the benchmark's own name and the language, else
    "<Language> <benchmark>" folded; ``None`` when the name carries no tag, or what it
    tags is no benchmark or is tagged already ("MMLU-zh-CN" is no language of "MMLU-zh")."""
    tagged = language_tag(name)
    if tagged is None or fold(name) + "bench" in registry.benchmark_keys:
        return None  # (a registry name without its "Bench", "Japanese MT", is found whole)
    base = canonical_benchmark(tagged.base)
    if base is None or language_tag(tagged.base) is not None:
        return None
    if tagged.language == "English" and _translated(base, registry):
        return base  # "BrowseComp-EN" is BrowseComp, beside BrowseComp-ZH
    codes = [code for code, language in LANGUAGES.items() if language == tagged.language]
    forms = (
        f"{tagged.language} {base}",
        f"{base} {tagged.language}",
        *(f"{base} {c}" for c in codes),
    )
    for form in forms:
        listed = registry.benchmark_keys.get(fold(form))
        if listed is not None and _keeps_the_name(listed, base):
            return listed
    return fold(forms[0])


def _translated(base: str, registry: Registry) -> bool:
    """Whether the registry knows a Chinese version beside ``base``: an English tag
    then only tells the original from its translation. A benchmark with no such
    sibling keeps the tag apart ("MGSM-en" is one language of MGSM)."""
    key = fold(base)
    return base in registry.benchmarks and any(
        key + tag in registry.benchmark_keys for tag in _OTHER_LANGUAGE_TAGS
    )


def _keeps_the_name(listed: str, base: str) -> bool:
    """Whether the registry's name ``listed`` writes ``base`` as a word of its own, as a
    translation's name does ("Japanese MT-Bench", "BrowseComp-ZH"); a benchmark built
    in a language, named glued, is another ("ArabicMMLU" is no "MMLU (ar)")."""
    return re.search(rf"(?:^|[\s\-_(]){re.escape(base)}(?:$|[\s\-_)])", listed, re.I) is not None


_VERSIONED = re.compile(r"^(.*?[A-Za-z)])[\s\-_]*(?:[vV]|version\s*)?(\d+(?:\.\d+)*)$")


def _versioned(name: str, registry: Registry) -> str | None:
    """A version after another name of a benchmark whose version the registry
    knows: "Berkeley Function Calling Leaderboard v3" is BFCL v3, "Live Code
    Bench v6" LiveCodeBench v6."""
    match = _VERSIONED.match(name.strip())
    if not match:
        return None
    base = registry.benchmark_keys.get(fold(match.group(1)))
    if base is None:
        return None
    version = match.group(2)
    if version in ("1", "1.0") and any(
        fold(f"{base} v{later}") in registry.benchmark_keys for later in range(2, 6)
    ):
        # "VBench 1.0", "LongBench v1": the first version, named so only once a second
        # came out, is the benchmark itself
        return registry.benchmark_keys.get(fold(f"{base} v1"), base)
    return registry.benchmark_keys.get(fold(f"{base} v{version}"))


#: Plain words describing a benchmark around its name: "AIME 2024 math problems",
#: "HumanEval coding tasks", "competition-level AIME 2025".
_DESCRIBED_HEAD = re.compile(
    r"^(?:benchmarks?|datasets?|suites?|tasks?|problems?|questions?|challenge|competition|"
    r"exams?|puzzles?|games?|test)$"
)
_NAME_WORD = re.compile(r"[A-Z\d+]")
#: Words that make a variant of a benchmark rather than describe it ("adversarial
#: GSM8K", "translated MMLU", "MATH hard problems").
_VARIANT_WORD = re.compile(
    r"^(?:adversarial|perturbed|translated|multilingual|multimodal|symbolic|hard|harder|hardest|"
    r"easy|noisy|corrupted|compositional|contaminated|decontaminated|augmented|synthetic|"
    r"robust|counterfactual|long|short|extended|mini|small|full|private|new|updated|visual|"
    r"text-only|image-only|vision-only)$"
)


def _plain(words: list[str]) -> bool:
    return all(w.islower() and not _VARIANT_WORD.match(w) for w in words)


def _undescribed(name: str) -> list[str]:
    """``name`` without plain lowercase words describing it, after it (ending in a
    word like "problems" or "tasks") or before it, or without a setting before it
    ("Zero-Shot MMLU", "CoT GSM8K"); tried against the registry."""
    words = name.split()
    out = [
        " ".join(words[k:]) for k in (1, 2) if len(words) > k and run_setting(" ".join(words[:k]))
    ]
    for k in (1, 2, 3, 4):
        tail = words[-k:]
        described = len(words) > k and _DESCRIBED_HEAD.match(tail[-1]) and _plain(tail)
        if described and _NAME_WORD.search(words[-k - 1]):
            out.append(" ".join(words[:-k]))
    for k in (1, 2, 3):
        if len(words) > k and _plain(words[:k]) and _NAME_WORD.search(words[k]):
            out.append(" ".join(words[k:]))
    return out


def _before_qualifier(name: str, registry: Registry) -> list[str]:
    """``name`` without a qualifier of one to three words after it, the shortest
    qualifier first ("Chatbot Arena Elo" -> "Chatbot Arena"; "IFEval prompt-level
    strict" -> "IFEval prompt-level", "IFEval")."""
    words = name.split()
    heads = [
        " ".join(words[:-k])
        for k in (1, 2, 3)
        # (not cut after a joining word: "X with tools" is not "X with" and "tools")
        if len(words) > k
        and words[-k - 1] not in _JOINING  # (a capital "A" is a name's: "Part A")
        and not _window_of_its_own(" ".join(words[-k:]), " ".join(words[:-k]))
        and _is_qualifier(" ".join(words[-k:]), registry)
    ]
    # a split or setting joined by a hyphen, as by a space: "MLVU-dev", "MathVision-full";
    # or a metric after a known benchmark: "Codeforces-Elo"
    head, dash, last = name.rpartition("-")
    if (
        dash
        and head.strip()
        and (_SPLIT_WORD.match(last) or _metric_of_known(head, last, registry))
    ):
        heads.append(head.strip())
    return heads


def _metric_of_known(head: str, last: str, registry: Registry) -> bool:
    """Whether ``last`` is a registry metric (no benchmark's name) after a registry
    benchmark ``head``."""
    return (
        _only_a_metric(fold(last), registry)
        and fold(head) in registry.benchmark_keys
        and not (last.islower() and fold(last) in _LANGUAGE_CODES)
    )


#: Two-letter language codes that are also registry metrics ("sr" success rate, "is"
#: inception score): after a hyphen, in small letters, they name a language's part
#: ("Belebele-sr"; "WebArena-SR" is its success rate).
_LANGUAGE_CODES = frozenset({"sr", "is", "kl"})


#: Between a bracket's parts; not the comma of a thousand ("1,266 Qs").
_LIST = re.compile(r"\s*;\s*|\s*,(?!(?<=\d,)\d{3}(?!\d))\s*|\s+/\s+|\s+and\s+")
#: A split or the whole set, which a hyphen may join to a name.
_SPLIT_WORD = re.compile(
    r"^(?:dev|val|validation|full|full\s?set|all|avg|average|mean|overall)\.?$", re.IGNORECASE
)
#: A model or agent scaffold the benchmark was run with ("with OpenHands", "using GPT-4o").
_RUN_WITH = re.compile(r"^(?:with|using|via|w/|by|on)\s+(.+)$", re.IGNORECASE)


#: A measure and what it was compared with or averaged over, or its scale: "win rate
#: vs. experts", "avg. SR over 4 suites", "score/1000".
_MEASURE_THEN = re.compile(
    r"^(?P<measure>.+?)(?:\s+(?:vs\.?|versus|against)\s+\S.*|\s+(?:over|across)\s+"
    r"(?:\d+|all|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+"
    # the scale it is on: "score/1000", "rating out of 10"
    r"|\s*/\s*\d+|\s+out\s+of\s+\d+)$",
    re.IGNORECASE,
)
#: Where and when a benchmark was set as a contest or shared task: "(KDD Cup 2025)",
#: "(SemEval-2025 Task 3)", "ICDAR 2019 SROIE".
_VENUE = (
    r"(?:KDD|CIKM|SemEval|NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|COLING|"
    r"SIGIR|WSDM|AAAI|IJCAI|MICCAI|Interspeech|INTERSPEECH|ICASSP|ICDAR|ECIR|RecSys|NTIRE)"
)
_CONTEST = r"(?:Cup|Challenge|Workshop|Competition|Shared\s+Task|Track)"
_HELD_AT = re.compile(
    rf"^{_VENUE}(?:[\s\-]+{_CONTEST})?[\s\-]*'?(?P<year>(?:19|20)?\d\d)"
    rf"(?:[\s\-]+(?:Task|Track)\s*\d+)?(?:[\s\-]+{_CONTEST})?$"
)
_HELD_AT_FIRST = re.compile(rf"^{_VENUE}[\s\-]*'?(?P<year>(?:19|20)?\d\d)\s+(?P<rest>\S.*)$")
#: Who made it, as a paper cites them: "(Lightman et al.)", "(Hendrycks et al., 2021)",
#: "(Jimenez and Lee, 2024)" (a year; "CDs and Vinyl" is a name's).
_CITED = re.compile(
    rf"^(?!{_MONTH}\s)[A-Z][\w\-]+\s+(?:et\s+al\.?(?:,?\s*\d{{4}})?"
    rf"|(?:and|&)\s+[A-Z][\w\-]+,?\s*\d{{4}})$",
    re.IGNORECASE,
)
#: A contest after a benchmark's own name, which papers leave out as often.
_CHALLENGE_LAST = re.compile(r"^(?P<head>.*\S)\s+Challenge$")
#: An average of a measure: "mean SR", "avg. pass@1".
_AGGREGATE = re.compile(r"^(?:mean|average|avg\.?|overall|macro|micro)\s+(?P<rest>\S.*)$", re.I)
#: A share of outcomes: "resolve %", "% solved", "correct, %", or "%" alone (not "10%",
#: a subset, nor "Long %").
_OUTCOME = r"(?:resolve[ds]?|solve[ds]?|pass(?:ed)?|correct|success(?:ful)?|wins?|acc(?:uracy)?)"
_SHARE_OF = re.compile(rf"^(?:%|%[\s,]*{_OUTCOME}|{_OUTCOME}[\s,]*%)$", re.I)


#: A word that ends a measure's name ("verification success rate", "grid-level acc.",
#: "harmonic mean", "LongScore"), and a note of which way is better.
_MEASURE_HEAD = re.compile(
    r"(?:(?:^|[\s\-])(?i:score|rate|accuracy|acc\.?|mean|ratio)|(?<=[a-z])(?:Score|Rate|Acc\.?|Accuracy|Mean|Ratio))$"
    r"|^(?i:(?:lower|higher)\s(?:is\s)?better)$",
)


#: The last word of a measure spelt out before its acronym.
_MEASURE_LAST = re.compile(r"(?i)\b(?:score|rate|accuracy|error|distance|precision|recall|ratio)$")

_BARE_HEADS = frozenset({"score", "rate", "accuracy", "acc", "mean", "ratio"})


def _names_a_measure(text: str, registry: Registry) -> bool:
    """Whether a bracket's part names a measure in a few words: its last word a
    measure's head ("social sycophancy" is not), or its last two words a registry
    metric ("verification success rate")."""
    words = text.split()
    if not 1 <= len(words) <= 4 or fold(text) in _BARE_HEADS:
        return False  # (a head alone is a word: "rate" after "over-refusal")
    if len(words) == 1 and fold(text) in registry.benchmark_keys:
        return False  # a benchmark's own name: "(SpatialScore)", "(CT-RATE)"
    for k in (1, 2):  # a benchmark's measure: "(MMLU score)", "(AIME 2025 pass rate)"
        lead = " ".join(words[:-k])
        if lead and NAME_SHAPED.search(lead) and canonical_benchmark(lead) in registry.benchmarks:
            return False
    last_two = fold(" ".join(words[-2:]))
    return bool(_MEASURE_HEAD.search(text.strip())) or (
        len(words) > 1 and _only_a_metric(last_two, registry)
    )


def _is_qualifier(text: str, registry: Registry) -> bool:
    """A metric, an evaluation setting or a date window ("pass@1", "5-shot",
    "CoT", "overall", "24.08-25.02"), a model it was run with ("with OpenHands"),
    or a list of these ("5-shot, pass@1", "w/o sub / w sub")."""
    # (before its parts: "I and II", "correct, %")
    if run_setting(text) or _SHARE_OF.match(text.strip()) or _CITED.match(text.strip()):
        return True
    if (measure := _MEASURE_THEN.match(text.strip())) is not None:
        # a measure, not a setting ("w/ subs vs. w/o subs" names both tracks)
        said = measure["measure"]
        return _only_a_metric(fold(said), registry) or (
            _is_qualifier(said, registry) and not run_setting(said)
        )
    parts = [part for part in _LIST.split(text.strip()) if part]
    if len(parts) > 1:
        return all(_is_qualifier(part, registry) for part in parts)
    key = fold(text)
    # a metric, before an average word ("Avg. Len" is CALVIN's measure); a benchmark's own
    # name is none after another ("Quix VQA")
    if _only_a_metric(key, registry):
        return True
    if (aggregate := _AGGREGATE.match(text.strip())) is not None:
        return _is_qualifier(aggregate["rest"], registry)  # "mean SR", "avg. pass@1"
    run_with = _RUN_WITH.match(text.strip())
    return (
        _is_window(text)
        or _names_a_measure(text, registry)
        or _metric_pattern(key) is not None
        or bool(_ANY_AT_K.match(key))  # "HR@10", "HIT@5": a measure at k, whatever its letters
        or bool(_PASS_HAT.match(text.strip()))
        or (run_with is not None and names_a_model(run_with.group(1)))
    )


_AT_K = re.compile(
    r"^(pass|recall|ndcg|maj|cons|hit|accuracy|acc|avg|mean|best|success|precision|map|mrr|"
    r"r|hr|ap|iou|f1|em|top)@(\d+(?:\.\d+)?)"
)
_AP_N = re.compile(r"^(m?ap)(\d{2})$")
#: tau-bench's pass^k, read before folding drops the "^" ("pass1" is pass@1 mistyped).
_PASS_HAT = re.compile(r"^pass\s*\^\s*(?:\d+|k)$", re.IGNORECASE)
#: An average or accuracy with a letter or two for its kind: "M-Avg", "G-Avg", "aAcc", "qAcc".
_PREFIXED = re.compile(r"^[a-z]{1,2}(?:avg|acc)$")
_TOP_K = re.compile(r"^top(\d+)(?:acc|accuracy)?$")
_SCORE = re.compile(r"(?<=.)scores?$")
_FILLER = re.compile(r"^(?:average|avg|mean|overall|relative|absolute|final|the)(?=[a-z@])")


def _metric_pattern(key: str) -> str | None:
    """Metric ids with a number in them: ``pass@1`` (whatever follows), ``top-5 accuracy``."""
    at = _AT_K.match(key)
    if at:
        head = {"r": "recall", "acc": "accuracy", "hr": "hit"}.get(at.group(1), at.group(1))
        return f"{head}@{at.group(2)}"
    ap = _AP_N.match(key)
    if ap:
        return ap.group(1)
    if _PREFIXED.match(key):  # MLVU's "M-Avg", HallusionBench's "aAcc"
        return f"{key[:-3]}-{key[-3:]}"
    top = _TOP_K.match(key)
    if top:
        return f"top-{top.group(1)} accuracy"
    return None


@functools.lru_cache(maxsize=16_384)
def canonical_metric(name: str) -> str:
    """The canonical metric id of ``name`` (``pass@1 accuracy`` -> ``pass@1``,
    ``F1-score`` -> ``f1``); an unknown metric gives its lowercase, single-spaced
    name, and an empty name ``""``."""
    plain = " ".join(name.lower().split())
    if not plain:
        return ""
    if _PASS_HAT.match(plain):
        return "pass^k"
    registry = load_registry()
    key = fold(plain)
    bare = _FILLER.sub("", key)
    # "Macro F1-score" is the F1 the registry knows; a metric that is a score of
    # its own ("CLIP score") is found before the suffix is dropped.
    for candidate in (key, bare, _SCORE.sub("", key), _SCORE.sub("", bare)):
        if candidate in registry.metric_keys:
            return registry.metric_keys[candidate]
        pattern = _metric_pattern(candidate)
        if pattern is not None:
            return pattern
    return plain


def better(metric_id: str, benchmark: str | None = None) -> Better:
    """Whether a higher or lower ``metric_id`` wins (on ``benchmark`` when the
    registry says so for it); metrics the registry does not know count as higher."""
    registry = load_registry()
    entry = registry.benchmarks.get(benchmark or "")
    if entry is not None:
        for metric, direction in entry.metrics:
            if metric == metric_id:
                return direction
    return registry.metric_better.get(metric_id, "higher")
