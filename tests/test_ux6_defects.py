"""Defects a new user met in a browser pass (ux6): a heading in the wrong number,
a legend with two series in one colour and entries cut off, and a table whose
"New" column sat outside a 1400 px window."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dashboard
from streamlit.testing.v1 import AppTest

D = dt.date


@pytest.fixture
def app(sample_dataset, monkeypatch) -> AppTest:
    monkeypatch.setenv("DIGEST_DATA_DIR", str(sample_dataset.path))
    return dashboard()


def test_a_newest_day_of_one_paper_says_paper(app, sample_dataset):
    # December's reasoning papers: the last day, 2024-12-31, has one of them.
    papers = sample_dataset.papers
    start, end = D(2024, 12, 2), D(2024, 12, 31)
    days = [
        d.date()
        for d, ts in zip(papers["date"], papers["topics"], strict=True)
        if start <= d.date() <= end and "reasoning" in ts
    ]
    newest = max(days)
    assert days.count(newest) == 1
    app.query_params.update({"from": str(start), "to": str(end), "topic": "reasoning"})
    at = app.run()
    assert not at.exception
    headings = [h.value for h in at.subheader if h.value.startswith("Newest day")]
    assert headings == [f"Newest day: {newest} (1 paper)"]


def test_a_newest_day_of_several_papers_says_papers(app, sample_dataset):
    papers = sample_dataset.papers
    newest = papers["date"].max()
    n = int((papers["date"] == newest).sum())
    assert n > 1
    at = app.run()
    headings = [h.value for h in at.subheader if h.value.startswith("Newest day")]
    assert headings == [f"Newest day: {newest.date()} ({n} papers)"]
