"""The Streamlit shell shared by every page: the cached dataset, the global filters
in the sidebar (kept in the URL), cached aggregations, downloads and empty states.

This module only reads widgets and draws; every number it shows comes from a pure
function in ``filters``, ``aggregate`` or ``export``."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.colors
import streamlit as st

from ..analyse import aggregate, export, filters, leaderboard, people, selection
from ..analyse.trends import Window
from ..enrich.topics import load_taxonomy
from ..store.load import BuildError, Dataset, load
from . import text
from .appdata import DataSource, ensure_built, failure_notice, path_shower, source_from_env
from .safe import clip_frame, markdown_text, safe_urls

#: What an empty table cell shows (an unranked score's rank, a M-A-P row's link):
#: nothing, rather than Streamlit's grey "None", which reads as a value.
EMPTY_CELL = ""

#: The row height of a table whose text wraps: Streamlit wraps a cell's text only in
#: rows taller than 64 px, and cuts it at one line otherwise.
WRAPPED_ROW = 66

#: A table's header and a row's default height in px (Streamlit's), and the tallest a
#: table is drawn before it scrolls: about ten wrapped rows or twenty plain ones, where
#: Streamlit's default showed a 1,000-row table through a box of five wrapped rows.
HEADER_ROW, PLAIN_ROW, MAX_TABLE_HEIGHT = 35, 35, 740


def table_height(rows: int, row_height: int = PLAIN_ROW) -> int:
    """The height that shows ``rows`` rows whole, up to ``MAX_TABLE_HEIGHT``."""
    return min(HEADER_ROW + max(rows, 1) * row_height + 3, MAX_TABLE_HEIGHT)


#: The x-axis title of a chart counted by period.
PERIOD_AXIS = {"day": "Digest day", "week": "Week starting", "month": "Month"}

KEY_DATES, KEY_TOPICS, KEY_SOURCES, KEY_QUERY = "f_dates", "f_topics", "f_sources", "f_query"


@dataclass(frozen=True)
class Context:
    """What a page needs: the dataset, the filter state and its filtered rows."""

    source: DataSource
    dataset: Dataset
    state: filters.FilterState
    bounds: filters.Bounds
    labels: dict[str, str]
    papers: pd.DataFrame

    @property
    def metrics(self) -> pd.DataFrame:
        """The metric rows of the filtered papers, found only for pages that use them."""
        return _filtered_metrics(str(self.source.out), self.dataset.version, self.state)


#: The Benchmarks page's URL parameter: the id of the benchmark it shows.
BENCHMARK_PARAM = "benchmark"
#: The Papers page's chosen row (``papers.row_keys``: ``paper_id|YYYY-MM-DD|source``).
PAPER_PARAM = "paper"


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_dataset(out: str, version: str) -> Dataset:
    """The dataset version ``version`` in ``out``, loaded once and shared (the
    current one if a rebuild has removed ``version`` since it was named)."""
    try:
        loaded = load(out, version)
    except FileNotFoundError:
        loaded = load(out)
    # The loaded tables live as long as the server: moved out of the collector's
    # sight, the full collection Streamlit runs after every script run no longer
    # walks them (it took 0.5 s at 50,000 papers, 7% of the server's time).
    gc.freeze()
    return loaded


def dataset(source: DataSource) -> Dataset:
    """The current dataset, built first (with a spinner) when missing or stale. A
    failed build leaves the last good one in place: it is shown with a notice."""
    failure = None
    try:
        if source.inputs:  # a dataset built elsewhere is only read: no spinner thread
            with st.spinner("Building the dataset from the digest files…"):
                ensure_built(source)
    except (BuildError, OSError) as exc:
        failure = failure_notice(exc, source)
    from ..store.dataset import current_version

    version = current_version(source.out)
    if version is None:
        st.error(
            markdown_text(f"No dataset could be built: {failure or 'no digest files'}."),
            icon=":material/error:",
        )
        st.stop()
    ds = cached_dataset(str(source.out), version.name)
    if failure:
        st.warning(
            markdown_text(
                f"The data could not be rebuilt ({failure}); showing the last good build, "
                f"from {built_when(ds.report.built_at)}."
            ),
            icon=":material/warning:",
        )
    return ds


@st.cache_resource(show_spinner=False)
def taxonomy_labels() -> dict[str, str]:
    return load_taxonomy().labels


# A resource cache, not a data cache: the filtered tables are shared read-only by
# every session instead of being pickled and copied on each rerun (at 50,000 papers
# that copy alone took seconds).
@st.cache_resource(show_spinner=False, max_entries=32)
def filtered_rows(out: str, version: str, state: filters.FilterState) -> pd.DataFrame:
    """The papers ``state`` selects, cached and shared read-only by every session."""
    dataset = cached_dataset(out, version)
    persons = _persons(out, version) if state.query else None
    return filters.apply(dataset.papers, state, persons)


@st.cache_resource(show_spinner=False, max_entries=4)
def _persons(out: str, version: str) -> dict[str, str]:
    """Author string -> person, for usernames joined to a name only (the search
    already sees every string as written)."""
    authors = cached_dataset(out, version).authors
    if authors.empty:
        return {}
    joined = authors[authors["name"] != authors["person"]]
    return dict(zip(joined["name"], joined["person"], strict=True))


@st.cache_resource(show_spinner=False, max_entries=32)
def _filtered_metrics(out: str, version: str, state: filters.FilterState) -> pd.DataFrame:
    ds, papers = cached_dataset(out, version), filtered_rows(out, version, state)
    found = _rows(out, version, papers)
    if found is None:
        return filters.metrics_of(ds.metrics, papers)
    return selection.metrics_of(found[0], ds.metrics, ds.papers, found[1])


@st.cache_resource(show_spinner="Indexing the papers…", max_entries=4)
def paper_index(out: str, version: str) -> selection.PaperIndex | None:
    """The dataset's papers as codes (``analyse.selection``), built once per
    version; None for a dataset whose rows the index cannot name."""
    ds = cached_dataset(out, version)
    if not isinstance(ds.papers.index, pd.RangeIndex) or not selection.has_unique_keys(ds.papers):
        return None
    return selection.build_index(ds.papers, ds.metrics, ds.authors)


def _rows(
    out: str, version: str, papers: pd.DataFrame
) -> tuple[selection.PaperIndex, np.ndarray] | None:
    """The index and the dataset rows of the filtered ``papers``, or None."""
    index = paper_index(out, version)
    rows = None if index is None else selection.positions(index, papers)
    return None if rows is None else (index, rows)


def missing_figures_note(figures: dict[str, int]) -> str:
    """Why papers have no authors (and no metric numbers) to count, when they have
    none: M-A-P pages list affiliations, not authors, and have no summaries. A few
    papers with authors but no number are ordinary, and get no note."""
    if not figures["papers"] or figures["authors"]:
        return ""
    missing = [name for name in ("authors", "metric_numbers") if not figures[name]]
    what = " or ".join(
        "names its authors" if m == "authors" else "reports a metric number" for m in missing
    )
    return (
        f"No listing in these filters {what}: M-A-P pages list affiliations, not "
        "authors, and have no summaries to read numbers from."
    )


def overview_figures(ctx: Context) -> dict[str, int]:
    """Papers, distinct papers, days, authors (as people) and metric numbers."""
    out, version = str(ctx.source.out), ctx.dataset.version
    found = _rows(out, version, ctx.papers)
    if found is None:
        return {**cached(ctx, "headline"), "authors": cached(ctx, "people_count")}
    return selection.overview_figures(*found)


# Shared read-only: a person table over every day is 80,000 rows, which a data
# cache would unpickle on every view.
@st.cache_resource(show_spinner=False, max_entries=32)
def _people_table(out: str, version: str, state: filters.FilterState, search: str):
    papers = filtered_rows(out, version, state)
    found = _rows(out, version, papers)
    if found is None:
        return people.people_table(papers, cached_dataset(out, version).authors, search)
    return selection.people_table(found[0], papers["date"], found[1], search)


def people_table(ctx: Context, search: str = "") -> pd.DataFrame:
    """``people.people_table`` of the filtered papers, cached and shared read-only."""
    return _people_table(str(ctx.source.out), ctx.dataset.version, ctx.state, search)


def person_papers(ctx: Context, person: str) -> pd.DataFrame:
    """``people.person_papers`` of the filtered papers (``selection.person_papers``)."""
    found = _rows(str(ctx.source.out), ctx.dataset.version, ctx.papers)
    if found is None:
        return cached(ctx, "person_papers", person)
    index, rows = found
    return selection.person_papers(index, ctx.dataset.papers, ctx.dataset.authors, rows, person)


def _seed_widgets(state: filters.FilterState) -> None:
    st.session_state[KEY_DATES] = (state.start, state.end)
    st.session_state[KEY_TOPICS] = list(state.topics)
    st.session_state[KEY_SOURCES] = list(state.sources)
    st.session_state[KEY_QUERY] = state.query


def _split_url() -> tuple[dict[str, str], dict[str, str]]:
    """The URL's filter parameters, and the page's own (the benchmark, the paper)."""
    params = st.query_params.to_dict()
    url = {key: params[key] for key in filters.QUERY_KEYS if key in params}
    return url, {key: value for key, value in params.items() if key not in url}


def _sync_widgets(
    url: dict[str, str], bounds: filters.Bounds, labels: dict[str, str], page: str, moved: bool
) -> list[str]:
    """Set the widgets from the URL on a session's first run, with a new dataset, and
    when the URL is no longer the one this session last wrote: the browser's Back or
    Forward (which rerun the page with the older URL) or an edited address. Streamlit
    drops widget values when the page changes (``moved``), and its page links drop the
    URL's parameters and may leave that bare URL in the history: a URL without filters
    is a step back only on the page where this session wrote one; else the last
    filters stay. ``url``: the URL's filter parameters."""
    last = st.session_state.get("f_state")
    # what this session last wrote (with other bounds, the first test below decides)
    written = None if last is None else filters.to_query(last, bounds)
    bare_written_here = page in st.session_state.get("f_bare_on", set())
    navigated = (
        written is not None and url != written and (bool(url) or (not moved and bare_written_here))
    )
    if st.session_state.get("f_bounds") != bounds or navigated:
        state, notices = filters.from_query(url, bounds, labels)
        _seed_widgets(state)
        st.session_state["f_bounds"] = bounds
        st.session_state["f_notices"] = notices
    elif moved and "f_state" in st.session_state:
        _seed_widgets(st.session_state["f_state"])
    return st.session_state.get("f_notices", [])


