"""Build the dataset: digest files in, Parquet tables out (``load`` reads them back).

Layout of an output folder ``DIR``::

    DIR/papers.parquet        -> current/papers.parquet
    DIR/metrics.parquet       -> current/metrics.parquet
    DIR/authors.parquet       -> current/authors.parquet
    DIR/build_report.json     -> current/build_report.json
    DIR/neighbours.parquet    -> current/neighbours.parquet (each paper's most alike)
    DIR/current               -> .versions/<build id>
    DIR/.versions/<build id>/ one complete build, plus manifest.json and records/
    DIR/.lock                 held while a build writes

A build runs in four stages, each a function from data to data:

- ``plan``: which inputs changed since the last version (by size and mtime, then
  content hash) and which of its parse results are reusable. No change ends here.
- ``parse``: the changed files parsed; the others' rows read from the last
  version's cache (``records/``, see ``record_cache``).
- ``collect``: rows in, papers, metrics and author tables out. After a few changed
  files only the papers they touch are merged again (``merge``).
- ``publish``: a new version folder written (unchanged files hard-linked), then
  made ``current`` in one rename (``versions``); a build that is killed or fails
  leaves the last good version in place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..enrich.people import PEOPLE_VERSION
from ..enrich.records import ENRICH_VERSION
from ..enrich.topics import Taxonomy, TaxonomyError, load_taxonomy
from ..schema import AUTHORS_SCHEMA, METRICS_SCHEMA, PAPERS_SCHEMA, SCHEMA_VERSION, UPLOAD_SOURCE
from . import authors, collection, merge, neighbours
from .collection import RECORDS_SCHEMA
from .inputs import DIGEST_SUFFIXES, READ_TRIES, Skip, discover, sha256_still, stat_key
from .parsing import FileReport, ParsedFile, parse_file, parse_path, start_worker
from .record_cache import (
    KEYS_SCHEMA,
    RECORD_SHARDS,
    Rows,
    read_cached_records,
    record_shard,
    shard_path,
)
from .report import BuildReport, plain
from .versions import (
    OUTPUT_FILES,
    PARTITION_DIRS,
    BuildError,
    BuildLocked,
    build_lock,
    current_version,
    link_or_false,
    new_version_dir,
    read_manifest,
    sync_and_publish,
)

__all__ = [
    "DIGEST_SUFFIXES",
    "OUTPUT_FILES",
    "PARTITION_DIRS",
    "READ_TRIES",
    "RECORD_SHARDS",
    "BuildError",
    "BuildLocked",
    "BuildReport",
    "FileReport",
    "ParsedFile",
    "Skip",
    "build",
    "build_lock",
    "current_version",
    "discover",
    "parse_file",
    "record_shard",
]

#: Part of every cache key (with the taxonomy's hash): bump when parsing or
#: enrichment changes its output.
PIPELINE_VERSION = f"s{SCHEMA_VERSION}-p5-{ENRICH_VERSION}-{PEOPLE_VERSION}"


def pipeline_key(taxonomy: Taxonomy) -> str:
    """What a cached parse depends on besides the file's bytes."""
    return f"{PIPELINE_VERSION}-t{taxonomy.digest}"


PARTITIONS = (None, "month")
#: Below this much input a process pool costs more than it saves.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024


# ---------------------------------------------------------------------------
# Build


ProgressFactory = Callable[[int], Callable[[], None]]


def build(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    progress: ProgressFactory | None = None,
    force: bool = False,
    lock_timeout: float = 600.0,
    taxonomy: str | os.PathLike[str] | Taxonomy | None = None,
    workers: int | None = None,
    partition: str | None = None,
    uploads: Iterable[str | os.PathLike[str]] = (),
) -> BuildReport:
    """Build ``papers.parquet``, ``metrics.parquet``, ``authors.parquet``,
    ``neighbours.parquet`` and ``build_report.json`` in a new version of ``out_dir``.

    Unchanged inputs are not parsed again; an unchanged input set is a no-op.
    Raises BuildError only when nothing can be built (no inputs at all, output
    not writable, lock held too long, taxonomy file unusable). ``taxonomy`` is a
    TOML file (or a loaded Taxonomy) to use instead of the shipped one.
    ``partition="month"`` also writes both tables as hive-style month folders.
    Files under ``uploads`` are read too, as source ``upload`` (see UPLOAD_SOURCE)."""
    if partition not in PARTITIONS:
        raise BuildError(f"unknown partition {partition!r}: use one of {PARTITIONS[1:]}")
    started = time.perf_counter()
    try:
        tax = taxonomy if isinstance(taxonomy, Taxonomy) else load_taxonomy(taxonomy)
    except TaxonomyError as exc:
        raise BuildError(str(exc)) from exc
    out = Path(out_dir)
    uploads = list(uploads)
    with gc_paused():
        files, missing = discover([*inputs, *uploads])
        upload_names = {str(p) for p in discover(uploads)[0]}
    if not files:
        reasons = "; ".join(str(s) for s in missing) or "no digest files found"
        raise BuildError(f"nothing to build: {reasons}")
    try:
        with build_lock(out, lock_timeout):
            return _build_locked(
                files, missing, out, started, progress, force, tax, workers, partition, upload_names
            )
    except OSError as exc:
        raise BuildError(f"cannot write the dataset to {out}: {exc.strerror or exc}") from exc


