"""CPU seconds of the neighbours step of a cold build and of a rebuild after one
input file changed, on a built dataset's papers (the machine is shared, so CPU
time, not wall time).

    .venv/bin/python scripts/neighbour_update_cost.py DATASET [--profile]

The cold step writes a version folder under a temporary directory; the rebuild
changes the summaries of one source file's papers (a word appended) and reuses it.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from digest_data.store import neighbours


def one_file_changed(papers: pa.Table) -> pa.Table:
    """``papers`` with the summaries of the papers of one source file changed."""
    files = papers["source_file"]
    changed = pc.equal(files, files[len(files) // 2])
    summary = pc.if_else(
        changed, pc.binary_join_element_wise(papers["summary"], "zebra", " "), papers["summary"]
    )
    column = papers.schema.get_field_index("summary")
    return papers.set_column(column, papers.schema.field("summary"), summary)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    args = parser.parse_args()
    papers = pq.read_table(args.dataset / "papers.parquet")
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp, "v1"), Path(tmp, "v2")
        first.mkdir()
        second.mkdir()
        started = time.process_time()
        neighbours.write(papers, first, None)
        cold = time.process_time() - started
        changed = one_file_changed(papers)
        started = time.process_time()
        neighbours.write(changed, second, first)
        update = time.process_time() - started
    print(
        f"{args.dataset}: {papers.num_rows} rows; cold {cold:.2f} s CPU; "
        f"one file changed {update:.3f} s CPU"
    )


if __name__ == "__main__":
    main()
