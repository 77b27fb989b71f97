"""The dashboard's global filter state: defined once, read from and written to URL
query parameters, and applied to the papers and metrics tables.

Query parameters (all optional; absent means "everything"):

    from=2024-10-01&to=2024-10-25&topic=reasoning,agents&source=hf-daily&q=diffusion
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

QUICK_PICKS = {"7d": 7, "30d": 30, "All": None}
#: The longest search a link or the search box carries; a link's longer value is
#: cut, so the box takes no more than a link can give back.
QUERY_CHARS = 200


@dataclass(frozen=True)
class FilterState:
    """What the user selected. ``start``/``end`` are inclusive digest days."""

    start: dt.date
    end: dt.date
    topics: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    query: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Bounds:
    """What the dataset offers: its first and last day, topic ids, sources."""

    first: dt.date
    last: dt.date
    topics: tuple[str, ...]
    sources: tuple[str, ...]
    notices: list[str] = field(default_factory=list, compare=False)

    def default(self) -> FilterState:
        return FilterState(self.first, self.last)


def bounds_of(papers: pd.DataFrame, topic_ids: Iterable[str]) -> Bounds:
    """The dataset's date range, topics and sources (today for an empty dataset)."""
    if papers.empty:
        today = dt.date.today()
        return Bounds(today, today, tuple(topic_ids), ())
    dates = papers["date"]
    return Bounds(
        dates.min().date(),
        dates.max().date(),
        tuple(topic_ids),
        tuple(sorted(papers["source"].unique())),
    )


def quick_pick(bounds: Bounds, days: int | None) -> tuple[dt.date, dt.date]:
    """The last ``days`` days of the dataset (all of it for None)."""
    if days is None:
        return bounds.first, bounds.last
    return max(bounds.first, bounds.last - dt.timedelta(days=days - 1)), bounds.last


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def from_query(
    params: Mapping[str, str], bounds: Bounds, labels: Mapping[str, str] | None = None
) -> tuple[FilterState, list[str]]:
    """The filter state a URL asks for, and a notice for each part that could not
    be honoured (malformed or reversed dates, unknown topics or sources), which
    falls back to the default instead of failing. A topic or source may be named in
    any case, a topic also by its label (``labels``: "Image generation")."""
    notices: list[str] = []
    start, end = bounds.first, bounds.last
    given: set[str] = set()
    for key, default in (("from", bounds.first), ("to", bounds.last)):
        raw = params.get(key)
        if raw is None:
            continue
        parsed = _parse_date(raw)
        if parsed is None:
            notices.append(f"Ignored {key}={raw!r}: not a date (YYYY-MM-DD); using {default}.")
            continue
        given.add(key)
        if key == "from":
            start = parsed
        else:
            end = parsed
    # Only two dates given can be reversed; one date past the data's other end asks
    # for days with no data.
    asked = (start, end)
    reversed_at = len(notices) if start > end and len(given) == 2 else None
    if reversed_at is not None:
        start, end = end, start
    if start > end or start < bounds.first or end > bounds.last:
        clamped = (max(start, bounds.first), min(end, bounds.last))
        if clamped[0] > clamped[1]:
            notices.append(
                f"No data {_asked_days(start, end, given)}; showing all days "
                f"({bounds.first} to {bounds.last})."
            )
            clamped = (bounds.first, bounds.last)
        start, end = clamped
    if reversed_at is not None:  # named after clamping: the days the page shows
        notices.insert(
            reversed_at,
            f"The date range {asked[0]} to {asked[1]} was reversed; showing {start} to {end}.",
        )
    topics = _known(_split(params.get("topic")), bounds.topics, "topic", notices, labels)
    sources = _known(_split(params.get("source")), bounds.sources, "source", notices)
    query = (params.get("q") or "").strip()[:QUERY_CHARS]
    return FilterState(start, end, tuple(topics), tuple(sources), query), notices


def _asked_days(start: dt.date, end: dt.date, given: set[str]) -> str:
    if given == {"from"}:
        return f"from {start} on"
    if given == {"to"}:
        return f"up to {end}"
    return f"between {start} and {end}"


def _known(
    values: list[str],
    known: tuple[str, ...],
    what: str,
    notices: list[str],
    labels: Mapping[str, str] | None = None,
) -> list[str]:
    """``values`` that name one of ``known``, by itself or by its label (``labels``,
    id -> label: the name a page shows), in any case; a notice for the others."""
    names = {k.casefold(): k for k in known}
    names |= {label.casefold(): k for k, label in (labels or {}).items() if k in known}
    unknown = [v for v in values if v.casefold() not in names]
    if unknown:
        notices.append(f"Ignored unknown {what}: {', '.join(unknown)}.")
    return list(dict.fromkeys(names[v.casefold()] for v in values if v.casefold() in names))


