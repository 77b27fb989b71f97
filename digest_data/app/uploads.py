"""Digest files uploaded through the dashboard: limits, validation and safe names.

Uploads are saved under their own folder, never beside the bundled sample, under a
name reduced to a safe base name, and built as their own source (``upload``). All
uploads together stay within a budget of files, bytes and table rows, and a
deployment can turn uploads off (``DIGEST_UPLOADS=off``)."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex as re

from ..read.normalise import DecodeError, decode_bytes
from ..store.dataset import DIGEST_SUFFIXES

MAX_FILES = 50
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 20 * 1024 * 1024
#: All saved uploads together, whoever sent them and in how many clicks.
BUDGET_FILES = 200
BUDGET_BYTES = 50 * 1024 * 1024
BUDGET_ROWS = 50_000
#: Bytes Streamlit may hold in memory for the uploaders of all sessions together
#: (files sent but not yet saved, including requests sent straight to the endpoint).
MEMORY_BYTES = 200 * 1024 * 1024
#: The setting (environment variable or Streamlit secret) that turns uploads off.
SETTING = "DIGEST_UPLOADS"
_OFF = ("off", "0", "false", "no")


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


@dataclass(frozen=True)
class Stored:
    """An upload saved earlier: its file name, size and table rows."""

    name: str
    bytes: int
    rows: int


@dataclass(frozen=True)
class Verdict:
    """What happens to one uploaded file: saved as ``name`` or refused with ``reason``."""

    original: str
    name: str | None
    reason: str | None = None


#: UTF-8 bytes of a saved name (file systems allow 255).
NAME_BYTES = 200


def safe_name(name: str) -> str | None:
    """The file's base name with only letters and digits of any script, ``.``,
    ``-`` and ``_`` (``upload`` when none is left), cut to NAME_BYTES with its
    extension kept; None when the extension is not a digest's."""
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    suffix = next((s for s in DIGEST_SUFFIXES if base.lower().endswith(s)), None)
    if suffix is None:
        return None
    stem = re.sub(r"[^\p{L}\p{N}._-]+", "_", base[: -len(suffix)]).lstrip(".-_")
    stem = stem.encode()[: NAME_BYTES - len(suffix)].decode(errors="ignore") or "upload"
    return stem + suffix.lower()


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


def enabled(env: Mapping[str, str], secrets: Mapping[str, object]) -> bool:
    """Whether visitors may upload: on unless ``DIGEST_UPLOADS`` is off, 0, false
    or no (the environment variable wins over the Streamlit secret)."""
    value = env.get(SETTING)
    if value is None:
        value = secrets.get(SETTING, "on")
    return str(value).strip().lower() not in _OFF


def table_rows(data: bytes) -> int:
    """An upper bound of the table rows a digest holds, without parsing it: lines
    with a pipe, less a header and a separator line per table."""
    text = decode_bytes(data).text
    piped = [line for line in text.splitlines() if "|" in line]
    separators = sum(1 for line in piped if _SEPARATOR.match(line))
    return max(0, len(piped) - 2 * separators)


_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}")


def stored(folder: Path | None) -> list[Stored]:
    """The uploads saved in ``folder``, by name."""
    found = []
    for name in sorted(taken(folder)):
        try:
            data = (folder / name).read_bytes()  # type: ignore[operator]
        except OSError:  # removed meanwhile
            continue
        try:
            rows = table_rows(data)
        except DecodeError:
            rows = 0
        found.append(Stored(name, len(data), rows))
    return found


def remove(folder: Path, names: Iterable[str]) -> list[str]:
    """Delete the saved uploads called ``names`` (nothing outside ``folder``: a
    name that is not a saved upload's is ignored); returns the names removed."""
    saved = taken(folder)
    removed = []
    for name in names:
        if name in saved:
            (folder / name).unlink(missing_ok=True)
            removed.append(name)
    return removed


def size_text(n: int) -> str:
    """``n`` bytes in words: "8,655 bytes", "12.3 MB"."""
    return f"{n / 2**20:,.1f} MB".replace(".0 MB", " MB") if n >= 2**20 else f"{n:,} bytes"


def over_budget(stored: Sequence[Stored], data: bytes, rows: int) -> str | None:
    """Why ``data`` (with ``rows`` table rows) does not fit beside the ``stored``
    uploads, or None when it does."""
    if len(stored) + 1 > BUDGET_FILES:
        return f"all uploads together may hold {BUDGET_FILES:,} files"
    if sum(s.bytes for s in stored) + len(data) > BUDGET_BYTES:
        return f"all uploads together may hold {size_text(BUDGET_BYTES)}"
    if sum(s.rows for s in stored) + rows > BUDGET_ROWS:
        return f"all uploads together may hold {BUDGET_ROWS:,} table rows"
    return None


def check(uploads: list[Upload], existing: Sequence[Stored] = ()) -> list[Verdict]:
    """A verdict for each upload: count, per-file and total size limits, allowed
    extensions, text content, and the budget for all uploads together (the
    ``existing`` ones and those accepted before in this batch). Files past a
    limit are refused, not truncated; a name already taken gets a number added."""
    verdicts: list[Verdict] = []
    total = 0
    kept = list(existing)
    used = {s.name for s in existing}
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
                rows = table_rows(upload.data)
            except DecodeError as exc:
                reason = str(exc)
            else:
                reason = over_budget(kept, upload.data, rows)
        if reason is None:
            assert name is not None
            candidate = free_name(name, used)
            used.add(candidate)
            kept.append(Stored(candidate, len(upload.data), rows))
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
