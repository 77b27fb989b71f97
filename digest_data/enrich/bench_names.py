"""Benchmark names a sentence declares: the words right before "benchmark",
"dataset", "test set", "split", "task", "suite" or "leaderboard" ("on the MS COCO
val2017 dataset", "On the Emu Edit Benchmark", "on the proposed VITON-HD dataset").

A summary says which name is a benchmark by calling it one; the name may run over
several words (a word in lower case only with a digit or an underscore in it,
"val2017", "test_hard"), the head word may be capitalised as part of the name, and
a word such as "proposed", "modified" or "challenging" may stand between the article
and the name. Names found by other rules are often one word of such a name ("MS",
"Bios"): ``widen`` gives back the whole declared name.
"""

from __future__ import annotations

import functools
import re as stdlib_re
from typing import NamedTuple

import regex as re

from .benchmarks import abbreviates

#: A word written like a name, with capitals or digits inside ("MH-MoE", "GPT-4o",
#: "3DGS", "nuScenes", "7Bench"): the shape both a benchmark (``bench_field.BENCH``)
#: and a model (``model_names``) may take.
CODED_WORD = (
    r"[A-Z](?=[\w&.\-²³]*?[A-Z0-9²³])[\w&²³]*(?:[\-.][\w&²³]+)*|[A-Z][a-z]+[A-Z]\w*(?:[\-.]\w+)*"
    r"|[a-z]+[A-Z0-9]\w*(?:-\w+)*|\d\w*[A-Za-z]{3,}\w*"
)
# One word of a name: capitalised or a digit first ("COCO", "3DPW", "Anime3D++"), or
# lower case with a capital, a digit or an underscore inside ("nuScenes", "val2017").
_WORD = r"(?:[A-Z0-9][\w'’.+&²-]*|[a-z]+[A-Z0-9_][\w.+-]*)"
# The name: up to four words; "in", "of" or "and" may join two of them ("Bias in
# Bios", "Tanks and Temples").
_NAME = rf"(?P<name>(?:[A-Z]|[a-z]+[A-Z0-9])[\w'’.+&²-]*(?:\s(?:(?:in|of|and)\s)?{_WORD}){{0,3}})"
_DECLARED = re.compile(
    # What a model is trained or tuned "on" is its data, not a benchmark ("fine-tuning
    # the 7B model on the X dataset").
    r"(?:\b(?<!\b(?:train|tun|fit)(?:ed|ing)\s(?:[\w.-]*[\w-]\s){0,3})"
    r"(?i:on|in|with|using|from|across|of|for)\s"
    r"(?:(?:the|a|an|our|their|its)\s)?"
    # "the proposed", "the challenging": at most two such words, and only before a
    # benchmark or dataset ("the clinical NER task", "various VTG tasks" are kinds
    # of task)
    r"(?P<adjectives>(?:(?!(?:and|or|of|in|on|to|by|for|with)\s)[a-z][a-z-]+\s){1,2})?"
    r"|\b\d+\s|\()"
    # a part of a suite: "the GLUE benchmark's RTE task", "ScanObjectNN's PB-T50-RS split"
    + rf"(?:(?P<owner>{_WORD})(?:\s(?i:benchmark|dataset|suite))?['’]s\s)?"
    + _NAME
    + r"(?=\)?\s(?P<head>(?:benchmark|dataset|test\sset|split|task|suite|leaderboard)(?P<plural>s)?\b"
    # a capitalised head is the name's last word: "the Emu Edit Benchmark",
    # "Multimodal Reward Bench"
    r"|(?P<titled>Benchmark|Bench|Dataset|Suite|Leaderboard)\b))"
)
# Every match ends before one of these words: most sentences hold none, and they are
# far quicker to look for than trying _DECLARED at every character.
_HEAD = stdlib_re.compile(
    r"bench(?:mark)?|dataset|test\sset|split|task|suite|leaderboard", stdlib_re.I
)
_REACH = 160
_REST_OF_LIST = re.compile(r"\s(?:and|&)\s")


class Declared(NamedTuple):
    at: int
    name: str
    #: Named as "X tasks": a kind of task ("QA tasks", "VTG tasks") unless X is
    #: known as a benchmark ("26 RLBench tasks").
    tasks: bool
    #: The suite it is part of: "GLUE" of "GLUE's RTE task".
    owner: str = ""


