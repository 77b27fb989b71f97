"""Digest formats: file text in, paper records out.

Three families are read: Hugging Face daily-papers digests (``hf-daily``), M-A-P
DailyPaper pages (``map-daily``) and any other Markdown with a pipe table of papers
(``markdown``). All three go through the same steps: find the dates that scope
each part of the file, find the pipe tables, map columns by header name, and turn
each row into a record or a reason it was skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import regex as re

from .normalise import (
    MD_LINK,
    NON_WORD,
    arxiv_id_from,
    clean_text,
    empty_to_none,
    fold_ws,
    repair_mojibake,
    safe_url,
    split_names,
)
from .tables import Row, Table, iter_tables

Record = dict[str, Any]


@dataclass(frozen=True)
class Problem:
    """A row skipped or a warning, with the line it concerns (0 for the whole file)."""

    line: int
    message: str


@dataclass
class ParseResult:
    """What one file gave: its source family, records, skipped rows and warnings."""

    source: str
    records: list[Record] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    file_error: str | None = None


# ---------------------------------------------------------------------------
# Dates

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = [
    re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    # Both digest families write day first: 15/10/2024.
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})(?!\d)"),
    re.compile(rf"(?i)\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
    re.compile(rf"(?i)(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>\d{{4}})\b"),
]
# Where a date scopes the rows below it: headings, <summary>/<b> labels, "Paper Today".
_DATE_LINE = re.compile(
    r"(?i)^\s*(?:#{1,6}\s|<summary\b|<b>|<strong>|\*\*|<h[1-6]\b|<details\b)|paper today|papers for"
)
_PATH_DATES = [
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})[/\\](?P<m>\d{2})[/\\](?P<d>\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})[/\\](?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
]


class BadDate(ValueError):
    """A date that is written but does not exist (2024-02-30)."""


def _match_to_date(m: re.Match[str]) -> dt.date:
    groups = m.groupdict()
    year = int(groups["y"])
    month = _MONTHS[groups["mon"].lower().rstrip(".")] if groups.get("mon") else int(groups["m"])
    day = int(groups["d"])
    if groups.get("m") and not groups.get("mon") and month > 12 and day <= 12:
        month, day = day, month  # an unambiguous month-first date: 10/15/2024
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise BadDate(m.group(0)) from exc


def find_date(text: str, patterns: list[re.Pattern[str]] = _DATE_PATTERNS) -> dt.date | None:
    """The first date written in the text; raises BadDate for an impossible one."""
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            return _match_to_date(m)
    return None


def date_from_path(path: str) -> dt.date | None:
    """A date in a file path: ``2024-10-25.md``, ``20241021.md``, ``2024/10/25.md``."""
    for pattern in _PATH_DATES:
        for m in pattern.finditer(path):
            try:
                return _match_to_date(m)
            except BadDate:
                continue
    return None


@dataclass(frozen=True)
class DateMark:
    line: int
    date: dt.date | None
    error: str | None = None


def date_marks(lines: list[str]) -> list[DateMark]:
    """Every heading-like line that carries a date, in order."""
    marks = []
    for i, line in enumerate(lines, start=1):
        if line.lstrip().startswith("|") or not _DATE_LINE.search(line):
            continue
        try:
            found = find_date(line)
        except BadDate as exc:
            marks.append(DateMark(i, None, f"impossible date {exc} in line {i}"))
            continue
        if found:
            marks.append(DateMark(i, found))
    return marks


# ---------------------------------------------------------------------------
# Columns

_COLUMN_NAMES = {
    "title": ("title", "paper", "papers", "paper title", "name", "paper name", "article"),
    "authors": ("authors", "author", "author s", "authors list", "by"),
    "affiliations": (
        "affiliation",
        "affiliations",
        "main affiliation",
        "main affiliations",
        "institution",
        "institutions",
        "organization",
        "organisation",
        "org",
        "lab",
    ),
    "summary": ("summary", "abstract", "tl dr", "tldr", "description", "ai summary", "overview"),
    "url": ("link", "links", "url", "arxiv", "pdf", "paper link", "arxiv link", "source"),
    "comments": ("comments", "comment", "notes", "note", "remarks", "review", "thoughts"),
    "date": ("date", "day", "published", "publication date"),
}
_NAME_TO_COLUMN = {name: col for col, names in _COLUMN_NAMES.items() for name in names}


def _header_key(cell: str) -> str:
    return " ".join(NON_WORD.sub(" ", clean_text(cell).casefold()).split())


def map_columns(header: list[str]) -> dict[str, int]:
    """Field name to column index, recognised by header name, first match wins."""
    mapping: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _header_key(cell)
        column = _NAME_TO_COLUMN.get(key)
        if column is None:
            # "Paper (arXiv)", "Main Affiliation(s)": fall back to the first word
            # that names a column.
            column = next((_NAME_TO_COLUMN[w] for w in key.split() if w in _NAME_TO_COLUMN), None)
        if column and column not in mapping:
            mapping[column] = index
    return mapping


# ---------------------------------------------------------------------------
# Cells

_READ_MORE = re.compile(
    r"(?i)\s*(?:[-–—:|]\s*|\(\s*)?\[?read\s+more\b.*$|\s*\(\s*\[(?:arxiv|pdf|huggingface|hf)\]\(.*$"
)
_BARE_URL = re.compile(r"https?://[^\s<>()\[\]|\"']+")
_FOLLOW_UP = re.compile(
    r"(?i)(?:\*\*)?\s*(?:here\s+are\s+(?:some\s+)?(?:potential\s+|possible\s+)?)?"
    r"follow[-\s]?up\s+questions?\b[^:.?]{0,80}[:.]?(?:\*\*)?"
)
_NUMBERED = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})[.)]\s+")
_BULLET = re.compile(r"(?:^|(?<=\s))[*•]\s+")
_MAX_TITLE = 2_000


def links_in(cell: str) -> list[str]:
    """The http(s) URLs in a cell, markdown links first, in order."""
    urls: list[str] = []
    if "](" in cell:  # every markdown link holds it: most cells are scanned no further
        urls = [m.group(3) for m in MD_LINK.finditer(cell) if not m.group(1)]
        cell = MD_LINK.sub(" ", cell)
    if "http" in cell:
        urls += _BARE_URL.findall(cell)
    return [u for u in (safe_url(u) for u in urls) if u]


def split_title(cell: str) -> str:
    """The title text of a title cell, without its "Read more on …" tail or links."""
    # Each tail holds "read" (no other character folds to its letters) or "](".
    if "](" in cell or "read" in cell.lower():
        cell = _READ_MORE.sub("", cell)
    return clean_text(cell)


def split_follow_ups(summary: str) -> tuple[str, list[str]]:
    """Split "… Follow-up questions: 1. … 2. …" into the summary and the questions."""
    m = _FOLLOW_UP.search(summary)
    if not m:
        return summary, []
    head = summary[: m.start()].strip()
    tail = summary[m.end() :].strip()
    return head, _enumerated(tail)


def _enumerated(text: str) -> list[str]:
    """Split "1. a 2. b" (numbers must count up from 1, so "3.5" inside a question
    is no cut) or a bullet list into items."""
    cuts: list[re.Match[str]] = []
    for m in _NUMBERED.finditer(text):
        if int(m.group(1)) == len(cuts) + 1:
            cuts.append(m)
    if not cuts:
        cuts = list(_BULLET.finditer(text))
    if not cuts:
        return [text] if text else []
    items = []
    for k, m in enumerate(cuts):
        stop = cuts[k + 1].start() if k + 1 < len(cuts) else len(text)
        item = text[m.end() : stop].strip()
        if item:
            items.append(item)
    return items


# ---------------------------------------------------------------------------
# Files

_HF_HEADING = re.compile(r"(?im)^\s*#{1,6}\s*papers\s+for\s+\d{4}-\d{2}-\d{2}")
_MAP_MARKERS = re.compile(
    r"(?i)paper\s+today\s*:|m-a-p\s+daily\s*paper|<summary>\s*<b>\s*\d{1,2}/\d{1,2}/\d{4}"
)


def detect_source(text: str) -> str:
    """``hf-daily``, ``map-daily`` or ``markdown``, from the file's own markers."""
    if _HF_HEADING.search(text):
        return "hf-daily"
    if _MAP_MARKERS.search(text):
        return "map-daily"
    return "markdown"


