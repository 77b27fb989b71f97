"""How close the candidate neighbours (``store.neighbours.candidate_neighbours``,
used above ``EXACT_UP_TO`` papers) come to comparing every pair, and what each
costs in CPU seconds.

    .venv/bin/python scripts/neighbour_recall.py DATASET [DATASET ...] [--sample N]

DATASET is a built dataset folder (``digest-data build ... --out DATASET``).
Recall@10 counts ties as found (see ``analyse.similar.neighbour_recall``); the
exact lists are computed for a random sample of papers (all when there are fewer).

Measured 2026-11-27 (CPU s; recall@10 / same first neighbour):
- real corpus, hf-daily + map-daily, 1,058 papers: 0.934 / 0.994 (built exact)
- hf-daily, 986 papers (the test's corpus): 0.933 / 0.994
- synthetic 10k: candidates 1.2 s, exact ~3.2 s; 0.977 / 0.999
- synthetic 50k (/tmp/out50): candidates 6.7 s, exact ~106 s; 0.975 / 0.976
- 250k (the 50k papers five times, titles marked): fit 21 s, candidates 14 s,
  exact ~4,300 s; 0.914 / 0.999 (1,000-paper sample)
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from digest_data.analyse.similar import neighbour_recall
from digest_data.store import neighbours


def measure(dataset: Path, sample: int) -> None:
    papers = pq.read_table(dataset / "papers.parquet")
    started = time.process_time()
    ids, texts = neighbours.paper_texts(papers)
    vectors = neighbours.fit(ids, texts).vectors
    fitted = time.process_time()
    everyone = np.arange(len(ids))
    index, score = neighbours.candidate_neighbours(vectors, everyone)
    found = time.process_time()
    rows = np.sort(np.random.default_rng(0).choice(len(ids), min(sample, len(ids)), False))
    _, exact = neighbours.exact_neighbours(vectors, rows)
    done = time.process_time()
    recall, first = neighbour_recall(exact, index[rows], score[rows])
    print(
        f"{dataset}: {len(ids)} papers; fit {fitted - started:.2f} s CPU; candidates "
        f"{found - fitted:.2f} s for all; exact {done - found:.2f} s for {len(rows)} "
        f"(~{(done - found) * len(ids) / len(rows):.1f} s for all); "
        f"recall@{neighbours.TOP} {recall:.4f}; same first {first:.4f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=2000, help="papers given exact lists")
    args = parser.parse_args()
    for dataset in args.datasets:
        measure(dataset, args.sample)


if __name__ == "__main__":
    main()
