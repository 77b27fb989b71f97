"""Load test on loopback: N concurrent browser sessions (headless Chromium tabs)
change filters against one dashboard server for a bounded time.

    .venv/bin/digest-data synth --papers 50000 --out build/synth-50k
    .venv/bin/digest-data build build/synth-50k --out build/synth-50k-dataset
    .venv/bin/python benchmarks/load_test.py --dataset build/synth-50k-dataset --sessions 20 --seconds 120

Each session opens the app, then loops: pick a filter change (a topic, a search
word, a quick pick, a page), apply it, and time until Streamlit reports the run
finished. It records errors (exceptions on the page), the p50/p95/max response,
and the server's resident memory before, at the peak, and after all sessions
closed, and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ACTIONS = ["topic", "search", "quick", "page", "clear"]
TOPICS = ["Reasoning", "Agents", "Video", "Efficiency", "Code", "Safety"]
WORDS = ["diffusion", "agent", "benchmark", "efficient", "video", "reasoning"]
PAGES = ["", "topics", "authors", "metrics", "papers"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def settle(page) -> None:
    await page.wait_for_selector("h1", timeout=120_000)
    await page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000
    )


async def session(browser, base: str, deadline: float, seed: int, timings: list, errors: list):
    rng = random.Random(seed)
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    try:
        await page.goto(base)
        await settle(page)
        while time.monotonic() < deadline:
            action = rng.choice(ACTIONS)
            started = time.perf_counter()
            if action == "page":
                await page.goto(f"{base}/{rng.choice(PAGES)}")
            elif action == "topic":
                box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Topics")
                await box.locator("input").click()
                await page.keyboard.type(rng.choice(TOPICS))
                await page.keyboard.press("Enter")
                await page.keyboard.press("Escape")
            elif action == "search":
                field = page.get_by_label("Search title, authors, summary")
                await field.fill(rng.choice(WORDS))
                await field.press("Enter")
            elif action == "quick":
                name = rng.choice(["7d", "30d", "All"])
                await page.get_by_role("button", name=name, exact=True).first.click()
            else:
                await page.goto(base)
            await page.wait_for_timeout(100)  # let the rerun start
            await settle(page)
            timings.append(time.perf_counter() - started)
            if await page.locator('[data-testid="stException"]').count():
                errors.append(f"session {seed}: exception after {action}")
    except Exception as exc:  # a failed session is a finding, not a crash of the test
        errors.append(f"session {seed}: {type(exc).__name__}: {str(exc)[:200]}")
    finally:
        await context.close()


async def run(base: str, sessions: int, seconds: float, pid: int) -> dict:
    from playwright.async_api import async_playwright

    timings: list[float] = []
    errors: list[str] = []
    peak = [rss_mb(pid)]

    async def watch(stop: asyncio.Event):
        while not stop.is_set():
            peak.append(rss_mb(pid))
            await asyncio.sleep(0.5)

    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        stop = asyncio.Event()
        watcher = asyncio.create_task(watch(stop))
        deadline = time.monotonic() + seconds
        await asyncio.gather(
            *(session(browser, base, deadline, i, timings, errors) for i in range(sessions))
        )
        stop.set()
        await watcher
        await browser.close()
    ordered = sorted(timings)
    return {
        "sessions": sessions,
        "seconds": seconds,
        "actions": len(timings),
        "errors": errors,
        "p50_s": round(statistics.median(ordered), 3) if ordered else None,
        "p95_s": round(ordered[int(0.95 * (len(ordered) - 1))], 3) if ordered else None,
        "max_s": round(ordered[-1], 3) if ordered else None,
        "peak_rss_mb": round(max(peak), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", required=True, help="a built dataset folder")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--rounds", type=int, default=2, help="rounds, to see memory growth")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "load.json"))
    args = parser.parse_args()

    port = free_port()
    env = {**os.environ, "DIGEST_DATA_DIR": str(Path(args.dataset).resolve())}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        result = {"started_rss_mb": round(rss_mb(server.pid), 1), "rounds": []}
        for _ in range(args.rounds):
            figures = asyncio.run(run(base, args.sessions, args.seconds, server.pid))
            time.sleep(5)  # sessions closed; let the server drop them
            figures["rss_after_close_mb"] = round(rss_mb(server.pid), 1)
            result["rounds"].append(figures)
            print(json.dumps(figures), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
