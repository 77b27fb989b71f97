"""Dump what parsing and enrichment make of every file of some folders, so that two
versions of the code can be compared record for record.

A speed change must not change any output. Run this on the old code, then on the
new, and compare the two dumps:

    .venv/bin/python scripts/check_same_outputs.py dump OUT.jsonl.gz FOLDER...
    .venv/bin/python scripts/check_same_outputs.py compare OLD.jsonl.gz NEW.jsonl.gz

``pin`` writes what enrichment makes of the hand-labelled papers' real text
(``tests/data/labels.jsonl``) to ``tests/data/enrich_pinned.jsonl``, which
``tests/test_same_outputs.py`` holds the code to; rewrite it only when an output
is meant to change (and bump ``ENRICH_VERSION`` then).

Each line of a dump is one file (its path relative to its folder): the source
family, the file error, every skipped row and warning, and every record as the
build's ``parse_file`` leaves it (title, authors, dates, links, topics, each metric
with all its fields and canonical ids, the title key), with floats written by
``repr`` so that no digit is lost. ``compare`` prints the first differences and
exits 1 when there are any.

``dump --cpu`` also prints the CPU seconds spent in ``parse_digest`` and in
``enrich_records`` (single process, ``time.process_time``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

from digest_data.enrich.records import enrich_records
from digest_data.enrich.topics import load_taxonomy
from digest_data.read import formats
from digest_data.read.normalise import DecodeError, decode_bytes, normalise_title


def _plain(value: Any) -> Any:
    """``value`` as JSON can hold it without losing anything (floats by ``repr``)."""
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | bool):
        return value
    return {type(value).__name__: str(value)}


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def dump(out: Path, folders: list[Path], cpu: bool) -> None:
    taxonomy = load_taxonomy()
    parse_s = enrich_s = 0.0
    files = papers = 0
    with gzip.open(out, "wt", encoding="utf-8") as sink:
        for folder in folders:
            for path in _files(folder):
                name = f"{folder.name}/{path.relative_to(folder)}"
                entry: dict[str, Any] = {"file": name}
                try:
                    decoded = decode_bytes(path.read_bytes())
                except DecodeError as exc:
                    entry["decode_error"] = str(exc)
                    sink.write(json.dumps(entry, sort_keys=True) + "\n")
                    continue
                t0 = time.process_time()
                result = formats.parse_digest(decoded.text, name)
                t1 = time.process_time()
                records = enrich_records(result.records, taxonomy)
                t2 = time.process_time()
                parse_s, enrich_s = parse_s + t1 - t0, enrich_s + t2 - t1
                files, papers = files + 1, papers + len(records)
                for record in records:
                    record["_title_key"] = normalise_title(record["title"])
                entry.update(
                    source=result.source,
                    file_error=result.file_error,
                    skipped=[(p.line, p.message) for p in result.skipped],
                    warnings=[(p.line, p.message) for p in result.warnings],
                    records=_plain(records),
                )
                sink.write(json.dumps(entry, sort_keys=True) + "\n")
    print(f"{files} files, {papers} records -> {out}")
    if cpu:
        total = parse_s + enrich_s
        print(
            f"CPU s: parse_digest {parse_s:.2f}, enrich_records {enrich_s:.2f}, "
            f"together {total:.2f} ({1000 * total / max(papers, 1):.3f} ms per paper)"
        )


def compare(old: Path, new: Path, show: int = 10) -> int:
    """The number of files whose entries differ (a missing file counts)."""
    with gzip.open(old, "rt", encoding="utf-8") as a, gzip.open(new, "rt", encoding="utf-8") as b:
        left = {json.loads(line)["file"]: line for line in a}
        right = {json.loads(line)["file"]: line for line in b}
    differ = sorted(f for f in left.keys() | right.keys() if left.get(f) != right.get(f))
    for name in differ[:show]:
        print(f"differs: {name}")
        if name in left and name in right:
            _first_record_difference(json.loads(left[name]), json.loads(right[name]))
    print(f"{len(left)} files before, {len(right)} after, {len(differ)} differ")
    return len(differ)


def _first_record_difference(old: dict, new: dict) -> None:
    for key in sorted(old.keys() | new.keys()):
        if key != "records" and old.get(key) != new.get(key):
            print(f"  {key}: {old.get(key)!r:.300} -> {new.get(key)!r:.300}")
    for i, (a, b) in enumerate(zip(old.get("records", []), new.get("records", []), strict=False)):
        if a != b:
            for field in sorted(a.keys() | b.keys()):
                if a.get(field) != b.get(field):
                    print(
                        f"  record {i} {field}: {a.get(field)!r:.500}\n    -> {b.get(field)!r:.500}"
                    )
            return


ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "labels.jsonl"
PINNED = ROOT / "tests" / "data" / "enrich_pinned.jsonl"


def enriched_labels(labels: Path = LABELS) -> list[dict[str, Any]]:
    """Each labelled paper's place, topics and metrics as ``enrich_records`` gives
    them (JSON writes floats by ``repr``, so they read back exactly)."""
    rows = [json.loads(line) for line in labels.read_text("utf-8").splitlines() if line.strip()]
    records = [{k: row.get(k) for k in ("title", "summary", "comments")} for row in rows]
    enrich_records(records, load_taxonomy())
    return [
        {
            "file": row["file"],
            "line": row["line"],
            "topics": record["topics"],
            "metrics": record["_metrics"],
        }
        for row, record in zip(rows, records, strict=True)
    ]


def pin(out: Path = PINNED) -> None:
    lines = [json.dumps(entry, sort_keys=True, ensure_ascii=False) for entry in enriched_labels()]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} labelled papers -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("folders", type=Path, nargs="+")
    d.add_argument("--cpu", action="store_true")
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    sub.add_parser("pin")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.folders, args.cpu)
    elif args.command == "pin":
        pin()
    else:
        sys.exit(1 if compare(args.old, args.new) else 0)


if __name__ == "__main__":
    main()
