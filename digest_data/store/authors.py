"""The build's author table: every author string of the papers table with the
person it resolves to (``authors.parquet``, AUTHORS_SCHEMA).

A collection with Hugging Face usernames goes through the resolver of
``enrich/people.py``. One without (M-A-P pages, other Markdown, a synthetic
quarter of a million papers) only needs its spellings of one name merged, which
Arrow does for every name at once: the resolver's Python over 400,000 names took
longer than the rest of a one-file rebuild."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..enrich.handles import USERNAME_PATTERN
from ..enrich.people import display_rank, resolve
from ..schema import AUTHORS_SCHEMA


def listings(papers: pa.Table) -> list[tuple[str, list[str]]]:
    """(paper id, authors) for every row of a papers table that has authors."""
    ids = papers["paper_id"].to_pylist()
    authors = papers["authors"].to_pylist()
    return [(pid, names) for pid, names in zip(ids, authors, strict=True) if names]


def author_papers(papers: pa.Table) -> pa.Table:
    """Columns name, papers: each distinct author string (in order of first
    appearance) and its number of distinct papers. Integer codes and one sort rather than a hash aggregation
    over strings: a quarter of a million papers is over a million (author, paper)
    pairs."""
    authors = papers["authors"].combine_chunks()
    parents = pc.list_parent_indices(authors).to_numpy()
    paper_codes = pc.dictionary_encode(papers["paper_id"].combine_chunks()).indices.to_numpy()
    encoded = pc.dictionary_encode(pc.list_flatten(authors))
    names, codes = encoded.dictionary, encoded.indices.to_numpy().astype(np.int64)
    width = max(len(paper_codes), 1)
    # Sorted, then each run counted once: np.unique took seconds here where a
    # sort takes a tenth of one.
    pairs = np.sort(codes * width + paper_codes[parents])
    distinct = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs
    counts = np.bincount(distinct // width, minlength=len(names))
    table = pa.table({"name": names, "papers": pa.array(counts, pa.int32())})
    return table.filter(pc.not_equal(table["name"], ""))


def name_keys(names: pa.Array) -> pa.Array:
    """``enrich.people.name_key`` of every name: accents dropped, lower case,
    single spaces. A built name is whitespace-folded already, so an ASCII one
    only needs lower case; the regular expressions run on the others alone."""
    keys = pc.utf8_lower(names)
    other = pc.invert(pc.string_is_ascii(names))
    if not pc.any(other).as_py():
        return keys
    folded = pc.utf8_normalize(names.filter(other), "NFKD")
    folded = pc.utf8_lower(pc.replace_substring_regex(folded, r"[^\x00-\x7f]", ""))
    folded = pc.utf8_trim_whitespace(pc.replace_substring_regex(folded, r"\s+", " "))
    return pc.replace_with_mask(keys, other, folded)


def has_usernames(names: pa.Array) -> bool:
    return pc.any(pc.match_substring_regex(names, f"^(?:{USERNAME_PATTERN})$")).as_py() or False


def names_table(counted: pa.Table) -> pa.Table:
    """The author table of a collection without usernames: each name is its own
    person, but for names that share a ``name_key`` with another (a handful),
    whose person is their ``display_rank`` choice as the resolver makes it."""
    names = counted["name"].combine_chunks()
    keys = pc.dictionary_encode(name_keys(names))
    key_codes = keys.indices.to_numpy()
    shared = np.bincount(key_codes, minlength=len(keys.dictionary))[key_codes] > 1
    rows = np.flatnonzero(shared)
    papers = counted["papers"].to_numpy()
    best: dict[int, tuple[tuple, str]] = {}
    for row in rows:
        code, name = key_codes[row], names[row].as_py()
        if code not in best or display_rank(name, papers[row]) < best[code][0]:
            best[code] = (display_rank(name, papers[row]), name)
    mask = pa.array(shared)
    person = pc.replace_with_mask(
        names, mask, pa.array([best[key_codes[r]][1] for r in rows], pa.string())
    )
    same = pc.equal(person, names)
    n = len(names)
    return pa.table(
        {
            "name": names,
            "person": person,
            "papers": pc.cast(counted["papers"], pa.int32()),
            "is_username": pa.array(np.zeros(n, dtype=bool)),
            "rule": pc.if_else(same, "name", "same-spelling"),
            "form": pa.array([""] * n, pa.string()),
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
    """One row per distinct author string in ``papers``, in order of first
    appearance."""
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
