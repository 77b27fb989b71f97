"""The Papers page's picker: rows named by a key that survives a filter change, a
search over every filtered paper (not only the rows a table shows), and one row's
own reported numbers."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

#: One row of the dataset: the same paper on another day or from another source is
#: another row, with its own summary and numbers.
ROW_KEY = ("paper_id", "date", "source")


def row_keys(table: pd.DataFrame) -> list[str]:
    """Each row's key as text, ``paper_id|YYYY-MM-DD|source``: ids are ``arxiv:…``
    or ``title:<hex>`` and sources are plain words, so ``|`` cannot occur in them."""
    days = table["date"].dt.strftime("%Y-%m-%d")
    return [
        f"{p}|{d}|{s}" for p, d, s in zip(table["paper_id"], days, table["source"], strict=True)
    ]


def lists_paper(table: pd.DataFrame, key: str) -> bool:
    """Whether ``table`` has the paper of the row key ``key`` (``row_keys``), on any
    day or source."""
    return bool((table["paper_id"] == key.split("|")[0]).any())


def find_papers(table: pd.DataFrame, search: str, limit: int) -> tuple[pd.DataFrame, int]:
    """The first ``limit`` rows of ``table`` whose title, arXiv id or paper id holds
    ``search`` (any case), in the table's order, and how many rows match in all."""
    words = search.strip()
    if not words:
        return table.iloc[:limit], len(table)
    hit = None
    for column in ("title", "arxiv_id", "paper_id"):
        values = pa.array(table[column].to_numpy(dtype=object, na_value=None), pa.string())
        found = pc.fill_null(pc.match_substring(values, words, ignore_case=True), False)
        hit = found if hit is None else pc.or_(hit, found)
    rows = table[hit.to_numpy(zero_copy_only=False)]
    return rows.iloc[:limit], len(rows)


def row_metrics(metrics: pd.DataFrame, row: pd.Series) -> pd.DataFrame:
    """The numbers ``row``'s own summary reports: the same paper listed by another
    source that day has its own summary, and its numbers are not this row's."""
    mask = pd.Series(True, index=metrics.index)
    for column in ROW_KEY:
        mask &= metrics[column] == row[column]
    return metrics[mask]


def joined(lists: pd.Series, separator: str = ", ") -> pd.Series:
    """Each list of ``lists`` as one string (empty for an empty or missing list),
    for a table cell that wraps where a row of chips would be cut off."""
    if isinstance(lists.dtype, pd.ArrowDtype):  # as loaded: no Python list per row
        array = pa.array(lists)
    else:
        array = pa.array(lists.to_numpy(dtype=object), pa.list_(pa.string()))
    text = pc.fill_null(pc.binary_join(array, separator), "")
    return pd.Series(text, index=lists.index, dtype=pd.ArrowDtype(pa.string()))
