"""Pipe tables in hand-edited Markdown: find them, split rows into cells.

Real digests break cells across lines, drop the trailing pipe, leave blank lines
between rows and escape pipes inside cells; this reader accepts all of that and
keeps the line number where each row starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex as re

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
# Lines that end a table even when the row above looks unfinished.
_STRUCTURAL = re.compile(
    r"^\s*(?:#{1,6}(?:\s|$)|</?(?:table|details|summary|div|h[1-6]|hr|center)\b|<!--|"
    r"(?:-\s*){3,}$|(?:\*\s*){3,}$|(?:_\s*){3,}$)",
    re.IGNORECASE,
)


@dataclass
class Row:
    """One table row: its cells and the 1-based line it starts on."""

    cells: list[str]
    line: int
    end_line: int
    ends_with_pipe: bool


@dataclass
class Table:
    """A pipe table: header cells, the line of the header, and its rows."""

    header: list[str]
    line: int
    rows: list[Row] = field(default_factory=list)


def split_cells(line: str) -> list[str]:
    """Split one row on unescaped pipes, dropping the outer pipes."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [cell.strip() for cell in _CELL_SPLIT.split(text)]


def is_separator(line: str) -> bool:
    """True for a header separator such as ``|---|:--:|``."""
    return "-" in line and bool(_SEPARATOR.match(line))


def _is_header(lines: list[str], i: int) -> bool:
    return (
        "|" in lines[i]
        and not is_separator(lines[i])
        and i + 1 < len(lines)
        and is_separator(lines[i + 1])
    )


def iter_tables(lines: list[str]) -> Iterator[Table]:
    """Yield every pipe table in the lines (0-based list, 1-based line numbers)."""
    i = 0
    while i < len(lines):
        if _is_header(lines, i):
            table = Table(header=split_cells(lines[i]), line=i + 1)
            i = _read_rows(lines, i + 2, table.rows)
            yield table
        else:
            i += 1


def _row(parts: list[str], start: int, end: int) -> Row:
    joined = " ".join(parts)
    return Row(split_cells(joined), start + 1, end, joined.rstrip().endswith("|"))


def _read_rows(lines: list[str], i: int, rows: list[Row]) -> int:
    """Append the rows that start at index i; return the index after the table."""
    n = len(lines)
    parts: list[str] = []
    start = i
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            # Blank lines inside a table are tolerated when more rows follow.
            j = i + 1
            while j < n and not lines[j].strip():
                j += 1
            if j < n and lines[j].lstrip().startswith("|") and not _is_header(lines, j):
                i = j
                continue
            break
        if _STRUCTURAL.match(line) or _is_header(lines, i) or is_separator(line):
            break
        unfinished = bool(parts) and not parts[-1].rstrip().endswith("|")
        if stripped.startswith("|") or (not parts and "|" in stripped):
            if parts:
                rows.append(_row(parts, start, i))
            parts = [stripped]
            start = i
        elif unfinished:
            parts.append(stripped)  # a cell broken across lines
        else:
            break
        i += 1
    if parts:
        rows.append(_row(parts, start, i))
    return i
