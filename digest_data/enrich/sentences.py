"""A summary's sentences and the context shown beside a number: the extractor reads
one sentence at a time (``metrics``), and a result's context is the sentence that
states it, cut to ``MAX_CONTEXT`` characters."""

from __future__ import annotations

import re as stdlib_re

import regex as re

MAX_CONTEXT = 200

_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])(?<!\b(?:e\.g|i\.e|vs|al|approx|Fig|Eq|cf)\.)\s+(?=[A-Z(\"'*\d])"
    r"|;\s+|\s+(?=(?:[a-f]|[ivx]{1,4})\)\s)"
)

# _SENTENCE_BREAK for ASCII text, in the standard library's faster engine: the same
# pattern with its lookbehind split into fixed-width ones, and \s and \d spelled as
# the ASCII characters the regex module gives them.
_ASCII_SENTENCE_BREAK = stdlib_re.compile(
    r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bal\.)(?<!\bapprox\.)"
    r"(?<!\bFig\.)(?<!\bEq\.)(?<!\bcf\.)[\t-\r ]+(?=[A-Z(\"'*0-9])"
    r"|;[\t-\r ]+|[\t-\r ]+(?=(?:[a-f]|[ivx]{1,4})\)[\t-\r ])"
)


# Where a sentence's next clause starts: "..., and on RoboTwin 1.0", "..., while
# ...". (A semicolon already ends a sentence here.)
CLAUSE_BREAK = stdlib_re.compile(r",\s(?:and|while|but|whereas)\s")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentences and list parts (``a)``, ``ii)``); a decimal point or an
    abbreviation does not end one."""
    spans, start = [], 0
    breaks = _ASCII_SENTENCE_BREAK if text.isascii() else _SENTENCE_BREAK
    for m in breaks.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def context(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """The sentence holding the number, cut to MAX_CONTEXT characters around it at
    spaces, never inside a word; an ellipsis marks each end that was cut."""
    if hi - lo <= MAX_CONTEXT:
        return text[lo:hi].strip()
    first = max(lo, min(start - (MAX_CONTEXT - (end - start)) // 2, hi - MAX_CONTEXT))
    last = first + MAX_CONTEXT
    if first > lo:
        first = text.find(" ", first, start) + 1 or first
    if last < hi:
        space = text.rfind(" ", end, last)
        last = space if space > 0 else last
    return f"{'…' * (first > lo)}{text[first:last].strip()}{'…' * (last < hi)}"
