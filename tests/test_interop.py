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


def test_month_partitions_read_by_duckdb_and_polars(tmp_path, sample_dataset):
    from conftest import SAMPLE

    import digest_data

    out = tmp_path / "out"
    digest_data.build([SAMPLE], out, partition="month")
    months = sorted(p.name for p in (out / "papers").iterdir())
    assert months == ["month=2024-09", "month=2024-10", "month=2024-11", "month=2024-12"]
    expected = sample_dataset.papers["date"].dt.strftime("%Y-%m").value_counts().to_dict()
    got = dict(
        duckdb.sql(
            f"SELECT month, count(*) FROM read_parquet('{out}/papers/*/*.parquet', hive_partitioning=true) GROUP BY month"
        ).fetchall()
    )
    assert got == expected
    scanned = pl.scan_parquet(
        out / "metrics" / "**" / "*.parquet", hive_partitioning=True
    ).collect()
    assert scanned.height == len(sample_dataset.metrics)
    # Built again without partitions, the folders are no longer published.
    digest_data.build([SAMPLE], out)
    assert not (out / "papers").exists() and (out / "papers.parquet").exists()