def _build_locked(
    files: list[Path],
    missing: list[Skip],
    out: Path,
    started: float,
    progress: ProgressFactory | None,
    force: bool,
    taxonomy: Taxonomy,
    workers: int | None,
    partition: str | None,
    upload_names: set[str],
) -> BuildReport:
    previous = None if force else current_version(out)
    with gc_paused():
        todo = plan(files, missing, previous, pipeline_key(taxonomy), partition, upload_names)
    if todo.unchanged:
        assert previous is not None
        report = BuildReport.from_json((previous / "build_report.json").read_text())
        report.unchanged = True
        report.seconds = round(time.perf_counter() - started, 3)
        return report
    parsed = parse(todo, taxonomy, workers, progress)
    collected = collect(todo, parsed)
    return publish(out, todo, parsed, collected, partition, started)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while. Walking thousands of files and
    reading their manifest entries makes hundreds of thousands of small objects, none
    in a cycle, and the collector's passes over them were a tenth of a one-file rebuild."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------------------
# Stage 1: plan


@dataclass
class Plan:
    """What a build has to do: its inputs as they stand now, and what of the
    previous version (if any, and of the same pipeline) can be reused."""

    files: list[Path]
    #: Inputs that could not be read, with why.
    missing: list[Skip]
    pipeline: str
    partition: str | None
    uploads: set[str]
    hashes: dict[str, str]
    stats: dict[str, tuple[int, int]]
    #: Bytes read while hashing, handed to the parser so they are not read twice.
    contents: dict[str, bytes]
    previous: Path | None
    #: The previous manifest's entry of every file, when of the same pipeline.
    old_files: dict[str, dict]
    old_uploads: set[str]
    #: Files whose cached parse is still theirs: same content, same upload status.
    reusable: set[str]
    to_parse: list[str]
    #: Nothing changed: the previous version is this build's result.
    unchanged: bool


def plan(
    files: list[Path],
    missing: list[Skip],
    previous: Path | None,
    pipeline: str,
    partition: str | None,
    upload_names: set[str],
) -> Plan:
    """Hash the inputs (only those whose size or mtime moved; the manifest is
    trusted for the rest) and compare them with the previous version. A file that
    cannot be read is skipped by name, like a missing input."""
    manifest = read_manifest(previous)
    old_files = manifest.get("files", {}) if manifest.get("pipeline") == pipeline else {}
    old_uploads = set(manifest.get("uploads", []))
    stats: dict[str, tuple[int, int]] = {}
    hashes: dict[str, str] = {}
    contents: dict[str, bytes] = {}
    for path in files:
        name = str(path)
        old = old_files.get(name)
        try:
            stats[name] = stat_key(path)
            if old and tuple(old["stat"]) == stats[name]:
                hashes[name] = old["sha256"]
            else:
                # The stat as read, if the file changed since the one above.
                hashes[name], contents[name], stats[name] = sha256_still(path)
        except OSError as exc:
            missing = [*missing, Skip(name, 0, f"cannot read the file: {exc.strerror or exc}")]
    files = [p for p in files if str(p) in hashes]
    unchanged = (
        previous is not None
        and set(old_files) == set(hashes)
        and all(old_files[n]["sha256"] == h for n, h in hashes.items())
        and manifest.get("missing") == [plain(s) for s in missing]
        and manifest.get("partition") == partition
        and manifest.get("uploads", []) == sorted(upload_names)
        and (previous / "authors.parquet").is_file()
        and neighbours.has_neighbours(previous)
    )
    # A file that became (or stopped being) an upload is parsed again: its rows'
    # source changes, and the merge takes it as a changed file.
    reusable = {
        n
        for n, h in hashes.items()
        if n in old_files
        and old_files[n]["sha256"] == h
        and (n in old_uploads) == (n in upload_names)
    }
    return Plan(
        files=files,
        missing=missing,
        pipeline=pipeline,
        partition=partition,
        uploads=upload_names,
        hashes=hashes,
        stats=stats,
        contents=contents,
        previous=previous,
        old_files=old_files,
        old_uploads=old_uploads,
        reusable=reusable,
        to_parse=[str(p) for p in files if str(p) not in reusable],
        unchanged=unchanged,
    )


