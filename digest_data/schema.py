"""The dataset's schema: the one place column names, types and versions live."""

from __future__ import annotations

import pyarrow as pa

#: Bumped whenever a column changes meaning or type; a dataset written under another
#: version is rebuilt from its inputs instead of being read.
SCHEMA_VERSION = 2

SOURCES = ("hf-daily", "map-daily", "markdown")

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

PAPER_COLUMNS = tuple(PAPERS_SCHEMA.names)
METRIC_COLUMNS = tuple(METRICS_SCHEMA.names)
LIST_COLUMNS = tuple(f.name for f in PAPERS_SCHEMA if pa.types.is_list(f.type))
METRIC_UNITS = ("%", "x", "points", "ms", "s", "GB", "")
METRIC_KINDS = ("score", "delta", "efficiency")
