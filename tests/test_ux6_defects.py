"""Defects a new user met in a browser pass (ux6): a heading in the wrong number,
a legend with two series in one colour and entries cut off, and a table whose
"New" column sat outside a 1400 px window."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import dashboard, open_page
from streamlit.testing.v1 import AppTest

from digest_data.analyse import aggregate, export, filters
from digest_data.app.safe import markdown_text

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


def metric_figure(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def test_every_metric_in_the_scores_legend_has_its_own_colour(sample_dataset, monkeypatch):
    # Scores in % on the sample: ten commonest metrics, "(unnamed)" among them, and
    # "other" for the rest; Plotly's ten-colour cycle gave the eleventh series the
    # first one's colour.
    at = open_page(sample_dataset.path, monkeypatch, "pages/metrics.py")
    assert not at.exception
    figure = metric_figure(at)
    names = [t["name"] for t in figure["data"]]
    scores = sample_dataset.metrics
    scores = scores[(scores["kind"] == "score") & (scores["unit"] == "%")]
    assert len(set(scores["metric"])) > 10 and len(names) == 11
    colors = {t["name"]: t["marker"]["color"] for t in figure["data"]}
    assert len(set(colors.values())) == len(names), colors
    assert colors[aggregate.UNNAMED_GROUP] == "#9e9e9e"  # grey, as on the Benchmarks page


def test_the_scores_legend_fits_beside_the_plot(sample_dataset, monkeypatch):
    # Plotly scrolls a legend taller than the plot area (the height less about
    # 180 px of margins), and the last entries were out of sight; an entry with
    # the page's 9 px markers is about 30 px high.
    at = open_page(sample_dataset.path, monkeypatch, "pages/metrics.py")
    figure = metric_figure(at)
    entries = len(figure["data"]) + 1  # and the legend's title
    assert figure["layout"]["height"] - 180 >= 30 * entries


def infos(at: AppTest) -> list[str]:
    return [i.value for i in at.info]


def test_authors_with_no_paper_in_the_filters_says_so(app):
    # A search nothing matches leaves no papers; the page blamed M-A-P digests.
    app.query_params.update({"q": "zzqqxx-nothing"})
    at = app.run()
    at.switch_page("pages/authors.py").run()
    assert not at.exception
    assert infos(at) == ["No papers match these filters. Widen the date range or clear a filter."]


def test_authors_of_map_papers_alone_still_gets_the_map_note(app, sample_dataset):
    # M-A-P rows list affiliations, not authors: there the note is the right one.
    papers = sample_dataset.papers
    assert all(len(a) == 0 for a in papers.loc[papers["source"] == "map-daily", "authors"])
    app.query_params.update({"source": "map-daily"})
    at = app.run()
    at.switch_page("pages/authors.py").run()
    assert infos(at) == [
        "No authors in these papers (M-A-P digests list affiliations, not authors)."
    ]


def test_a_csv_named_after_an_accented_author_keeps_the_letters():
    # The synthetic corpus's top author: the file was "..._zhisong-kr-henb-hl.csv".
    state = filters.FilterState(D(2021, 1, 4), D(2022, 12, 1))
    assert (
        export.csv_name("author-papers", state, "Zhisong Krähenbühl")
        == "author-papers_2021-01-04_2022-12-01_zhisong-krahenbuhl.csv"
    )


def test_no_benchmark_is_called_new_when_nothing_came_before(app, sample_dataset):
    # The default range starts on the data's first day: "New" ticked every row.
    at = app.run()
    at.switch_page("pages/benchmarks.py").run()
    assert not at.exception
    table = at.dataframe[-1].value
    assert "new" not in table.columns and "benchmark" in table.columns
    assert any("no benchmark is marked new" in c.value for c in at.caption)
    # From November on, the days before tell which are new.
    at.sidebar.date_input(key="f_dates").set_value((D(2024, 11, 1), D(2024, 12, 31))).run()
    table = at.dataframe[-1].value
    assert 0 < sum(table["new"]) < len(table)


def column_widths(table) -> dict[str, int]:
    return {k: v.get("width") for k, v in json.loads(table.proto.columns).items()}


def test_the_papers_source_column_is_as_wide_as_the_overviews(app):
    # At 72 px the Papers table broke "map-daily" and "markdown" mid-word onto two
    # lines ("markdow / n"); the Overview's 82 px column holds them on one.
    at = app.run()
    overview = column_widths(at.dataframe[0])["source"]
    at.switch_page("pages/papers.py").run()
    papers = column_widths(at.dataframe[0])
    assert papers["source"] >= overview == 82
    # The widths still sum to what they did, so the table fits 1400 px as before.
    assert sum(w for w in papers.values() if w) == 926


def test_an_author_search_matching_nobody_says_so(app, sample_dataset):
    # Graham Neubig (gneubig) has papers in the sample, none on reasoning in December.
    people = sample_dataset.authors
    assert "Graham Neubig" in set(people["person"])
    app.query_params.update({"from": "2024-12-02", "to": "2024-12-31", "topic": "reasoning"})
    at = app.run()
    at.switch_page("pages/authors.py").run()
    at.text_input(key="author_search").input("Neubig").run()
    assert not at.exception
    # Shown as text: what one types is escaped, never Markdown.
    assert infos(at) == [markdown_text('No author of these papers matches "Neubig".')]
    assert not at.selectbox  # no empty picker
    # A search that matches keeps the picker, and no notice.
    at.text_input(key="author_search").input("Zhu").run()
    assert infos(at) == [] and at.selectbox(key="author_pick").options


def test_trends_with_too_few_papers_per_person_does_not_blame_missing_papers(app, sample_dataset):
    # December's reasoning papers against November's: both ranges have papers,
    # but no person has three in either; the notice said "no papers from ...".
    papers = sample_dataset.papers
    before = [
        d
        for d, ts in zip(papers["date"], papers["topics"], strict=True)
        if D(2024, 11, 2) <= d.date() <= D(2024, 12, 1) and "reasoning" in ts
    ]
    assert before
    app.query_params.update({"from": "2024-12-02", "to": "2024-12-31", "topic": "reasoning"})
    at = app.run()
    at.switch_page("pages/trends.py").run()
    at.radio(key="trend_what").set_value("people").run()
    assert not at.exception
    assert infos(at) == [
        "Nothing to compare: no people with at least 3 papers in either range. "
        "Lower the minimum or pick a longer range."
    ]
