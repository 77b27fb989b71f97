"""The Streamlit side of similar papers: the neighbour table built with the
dataset, read once per version, and a paper's neighbours with safe links.

Kept apart from ``trendsview`` so that the Papers page does not import the
trends' term rules (scikit-learn's stop words pull in scikit-learn and SciPy:
about 1.5 s of CPU on a server's first Papers view)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..analyse import similar
from ..store.neighbours import load_neighbours
from .safe import safe_urls
from .ui import Context, cached_dataset


@st.cache_resource(show_spinner=False, max_entries=4)
def _neighbours(out: str, version: str) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The neighbour table by paper and every paper's first listing, once per version."""
    try:
        table = load_neighbours(out, version)
    except FileNotFoundError:
        return None
    first = similar.first_listings(cached_dataset(out, version).papers)
    return similar.by_paper(table, first), first


def papers_like(ctx: Context, paper_id: str, top: int = 5) -> pd.DataFrame | None:
    """The papers most like ``paper_id`` with safe links; None when the dataset was
    built without neighbours."""
    tables = _neighbours(str(ctx.source.out), ctx.dataset.version)
    if tables is None:
        return None
    found = similar.similar_in(*tables, paper_id, top)
    return found.assign(url=safe_urls(found["url"]))
