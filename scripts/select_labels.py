"""Pick a labelling round: PER_MONTH HF daily summaries from each month of
../shared/corpus/hf-daily, none already in tests/data/labels.jsonl, chosen with a
fixed seed so the selection can be made again. Writes JSONL with the fields the
labels keep (file, line, arxiv_id, title, summary) to the path given.

Round 2: ``select_labels.py OUT`` (63 a month, seed 20261127).
Round 3, the fresh papers scored once after tuning: ``select_labels.py OUT 30 3``
(run when round 2 was already in labels.jsonl).
Round 6: ``select_labels.py OUT 32 6``; a month with fewer unlabelled papers than
PER_MONTH gives all it has (September had 4 left)."""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from digest_data.read.formats import parse_digest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "hf-daily"
PER_MONTH = 63


def main(out: str, per_month: int = PER_MONTH, seed: int = 20261127) -> None:
    labelled = (ROOT / "tests/data/labels.jsonl").read_text("utf-8").splitlines()
    done = {json.loads(line)["arxiv_id"] for line in labelled}
    by_month: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(CORPUS.glob("*.md")):
        for r in parse_digest(path.read_text("utf-8"), path.name).records:
            if r["arxiv_id"] in done or not r.get("summary"):
                continue
            row = {k: r[k] for k in ("arxiv_id", "title", "summary")}
            by_month[path.name[:7]].append({"file": path.name, "line": r["source_line"], **row})
    rng = random.Random(seed)
    picked = [
        row
        for month in sorted(by_month)
        for row in rng.sample(by_month[month], min(per_month, len(by_month[month])))
    ]
    with open(out, "w", encoding="utf-8") as f:
        for row in picked:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], *map(int, sys.argv[2:4]))
