"""The parse cache of a version: every file's parsed rows (RECORDS_SCHEMA), split
by file path into RECORD_SHARDS Parquet files under ``records/``, so that a rebuild
after a few changed files rewrites only their shards and links the rest."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .collection import RECORDS_SCHEMA

RECORD_SHARDS = 16


def record_shard(name: str) -> int:
    """The cache shard of a file's rows (stable across runs, unlike ``hash``)."""
    return zlib.crc32(name.encode("utf-8", "surrogateescape")) % RECORD_SHARDS


def shard_path(version: Path, shard: int) -> Path:
    return version / "records" / f"part-{shard:02d}.parquet"


@dataclass
class CachedShard:
    """One shard of the previous version, split by whether its files are reusable."""

    #: The rows of the files whose content is unchanged.
    kept: pa.Table
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
        try:
            table = pq.read_table(shard_path(previous, shard), schema=RECORDS_SCHEMA)
        except (OSError, pa.ArrowInvalid):
            return None
        # A version holds one content hash per path, so a reusable path's rows
        # are exactly the rows of the content it still has.
        mask = pc.is_in(table["source_file"], value_set=keep)
        if pc.all(mask).as_py() is not False:
            cached[shard] = CachedShard(table, RECORDS_SCHEMA.empty_table())
        else:
            cached[shard] = CachedShard(table.filter(mask), table.filter(pc.invert(mask)))
    return cached
