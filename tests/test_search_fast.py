"""The search reads ASCII rows with Arrow and the others with casefold: together
they find exactly what one casefolded haystack per paper finds."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from digest_data.analyse import filters


def _plain_search(papers: pd.DataFrame, query: str, people: dict[str, str] | None) -> np.ndarray:
    """The search as a plain loop: one casefolded text per paper."""
    needle = query.casefold()
    found = []
    for title, authors, summary in zip(
        papers["title"], papers["authors"], papers["summary"], strict=True
    ):
        persons = " ; ".join((people or {}).get(a, "") for a in authors) if people else ""
        text = "\n".join(
            [title if isinstance(title, str) else "", " ; ".join(authors), persons]
            + [summary if isinstance(summary, str) else ""]
        )
        found.append(needle in text.casefold())
    return np.array(found)


PAPERS = pd.DataFrame(
    {
        "title": ["Diffusion Models", "Straße der Modelle", None, "KELVIN scale", "İstanbul bench"],
        "authors": [["Ana Ruiz"], ["Jörg Maß", "liuziwei7"], ["Bo Li"], ["K Kim"], []],
        "summary": ["We study DIFFUSION.", "Über strasse", "A ; B", None, "ıi test"],
    }
)


@pytest.mark.parametrize(
    "query",
    [
        "diffusion",
        "STRASSE",
        "straße",
        "maß",
        "ziwei liu",
        "ruiz\nwe",
        "kelvin",
        "k kim",
        "i̇stanbul",
        "istanbul",
        "ı",
        "li ; ",
        "a ; b",
        "modelle",
        "zzz",
    ],
)
@pytest.mark.parametrize("arrow", [False, True])
def test_search_finds_what_a_casefolded_loop_finds(query, arrow):
    papers = PAPERS.copy()
    if arrow:  # as a loaded dataset holds its list column
        papers["authors"] = pd.Series(
            pd.arrays.ArrowExtensionArray(pa.array(papers["authors"], pa.list_(pa.string())))
        )
    people = {"liuziwei7": "Ziwei Liu"}
    for persons in (people, None):
        expected = _plain_search(PAPERS, query, persons)
        assert filters.search_mask(papers, query, persons).tolist() == expected.tolist()


def test_search_on_the_sample_matches_the_loop(sample_dataset):
    papers = sample_dataset.papers
    for query in ["diffusion", "LLaMA", "agent", "é", "ß", "Zhang", "benchmark for"]:
        assert filters.search_mask(papers, query, None).tolist() == (
            _plain_search(papers, query, None).tolist()
        ), query
