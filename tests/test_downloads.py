"""Every Download CSV button on every page, pressed: list cells come out as
``a; b; c`` (never a Python or NumPy list's repr), still formula-neutralised.

The pages are run through AppTest; ``st.download_button`` is wrapped so that each
button's file name and data are kept, and its data (written only on click) is
then produced as a click would."""

from __future__ import annotations

import csv
import datetime as dt
import io

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
import streamlit
from conftest import dashboard

from digest_data.analyse import export

#: Every download each page offers on the sample, by the start of its file name.
DOWNLOADS = {
    "app.py": {"papers-per-week", "newest-day-papers", "build-report"},
    "pages/topics.py": {"topic-counts", "topic-totals", "topic-mix-change"},
    "pages/authors.py": {"top-authors", "author-papers", "authors"},
    "pages/metrics.py": {"metrics", "best-per-day"},
    "pages/benchmarks.py": {"leaderboard", "benchmarks"},
    "pages/trends.py": {"rising-terms", "falling-terms"},
    "pages/papers.py": {"papers", "paper-numbers", "papers-like"},
    "pages/data.py": {"build-report", "build-files"},
}


@pytest.fixture
def pressed(sample_dataset, monkeypatch):
    """Runs a page on October and November 2024 (so the Topics page has a range
    before it to compare with) and returns {file name: (frame, CSV rows)} of every
    download button it drew."""
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    buttons: list[tuple[str, object]] = []
    frames: list = []
    original_button = streamlit.download_button
    original_csv = export.to_csv

    def button(label, data, file_name, **kwargs):
        buttons.append((file_name, data))
        return original_button(label, data, file_name, **kwargs)

    def to_csv(frame):
        frames.append(frame)
        return original_csv(frame)

    monkeypatch.setattr(streamlit, "download_button", button)
    monkeypatch.setattr(export, "to_csv", to_csv)

    def press(page: str) -> dict[str, tuple[object, list[dict[str, str]]]]:
        at = dashboard()
        at.query_params.update({"from": "2024-10-01", "to": "2024-11-30"})
        at.run()
        if page != "app.py":
            buttons.clear()
            at.switch_page(page).run()
        assert not at.exception, [e.message for e in at.exception]
        got = {}
        for name, data in buttons:
            frames.clear()
            body = data() if callable(data) else data
            rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline="")))
            got[name] = (frames[0], rows)
        buttons.clear()
        return got

    return press


def _kind(name: str) -> str:
    return name.removesuffix(".csv").split("_")[0]


def _as_list(value) -> list | None:
    if isinstance(value, list | tuple | np.ndarray):
        return list(value)
    return None


def _expected_cell(values: list) -> str:
    joined = "; ".join(str(v) for v in values)
    return "'" + joined if joined[:1] in ("=", "+", "-", "@", "\t", "\r") else joined


@pytest.mark.parametrize("page", list(DOWNLOADS))
def test_every_download_writes_list_cells_joined(pressed, page):
    got = pressed(page)
    assert {_kind(n) for n in got} == DOWNLOADS[page]
    lists_seen = 0
    for name, (frame, rows) in got.items():
        assert len(rows) == len(frame), name
        for column in frame.columns:
            for i, value in enumerate(frame[column].tolist()):
                values = _as_list(value)
                cell = rows[i][column]
                assert not (cell.startswith("[") and cell.endswith("]")), (name, column, cell)
                if values is not None:
                    assert cell == _expected_cell(values), (name, column, i)
                    lists_seen += 1
    if page in ("app.py", "pages/papers.py"):
        assert lists_seen > 0  # the newest-day and Papers CSVs have authors and topics


def test_arrow_list_and_text_cells_that_start_like_a_formula_are_neutralised():
    lists = pd.ArrowDtype(pa.list_(pa.string()))
    frame = pd.DataFrame(
        {
            "title": pd.Series(["=1+1", "ok", None], dtype=pd.ArrowDtype(pa.string())),
            "authors": pd.Series([["=cmd()", "Ann"], [], None], dtype=lists),
        }
    )
    rows = list(csv.DictReader(io.StringIO(export.to_csv(frame).decode(), newline="")))
    assert [r["title"] for r in rows] == ["'=1+1", "ok", ""]
    assert [r["authors"] for r in rows] == ["'=cmd(); Ann", "", ""]


def test_category_cells_that_start_like_a_formula_are_neutralised():
    """Terms and items are categories in memory; their text is a cell like any other."""
    frame = pd.DataFrame({"item": pd.Categorical(["=1+1", "-2", "GRPO", None])})
    rows = list(csv.DictReader(io.StringIO(export.to_csv(frame).decode(), newline="")))
    assert [r["item"] for r in rows] == ["'=1+1", "'-2", "GRPO", ""]


def test_arrow_list_columns_are_joined(sample_dataset):
    papers = sample_dataset.papers
    assert str(papers["authors"].dtype).startswith("list")  # what load gives
    rows = list(csv.DictReader(io.StringIO(export.to_csv(papers.head(50)).decode(), newline="")))
    for row, authors, topics in zip(rows, papers["authors"].head(50), papers["topics"].head(50)):
        assert row["authors"] == "; ".join(authors)
        assert row["topics"] == "; ".join(topics)
    assert dt.date.fromisoformat(rows[0]["date"])


@pytest.mark.parametrize("page", list(DOWNLOADS))
def test_a_download_does_not_rerun_the_page(sample_dataset, monkeypatch, page):
    """A click on Download CSV only delivers the file: a rerun redrew the whole page
    for nothing, and a second download clicked while it ran never arrived (its
    spinner stayed; Streamlit documents the race)."""
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    at = dashboard()
    at.run()
    if page != "app.py":
        at.switch_page(page).run()
    protos = [element.proto for element in at.get("download_button")]
    assert protos and all(proto.ignore_rerun for proto in protos)


def test_the_leaderboard_csv_names_its_benchmark_and_each_paper(pressed):
    """A leaderboard CSV read on its own says which benchmark it ranks and which paper
    each score is from."""
    ((frame, rows),) = [
        v for k, v in pressed("pages/benchmarks.py").items() if k.startswith("leaderboard")
    ]
    assert rows and {r["benchmark"] for r in rows} == {rows[0]["benchmark"]} != {""}
    assert all(r["paper_id"] for r in rows)
