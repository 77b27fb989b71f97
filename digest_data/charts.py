"""Plotly figures that Plotly Express would draw too, built directly: on a filter
change px.scatter of 5,000 points with hover data takes 70-220 ms here, mostly in
px's own bookkeeping, and the same traces built here take about 40 ms."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

#: From this many points a trace is drawn with WebGL, as px does (SVG is slow there).
WEBGL_FROM = 1_000


def _columns(frame: pd.DataFrame, columns: Sequence[str]) -> np.ndarray | None:
    """``columns`` of ``frame`` side by side, for a trace's customdata."""
    return np.column_stack([frame[c].to_numpy(dtype=object) for c in columns]) if columns else None


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
    label = {c: labels.get(c, c) for c in (x, y, group, *hover_data)}
    rows = [f"{label[x]}=%{{x|%Y-%m-%d}}", f"{label[y]}=%{{y}}"]
    rows += [f"{label[c]}=%{{customdata[{i}]}}" for i, c in enumerate(hover_data)]
    template = "<b>%{hovertext}</b><br><br>" + "<br>".join(rows) + "<extra></extra>"
    trace = go.Scattergl if len(frame) >= WEBGL_FROM else go.Scatter
    fig = go.Figure()
    for name, part in frame.groupby(group, sort=False, observed=True):
        fig.add_trace(
            trace(
                x=part[x].to_numpy(),
                y=part[y].to_numpy(),
                name=str(name),
                legendgroup=str(name),
                showlegend=True,  # as px does: the legend names the group even when alone
                mode="lines+markers" if lines else "markers",
                hovertext=part[hover_name].to_numpy(dtype=object),
                customdata=_columns(part, hover_data),
                hovertemplate=template,
            )
        )
    fig.update_layout(
        title=title,
        template="plotly_white",
        xaxis_title=label[x],
        yaxis_title=label[y],
        legend_title_text=label[group],
    )
    return fig


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
    on hover to a d3 number format ("" for as is)."""
    formats = dict(hover_data or {})
    more = [c for c in formats if c not in (x, y)]
    label = {c: labels.get(c, c) for c in (x, y, *more, *([group] if group else []))}

    def row(value: str, column: str) -> str:
        number_format = formats.get(column, "")
        return f"{label[column]}=%{{{value}{':' + number_format if number_format else ''}}}"

    rows = [row("x", x), row("y", y)] + [row(f"customdata[{i}]", c) for i, c in enumerate(more)]
    if group is None:
        parts = [("", frame)]
    else:
        by_group = dict(tuple(frame.groupby(group, sort=False, observed=True)))
        order = [g for g in group_order if g in by_group] if group_order else list(by_group)
        parts = [(g, by_group[g]) for g in order]
    fig = go.Figure()
    for name, part in parts:
        head = f"{label[group]}={name}<br>" if group else ""
        fig.add_trace(
            go.Bar(
                x=part[x].to_numpy(),
                y=part[y].to_numpy(),
                name=str(name),
                orientation="h" if horizontal else "v",
                marker_color=(colors or {}).get(name),
                customdata=_columns(part, more),
                hovertemplate=head + "<br>".join(rows) + "<extra></extra>",
                showlegend=group is not None,
            )
        )
    fig.update_layout(
        title=title,
        template="plotly_white",
        barmode="relative",
        xaxis_title=label[x],
        yaxis_title=label[y],
        legend_title_text=label[group] if group else None,
    )
    return fig
