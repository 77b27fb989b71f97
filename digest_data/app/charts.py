"""Plotly figures that Plotly Express would draw too, built directly: on a filter
change px.scatter of 5,000 points with hover data takes 70-220 ms here, mostly in
px's own bookkeeping, and the same traces built here take about 40 ms."""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

# Streamlit registers its own Plotly template as the default when it is imported
# (streamlit.elements.plotly_chart); every chart here is drawn on plotly_white.
# Made the default once: as ``update_layout(template=...)`` on each figure it
# was validated and deep-copied per figure, about 30 ms each (a tenth of a
# filtered view's server time under load). The figures' JSON is the same.
import streamlit.elements.plotly_chart  # noqa: F401  (sets its default first)

from .safe import clip

pio.templates.default = "plotly_white"

#: From this many points a trace is drawn with WebGL, as px does (SVG is slow there).
WEBGL_FROM = 1_000
#: Characters of one digest text a chart label or hover line shows.
LABEL_CHARS = 200


def plain(text: object, limit: int = LABEL_CHARS) -> str:
    """``text`` as plain text for Plotly, which draws tags such as ``<a href>`` and
    ``<span style>`` in labels and hovers: clipped to ``limit`` characters, with
    ``&``, ``<`` and ``>`` written as entities (Plotly shows those as characters)."""
    text = clip(str(text), limit)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _texts(values: np.ndarray) -> np.ndarray:
    """Each string in ``values`` as ``plain`` text; numbers and dates as they are."""
    if values.dtype != object:
        return values
    return np.array([plain(v) if isinstance(v, str) else v for v in values], dtype=object)


#: Characters of a hover's line: a 200-character sentence on one line ran past both
#: edges of a 940 px chart.
HOVER_LINE = 70


def hover_texts(values: np.ndarray) -> np.ndarray:
    """Each string in ``values`` as ``plain`` text in lines of about ``HOVER_LINE``
    characters, for a hover; numbers and dates as they are."""
    if values.dtype != object:
        return values
    wrap = textwrap.TextWrapper(HOVER_LINE, break_long_words=False, break_on_hyphens=False)
    return np.array(
        ["<br>".join(wrap.wrap(plain(v))) if isinstance(v, str) else v for v in values],
        dtype=object,
    )


def _columns(frame: pd.DataFrame, columns: Sequence[str]) -> np.ndarray | None:
    """``columns`` of ``frame`` side by side, for a trace's customdata."""
    if not columns:
        return None
    return np.column_stack([hover_texts(frame[c].to_numpy(dtype=object)) for c in columns])