# ---------------------------------------------------------------------------
# Stage 2: parse


@dataclass
class Parsed:
    """Every input's parse result (read from the cache or parsed now) and its rows."""

    #: In the order of ``Plan.files``.
    files: list[ParsedFile]
    #: The rows of every file by cache shard (an unchanged shard's in full only if asked).
    shards: dict[int, list[Rows]]
    #: Shards that are the previous version's bytes, to be linked.
    linkable: set[int]
    #: The previous version's rows of files that changed or went away, with the
    #: sources that version gave them; None when its cache was not used.
    stale: pa.Table | None

    def _parts(self) -> list[Rows]:
        return [part for parts in self.shards.values() for part in parts if part.keys.num_rows]

    def records(self) -> pa.Table:
        """Every row (RECORDS_SCHEMA)."""
        parts = [part.load() for part in self._parts()]
        return pa.concat_tables(parts) if parts else RECORDS_SCHEMA.empty_table()

    def keys(self) -> pa.Table:
        """Every row's KEY_COLUMNS, in the order of ``records``."""
        parts = [part.keys for part in self._parts()]
        return pa.concat_tables(parts) if parts else KEYS_SCHEMA.empty_table()

    def rows(self, wanted: np.ndarray) -> pa.Table:
        """The rows of ``records`` where ``wanted`` is true, reading only the
        shards that hold one."""
        parts, start = [], 0
        for part in self._parts():
            mine = wanted[start : start + part.keys.num_rows]
            start += part.keys.num_rows
            if mine.any():
                parts.append(part.load().filter(pa.array(mine)))
        return pa.concat_tables(parts) if parts else RECORDS_SCHEMA.empty_table()


def parse(
    todo: Plan, taxonomy: Taxonomy, workers: int | None, progress: ProgressFactory | None
) -> Parsed:
    """Parse the files that changed; take the others' results from the cache."""
    cached = read_cached_records(todo.previous, todo.reusable)
    tick = progress(len(todo.files)) if progress else None
    results: dict[str, ParsedFile] = {}
    to_parse = todo.to_parse
    if cached is None:
        to_parse = [str(p) for p in todo.files]
    else:
        with gc_paused():
            for name in todo.reusable:
                results[name] = _cached_result(todo.old_files[name])
                if tick:
                    tick()
    for name, result in _parse_all(to_parse, todo.hashes, todo.contents, taxonomy, workers):
        results[name] = result
        if tick:
            tick()
    for name in todo.uploads & results.keys():
        results[name].report.source = UPLOAD_SOURCE

    shards: dict[int, list[Rows]] = {i: [] for i in range(RECORD_SHARDS)}
    linkable: set[int] = set()
    stale = None
    if cached is not None:
        for shard, part in cached.items():
            shards[shard].append(part.kept)
            if part.whole:
                linkable.add(shard)
        stale = _mark_uploads(
            pa.concat_tables([part.stale for part in cached.values()]), todo.old_uploads
        )
    for name in to_parse:
        table = results[name].table
        if table is not None:
            shards[record_shard(name)].append(Rows.of(table))
            linkable.discard(record_shard(name))
    return Parsed([results[str(p)] for p in todo.files], shards, linkable, stale)


def _cached_result(entry: dict) -> ParsedFile:
    """A file's parse result as the previous manifest recorded it (rows apart)."""
    return ParsedFile(
        FileReport(**{**entry["report"], "cached": True}),
        [],
        [Skip(**s) for s in entry["skipped"]],
        [Skip(**s) for s in entry["warnings"]],
        Skip(**entry["file_skip"]) if entry.get("file_skip") else None,
    )


