"""Where the dashboard's data lives: the digest folder it reads (the bundled
sample, or ``DIGEST_DATA_DIR``), the uploads folder, and the built dataset, which
is (re)built when missing or older than its inputs."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..store import fetch
from ..store.dataset import BuildReport, build, current_version, is_stale

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "digests"
BUILD_ROOT = ROOT / "build"
ENV_VAR = "DIGEST_DATA_DIR"


@dataclass(frozen=True)
class DataSource:
    """``inputs`` to build from (empty for a dataset built elsewhere) into ``out``."""

    inputs: tuple[Path, ...]
    out: Path
    uploads: Path | None
    label: str


def is_dataset(path: Path) -> bool:
    return current_version(path) is not None or (path / "papers.parquet").is_file()


def source_from_env(env: Mapping[str, str] = os.environ) -> DataSource:
    """The bundled sample by default; ``DIGEST_DATA_DIR`` may name a digest folder
    (built into ``build/datasets/<hash>``), an already built dataset, or a source
    fetched with ``digest-data fetch`` (``hf-daily``, ``map-daily``)."""
    raw = env.get(ENV_VAR, "").strip()
    if not raw:
        uploads = BUILD_ROOT / "uploads"
        return DataSource((SAMPLE, uploads), BUILD_ROOT / "dataset", uploads, "bundled sample")
    if raw in fetch.SOURCES and not Path(raw).exists():
        # A source fetched with `digest-data fetch`, which also builds it.
        return DataSource((), fetch.dataset_dir(raw), None, f"{raw} (fetched)")
    path = Path(raw).expanduser().resolve()
    if is_dataset(path):
        return DataSource((), path, None, str(path))
    key = hashlib.sha1(str(path).encode()).hexdigest()[:12]
    uploads = BUILD_ROOT / "datasets" / key / "uploads"
    return DataSource(
        (path, uploads), BUILD_ROOT / "datasets" / key / "dataset", uploads, str(path)
    )


def needs_build(source: DataSource) -> bool:
    return bool(source.inputs) and is_stale(source.out, _existing(source.inputs))


def ensure_built(source: DataSource, force: bool = False) -> BuildReport | None:
    """Build the dataset when it is missing or stale; None when nothing was built."""
    if not source.inputs or not (force or needs_build(source)):
        return None
    return build(_existing(source.inputs), source.out)


def _existing(inputs: tuple[Path, ...]) -> list[Path]:
    # The uploads folder exists only after a first upload.
    return [p for p in inputs if p.exists()] or list(inputs[:1])
