"""The Streamlit side of trends: cached item tables, ranked lists with their
sparklines and links. Every number comes from ``analyse.trends``."""

from __future__ import annotations

import threading
import urllib.parse
from dataclasses import replace

import pandas as pd
import streamlit as st

from ..analyse import filters, leaderboard, trends
from . import terms_job
from .ui import BENCHMARK_PARAM, Context, cached_dataset, filtered_rows

#: The Papers and Benchmarks pages' paths in the navigation.
PAPERS_PAGE, BENCHMARKS_PAGE = "papers", "benchmarks"


def all_days(ctx: Context) -> filters.FilterState:
    """The sidebar's filters over every day of the data (the sparklines' range)."""
    return replace(ctx.state, start=ctx.bounds.first, end=ctx.bounds.last)


# Shared read-only, like the filtered tables. Finding the terms of every paper is
# the expensive part (about 1.4 ms of CPU a real paper), so it is done once per dataset
# version and kind; the sidebar's filters then only select rows.
@st.cache_resource(show_spinner="Finding the terms of every paper…", max_entries=8)
def _all_items(
    out: str, version: str, what: str, labels: tuple, _elsewhere: bool = False
) -> pd.DataFrame:
    # _elsewhere is not part of the cache key: a page asking while the warm-up's
    # child process finds the terms waits for that one computation.
    if what == "terms" and _elsewhere:
        found = terms_job.find_elsewhere(out, version)
        if found is None:
            # Not cached: a page that still needs this version finds them itself,
            # and the warm-up does not spend the server's time on an old version.
            raise LookupError(f"no terms of {version} from a child process")
        return found
    ds = cached_dataset(out, version)
    return trends.items_of(what, ds.papers, ds.metrics, dict(labels), ds.authors)


def label_pairs(ctx: Context) -> tuple[tuple[str, str], ...]:
    """The taxonomy's (topic id, label) pairs, hashable: part of the cache keys."""
    return tuple(sorted(ctx.labels.items()))


#: Seconds after the Overview is drawn that the terms start to be found.
WARM_UP_AFTER = 5.0


def warm_up(ctx: Context) -> None:
    """Start finding every paper's terms in the background (a child process, see
    ``terms_job``), once per dataset version, so that the Trends page's first view
    after a server start or a build finds them ready (13 s of CPU at 20,000 papers)
    or waits only for the rest: a cached value is computed once, and other callers
    wait for it."""
    _warming(str(ctx.source.out), ctx.dataset.version, label_pairs(ctx))


@st.cache_resource(show_spinner=False, max_entries=4)
def _warming(out: str, version: str, labels: tuple) -> threading.Thread:
    # Not at once: the page that asked is drawn first.
    thread = threading.Timer(WARM_UP_AFTER, _warm, args=(out, version, labels))
    thread.name, thread.daemon = "digest-data-terms", True
    thread.start()
    return thread


#: From this many papers a visitor who opens Trends before any Overview also has the
#: terms found by a child process: about 2 s more to start it, but the server's other
#: visitors are not held back for the seconds the terms take (7 s at 5,000 papers).
ELSEWHERE_FROM = 5_000


def _every_paper(out: str, version: str, what: str, labels: tuple) -> pd.DataFrame:
    """``_all_items``, the terms of a large dataset found by a child process when
    the warm-up has not found them already."""
    elsewhere = what == "terms" and len(cached_dataset(out, version).papers) >= ELSEWHERE_FROM
    try:
        return _all_items(out, version, what, labels, _elsewhere=elsewhere)
    except LookupError:  # the child failed: found here then
        return _all_items(out, version, what, labels)


@st.cache_resource(show_spinner=False, max_entries=4)
def _warm(out: str, version: str, labels: tuple) -> bool:
    # Called inside a cached function, _all_items shows no spinner: this thread has
    # no page to draw on. It only waits for the child process, so the pages drawn
    # meanwhile do not wait for it.
    try:
        return not _all_items(out, version, "terms", labels, _elsewhere=True).empty
    except LookupError:
        return False


@st.cache_resource(show_spinner=False, max_entries=16)
def _items(out: str, version: str, state: filters.FilterState, what: str, labels: tuple):
    items = _every_paper(out, version, what, labels)
    if not (state.topics or state.sources or state.query):
        return items
    # A listing's own items where they are a listing's (topics, people, benchmarks);
    # terms are the paper's, on each of its listings.
    keys = ["paper_id", "date", *(["source"] if "source" in items else [])]
    rows = filtered_rows(out, version, state)[keys].drop_duplicates()
    return items.merge(rows, on=keys)


@st.cache_data(show_spinner=False, max_entries=64)
def _ranked(
    out: str,
    version: str,
    compared: tuple[trends.Window, trends.Window],
    everything: filters.FilterState,
    what: str,
    labels: tuple,
    min_count: int,
) -> pd.DataFrame:
    items = _items(out, version, everything, what, labels)
    rows = filtered_rows(out, version, everything)
    ranked = trends.compare(items, rows, *compared, min_count)
    return trends.drop_nested(ranked) if what == "terms" else ranked


