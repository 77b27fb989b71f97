"""The dashboard's entry point: page navigation, the shared sidebar, and the
Overview page. Run with ``streamlit run app.py``."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import aggregate, filters
from digest_data.app import charts, text, trendsview, ui, upload_guard
from digest_data.app.safe import safe_urls

st.set_page_config(page_title="AI-paper digests", layout="wide")
# Every file Streamlit holds for an uploader counts against the upload limits.
upload_guard.install(upload_guard.uploads_on())


def overview() -> None:
    ctx = ui.context("overview")
    st.title("Overview")
    st.caption(ui.range_caption(ctx))
    # Authors are counted as people: a username joined to a name counts once.
    figures = ui.overview_figures(ctx)
    cols = st.columns(5)
    for col, (label, key) in zip(
        cols,
        [
            ("Papers", "papers"),
            ("Distinct papers", "distinct_papers"),
            ("Days", "days"),
            ("Authors", "authors"),
            ("Metric numbers", "metric_numbers"),
        ],
        strict=True,
    ):
        col.metric(label, f"{figures[key]:,}")
    if note := ui.missing_figures_note(figures):
        st.caption(note)
    if ctx.papers.empty:
        ui.empty()
    else:
        freq = filters.suggested_period(ctx.state)
        per_period = ui.cached(ctx, "papers_per_period", freq)
        fig = charts.bars(
            per_period,
            x="date",
            y="papers",
            group="source",
            group_order=list(ctx.bounds.sources),
            colors=ui.source_colors(ctx.bounds.sources),
            title=f"Papers per {freq}",
            labels={"date": ui.PERIOD_AXIS[freq], "papers": "Papers (rows)", "source": "Source"},
        )
        fig.update_layout(hovermode="x unified")
        charts.period_bars(fig, freq, ctx.state.start, ctx.state.end)
        partial = set(
            per_period.loc[
                aggregate.partial_periods(per_period["date"], freq, ctx.state.start, ctx.state.end),
                "date",
            ]
        )
        ui.lighten_partial(fig, partial)
        st.plotly_chart(fig, width="stretch")
        ui.partial_caption(ctx, partial, freq, "Lighter bars")
        ui.download(per_period, f"papers-per-{freq}", ctx)

        newest = aggregate.newest_day(ctx.papers)
        day = newest["date"].max().date()
        papers = text.counted(len(newest), "paper")
        st.subheader(f"Newest day: {day} ({papers})")
        table = newest.assign(
            url=safe_urls(newest["url"]),
            authors=newest["authors"].map(", ".join),
            topics=newest["topics"].map(lambda ts: ", ".join(ctx.labels.get(t, t) for t in ts)),
        )[["title", "authors", "topics", "source", "url"]]
        # Every column fits at 1400 px (the widths sum to the content width there, and
        # Streamlit stretches them alike at 1920 px); rows taller than 64 px let titles
        # and authors wrap (Streamlit wraps only then).
        ui.table(
            table,
            "papers",
            row_height=ui.WRAPPED_ROW,
            column_order=["title", "topics", "source", "url", "authors"],
            column_config={
                "title": st.column_config.TextColumn("Title", width=360),
                "topics": st.column_config.TextColumn("Topics", width=150),
                "source": st.column_config.TextColumn("Source", width=82),
                "url": st.column_config.LinkColumn("Link", display_text="open", width=50),
                "authors": st.column_config.TextColumn("Authors", width=290),
            },
        )
        shown = newest.assign(source_file=newest["source_file"].map(ui.shown_path(ctx)))
        ui.download(shown, "newest-day-papers", ctx, str(day))

    report = ctx.dataset.report
    issues = len(report.warnings) + len(report.skipped_rows) + len(report.skipped_files)
    files = text.counted(report.files_read, "file")
    noted = text.counted(issues, "warning or skip", "warnings and skips")
    with st.expander(f"Build report: {files}, {noted}"):
        ui.build_report(ctx, key="dl-report-overview")
    # Most visits start here: the Trends page's terms are found meanwhile.
    trendsview.warm_up(ctx)


pages = [
    st.Page(overview, title="Overview", default=True),
    st.Page("pages/topics.py", title="Topics"),
    st.Page("pages/trends.py", title="Trends"),
    st.Page("pages/authors.py", title="Authors"),
    st.Page("pages/metrics.py", title="Metrics"),
    st.Page("pages/benchmarks.py", title="Benchmarks"),
    st.Page("pages/papers.py", title="Papers"),
    st.Page("pages/data.py", title="Data"),
]
st.navigation(pages).run()
