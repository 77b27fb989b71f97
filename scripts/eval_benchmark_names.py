"""Score ``digest_data.canonical_benchmark`` on the labelled benchmark strings
(tests/data/benchmark_names.jsonl): all months, the tuning months (Sep-Nov 2024)
and the held-out month (Dec 2024). Run: .venv/bin/python scripts/eval_benchmark_names.py"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from digest_data import canonical_benchmark
from digest_data.analyse.name_scores import name_scores

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "benchmark_names.jsonl"
HELD_OUT = ("2024-12",)


def main(verbose: bool) -> None:
    rows = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
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
    if verbose:
        print("== misses")
        for r in rows:
            got = canonical_benchmark(r["name"])
            if (got is None) != (r["benchmark"] is None):
                print(
                    f"  {r['month']} {r['name']!r}: {got!r}, labelled {r['benchmark'] or r['kind']}"
                )


if __name__ == "__main__":
    main("-v" in sys.argv)