def parse_digest(text: str, path: str) -> ParseResult:
    """Parse one digest file's text into paper records.

    Records carry every papers.parquet column except ``paper_id`` and ``topics``,
    which need the whole collection (see dataset.py). Rows that are not papers, or
    have no date, are reported in ``skipped`` with their line.
    """
    text = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\x00" in text:
        text = text.replace("\x00", "")
    lines = text.split("\n")
    result = ParseResult(source=detect_source(text))
    marks = date_marks(lines)
    path_date = date_from_path(path)
    tables = list(iter_tables(lines))
    paper_tables = 0
    for table in tables:
        columns = map_columns(table.header)
        if "title" not in columns:
            if table.rows:
                result.warnings.append(
                    Problem(table.line, "table has no title/paper column; its rows were not read")
                )
            continue
        paper_tables += 1
        _read_table(table, columns, marks, path_date, path, result)
    if not paper_tables:
        result.file_error = "no table with a title or paper column"
    elif not result.records and not result.skipped:
        result.warnings.append(Problem(0, "paper table has no rows"))
    return result


def _date_for(line: int, marks: list[DateMark], path_date: dt.date | None) -> DateMark | None:
    current = None
    for mark in marks:
        if mark.line > line:
            break
        current = mark
    if current is None and path_date is not None:
        return DateMark(0, path_date)
    return current


