"""The Papers page's detail as a user meets it: the paper chosen in the picker is the
one shown, after a filter change too; the picker reaches every filtered paper, not
only the first 1,000 rows; and a row's detail shows only its own numbers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import open_page
from streamlit.testing.v1 import AppTest

from digest_data.analyse import aggregate
from digest_data.analyse.papers import joined


@pytest.fixture
def app(sample_dataset, monkeypatch) -> AppTest:
    return open_page(sample_dataset.path, monkeypatch, "pages/papers.py")


def shown_title(at: AppTest) -> str:
    """The detail's heading (``### title``)."""
    heads = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert len(heads) == 1
    return heads[0][4:].replace("\\", "")


def shown_source(at: AppTest) -> str:
    """The detail's caption: ``YYYY-MM-DD · source[ · arXiv id]``."""
    plain = [c.value.replace("\\", "") for c in at.caption]  # shown escaped, as text
    meta = [c for c in plain if re.match(r"\d{4}-\d\d-\d\d · ", c)]
    return meta[-1].split(" · ")[1]


def pick(at: AppTest, day: dt.date, title: str, source: str | None = None) -> None:
    """Choose the row of ``title`` on ``day`` (from ``source``) in the picker, by its label."""
    box = at.selectbox(key="paper_pick")
    start = f"{day:%Y-%m-%d} · {title}"
    for i, label in enumerate(box.options):
        if label.startswith(start):
            box.select_index(i).run()
            if source is None or shown_source(at) == source:
                return
            box = at.selectbox(key="paper_pick")
    raise AssertionError(f"{start} ({source}) is not offered")


def test_the_chosen_paper_stays_chosen_after_a_filter_change(app, sample_dataset):
    papers = sample_dataset.papers
    # A video paper from mid-November: after filtering to video papers it sits at
    # another position in the (newest first) list.
    row = papers[
        papers["topics"].map(lambda ts: "video" in ts)
        & (papers["date"] == "2024-11-14")
        & (papers["source"] == "hf-daily")
    ].iloc[0]
    pick(app, row["date"].date(), row["title"])
    assert shown_title(app) == row["title"]
    app.sidebar.multiselect(key="f_topics").set_value(["video"]).run()
    assert not app.exception
    assert shown_title(app) == row["title"]
    assert app.selectbox(key="paper_pick").value is not None
    label = app.selectbox(key="paper_pick").format_func(app.selectbox(key="paper_pick").value)
    assert label.startswith(f"{row['date']:%Y-%m-%d} · {row['title']}")


def test_the_picker_reaches_a_paper_beyond_the_first_thousand_rows(app, sample_dataset):
    papers = sample_dataset.papers
    assert len(papers) > aggregate.TABLE_ROWS  # the sample has more rows than a table shows
    table = aggregate.paper_table(papers, sample_dataset.metrics)
    oldest = table.iloc[-1]  # newest first: the last row is past the first 1,000
    app.text_input(key="paper_find").set_value(oldest["title"][:30]).run()
    pick(app, oldest["date"].date(), oldest["title"])
    assert shown_title(app) == oldest["title"]


def test_a_search_for_a_title_finds_it_on_the_full_range(app, sample_dataset):
    papers = sample_dataset.papers
    word = "Pixtral"
    expected = sorted({t for t in papers["title"] if word.lower() in t.lower()})
    assert expected
    app.text_input(key="paper_find").set_value(word.lower()).run()
    offered = app.selectbox(key="paper_pick").options
    assert sorted({label.split(" · ")[1] for label in offered}) == expected