def _matches(text: str, lo: int, hi: int) -> list[re.Match]:
    """``_DECLARED``'s matches in ``text[lo:hi]``, looked for only in the stretch
    before each head word (a name of four words, its article and describing words
    are far shorter than ``_REACH``). Of two matches from one place the later
    stretch's wins: it saw more ("the GLUE benchmark's RTE task" is RTE's)."""
    found: dict[int, re.Match] = {}
    for head in _HEAD.finditer(text, lo, hi):
        # One character past the head: its plural "s", or what shows it ends there.
        for m in _DECLARED.finditer(text, max(lo, head.start() - _REACH), min(hi, head.end() + 1)):
            found[m.start()] = m
    return [found[at] for at in sorted(found)]


@functools.lru_cache(maxsize=64)
def declared_names(text: str, lo: int, hi: int) -> tuple[Declared, ...]:
    """Where and which names ``text[lo:hi]`` calls a benchmark or dataset; cached, as
    each number of a sentence asks."""
    found = []
    for m in _matches(text, lo, hi):
        if m["adjectives"] and (m["plural"] or m["head"].startswith("task")):
            continue
        at, name = m.start("name"), m["name"] + (" " + m["titled"] if m["titled"] else "")
        # "on the MMLU and GSM8K datasets" names MMLU first (a number stated for
        # both is reported on the first).
        if m["plural"] and (rest := _REST_OF_LIST.search(name)):
            name = name[: rest.start()]
        found.append(Declared(at, name, m["head"] == "tasks", m["owner"] or ""))
    return tuple(found)


_BOUNDARY = re.compile(r"(?<![^\W_])(?=[^\W_])|(?<=[^\W_])(?![^\W_])")


def _parts(name: str) -> set[str]:
    """Every piece of ``name`` that starts and ends at a word's edge ("MS", "MS COCO",
    "COCO val2017", ... of "MS COCO val2017"; "Anime3D" of "Anime3D++")."""
    edges = sorted({m.start() for m in _BOUNDARY.finditer(name)} | {0, len(name)})
    return {
        piece
        for i, a in enumerate(edges)
        for b in edges[i + 1 :]
        if (piece := name[a:b].strip()) and piece != name and piece[0].isalnum()
    }


@functools.lru_cache(maxsize=64)
def _wider(text: str, lo: int, hi: int) -> dict[str, str]:
    """Each part of a name ``text[lo:hi]`` declares, mapped to the longest such name,
    and each suite to its part the sentence names ("GLUE" to "RTE")."""
    wider: dict[str, str] = {}
    for d in declared_names(text, lo, hi):
        for part in _parts(d.name):
            if len(d.name) > len(wider.get(part, "")):
                wider[part] = d.name
        if d.owner:
            wider[d.owner] = d.name
    return wider


def widen(name: str, text: str, lo: int, hi: int) -> str:
    """The longest name the sentence ``text[lo:hi]`` declares that ``name`` is part of,
    or its part the sentence names, else ``name``: "MS" in "On the MS COCO val2017
    dataset" is "MS COCO val2017", "GLUE" in "on the GLUE benchmark's RTE task" is
    "RTE" (the most specific name)."""
    return _wider(text, lo, hi).get(name, name) if name else name


# A name, then up to four more capitalised words of it, then its acronym in brackets:
# "Weapons of Mass Destruction Proxy (WMDP)", "TEACh Trajectory from Dialogue (TfD)".
_THEN_ACRONYM = re.compile(
    r"(?P<rest>(?:\s(?:(?:of|from|for|and|in|on|the|to)\s)?[A-Z][\w'’-]*){0,4})"
    r"\s\((?P<acr>[A-Za-z][\w-]{1,9})\)"
)
# An acronym, then the full name in brackets: "AIME2024 (American Invitational
# Mathematics Examination)", "HLE (Humanity's Last Exam)".
_ACRONYM_THEN = re.compile(r"(?<![\w-])(?P<acr>[A-Za-z][\w-]{1,9})\s\((?P<full>[^()]{5,80})\)")


def short_form(name: str, text: str, lo: int, hi: int) -> str:
    """The acronym the sentence ``text[lo:hi]`` gives the benchmark ``name``, else
    ``name``: a benchmark written with its acronym is the acronym, as the labelling
    guide rules ("the Weapons of Mass Destruction Proxy (WMDP)" is WMDP, "AIME2024
    (American Invitational Mathematics Examination)" is AIME2024), also when the
    name found is only some words of the full name."""
    at = text.find(name, lo, hi) if name else -1
    while at >= 0:
        after = _THEN_ACRONYM.match(text, at + len(name), hi)
        if after and abbreviates(after["acr"], name + after["rest"]):
            return after["acr"]
        at = text.find(name, at + 1, hi)
    if name and text.find("(", lo, hi) >= 0:
        for m in _ACRONYM_THEN.finditer(text, lo, hi):
            if name in m["full"] and abbreviates(m["acr"], m["full"]):
                return m["acr"]
    return name