def empty_window(ctx: Context, now: trends.Window, before: trends.Window) -> trends.Window | None:
    """Which of the two windows has no filtered papers (the earlier first), if
    either: "no papers from ..." would read wrong when both have some."""
    out, version = str(ctx.source.out), ctx.dataset.version
    for window in (before, now):
        state = replace(ctx.state, start=window.start, end=window.end)
        if filtered_rows(out, version, state).empty:
            return window
    return None


def windows(
    ctx: Context, state: filters.FilterState | None = None
) -> tuple[trends.Window, trends.Window]:
    """The sidebar's range and the one it is compared with (``trends.range_windows``),
    by where the papers of ``state``'s filters other than its dates (the sidebar's by
    default) lie."""
    everything = replace(state or ctx.state, start=ctx.bounds.first, end=ctx.bounds.last)
    span = _span(str(ctx.source.out), ctx.dataset.version, everything)
    return trends.range_windows(ctx.state.start, ctx.state.end, *(span or (ctx.bounds.first,)))


# Cached: a Trends page asks for the windows once per row's link, and the span is a
# pass over every filtered paper.
@st.cache_data(show_spinner=False, max_entries=64)
def _span(out: str, version: str, everything: filters.FilterState) -> tuple:
    """The first and last day of the papers ``everything`` selects; () when none."""
    rows = filtered_rows(out, version, everything)
    return (rows["date"].min().date(), rows["date"].max().date()) if len(rows) else ()


def ranked(ctx: Context, what: str, labels: tuple, min_count: int) -> pd.DataFrame:
    """Every item of the sidebar's filters ranked between the two ``windows``. While
    the terms are still being found (by the warm-up's child process, whose spinner
    no page shows) the visitor is told so, with the seconds waited."""
    with st.spinner(WAITING.get(what, "Ranking…"), show_time=True):
        return _ranked(
            str(ctx.source.out),
            ctx.dataset.version,
            windows(ctx),
            all_days(ctx),
            what,
            labels,
            min_count,
        )


#: What a visitor reads while a ranking takes longer than half a second (Streamlit
#: shows no spinner before that, so a cached ranking shows none).
WAITING = {"terms": "Finding the terms of every paper, once per dataset…"}


def with_sparklines(
    ctx: Context, table: pd.DataFrame, what: str, labels: tuple, falling: bool = False
) -> pd.DataFrame:
    """``table`` with ``trend`` (the item's share of each month's papers) and
    ``papers`` (a link to the Papers page filtered to the item; for ``falling``
    items over both ranges, see ``papers_link``)."""
    state = all_days(ctx)
    out, version = str(ctx.source.out), ctx.dataset.version
    items = _items(out, version, state, what, labels)
    shares = trends.monthly_shares(items, filtered_rows(out, version, state), list(table["item"]))
    lines = trends.sparklines(shares)
    ids = (
        _benchmark_ids(out, version)
        if what == "benchmarks"
        else {label: topic for topic, label in labels}
    )
    return table.assign(
        trend=table["item"].map(lambda item: lines.get(item, [])),
        papers=table["item"].map(lambda item: papers_link(ctx, what, item, ids, falling)),
    )


@st.cache_resource(show_spinner=False, max_entries=4)
def _benchmark_ids(out: str, version: str) -> dict[str, str]:
    """Each benchmark's shown name (as ``trends.benchmark_items`` names it) to its id."""
    labels = leaderboard.benchmark_labels(cached_dataset(out, version).metrics)
    return {label: benchmark for benchmark, label in labels.items()}


def papers_link(
    ctx: Context, what: str, item: str, ids: dict[str, str], falling: bool = False
) -> str:
    """A relative link to the range's papers with ``item``: the Papers page with the
    topic filter for a topic or the search box for a term or a person; the
    Benchmarks page showing the benchmark (a search for its name would find papers
    that only mention it, and miss other spellings). A falling item's link spans
    both ranges: in the range alone it often has no papers left to show."""
    now, before = windows(ctx)
    start = before.start if falling else now.start
    state = replace(ctx.state, start=start, end=now.end)
    if what == "benchmarks":
        query = {**filters.to_query(state, ctx.bounds), BENCHMARK_PARAM: ids.get(item, item)}
        return f"{BENCHMARKS_PAGE}?{urllib.parse.urlencode(query)}"
    if what == "topics":
        state = replace(state, topics=(ids.get(item, item),))
    else:  # a term as whole words ("FID", not "fidelity"); a person as written
        state = replace(state, query=filters.whole_words(item) if what == "terms" else item)
    query = filters.to_query(state, ctx.bounds)
    return f"{PAPERS_PAGE}?{urllib.parse.urlencode(query)}"
