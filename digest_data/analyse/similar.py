"""Papers like this one: a paper's nearest papers from the neighbour table the
build computes (``store/neighbours.py``), with their titles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

COLUMNS = ["paper_id", "title", "score"]
#: Cosines this close are a tie (float32 sums in another order differ by ~1e-7).
TIE = 1e-5


def similar_papers(
    neighbours: pd.DataFrame, papers: pd.DataFrame, paper_id: str, top: int = 5
) -> pd.DataFrame:
    """The ``top`` papers most like ``paper_id``, best first: paper_id, title,
    score (cosine, 0 to 1), date (the paper's first digest day), source and url. Empty
    when the paper has no neighbours; KeyError when it is not in ``papers``."""
    first = first_listings(papers)
    return similar_in(by_paper(pa.Table.from_pandas(neighbours), first), first, paper_id, top)


def first_listings(papers: pd.DataFrame) -> pd.DataFrame:
    """Each paper's first listing (earliest digest day), indexed by paper_id."""
    first = papers.sort_values("date", kind="stable").drop_duplicates("paper_id")
    first = first[["paper_id", "title", "date", "source", "url"]].set_index("paper_id")
    # Plain columns: one lookup takes a few rows, which costs more from Arrow's chunks.
    return first.astype({c: object for c in ("title", "source", "url")})


def by_paper(neighbours: pa.Table, first: pd.DataFrame) -> pd.DataFrame:
    """The neighbour table as positions in ``first`` (``paper``, ``neighbour``,
    ``score``), sorted by paper and rank. Positions, not ids: at 250,000 papers the
    ids as Python strings were 2.5 million pairs of objects, hundreds of MB."""
    ids = pa.array(first.index.to_numpy(), pa.string())

    def positions(column: pa.ChunkedArray) -> np.ndarray:
        return pc.fill_null(pc.index_in(column, value_set=ids), -1).to_numpy()

    table = pd.DataFrame(
        {
            "paper": positions(neighbours["paper_id"]).astype(np.int32),
            "rank": neighbours["rank"].to_numpy(),
            "neighbour": positions(neighbours["neighbour_id"]).astype(np.int32),
            "score": neighbours["score"].to_numpy(),
        }
    )
    known = (table["paper"] >= 0) & (table["neighbour"] >= 0)
    ordered = table[known].sort_values(["paper", "rank"], kind="stable", ignore_index=True)
    return ordered.drop(columns="rank")


def similar_in(
    neighbours: pd.DataFrame, first: pd.DataFrame, paper_id: str, top: int = 5
) -> pd.DataFrame:
    """``similar_papers`` from ``by_paper`` and ``first_listings`` tables, which a
    dashboard computes once per dataset: one paper's lookup is then a binary
    search and a few index reads instead of a sort of every paper."""
    if paper_id not in first.index and f"arxiv:{paper_id}" in first.index:
        paper_id = f"arxiv:{paper_id}"  # a bare arXiv id, as a user copies it
    if paper_id not in first.index:
        raise KeyError(f"no paper {paper_id!r} in the dataset (ids look like arxiv:2410.24024)")
    at = first.index.get_loc(paper_id)
    codes = neighbours["paper"].to_numpy()
    start, stop = codes.searchsorted(at, "left"), codes.searchsorted(at, "right")
    mine = neighbours.iloc[start : min(stop, start + top)]
    found = first.iloc[mine["neighbour"].to_numpy()]
    found = found.rename_axis("paper_id").reset_index()
    found.insert(2, "score", mine["score"].astype(float).round(4).to_numpy())
    return found[COLUMNS + ["date", "source", "url"]]


def neighbour_recall(
    exact_score: np.ndarray, found_index: np.ndarray, found_score: np.ndarray
) -> tuple[float, float]:
    """How well found neighbour lists match exact ones, both as (papers x top)
    arrays from ``store.neighbours`` (-1 pads an index, scores are true cosines):
    recall@top, the share of exact neighbours found, and the share of papers whose
    first neighbour is the exact first. Ties count as found: a found neighbour as
    similar as the exact list's last is as good a neighbour (synthetic papers have
    many exact copies)."""
    size = (exact_score > 0).sum(axis=1)
    has = size > 0
    last = exact_score[has, size[has] - 1]
    good = (found_index[has] >= 0) & (found_score[has] >= last[:, None] - TIE)
    hits = np.minimum(good.sum(axis=1), size[has])
    first = found_score[has, 0] >= exact_score[has, 0] - TIE
    total = size[has].sum()
    return float(hits.sum() / total) if total else 1.0, float(first.mean()) if has.any() else 1.0