def _moved_to(path: str) -> bool:
    """Whether this run is on another page than the session's last one."""
    moved = st.session_state.get("f_page") not in (None, path)
    st.session_state["f_page"] = path
    return moved


def _pick(bounds: filters.Bounds, days: int | None) -> None:
    st.session_state[KEY_DATES] = filters.quick_pick(bounds, days)


def sidebar(
    bounds: filters.Bounds, labels: dict[str, str], page: str = "", moved: bool = False
) -> filters.FilterState:
    """The global filters; their state is written back to the URL on every run.
    ``moved``: this run is on ``page``, another page than the session's last one."""
    url, own = _split_url()
    notices = _sync_widgets(url, bounds, labels, page, moved)
    side = st.sidebar
    side.header("Filters")
    side.caption("Quick pick: the last 7 or 30 days of the data, or all of it")
    cols = side.columns(len(filters.QUICK_PICKS))
    for col, (label, days) in zip(cols, filters.QUICK_PICKS.items(), strict=True):
        col.button(label, on_click=_pick, args=(bounds, days), width="stretch")
    picked = side.date_input(
        "Date range",
        min_value=bounds.first,
        max_value=bounds.last,
        key=KEY_DATES,
        format="YYYY-MM-DD",
    )
    start, end = _date_pair(picked, bounds)
    topics = side.multiselect(
        "Topics",
        options=list(bounds.topics),
        format_func=lambda t: labels.get(t, t),
        key=KEY_TOPICS,
        placeholder="All topics",
    )
    sources = side.multiselect(
        "Sources", options=list(bounds.sources), key=KEY_SOURCES, placeholder="All sources"
    )
    query = side.text_input(
        "Search title, authors, summary",
        key=KEY_QUERY,
        placeholder="e.g. diffusion",
        max_chars=filters.QUERY_CHARS,
    )
    state = filters.FilterState(start, end, tuple(topics), tuple(sources), query.strip())
    st.session_state["f_state"] = state
    written = filters.to_query(state, bounds)
    # The page's own parameters stay: dropping one here and setting it again later in
    # the run would push two entries on the browser's history for one change.
    st.query_params.from_dict({**written, **own})
    if not written:  # the pages where this session's URL had no filters
        st.session_state.setdefault("f_bare_on", set()).add(page)
    for notice in notices:  # they quote the URL, which anyone can write
        side.warning(markdown_text(notice), icon=":material/warning:")
    return state


