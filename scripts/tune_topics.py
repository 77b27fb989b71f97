"""Fit the topic calibration with whole months held out and print what it scores.

    .venv/bin/python scripts/tune_topics.py [--labels tests/data/labels.jsonl] [--write]

Prints, for each month, the calibration fit on the other months and its score on
that month; the pooled held-out score; the shipped calibration's in-sample score;
and the calibration fit on all months. ``--write`` stores that last one as
``digest_data/enrich/topic_calibration.json``, and the labelled papers whose votes it
weighs as ``topic_neighbours.json`` (bump ``TOPICS_VERSION`` with them)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import tempfile
from pathlib import Path

from digest_data.analyse.evaluate import read_labels
from digest_data.analyse.topic_holdout import (
    fit_on,
    lead_rows,
    month_held_out,
    neighbour_votes,
    ranked_rows,
    score,
    word_rows,
)
from digest_data.enrich.topic_neighbours import NEIGHBOURS_FILE, neighbours_data
from digest_data.enrich.topics import CALIBRATION, CALIBRATION_FILE, load_taxonomy

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests/data/labels.jsonl"
SHIPPED = ROOT / "digest_data/enrich" / CALIBRATION_FILE
SHIPPED_NEIGHBOURS = ROOT / "digest_data/enrich" / NEIGHBOURS_FILE


def line(name: str, s) -> str:
    return (
        f"{name:<28} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  topics 1/2/3: "
        f"{s.one_share:.0%}/{s.two_share:.0%}/{s.three_share:.0%} ({s.papers} papers)"
    )


def write_json(data: dict, path: Path) -> None:
    """``data`` as JSON, replacing ``path`` atomically."""
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as out:
        if path == SHIPPED:
            json.dump(data, out, indent=2)
        else:
            json.dump(data, out, sort_keys=True, separators=(",", ":"))
        out.write("\n")
    os.replace(out.name, path)


def write(cal, rows: list[dict], labels: Path) -> None:
    """The calibration and the labelled papers that vote, replacing the shipped files."""
    write_json(
        {
            **dataclasses.asdict(cal),
            "fit_on": f"{labels.name}, {len(rows)} papers",
            "by": "scripts/tune_topics.py --write",
        },
        SHIPPED,
    )
    write_json(neighbours_data(word_rows(rows), [r["topics"] for r in rows]), SHIPPED_NEIGHBOURS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--write", action="store_true", help=f"write {SHIPPED.name}")
    args = parser.parse_args()
    rows = read_labels(args.labels)
    taxonomy = load_taxonomy()
    per_month, pooled = month_held_out(rows, taxonomy)
    for month, (cal, s) in per_month.items():
        print(line(f"{month} held out", s), f"  fit on the others: {cal}")
    print(line("pooled, months held out", pooled))
    gold = [r["topics"] for r in rows]
    # each paper's neighbours are the other labelled papers, as when it was fit (the
    # build's own neighbours include it: scored that way it would vote for itself)
    everyone = list(range(len(rows)))
    loo = neighbour_votes(word_rows(rows), gold, everyone, [])
    votes = [loo[i] for i in everyone]
    shipped = score(
        ranked_rows(rows, taxonomy), gold, CALIBRATION, votes, lead_rows(rows, taxonomy)
    )
    print(line("shipped, in sample", shipped))
    fitted = fit_on(rows, taxonomy)
    print("fit on all months:", fitted)
    if args.write:
        write(fitted, rows, args.labels)
        print("written to", SHIPPED, "and", SHIPPED_NEIGHBOURS)


if __name__ == "__main__":
    main()
