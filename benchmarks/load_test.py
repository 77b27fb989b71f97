"""Load test on loopback: N concurrent browser-like sessions change filters against
one dashboard server for a bounded time.

    .venv/bin/digest-data synth --papers 50000 --out build/synth-50k
    .venv/bin/digest-data build build/synth-50k --out build/synth-50k-dataset
    .venv/bin/python -m benchmarks.load_test --dataset build/synth-50k-dataset --sessions 20 --seconds 90

A session speaks Streamlit's own protocol, as the browser does: it opens the
websocket, asks for a page with a filter in the query string (a random week or
month, topic, search word and page, like a user following shared links), and
times until the server reports the script run finished; then the next one. (Real
Chromium tabs were tried first: 20 of them starve a 2-core machine by themselves.)
It records exceptions shown by the app, p50/p95/max response, and the server's
resident memory before, at the peak, and after each round's sessions closed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import statistics
import time
from pathlib import Path
from urllib.parse import urlencode

from benchmarks.serve import serving

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ["reasoning", "agents", "video", "efficiency", "code", "safety"]
WORDS = ["diffusion", "agent", "benchmark", "efficient", "video", "reasoning"]
PAGES = ["", "topics", "authors", "metrics", "papers"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (robust to other load, unlike
    wall time)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def random_query(rng: random.Random, first: dt.date, last: dt.date) -> tuple[str, str]:
    days = rng.choice([7, 30, (last - first).days + 1])
    start = first + dt.timedelta(days=rng.randrange(max(1, (last - first).days - days + 2)))
    params = {
        "from": start.isoformat(),
        "to": min(last, start + dt.timedelta(days=days - 1)).isoformat(),
    }
    if rng.random() < 0.6:
        params["topic"] = rng.choice(TOPICS)
    if rng.random() < 0.3:
        params["q"] = rng.choice(WORDS)
    return urlencode(params), rng.choice(PAGES)


async def view(port: int, query: str, page: str) -> int:
    """One page view over the websocket; returns the number of exceptions shown."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    url = f"ws://127.0.0.1:{port}/_stcore/stream"
    async with websockets.connect(url, origin=f"http://127.0.0.1:{port}", max_size=None) as ws:
        request = BackMsg()
        request.rerun_script.query_string = query
        request.rerun_script.page_name = page
        await ws.send(request.SerializeToString())
        exceptions = 0
        while True:
            message = ForwardMsg()
            message.ParseFromString(await asyncio.wait_for(ws.recv(), 120))
            kind = message.WhichOneof("type")
            if (
                kind == "delta"
                and message.delta.WhichOneof("type") == "new_element"
                and message.delta.new_element.WhichOneof("type") == "exception"
            ):
                exceptions += 1
            if kind == "script_finished":
                return exceptions


async def session(port, bounds, deadline, seed, timings, errors):
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        query, page = random_query(rng, *bounds)
        started = time.perf_counter()
        try:
            if await view(port, query, page):
                errors.append(f"session {seed}: exception on /{page}?{query}")
        except Exception as exc:  # a failed view is a finding, not a crash of the test
            errors.append(f"session {seed}: {type(exc).__name__}: {str(exc)[:200]}")
        timings.append(time.perf_counter() - started)


async def run(port: int, bounds, sessions: int, seconds: float, pid: int) -> dict:
    timings: list[float] = []
    errors: list[str] = []
    peak = [rss_mb(pid)]

    async def watch(stop: asyncio.Event):
        while not stop.is_set():
            peak.append(rss_mb(pid))
            await asyncio.sleep(0.5)

    stop = asyncio.Event()
    cpu_before = cpu_seconds(pid)
    watcher = asyncio.create_task(watch(stop))
    deadline = time.monotonic() + seconds
    await asyncio.gather(
        *(session(port, bounds, deadline, i, timings, errors) for i in range(sessions))
    )
    stop.set()
    await watcher
    cpu = cpu_seconds(pid) - cpu_before
    ordered = sorted(timings)
    return {
        "sessions": sessions,
        "seconds": seconds,
        "views": len(timings),
        "errors": errors,
        "p50_s": round(statistics.median(ordered), 3) if ordered else None,
        "p95_s": round(ordered[int(0.95 * (len(ordered) - 1))], 3) if ordered else None,
        "max_s": round(ordered[-1], 3) if ordered else None,
        "peak_rss_mb": round(max(peak), 1),
        # The server's CPU per view: what one view costs, whatever else runs.
        "server_cpu_s_per_view": round(cpu / max(len(timings), 1), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", required=True, help="a built dataset folder")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--rounds", type=int, default=2, help="rounds, to see memory growth")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "load.json"))
    args = parser.parse_args()

    import digest_data

    dates = digest_data.load(args.dataset).papers["date"]
    bounds = (dates.min().date(), dates.max().date())
    with serving(args.dataset) as (base, server):
        port = int(base.rsplit(":", 1)[1])
        result = {"started_rss_mb": round(rss_mb(server.pid), 1), "rounds": []}
        for _ in range(args.rounds):
            figures = asyncio.run(run(port, bounds, args.sessions, args.seconds, server.pid))
            time.sleep(5)  # sessions closed; let the server drop them
            figures["rss_after_close_mb"] = round(rss_mb(server.pid), 1)
            result["rounds"].append(figures)
            print(json.dumps(figures), flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
