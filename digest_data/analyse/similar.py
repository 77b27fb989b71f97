"""Papers like this one: a paper's nearest papers from the neighbour table the
build computes (``store/neighbours.py``), with their titles."""

from __future__ import annotations

import numpy as np
import pandas as pd

COLUMNS = ["paper_id", "title", "score"]
#: Cosines this close are a tie (float32 sums in another order differ by ~1e-7).
TIE = 1e-5


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
