"""Read a built dataset (``load``) and tell whether it is behind its inputs
(``is_stale``). The build that writes it is in ``dataset``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..enrich.topics import load_taxonomy
from ..schema import SCHEMA_VERSION
from . import authors
from .dataset import pipeline_key
from .inputs import discover, stat_key
from .report import BuildReport
from .versions import BuildError, current_version, read_manifest, version_path


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


def load(out_dir: str | os.PathLike[str], version: str | None = None) -> Dataset:
    """Read a built dataset: its current version, or ``version`` (a
    ``Dataset.version``). Raises FileNotFoundError when there is none (or that
    version is gone) and BuildError when it was written under another schema
    version."""
    out = Path(out_dir)
    if version is not None:
        folder: Path | None = version_path(out, version)
        if not (folder / "papers.parquet").is_file():
            raise FileNotFoundError(f"no version {version} of the dataset in {out}")
    else:
        folder = current_version(out)
    if folder is None:
        raise FileNotFoundError(f"no dataset in {out}: run `digest-data build INPUT --out {out}`")
    papers = pq.read_table(folder / "papers.parquet")
    stored = (papers.schema.metadata or {}).get(b"digest_data.schema_version", b"0").decode()
    if stored != str(SCHEMA_VERSION):
        raise BuildError(
            f"{out} holds schema version {stored}, this program reads {SCHEMA_VERSION}: rebuild it"
        )
    metrics = pq.read_table(folder / "metrics.parquet")
    report = BuildReport.from_json((folder / "build_report.json").read_text())
    authors_path = folder / "authors.parquet"
    # A dataset built before authors.parquet existed is resolved on loading.
    people = (
        pq.read_table(authors_path) if authors_path.is_file() else authors.authors_table(papers)
    )
    return Dataset(
        papers=_to_pandas(papers),
        metrics=_to_pandas(metrics),
        report=report,
        version=folder.name,
        path=out,
        authors=people.to_pandas(),
    )


#: The columns of the papers a paper's words come from (the Trends page's terms).
TEXT_COLUMNS = ["paper_id", "date", "title", "summary"]


def load_paper_text(out_dir: str | os.PathLike[str], version: str) -> pd.DataFrame | None:
    """The papers' ``TEXT_COLUMNS`` of dataset ``version`` (``Dataset.version``) in
    ``out_dir``, as ``load`` gives them, read alone (a third of the memory of the
    whole dataset); ``None`` when that version is gone."""
    path = version_path(Path(out_dir), version) / "papers.parquet"
    if not path.is_file():
        return None
    return _to_pandas(pq.read_table(path, columns=TEXT_COLUMNS))


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
    manifest = read_manifest(version)
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
    return any(tuple(old[str(p)]["stat"]) != stat_key(p) for p in files if str(p) in old)
