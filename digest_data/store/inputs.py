"""The build's inputs: digest files found under the given paths, and each one's
content hash read while the file stood still."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DIGEST_SUFFIXES = (".md", ".markdown", ".txt")
#: Reads of a file that changes while it is read before the build skips it.
READ_TRIES = 3


@dataclass(frozen=True)
class Skip:
    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        # Line 0 is the whole file: no line number to name.
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"


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


def stat_key(path: Path) -> tuple[int, int]:
    """(size, mtime in ns): a file whose key is unchanged is taken as unchanged."""
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def sha256_still(path: Path) -> tuple[str, bytes, tuple[int, int]]:
    """The hash, bytes and (size, mtime) of ``path`` as it stood still: the same
    size and mtime before and after the read, and as many bytes as that size. A
    file rewritten meanwhile is read again, and after READ_TRIES reads raises OSError."""
    for attempt in range(READ_TRIES):
        before = stat_key(path)
        data = path.read_bytes()
        if stat_key(path) == before and len(data) == before[0]:
            return hashlib.sha256(data).hexdigest(), data, before
        time.sleep(0.05 * (attempt + 1))
    raise OSError(0, "it kept changing while it was read")
