"""Digest files uploaded through the dashboard: limits, validation and safe names.

Uploads are saved under their own folder, never beside the bundled sample, under a
name reduced to a safe base name."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex as re

from ..read.normalise import DecodeError, decode_bytes
from ..store.dataset import DIGEST_SUFFIXES

MAX_FILES = 50
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


@dataclass(frozen=True)
class Verdict:
    """What happens to one uploaded file: saved as ``name`` or refused with ``reason``."""

    original: str
    name: str | None
    reason: str | None = None


def safe_name(name: str) -> str | None:
    """The file's base name with only letters, digits, ``.``, ``-`` and ``_``; None
    when nothing usable is left or the extension is not a digest's."""
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".-_")[:120]
    if not base or not base.lower().endswith(DIGEST_SUFFIXES):
        return None
    return base


def taken(folder: Path | None) -> set[str]:
    """The names already saved in the uploads ``folder``."""
    if folder is None or not folder.is_dir():
        return set()
    return {p.name for p in folder.iterdir() if not p.name.startswith(".")}


def free_name(name: str, used: set[str]) -> str:
    """``name``, or ``stem-2.ext``, ``stem-3.ext``, ... when it is in ``used``: an
    upload never replaces another visitor's file of the same name."""
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}"
    return candidate


def check(uploads: list[Upload], existing: set[str] = frozenset()) -> list[Verdict]:
    """A verdict for each upload: count, per-file and total size limits, allowed
    extensions, text content. Files past a limit are refused, not truncated; a
    name already in ``existing`` (or earlier in the batch) gets a number added."""
    verdicts: list[Verdict] = []
    total = 0
    used = set(existing)
    for index, upload in enumerate(uploads):
        name = safe_name(upload.name)
        reason = None
        if index >= MAX_FILES:
            reason = f"more than {MAX_FILES} files in one upload"
        elif name is None:
            reason = f"not a digest file (allowed: {', '.join(DIGEST_SUFFIXES)})"
        elif len(upload.data) > MAX_FILE_BYTES:
            reason = f"larger than {MAX_FILE_BYTES // 2**20} MB"
        elif total + len(upload.data) > MAX_TOTAL_BYTES:
            reason = f"the upload would exceed {MAX_TOTAL_BYTES // 2**20} MB in total"
        else:
            try:
                decode_bytes(upload.data)
            except DecodeError as exc:
                reason = str(exc)
        if reason is None:
            assert name is not None
            candidate = free_name(name, used)
            used.add(candidate)
            total += len(upload.data)
            verdicts.append(Verdict(upload.name, candidate))
        else:
            verdicts.append(Verdict(upload.name, None, reason))
    return verdicts


def save(uploads: list[Upload], verdicts: list[Verdict], folder: Path) -> list[Path]:
    """Write the accepted uploads into ``folder`` atomically (temporary file, then
    a hard link that fails rather than replace a file another session saved
    meanwhile, in which case the next free name is used); returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for upload, verdict in zip(uploads, verdicts, strict=True):
        if verdict.name is None:
            continue
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(upload.data)
            written.append(_link_free(Path(tmp), folder, verdict.name))
        finally:
            Path(tmp).unlink(missing_ok=True)
    return written


def _link_free(tmp: Path, folder: Path, name: str) -> Path:
    while True:
        target = folder / free_name(name, taken(folder))
        try:
            os.link(tmp, target)
        except FileExistsError:
            continue
        return target
