"""The dataset's papers as integer codes, computed once per dataset version, so
that a filtered view selects and counts instead of recomputing from text.

A filtered frame keeps the row labels of the dataset's papers (``filters.apply``
slices and masks, it never renumbers), so a selection is a set of row positions:
who wrote it (authors as people), which metric rows belong to it and where it
sits in the Papers table's order are then lookups into arrays built here. Each
function gives exactly what its counterpart in ``people``, ``aggregate`` or
``filters`` gives on the filtered frame (tests/test_selection.py compares them)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import aggregate, people

_PAPER_KEY = ["paper_id", "date", "source"]


@dataclass(frozen=True)
class PaperIndex:
    """Codes of every paper row of one dataset version (see the module's docstring)."""

    rows: int
    #: Per paper row: its paper's code, and its day as days since 1970.
    paper_code: np.ndarray
    day: np.ndarray
    #: Per (paper row, author) pair: the row and the person's code in ``persons``.
    pair_row: np.ndarray
    pair_person: np.ndarray
    #: Per person: the name, the strings found for it, whether a lone username.
    persons: np.ndarray
    found_as: np.ndarray
    username_only: np.ndarray
    #: Per metric row: the paper row it belongs to (-1 for none).
    metric_row: np.ndarray
    #: Per paper row: how many metric rows it has.
    metric_numbers: np.ndarray
    #: Paper rows in the Papers table's order (newest day first, then title).
    table_order: np.ndarray


def build_index(papers: pd.DataFrame, metrics: pd.DataFrame, authors: pd.DataFrame) -> PaperIndex:
    """The codes of ``papers`` (a loaded dataset's papers, metrics and authors)."""
    day = papers["date"].to_numpy().astype("datetime64[D]").astype(np.int64)
    codes, rows, keys = aggregate._author_codes(people.with_people(papers, authors))
    found_as, username_only = people.forms_of(authors, keys)
    metric_row = _metric_rows(papers, metrics)
    table_order = aggregate._sort_order(
        {
            "date": papers["date"].to_numpy(),
            "title": papers["title"].to_numpy(dtype=object, na_value=None),
        },
        [("date", "descending"), ("title", "ascending")],
    )
    return PaperIndex(
        rows=len(papers),
        paper_code=pd.factorize(papers["paper_id"])[0],
        day=day,
        pair_row=rows.astype(np.int64, copy=False),
        pair_person=codes.astype(np.int64, copy=False),
        persons=np.asarray(keys, dtype=object),
        found_as=found_as,
        username_only=username_only,
        metric_row=metric_row,
        metric_numbers=np.bincount(metric_row[metric_row >= 0], minlength=len(papers)),
        table_order=table_order,
    )


def _metric_rows(papers: pd.DataFrame, metrics: pd.DataFrame) -> np.ndarray:
    """The paper row of each metric row, by (paper_id, date, source); -1 for none."""
    keys = pa.table({k: pa.array(papers[k]) for k in _PAPER_KEY}).append_column(
        "row", pa.array(np.arange(len(papers)))
    )
    wanted = pa.table({k: pa.array(metrics[k]) for k in _PAPER_KEY}).append_column(
        "metric", pa.array(np.arange(len(metrics)))
    )
    joined = wanted.join(keys, _PAPER_KEY, join_type="left outer")
    rows = np.full(len(metrics), -1, dtype=np.int64)
    found = pc.is_valid(joined["row"])
    rows[joined["metric"].filter(found).to_numpy()] = joined["row"].filter(found).to_numpy()
    return rows


def positions(index: PaperIndex, selected: pd.DataFrame) -> np.ndarray | None:
    """The dataset rows of a filtered frame, or None when its labels are not rows
    of the dataset the index was built on."""
    labels = selected.index
    if labels.dtype.kind != "i" or (
        len(labels) and (labels.min() < 0 or labels.max() >= index.rows)
    ):
        return None
    return labels.to_numpy()


def mask_of(index: PaperIndex, rows: np.ndarray) -> np.ndarray:
    """``rows`` as a boolean mask over the dataset's rows."""
    mask = np.zeros(index.rows, dtype=bool)
    mask[rows] = True
    return mask


def has_unique_keys(papers: pd.DataFrame) -> bool:
    """Whether (paper_id, date, source) names one paper row, as a build writes them:
    then a metric row belongs to at most one paper row."""
    return not papers.duplicated(_PAPER_KEY).any()


def metrics_of(
    index: PaperIndex, metrics: pd.DataFrame, papers: pd.DataFrame, rows: np.ndarray
) -> pd.DataFrame:
    """``filters.metrics_of`` for the dataset rows ``rows``: the metric rows of
    those papers in the metrics' order, with the paper's title."""
    mask = mask_of(index, rows)
    mine = index.metric_row >= 0
    mine[mine] = mask[index.metric_row[mine]]
    taken = np.flatnonzero(mine)
    found = metrics.iloc[taken].reset_index(drop=True)
    found["title"] = papers["title"].iloc[index.metric_row[taken]].reset_index(drop=True)
    return found


def metric_count(index: PaperIndex, rows: np.ndarray) -> int:
    """How many metric rows the dataset rows ``rows`` have."""
    return int(index.metric_numbers[rows].sum())


def overview_figures(index: PaperIndex, rows: np.ndarray) -> dict[str, int]:
    """The Overview's figures for the dataset rows ``rows``: papers, distinct
    papers, days, authors (as people) and metric numbers."""
    persons = index.pair_person[mask_of(index, rows)[index.pair_row]]
    return {
        "papers": len(rows),
        "distinct_papers": len(np.unique(index.paper_code[rows])),
        "days": len(np.unique(index.day[rows])),
        "authors": len(np.unique(persons)),
        "metric_numbers": metric_count(index, rows),
    }


def people_table(
    index: PaperIndex, dates: pd.Series, rows: np.ndarray, search: str = ""
) -> pd.DataFrame:
    """``people.people_table`` for the dataset rows ``rows`` (``dates`` is the
    papers' date column, for its dtype)."""
    keep = mask_of(index, rows)[index.pair_row]
    codes, pair_rows = index.pair_person[keep], index.pair_row[keep]
    if not len(codes):
        return pd.DataFrame(columns=people.PEOPLE_COLUMNS)
    n = len(index.persons)
    day = index.day[pair_rows]
    first = np.full(n, np.iinfo(np.int64).max)
    last = np.full(n, np.iinfo(np.int64).min)
    np.minimum.at(first, codes, day)
    np.maximum.at(last, codes, day)
    counts = aggregate._distinct_per_group(codes, index.paper_code[pair_rows], n)
    present = np.flatnonzero(counts)
    order = aggregate._sort_order(
        {"papers": counts[present], "person": index.persons[present]},
        [("papers", "descending"), ("person", "ascending")],
    )
    present = present[order]
    kind = dates.dtype
    table = pd.DataFrame(
        {
            "person": index.persons[present],
            "papers": counts[present],
            "days": aggregate._distinct_per_group(codes, day - day.min(), n)[present],
            "first": first[present].astype("datetime64[D]").astype(kind),
            "last": last[present].astype("datetime64[D]").astype(kind),
            "found_as": index.found_as[present],
            "username_only": index.username_only[present],
        }
    )
    if search:
        text = table["person"] + "\n" + table["found_as"]
        table = table[text.str.casefold().str.contains(search.casefold(), regex=False)]
        table = table.reset_index(drop=True)
    return table[people.PEOPLE_COLUMNS]


def person_papers(
    index: PaperIndex, papers: pd.DataFrame, authors: pd.DataFrame, rows: np.ndarray, person: str
) -> pd.DataFrame:
    """``people.person_papers`` for the dataset rows ``rows``: only the rows the
    index says ``person`` wrote are read, with only the author rows that decide
    who the strings there are (those naming ``person``, as name or as person)."""
    wanted = np.flatnonzero(index.persons == person)
    hit = index.pair_row[index.pair_person == wanted[0]] if len(wanted) else rows[:0]
    if not authors.empty:
        authors = authors[(authors["person"] == person) | (authors["name"] == person)]
    return people.person_papers(papers.iloc[np.intersect1d(hit, rows)], authors, person)


def paper_table(index: PaperIndex, papers: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """``aggregate.paper_table`` for the dataset rows ``rows`` (``papers`` is the
    dataset's papers): the order and the metric counts come from the index."""
    ordered = index.table_order[mask_of(index, rows)[index.table_order]]
    table = papers.take(ordered).assign(metric_numbers=index.metric_numbers[ordered])
    return table[aggregate.PAPER_TABLE_COLUMNS].reset_index(drop=True)
