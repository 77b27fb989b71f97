"""The Streamlit side of trends: cached item tables, ranked lists with their
sparklines and links. Every number comes from ``analyse.trends``."""

from __future__ import annotations

import urllib.parse
from dataclasses import replace

import pandas as pd
import streamlit as st

from ..analyse import filters, trends
from .ui import Context, cached_dataset, filtered_rows

#: The Papers page's path in the navigation.
PAPERS_PAGE = "papers"


def all_days(ctx: Context) -> filters.FilterState:
    """The sidebar's filters over every day of the data (the sparklines' range)."""
    return replace(ctx.state, start=ctx.bounds.first, end=ctx.bounds.last)


# Shared read-only, like the filtered tables. Finding the terms of every paper is
# the expensive part (about 1.6 ms of CPU a paper), so it is done once per dataset
# version and kind; the sidebar's filters then only select rows.
@st.cache_resource(show_spinner="Finding the terms of every paper…", max_entries=8)
def _all_items(out: str, version: str, what: str, labels: tuple) -> pd.DataFrame:
    ds = cached_dataset(out, version)
    return trends.items_of(what, ds.papers, ds.metrics, dict(labels), ds.authors)


@st.cache_resource(show_spinner=False, max_entries=16)
def _items(out: str, version: str, state: filters.FilterState, what: str, labels: tuple):
    items = _all_items(out, version, what, labels)
    if not (state.topics or state.sources or state.query):
        return items
    rows = filtered_rows(out, version, state)[["paper_id", "date"]].drop_duplicates()
    return items.merge(rows, on=["paper_id", "date"])


@st.cache_data(show_spinner=False, max_entries=64)
def _ranked(
    out: str,
    version: str,
    state: filters.FilterState,
    everything: filters.FilterState,
    what: str,
    labels: tuple,
    min_count: int,
) -> pd.DataFrame:
    items = _items(out, version, everything, what, labels)
    now, before = trends.range_windows(state.start, state.end, everything.start)
    ranked = trends.compare(items, filtered_rows(out, version, everything), now, before, min_count)
    return trends.drop_nested(ranked) if what == "terms" else ranked


def windows(ctx: Context) -> tuple[trends.Window, trends.Window]:
    """The sidebar's range and the one it is compared with (``trends.range_windows``)."""
    return trends.range_windows(ctx.state.start, ctx.state.end, ctx.bounds.first)


def ranked(ctx: Context, what: str, labels: tuple, min_count: int) -> pd.DataFrame:
    """Every item of the sidebar's filters ranked between the two ``windows``."""
    return _ranked(
        str(ctx.source.out), ctx.dataset.version, ctx.state, all_days(ctx), what, labels, min_count
    )


def with_sparklines(ctx: Context, table: pd.DataFrame, what: str, labels: tuple) -> pd.DataFrame:
    """``table`` with ``trend`` (the item's share of each month's papers) and
    ``papers`` (a link to the Papers page filtered to the item)."""
    state = all_days(ctx)
    out, version = str(ctx.source.out), ctx.dataset.version
    items = _items(out, version, state, what, labels)
    shares = trends.monthly_shares(items, filtered_rows(out, version, state), list(table["item"]))
    lines = trends.sparklines(shares)
    topic_ids = {label: topic for topic, label in labels}
    return table.assign(
        trend=table["item"].map(lambda item: lines.get(item, [])),
        papers=table["item"].map(lambda item: papers_link(ctx, what, item, topic_ids)),
    )


def papers_link(ctx: Context, what: str, item: str, topic_ids: dict[str, str]) -> str:
    """A relative link to the Papers page showing the range's papers with ``item``:
    the topic filter for a topic, the search box for anything else."""
    now, _ = windows(ctx)
    state = replace(ctx.state, start=now.start, end=now.end)
    if what == "topics":
        state = replace(state, topics=(topic_ids.get(item, item),))
    else:
        state = replace(state, query=item)
    query = filters.to_query(state, ctx.bounds)
    return f"{PAPERS_PAGE}?{urllib.parse.urlencode(query)}"
