"""Build and load the dataset: digest files in, Parquet tables out.

Layout of an output folder ``DIR``::

    DIR/papers.parquet        -> current/papers.parquet
    DIR/metrics.parquet       -> current/metrics.parquet
    DIR/authors.parquet       -> current/authors.parquet
    DIR/build_report.json     -> current/build_report.json
    DIR/current               -> .versions/<build id>
    DIR/.versions/<build id>/ one complete build, plus manifest.json and records/
    DIR/.lock                 held while a build writes

A build writes a new version folder completely, then swaps the ``current`` link
in one ``rename``; a build that is killed or fails leaves the last good version
in place. The per-file parse results of each version (``records/``, sharded by path) are the
cache that lets the next build skip every file whose content is unchanged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import sys
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..enrich.records import ENRICH_VERSION, enrich_records
from ..enrich.topics import Taxonomy, TaxonomyError, load_taxonomy
from ..read import formats
from ..read.normalise import DecodeError, decode_bytes, normalise_title
from ..schema import SCHEMA_VERSION, UPLOAD_SOURCE
from . import authors, collection, neighbours
from .collection import RECORDS_SCHEMA, records_table

DIGEST_SUFFIXES = (".md", ".markdown", ".txt")
#: Part of every cache key (with the taxonomy's hash): bump when parsing or
#: enrichment changes its output.
PIPELINE_VERSION = f"s{SCHEMA_VERSION}-p4-{ENRICH_VERSION}"


def pipeline_key(taxonomy: Taxonomy) -> str:
    """What a cached parse depends on besides the file's bytes."""
    return f"{PIPELINE_VERSION}-t{taxonomy.digest}"


OUTPUT_FILES = ("papers.parquet", "metrics.parquet", "authors.parquet", "build_report.json")
#: With ``partition="month"``: the same tables as hive-style folders, papers/month=YYYY-MM/.
PARTITION_DIRS = ("papers", "metrics")
PARTITIONS = (None, "month")
_KEEP_VERSIONS = 2


class BuildError(RuntimeError):
    """A build that could not run at all (no inputs, output not writable, locked)."""


class BuildLocked(BuildError):
    """Another build held the output folder's lock for longer than the wait."""


def _plain(obj: object) -> dict:
    """A dataclass's fields as a dict, one level deep (``asdict`` deep-copies every
    value, and even ``fields()`` per object was a tenth of a one-file rebuild at
    thousands of files; these dataclasses hold nothing but their fields)."""
    return dict(vars(obj))


@dataclass(frozen=True)
class Skip:
    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass
class FileReport:
    file: str
    sha256: str
    source: str | None
    rows: int
    skipped: int
    cached: bool
    error: str | None = None


@dataclass
class BuildReport:
    """What a build did; written to ``build_report.json``."""

    schema_version: int
    built_at: str
    files_read: int
    files_parsed: int
    files_cached: int
    rows: int
    distinct_papers: int
    metrics: int
    duplicates_merged: int
    seconds: float
    unchanged: bool = False
    files: list[FileReport] = field(default_factory=list)
    skipped_files: list[Skip] = field(default_factory=list)
    skipped_rows: list[Skip] = field(default_factory=list)
    warnings: list[Skip] = field(default_factory=list)

    def to_json(self) -> str:
        data = _plain(self)
        for key in ("files", "skipped_files", "skipped_rows", "warnings"):
            data[key] = [_plain(item) for item in data[key]]
        # No indent: the indenting encoder is pure Python and slow at thousands of files.
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BuildReport:
        data = json.loads(text)
        for key in ("skipped_files", "skipped_rows", "warnings"):
            data[key] = [Skip(**s) for s in data.get(key, [])]
        data["files"] = [FileReport(**f) for f in data.get("files", [])]
        return cls(**data)