def test_a_map_row_without_numbers_shows_none_of_the_hf_rows_numbers(app, sample_dataset):
    papers, metrics = sample_dataset.papers, sample_dataset.metrics
    counted = {
        (p, d, s) for p, d, s in zip(metrics["paper_id"], metrics["date"], metrics["source"])
    }
    both = None
    for _, r in papers[papers["source"] == "map-daily"].iterrows():
        own = (r["paper_id"], r["date"], "map-daily") in counted
        theirs = (r["paper_id"], r["date"], "hf-daily") in counted
        if not own and theirs:
            both = r
            break
    assert both is not None, "the sample has a paper listed by both sources"
    day = both["date"].date()
    app.sidebar.date_input(key="f_dates").set_value((day, day)).run()
    pick(app, both["date"].date(), both["title"], source="map-daily")
    assert shown_source(app) == "map-daily"
    assert not any(m.value == "**Reported numbers**" for m in app.markdown)
    pick(app, both["date"].date(), both["title"], source="hf-daily")
    assert any(m.value == "**Reported numbers**" for m in app.markdown)


def test_list_cells_are_joined_for_the_table(sample_dataset):
    papers = sample_dataset.papers.head(30)
    got = joined(papers["authors"]).tolist()
    assert got == [", ".join(names) for names in papers["authors"]]
    assert joined(pd.Series([[], None, ["a", "b"]], dtype=object)).tolist() == ["", "", "a, b"]


def test_a_filter_that_leaves_the_chosen_paper_out_says_so(app, sample_dataset):
    """The detail moves to another paper only with a word: the chosen one is named."""
    papers = sample_dataset.papers
    row = papers[
        papers["topics"].map(lambda ts: "video" in ts and "agents" not in ts)
        & (papers["date"] == "2024-11-14")
    ].iloc[0]
    pick(app, row["date"].date(), row["title"])
    assert shown_title(app) == row["title"]
    assert not app.info
    app.sidebar.multiselect(key="f_topics").set_value(["agents"]).run()
    assert shown_title(app) != row["title"]
    (notice,) = app.info
    assert row["title"][:40] in notice.value.replace("\\", "")
    assert "not among these papers" in notice.value


def test_finding_a_paper_before_picking_any_says_nothing_of_the_first(app, sample_dataset):
    """The first paper, shown before any pick, is no choice: searching for another
    finds it without a notice that the first "is not among these papers now"."""
    first = app.selectbox(key="paper_pick").value
    app.text_input(key="paper_find").set_value("Edicho").run()
    assert app.selectbox(key="paper_pick").value != first
    assert not app.info


def test_a_picked_paper_is_in_the_url_and_a_link_opens_it(sample_dataset, monkeypatch):
    """A paper far down the list (past the picker's first rows on a wide range) is
    found by its link; picking another writes that one to the URL."""
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    papers = sample_dataset.papers
    oldest = papers[papers["source"] == "hf-daily"].sort_values("date").iloc[0]
    key = f"{oldest['paper_id']}|{oldest['date']:%Y-%m-%d}|hf-daily"
    at = AppTest.from_file(
        str(Path(__file__).parents[1] / "pages" / "papers.py"), default_timeout=120
    )
    at.query_params["paper"] = key
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.selectbox(key="paper_pick").value == key
    assert shown_title(at) == oldest["title"]
    assert not at.info
    box = at.selectbox(key="paper_pick")
    if len(box.options) > 1:  # another listing of the same paper, on another day
        other = next(k for k in box.options if k != key)
        box.set_value(other).run()
        assert at.query_params["paper"] in (other, [other])


def test_a_link_to_a_paper_the_filters_leave_out_shows_the_first_and_says_so(
    sample_dataset, monkeypatch
):
    """A link copied after a filter change hid its paper names a paper outside its
    own filters: the visitor sees the first paper, as the sender did, and a notice."""
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    papers = sample_dataset.papers
    outside = papers[papers["date"] < "2024-12-01"].iloc[0]
    key = f"{outside['paper_id']}|{outside['date']:%Y-%m-%d}|{outside['source']}"
    at = AppTest.from_file(
        str(Path(__file__).parents[1] / "pages" / "papers.py"), default_timeout=120
    )
    at.query_params.update({"from": "2024-12-01", "to": "2024-12-31", "paper": key})
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.text_input(key="paper_find").value == ""
    assert shown_title(at) != outside["title"]
    assert any("not among the papers in these filters" in i.value for i in at.info)
