"""Measures a sentence lists for a list of numbers with "respectively": "scored
67.9, 81.8 and 88.6 on Top-1, Top-2 and Top-3 R-precision, respectively", "PSNR and
SSIM of 31.2 and 0.91, respectively", "near 100% in both relevance and faithfulness,
while X scored 67.8% and 42% respectively".

``respectively`` says which words name a measure (the ``name_of`` callback); this
module finds the list of measures and pairs it with the numbers, in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Words that end a measure's name on a list: "in both A and B", "on A and B".
_FUNCTION = (
    r"(?:the|a|an|of|in|on|for|to|by|with|and|or|at|from|as|than|while|its|their|our|"
    r"both|all|is|are|was|were|respectively|compared|across|over|under|scored|achieved|"
    r"achieving|scoring|reaching|reached|showing)\b"
)
_ITEM = rf"(?!{_FUNCTION})[A-Za-z][\w@.²'’-]*(?:\s(?!{_FUNCTION})[A-Za-z][\w@.²'’-]*){{0,3}}"
_LIST = re.compile(rf"(?<![\w@.-])(?P<items>{_ITEM}(?:,\s(?!and\b){_ITEM})*,?\s(?:and|&)\s{_ITEM})")
_SPLIT = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")
_DIGITS = re.compile(r"\d+")

NameOf = Callable[[str], str]


def listed_measures(text: str, lo: int, hi: int, name_of: NameOf) -> list[tuple[int, list[str]]]:
    """Each list of two or more measures in ``text[lo:hi]``: where it ends and the
    measures' names. An item is a measure when ``name_of`` names it whole; one
    written as the last item's qualifier takes the last item's head ("Top-1, Top-2
    and Top-3 R-precision" are three R-precisions)."""
    found = []
    for m in _LIST.finditer(text, lo, hi):
        items = [i.strip() for i in _SPLIT.split(m["items"]) if i.strip()]
        names = _names(items, name_of)
        if names:
            found.append((m.end(), names))
    return found


def _names(items: list[str], name_of: NameOf) -> list[str]:
    # The last item ends where the measure's name does: "Top-1 and Top-5 accuracy
    # reach ..." lists Top-5 accuracy.
    words = items[-1].split()
    items[-1] = next(
        (" ".join(words[:k]) for k in range(len(words), 0, -1) if name_of(" ".join(words[:k]))),
        items[-1],
    )
    last = name_of(items[-1])
    if not last or len(items) < 2:
        return []
    head_word, _, head = items[-1].partition(" ")
    # The list's first item starts where the sentence's own words end: "The model
    # reaches PSNR and SSIM of ..." lists PSNR.
    words = items[0].split()
    items[0] = next(
        (" ".join(words[k:]) for k in range(len(words)) if name_of(" ".join(words[k:]))),
        items[0],
    )
    names = []
    for item in items[:-1]:
        name = name_of(item)
        if not name and head and _DIGITS.sub("#", item) == _DIGITS.sub("#", head_word):
            name = name_of(f"{item} {head}")  # "Top-1" of "Top-1, Top-2 and Top-3 R-precision"
        if not name:
            return []
        names.append(name)
    names.append(last)
    return names if len(set(names)) == len(names) else []


def pair_measures(
    text: str,
    lo: int,
    hi: int,
    spans: Sequence[tuple[int, int]],
    name_of: NameOf,
    names_own: Callable[[str, int], bool],
) -> dict[int, str]:
    """For the numbers at ``spans`` (start, end) of the sentence ``text[lo:hi]``, in
    text order: the measure each is given by a "respectively" after a run of them,
    by index. A run is the numbers joined only by commas and "and" right before the
    word; its measures are the list of as many names nearest to it in the sentence
    (after the run, else before it). A run ``names_own`` says is followed by its
    own measure ("a 4.9x and 1.98x speedup") keeps it."""
    paired: dict[int, str] = {}
    lists = listed_measures(text, lo, hi, name_of)
    if not lists:
        return paired
    prev = lo
    for word in re.finditer(r"respectively", text[lo:hi]):
        at = lo + word.start()
        run = _run(text, spans, prev, at)
        prev = at
        if len(run) < 2 or names_own(text, spans[run[-1]][1]):
            continue
        first, last = spans[run[0]][0], spans[run[-1]][1]
        after = [names for end, names in lists if last < end <= at and len(names) == len(run)]
        before = [names for end, names in lists if end <= first and len(names) == len(run)]
        names = after[0] if after else before[-1] if before else None
        if names:
            paired.update(zip(run, names, strict=True))
    return paired


_GLUE = re.compile(r"\s?,?\s?(?:and\s)?")


def _run(text: str, spans: Sequence[tuple[int, int]], lo: int, at: int) -> list[int]:
    """The indices of the last run of numbers in ``text[lo:at]`` joined by commas and
    "and" only ("67.9, 81.8, and 88.6")."""
    inside = [i for i, (a, b) in enumerate(spans) if lo <= a and b <= at]
    if not inside:
        return []
    run = [inside[-1]]
    for i in reversed(inside[:-1]):
        if not _GLUE.fullmatch(text, spans[i][1], spans[run[0]][0]):
            break
        run.insert(0, i)
    return run
