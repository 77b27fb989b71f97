"""The collection step: every file's parsed rows in, the papers and metrics tables out.

Works on Arrow tables. The only per-row Python is the title hash of papers without
an arXiv id; everything else (id lending, duplicate merging, the metrics table) is
vectorised, so a one-file rebuild of a quarter of a million rows stays fast.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..schema import METRICS_SCHEMA, PAPER_COLUMNS, PAPERS_SCHEMA, UPLOAD_SOURCE

_METRIC_STRUCT = pa.struct(
    [f for f in METRICS_SCHEMA if f.name not in ("paper_id", "arxiv_id", "date", "source")]
)
#: One parsed row, as the build cache stores it: a paper row without its id, plus
#: its metrics, the normalised title it is matched by and its file's content hash.
RECORDS_SCHEMA = pa.schema(
    [f for f in PAPERS_SCHEMA if f.name != "paper_id"]
    + [
        pa.field("_metrics", pa.list_(_METRIC_STRUCT)),
        pa.field("_title_key", pa.string()),
        pa.field("_sha", pa.string()),
    ]
)

#: Fields a duplicate listing may fill in when the kept listing lacks them.
_FILLABLE = ("arxiv_id", "url", "summary", "comments")
_LIST_FILLABLE = ("authors", "affiliations", "follow_up_questions")
#: These come from whichever listing gave the summary they were computed from.
_FOLLOW_SUMMARY = ("_metrics", "topics")


def records_table(records: list[dict]) -> pa.Table:
    """Parsed record dicts as a table of RECORDS_SCHEMA."""
    return pa.Table.from_pylist(records, schema=RECORDS_SCHEMA)


def _title_id(key: str) -> str:
    return f"title:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def paper_ids(records: pa.Table) -> tuple[pd.Series, pd.Series]:
    """(arxiv_id, paper_id) for each record.

    A record without an arXiv id borrows one from another listing of the same
    normalised title, when that title is known under exactly one id (an M-A-P row
    without a link becomes the Hugging Face paper it is). ``paper_id`` is
    ``arxiv:<id>``, else a hash of the normalised title. Uploaded rows borrow but
    never lend, so an upload cannot change a collection row's id."""
    keys = records["_title_key"].to_pandas()
    arxiv = records["arxiv_id"].to_pandas()
    lends = records["source"].to_numpy() != UPLOAD_SOURCE
    known = pd.DataFrame({"key": keys, "arxiv": arxiv})[lends].dropna().drop_duplicates()
    unique = known.drop_duplicates("key", keep=False).set_index("key")["arxiv"]
    missing = arxiv.isna()
    if missing.any():
        arxiv = arxiv.mask(missing, keys.map(unique))
    untitled = arxiv.isna()
    hashed = {k: _title_id(k) for k in pd.unique(keys[untitled])}
    ids = ("arxiv:" + arxiv).mask(untitled, keys.map(hashed))
    return arxiv, ids


def _present(column: pa.ChunkedArray) -> np.ndarray:
    """Whether each row has a value: not null, and for lists not empty."""
    if pa.types.is_list(column.type):
        return pc.fill_null(pc.greater(pc.list_value_length(column), 0), False).to_numpy()
    return pc.is_valid(column).to_numpy()


