"""Every paper's terms (the Trends page's slowest table) found in a child process.

The server draws every visitor's pages in one Python process; a thread finding the
terms there held Python's lock for 20 s at 50,000 papers, and each filter change
on the other pages took 0.5 to 1.9 s instead of 0.1 to 0.3 s meanwhile. A child
process finds them on the other core and hands back a file.

    python -m digest_data.app.terms_job OUT VERSION TARGET
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather

#: The child's exit status when the dataset in OUT is no longer VERSION.
STALE = 3


def find_elsewhere(out: str, version: str, timeout: float = 1800) -> pd.DataFrame | None:
    """``trends.term_items`` of dataset ``version`` in ``out``, found by a child
    process; ``None`` when the child failed or found another version (a build
    published meanwhile): the caller then finds them itself."""
    with tempfile.TemporaryDirectory(prefix="digest-data-terms-") as tmp:
        target = Path(tmp) / "terms.arrow"
        try:
            done = subprocess.run(
                [sys.executable, "-m", __name__, out, version, str(target)],
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
        if done.returncode != 0 or not target.exists():
            return None
        return feather.read_table(target).to_pandas()


def main(out: str, version: str, target: str) -> int:
    from ..analyse import trends
    from ..store.load import load

    ds = load(out)
    if ds.version != version:
        return STALE
    table = pa.Table.from_pandas(trends.term_items(ds.papers), preserve_index=False)
    # Written whole, then renamed: the parent never reads half a file.
    part = f"{target}.part"
    feather.write_feather(table, part, compression="uncompressed")
    os.replace(part, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
