"""Papers like this one: a paper's nearest papers from the neighbour table the
build computes (``store/neighbours.py``), with their titles."""

from __future__ import annotations

import pandas as pd

COLUMNS = ["paper_id", "title", "score"]


def similar_papers(
    neighbours: pd.DataFrame, papers: pd.DataFrame, paper_id: str, top: int = 5
) -> pd.DataFrame:
    """The ``top`` papers most like ``paper_id``, best first: paper_id, title,
    score (cosine, 0 to 1), date (the paper's first digest day), source and url. Empty
    when the paper has no neighbours; KeyError when it is not in ``papers``."""
    return similar_in(by_paper(neighbours), first_listings(papers), paper_id, top)


def first_listings(papers: pd.DataFrame) -> pd.DataFrame:
    """Each paper's first listing (earliest digest day), indexed by paper_id."""
    first = papers.sort_values("date", kind="stable").drop_duplicates("paper_id")
    first = first[["paper_id", "title", "date", "source", "url"]].set_index("paper_id")
    # Plain columns: one lookup takes a few rows, which costs more from Arrow's chunks.
    return first.astype({c: object for c in ("title", "source", "url")})


def by_paper(neighbours: pd.DataFrame) -> pd.DataFrame:
    """The neighbour table sorted by paper_id, each paper's neighbours by rank,
    with paper_id as a plain column to search."""
    ordered = neighbours.sort_values(["paper_id", "rank"], kind="stable", ignore_index=True)
    return ordered.astype({"paper_id": object, "neighbour_id": object})


def similar_in(
    neighbours: pd.DataFrame, first: pd.DataFrame, paper_id: str, top: int = 5
) -> pd.DataFrame:
    """``similar_papers`` from ``by_paper`` and ``first_listings`` tables, which a
    dashboard computes once per dataset: one paper's lookup is then a binary
    search and a few index reads instead of a sort of every paper."""
    if paper_id not in first.index:
        raise KeyError(f"no paper {paper_id!r} in the dataset")
    ids = neighbours["paper_id"].to_numpy()
    start, stop = ids.searchsorted(paper_id, "left"), ids.searchsorted(paper_id, "right")
    mine = neighbours.iloc[start : min(stop, start + top)]
    found = first.reindex(mine["neighbour_id"].to_numpy())
    found = found.rename_axis("paper_id").reset_index()
    found.insert(2, "score", mine["score"].astype(float).round(4).to_numpy())
    return found[COLUMNS + ["date", "source", "url"]]
