"""Every paper's terms (the Trends page's slowest table) found in a child process.

The server draws every visitor's pages in one Python process; a thread finding the
terms there held Python's lock for 20 s at 50,000 papers, and each filter change
on the other pages took 0.5 to 1.9 s instead of 0.1 to 0.3 s meanwhile. A child
process finds them on the other core and hands back a file.

    python -m digest_data.app.terms_job OUT VERSION TARGET
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow.feather as feather

#: The child's exit status when OUT no longer holds VERSION.
STALE = 3
#: Seconds a child may take (about 25 s at 50,000 papers here): a page waiting for
#: it is not held for ever by one that hangs.
TIMEOUT = 600

_log = logging.getLogger(__name__)


def find_elsewhere(out: str, version: str, timeout: float = TIMEOUT) -> pd.DataFrame | None:
    """``trends.term_items`` of dataset ``version`` in ``out``, found by a child
    process; ``None`` when the child failed (logged) or that version is gone (old
    versions are tidied away after later builds)."""
    with tempfile.TemporaryDirectory(
        prefix="digest-data-terms-", ignore_cleanup_errors=True
    ) as tmp:
        target = Path(tmp) / "terms.arrow"
        try:
            done = subprocess.run(
                [sys.executable, "-m", __name__, out, version, str(target)],
                capture_output=True,
                timeout=timeout,
                check=False,
                env=_child_env(),
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            _log.warning("finding the terms in a child process failed: %s", error)
            return None
        if done.returncode == STALE:
            return None
        if done.returncode != 0 or not target.exists():
            tail = done.stderr.decode(errors="replace")[-2000:]
            _log.warning("the terms' child process exited with %s: %s", done.returncode, tail)
            return None
        return feather.read_table(target).to_pandas()


def _child_env() -> dict[str, str]:
    """This environment with this package's folder first on the child's path: a
    server started as ``streamlit run /path/app.py`` imports the package from the
    script's folder, which ``python -m`` in another folder would not see."""
    env = dict(os.environ)
    here = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [here, env.get("PYTHONPATH")]))
    return env


def main(out: str, version: str, target: str) -> int:
    """Write the terms of dataset ``version`` in ``out`` to ``target`` (Arrow); exit
    ``STALE`` when that version is gone."""
    import pyarrow as pa

    from ..analyse import trends
    from ..store.load import load_paper_text

    papers = load_paper_text(out, version)
    if papers is None:
        return STALE
    table = pa.Table.from_pandas(trends.term_items(papers), preserve_index=False)
    # Written whole, then renamed: the parent never reads half a file.
    part = f"{target}.part"
    feather.write_feather(table, part, compression="uncompressed")
    os.replace(part, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