def _date_pair(picked: object, bounds: filters.Bounds) -> tuple[dt.date, dt.date]:
    """A (start, end) pair from the date widget, which holds one date while the user
    is still choosing the second."""
    if isinstance(picked, tuple | list):
        if len(picked) == 2:
            return picked[0], picked[1]
        if len(picked) == 1:
            return picked[0], picked[0]
        return bounds.first, bounds.last
    if isinstance(picked, dt.date):
        return picked, picked
    return bounds.first, bounds.last


def _leave_legacy_page_mode() -> None:
    """Run this page through ``app.py``'s navigation, even as a server's first run.

    Until some script has called ``st.navigation``, Streamlit treats a ``pages/``
    folder as an old-style multipage app and runs a deep-linked page's file alone:
    the first visitor of a fresh server opening ``/authors`` got a narrow layout
    and a sidebar listing file names. Clearing the flag and rerunning sends the
    run through ``app.py``."""
    from streamlit.runtime.pages_manager import PagesManager

    if getattr(PagesManager, "uses_pages_directory", False):
        PagesManager.uses_pages_directory = False
        st.rerun()


def context(page: str) -> Context:
    """Load the data, draw the sidebar and filter: the first call of every page."""
    _leave_legacy_page_mode()
    moved = _moved_to(page)
    source = source_from_env()
    ds = dataset(source)
    labels = taxonomy_labels()
    bounds = filters.bounds_of(ds.papers, labels)
    state = sidebar(bounds, labels, page, moved)
    papers = filtered_rows(str(source.out), ds.version, state)
    # Non-breaking hyphens: the narrow sidebar broke the date after "2026-11-".
    built = ds.report.built_at[:10].replace("-", "\u2011")
    st.sidebar.caption(
        f"Data: {markdown_text(source.label)} · {len(ds.papers):,} rows · built {built}"
    )
    return Context(source, ds, state, bounds, labels, papers)


