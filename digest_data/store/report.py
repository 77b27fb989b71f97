"""What a build did: ``BuildReport``, written to ``build_report.json`` beside the
tables, and the one-level dict of a dataclass that the report and the manifest use."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .inputs import Skip
from .parsing import FileReport


def plain(obj: object) -> dict:
    """A dataclass's fields as a dict, one level deep (``asdict`` deep-copies every
    value, and even ``fields()`` per object was a tenth of a one-file rebuild at
    thousands of files; these dataclasses hold nothing but their fields)."""
    return dict(vars(obj))


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
        data = plain(self)
        for key in ("files", "skipped_files", "skipped_rows", "warnings"):
            data[key] = [plain(item) for item in data[key]]
        # No indent: the indenting encoder is pure Python and slow at thousands of files.
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BuildReport:
        data = json.loads(text)
        for key in ("skipped_files", "skipped_rows", "warnings"):
            data[key] = [Skip(**s) for s in data.get(key, [])]
        data["files"] = [FileReport(**f) for f in data.get("files", [])]
        return cls(**data)
