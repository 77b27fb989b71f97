"""Where an entry of a registry's TOML text is written, so an error names its line.

``tomllib`` gives plain dicts with no positions; a wrong entry found after parsing
is located again in the text by its table header and key.
"""

from __future__ import annotations

import re


def _header(table: str) -> re.Pattern[str]:
    parts = r"\s*\.\s*".join(rf"(?:{re.escape(p)}|\"{re.escape(p)}\")" for p in table.split("."))
    return re.compile(rf"^\s*\[\s*{parts}\s*\]\s*(?:#.*)?$")


def _mentions(key: str) -> re.Pattern[str]:
    # a bare key ("label = ...", "{ agent = 3 }") or a quoted one (inline tables)
    return re.compile(rf"(?:^|[{{,])\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")


# a line that is a table header and nothing else (not a line of a multi-line array)
_ANY_HEADER = re.compile(r"^\s*\[\[?[^\[\]]+\]\]?\s*(?:#.*)?$")


def line_of(text: str, table: str, key: str | None = None) -> int | None:
    """The 1-based line of ``[table]`` in ``text``, or of the first line inside that
    table that mentions ``key``; None when the header is not written as one."""
    lines = text.splitlines()
    header = _header(table)
    start = next((i for i, line in enumerate(lines) if header.match(line)), None)
    if start is None:
        return None
    if key is None:
        return start + 1
    mention = _mentions(key)
    for i in range(start + 1, len(lines)):
        if _ANY_HEADER.match(lines[i]):
            break
        if mention.search(lines[i]):
            return i + 1
    return start + 1


def where(source: str, text: str, table: str, key: str | None = None) -> str:
    """``source:line`` of an entry, or ``source`` alone when it cannot be found."""
    line = line_of(text, table, key)
    return f"{source}:{line}" if line else source
