"""Where the dashboard's data lives: the digest folder it reads (the bundled
sample, or ``DIGEST_DATA_DIR``), the uploads folder, and the built dataset, which
is (re)built when missing or older than its inputs."""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..store import fetch
from ..store.dataset import (
    DIGEST_SUFFIXES,
    BuildError,
    BuildLocked,
    build,
    current_version,
)
from ..store.load import is_stale
from ..store.report import BuildReport
from .safe import markdown_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "digests"
BUILD_ROOT = ROOT / "build"
ENV_VAR = "DIGEST_DATA_DIR"
#: Seconds a page waits for another build of its dataset before it shows the last
#: good one; with no dataset yet there is nothing else to show, so it waits longer.
PAGE_LOCK_SECONDS = 2.0
FIRST_BUILD_LOCK_SECONDS = 600.0
#: A folder with more digest files or bytes than this, or more than
#: ENTRIES_PER_FILE files and folders of any kind per accepted digest file, is not
#: built on a first start unless MAX_FILES_VAR says how many files to accept.
#: DIGEST_DATA_DIR=/ once read 20,833 files from across the system; here / holds
#: 14,841 .md/.txt files (322 MB, as many as the 250k-paper benchmark) among
#: 236,000 entries, while a digest collection is mostly digest files.
MAX_INPUT_FILES = 20_000
MAX_INPUT_BYTES = 2 * 1024**3
ENTRIES_PER_FILE = 5
MAX_FILES_VAR = "DIGEST_MAX_FILES"
#: Seconds a failed build is remembered before a page view tries again: with a
#: full disk, every view would otherwise parse the changed files again and fail.
RETRY_SECONDS = 30.0
_FAILED: dict[DataSource, tuple[float, BuildError]] = {}


@dataclass(frozen=True)
class DataSource:
    """``inputs`` to build from (empty for a dataset built elsewhere) into ``out``,
    with the visitors' ``uploads`` as their own source."""

    inputs: tuple[Path, ...]
    out: Path
    uploads: Path | None
    label: str
    max_files: int = MAX_INPUT_FILES


def path_shower(source: DataSource, files: Iterable[str]) -> Callable[[str], str]:
    """How a visitor sees a digest file's path: under the digest or uploads folder
    that holds it, named by that folder (``digests/hf-daily/2024-09-05.md``); for a
    dataset built elsewhere, under the folder all its ``files`` share. Never the
    server's full path, which one shared dashboard must not show every visitor."""
    roots = [*source.inputs, *([source.uploads] if source.uploads else [])]
    if not roots and (built := [Path(f) for f in files]):
        common = Path(os.path.commonpath(built))
        roots = [common.parent if common in built else common]

    def shown(path: str) -> str:
        file = Path(path)
        for folder in roots:
            if file.is_relative_to(folder):
                return str(Path(folder.name) / file.relative_to(folder))
        return file.name

    return shown


def is_dataset(path: Path) -> bool:
    return current_version(path) is not None or (path / "papers.parquet").is_file()


def source_from_env(env: Mapping[str, str] = os.environ) -> DataSource:
    """The bundled sample by default; ``DIGEST_DATA_DIR`` may name a digest folder
    (built into ``build/datasets/<hash>``), an already built dataset, or a source
    fetched with ``digest-data fetch`` (``hf-daily``, ``map-daily``)."""
    raw = env.get(ENV_VAR, "").strip()
    if not raw:
        uploads = BUILD_ROOT / "uploads"
        return DataSource((SAMPLE,), BUILD_ROOT / "dataset", uploads, "bundled sample")
    if raw in fetch.SOURCES and not Path(raw).exists():
        # A source fetched with `digest-data fetch`, which also builds it.
        return DataSource((), fetch.dataset_dir(raw), None, f"{raw} (fetched)")
    path = Path(raw).expanduser().resolve()
    if is_dataset(path):
        return DataSource((), path, None, path.name)
    key = hashlib.sha1(str(path).encode()).hexdigest()[:12]
    uploads = BUILD_ROOT / "datasets" / key / "uploads"
    confirmed = env.get(MAX_FILES_VAR, "").strip()
    limit = int(confirmed) if confirmed.isdigit() else MAX_INPUT_FILES
    out = BUILD_ROOT / "datasets" / key / "dataset"
    return DataSource((path,), out, uploads, path.name, limit)