def papers(records: pa.Table) -> tuple[pa.Table, pa.Table]:
    """The papers table (PAPERS_SCHEMA) and the metrics table (METRICS_SCHEMA).

    One row per (paper_id, source, date). Of several listings the fullest wins
    (ties go to the first file and line) and its empty fields are filled from the
    others in that order, so the result does not depend on the order of the input.
    Rows come out sorted by date, source, file and line."""
    # One chunk per column: Arrow's take over many chunks (one per cache shard or
    # parsed file) was 20x slower than combining them first.
    records = records.combine_chunks()
    arxiv, ids = paper_ids(records)
    present = {c: _present(records[c]) for c in _FILLABLE + _LIST_FILLABLE}
    present["arxiv_id"] = arxiv.notna().to_numpy()
    keys = pd.DataFrame(
        {
            "paper_id": ids.to_numpy(),
            "source": records["source"].to_numpy(),
            "date": records["date"].to_numpy(),
            "filled": -sum(p.astype(np.int64) for p in present.values()),
            "source_file": records["source_file"].to_numpy(),
            "source_line": records["source_line"].to_numpy(),
        }
    )
    # Only rows that share their (paper_id, source, date) with another need the
    # sort and the fill; Arrow's hash grouping finds them without sorting all rows.
    grouped = (
        pa.table(
            {
                "paper_id": pa.array(keys["paper_id"].to_numpy(), pa.string()),
                "source": records["source"],
                "date": records["date"],
                "row": pa.array(np.arange(records.num_rows, dtype=np.int64)),
            }
        )
        .group_by(["paper_id", "source", "date"])
        .aggregate([("row", "list")])["row_list"]
    )
    shared = pc.greater(pc.list_value_length(grouped), 1)
    in_groups = np.sort(pc.list_flatten(grouped.filter(shared)).to_numpy())
    singles = np.setdiff1d(np.arange(records.num_rows), in_groups, assume_unique=True)

    duplicated = keys.iloc[in_groups]
    order = duplicated.sort_values(list(keys.columns), kind="stable").index.to_numpy()
    starts = ~keys[["paper_id", "source", "date"]].iloc[order].duplicated().to_numpy()
    group = np.cumsum(starts) - 1
    winners = np.concatenate([singles, order[starts]])

    # For each fillable field: the row (in group order) whose value the paper gets.
    def source_rows(has: np.ndarray) -> np.ndarray:
        if not len(order):
            return singles
        rows = pd.Series(np.where(has[order], order, -1))
        first = rows.where(rows >= 0).groupby(group).first()
        chosen = np.where(first.isna(), order[starts], first.fillna(0).astype(np.int64))
        return np.concatenate([singles, chosen])

    rows = {name: source_rows(present[name]) for name in _FILLABLE + _LIST_FILLABLE}
    for name in _FOLLOW_SUMMARY:
        rows[name] = rows["summary"]

    # Output order first, on the small key columns, so that every (large) column
    # is gathered exactly once.
    keys_out = pa.table(
        {
            "date": records["date"].take(winners),
            "source": records["source"].take(winners),
            "source_file": records["source_file"].take(winners),
            "source_line": records["source_line"].take(winners),
            "paper_id": pa.array(ids.to_numpy()[winners], pa.string()),
        }
    )
    final = pc.sort_indices(keys_out, [(c, "ascending") for c in keys_out.column_names])
    final = final.to_numpy()
    arxiv_out = pa.array(arxiv.to_numpy()[rows["arxiv_id"][final]], pa.string(), from_pandas=True)
    columns = {"paper_id": keys_out["paper_id"].take(final), "arxiv_id": arxiv_out}
    for name in (*PAPER_COLUMNS, "_metrics"):
        if name not in columns:
            columns[name] = records[name].take(rows.get(name, winners)[final])
    result = pa.table(columns)
    table = result.select(list(PAPER_COLUMNS)).cast(PAPERS_SCHEMA)
    return table, metrics_of(result)


def metrics_of(result: pa.Table) -> pa.Table:
    """One row per reported number, from a table with ``_metrics`` and the paper keys."""
    nested = result["_metrics"].combine_chunks()
    parents = pc.list_parent_indices(nested)
    flat = pc.list_flatten(nested)
    columns = {
        name: result[name].take(parents) for name in ("paper_id", "arxiv_id", "date", "source")
    }
    for field in _METRIC_STRUCT:
        columns[field.name] = flat.field(field.name)
    return pa.table(columns).cast(METRICS_SCHEMA)
