"""Charts of reported numbers over digest days: the Benchmarks page's scores with
their best-so-far steps (``charts.day_axis`` labels their days)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.colors
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .charts import WEBGL_FROM, hover_texts

#: Scores whose metric the summary does not name: grey, drawn last.
UNNAMED_COLOR = "#9e9e9e"


def series_colors(series: Sequence[str], unnamed: str) -> dict[str, str]:
    """One fixed colour per series in the given order, ``unnamed`` grey and last."""
    palette = plotly.colors.qualitative.Plotly
    named = [s for s in series if s != unnamed]
    colors = {s: palette[i % len(palette)] for i, s in enumerate(named)}
    if unnamed in series:
        colors[unnamed] = UNNAMED_COLOR
    return colors


def _hover(columns: Sequence[str], labels: Mapping[str, str]) -> str:
    rows = ["Digest day: %{x|%Y-%m-%d}", "Value: %{y}"]
    rows += [f"{labels.get(c, c)}: %{{customdata[{i}]}}" for i, c in enumerate(columns)]
    return "<b>%{hovertext}</b><br><br>" + "<br>".join(rows) + "<extra></extra>"


#: Up to this many series get a panel each; more share one axis.
MAX_PANELS = 6
PANEL_HEIGHT = 190


def _hover_text(values: pd.Series) -> np.ndarray:
    """Digest text of a hover, every value as text, escaped and in lines."""
    return hover_texts(values.astype(str).to_numpy(dtype=object))


def scores_over_time(
    scores: pd.DataFrame,
    best: pd.DataFrame,
    colors: Mapping[str, str],
    *,
    title: str,
    y_title: str,
) -> go.Figure:
    """Every score as a point coloured by its series (in the order of ``colors``),
    and per series the best so far as a dotted step line in the same colour.
    Several series get a panel each with its own y axis, sharing the day axis: an
    FID of 30 and an SSIM of 0.7 on one axis leave the SSIM flat at 0. Hover: the
    paper's title, the day, the value, the metric as written, the model and the
    sentence."""
    more = ["metric", "model", "context"]
    labels = {"metric": "Metric as written", "model": "Model", "context": "Sentence"}
    trace = go.Scattergl if len(scores) >= WEBGL_FROM else go.Scatter
    by_series = dict(tuple(scores.groupby("series", sort=False)))
    order = [s for s in colors if s in by_series] + [s for s in by_series if s not in colors]
    panels = 1 < len(order) <= MAX_PANELS
    # Where each series' traces go: its own panel, or the one figure.
    panel = {s: {"row": i, "col": 1} for i, s in enumerate(order, 1)} if panels else {}
    fig = (
        make_subplots(
            rows=len(order),
            cols=1,
            shared_xaxes=True,
            vertical_spacing=0.25 / len(order),
            subplot_titles=[html.escape(s) for s in order],
        )
        if panels
        else go.Figure()
    )
    for series in order:
        part = by_series[series]
        fig.add_trace(
            trace(
                x=part["date"].to_numpy(),
                y=part["value"].to_numpy(),
                name=html.escape(series),  # as in the subplot titles: digest text
                legendgroup=series,
                mode="markers",
                marker={"size": 10, "opacity": 0.8, "color": colors.get(series)},
                hovertext=_hover_text(part["title"]),
                customdata=np.column_stack([_hover_text(part[c]) for c in more]),
                hovertemplate=_hover(more, labels),
            ),
            **panel.get(series, {}),
        )
    for series, part in best.groupby("series", sort=False):
        fig.add_trace(
            go.Scatter(
                x=part["date"].to_numpy(),
                y=part["value"].to_numpy(),
                name=f"best so far: {html.escape(series)}",
                legendgroup=series,
                mode="lines",
                line={"shape": "hv", "dash": "dot", "width": 2, "color": colors.get(series)},
                hovertext=_hover_text(part["title"]),
                customdata=np.column_stack([_hover_text(part["model"])]),
                hovertemplate=_hover(["model"], {"model": "Held by model"}),
            ),
            **panel.get(series, {}),
        )
    fig.update_layout(
        title=title,
        legend_title_text="Metric",
        height=max(520, 120 + PANEL_HEIGHT * len(order)) if panels else 520,
    )
    # The day axis is titled under the lowest panel; each panel's title names its
    # series, so only a single axis needs a y title.
    fig.update_xaxes(title_text="Digest day", row=len(order) if panels else None)
    if not panels:
        fig.update_yaxes(title_text=y_title)
    for series in order if panels or len(order) == 1 else ():  # an axis of its own
        part = by_series[series]
        values = part["value"]
        if values.nunique() == 1 and values.iloc[0] > 0:
            # Plotly puts one value mid-way on an axis of +-1 ("-0.5" under an LPIPS of
            # 0.22, a value no score takes): from 0 to twice it instead, or to 100 for
            # a percentage (an accuracy of 90% on an axis up to 180 read wrong).
            value = float(values.iloc[0])
            percent = "unit" in part and (part["unit"] == "%").all() and value <= 100
            top = 100.0 if percent else 2 * value
            fig.update_yaxes(range=[0, top], **panel.get(series, {}))
    return fig
