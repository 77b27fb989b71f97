"""The Benchmarks page's chart and the day axis (digest_data/app/score_charts.py)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from digest_data.app import charts, score_charts


def scores() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-10-01", "2024-10-03", "2024-10-02"]),
            "value": [70.0, 75.0, 0.5],
            "series": ["accuracy (%)", "accuracy (%)", "(metric not named)"],
            "metric": ["accuracy", "acc", ""],
            "model": ["A", "<b>B</b>", ""],
            "title": ["<img src=x onerror=alert(1)>Paper", "Paper 2", "Paper 3"],
            "context": ["a sentence", "another", "third"],
        }
    )


def test_points_per_series_in_colour_order_then_dotted_steps():
    best = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-10-01", "2024-10-03"]),
            "series": ["accuracy (%)"] * 2,
            "value": [70.0, 75.0],
            "title": ["Paper", "Paper 2"],
            "model": ["A", "B"],
        }
    )
    colors = score_charts.series_colors(
        ["accuracy (%)", "(metric not named)"], "(metric not named)"
    )
    assert colors["(metric not named)"] == score_charts.UNNAMED_COLOR
    fig = score_charts.scores_over_time(scores(), best, colors, title="t", y_title="y")
    assert [t.name for t in fig.data] == [
        "accuracy (%)",
        "(metric not named)",
        "best so far: accuracy (%)",
    ]
    step = fig.data[-1]
    assert step.line.shape == "hv" and step.line.dash == "dot"
    assert step.line.color == fig.data[0].marker.color == colors["accuracy (%)"]


def test_digest_text_in_the_hover_is_escaped():
    fig = score_charts.scores_over_time(
        scores(), scores().iloc[:0], {"accuracy (%)": "#000"}, title="t", y_title="y"
    )
    assert list(fig.data[0].hovertext) == ["&lt;img src=x onerror=alert(1)&gt;Paper", "Paper 2"]
    assert fig.data[0].customdata[1][1] == "&lt;b&gt;B&lt;/b&gt;"
    # A series without a colour is still drawn, after the others.
    assert [t.name for t in fig.data] == ["accuracy (%)", "(metric not named)"]


def test_day_axis_one_tick_a_day_on_a_week_and_free_ticks_on_a_quarter():
    fig = score_charts.scores_over_time(scores(), scores().iloc[:0], {}, title="t", y_title="y")
    charts.day_axis(fig, dt.date(2024, 10, 1), dt.date(2024, 10, 7))
    assert fig.layout.xaxis.dtick == 86_400_000
    assert fig.layout.xaxis.tickformat == "%Y-%m-%d"
    # a date a tick, slanted so that fourteen of them do not touch at 1400 px
    assert fig.layout.xaxis.tickangle == -45
    assert [str(x)[:16] for x in fig.layout.xaxis.range] == ["2024-09-30 12:00", "2024-10-07 12:00"]
    charts.day_axis(fig, dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert fig.layout.xaxis.dtick is None
    assert fig.layout.xaxis.tickangle is None


def test_each_series_gets_its_own_panel_and_y_axis():
    """An FID near 30 and an SSIM near 0.7 on one axis would leave the SSIM flat at
    0: each series is drawn in a panel of its own, its best-so-far line with it."""
    two = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-10-01", "2024-10-02", "2024-10-03"]),
            "value": [30.0, 25.0, 0.7],
            "series": ["fid", "fid", "ssim"],
            "metric": ["fid", "fid", "ssim"],
            "model": ["A", "B", "C"],
            "title": ["P1", "P2", "P3"],
            "context": ["x", "y", "z"],
        }
    )
    best = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-10-03"]),
            "series": ["ssim"],
            "value": [0.7],
            "title": ["P3"],
            "model": ["C"],
        }
    )
    colors = score_charts.series_colors(["fid", "ssim"], "(metric not named)")
    fig = score_charts.scores_over_time(two, best, colors, title="t", y_title="y")
    axis_of = {t.name: t.yaxis for t in fig.data}
    assert axis_of["fid"] != axis_of["ssim"]
    assert axis_of["best so far: ssim"] == axis_of["ssim"]
    assert [a.text for a in fig.layout.annotations] == ["fid", "ssim"]
    # One series alone keeps the single titled axis.
    one = score_charts.scores_over_time(
        two[two["series"] == "fid"], best.iloc[:0], colors, title="t", y_title="y"
    )
    assert one.layout.yaxis.title.text == "y" and not one.layout.annotations
    # The SSIM panel's one value sits on an axis from 0 to twice it, not on -0.3..1.7;
    # the FID panel, of two values, keeps Plotly's own range.
    assert fig.layout.yaxis2.range == (0, 1.4)
    assert fig.layout.yaxis.range is None


def test_one_percentage_sits_on_an_axis_from_0_to_100():
    """An accuracy of 90% alone: 0-100, not 0-180 (twice it)."""
    one = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-10-01"]),
            "value": [90.0],
            "series": ["accuracy (%)"],
            "metric": ["accuracy"],
            "unit": ["%"],
            "model": ["A"],
            "title": ["P1"],
            "context": ["x"],
        }
    )
    colors = score_charts.series_colors(["accuracy (%)"], "(metric not named)")
    fig = score_charts.scores_over_time(one, one.iloc[:0], colors, title="t", y_title="y")
    assert fig.layout.yaxis.range == (0, 100)


def test_a_long_sentence_in_a_hover_is_broken_into_lines_and_escaped():
    from digest_data.app import charts

    sentence = "The model <b>reaches</b> 91.5% accuracy on GSM8K " * 5
    (shown,) = charts.hover_texts(np.array([sentence], dtype=object))
    lines = shown.split("<br>")
    assert len(lines) >= 3 and max(len(line) for line in lines) <= charts.HOVER_LINE
    assert "<b>" not in shown and "&lt;b&gt;" in shown
    assert list(charts.hover_texts(np.array([1.5, 2.0]))) == [1.5, 2.0]  # numbers as they are


def test_a_series_name_from_digest_text_is_escaped_in_every_legend_entry():
    marked = "<b>acc</b> (%)"
    rows = scores().assign(series=[marked, marked, "(metric not named)"])
    best = rows.iloc[:2][["date", "series", "value", "title", "model"]]
    fig = score_charts.scores_over_time(rows, best, {marked: "#000"}, title="t", y_title="y")
    names = [t.name for t in fig.data if marked in (t.legendgroup or "")]
    assert names == ["&lt;b&gt;acc&lt;/b&gt; (%)", "best so far: &lt;b&gt;acc&lt;/b&gt; (%)"]