@dataclass
class Dataset:
    """A loaded dataset: papers, metrics, the build report and a version string
    that changes whenever the data does (a cache key for the dashboard)."""

    papers: pd.DataFrame
    metrics: pd.DataFrame
    report: BuildReport
    version: str
    path: Path
    #: One row per author string and the person it resolves to (AUTHORS_SCHEMA).
    authors: pd.DataFrame = field(default_factory=pd.DataFrame)


# ---------------------------------------------------------------------------
# Inputs


def discover(inputs: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Skip]]:
    """Expand files and folders (recursively) into digest files, sorted and unique.

    Hidden files and folders are skipped; a file reached twice (two inputs, a
    symlink, a hard link) is listed once. Paths that do not exist come back as
    skipped files rather than an exception, so one typo does not cost the rest of
    the build."""
    found: dict[tuple[int, int], Path] = {}
    missing: list[Skip] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for child, st in sorted(_walk(path), key=lambda item: str(item[0])):
                found.setdefault((st.st_dev, st.st_ino), child)
        elif path.is_file():
            st = path.stat()
            found.setdefault((st.st_dev, st.st_ino), path)
        elif path.exists():
            reason = "not a regular file (a FIFO, socket or device): not read"
            missing.append(Skip(str(path), 0, reason))
        else:
            missing.append(Skip(str(path), 0, "input path does not exist"))
    return sorted(found.values(), key=str), missing


def _walk(root: Path) -> Iterator[tuple[Path, os.stat_result]]:
    """Digest files under ``root`` with their stat, following directory symlinks
    once (a link cycle is not walked twice). ``os.scandir`` rather than
    ``Path.rglob``: at thousands of files the per-path objects were most of a
    no-change rebuild."""
    seen: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    stack.append(entry.path)
                elif entry.is_file() and entry.name.lower().endswith(DIGEST_SUFFIXES):
                    yield Path(entry.path), entry.stat()
            except OSError:
                continue


#: Reads of a file that changes while it is read before the build skips it.
READ_TRIES = 3


def _sha256(path: Path) -> tuple[str, bytes, tuple[int, int]]:
    """The hash, bytes and (size, mtime) of ``path`` as it stood still: the same
    size and mtime before and after the read, and as many bytes as that size. A
    file rewritten meanwhile is read again, and after READ_TRIES reads raises OSError."""
    for attempt in range(READ_TRIES):
        before = _stat_key(path)
        data = path.read_bytes()
        if _stat_key(path) == before and len(data) == before[0]:
            return hashlib.sha256(data).hexdigest(), data, before
        time.sleep(0.05 * (attempt + 1))
    raise OSError(0, "it kept changing while it was read")


# ---------------------------------------------------------------------------
# Per-file parsing (pure apart from the one read)


@dataclass
class ParsedFile:
    report: FileReport
    records: list[dict]
    skipped: list[Skip]
    warnings: list[Skip]
    file_skip: Skip | None = None
    #: The records as RECORDS_SCHEMA (set by the build; Arrow crosses processes cheaply).
    table: pa.Table | None = None

    def tabled(self) -> ParsedFile:
        """This result with its records as a table instead of dicts."""
        return replace(self, records=[], table=records_table(self.records))

    def __getstate__(self) -> dict:
        # A table pickles column by column; one Arrow IPC buffer is five times
        # faster to read back, and the build reads one per file.
        state = dict(vars(self))
        if self.table is not None:
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, self.table.schema) as writer:
                writer.write_table(self.table)
            state["table"] = sink.getvalue()
        return state

    def __setstate__(self, state: dict) -> None:
        if isinstance(state["table"], pa.Buffer):
            state["table"] = pa.ipc.open_stream(state["table"]).read_all()
        vars(self).update(state)


