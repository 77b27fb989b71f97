"""The dashboard as a user gets it, for the browser tests and benchmarks:
``streamlit run app.py`` on a free local port, and Debian's headless Chromium."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from digest_data.app.proxy import wait_healthy

ROOT = Path(__file__).resolve().parents[1]
#: Playwright's own browser download does not work here; Debian's does.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(
    dataset: str | os.PathLike[str],
    log: Path | None = None,
    seconds: float = 120,
    script: Path = ROOT / "app.py",
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Serve the dashboard (or another Streamlit ``script``) on ``dataset`` (a built
    dataset or a digest folder); yields its base URL and process once it answers
    its health check, and stops it afterwards. Server output goes to ``log`` (or
    nowhere)."""
    port = free_port()
    env = {**os.environ, "DIGEST_DATA_DIR": str(Path(dataset).resolve())}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    with open(log or os.devnull, "wb") as out:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_healthy(base, [proc], seconds)
        except RuntimeError:
            output = log.read_text(errors="replace") if log else "(no log kept)"
            raise RuntimeError(f"the dashboard did not start: {output}") from None
        yield base, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def launch_chromium(playwright):
    """Headless Chromium from Debian (``apt-get install chromium``)."""
    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(
            f"{CHROMIUM} is missing: apt-get install chromium (scripts/setup.sh does)"
        )
    return playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