# The URL's filter parameters; pages add their own (the paper, the benchmark).
QUERY_KEYS = ("from", "to", "topic", "source", "q")


def to_query(state: FilterState, bounds: Bounds) -> dict[str, str]:
    """Query parameters for ``state``; defaults are left out to keep links short. A
    range with a start of its own keeps its end too, the last day included: a link to
    "the last 7 days" opens those 7 days after newer digests arrive."""
    params: dict[str, str] = {}
    if state.start != bounds.first:
        params["from"] = state.start.isoformat()
    if state.end != bounds.last or params:
        params["to"] = state.end.isoformat()
    if state.topics:
        params["topic"] = ",".join(state.topics)
    if state.sources:
        params["source"] = ",".join(state.sources)
    if state.query:
        params["q"] = state.query
    return params


def list_codes(lists: pd.Series, sort: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The items of a column of lists as integer codes into their distinct values
    (sorted when ``sort``), with the position of each item's row: ``values[codes]``
    and ``rows`` are what ``explode`` gives. A loaded dataset keeps its list columns
    in Arrow, where this is a few vector operations (no Python object per item)."""
    if isinstance(lists.dtype, pd.ArrowDtype):
        array = pa.array(lists)
        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks()
        rows = pc.list_parent_indices(array).to_numpy().astype(np.int64, copy=False)
        encoded = pc.dictionary_encode(pc.list_flatten(array))
        codes = encoded.indices.to_numpy().astype(np.int64, copy=False)
        values = encoded.dictionary.to_numpy(zero_copy_only=False).astype(object)
    else:
        objects = lists.to_numpy()
        lengths = np.fromiter(map(len, objects), np.int64, len(objects))
        rows = np.repeat(np.arange(len(objects)), lengths)
        items = np.concatenate(objects) if lengths.sum() else np.array([], dtype=object)
        codes, values = pd.factorize(items.astype(object, copy=False))
        values = np.asarray(values, dtype=object)
    if sort and len(values):
        order = np.argsort(values, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        codes, values = rank[codes], values[order]
    return codes, values, rows


def in_dates(frame: pd.DataFrame, start: object, end: object) -> pd.DataFrame:
    """The rows of ``frame`` dated ``start`` to ``end`` (inclusive). A built dataset
    is sorted by date, so this is a slice that copies nothing (a quarter of a
    million summaries is a lot to copy on every filter change)."""
    dates = frame["date"]
    first, last = pd.Timestamp(start), pd.Timestamp(end)
    if dates.is_monotonic_increasing:
        return frame.iloc[
            dates.searchsorted(first, side="left") : dates.searchsorted(last, side="right")
        ]
    return frame[(dates >= first) & (dates <= last)]


def apply(
    papers: pd.DataFrame, state: FilterState, people: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """The papers the state selects: in the date range, with any of the chosen
    topics, from any of the chosen sources, and containing the search text
    (case-insensitive) in the title, authors or summary. ``people`` (author string
    -> person) lets an author be found by their person's name too: "Ziwei Liu"
    finds the papers listed under ``liuziwei7``."""
    # Cheap tests first; the list and text tests then run on what is left.
    selected = in_dates(papers, state.start, state.end)
    if state.sources:
        selected = selected[selected["source"].isin(state.sources)]
    if state.topics and len(selected):
        codes, values, rows = list_codes(selected["topics"])
        chosen = np.zeros(len(selected), dtype=bool)
        chosen[rows[np.isin(values, list(state.topics))[codes]]] = True
        selected = selected[chosen]
    if state.query and len(selected):
        selected = selected[search_mask(selected, state.query, people)]
    return selected


def _haystack(papers: pd.DataFrame, people: Mapping[str, str] | None) -> pd.Series:
    """What the search reads: title, authors, their persons and summary, one line each."""
    return (
        papers["title"].fillna("")
        + "\n"
        + papers["authors"].map(" ; ".join)
        + "\n"
        + (
            papers["authors"].map(lambda a: " ; ".join(people.get(n, "") for n in a))
            if people
            else ""
        )
        + "\n"
        + papers["summary"].fillna("")
    )


def _fields(papers: pd.DataFrame, people: Mapping[str, str] | None) -> list[pa.Array]:
    """The haystack's lines as Arrow string arrays (nulls as empty strings)."""
    authors = pa.array(papers["authors"], pa.list_(pa.string()))
    if isinstance(authors, pa.ChunkedArray):
        authors = authors.combine_chunks()
    fields = [pa.array(papers["title"], pa.string()), pc.binary_join(authors, " ; ")]
    if people:
        names = pc.list_flatten(authors)
        persons = pa.array([people.get(n, "") for n in names.to_pylist()], pa.string())
        offsets = pc.subtract(authors.offsets, authors.offsets[0])
        fields.append(pc.binary_join(pa.ListArray.from_arrays(offsets, persons), " ; "))
    fields.append(pa.array(papers["summary"], pa.string()))
    return [pc.fill_null(f, "") for f in fields]


def quoted(query: str) -> str | None:
    """The words of a search written in double quotes (``"FID"``), else None."""
    query = query.strip()
    if len(query) > 2 and query[0] == query[-1] == '"':
        return query[1:-1].strip() or None
    return None


def whole_words(words: str) -> str:
    """A search for ``words`` as whole words: ``FID`` matches "FID" and "FIDs",
    not "fidelity"."""
    return f'"{words}"'


def _word_pattern(words: str, lookaround: bool) -> str:
    # Without lookaround (RE2, Arrow's engine, has no lookbehind) the neighbours are
    # matched instead.
    body = re.escape(words) + "(?:e?s)?"
    if lookaround:
        return rf"(?<!\w){body}(?!\w)"
    return rf"(?:^|\W){body}(?:$|\W)"


def search_mask(papers: pd.DataFrame, query: str, people: Mapping[str, str] | None) -> np.ndarray:
    """Which papers contain ``query`` (case-insensitive, as ``str.casefold``) in
    their title, authors (or the authors' persons, through ``people``) or summary;
    a query in double quotes as whole words, plural or not (``quoted``).

    Arrow's case-insensitive match reads the ASCII rows (nine in ten) in C; for
    ASCII text it agrees with casefold, since casefold maps no non-ASCII letter
    onto ASCII. Rows with other letters (where casefold also expands letters such
    as "ß" to "ss") are read by casefold in Python. Over 50,000 papers this took
    0.6 s as one casefolded pandas column."""
    words = quoted(query)
    needle = (words if words is not None else query).casefold()
    # The patterns of Python (for the rows Arrow does not read) and of Arrow, which
    # has no lookbehind; None: a plain substring.
    pattern = None if words is None else _word_pattern(needle, lookaround=True)
    arrow_pattern = None if words is None else _word_pattern(needle, lookaround=False)
    if "\n" in needle:  # a match across lines: only the joined haystack has one
        return _python_match(_haystack(papers, people), needle, pattern)
    fields = _fields(papers, people)
    ascii_rows = np.ones(len(papers), dtype=bool)
    found = np.zeros(len(papers), dtype=bool)
    for line in fields:
        ascii_rows &= pc.string_is_ascii(line).to_numpy(zero_copy_only=False)
        if arrow_pattern is None:
            hit = pc.match_substring(line, needle, ignore_case=True)
        else:
            hit = pc.match_substring_regex(line, arrow_pattern, ignore_case=True)
        found |= hit.to_numpy(zero_copy_only=False)
    other = np.flatnonzero(~ascii_rows)
    if len(other):
        found[other] = _python_match(_haystack(papers.iloc[other], people), needle, pattern)
    return found


def _python_match(haystack: pd.Series, needle: str, pattern: str | None) -> np.ndarray:
    folded = haystack.str.casefold()
    if pattern is None:
        return folded.str.contains(needle, regex=False).to_numpy()
    return folded.str.contains(pattern, regex=True).to_numpy()


#: The periods charts count by.
PERIODS = ("day", "week", "month")


def suggested_period(state: FilterState) -> str:
    """``day`` up to six weeks, ``week`` up to a year, else ``month``: about 40 to 60
    bars at most, so bars stay readable and the browser draws them quickly."""
    if state.days <= 42:
        return "day"
    return "week" if state.days <= 366 else "month"


def days_before(state: FilterState, first: dt.date) -> FilterState | None:
    """Every day of the data before ``state``'s range (from ``first``), no other
    filter; None when the range starts on the first day."""
    if state.start <= first:
        return None
    return FilterState(first, state.start - dt.timedelta(days=1))


_PAPER_KEY = ["paper_id", "date", "source"]


def metrics_of(metrics: pd.DataFrame, papers: pd.DataFrame) -> pd.DataFrame:
    """The metric rows of the given (filtered) papers, with the paper's title."""
    keys = papers[_PAPER_KEY + ["title"]]
    if len(papers):  # only metrics of the papers' days can match
        metrics = in_dates(metrics, papers["date"].min(), papers["date"].max())
    return metrics.merge(keys, on=_PAPER_KEY, how="inner")


@dataclass(frozen=True)
class MetricFilter:
    """The Metrics page's own filters; an empty tuple means all."""

    metrics: tuple[str, ...] = ()
    benchmarks: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


def apply_metric_filter(metrics: pd.DataFrame, selection: MetricFilter) -> pd.DataFrame:
    """Metric rows matching every non-empty part of ``selection``."""
    mask = pd.Series(True, index=metrics.index)
    for column, values in (
        ("metric", selection.metrics),
        ("benchmark", selection.benchmarks),
        ("unit", selection.units),
        ("kind", selection.kinds),
    ):
        if values:
            mask &= metrics[column].isin(values)
    return metrics[mask]