def parse_file(path: str, data: bytes, sha: str, taxonomy: Taxonomy) -> ParsedFile:
    """Decode, parse and enrich one file's bytes; never raises for bad content."""
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return _file_failure(path, sha, str(exc))
    if not decoded.text.strip():
        return _file_failure(path, sha, "empty file")
    result = formats.parse_digest(decoded.text, path)
    warnings = [Skip(path, p.line, p.message) for p in result.warnings]
    if decoded.warning:
        warnings.insert(0, Skip(path, 0, decoded.warning))
    skipped = [Skip(path, p.line, p.message) for p in result.skipped]
    file_skip = None
    error = result.file_error
    if (
        error is None
        and not result.records
        and skipped
        and all(s.reason.startswith("no date") for s in skipped)
    ):
        error = "no date in any heading or in the file path"
    if error:
        file_skip = Skip(path, 0, error)
    records = enrich_records(result.records, taxonomy)
    for record in records:
        record["_title_key"] = normalise_title(record["title"])
        record["_sha"] = sha
    report = FileReport(path, sha, result.source, len(records), len(skipped), False, error)
    return ParsedFile(report, records, skipped, warnings, file_skip)


#: Below this much input a process pool costs more than it saves.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024


#: The taxonomy of a parse worker's build, sent once instead of with every file.
_WORKER_TAXONOMY: Taxonomy | None = None


def _start_worker(taxonomy: Taxonomy) -> None:
    """Parse workers keep the build's taxonomy and end when the build process
    ends, even when it is killed."""
    global _WORKER_TAXONOMY
    _WORKER_TAXONOMY = taxonomy
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


def _parse_path(name: str, sha: str) -> ParsedFile:
    assert _WORKER_TAXONOMY is not None, "runs in a worker started by _start_worker"
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        return _file_failure(name, sha, f"cannot read the file: {exc.strerror or exc}")
    if hashlib.sha256(data).hexdigest() != sha:  # rewritten since the build hashed it
        return _file_failure(name, sha, "cannot read the file: it changed during the build")
    return parse_file(name, data, sha, _WORKER_TAXONOMY).tabled()


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
        workers, mp_context=context, initializer=_start_worker, initargs=(taxonomy,)
    ) as pool:
        results = pool.map(_parse_path, names, [hashes[n] for n in names], chunksize=32)
        yield from zip(names, results, strict=True)


def _file_failure(path: str, sha: str, reason: str) -> ParsedFile:
    return ParsedFile(
        FileReport(path, sha, None, 0, 0, False, reason), [], [], [], Skip(path, 0, reason)
    )


# ---------------------------------------------------------------------------
# Output folder: lock, versions, atomic swap


