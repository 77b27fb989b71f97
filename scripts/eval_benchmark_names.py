"""Score ``digest_data.canonical_benchmark`` on the labelled benchmark strings
(tests/data/benchmark_names.jsonl): all months, the tuning months (Sep-Nov 2024)
and the held-out month (Dec 2024); then each 2025 probe of
tests/data/benchmark_names_2025.jsonl on its own (its labels' group names are its
writer's). Run: .venv/bin/python scripts/eval_benchmark_names.py"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from digest_data import canonical_benchmark
from digest_data.analyse.name_scores import name_scores

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
LABELS = DATA / "benchmark_names.jsonl"
PROBES = DATA / "benchmark_names_2025.jsonl"
HELD_OUT = ("2024-12",)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def main(verbose: bool) -> None:
    rows = _rows(LABELS)
    tuning = [r for r in rows if r["month"] not in HELD_OUT]
    parts = {
        "all months": (rows, None),
        "tuning months (Sep-Nov 2024)": (tuning, None),
        # Held-out strings, and pairs of a held-out string with any other string.
        "held out (Dec 2024)": (rows, lambda r: r["month"] in HELD_OUT),
    }
    for title, (part, focus) in parts.items():
        print(f"== {title}")
        for line in name_scores(part, canonical_benchmark, focus).lines():
            print("  " + line)
    probes = _rows(PROBES)
    for source in dict.fromkeys(r["source"] for r in probes):
        print(f"== 2025 {source}")
        part = [r for r in probes if r["source"] == source]
        for line in name_scores(part, canonical_benchmark).lines():
            print("  " + line)
    if verbose:
        print("== misses")
        for r in rows + probes:
            got = canonical_benchmark(r["name"])
            if (got is None) != (r["benchmark"] is None):
                print(
                    f"  {r['month']} {r['name']!r}: {got!r}, labelled {r['benchmark'] or r['kind']}"
                )


if __name__ == "__main__":
    main("-v" in sys.argv)