@st.cache_data(show_spinner=False, max_entries=256)
def _cached(
    name: str, out: str, version: str, state: filters.FilterState, args: tuple
) -> pd.DataFrame:
    papers = filtered_rows(out, version, state)
    if name in PAPER_AGGREGATIONS:
        return PAPER_AGGREGATIONS[name](papers, *args)
    if name in PEOPLE_AGGREGATIONS:
        return PEOPLE_AGGREGATIONS[name](papers, cached_dataset(out, version).authors, *args)
    return METRIC_AGGREGATIONS[name](papers, _filtered_metrics(out, version, state), *args)


# Row-per-paper tables are shared, not copied: unpickling one per rerun would cost
# what computing it does.
@st.cache_resource(show_spinner=False, max_entries=16)
def _shared(name: str, out: str, version: str, state: filters.FilterState) -> pd.DataFrame:
    if name == "paper_table":
        return _indexed_paper_table(out, version, state)
    return TABLES[name](filtered_rows(out, version, state), _filtered_metrics(out, version, state))


def shared_table(ctx: Context, name: str) -> pd.DataFrame:
    """``TABLES[name]`` over the filtered data, cached and shared read-only."""
    return _shared(name, str(ctx.source.out), ctx.dataset.version, ctx.state)


def _paper_table(papers: pd.DataFrame, metrics: pd.DataFrame) -> pd.DataFrame:
    """The Papers table with links that are not http(s) blanked."""
    table = aggregate.paper_table(papers, metrics)
    table["url"] = safe_urls(table["url"])
    return table