def too_large(folder: Path, max_files: int) -> str | None:
    """Why ``folder`` is too large to build without confirmation, or None: more
    than ``max_files`` digest files or MAX_INPUT_BYTES of them. Stops counting
    as soon as it knows."""
    files = size = entries = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        entries += len(dirs) + len(names)
        for name in names:
            if name.lower().endswith(DIGEST_SUFFIXES) and not name.startswith("."):
                files += 1
                try:
                    size += os.stat(os.path.join(root, name)).st_size
                except OSError:
                    continue
        if files > max_files:
            return f"more than {max_files:,} digest files"
        if size > MAX_INPUT_BYTES:
            return f"more than {MAX_INPUT_BYTES // 1024**3} GB of digest files"
        if entries > ENTRIES_PER_FILE * max_files:
            return f"more than {ENTRIES_PER_FILE * max_files:,} files and folders"
    return None


def needs_build(source: DataSource) -> bool:
    return bool(source.inputs) and is_stale(
        source.out, _existing(source.inputs), uploads=_uploads(source)
    )


def ensure_built(
    source: DataSource, force: bool = False, retry: bool = False
) -> BuildReport | None:
    """Build the dataset when it is missing or stale; None when nothing was built.
    A build that failed less than RETRY_SECONDS ago fails again without running,
    unless ``retry`` (someone asked for this build) or ``force``."""
    if not source.inputs or not (force or needs_build(source)):
        return None
    failed = _FAILED.get(source)
    if failed and not (force or retry) and time.monotonic() - failed[0] < RETRY_SECONDS:
        raise failed[1]
    try:
        report = _build(source)
    except BuildError as exc:
        _FAILED[source] = (time.monotonic(), exc)
        raise
    _FAILED.pop(source, None)
    return report


def _build(source: DataSource) -> BuildReport:
    if not is_dataset(source.out):
        for folder in (p for p in source.inputs if p.is_dir()):
            if reason := too_large(folder, source.max_files):
                raise BuildError(
                    f"{folder} holds {reason}: not built, as it does not look like a "
                    f"digest collection; set {MAX_FILES_VAR}=N to accept N files"
                )
    wait = PAGE_LOCK_SECONDS if is_dataset(source.out) else FIRST_BUILD_LOCK_SECONDS
    return build(_existing(source.inputs), source.out, uploads=_uploads(source), lock_timeout=wait)


def failure_notice(error: Exception, source: DataSource) -> str:
    """Why a build failed, in words a visitor may read: the cause without the
    server's paths (the dataset and digest folders by name, others by base name)."""
    if isinstance(error, BuildLocked):
        return "another build is running"
    cause = error.__cause__ if isinstance(error.__cause__, OSError) else error
    if isinstance(cause, OSError) and cause.errno:
        return os.strerror(cause.errno)
    text = str(error)
    named = {str(source.out): "the dataset folder"}
    named.update({str(p): "the digest folder" for p in source.inputs})
    if source.uploads is not None:
        named[str(source.uploads)] = "the uploads folder"
    for path in sorted(named, key=len, reverse=True):
        text = text.replace(path, named[path])
    return re.sub(r"(?:/[^/\s:;,()]+)+/([^/\s:;,()]+)", r"\1", text)


def rebuild(source: DataSource, done: str, force: bool = False) -> tuple[str, str]:
    """Rebuild ``source`` for a visitor: ``("success", what changed)`` or
    ``("error", why, the last good build staying)``, in Markdown, with no server path."""
    try:
        report = ensure_built(source, force=force, retry=True)
    except (BuildError, OSError) as exc:
        reason = failure_notice(exc, source)
        return "error", markdown_text(f"The rebuild failed ({reason}); the last good build stays.")
    rows = f"{report.rows:,} rows now." if report else "nothing changed."
    return "success", f"{done}; {rows}"


def _existing(inputs: tuple[Path, ...]) -> list[Path]:
    return [p for p in inputs if p.exists()] or list(inputs[:1])


def _uploads(source: DataSource) -> list[Path]:
    # The uploads folder exists only after a first upload.
    return [source.uploads] if source.uploads is not None and source.uploads.exists() else []
