"""Aggregations behind the dashboard's charts and tables: filtered DataFrames in,
small DataFrames out. Every function is pure and returns exactly the rows a chart
draws, so the CSV download of a chart is that DataFrame."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..enrich.benchmarks import better
from ..read.normalise import normalise_names
from .filters import list_codes


def headline(papers: pd.DataFrame, metrics: pd.DataFrame) -> dict[str, int]:
    """The Overview's figures for the filtered data but its authors, which it
    counts as people (``people.people_count``): rows, distinct papers, days and
    metric numbers."""
    return {
        "papers": len(papers),
        "distinct_papers": papers["paper_id"].nunique(),
        "days": papers["date"].nunique(),
        "metric_numbers": len(metrics),
    }


def papers_per_period(papers: pd.DataFrame, freq: str = "day") -> pd.DataFrame:
    """Paper rows per period (``day``, ``week`` or ``month``) and source: columns
    date (the period's first day), source, papers."""
    if papers.empty:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "source": [], "papers": []})
    return _pair_counts(
        pd.factorize(period_start(papers["date"], freq), sort=True),
        pd.factorize(papers["source"], sort=True),
        ("date", "source"),
    )


def newest_day(papers: pd.DataFrame) -> pd.DataFrame:
    """The papers of the latest day in the selection."""
    if papers.empty:
        return papers
    return papers[papers["date"] == papers["date"].max()]


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """Each date's period (``day``, ``week`` or ``month``), labelled by its first day;
    weeks start on Monday."""
    if freq == "week":
        return (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.normalize()
    if freq == "month":
        return (dates - pd.to_timedelta(dates.dt.day - 1, unit="D")).dt.normalize()
    return dates.dt.normalize()


def _pair_counts(
    first: tuple[np.ndarray, Any],
    second: tuple[np.ndarray, Any],
    names: tuple[str, str],
    every: bool = False,
) -> pd.DataFrame:
    """How often each pair of codes occurs, given two (codes, sorted values) as
    ``pd.factorize(..., sort=True)`` returns them: columns ``names`` and papers,
    sorted by both; with ``every``, pairs that never occur too (0 papers). One
    ``bincount`` rather than a groupby over strings, several times faster at a
    quarter of a million rows."""
    (first_codes, first_values), (second_codes, second_values) = first, second
    width = len(second_values)
    valid = (first_codes >= 0) & (second_codes >= 0)  # a groupby drops missing keys too
    pairs = first_codes[valid].astype(np.int64) * width + second_codes[valid]
    counts = np.bincount(pairs, minlength=len(first_values) * width)
    present = np.arange(len(counts)) if every else np.flatnonzero(counts)
    return pd.DataFrame(
        {
            names[0]: first_values[present // width],
            names[1]: second_values[present % width],
            "papers": counts[present],
        }
    )


def topic_counts(
    papers: pd.DataFrame, freq: str = "day", labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Distinct papers per period (``day``, ``week`` or ``month``) and topic, each
    topic's share of the period's distinct papers, and that number (period_papers).
    A paper listed by two sources, or on two days of one week, counts once; a paper
    with two topics counts once for each, so a period's shares can add up to more
    than 100% while each stays at most 100%. Every topic of the papers has a row in
    every period, 0 papers and a 0 share where it has none: a share averaged over
    periods, or drawn as a grid, needs its zeros."""
    columns = ["period", "topic", "label", "papers", "share", "period_papers"]
    if papers.empty:
        return pd.DataFrame(columns=columns)
    codes, topics, rows = list_codes(papers["topics"], sort=True)
    period_codes, period_values = pd.factorize(period_start(papers["date"], freq), sort=True)
    paper_codes = pd.factorize(papers["paper_id"])[0]
    pairs = _distinct_pairs(period_codes[rows] * len(topics) + codes, paper_codes[rows])
    counts = _pair_counts(
        (pairs // len(topics), period_values),
        (pairs % len(topics), topics),
        ("period", "topic"),
        every=True,
    )
    in_period = np.bincount(
        _distinct_pairs(period_codes, paper_codes), minlength=len(period_values)
    )
    counts["period_papers"] = in_period[period_values.get_indexer(counts["period"])]
    counts["share"] = counts["papers"] / counts["period_papers"]
    counts["label"] = [(labels or {}).get(t, t) for t in counts["topic"]]
    return counts[columns]


def _distinct_pairs(groups: np.ndarray, papers: np.ndarray) -> np.ndarray:
    """The group of each distinct (group, paper) pair: a paper counted once per group."""
    width = int(papers.max()) + 1 if len(papers) else 1
    return pd.unique(groups.astype(np.int64) * width + papers) // width


def every_period(start: object, end: object, freq: str) -> pd.DatetimeIndex:
    """Every period (``day``, ``week`` or ``month``, labelled by its first day) with a
    day from ``start`` to ``end``, those without papers too."""
    days = pd.Series(pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="D"))
    return pd.DatetimeIndex(period_start(days, freq).unique(), name="period")


def topic_grid(
    counts: pd.DataFrame, labels: Mapping[str, str], periods: Sequence[pd.Timestamp]
) -> pd.DataFrame:
    """``topic_counts`` with a row for every topic of ``labels`` (and any other the
    counts have) in each of ``periods``: 0 papers and a 0 share where it has none, so
    a download over a quiet week, or a picked topic without papers, still says 0."""
    topics = sorted(set(labels) | set(counts["topic"]))
    index = pd.MultiIndex.from_product(
        [pd.DatetimeIndex(periods), topics], names=["period", "topic"]
    )
    known = counts.set_index(["period", "topic"])
    grid = pd.DataFrame(index=index).reset_index()
    found = known.reindex(index)
    grid["label"] = [labels.get(t, t) for t in grid["topic"]]
    grid["papers"] = found["papers"].fillna(0).astype("int64").to_numpy()
    in_period = counts.groupby("period")["period_papers"].first()
    grid["period_papers"] = in_period.reindex(grid["period"]).fillna(0).astype("int64").to_numpy()
    grid["share"] = found["share"].fillna(0.0).astype(float).to_numpy()
    return grid[list(counts.columns)]


def partial_periods(periods: pd.Series, freq: str, start: object, end: object) -> np.ndarray:
    """Whether each period (labelled by its first day) reaches outside the selected
    days ``start`` to ``end``: its count covers only part of a week or month."""
    first = pd.to_datetime(periods)
    if freq == "week":
        last = first + pd.Timedelta(days=6)
    elif freq == "month":
        last = first + pd.offsets.MonthEnd(0)
    else:
        last = first
    return ((first < pd.Timestamp(start)) | (last > pd.Timestamp(end))).to_numpy()


def topic_totals(papers: pd.DataFrame, labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Each topic's distinct papers over the selection and its share of all distinct
    papers (a paper listed by two sources counts once)."""
    columns = ["topic", "label", "papers", "share"]
    if papers.empty:
        return pd.DataFrame(columns=columns)
    codes, topics, rows = list_codes(papers["topics"])
    paper_codes, distinct = pd.factorize(papers["paper_id"])
    per_topic = _distinct_pairs(codes, paper_codes[rows])
    counts = pd.DataFrame(
        {"topic": topics, "papers": np.bincount(per_topic, minlength=len(topics))}
    )
    counts["share"] = counts["papers"] / len(distinct)
    counts["label"] = [(labels or {}).get(t, t) for t in counts["topic"]]
    return counts[columns].sort_values(
        ["papers", "topic"], ascending=[False, True], ignore_index=True
    )


def totals_of_every_topic(totals: pd.DataFrame, labels: Mapping[str, str]) -> pd.DataFrame:
    """``topic_totals`` with a row, 0 papers, for each topic of ``labels`` it lacks."""
    missing = sorted(set(labels) - set(totals["topic"]))
    zeros = pd.DataFrame(
        {"topic": missing, "label": [labels[t] for t in missing], "papers": 0, "share": 0.0}
    )
    table = pd.concat([totals, zeros], ignore_index=True) if missing else totals.copy()
    table["papers"] = table["papers"].astype("int64")
    table["share"] = table["share"].astype(float)
    return table.sort_values(["papers", "topic"], ascending=[False, True], ignore_index=True)


def mix_change_of_totals(
    current: pd.DataFrame, previous: pd.DataFrame, labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Each topic's share of papers in the selected range against the range before
    it, and the change in percentage points, from the two ranges' ``topic_totals``."""
    now = current.set_index("topic")
    before = previous.set_index("topic")
    topics = sorted(set(now.index) | set(before.index))
    table = pd.DataFrame(index=pd.Index(topics, name="topic"))
    table["label"] = [(labels or {}).get(t, t) for t in topics]
    table["papers"] = now["papers"].reindex(topics).fillna(0).astype(int)
    table["papers_before"] = before["papers"].reindex(topics).fillna(0).astype(int)
    table["share"] = now["share"].reindex(topics).fillna(0.0)
    table["share_before"] = before["share"].reindex(topics).fillna(0.0)
    table["change_points"] = (table["share"] - table["share_before"]) * 100
    return table.reset_index().sort_values(
        ["change_points", "topic"], ascending=[False, True], ignore_index=True
    )


def _author_codes(papers: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (paper row, author) pair as integer codes: the author's code, the row's
    position, and the author keys the codes index. Each distinct name is normalised
    once; empty names are left out."""
    codes, distinct, rows = list_codes(papers["authors"])
    keys = normalise_names(distinct)
    if (keys != distinct).any():  # only for data that did not come from a build
        key_of_name, keys = pd.factorize(keys)
        codes = key_of_name[codes]
        keys = keys.astype(object)
    if (keys == "").any():
        keep = codes != np.flatnonzero(keys == "")[0]
        codes, rows = codes[keep], rows[keep]
    return codes, rows, keys


def _sort_order(columns: Mapping[str, np.ndarray], by: list[tuple[str, str]]) -> np.ndarray:
    """Row positions that sort ``columns`` by ``by`` ((column, "ascending" or
    "descending") pairs; stable, nulls last). Arrow orders a quarter of a million
    strings in a tenth of the time pandas' sort_values takes."""
    table = pa.table({name: pa.array(values, from_pandas=True) for name, values in columns.items()})
    return pc.sort_indices(table, by).to_numpy()


def _distinct_per_group(groups: np.ndarray, values: np.ndarray, n_groups: int) -> np.ndarray:
    """How many distinct ``values`` (non-negative integer codes) each group has."""
    width = int(values.max()) + 1
    return np.bincount(pd.unique(groups * width + values) // width, minlength=n_groups)


def author_table(papers: pd.DataFrame, search: str = "") -> pd.DataFrame:
    """Every author with their number of distinct papers, digest days, and first and
    last day, most prolific first; ``search`` keeps names containing it."""
    columns = ["author", "papers", "days", "first", "last"]
    codes, rows, keys = _author_codes(papers)
    if search:
        wanted = pd.Series(keys).str.casefold().str.contains(search.casefold(), regex=False)
        keep = wanted.to_numpy()[codes]
        codes, rows = codes[keep], rows[keep]
    if not len(codes):
        return pd.DataFrame(columns=columns)
    # Integer codes and bincounts: a pandas groupby over a million (author, paper)
    # pairs with 400k distinct authors takes half a second.
    n = len(keys)
    day = papers["date"].to_numpy().astype("datetime64[D]").astype(np.int64)[rows]
    first = np.full(n, np.iinfo(np.int64).max)
    last = np.full(n, np.iinfo(np.int64).min)
    np.minimum.at(first, codes, day)
    np.maximum.at(last, codes, day)
    counts = _distinct_per_group(codes, pd.factorize(papers["paper_id"])[0][rows], n)
    present = np.flatnonzero(counts)
    counts, keys = counts[present], keys[present]
    order = _sort_order(
        {"papers": counts, "author": keys}, [("papers", "descending"), ("author", "ascending")]
    )
    present = present[order]
    return pd.DataFrame(
        {
            "author": keys[order],
            "papers": counts[order],
            "days": _distinct_per_group(codes, day - day.min(), n)[present],
            "first": first[present].astype("datetime64[D]").astype(papers["date"].dtype),
            "last": last[present].astype("datetime64[D]").astype(papers["date"].dtype),
        }
    )


def metric_options(metrics: pd.DataFrame, column: str) -> list[str]:
    """The values of ``column`` by frequency, most common first (empty last)."""
    counts = metrics[column].value_counts()
    return sorted(counts.index, key=lambda v: (v == "", -counts[v], v))


def lower_wins(rows: pd.DataFrame, benchmark_id: str | None = None) -> bool:
    """Whether the smaller value of ``rows`` (one metric on one benchmark) is the
    better, as the registry says of their canonical metric (on ``benchmark_id``,
    else their own)."""
    first = rows.iloc[0]
    on = first["benchmark_id"] if benchmark_id is None else benchmark_id
    return better(first["metric_id"], on or None) == "lower"


def _pair(metrics: pd.DataFrame, metric: str, benchmark: str) -> pd.DataFrame:
    return metrics[(metrics["metric"] == metric) & (metrics["benchmark"] == benchmark)]


def pair_lower_wins(metrics: pd.DataFrame, metric: str, benchmark: str) -> bool:
    """``lower_wins`` of one metric and benchmark as written (False when none)."""
    rows = _pair(metrics, metric, benchmark)
    return not rows.empty and lower_wins(rows)


def best_per_day(
    metrics: pd.DataFrame, metric: str, benchmark: str, largest: bool = False
) -> pd.DataFrame:
    """For one metric and benchmark (unit kept apart), the best value reported each
    day: the highest, or the lowest where lower is better (``lower_wins``); with
    ``largest``, the highest whatever the metric (changes, by their size as written:
    a 3-point drop in FID is as large as a 3-point gain)."""
    columns = ["date", "metric", "benchmark", "unit", "value", "title", "paper_id"]
    rows = _pair(metrics, metric, benchmark)
    if rows.empty:
        return pd.DataFrame(columns=columns)
    ascending = not largest and lower_wins(rows)
    ordered = rows.sort_values(["date", "unit", "value"], ascending=[True, True, ascending])
    best = ordered.drop_duplicates(["date", "unit"], keep="first")
    return best[columns].reset_index(drop=True)


def metric_pairs(metrics: pd.DataFrame, min_rows: int = 2) -> pd.DataFrame:
    """(metric, benchmark) pairs with a name and at least ``min_rows`` numbers,
    most reported first: the choices for the best-per-day line."""
    named = metrics[(metrics["metric"] != "") & (metrics["benchmark"] != "")]
    pairs = named.groupby(["metric", "benchmark"]).size().rename("numbers").reset_index()
    pairs = pairs[pairs["numbers"] >= min_rows]
    return pairs.sort_values(
        ["numbers", "metric", "benchmark"], ascending=[False, True, True], ignore_index=True
    )


#: The colour groups of ``with_color_groups`` for an empty value and for the rest.
UNNAMED_GROUP, OTHER_GROUP = "(not named)", "other (less common)"


def with_color_groups(metrics: pd.DataFrame, by: str, top: int = 10) -> pd.DataFrame:
    """``metrics`` with a ``color`` column: the value of ``by``, keeping the ``top``
    most frequent and naming the rest "other" so a legend stays readable."""
    values = metrics[by].replace("", UNNAMED_GROUP)
    keep = set(values.value_counts().head(top).index)
    return metrics.assign(color=values.where(values.isin(keep), OTHER_GROUP))


#: The Papers table's columns, in order.
PAPER_TABLE_COLUMNS = [
    "date",
    "title",
    "authors",
    "affiliations",
    "topics",
    "metric_numbers",
    "source",
    "url",
    "arxiv_id",
    "paper_id",
    "summary",
    "comments",
]


def paper_table(papers: pd.DataFrame, metrics: pd.DataFrame) -> pd.DataFrame:
    """The Papers page's table: one row per paper and day with its number of
    reported metrics. Links are as written: the shell checks them before drawing."""
    key = ["paper_id", "date", "source"]
    counts = metrics.groupby(key).size().rename("metric_numbers")
    table = papers.join(counts, on=key)
    table["metric_numbers"] = table["metric_numbers"].fillna(0).astype(int)
    order = _sort_order(
        {
            "date": table["date"].to_numpy(),
            "title": table["title"].to_numpy(dtype=object, na_value=None),
        },
        [("date", "descending"), ("title", "ascending")],
    )
    return table[PAPER_TABLE_COLUMNS].take(order).reset_index(drop=True)


def report_rows(report) -> pd.DataFrame:
    """A build report's skipped files, skipped rows and warnings as one table."""
    rows = [
        {"kind": kind, "file": item.file, "line": item.line, "reason": item.reason}
        for kind, items in (
            ("skipped file", report.skipped_files),
            ("skipped row", report.skipped_rows),
            ("warning", report.warnings),
        )
        for item in items
    ]
    return pd.DataFrame(rows, columns=["kind", "file", "line", "reason"])


def report_files(report) -> pd.DataFrame:
    """A build report's files: file, source, rows, skipped, error ("" for none)."""
    rows = [
        {
            "file": f.file,
            "source": f.source,
            "rows": f.rows,
            "skipped": f.skipped,
            "error": f.error or "",
        }
        for f in report.files
    ]
    return pd.DataFrame(rows, columns=["file", "source", "rows", "skipped", "error"])


#: The most rows a table on a page shows, and the most points a scatter plots: the
#: browser receives every row and point, and at a quarter of a million papers a
#: full table took 25 s to load. The CSV download always has every row.
TABLE_ROWS = 1_000
PLOT_POINTS = 5_000


def first_rows(frame: pd.DataFrame, limit: int = TABLE_ROWS) -> pd.DataFrame:
    """The first ``limit`` rows of ``frame`` (its order is the page's order)."""
    return frame.iloc[:limit]


def sample_points(frame: pd.DataFrame, limit: int = PLOT_POINTS) -> pd.DataFrame:
    """At most ``limit`` rows of ``frame``: all of them when there are few, else an
    even random sample (the same for the same rows), in index order (which is
    the frame's order for a frame sorted by its index, as filtered rows are)."""
    if len(frame) <= limit:
        return frame
    return frame.sample(n=limit, random_state=0).sort_index()


#: A chart's values spanning this many times their smallest want a log axis.
LOG_SPAN = 100.0


def log_axis(rows: pd.DataFrame) -> bool:
    """Whether a chart of ``rows``' values (columns value, unit) wants a log axis:
    they span decades (``spans_decades``) and are not all percentages within 0-100,
    which read as shares on a linear axis (an accuracy of 0.8% beside one of 95%)."""
    values = rows["value"].dropna()
    if not values.empty and (rows["unit"] == "%").all() and values.max() <= 100:
        return False
    return spans_decades(values)


def spans_decades(values: pd.Series, span: float = LOG_SPAN) -> bool:
    """Whether positive ``values`` run over ``span`` times their smallest (1.2x to
    4,000x): on a linear axis most would sit flat at 0. Never with a value at or
    below 0, which a log axis cannot draw."""
    values = values.dropna()
    if values.empty or (values <= 0).any():
        return False
    return bool(values.max() / values.min() >= span)