def _indexed_paper_table(out: str, version: str, state: filters.FilterState) -> pd.DataFrame:
    """``_paper_table`` of the filtered papers, from the index's order and counts."""
    papers = filtered_rows(out, version, state)
    found = _rows(out, version, papers)
    if found is None:
        return _paper_table(papers, _filtered_metrics(out, version, state))
    table = selection.paper_table(found[0], cached_dataset(out, version).papers, found[1])
    table["url"] = safe_urls(table["url"])
    return table


TABLES: dict[str, Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]] = {
    "paper_table": _paper_table,
}


#: Aggregations of the filtered papers alone (a page using only these never
#: looks for the papers' metric rows).
PAPER_AGGREGATIONS: dict[str, Callable[..., pd.DataFrame]] = {
    "papers_per_period": aggregate.papers_per_period,
    "topic_counts": lambda p, freq, labels: aggregate.topic_counts(p, freq, dict(labels)),
    "topic_totals": lambda p, labels: aggregate.topic_totals(p, dict(labels)),
}
#: Aggregations of the filtered papers and the dataset's author table (authors as people).
PEOPLE_AGGREGATIONS: dict[str, Callable[..., pd.DataFrame | int]] = {
    "people_count": people.people_count,
    "person_papers": people.person_papers,
}
#: Aggregations of the filtered papers and their metric rows.
METRIC_AGGREGATIONS: dict[str, Callable[..., pd.DataFrame | dict]] = {
    "headline": aggregate.headline,
    "metric_options": lambda p, m, column: aggregate.metric_options(m, column),
    "benchmark_choices": lambda p, m: leaderboard.benchmark_choices(m),
    "benchmark_labels": lambda p, m: leaderboard.benchmark_labels(m),
    "benchmark_scores": lambda p, m, benchmark: leaderboard.scores_on(m, benchmark, p),
    "benchmark_table": lambda p, m, seen: leaderboard.benchmark_table(m, seen),
}


def cached(ctx: Context, name: str, *args, state: filters.FilterState | None = None):
    """Aggregation ``name`` over the filtered data (or the data ``state`` selects),
    cached on the dataset's version, the filter state and ``args``."""
    return _cached(name, str(ctx.source.out), ctx.dataset.version, state or ctx.state, args)


def download(
    frame: pd.DataFrame,
    what: str,
    ctx: Context,
    *extra: str,
    key: str | None = None,
    filtered: bool = True,
) -> None:
    """A CSV download of exactly ``frame``, written only when the button is clicked
    (a quarter of a million rows is hundreds of megabytes of CSV); its name carries
    the filters unless ``filtered=False`` (the build's tables, which they do not select)."""
    st.download_button(
        f"Download CSV ({text.counted(len(frame), 'row')})",
        data=lambda: export.to_csv(frame),
        file_name=export.csv_name(what, ctx.state if filtered else None, *extra),
        mime="text/csv",
        key=key or f"dl-{what}-{'-'.join(extra)}",
        disabled=frame.empty,
        # A rerun on every click redrew the whole page for nothing, and a second
        # download clicked while it ran never arrived (the spinner stayed).
        on_click="ignore",
    )


