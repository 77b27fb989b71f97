"""The parse cache of a version: every file's parsed rows (RECORDS_SCHEMA), split
by file path into RECORD_SHARDS Parquet files under ``records/``, so that a rebuild
after a few changed files rewrites only their shards and links the rest.

A shard whose files are all unchanged is read as its key columns alone (what the
incremental merge looks rows up by); its full rows are read only if asked for."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .collection import RECORDS_SCHEMA

RECORD_SHARDS = 16
#: The columns a record is found by: which file, which source, which paper.
KEY_COLUMNS = ("source_file", "source", "arxiv_id", "_title_key")
KEYS_SCHEMA = pa.schema([RECORDS_SCHEMA.field(name) for name in KEY_COLUMNS])


def record_shard(name: str) -> int:
    """The cache shard of a file's rows (stable across runs, unlike ``hash``)."""
    return zlib.crc32(name.encode("utf-8", "surrogateescape")) % RECORD_SHARDS


def shard_path(version: Path, shard: int) -> Path:
    return version / "records" / f"part-{shard:02d}.parquet"


@dataclass
class Rows:
    """Some rows of RECORDS_SCHEMA: their key columns now, all columns on demand."""

    keys: pa.Table
    load: Callable[[], pa.Table]

    @classmethod
    def of(cls, table: pa.Table) -> Rows:
        return cls(table.select(list(KEY_COLUMNS)), lambda: table)


@dataclass
class CachedShard:
    """One shard of the previous version, split by whether its files are reusable."""

    #: The rows of the files whose content is unchanged.
    kept: Rows
    #: The rows of the files that changed or went away (what the merge takes out).
    stale: pa.Table

    @property
    def whole(self) -> bool:
        """Every file of the shard is unchanged: the same bytes, to be linked."""
        return self.stale.num_rows == 0


def read_cached_records(previous: Path | None, reusable: set[str]) -> dict[int, CachedShard] | None:
    """Every shard of ``previous``, its rows split by whether their file is in
    ``reusable``. None when the cache cannot be read, so that everything is parsed
    again."""
    if previous is None or not reusable:
        return None
    keep = pa.array(sorted(reusable), pa.string())
    cached = {}
    for shard in range(RECORD_SHARDS):
        path = shard_path(previous, shard)
        try:
            keys = pq.read_table(path, columns=list(KEY_COLUMNS), schema=RECORDS_SCHEMA)
        except (OSError, pa.ArrowInvalid):
            return None
        # A version holds one content hash per path, so a reusable path's rows
        # are exactly the rows of the content it still has.
        mask = pc.is_in(keys["source_file"], value_set=keep)
        if pc.all(mask).as_py() is not False:
            cached[shard] = CachedShard(
                # Read at most once, though the merge and a rewrite of the shard may both ask.
                Rows(keys, cache(partial(pq.read_table, path, schema=RECORDS_SCHEMA))),
                RECORDS_SCHEMA.empty_table(),
            )
            continue
        try:
            table = pq.read_table(path, schema=RECORDS_SCHEMA)
        except (OSError, pa.ArrowInvalid):
            return None
        mask = pc.is_in(table["source_file"], value_set=keep)
        cached[shard] = CachedShard(Rows.of(table.filter(mask)), table.filter(pc.invert(mask)))
    return cached
