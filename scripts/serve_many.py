"""Serve the dashboard from several processes behind nginx (see
digest_data/app/proxy.py for when that helps and how sessions stay on one process):

    DIGEST_DATA_DIR=~/digests .venv/bin/python scripts/serve_many.py --processes 2 --port 8501
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from pathlib import Path

from digest_data.app.proxy import serving_many


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=2, help="dashboard processes (cores)")
    parser.add_argument("--port", type=int, default=8501, help="the port nginx serves on")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="digest-nginx-") as run_dir,
        serving_many(args.processes, args.port, Path(run_dir)) as (url, procs),
    ):
        print(f"Serving {url} from {len(procs)} processes; Ctrl-C stops them.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            procs[0].wait()


if __name__ == "__main__":
    main()
