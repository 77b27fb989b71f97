"""The per-version index (analyse.selection) gives exactly what the functions it
replaces give on the filtered frame: the dashboard's figures do not change when a
view counts with codes instead of text."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from test_people import people_build  # noqa: F401  (a build with joined usernames)

import digest_data
from digest_data.analyse import aggregate, filters, people, selection


def _states(papers: pd.DataFrame) -> list[filters.FilterState]:
    first, last = papers["date"].min().date(), papers["date"].max().date()
    middle = first + (last - first) / 2
    topics = sorted({t for ts in papers["topics"] for t in ts})
    return [
        filters.FilterState(first, last),
        filters.FilterState(middle, last),
        filters.FilterState(first, middle, topics[:1]),
        filters.FilterState(middle, middle + dt.timedelta(days=6), topics[1:3]),
        filters.FilterState(first, last, query="model"),
        filters.FilterState(last + dt.timedelta(days=1), last + dt.timedelta(days=2)),
    ]


def _check(ds) -> None:
    index = selection.build_index(ds.papers, ds.metrics, ds.authors)
    for state in _states(ds.papers):
        chosen = filters.apply(ds.papers, state)
        rows = selection.positions(index, chosen)
        assert rows is not None
        metrics = filters.metrics_of(ds.metrics, chosen)
        pd.testing.assert_frame_equal(
            selection.metrics_of(index, ds.metrics, ds.papers, rows), metrics
        )
        expected = {
            **aggregate.headline(chosen, metrics),
            "authors": people.people_count(chosen, ds.authors),
        }
        assert selection.overview_figures(index, rows) == expected
        for search in ("", "liu", "a", "nobody at all"):
            pd.testing.assert_frame_equal(
                selection.people_table(index, ds.papers["date"], rows, search),
                people.people_table(chosen, ds.authors, search),
                check_index_type=False,
            )
        table = people.people_table(chosen, ds.authors)
        for person in [*table["person"].head(3), "nobody at all"]:
            pd.testing.assert_frame_equal(
                selection.person_papers(index, ds.papers, ds.authors, rows, person),
                people.person_papers(chosen, ds.authors, person),
                check_index_type=False,
            )
        pd.testing.assert_frame_equal(
            selection.paper_table(index, ds.papers, rows),
            aggregate.paper_table(chosen, metrics),
        )


def test_the_index_counts_the_sample_as_the_frame_functions_do(sample_dataset):
    _check(sample_dataset)


def test_the_index_counts_people_joined_by_username_once(people_build):  # noqa: F811
    ds = digest_data.load(people_build)
    index = selection.build_index(ds.papers, ds.metrics, ds.authors)
    rows = selection.positions(index, ds.papers)
    # test_people works the ten people out by hand from its fixture.
    assert selection.overview_figures(index, rows)["authors"] == 10
    _check(ds)


def test_a_frame_that_is_not_the_datasets_rows_is_not_indexed(sample_dataset):
    index = selection.build_index(
        sample_dataset.papers, sample_dataset.metrics, sample_dataset.authors
    )
    renumbered = sample_dataset.papers.set_index(sample_dataset.papers.index + index.rows)
    assert selection.positions(index, renumbered) is None


@pytest.mark.skipif(
    not __import__("pathlib").Path("/work/shared/corpus/hf-daily").is_dir(),
    reason="the real corpus is not here",
)
def test_the_index_counts_the_real_corpus_as_the_frame_functions_do(tmp_path):
    digest_data.build(["/work/shared/corpus/hf-daily"], tmp_path / "out")
    _check(digest_data.load(tmp_path / "out"))


def test_papers_like_from_the_per_version_tables_match_a_plain_lookup(sample_dataset):
    from digest_data.analyse import similar
    from digest_data.store.neighbours import load_neighbours

    arrow = load_neighbours(sample_dataset.path)
    table = arrow.to_pandas()
    papers = sample_dataset.papers
    first = similar.first_listings(papers)
    tables = similar.by_paper(arrow, first), first
    for paper_id in papers["paper_id"].drop_duplicates().head(60):
        mine = table[table["paper_id"] == paper_id].sort_values("rank").head(5)
        expected = []
        for neighbour, score in zip(mine["neighbour_id"], mine["score"], strict=True):
            listed = papers[papers["paper_id"] == neighbour].sort_values("date", kind="stable")
            first = listed.iloc[0]
            expected.append((neighbour, first["title"], round(float(score), 4), first["date"]))
        found = similar.similar_in(*tables, paper_id, 5)
        got = list(
            zip(found["paper_id"], found["title"], found["score"], found["date"], strict=True)
        )
        assert got == expected, paper_id