@contextlib.contextmanager
def build_lock(out_dir: Path, timeout: float = 600.0) -> Iterator[None]:
    """Hold ``DIR/.lock`` for the build; a second build waits, then gives up with
    a message naming the holder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lock_path = out_dir / ".lock"
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise BuildLocked(
                        f"{out_dir} is locked by a running build ({holder}); "
                        f"gave up after {timeout:.0f} s"
                    ) from None
                time.sleep(0.1)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def current_version(out_dir: Path) -> Path | None:
    """The folder of the last complete build, or None."""
    link = out_dir / "current"
    if not link.is_symlink():
        return None
    target = out_dir / os.readlink(link)
    return target if (target / "manifest.json").is_file() else None


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


def _publish(out_dir: Path, version_dir: Path) -> None:
    """Point ``current`` at the new version in one rename, then tidy old versions."""
    tmp_link = out_dir / f".current-{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(version_dir, out_dir), tmp_link)
    os.replace(tmp_link, out_dir / "current")
    for name in OUTPUT_FILES + PARTITION_DIRS:
        link = out_dir / name
        if name in PARTITION_DIRS and not (version_dir / name).exists():
            if link.is_symlink():
                link.unlink()
            continue
        if not link.is_symlink():
            if link.exists():
                link.unlink()
            tmp = out_dir / f".{name}-{uuid.uuid4().hex}"
            os.symlink(f"current/{name}", tmp)
            os.replace(tmp, link)
    # The lock is held, so a version without a manifest is a killed build's: not
    # one of the saved versions, and removed.
    folders = [p for p in (out_dir / ".versions").iterdir() if p.is_dir() and p != version_dir]
    for partial in (p for p in folders if not (p / "manifest.json").is_file()):
        shutil.rmtree(partial, ignore_errors=True)
    versions = sorted(
        [p for p in folders if (p / "manifest.json").is_file()] + [version_dir],
        key=lambda p: p.stat().st_mtime,
    )
    for old in versions[:-_KEEP_VERSIONS]:
        if old != version_dir:
            shutil.rmtree(old, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------
# Build


ProgressFactory = Callable[[int], Callable[[], None]]


def _stat_key(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


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
    """Build ``papers.parquet``, ``metrics.parquet`` and ``build_report.json``.

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
    manifest = _read_manifest(previous)
    pipeline = pipeline_key(taxonomy)
    old_files = manifest.get("files", {}) if manifest.get("pipeline") == pipeline else {}

    # Hash only files whose size or mtime moved; trust the manifest for the rest.
    # A file that cannot be read is skipped by name, like a missing input.
    stats: dict[str, tuple[int, int]] = {}
    hashes: dict[str, str] = {}
    contents: dict[str, bytes] = {}
    for path in files:
        name = str(path)
        old = old_files.get(name)
        try:
            stats[name] = _stat_key(path)
            if old and tuple(old["stat"]) == stats[name]:
                hashes[name] = old["sha256"]
            else:
                # The stat as read, if the file changed since the one above.
                hashes[name], contents[name], stats[name] = _sha256(path)
        except OSError as exc:
            missing = [*missing, Skip(name, 0, f"cannot read the file: {exc.strerror or exc}")]
    files = [p for p in files if str(p) in hashes]

    if (
        previous is not None
        and set(old_files) == set(hashes)
        and all(old_files[n]["sha256"] == h for n, h in hashes.items())
        and manifest.get("missing") == [_plain(s) for s in missing]
        and manifest.get("partition") == partition
        and manifest.get("uploads", []) == sorted(upload_names)
        and (previous / "authors.parquet").is_file()
        and neighbours.has_neighbours(previous)
    ):
        report = BuildReport.from_json((previous / "build_report.json").read_text())
        report.unchanged = True
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    reusable = {n: h for n, h in hashes.items() if n in old_files and old_files[n]["sha256"] == h}
    cached = _read_cached_records(previous, set(old_files), set(reusable))
    tick = progress(len(files)) if progress else None
    parsed: dict[str, ParsedFile] = {}
    to_parse: list[str] = []
    for path in files:
        name = str(path)
        entry = old_files.get(name)
        if cached is not None and name in reusable:
            report = FileReport(**{**entry["report"], "cached": True})
            parsed[name] = ParsedFile(
                report,
                [],
                [Skip(**s) for s in entry["skipped"]],
                [Skip(**s) for s in entry["warnings"]],
                Skip(**entry["file_skip"]) if entry.get("file_skip") else None,
            )
            if tick:
                tick()
        else:
            to_parse.append(name)
    for name, result in _parse_all(to_parse, hashes, contents, taxonomy, workers):
        parsed[name] = result
        if tick:
            tick()
    parsed_files = [parsed[str(p)] for p in files]
    for name in upload_names & parsed.keys():
        parsed[name].report.source = UPLOAD_SOURCE

    shards: dict[int, list[pa.Table]] = {i: [] for i in range(RECORD_SHARDS)}
    for shard, (table, _) in (cached or {}).items():
        shards[shard].append(table)
    fresh_shards = set()
    for name, p in zip(map(str, files), parsed_files, strict=True):
        if p.table is not None:
            shards[record_shard(name)].append(p.table)
            fresh_shards.add(record_shard(name))
    parts = [t for tables in shards.values() for t in tables if t.num_rows]
    records = pa.concat_tables(parts) if parts else RECORDS_SCHEMA.empty_table()
    records = _mark_uploads(records, upload_names)
    papers_arrow, metrics_arrow = collection.papers(records)

    version_dir = (
        out / ".versions" / f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    )
    version_dir.mkdir(parents=True)
    try:
        _write_parquet(papers_arrow, version_dir / "papers.parquet")
        _write_parquet(metrics_arrow, version_dir / "metrics.parquet")
        _write_parquet(authors.authors_table(papers_arrow), version_dir / "authors.parquet")
        neighbours.write(papers_arrow, version_dir, previous)
        (version_dir / "records").mkdir()
        for shard, tables in shards.items():
            target = _shard_path(version_dir, shard)
            # A shard whose files are all unchanged is the same bytes: link, don't write.
            if cached and cached[shard][1] and shard not in fresh_shards:
                with contextlib.suppress(OSError):
                    os.link(_shard_path(previous, shard), target)
                    continue
            _write_parquet(
                pa.concat_tables(tables) if tables else RECORDS_SCHEMA.empty_table(), target
            )
        if partition == "month":
            _write_by_month(papers_arrow, version_dir / "papers")
            _write_by_month(metrics_arrow, version_dir / "metrics")
        report = BuildReport(
            schema_version=SCHEMA_VERSION,
            built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            files_read=len(files),
            files_parsed=sum(not p.report.cached for p in parsed_files),
            files_cached=sum(p.report.cached for p in parsed_files),
            rows=papers_arrow.num_rows,
            distinct_papers=pc.count_distinct(papers_arrow["paper_id"]).as_py(),
            metrics=metrics_arrow.num_rows,
            duplicates_merged=records.num_rows - papers_arrow.num_rows,
            seconds=round(time.perf_counter() - started, 3),
            files=[p.report for p in parsed_files],
            skipped_files=missing + [p.file_skip for p in parsed_files if p.file_skip],
            skipped_rows=[s for p in parsed_files for s in p.skipped],
            warnings=[w for p in parsed_files for w in p.warnings],
        )
        (version_dir / "build_report.json").write_text(report.to_json())
        new_manifest = {
            "schema_version": SCHEMA_VERSION,
            "pipeline": pipeline,
            "missing": [_plain(s) for s in missing],
            "partition": partition,
            "uploads": sorted(upload_names),
            "files": {
                str(path): {
                    "sha256": hashes[str(path)],
                    "stat": list(stats[str(path)]),
                    "report": {**_plain(p.report), "cached": False},
                    "skipped": [_plain(s) for s in p.skipped],
                    "warnings": [_plain(w) for w in p.warnings],
                    "file_skip": _plain(p.file_skip) if p.file_skip else None,
                }
                for path, p in zip(files, parsed_files, strict=True)
            },
        }
        (version_dir / "manifest.json").write_text(json.dumps(new_manifest))
        for child in version_dir.rglob("*"):
            if child.is_file():
                with open(child, "rb") as handle:
                    os.fsync(handle.fileno())
        _fsync_dir(version_dir)
        _publish(out, version_dir)
        _fsync_dir(out)
    except BaseException:
        shutil.rmtree(version_dir, ignore_errors=True)
        raise
    return report


