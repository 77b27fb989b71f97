"""The dataset's schema: the one place column names, types and versions live."""

from __future__ import annotations

import pyarrow as pa

#: Bumped whenever a column changes meaning or type; a dataset written under another
#: version is rebuilt from its inputs instead of being read.
SCHEMA_VERSION = 2

SOURCES = ("hf-daily", "map-daily", "markdown", "upload")
#: The source of every row read from a dashboard upload, whatever its format: an
#: upload is listed beside the collection's rows, never merged into them.
UPLOAD_SOURCE = "upload"

PAPERS_SCHEMA = pa.schema(
    [
        pa.field("paper_id", pa.string(), nullable=False),
        pa.field("arxiv_id", pa.string()),
        pa.field("date", pa.date32(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("title", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("authors", pa.list_(pa.string()), nullable=False),
        pa.field("affiliations", pa.list_(pa.string()), nullable=False),
        pa.field("summary", pa.string()),
        pa.field("follow_up_questions", pa.list_(pa.string()), nullable=False),
        pa.field("comments", pa.string()),
        pa.field("topics", pa.list_(pa.string()), nullable=False),
        pa.field("source_file", pa.string(), nullable=False),
        pa.field("source_line", pa.int32(), nullable=False),
    ],
    metadata={"digest_data.schema_version": str(SCHEMA_VERSION)},
)

METRICS_SCHEMA = pa.schema(
    [
        pa.field("paper_id", pa.string(), nullable=False),
        pa.field("arxiv_id", pa.string()),
        pa.field("date", pa.date32(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("value", pa.float64(), nullable=False),
        pa.field("unit", pa.string(), nullable=False),
        pa.field("metric", pa.string(), nullable=False),
        pa.field("benchmark", pa.string(), nullable=False),
        # Canonical names (enrich/benchmarks.py): "" when no benchmark or not one.
        pa.field("benchmark_id", pa.string(), nullable=False),
        pa.field("metric_id", pa.string(), nullable=False),
        pa.field("model", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("context", pa.string(), nullable=False),
        pa.field("char_start", pa.int32(), nullable=False),
        pa.field("char_end", pa.int32(), nullable=False),
    ],
    metadata={"digest_data.schema_version": str(SCHEMA_VERSION)},
)

#: ``authors.parquet``: one row per author string as written in ``papers.authors``,
#: with the person it resolves to (``digest_data/enrich/people.py``).
AUTHORS_SCHEMA = pa.schema(
    [
        pa.field("name", pa.string(), nullable=False),
        pa.field("person", pa.string(), nullable=False),
        pa.field("papers", pa.int32(), nullable=False),
        pa.field("is_username", pa.bool_(), nullable=False),
        pa.field("rule", pa.string(), nullable=False),
        pa.field("form", pa.string(), nullable=False),
        pa.field("evidence", pa.string(), nullable=False),
    ],
    metadata={"digest_data.schema_version": str(SCHEMA_VERSION)},
)
#: How an author string resolved (``authors.rule``): a real name; a real name
#: spelled like a more used one; a username joined to a name, and by what; a
#: username that stays on its own.
AUTHOR_RULES = (
    "name",
    "same-spelling",
    "same-paper",
    "co-authors",
    "co-author-group",
    "whole-name",
    "rare-family",
    "unmatched",
)

PAPER_COLUMNS = tuple(PAPERS_SCHEMA.names)
