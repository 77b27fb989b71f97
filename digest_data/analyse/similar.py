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
    if not (papers["paper_id"] == paper_id).any():
        raise KeyError(f"no paper {paper_id!r} in the dataset")
    mine = neighbours[neighbours["paper_id"] == paper_id].sort_values("rank").head(top)
    first = papers.sort_values("date", kind="stable").drop_duplicates("paper_id")
    first = first[["paper_id", "title", "date", "source", "url"]]
    found = mine[["neighbour_id", "score"]].rename(columns={"neighbour_id": "paper_id"})
    found = found.merge(first, on="paper_id", how="left")
    found["score"] = found["score"].astype(float).round(4)
    return found[COLUMNS + ["date", "source", "url"]].reset_index(drop=True)
