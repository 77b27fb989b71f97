"""Authors counted as people: the papers' author strings read through the
dataset's author table (``authors.parquet``: string -> person), so that
``liuziwei7`` and ``Ziwei Liu`` are one author with all their papers."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import aggregate
from .filters import list_codes

PEOPLE_COLUMNS = ["person", "papers", "days", "first", "last", "found_as", "username_only"]


def _strings(column: pd.Series) -> pa.Array:
    """A string column as one Arrow array: a large table's Arrow-backed column comes
    in chunks, which list arrays cannot be built from."""
    array = pa.array(column, pa.string())
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def persons_of(names: pa.Array, authors: pd.DataFrame) -> pa.Array:
    """The person of each author string (a string the table does not know, as in
    data that did not come from a build, is its own person). Arrow's hash lookup:
    a pandas index over 80,000 names took half a second."""
    if authors.empty:
        return names
    where = pc.index_in(names, value_set=_strings(authors["name"]))
    return pc.coalesce(_strings(authors["person"]).take(where), names)


def is_identity(authors: pd.DataFrame) -> bool:
    """Whether every string is its own person (no usernames joined, no spellings
    merged), so that the author lists need no rewriting."""
    if authors.empty:
        return True
    return bool((authors["name"].to_numpy() == authors["person"].to_numpy()).all())


def _encoded(papers: pd.DataFrame) -> tuple[pa.ListArray, pa.DictionaryArray]:
    """The authors column as one Arrow list array, and its items dictionary-encoded."""
    lists = pa.array(papers["authors"], pa.list_(pa.string()))
    if isinstance(lists, pa.ChunkedArray):
        lists = lists.combine_chunks()
    return lists, pc.dictionary_encode(pc.list_flatten(lists))


def with_people(papers: pd.DataFrame, authors: pd.DataFrame) -> pd.DataFrame:
    """``papers`` with each ``authors`` list read as people. In Arrow: only the
    distinct strings go through Python, not every (paper, author) pair."""
    if papers.empty or is_identity(authors):
        return papers
    lists, encoded = _encoded(papers)
    persons = persons_of(encoded.dictionary, authors)
    offsets = pc.subtract(lists.offsets, lists.offsets[0])
    column = pa.ListArray.from_arrays(offsets, persons.take(encoded.indices))
    return papers.assign(
        authors=pd.Series(pd.arrays.ArrowExtensionArray(column), index=papers.index)
    )


def people_count(papers: pd.DataFrame, authors: pd.DataFrame) -> int:
    """How many people wrote the papers."""
    if papers.empty:
        return 0
    _, encoded = _encoded(papers)
    names = encoded.dictionary.filter(pc.not_equal(encoded.dictionary, ""))
    return pc.count_distinct(persons_of(names, authors)).as_py()


def forms_of(authors: pd.DataFrame, persons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``persons``: the strings it was found under (``; ``-joined, most
    papers first) and whether it is a username joined to no name. Most people
    have one form, their own name; only the others are joined."""
    found = np.array(persons, dtype=object, copy=True)
    if authors.empty:
        return found, np.zeros(len(found), dtype=bool)
    several = authors[authors["person"].duplicated(keep=False)]
    if len(several):
        ordered = several.sort_values(["person", "papers", "name"], ascending=[True, False, True])
        joined = ordered.groupby("person", sort=False)["name"].agg("; ".join)
        where = pd.Index(joined.index).get_indexer(persons)
        found = np.where(where >= 0, joined.to_numpy(dtype=object)[where], found)
    lone = authors.loc[authors["is_username"] & (authors["name"] == authors["person"]), "name"]
    return found, np.isin(persons, lone.to_numpy(dtype=object))


def people_table(papers: pd.DataFrame, authors: pd.DataFrame, search: str = "") -> pd.DataFrame:
    """Every person with distinct papers, digest days, first and last day, the
    strings they were found under and whether they are a username joined to no
    name; most prolific first. ``search`` keeps people whose name or any form
    contains it (case-insensitive): "Ziwei Liu" and "liuziwei7" both find Ziwei Liu."""
    table = aggregate.author_table(with_people(papers, authors))
    if table.empty:
        return pd.DataFrame(columns=PEOPLE_COLUMNS)
    table = table.rename(columns={"author": "person"})
    table["found_as"], table["username_only"] = forms_of(authors, table["person"].to_numpy())
    if search:
        needle = search.casefold()
        text = table["person"] + "\n" + table["found_as"]
        table = table[text.str.casefold().str.contains(needle, regex=False)].reset_index(drop=True)
    return table[PEOPLE_COLUMNS]


def word_matches_first(persons: Sequence[str], search: str) -> list[str]:
    """``persons`` in their order, those with a word of the name starting with
    ``search`` (any case) moved first: "Chen" offers Wenhu Chen before Zhicheng Dou,
    whose "chen" is inside a word."""
    needle = search.strip().casefold()
    if not needle:
        return list(persons)
    starts = re.compile(r"(?:^|[\W_])" + re.escape(needle))
    first: list[str] = []
    rest: list[str] = []
    for person in persons:
        (first if starts.search(person.casefold()) else rest).append(person)
    return first + rest


def person_papers(papers: pd.DataFrame, authors: pd.DataFrame, person: str) -> pd.DataFrame:
    """One person's papers in the selection, one row per paper and day, with the
    string they were listed as there: columns date, paper_id, title, listed_as."""
    columns = ["date", "paper_id", "title", "listed_as"]
    if papers.empty:
        return pd.DataFrame(columns=columns)
    codes, values, rows = list_codes(papers["authors"])
    mine = pc.equal(persons_of(pa.array(values, pa.string()), authors), person)
    hit = mine.to_numpy(zero_copy_only=False)[codes]
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
    start = aggregate.period_start(rows["date"], freq)
    counted = pd.DataFrame({"date": start, "paper_id": rows["paper_id"]}).drop_duplicates()
    return counted.groupby("date").size().rename("papers").reset_index()