def _parse_all(
    names: list[str],
    hashes: dict[str, str],
    contents: dict[str, bytes],
    taxonomy: Taxonomy,
    workers: int | None,
) -> Iterator[tuple[str, ParsedFile]]:
    """Parse files, on several processes when there is enough input to pay for
    them (parsing files is independent work). Yields in the order given."""
    workers = workers or min(os.cpu_count() or 1, 8)
    size = sum(os.stat(n).st_size for n in names) if workers > 1 else 0
    if workers <= 1 or size < PARALLEL_MIN_BYTES or len(names) < 2 * workers:
        for name in names:
            data = contents.pop(name, None)
            data = data if data is not None else Path(name).read_bytes()
            yield name, parse_file(name, data, hashes[name], taxonomy).tabled()
        return
    contents.clear()
    # "spawn", not "fork": a forked worker would inherit the build lock's file and
    # keep it locked if the build were killed.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=start_worker, initargs=(taxonomy,)
    ) as pool:
        results = pool.map(parse_path, names, [hashes[n] for n in names], chunksize=32)
        yield from zip(names, results, strict=True)


def _mark_uploads(records: pa.Table, upload_names: set[str]) -> pa.Table:
    """``records`` with the source of every row read from an upload set to ``upload``
    (after the cache, which keeps each file's own format)."""
    if not upload_names or not records.num_rows:
        return records
    uploaded = pc.is_in(records["source_file"], value_set=pa.array(sorted(upload_names)))
    source = pc.if_else(uploaded, UPLOAD_SOURCE, records["source"])
    index = records.schema.get_field_index("source")
    return records.set_column(index, records.schema.field(index), source)


# ---------------------------------------------------------------------------
# Stage 3: collect


@dataclass
class Collected:
    """The tables of the dataset, and which of them the previous version holds already."""

    #: Parsed rows in, before duplicates were merged.
    rows: int
    papers: pa.Table
    metrics: pa.Table
    authors: pa.Table
    #: Tables derived from these (file name -> table), written next to authors.parquet.
    derived: dict[str, pa.Table] = field(default_factory=dict)
    #: File names whose table equals the previous version's: linked, not written.
    same_as_previous: set[str] = field(default_factory=set)


def collect(todo: Plan, parsed: Parsed) -> Collected:
    """Records in, the dataset's tables out: when the previous version's tables
    can be read, only what the changed files touch is merged again."""
    before = _previous_tables(todo.previous) if parsed.stale is not None else None
    if before is None or parsed.stale is None:
        return collect_all(_mark_uploads(parsed.records(), todo.uploads))
    return collect_changes(todo, parsed, parsed.stale, *before)


def collect_all(records: pa.Table) -> Collected:
    """Every record merged into papers, their metrics and their authors."""
    papers, metrics = collection.papers(records)
    return Collected(records.num_rows, papers, metrics, authors.authors_table(papers))


def collect_changes(
    todo: Plan,
    parsed: Parsed,
    stale: pa.Table,
    old_papers: pa.Table,
    old_metrics: pa.Table,
    old_authors: pa.Table,
) -> Collected:
    """The previous version's tables with the papers the changed files touch
    merged again (``merge.splice``); the same tables as a ``collect_all``."""
    keys = _mark_uploads(parsed.keys(), todo.uploads)
    changed = set(todo.to_parse) | (todo.old_files.keys() - todo.hashes.keys())
    changed_rows = pc.is_in(keys["source_file"], value_set=pa.array(sorted(changed), pa.string()))
    papers, metrics = merge.splice(
        old_papers,
        old_metrics,
        keys,
        changed_rows,
        stale,
        lambda wanted: _mark_uploads(parsed.rows(wanted), todo.uploads),
    )
    same = {
        name
        for name, table, old in (
            ("papers.parquet", papers, old_papers),
            ("metrics.parquet", metrics, old_metrics),
        )
        if table is old
    }
    if papers is old_papers or merge.same_authors(papers, old_papers):
        people = old_authors
        same.add("authors.parquet")
    else:
        people = authors.authors_table(papers)
    return Collected(keys.num_rows, papers, metrics, people, same_as_previous=same)


def _previous_tables(previous: Path | None) -> tuple[pa.Table, pa.Table, pa.Table] | None:
    """The papers, metrics and authors tables of ``previous``; None when one is
    missing or unreadable (the build then collects everything)."""
    if previous is None:
        return None
    try:
        return (
            pq.read_table(previous / "papers.parquet", schema=PAPERS_SCHEMA),
            pq.read_table(previous / "metrics.parquet", schema=METRICS_SCHEMA),
            pq.read_table(previous / "authors.parquet", schema=AUTHORS_SCHEMA),
        )
    except (OSError, pa.ArrowInvalid):
        return None