def table(
    frame: pd.DataFrame,
    what: str = "rows",
    total: int | None = None,
    filtered: bool = True,
    **options,
) -> pd.DataFrame:
    """``st.dataframe`` of at most ``aggregate.TABLE_ROWS`` rows, saying so when
    rows are left out (of ``total``, when the caller has cut ``frame`` already);
    returns the rows shown. ``filtered=False`` for a table the sidebar's filters do
    not select (the build's files), which narrowing them cannot shorten."""
    shown = aggregate.first_rows(frame)
    total = len(frame) if total is None else total
    if len(shown) < total:
        hint = "Narrow the filters to see others; the" if filtered else "The"
        st.caption(
            f"Showing the first {len(shown):,} of {total:,} {what}. {hint} CSV download "
            "has all of them."
        )
    # Arrow list columns go out as plain lists: the browser reads either, but
    # Streamlit's AppTest rebuilds the frame from pandas metadata that cannot name
    # an ArrowDtype list.
    lists = {c: object for c, t in shown.dtypes.items() if isinstance(t, pd.ArrowDtype)}
    options.setdefault("height", table_height(len(shown), options.get("row_height", PLAIN_ROW)))
    st.dataframe(
        clip_frame(shown.astype(lists)),
        hide_index=True,
        width="stretch",
        placeholder=EMPTY_CELL,
        **options,
    )
    return shown


#: 19 colours picked greedily from an sRGB grid so that the closest two are as far
#: apart as can be (CIEDE2000 >= 21; Plotly's Dark24 had pinks 8.7 apart), none
#: pale on white; in the taxonomy's order, with a grey-olive last for "Other".
TOPIC_PALETTE = (
    "#1F77B4",
    "#FF8000",
    "#00A040",
    "#FF00C0",
    "#A00000",
    "#00E0E0",
    "#6000C0",
    "#80E000",
    "#806000",
    "#FF4040",
    "#006020",
    "#E0C000",
    "#40C0FF",
    "#804060",
    "#C0C0FF",
    "#008080",
    "#FFA0C0",
    "#A08080",
    "#A0A080",
)


def topic_colors(labels: dict[str, str]) -> dict[str, str]:
    """One fixed colour per topic label, the same on every chart."""
    palette = (
        TOPIC_PALETTE if len(labels) <= len(TOPIC_PALETTE) else plotly.colors.qualitative.Alphabet
    )
    return {label: palette[i % len(palette)] for i, label in enumerate(labels.values())}


def source_colors(sources: Sequence[str]) -> dict[str, str]:
    """One fixed colour per source of the dataset (``bounds.sources``), the same in
    every view whatever the filters leave: by the source's place among all of them,
    not among those a chart shows."""
    palette = plotly.colors.qualitative.Plotly
    return {source: palette[i % len(palette)] for i, source in enumerate(sources)}


def built_when(built_at: str) -> str:
    """A build's ISO time as a reader writes it: ``2026-11-27 17:00 UTC``."""
    return f"{built_at[:16].replace('T', ' ')} UTC"


def shown_path(ctx: Context) -> Callable[[str], str]:
    """A digest file's path as visitors see it (``appdata.path_shower``)."""
    return path_shower(ctx.source, (f.file for f in ctx.dataset.report.files))


def build_files(ctx: Context) -> pd.DataFrame:
    """The build's files as visitors see them: file, source, rows, skipped, error."""
    files = aggregate.report_files(ctx.dataset.report)
    files["file"] = files["file"].map(shown_path(ctx))
    return files


