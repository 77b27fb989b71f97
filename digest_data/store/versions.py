"""The output folder: its lock, its version folders and the swap of ``current``.

A build writes a new version folder completely, then points ``current`` at it in
one ``rename``; a build that is killed or fails leaves the last good version in
place."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from ..schema import SCHEMA_VERSION

OUTPUT_FILES = ("papers.parquet", "metrics.parquet", "authors.parquet", "build_report.json")
#: With ``partition="month"``: the same tables as hive-style folders, papers/month=YYYY-MM/.
PARTITION_DIRS = ("papers", "metrics")
#: Each paper's most alike papers (written by ``neighbours``).
NEIGHBOURS_FILE = "neighbours.parquet"
#: Linked at the top like the rest when the version has them.
OPTIONAL_FILES = (NEIGHBOURS_FILE,)
KEEP_VERSIONS = 2


class BuildError(RuntimeError):
    """A build that could not run at all (no inputs, output not writable, locked)."""


class BuildLocked(BuildError):
    """Another build held the output folder's lock for longer than the wait."""


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


def version_path(out_dir: Path, name: str = "") -> Path:
    """The folder of version ``name`` (``Dataset.version``) in ``out_dir``; the
    folder of all versions without a name."""
    return out_dir / ".versions" / name


def new_version_dir(out_dir: Path) -> Path:
    """A new, empty version folder (named by time, then at random)."""
    folder = version_path(
        out_dir, f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    )
    folder.mkdir(parents=True)
    return folder


def link_or_false(source: Path, target: Path) -> bool:
    """Hard-link ``source`` (a file of an earlier version, never written again) as
    ``target``; False when the file system cannot, so the caller writes it."""
    try:
        os.link(source, target)
    except OSError:
        return False
    return True


def sync_and_publish(out_dir: Path, version_dir: Path) -> None:
    """Flush every file of ``version_dir`` to disk, then make it ``current``."""
    for child in version_dir.rglob("*"):
        if child.is_file():
            with open(child, "rb") as handle:
                os.fsync(handle.fileno())
    fsync_dir(version_dir)
    publish(out_dir, version_dir)
    fsync_dir(out_dir)


def publish(out_dir: Path, version_dir: Path) -> None:
    """Point ``current`` at the new version in one rename, then tidy old versions."""
    tmp_link = out_dir / f".current-{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(version_dir, out_dir), tmp_link)
    os.replace(tmp_link, out_dir / "current")
    for name in OUTPUT_FILES + PARTITION_DIRS + OPTIONAL_FILES:
        link = out_dir / name
        if name not in OUTPUT_FILES and not (version_dir / name).exists():
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
    folders = [p for p in version_path(out_dir).iterdir() if p.is_dir() and p != version_dir]
    for partial in (p for p in folders if not (p / "manifest.json").is_file()):
        shutil.rmtree(partial, ignore_errors=True)
    versions = sorted(
        [p for p in folders if (p / "manifest.json").is_file()] + [version_dir],
        key=lambda p: p.stat().st_mtime,
    )
    for old in versions[:-KEEP_VERSIONS]:
        if old != version_dir:
            shutil.rmtree(old, ignore_errors=True)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_manifest(version: Path | None) -> dict:
    """The manifest of a version folder; empty when there is none, it cannot be
    read, or it was written under another schema version."""
    if version is None:
        return {}
    try:
        manifest = json.loads((version / "manifest.json").read_text())
    except (OSError, ValueError):
        return {}
    return manifest if manifest.get("schema_version") == SCHEMA_VERSION else {}