def _mark_uploads(records: pa.Table, upload_names: set[str]) -> pa.Table:
    """``records`` with the source of every row read from an upload set to ``upload``
    (after the cache, which keeps each file's own format)."""
    if not upload_names:
        return records
    uploaded = pc.is_in(records["source_file"], value_set=pa.array(sorted(upload_names)))
    source = pc.if_else(uploaded, UPLOAD_SOURCE, records["source"])
    return records.set_column(records.schema.get_field_index("source"), "source", source)


def _read_manifest(version: Path | None) -> dict:
    if version is None:
        return {}
    try:
        manifest = json.loads((version / "manifest.json").read_text())
    except (OSError, ValueError):
        return {}
    return manifest if manifest.get("schema_version") == SCHEMA_VERSION else {}


#: The parse cache of a version is split by file path into this many Parquet files,
#: so that a rebuild after a few changed files rewrites only their shards and links
#: the rest from the previous version.
RECORD_SHARDS = 16


def record_shard(name: str) -> int:
    """The cache shard of a file's rows (stable across runs, unlike ``hash``)."""
    return zlib.crc32(name.encode("utf-8", "surrogateescape")) % RECORD_SHARDS


def _shard_path(version: Path, shard: int) -> Path:
    return version / "records" / f"part-{shard:02d}.parquet"