# ---------------------------------------------------------------------------
# Stage 4: publish


def publish(
    out: Path,
    todo: Plan,
    parsed: Parsed,
    collected: Collected,
    partition: str | None,
    started: float,
) -> BuildReport:
    """Write a new version folder (linking what the previous one holds already),
    its report and manifest, then make it ``current``."""
    version_dir = new_version_dir(out)
    try:
        _write_tables(version_dir, todo.previous, collected)
        unchanged = todo.previous is not None and "papers.parquet" in collected.same_as_previous
        if not (unchanged and neighbours.link(todo.previous, version_dir)):
            neighbours.write(collected.papers, version_dir, todo.previous)
        _write_record_shards(version_dir, todo.previous, parsed)
        if partition == "month":
            _write_by_month(collected.papers, version_dir / "papers")
            _write_by_month(collected.metrics, version_dir / "metrics")
        report = _report(todo, parsed, collected, started)
        (version_dir / "build_report.json").write_text(report.to_json())
        (version_dir / "manifest.json").write_text(json.dumps(_manifest(todo, parsed)))
        sync_and_publish(out, version_dir)
    except BaseException:
        shutil.rmtree(version_dir, ignore_errors=True)
        raise
    return report


def _write_tables(version_dir: Path, previous: Path | None, collected: Collected) -> None:
    tables = {
        "papers.parquet": collected.papers,
        "metrics.parquet": collected.metrics,
        "authors.parquet": collected.authors,
        **collected.derived,
    }
    for name, table in tables.items():
        same = previous is not None and name in collected.same_as_previous
        if not (same and link_or_false(previous / name, version_dir / name)):
            _write_parquet(table, version_dir / name)


def _write_record_shards(version_dir: Path, previous: Path | None, parsed: Parsed) -> None:
    (version_dir / "records").mkdir()
    for shard, parts in parsed.shards.items():
        target = shard_path(version_dir, shard)
        # A shard whose files are all unchanged is the same bytes: link, don't write.
        linked = previous is not None and shard in parsed.linkable
        if linked and link_or_false(shard_path(previous, shard), target):
            continue
        tables = [part.load() for part in parts]
        _write_parquet(pa.concat_tables(tables) if tables else RECORDS_SCHEMA.empty_table(), target)


def _write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd", compression_level=1)


def _write_by_month(table: pa.Table, folder: Path) -> None:
    """``table`` as hive-style partitions ``folder/month=YYYY-MM/part-0.parquet``."""
    month = pc.strftime(table["date"].cast(pa.timestamp("s")), format="%Y-%m")
    pq.write_to_dataset(
        table.append_column("month", month),
        folder,
        partition_cols=["month"],
        basename_template="part-{i}.parquet",
    )


def _report(todo: Plan, parsed: Parsed, collected: Collected, started: float) -> BuildReport:
    files = parsed.files
    papers = collected.papers
    return BuildReport(
        schema_version=SCHEMA_VERSION,
        built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        files_read=len(files),
        files_parsed=sum(not p.report.cached for p in files),
        files_cached=sum(p.report.cached for p in files),
        rows=papers.num_rows,
        distinct_papers=pc.count_distinct(papers["paper_id"]).as_py(),
        metrics=collected.metrics.num_rows,
        duplicates_merged=collected.rows - papers.num_rows,
        seconds=round(time.perf_counter() - started, 3),
        files=[p.report for p in files],
        skipped_files=todo.missing + [p.file_skip for p in files if p.file_skip],
        skipped_rows=[s for p in files for s in p.skipped],
        warnings=[w for p in files for w in p.warnings],
    )


def _manifest(todo: Plan, parsed: Parsed) -> dict:
    """What the next build compares its inputs with, and its per-file cache."""
    return {
        "schema_version": SCHEMA_VERSION,
        "pipeline": todo.pipeline,
        "missing": [plain(s) for s in todo.missing],
        "partition": todo.partition,
        "uploads": sorted(todo.uploads),
        "files": {
            str(path): {
                "sha256": todo.hashes[str(path)],
                "stat": list(todo.stats[str(path)]),
                "report": {**plain(p.report), "cached": False},
                "skipped": [plain(s) for s in p.skipped],
                "warnings": [plain(w) for w in p.warnings],
                "file_skip": plain(p.file_skip) if p.file_skip else None,
            }
            for path, p in zip(todo.files, parsed.files, strict=True)
        },
    }
