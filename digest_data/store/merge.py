"""The incremental collect: after a few changed files, merge again only the papers
they touch and splice them into the previous version's tables.

A paper row is one group of records, (paper_id, source, date), and depends on
that group's rows alone (see ``collection.papers``). A record's paper id depends
on its own arXiv id, or on the other records of its normalised title (id lending).
So the rows a change can move are those of the titles the changed files' rows
carry (before and after the change), and the papers whose ids those titles had or
now have. Everything else is the previous version's, row for row; the result is
the table a full collect gives (``tests/test_incremental_build.py`` checks it)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .collection import paper_ids, papers

#: The papers table's row order (as ``collection.papers`` sorts it).
ORDER = ("date", "source", "source_file", "source_line", "paper_id")
_GROUP = ["paper_id", "source", "date"]
#: Above this many slices a spliced table is copied into one piece instead.
MAX_SLICES = 256


def _distinct(*arrays: pa.ChunkedArray | pa.Array) -> pa.Array:
    chunks = [c for a in arrays for c in (a.chunks if isinstance(a, pa.ChunkedArray) else [a])]
    return pc.unique(pa.chunked_array(chunks, pa.string()).combine_chunks())


def touched_ids(
    records: pa.Table, changed: pa.ChunkedArray, stale: pa.Table
) -> tuple[np.ndarray, pa.Array]:
    """The paper ids a change can alter: every id, before or after the change, of
    a record whose title is one a changed row has (``changed`` marks the new rows
    of changed files in ``records``, ``stale`` holds their previous rows), and
    those titles. Lending is by title, so these titles' records alone decide
    those ids."""
    stale = stale.select(records.column_names)
    titles = _distinct(records["_title_key"].filter(changed), stale["_title_key"])
    has_title = pc.is_in(records["_title_key"], value_set=titles)
    before = pa.concat_tables(
        [
            records.filter(pc.and_(has_title, pc.invert(changed))),
            stale.filter(pc.is_in(stale["_title_key"], value_set=titles)),
        ]
    )
    after = records.filter(has_title)
    ids = np.concatenate([paper_ids(before)[1].to_numpy(), paper_ids(after)[1].to_numpy()])
    return pd.unique(ids), titles


def rows_of(records: pa.Table, ids: np.ndarray, titles: pa.Array) -> np.ndarray:
    """Which records have a paper id of ``ids`` (those of ``touched_ids``, with
    its ``titles``). A hashed id ``title:...`` is only ever a record of one of
    ``titles``; an id ``arxiv:X`` is also that of records of a title that some
    record with arXiv id X has (it may lend X). Those titles' records are given
    ids, and the ones in ``ids`` marked."""
    arxiv = [i[6:] for i in ids if i.startswith("arxiv:")]
    lenders = pc.is_in(records["arxiv_id"], value_set=pa.array(arxiv, pa.string()))
    titles = _distinct(records["_title_key"].filter(lenders), titles)
    candidates = pc.is_in(records["_title_key"], value_set=titles)
    wanted = np.zeros(records.num_rows, dtype=bool)
    found = records.filter(candidates)
    wanted[np.flatnonzero(candidates.to_numpy(zero_copy_only=False))] = (
        paper_ids(found)[1].isin(set(ids)).to_numpy()
    )
    return wanted


def splice(
    old_papers: pa.Table,
    old_metrics: pa.Table,
    records: pa.Table,
    changed: pa.ChunkedArray,
    stale: pa.Table,
    fetch: Callable[[np.ndarray], pa.Table],
) -> tuple[pa.Table, pa.Table]:
    """The papers and metrics tables of all records, from the previous version's
    tables and a merge of only the papers the change touches. ``records`` holds
    the key columns (``record_cache.KEY_COLUMNS``) of every record, ``fetch`` the
    full rows where a mask over them is true. A table the change leaves as it was
    comes back as the very same object."""
    ids, titles = touched_ids(records, changed, stale)
    new_papers, new_metrics = papers(fetch(rows_of(records, ids, titles)))
    id_set = pa.array(ids, pa.string())
    dropped = pc.is_in(old_papers["paper_id"], value_set=id_set)
    metric_dropped = pc.is_in(old_metrics["paper_id"], value_set=id_set)
    same_papers = old_papers.filter(dropped).equals(new_papers)
    if same_papers and old_metrics.filter(metric_dropped).equals(new_metrics):
        return old_papers, old_metrics
    merged = old_papers if same_papers else insert_sorted(old_papers, dropped, new_papers)
    kept_metrics = old_metrics.filter(pc.invert(metric_dropped))
    metrics = pa.concat_tables([kept_metrics, new_metrics]).combine_chunks()
    return merged, metrics.take(_metric_order(merged, metrics))


def insert_sorted(old: pa.Table, dropped: pa.ChunkedArray, new: pa.Table) -> pa.Table:
    """``old`` without its ``dropped`` rows and with the rows of ``new``, in ORDER
    (both are in ORDER already, and no row of one has the key of a row of the
    other). Made of slices of the two, not copied: the papers table is most of a
    build's memory, and a change adds a few rows to it."""
    kept_rows = np.flatnonzero(~dropped.to_numpy(zero_copy_only=False))
    if not len(kept_rows):
        return new
    keys = pa.concat_tables(
        [old.select(list(ORDER)).take(kept_rows), new.select(list(ORDER))]
    ).combine_chunks()
    order = pc.sort_indices(keys, [(c, "ascending") for c in ORDER]).to_numpy().astype(np.int64)
    from_new = order >= len(kept_rows)
    row = np.where(
        from_new, order - len(kept_rows), kept_rows[np.minimum(order, len(kept_rows) - 1)]
    )
    # A slice is a run of rows from one table whose row numbers follow each other.
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = (from_new[1:] != from_new[:-1]) | (row[1:] != row[:-1] + 1)
    first = np.flatnonzero(starts)
    if len(first) > MAX_SLICES:  # a big change: one copy beats thousands of chunks
        table = pa.concat_tables([old, new]).combine_chunks()
        return table.take(np.where(from_new, row + old.num_rows, row))
    ends = np.append(first[1:], len(order))
    pieces = [
        (new if from_new[s] else old).slice(row[s], e - s) for s, e in zip(first, ends, strict=True)
    ]
    return pa.concat_tables(pieces)


def _metric_order(papers_table: pa.Table, metrics: pa.Table) -> np.ndarray:
    """Rows of ``metrics`` in the order of their papers in ``papers_table`` (as
    ``collection.metrics_of`` lists them); a paper's numbers keep their order."""
    position = pa.table(
        {**{c: papers_table[c] for c in _GROUP}, "_position": np.arange(papers_table.num_rows)}
    )
    rows = pa.table({**{c: metrics[c] for c in _GROUP}, "_row": np.arange(metrics.num_rows)})
    joined = rows.join(position, keys=_GROUP, join_type="inner")
    if joined.num_rows != metrics.num_rows:
        raise AssertionError("a metric row without its paper row")
    order = np.lexsort((joined["_row"].to_numpy(), joined["_position"].to_numpy()))
    return joined["_row"].to_numpy()[order]


def same_authors(new_papers: pa.Table, old_papers: pa.Table) -> bool:
    """Whether the author table of ``new_papers`` is that of ``old_papers``: it
    depends on the paper ids and author lists, in order, alone."""
    return new_papers["paper_id"].equals(old_papers["paper_id"]) and new_papers["authors"].equals(
        old_papers["authors"]
    )
