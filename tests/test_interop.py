"""The dataset layout is the interface to bigger engines: plain Parquet with a
stable schema that DuckDB and Polars read as they are."""

from __future__ import annotations

import duckdb
import polars as pl


def test_duckdb_reads_the_schema_and_the_rows(sample_dataset):
    out = sample_dataset.path
    con = duckdb.connect()
    columns = con.execute(f"DESCRIBE SELECT * FROM '{out}/papers.parquet'").fetchall()
    types = {name: kind for name, kind, *_ in columns}
    assert list(types) == list(sample_dataset.papers.columns)
    assert types["date"] == "DATE" and types["authors"] == "VARCHAR[]"
    assert types["source_line"] == "INTEGER" and types["topics"] == "VARCHAR[]"
    (rows,) = con.execute(f"SELECT count(*) FROM '{out}/papers.parquet'").fetchone()
    assert rows == len(sample_dataset.papers) == 1134
    metric_types = dict(
        (name, kind)
        for name, kind, *_ in con.execute(
            f"DESCRIBE SELECT * FROM '{out}/metrics.parquet'"
        ).fetchall()
    )
    assert metric_types["value"] == "DOUBLE" and metric_types["char_start"] == "INTEGER"


def test_polars_reads_the_schema_and_the_rows(sample_dataset):
    out = sample_dataset.path
    papers = pl.read_parquet(out / "papers.parquet")
    assert papers.schema["date"] == pl.Date
    assert papers.schema["authors"] == pl.List(pl.String)
    assert papers.height == 1134
    per_source = dict(papers.group_by("source").len().iter_rows())
    assert per_source == sample_dataset.papers["source"].value_counts().to_dict()
    metrics = pl.read_parquet(out / "metrics.parquet")
    assert metrics.schema["value"] == pl.Float64 and metrics.height == len(sample_dataset.metrics)
