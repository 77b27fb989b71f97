"""Authors counted as people: the papers' author strings read through the
dataset's author table (``authors.parquet``: string -> person), so that
``liuziwei7`` and ``Ziwei Liu`` are one author with all their papers."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyarrow as pa

from . import aggregate
from .filters import list_codes

PEOPLE_COLUMNS = ["person", "papers", "days", "first", "last", "found_as", "username_only"]


def person_map(authors: pd.DataFrame) -> dict[str, str]:
    """Author string -> person, from an author table (empty for none)."""
    if authors.empty:
        return {}
    return dict(zip(authors["name"], authors["person"], strict=True))


def with_people(papers: pd.DataFrame, authors: pd.DataFrame) -> pd.DataFrame:
    """``papers`` with each ``authors`` list read as people (a string the table
    does not know is its own person)."""
    if papers.empty:
        return papers
    codes, values, rows = list_codes(papers["authors"])
    mapping = person_map(authors)
    persons = np.array([mapping.get(v, v) for v in values], dtype=object)
    offsets = np.zeros(len(papers) + 1, dtype=np.int32)
    np.add.at(offsets, rows + 1, 1)
    lists = pa.ListArray.from_arrays(
        pa.array(np.cumsum(offsets), pa.int32()), pa.array(persons[codes], pa.string())
    )
    column = pd.Series(pd.arrays.ArrowExtensionArray(lists), index=papers.index)
    return papers.assign(authors=column)


def people_count(papers: pd.DataFrame, authors: pd.DataFrame) -> int:
    """How many people wrote the papers."""
    return aggregate.headline(with_people(papers, authors), papers.iloc[:0])["authors"]


def forms_of(authors: pd.DataFrame) -> pd.DataFrame:
    """Per person: the strings it was found under (``; ``-joined, most papers first)
    and whether it is a username joined to no name."""
    if authors.empty:
        return pd.DataFrame(
            columns=["found_as", "username_only"], index=pd.Index([], name="person")
        )
    ordered = authors.sort_values(["person", "papers", "name"], ascending=[True, False, True])
    grouped = ordered.groupby("person", sort=False)
    lone = authors["is_username"] & (authors["name"] == authors["person"])
    return pd.DataFrame(
        {
            "found_as": grouped["name"].agg("; ".join),
            "username_only": lone.groupby(authors["person"]).any(),
        }
    )


def people_table(papers: pd.DataFrame, authors: pd.DataFrame, search: str = "") -> pd.DataFrame:
    """Every person with distinct papers, digest days, first and last day (dates),
    the strings they were found under and whether they are a username joined to
    no name; most prolific first. ``search`` keeps people whose name or any form
    contains it (case-insensitive): "Ziwei Liu" and "liuziwei7" both find Ziwei Liu."""
    table = aggregate.author_table(with_people(papers, authors))
    if table.empty:
        return pd.DataFrame(columns=PEOPLE_COLUMNS)
    table = table.rename(columns={"author": "person"})
    # A person the author table does not know (data not from a build) is found as itself.
    forms = forms_of(authors).reindex(table["person"].to_numpy())
    found = forms["found_as"].to_numpy(dtype=object)
    table["found_as"] = np.where(pd.isna(found), table["person"].to_numpy(), found)
    table["username_only"] = forms["username_only"].fillna(False).astype(bool).to_numpy()
    for column in ("first", "last"):
        table[column] = _dates(table[column])
    if search:
        needle = search.casefold()
        hit = (
            (table["person"] + "\n" + table["found_as"])
            .str.casefold()
            .str.contains(needle, regex=False)
        )
        table = table[hit].reset_index(drop=True)
    return table[PEOPLE_COLUMNS]


def _dates(column: pd.Series) -> pd.Series:
    """Timestamps as plain dates (a table shows 2024-10-01, not 2024-10-01 00:00:00)."""
    return pd.Series(
        [dt.date(t.year, t.month, t.day) for t in column], index=column.index, dtype=object
    )


def person_papers(papers: pd.DataFrame, authors: pd.DataFrame, person: str) -> pd.DataFrame:
    """One person's papers in the selection, one row per paper and day, with the
    string they were listed as there: columns date, paper_id, title, listed_as."""
    columns = ["date", "paper_id", "title", "listed_as"]
    if papers.empty:
        return pd.DataFrame(columns=columns)
    codes, values, rows = list_codes(papers["authors"])
    mapping = person_map(authors)
    mine = np.array([mapping.get(v, v) == person for v in values], dtype=bool)
    hit = mine[codes]
    if not hit.any():
        return pd.DataFrame(columns=columns)
    listed = pd.Series(values[codes[hit]]).groupby(rows[hit]).agg("; ".join)
    found = papers.iloc[listed.index.to_numpy()][["date", "paper_id", "title"]]
    found = found.assign(listed_as=listed.to_numpy())
    return found.sort_values("date", kind="stable", ignore_index=True)


def per_period(rows: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Distinct papers per period (``day``, ``week`` from Monday, ``month``):
    columns date (the period's first day), papers. Periods without papers are left
    out; the chart's axis shows the whole range."""
    if rows.empty:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "papers": []})
    start = period_start(rows["date"], freq)
    counted = pd.DataFrame({"date": start, "paper_id": rows["paper_id"]}).drop_duplicates()
    return counted.groupby("date").size().rename("papers").reset_index()


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """Each date's period, labelled by its first day."""
    if freq == "day":
        return dates.dt.normalize()
    return dates.dt.to_period("W-SUN" if freq == "week" else "M").dt.start_time


def period_days(freq: str) -> int:
    """A period's length in days, for a bar's width (a month as 28 so that bars
    of neighbouring months never touch)."""
    return {"day": 1, "week": 7, "month": 28}[freq]