def _read_table(
    table: Table,
    columns: dict[str, int],
    marks: list[DateMark],
    path_date: dt.date | None,
    path: str,
    result: ParseResult,
) -> None:
    width = len(table.header)
    free_column = columns.get("summary", columns.get("comments", width - 1))
    for row in table.rows:
        cells = _fit_cells(row, width, free_column, result)
        record = _row_record(row, cells, columns, result)
        if record is None:
            continue
        date = _row_date(row, cells, columns, marks, path_date, result)
        if date is None:
            continue
        record["date"] = date
        record["source"] = result.source
        record["source_file"] = path
        record["source_line"] = row.line
        result.records.append(record)


def _fit_cells(row: Row, width: int, free_column: int, result: ParseResult) -> list[str]:
    cells = list(row.cells)
    if len(cells) > width:
        extra = cells[free_column : len(cells) - (width - free_column - 1)]
        if all(not c for c in cells[width:]):
            cells = cells[:width]  # trailing empty cells: "| a | b | |"
        else:
            tail = (
                cells[len(cells) - (width - free_column - 1) :] if width - free_column - 1 else []
            )
            cells = cells[:free_column] + ["|".join(extra)] + tail
            result.warnings.append(
                Problem(
                    row.line,
                    f"row has {len(row.cells)} cells for {width} columns; "
                    "the extra pipes were kept as text",
                )
            )
    elif len(cells) < width:
        result.warnings.append(
            Problem(row.line, f"row has {len(cells)} of {width} cells; the missing ones are empty")
        )
        cells += [""] * (width - len(cells))
    return cells


def _row_record(
    row: Row, cells: list[str], columns: dict[str, int], result: ParseResult
) -> Record | None:
    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index] if index is not None else ""

    title_cell = cell("title")
    title = split_title(title_cell)
    if not title or set(title) <= set("-–—:. "):
        if any(c.strip() for c in cells):
            result.skipped.append(Problem(row.line, "row has no title"))
        return None
    if len(title) > _MAX_TITLE:
        result.skipped.append(
            Problem(row.line, f"title cell is {len(title):,} characters, not a title")
        )
        return None
    url_cell = cell("url")
    urls = links_in(title_cell) + links_in(url_cell)
    arxiv_id = arxiv_id_from(title_cell) or arxiv_id_from(url_cell)
    arxiv_urls = [u for u in urls if arxiv_id and arxiv_id in u and "arxiv" in u]
    url = (arxiv_urls or urls or [None])[0]
    summary_text = clean_text(cell("summary"))
    summary, questions = split_follow_ups(summary_text)
    return {
        "arxiv_id": arxiv_id,
        "title": title,
        "url": url,
        "authors": split_names(cell("authors")),
        "affiliations": split_names(cell("affiliations"), affiliations=True),
        "summary": empty_to_none(summary),
        "follow_up_questions": questions,
        "comments": empty_to_none(clean_text(cell("comments"))),
    }


def _row_date(
    row: Row,
    cells: list[str],
    columns: dict[str, int],
    marks: list[DateMark],
    path_date: dt.date | None,
    result: ParseResult,
) -> dt.date | None:
    if "date" in columns:
        raw = fold_ws(cells[columns["date"]])
        try:
            own = find_date(raw)
        except BadDate:
            result.skipped.append(Problem(row.line, f"impossible date {raw!r} in the date column"))
            return None
        if own:
            return own
    mark = _date_for(row.line, marks, path_date)
    if mark is None:
        result.skipped.append(
            Problem(row.line, "no date: none in a heading above the row or in the file path")
        )
        return None
    if mark.date is None:
        result.skipped.append(Problem(row.line, mark.error or "no date"))
        return None
    return mark.date
