"""The build's author table: every author string of the papers table with the
person it resolves to (``authors.parquet``, AUTHORS_SCHEMA).

A collection with Hugging Face usernames goes through the resolver of
``enrich/people.py``. One without (M-A-P pages, other Markdown, a synthetic
quarter of a million papers) only needs its spellings of one name merged, which
Arrow does for every name at once: the resolver's Python over 400,000 names took
longer than the rest of a one-file rebuild."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from ..enrich.people import USERNAME_PATTERN, resolve
from ..schema import AUTHORS_SCHEMA


def listings(papers: pa.Table) -> list[tuple[str, list[str]]]:
    """(paper id, authors) for every row of a papers table that has authors."""
    ids = papers["paper_id"].to_pylist()
    authors = papers["authors"].to_pylist()
    return [(pid, names) for pid, names in zip(ids, authors, strict=True) if names]


def author_papers(papers: pa.Table) -> pa.Table:
    """Columns name, papers: each distinct author string and its distinct papers."""
    authors = papers["authors"].combine_chunks()
    flat = pa.table(
        {
            "name": pc.list_flatten(authors),
            "paper_id": papers["paper_id"].combine_chunks().take(pc.list_parent_indices(authors)),
        }
    ).filter(pc.not_equal(pc.list_flatten(authors), ""))
    counted = flat.group_by("name").aggregate([("paper_id", "count_distinct")])
    counted = counted.rename_columns(["name", "papers"]).sort_by("name")
    return counted


def name_keys(names: pa.Array) -> pa.Array:
    """``enrich.people.name_key`` of every name: accents dropped, lower case,
    single spaces."""
    folded = pc.utf8_normalize(names, "NFKD")
    folded = pc.replace_substring_regex(folded, r"[^\x00-\x7f]", "")
    folded = pc.utf8_lower(folded)
    return pc.utf8_trim_whitespace(pc.replace_substring_regex(folded, r"\s+", " "))


def has_usernames(names: pa.Array) -> bool:
    return pc.any(pc.match_substring_regex(names, f"^(?:{USERNAME_PATTERN})$")).as_py() or False


def names_table(counted: pa.Table) -> pa.Table:
    """The author table of a collection without usernames: each name's person is
    the display spelling of its ``name_key``, as ``enrich.people.display_names``
    chooses it."""
    names = counted["name"].combine_chunks()
    keys = name_keys(names)
    ranks = pa.table(
        {
            "key": keys,
            "papers": counted["papers"],
            "cased": pc.match_substring_regex(names, r"^\p{Lu}(\P{Lu}\S*)?( \p{Lu}(\P{Lu}\S*)?)*$"),
            "accented": pc.match_substring_regex(names, r"[^\x00-\x7f]"),
            "name": names,
        }
    )
    order = pc.sort_indices(
        ranks,
        [
            ("key", "ascending"),
            ("cased", "descending"),
            ("papers", "descending"),
            ("accented", "descending"),
            ("name", "ascending"),
        ],
    )
    display = pa.table({"key": keys.take(order), "person": names.take(order)})
    firsts = display.group_by("key", use_threads=False).aggregate([("person", "first")])
    lookup = pc.index_in(keys, firsts["key"])
    person = firsts["person_first"].take(lookup)
    same = pc.equal(person, names)
    n = len(names)
    return pa.table(
        {
            "name": names,
            "person": person,
            "papers": pc.cast(counted["papers"], pa.int32()),
            "is_username": pa.array([False] * n),
            "rule": pc.if_else(same, "name", "same-spelling"),
            "form": pa.array([""] * n),
            "evidence": pc.if_else(
                same,
                "",
                pc.binary_join_element_wise(
                    "differs from ", person, " only in case or accents", ""
                ),
            ),
        },
        schema=AUTHORS_SCHEMA,
    )


def authors_table(papers: pa.Table) -> pa.Table:
    """One row per distinct author string in ``papers``, sorted by name."""
    counted = author_papers(papers)
    if not has_usernames(counted["name"].combine_chunks()):
        return names_table(counted)
    rows = resolve(listings(papers))
    columns = {
        "name": [r.name for r in rows],
        "person": [r.person for r in rows],
        "papers": [r.papers for r in rows],
        "is_username": [r.is_username for r in rows],
        "rule": [r.rule for r in rows],
        "form": [r.form for r in rows],
        "evidence": [r.evidence for r in rows],
    }
    return pa.table(columns, schema=AUTHORS_SCHEMA)
