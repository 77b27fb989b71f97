"""Defects a new user hit in round ux9, each seen first in a screenshot and pinned
here through Streamlit's AppTest, figures counted with plain loops over the
sample's rows."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import open_page

from digest_data.analyse.leaderboard import UNNAMED
from digest_data.app.safe import markdown_text

D = dt.date


@pytest.fixture
def benchmarks(sample_dataset, monkeypatch):
    return open_page(sample_dataset.path, monkeypatch, "pages/benchmarks.py")


def test_scores_left_out_of_the_default_metrics_are_announced(benchmarks, sample_dataset):
    # 2024-12-25..31: the picker reads "HumanEval · 2 papers with a score", but one
    # of the two names no metric or unit ("a score of 64.00 on HumanEval"), so the
    # default pick (the main series' unit, %) drew one point and said nothing.
    at = benchmarks
    at.sidebar.date_input(key="f_dates").set_value((D(2024, 12, 25), D(2024, 12, 31))).run()
    at.selectbox(key="b_pick").set_value("HumanEval").run()
    assert not at.exception
    shown = at.multiselect(key="b_series_HumanEval").value
    hidden = [
        row
        for row in sample_dataset.metrics.itertuples()
        if row.benchmark_id == "HumanEval"
        and row.kind == "score"
        and D(2024, 12, 25) <= row.date.date() <= D(2024, 12, 31)
        and (f"{row.metric_id} ({row.unit})" if row.unit else row.metric_id or UNNAMED) not in shown
    ]
    assert len(hidden) == 1
    notes = [c.value for c in at.caption if "not picked" in c.value]
    assert len(notes) == 1
    assert notes[0].startswith("1 more score on HumanEval")
    assert markdown_text(UNNAMED) in notes[0]  # as Markdown shows it


def test_no_note_when_every_score_is_drawn(benchmarks):
    at = benchmarks
    at.sidebar.date_input(key="f_dates").set_value((D(2024, 12, 25), D(2024, 12, 31))).run()
    at.selectbox(key="b_pick").set_value("HumanEval").run()
    options = at.multiselect(key="b_series_HumanEval").options
    at.multiselect(key="b_series_HumanEval").set_value(options).run()
    assert not [c.value for c in at.caption if "not picked" in c.value]


def test_the_build_tables_do_not_tell_to_narrow_filters_that_do_not_apply(
    sample_dataset, monkeypatch
):
    # The Data page's files table and the build report are the whole build, not the
    # sidebar's selection; on the 20,000-paper dataset the files table read
    # "Showing the first 1,000 of 1,083 files. Narrow the filters to see others",
    # which no filter can do. Here the tables show 50 rows so the sample's 92 files
    # are cut.
    from digest_data.analyse import aggregate

    monkeypatch.setattr(aggregate.first_rows, "__defaults__", (50,))
    at = open_page(sample_dataset.path, monkeypatch, "pages/data.py")
    assert not at.exception
    files = len(sample_dataset.report.files)
    assert files > 50
    notes = [c.value for c in at.caption if c.value.startswith("Showing the first")]
    assert f"Showing the first 50 of {files} files. The CSV download has all of them." in notes
    assert not [n for n in notes if "filters" in n]


def test_a_cut_papers_table_still_points_at_the_filters(sample_dataset, monkeypatch):
    from digest_data.analyse import aggregate

    monkeypatch.setattr(aggregate.first_rows, "__defaults__", (50,))
    at = open_page(sample_dataset.path, monkeypatch, "pages/papers.py")
    notes = [c.value for c in at.caption if c.value.startswith("Showing the first")]
    assert notes == [
        f"Showing the first 50 of {len(sample_dataset.papers):,} listings "
        f"({sample_dataset.papers['paper_id'].nunique():,} distinct papers). Narrow the "
        "filters to see others; the CSV download has all of them."
    ]


#: Streamlit's grid wraps cell text only in rows taller than 64 px.
WRAPS = 65


def test_the_paper_detail_tables_wrap_the_sentence_and_titles(sample_dataset, monkeypatch):
    # At 1400 px the detail's "Reported numbers" cut each sentence after about 70
    # characters, before the number it backs ("…achieving a threefold impr"), and
    # "Papers like this one" cut the titles; one-line rows cannot wrap.
    at = open_page(sample_dataset.path, monkeypatch, "pages/papers.py")
    assert not at.exception
    tables = {tuple(t.value.columns): t for t in at.dataframe}
    numbers = next(t for cols, t in tables.items() if "context" in cols)
    like = next(t for cols, t in tables.items() if "score" in cols and "title" in cols)
    assert numbers.proto.row_height >= WRAPS
    assert like.proto.row_height >= WRAPS


def test_the_rank_help_describes_the_blank_cell_it_shows(benchmarks):
    # Empty cells read blank since the tables' placeholder change; the Rank
    # column's help still told the user to look for "None".
    import json

    leaderboard = benchmarks.dataframe[0]
    assert "rank" in leaderboard.value.columns
    assert leaderboard.proto.placeholder == ""
    help_text = json.loads(leaderboard.proto.columns)["rank"]["help"]
    assert "None" not in help_text
    assert "blank" in help_text


def test_one_authors_papers_wrap_long_titles_and_names(sample_dataset, monkeypatch):
    # At 1400 px long titles were cut and a long name under "Listed as" read
    # "Zhisong Krähenbü" (the 20,000-paper dataset's top author).
    at = open_page(sample_dataset.path, monkeypatch, "pages/authors.py")
    assert not at.exception
    mine = next(t for t in at.dataframe if "listed_as" in t.value.columns)
    assert mine.proto.row_height >= WRAPS


def test_build_downloads_are_not_named_after_filters_they_ignore(sample_dataset, monkeypatch):
    # With a range, a source and a search set, the Data page offered
    # "build-report_2024-12-25_2024-12-31_hf-daily_q-model.csv" holding the whole
    # build's report: the name said filtered, the rows were not.
    import streamlit

    names: list[str] = []
    original = streamlit.download_button

    def button(label, data, file_name, **kwargs):
        names.append(file_name)
        return original(label, data, file_name, **kwargs)

    monkeypatch.setattr(streamlit, "download_button", button)
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    from conftest import dashboard

    at = dashboard()
    at.query_params.update({"from": "2024-12-25", "source": "hf-daily", "q": "model"})
    at.run()
    overview = set(names)
    assert "build-report.csv" in overview
    assert "papers-per-day_2024-12-25_2024-12-31_hf-daily_q-model.csv" in overview
    names.clear()
    at.switch_page("pages/data.py").run()
    assert not at.exception
    assert set(names) == {"build-report.csv", "build-files.csv"}
