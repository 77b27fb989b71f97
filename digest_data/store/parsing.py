"""One digest file's bytes in, its enriched records out (pure apart from the
worker set-up): the parse stage's per-file work, on this process or a worker."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import signal
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa
import regex as re

from ..enrich.records import enrich_records
from ..enrich.topics import Taxonomy
from ..read import formats
from ..read.normalise import DecodeError, decode_bytes, normalise_title
from .collection import records_table
from .inputs import Skip


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
        return file_failure(path, sha, str(exc))
    if not decoded.text.strip():
        return file_failure(path, sha, "empty file")
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
        error = _no_date(path)
    if error:
        file_skip = Skip(path, 0, error)
    records = enrich_records(result.records, taxonomy)
    for record in records:
        record["_title_key"] = normalise_title(record["title"])
        record["_sha"] = sha
    report = FileReport(path, sha, result.source, len(records), len(skipped), False, error)
    return ParsedFile(report, records, skipped, warnings, file_skip)


_DATE_SHAPED = re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)")


def _no_date(path: str) -> str:
    """Why a file has no date: none in a heading, and none, or an impossible one
    ("2024-13-45.md"), in its path."""
    for shaped in reversed(_DATE_SHAPED.findall(str(path))):
        try:
            dt.date(*map(int, shaped.split("-")))
        except ValueError:
            return f"no date in any heading, and {shaped} in the file path is no real date"
    return "no date in any heading or in the file path"


def file_failure(path: str, sha: str, reason: str) -> ParsedFile:
    return ParsedFile(
        FileReport(path, sha, None, 0, 0, False, reason), [], [], [], Skip(path, 0, reason)
    )


#: The taxonomy of a parse worker's build, sent once instead of with every file.
_WORKER_TAXONOMY: Taxonomy | None = None


def start_worker(taxonomy: Taxonomy) -> None:
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


def parse_path(name: str, sha: str) -> ParsedFile:
    """A worker's parse of the file ``name``, which the build hashed as ``sha``."""
    assert _WORKER_TAXONOMY is not None, "runs in a worker started by start_worker"
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        return file_failure(name, sha, f"cannot read the file: {exc.strerror or exc}")
    if hashlib.sha256(data).hexdigest() != sha:  # rewritten since the build hashed it
        return file_failure(name, sha, "cannot read the file: it changed during the build")
    return parse_file(name, data, sha, _WORKER_TAXONOMY).tabled()