def build_report(ctx: Context, key: str) -> None:
    """The build report's figures, its skipped files, rows and warnings, and a download."""
    report = ctx.dataset.report
    st.write(
        f"{report.files_read:,} files read ({report.files_parsed:,} parsed, {report.files_cached:,} "
        f"from cache); {report.rows:,} rows, {report.distinct_papers:,} distinct papers, "
        f"{report.metrics:,} metric numbers; {report.duplicates_merged:,} duplicates merged; "
        f"built {built_when(report.built_at)}."
    )
    st.markdown(
        f"**Skipped files** ({len(report.skipped_files)}) · **skipped rows** "
        f"({len(report.skipped_rows)}) · **warnings** ({len(report.warnings)})"
    )
    rows = aggregate.report_rows(report)
    rows["file"] = rows["file"].map(shown_path(ctx))
    if not rows.empty:
        table(rows, "report rows", filtered=False, column_config=REPORT_COLUMNS)
    download(rows, "build-report", ctx, key=key, filtered=False)


#: Headers of the build's tables (the CSVs keep the column names).
REPORT_COLUMNS = {
    "kind": "Kind",
    "file": st.column_config.TextColumn("File", width="medium"),
    "line": st.column_config.NumberColumn("Line", format="%d"),
    "reason": st.column_config.TextColumn("Reason", width="large"),
}
FILE_COLUMNS = {
    "file": st.column_config.TextColumn("File", width="large"),
    "source": "Source",
    "rows": st.column_config.NumberColumn("Rows"),
    "skipped": st.column_config.NumberColumn("Rows skipped"),
    "error": st.column_config.TextColumn("Error", width="large"),
    "bytes": st.column_config.NumberColumn("Bytes"),
    "table rows": st.column_config.NumberColumn("Table rows"),
}


def empty(
    message: str = "No papers match these filters. Widen the date range or clear a filter.",
) -> None:
    st.info(message, icon=":material/filter_alt_off:")


def range_caption(ctx: Context) -> str:
    """The filters in words, escaped for a Markdown caption (they come from the URL)."""
    parts = [f"{ctx.state.start} to {ctx.state.end}"]
    if ctx.state.topics:
        parts.append("topics: " + ", ".join(ctx.labels.get(t, t) for t in ctx.state.topics))
    if ctx.state.sources:
        parts.append("sources: " + ", ".join(ctx.state.sources))
    if ctx.state.query:
        parts.append(f'search: "{ctx.state.query}"')
    return markdown_text(" · ".join(parts))


def comparison_caption(ctx: Context, now: Window, before: Window) -> str:
    """The filters and what is compared, naming ``now`` only when it is not the
    range the filters already name."""
    same = (now.start, now.end) == (ctx.state.start, ctx.state.end)
    compared = f"against {before}" if same else f"{now} against {before}"
    return f"{range_caption(ctx)} · {compared}"


def windows_notice(ctx: Context, now: Window) -> str:
    """What a reader of a comparison must know when its window ``now`` is not the
    sidebar's range: the range's second half (compared with its first), or the range
    cut where the filtered papers end."""
    notes = []
    if now.start != ctx.state.start:
        notes.append(
            "The data starts inside this range, so its second half is compared with its "
            "first. Pick a later range to compare it with the days before it."
        )
    if now.end != ctx.state.end:
        notes.append(
            f"The papers of these filters end on {now.end}, so the days after it are left out."
        )
    return " ".join(notes)


def lighten_partial(fig, partial: set[pd.Timestamp]) -> None:
    """Draw the bars of periods only partly inside the range lighter: fewer days,
    lower bars, and a reader must not take the drop for a trend."""
    fig.for_each_trace(
        lambda t: t.update(marker_opacity=[0.4 if pd.Timestamp(x) in partial else 1 for x in t.x])
    )


def partial_caption(ctx: Context, partial: set[pd.Timestamp], freq: str, marked: str) -> None:
    """Say which periods (``marked``: how the chart shows them) count only the
    days inside the range."""
    if not partial:
        return
    days = sorted(partial)
    names = " and ".join(f"{p:%Y-%m-%d}" for p in days)
    st.caption(
        f"{marked}: the {freq}"
        + (f"s of {names} reach" if len(days) > 1 else f" of {names} reaches")
        + f" outside {ctx.state.start} to {ctx.state.end} and "
        + ("count" if len(days) > 1 else "counts")
        + " only the days inside."
    )