def _read_cached_records(
    previous: Path | None, old_names: set[str], reusable: set[str]
) -> dict[int, tuple[pa.Table, bool]] | None:
    """Per shard of the previous version: the rows of the files that are unchanged
    since (``reusable``), and whether that is the whole shard. None when the cache
    cannot be read, so that everything is parsed again."""
    if previous is None or not reusable:
        return None
    by_shard: dict[int, set[str]] = {shard: set() for shard in range(RECORD_SHARDS)}
    for name in old_names:
        by_shard[record_shard(name)].add(name)
    cached = {}
    for shard, names in by_shard.items():
        try:
            table = pq.read_table(_shard_path(previous, shard), schema=RECORDS_SCHEMA)
        except (OSError, pa.ArrowInvalid):
            return None
        whole = names <= reusable
        if not whole:
            # A version holds one content hash per path, so a reusable path's rows
            # are exactly the rows of the content it still has.
            keep = pa.array(sorted(names & reusable), pa.string())
            table = table.filter(pc.is_in(table["source_file"], value_set=keep))
        cached[shard] = (table, whole)
    return cached


# ---------------------------------------------------------------------------
# Load


def load(out_dir: str | os.PathLike[str]) -> Dataset:
    """Read a built dataset. Raises FileNotFoundError when there is none and
    BuildError when it was written under another schema version."""
    out = Path(out_dir)
    version = current_version(out)
    if version is None:
        raise FileNotFoundError(f"no dataset in {out}: run `digest-data build INPUT --out {out}`")
    papers = pq.read_table(version / "papers.parquet")
    stored = (papers.schema.metadata or {}).get(b"digest_data.schema_version", b"0").decode()
    if stored != str(SCHEMA_VERSION):
        raise BuildError(
            f"{out} holds schema version {stored}, this program reads {SCHEMA_VERSION}: rebuild it"
        )
    metrics = pq.read_table(version / "metrics.parquet")
    report = BuildReport.from_json((version / "build_report.json").read_text())
    authors_path = version / "authors.parquet"
    # A dataset built before authors.parquet existed is resolved on loading.
    people = (
        pq.read_table(authors_path) if authors_path.is_file() else authors.authors_table(papers)
    )
    return Dataset(
        papers=_to_pandas(papers),
        metrics=_to_pandas(metrics),
        report=report,
        version=version.name,
        path=out,
        authors=people.to_pandas(),
    )


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    # List columns stay Arrow (ArrowDtype): flattening them for a chart is then a
    # few vector operations instead of one numpy array per row.
    frame = table.to_pandas(
        types_mapper=lambda t: pd.ArrowDtype(t) if pa.types.is_list(t) else None
    )
    if "date" in frame:
        frame["date"] = pd.to_datetime(frame["date"])
    return frame


def is_stale(
    out_dir: str | os.PathLike[str],
    inputs: Iterable[str | os.PathLike[str]],
    taxonomy: str | os.PathLike[str] | None = None,
    uploads: Iterable[str | os.PathLike[str]] = (),
) -> bool:
    """True when the dataset is missing, of another schema or pipeline, or older
    than its inputs (``uploads`` as ``build`` takes them)."""
    version = current_version(Path(out_dir))
    manifest = _read_manifest(version)
    if not manifest or manifest.get("pipeline") != pipeline_key(load_taxonomy(taxonomy)):
        return True
    uploads = list(uploads)
    files, _ = discover([*inputs, *uploads])
    old = manifest["files"]
    # Files the last build could not read are in "missing": not new, not stale.
    unread = {m["file"] for m in manifest.get("missing", [])}
    if set(old) != {str(p) for p in files} - unread:
        return True
    if manifest.get("uploads", []) != sorted(str(p) for p in discover(uploads)[0]):
        return True
    return any(tuple(old[str(p)]["stat"]) != _stat_key(p) for p in files if str(p) in old)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()