def _hover_rows(
    labels: Mapping[str, str], x: str, y: str, formats: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    """Hover lines "label: value" for x, y and every other column in ``formats``
    (read from customdata), each in its Plotly format as px writes them
    (":.1%" for numbers, "|%Y-%m-%d" for dates, "" as is); and those other columns."""
    more = [c for c in formats if c not in (x, y)]
    values = [("x", x), ("y", y)] + [(f"customdata[{i}]", c) for i, c in enumerate(more)]
    rows = [f"{plain(labels.get(c, c))}: %{{{v}{formats.get(c, '')}}}" for v, c in values]
    return rows, more


def _finish(
    fig: go.Figure, title: str, labels: Mapping[str, str], x: str, y: str, group: str | None
) -> go.Figure:
    fig.update_layout(
        title=plain(title),
        xaxis_title=plain(labels.get(x, x)),
        yaxis_title=plain(labels.get(y, y)),
        legend_title_text=plain(labels.get(group, group)) if group else None,
    )
    return fig


def grouped_points(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    group: str,
    title: str,
    labels: Mapping[str, str],
    hover_name: str,
    hover_data: tuple[str, ...] = (),
    lines: bool = False,
) -> go.Figure:
    """One trace per value of ``group`` (in order of first appearance), points at
    (``x`` as a date, ``y``), joined by lines when ``lines``. The hover shows
    ``hover_name`` in bold, then x, y and each ``hover_data`` column under its label."""
    formats = {x: "|%Y-%m-%d", **dict.fromkeys(hover_data, "")}
    rows, more = _hover_rows(labels, x, y, formats)
    template = "<b>%{hovertext}</b><br><br>" + "<br>".join(rows) + "<extra></extra>"
    trace = go.Scattergl if len(frame) >= WEBGL_FROM else go.Scatter
    fig = go.Figure()
    for name, part in frame.groupby(group, sort=False, observed=True):
        fig.add_trace(
            trace(
                x=_texts(part[x].to_numpy()),
                y=_texts(part[y].to_numpy()),
                name=plain(name),
                legendgroup=plain(name),
                showlegend=True,  # as px does: the legend names the group even when alone
                mode="lines+markers" if lines else "markers",
                hovertext=hover_texts(part[hover_name].to_numpy(dtype=object)),
                customdata=_columns(part, more),
                hovertemplate=template,
            )
        )
    return _finish(fig, title, labels, x, y, group)


def bars(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    title: str,
    labels: Mapping[str, str],
    group: str | None = None,
    group_order: list[str] | None = None,
    colors: Mapping[str, str] | None = None,
    horizontal: bool = False,
    hover_data: Mapping[str, str] | None = None,
) -> go.Figure:
    """Bars of ``y`` against ``x`` (the other way round when ``horizontal``), one
    stacked trace per value of ``group`` in ``group_order`` (else order of first
    appearance), coloured by ``colors``. ``hover_data`` maps more columns to show
    on hover to their Plotly format, as px takes it (":.1%", or "" for as is)."""
    rows, more = _hover_rows(labels, x, y, hover_data or {})
    if group is None:
        parts = [("", frame)]
    else:
        by_group = dict(tuple(frame.groupby(group, sort=False, observed=True)))
        order = [g for g in group_order if g in by_group] if group_order else list(by_group)
        parts = [(g, by_group[g]) for g in order]
    fig = go.Figure()
    for name, part in parts:
        head = f"{plain(labels.get(group, group))}: {plain(name)}<br>" if group else ""
        fig.add_trace(
            go.Bar(
                x=_texts(part[x].to_numpy()),
                y=_texts(part[y].to_numpy()),
                name=plain(name),
                orientation="h" if horizontal else "v",
                marker_color=(colors or {}).get(name),
                customdata=_columns(part, more),
                hovertemplate=head + "<br>".join(rows) + "<extra></extra>",
                showlegend=group is not None,
            )
        )
    fig.update_layout(barmode="relative")
    if horizontal:
        # one bar the full height of a default chart reads as a wall, 19 squeezed
        # ones as a comb: the chart grows with the bars it has, inside margins of its
        # own (Plotly's default ones, 180 px, would leave a short chart no plot)
        fig.update_layout(
            height=horizontal_bars_height(frame[y].nunique()),
            margin={"t": BARS_MARGIN_PX, "b": BARS_MARGIN_PX},
        )
    return _finish(fig, title, labels, x, y, group)


#: A horizontal bar chart's margin above (its title) and below (the axis and its
#: title), the room the plot needs beside its bars, and each bar's row, in pixels.
BARS_MARGIN_PX, BARS_PLOT_PAD_PX, BAR_ROW_PX = 56, 20, 28


def horizontal_bars_height(bars: int, below: int = 0) -> int:
    """The height of a horizontal bar chart of ``bars`` bars, in pixels, with ``below``
    more for a legend under it."""
    return 2 * BARS_MARGIN_PX + BARS_PLOT_PAD_PX + BAR_ROW_PX * max(bars, 1) + below


#: Ranges up to this many days get one tick per day.
DAILY_TICKS_UP_TO = 14
DAY_MS = 86_400_000
#: Weeks and months as Plotly's ``xperiod`` takes them, and each period's bar width in ms.
_PERIOD = {"week": 7 * DAY_MS, "month": "M1"}
_HALF_DAY = pd.Timedelta(hours=12)
_BAR_WIDTH = {"day": 0.8 * DAY_MS, "week": 0.8 * 7 * DAY_MS, "month": 0.8 * 30 * DAY_MS}
#: Up to this many papers a bar, the count axis ticks whole papers.
WHOLE_TICKS_UP_TO = 10


def day_axis(fig: go.Figure, start: dt.date, end: dt.date) -> go.Figure:
    """The x axis spans the filtered days (half a day of margin each side), labelled
    as dates; a day a tick on short ranges, slanted. A lone day otherwise autoscales
    to fractions of a second."""
    daily = (end - start).days + 1 <= DAILY_TICKS_UP_TO
    fig.update_xaxes(
        range=[
            pd.Timestamp(start) - _HALF_DAY,
            pd.Timestamp(end) + _HALF_DAY,
        ],
        tickformat="%Y-%m-%d",
        dtick=DAY_MS if daily else None,
        # Fourteen dates side by side touched each other in a 1400 px window; Plotly
        # slants them only when they overlap, so some charts slanted and some did not.
        tickangle=-45 if daily else None,
    )
    return fig


def period_bars(fig: go.Figure, freq: str, start: dt.date, end: dt.date) -> go.Figure:
    """Bars of papers per ``freq`` period drawn as periods: each bar one period
    wide wherever its neighbours are (Plotly sizes bars by the nearest two, so a
    sparse author's weekly bars spanned weeks), the x axis the selected days as
    dates (a tick a day on short ranges, not "12:00"), whole papers on the count
    axis while the tallest stack is at most ``WHOLE_TICKS_UP_TO`` (not "0.5")."""
    bars = {"type": "bar"}
    fig.update_traces(width=_BAR_WIDTH[freq], selector=bars)
    whole = _tallest_stack(fig) <= WHOLE_TICKS_UP_TO
    fig.update_yaxes(rangemode="tozero", dtick=1 if whole else None)
    if freq == "day":
        # A day's bar centred on its date's tick, as the scores' points are: spanning
        # the day from midnight, it sat between two dates' labels.
        return day_axis(fig, start, end)
    fig.update_traces(
        xperiod=_PERIOD[freq],
        xperiod0="2024-01-01",  # a Monday: weeks start on Mondays
        xperiodalignment="middle",
        selector=bars,
    )
    first, after = period_span(freq, start, end)
    fig.update_xaxes(range=[first, after], **_period_ticks(freq, first, after))
    return fig


#: At most about this many ticks on a period axis.
PERIOD_TICKS = 12


def period_span(freq: str, start: dt.date, end: dt.date) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first day of the first ``week`` or ``month`` the days ``start`` to ``end``
    touch and the first day after the last: the axis of their bars, each bar whole (a
    range's part of a week drew half a bar at each edge, a last paper as a sliver)."""
    first, last = pd.Timestamp(start), pd.Timestamp(end)
    if freq == "week":
        first -= pd.Timedelta(days=first.day_of_week)
        return first, last + pd.Timedelta(days=7 - last.day_of_week)
    return first.replace(day=1), last.replace(day=1) + pd.DateOffset(months=1)


def _period_ticks(freq: str, first: pd.Timestamp, after: pd.Timestamp) -> dict:
    """A tick at the start of every period, or of every second, third ... when there
    are more than ``PERIOD_TICKS`` (the axis is titled "Week starting")."""
    if freq == "week":
        step = math.ceil((after - first).days / 7 / PERIOD_TICKS)
        return {"tick0": "2024-01-01", "dtick": step * 7 * DAY_MS, "tickformat": "%Y-%m-%d"}
    months = (after.year - first.year) * 12 + after.month - first.month
    step = math.ceil(months / PERIOD_TICKS)
    return {"tick0": "2024-01-01", "dtick": f"M{step}", "tickformat": "%b %Y"}


def _tallest_stack(fig: go.Figure) -> float:
    """The largest total of the bar traces' values at one x (one trace: its tallest bar)."""
    values = [
        pd.Series(np.asarray(trace.y, dtype=float), index=pd.Index(trace.x))
        for trace in fig.data
        if trace.type == "bar" and trace.x is not None
    ]
    if not values:
        return 0.0
    return float(pd.concat(values).groupby(level=0).sum().max())


def share_heatmap(
    counts: pd.DataFrame,
    periods: Sequence[pd.Timestamp],
    order: Sequence[str],
    partial: set[pd.Timestamp],
    *,
    title: str,
    x_title: str,
    month: bool = False,
) -> go.Figure:
    """Each label's ``share`` per period as a grid: labels in ``order`` top down,
    ``periods`` left to right (a period without the label is 0%), periods in
    ``partial`` marked with a star. Every cell is a share of its own column's
    papers, so unlike stacked shares nothing adds up past 100%."""

    def grid(column: str) -> np.ndarray:
        table = counts.pivot_table(index="label", columns="period", values=column, aggfunc="sum")
        return table.reindex(index=list(order), columns=list(periods)).fillna(0).to_numpy()

    shares, papers = grid("share"), grid("papers")
    day = "%Y-%m" if month else "%Y-%m-%d"
    x = [f"{p:{day}}" + ("*" if p in partial else "") for p in periods]
    fig = go.Figure(
        go.Heatmap(
            z=shares,
            x=x,
            y=list(order),
            zmin=0,
            zmax=max(float(shares.max(initial=0)), 0.01),
            colorscale="Blues",
            xgap=1,
            ygap=1,
            text=[[f"{v:.0%}" for v in row] for row in shares],
            # Numbers in the cells while they fit; hover always has them.
            texttemplate="%{text}" if len(periods) <= 16 else None,
            customdata=papers.astype(int),
            hovertemplate="%{y}, %{x}: %{z:.1%} of the papers (%{customdata})<extra></extra>",
            colorbar={"title": {"text": "Share"}, "tickformat": ".0%"},
        )
    )
    fig.update_layout(
        title=title,
        height=max(360, 26 * len(order) + 160),
        xaxis={"title": x_title, "type": "category"},
        yaxis={"autorange": "reversed"},
    )
    return fig
