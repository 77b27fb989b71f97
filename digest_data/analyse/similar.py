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
    return first[["paper_id", "title", "date", "source", "url"]].set_index("paper_id")


def by_paper(neighbours: pd.DataFrame) -> pd.DataFrame:
    """The neighbour table indexed by paper_id, each paper's neighbours by rank."""
    return neighbours.sort_values(["paper_id", "rank"], kind="stable").set_index("paper_id")


def similar_in(
    neighbours: pd.DataFrame, first: pd.DataFrame, paper_id: str, top: int = 5
) -> pd.DataFrame:
    """``similar_papers`` from ``by_paper`` and ``first_listings`` tables, which a
    dashboard computes once per dataset: one paper's lookup is then two index
    reads instead of a sort of every paper."""
    if paper_id not in first.index:
        raise KeyError(f"no paper {paper_id!r} in the dataset")
    mine = neighbours.loc[[paper_id]] if paper_id in neighbours.index else neighbours.iloc[:0]
    found = mine[["neighbour_id", "score"]].head(top).rename(columns={"neighbour_id": "paper_id"})
    found = found.reset_index(drop=True).join(first, on="paper_id", how="left")
    found["score"] = found["score"].astype(float).round(4)
    return found[COLUMNS + ["date", "source", "url"]].reset_index(drop=True)
