"""The Authors page counts people: a username joined to its name is one author,
found by either form, and a username joined to nothing says so."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re

import numpy as np
import pytest
from conftest import dashboard
from streamlit.testing.v1 import AppTest


@pytest.fixture
def authors_page(sample_dataset, monkeypatch) -> AppTest:
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    at = dashboard().run()
    at.switch_page("pages/authors.py").run()
    assert not at.exception
    return at


@pytest.fixture
def app_at_overview(sample_dataset, monkeypatch) -> AppTest:
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    return dashboard().run()


def person_of(sample_dataset) -> dict[str, str]:
    return dict(zip(sample_dataset.authors["name"], sample_dataset.authors["person"], strict=True))


def test_the_author_table_has_one_row_per_person(authors_page, sample_dataset):
    person = person_of(sample_dataset)
    people = {person[a] for names in sample_dataset.papers["authors"] for a in names}
    strings = {a for names in sample_dataset.papers["authors"] for a in names}
    assert len(people) < len(strings)  # the sample has joined usernames
    # The table shows its first 1,000 rows; its download holds them all.
    labels = [b.proto.label for b in authors_page.get("download_button")]
    assert labels[-1] == f"Download CSV ({len(people):,} rows)"
    table = authors_page.dataframe[-1].value
    assert table["person"].is_unique


def test_searching_a_real_name_finds_the_papers_listed_under_its_username(
    authors_page, sample_dataset
):
    at = authors_page
    at.text_input(key="author_search").set_value("Ziwei Liu").run()
    table = at.dataframe[-1].value
    assert list(table["person"]) == ["Ziwei Liu"]
    assert set(table.iloc[0]["found_as"].split("; ")) == {"Ziwei Liu", "liuziwei7"}
    assert at.selectbox(key="author_pick").value == "Ziwei Liu"
    # Counted here with a plain loop over the papers.
    expected = set()
    for pid, names in zip(sample_dataset.papers["paper_id"], sample_dataset.papers["authors"]):
        if "liuziwei7" in names or "Ziwei Liu" in names:
            expected.add(pid)
    listed = at.dataframe[-2].value
    assert set(listed["paper_id"]) == expected
    assert "liuziwei7" in set(listed["listed_as"])
    assert table.iloc[0]["papers"] == len(expected)


def test_a_username_with_no_name_is_marked(authors_page):
    at = authors_page
    at.text_input(key="author_search").set_value("Franck-Dernoncourt").run()
    row = at.dataframe[-1].value.iloc[0]
    assert row["person"] == "Franck-Dernoncourt"
    assert bool(row["username_only"])


def test_one_authors_chart_counts_per_week_over_the_selected_range(authors_page, sample_dataset):
    at = authors_page
    at.text_input(key="author_search").set_value("Ziwei Liu").run()
    spec = json.loads(at.get("plotly_chart")[-1].proto.spec)
    bars = spec["data"][0]
    first = sample_dataset.papers["date"].min().date()
    # Four months selected: weeks, each bar a week wide, the axis from the Monday of
    # the first day's week (no earlier: the first bar whole, not half of it)
    assert spec["layout"]["title"]["text"] == "Papers by Ziwei Liu per week"
    assert bars["xperiod"] == 7 * 86_400_000
    monday = first - dt.timedelta(days=first.weekday())
    assert spec["layout"]["xaxis"]["range"][0].startswith(str(monday))
    assert sum(numbers(bars["y"])) == at.dataframe[-1].value.iloc[0]["papers"]


def numbers(values) -> list:
    """A Plotly JSON array: a list, or typed-array base64 (``{"dtype", "bdata"}``)."""
    if isinstance(values, dict):
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return list(values)


def test_the_sidebar_search_finds_papers_under_the_username(app_at_overview, sample_dataset):
    at = app_at_overview
    at.sidebar.text_input(key="f_query").set_value("Ziwei Liu").run()
    expected = 0
    for title, names, summary in zip(
        sample_dataset.papers["title"],
        sample_dataset.papers["authors"],
        sample_dataset.papers["summary"],
    ):
        text = f"{title} {' '.join(names)} {summary or ''}".casefold()
        expected += "ziwei liu" in text or "liuziwei7" in names
    assert expected > sum("Ziwei Liu" in names for names in sample_dataset.papers["authors"])
    assert {m.label: m.value for m in at.metric}["Papers"] == str(expected)


def test_the_author_picked_for_a_search_has_a_word_starting_with_it(authors_page):
    """ "Chen" picks a Chen (the most prolific one), not Zhicheng Dou, more prolific
    but with "chen" inside a word; the table below keeps its most-prolific order."""
    at = authors_page
    at.text_input(key="author_search").set_value("Chen").run()
    table = at.dataframe[-1].value
    assert "Zhicheng Dou" in list(table["person"])[:3]  # the sample's case
    words = [
        p
        for p in table["person"]
        if any(w.casefold().startswith("chen") for w in re.split(r"[\W_]+", p))
    ]
    assert at.selectbox(key="author_pick").value == words[0]
    assert at.selectbox(key="author_pick").options[: len(words)] == words


def test_the_top_authors_axis_counts_whole_papers(authors_page):
    """At most a handful of papers a person: ticks 0, 1, 2 ..., not 0.5."""
    at = authors_page
    at.sidebar.date_input(key="f_dates").set_value(
        (dt.date(2024, 12, 30), dt.date(2024, 12, 31))
    ).run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["title"]["text"].startswith("Top ")
    assert spec["layout"]["xaxis"]["dtick"] == 1
