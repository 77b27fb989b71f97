"""The benchmark suite: ``python -m benchmarks [--sizes 5000,50000,250000] [--runs 3]``.

For each size it writes (once, then reuses) a synthetic collection with
``digest_data.synth`` and measures, each over several runs (median, min, max):

- cold build throughput in MB/s of input, next to three floors over the same
  files: merely reading and hashing the bytes, splitting the tables into cells,
  and a plain parse into records with no extraction (``parse_digest``); the ratio
  to the plain parse, in wall time and in CPU time (the build's workers included);
- a rebuild with no change, and with one file changed, and their ratio;
- each page's aggregation for a typical filter (one month, one topic) and for all
  data, next to the same query in DuckDB SQL over the same Parquet files;
- the app's first render and a filter change through Streamlit's AppTest, and that
  process's peak memory;
- the output's size on disk;
- with ``--serve`` (at the sizes listed there): the app and a bare Streamlit page
  with one Plotly chart (``benchmarks/bare_page.py``) served side by side, each
  page's first load by a new visitor in headless Chromium as a ratio to the bare
  page's, then N sessions asking for random filtered views back to back
  (``benchmarks.load_test``): p50, p95, errors, server CPU per view.

Results go to ``benchmarks/results/<date>.json`` and a markdown table to
``benchmarks/results/<date>.md`` (paste it into the README).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "bench"
RESULTS = ROOT / "benchmarks" / "results"


def cpu_now() -> float:
    """CPU seconds of this process and of its children that have ended (a build's
    parse workers)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> dict:
    seconds, cpu = [], []
    for _ in range(runs):
        if setup:
            setup()
        started, cpu_started = time.perf_counter(), cpu_now()
        fn()
        seconds.append(time.perf_counter() - started)
        cpu.append(cpu_now() - cpu_started)
    return {
        "median_s": round(statistics.median(seconds), 4),
        "min_s": round(min(seconds), 4),
        "max_s": round(max(seconds), 4),
        "cpu_median_s": round(statistics.median(cpu), 4),
        "runs": runs,
    }


def corpus(n: int) -> Path:
    import digest_data
    from digest_data import synth

    folder = WORK / f"synth-{n}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        templates = WORK / "templates"
        digest_data.build([ROOT / "data" / "digests"], templates)
        synth.write(digest_data.load(templates).papers, n, folder, seed=0)
        (folder / ".complete").write_text("")
    return folder


def read_and_hash(files: list[Path]) -> None:
    for path in files:
        hashlib.sha256(path.read_bytes()).hexdigest()


def split_tables(files: list[Path]) -> None:
    """Decode each file and split its tables into rows and cells."""
    from digest_data.read.normalise import decode_bytes
    from digest_data.read.tables import iter_tables

    for path in files:
        for _ in iter_tables(decode_bytes(path.read_bytes()).text.splitlines()):
            pass


def plain_parse(files: list[Path]) -> None:
    """Decode and parse each file into records (titles, links, authors, summaries),
    with no extraction of topics, numbers or names: the build's floor."""
    from digest_data.read import formats
    from digest_data.read.normalise import decode_bytes

    for path in files:
        formats.parse_digest(decode_bytes(path.read_bytes()).text, str(path))


def aggregations(out: Path, runs: int) -> dict:
    """Each page's aggregation in pandas (through digest_data) and in DuckDB SQL."""
    import duckdb

    import digest_data
    from digest_data.analyse import aggregate, filters

    ds = digest_data.load(out)
    first_month = ds.papers["date"].min().date().replace(day=1)
    month_end = (first_month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    states = {
        "month+topic": filters.FilterState(first_month, month_end, ("reasoning",)),
        "all": filters.FilterState(ds.papers["date"].min().date(), ds.papers["date"].max().date()),
    }
    papers_file, metrics_file = str(out / "papers.parquet"), str(out / "metrics.parquet")
    con = duckdb.connect()
    results = {}
    for label, state in states.items():
        where = f"date BETWEEN DATE '{state.start}' AND DATE '{state.end}'"
        if state.topics:
            where += f" AND list_has_any(topics, ['{state.topics[0]}'])"
        pandas_queries = {
            "overview: papers per day": lambda s=state: aggregate.papers_per_period(
                filters.apply(ds.papers, s)
            ),
            "topics: counts per week": lambda s=state: aggregate.topic_counts(
                filters.apply(ds.papers, s), "week"
            ),
            "authors: table": lambda s=state: aggregate.author_table(filters.apply(ds.papers, s)),
            "metrics: rows of papers": lambda s=state: filters.metrics_of(
                ds.metrics, filters.apply(ds.papers, s)
            ),
        }
        sql = {
            "overview: papers per day": f"SELECT date, source, count(*) FROM '{papers_file}' WHERE {where} GROUP BY ALL",
            "topics: counts per week": f"SELECT date_trunc('week', date) AS w, t, count(DISTINCT paper_id) FROM (SELECT date, paper_id, unnest(topics) AS t FROM '{papers_file}' WHERE {where}) GROUP BY ALL",
            "authors: table": f"SELECT a, count(DISTINCT paper_id), count(DISTINCT date), min(date), max(date) FROM (SELECT paper_id, date, unnest(authors) AS a FROM '{papers_file}' WHERE {where}) GROUP BY a ORDER BY 2 DESC",
            "metrics: rows of papers": f"SELECT m.*, p.title FROM '{metrics_file}' m JOIN (SELECT paper_id, date, source, title FROM '{papers_file}' WHERE {where}) p USING (paper_id, date, source)",
        }
        for name, fn in pandas_queries.items():
            ours = timed(fn, runs)
            duck = timed(lambda q=sql[name]: con.execute(q).fetchall(), runs)
            results[f"{name} [{label}]"] = versus(ours, duck)
    results["trends: terms of every paper"] = terms_figures(ds.papers, papers_file, con, runs)
    return results


def terms_figures(papers, papers_file: str, con, runs: int) -> dict:
    """The Trends page's term finding over every paper (done once per dataset
    version) against DuckDB splitting the same titles and summaries into distinct
    lower-case words per paper: the floor any term finder pays."""
    from digest_data.analyse import terms, trends

    def cold_caches() -> None:
        # A dashboard process finds the terms once per dataset, with empty caches:
        # every cached helper of the term finder starts empty.
        for cached in vars(terms).values():
            if hasattr(cached, "cache_clear"):
                cached.cache_clear()

    ours = timed(lambda: trends.term_items(papers), runs, setup=cold_caches)
    sql = (
        "SELECT DISTINCT paper_id, w FROM (SELECT paper_id, unnest(regexp_split_to_array("
        f"lower(title || ' ' || coalesce(summary, '')), '[^a-z0-9]+')) AS w FROM '{papers_file}')"
    )
    return versus(ours, timed(lambda: con.execute(sql).fetchall(), runs))


def versus(ours: dict, duck: dict) -> dict:
    """Our median time beside DuckDB's for the same question, and their ratio."""
    return {
        "pandas_s": ours["median_s"],
        "duckdb_s": duck["median_s"],
        "ratio": round(ours["median_s"] / max(duck["median_s"], 1e-6), 2),
    }


APP_PROBE = """
import datetime as dt, json, os, random, statistics, sys, time
def peak_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
os.environ["DIGEST_DATA_DIR"] = sys.argv[1]
changes = int(sys.argv[3])
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[2], default_timeout=600)
t = time.perf_counter(); at.run(); first = time.perf_counter() - t
import pyarrow.parquet as pq
# Only the dates, so the probe itself does not add a copy of the data to the peak.
days = pq.read_table(os.path.join(sys.argv[1], "papers.parquet"), columns=["date"])["date"]
last = max(days.to_pylist())
months = sorted({d.replace(day=1) for d in days.unique().to_pylist()})
topics = ["reasoning", "agents", "multimodal", "video", "efficiency", "safety", "code"]
rng = random.Random(0)
pages = {}
# Overview (the page AppTest starts on) first; then the other pages in turn.
for page in ["overview", "pages/topics.py", "pages/authors.py", "pages/metrics.py",
             "pages/papers.py", "pages/data.py"]:
    switch = 0.0
    if page != "overview":
        at.switch_page(page)
        t = time.perf_counter(); at.run(); switch = time.perf_counter() - t
    seconds = []
    for i in range(changes):
        # in turn: one month and one topic; all the data and one topic; a year
        # and no topic (the heaviest: a quarter of all rows, every topic)
        month = rng.choice(months)
        end = min((month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1), last)
        year = max(months[0], last - dt.timedelta(days=rng.randint(300, 400)))
        dates = [(month, end), (months[0], last), (year, last)][i % 3]
        at.sidebar.date_input(key="f_dates").set_value(dates)
        at.sidebar.multiselect(key="f_topics").set_value([] if i % 3 == 2 else [rng.choice(topics)])
        t = time.perf_counter(); at.run(); seconds.append(time.perf_counter() - t)
    seconds.sort()
    pages[page] = {"switch_s": round(switch, 3),
                   "change_median_s": round(statistics.median(seconds), 3),
                   "change_p95_s": round(seconds[max(0, round(0.95 * len(seconds)) - 1)], 3),
                   "exceptions": len(at.exception)}
print(json.dumps({"first_render_s": round(first, 3),
                  "filter_change_s": max(p["change_median_s"] for p in pages.values()),
                  "filter_change_p95_s": max(p["change_p95_s"] for p in pages.values()),
                  "pages": pages,
                  # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the
                  # parent across fork and exec, so it would report the benchmark's own peak.
                  "peak_rss_mb": round(peak_kb() / 1024, 1),
                  "exceptions": len(at.exception)}))
"""


def app_figures(out: Path, changes: int = 20) -> dict:
    """AppTest figures: first render, then on every page ``changes`` filter changes
    (median and p95 of the server's rerun time), and the process's peak memory."""
    done = subprocess.run(
        [sys.executable, "-c", APP_PROBE, str(out), str(ROOT / "app.py"), str(changes)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


CHART_PAGES = ("", "topics", "trends", "authors", "metrics", "benchmarks", "papers", "data")


def served_figures(out: Path, loads: int, sessions: int, seconds: float) -> dict:
    """The app and the bare page served side by side: first loads by new visitors
    (interleaved, so that both see the same machine) and the many-sessions run."""
    import asyncio

    from playwright.sync_api import sync_playwright

    import digest_data
    from benchmarks import browser, load_test
    from benchmarks.serve import launch_chromium, serving

    dates = digest_data.load(out).papers["date"]
    bounds = (dates.min().date(), dates.max().date())
    bare_script = ROOT / "benchmarks" / "bare_page.py"
    with serving(out, script=bare_script) as (bare_base, _), serving(out) as (base, server):
        urls = {"bare": f"{bare_base}/", **{p or "overview": f"{base}/{p}" for p in CHART_PAGES}}
        with sync_playwright() as pw:
            chromium = launch_chromium(pw)
            for url in urls.values():  # warm each server's caches, not the browser's
                browser.load_seconds(chromium, url)
            seconds_by = {name: [] for name in urls}
            for _ in range(loads):
                for name, url in urls.items():
                    seconds_by[name].append(browser.load_seconds(chromium, url))
            chromium.close()
        first = {name: round(statistics.median(v), 3) for name, v in seconds_by.items()}
        ratios = {name: round(v / first["bare"], 2) for name, v in first.items() if name != "bare"}
        port = int(base.rsplit(":", 1)[1])
        many = asyncio.run(load_test.run(port, bounds, sessions, seconds, server.pid))
    return {"first_load_s": first, "first_load_vs_bare": ratios, "sessions": many}


def bench_size(n: int, runs: int, serve: dict | None = None) -> dict:
    import digest_data
    from digest_data.store.dataset import discover

    folder = corpus(n)
    files, _ = discover([folder])
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    out = WORK / f"out-{n}"
    floor = timed(lambda: read_and_hash(files), runs)
    tables = timed(lambda: split_tables(files), runs)
    parse = timed(lambda: plain_parse(files), runs)
    cold = timed(
        lambda: digest_data.build([folder], out),
        runs,
        setup=lambda: shutil.rmtree(out, ignore_errors=True),
    )
    # Rebuilds are cheap: at least three runs, so the median is not one process's
    # first touch of its heap.
    rebuild_runs = max(runs, 3)
    nochange = timed(lambda: digest_data.build([folder], out), rebuild_runs)
    target = files[len(files) // 2]
    original = target.read_bytes()
    counter = iter(range(10_000))

    def touch() -> None:
        target.write_bytes(original + f"\n<!-- edit {next(counter)} -->\n".encode())

    def edit() -> None:
        # A word of the first table row changed: its paper, its neighbours
        # and the papers near it are computed again.
        text = original.decode("utf-8")
        at = text.index(" the ", text.index("|", text.index("---")))
        word = f" the{next(counter)} "
        target.write_bytes((text[:at] + word + text[at + len(" the ") :]).encode("utf-8"))

    try:
        one = timed(lambda: digest_data.build([folder], out), rebuild_runs, setup=touch)
        edited = timed(lambda: digest_data.build([folder], out), rebuild_runs, setup=edit)
    finally:
        target.write_bytes(original)
        digest_data.build([folder], out)
    current = (out / "current").resolve()
    size = sum(
        p.stat().st_size for p in current.iterdir() if p.is_file() and p.suffix == ".parquet"
    )
    return {
        "papers": n,
        "files": len(files),
        "input_mb": round(megabytes, 1),
        "read_hash_floor": {**floor, "mb_per_s": round(megabytes / floor["median_s"], 1)},
        "split_tables_floor": tables,
        "plain_parse_floor": parse,
        "cold_build": {**cold, "mb_per_s": round(megabytes / cold["median_s"], 1)},
        "cold_vs_floor": round(cold["median_s"] / floor["median_s"], 1),
        "cold_vs_plain_parse": round(cold["median_s"] / parse["median_s"], 1),
        "cold_vs_plain_parse_cpu": round(cold["cpu_median_s"] / parse["cpu_median_s"], 1),
        "rebuild_no_change": nochange,
        "rebuild_one_file_changed": one,
        "one_file_vs_no_change": round(one["median_s"] / nochange["median_s"], 1),
        "rebuild_one_summary_edited": edited,
        "summary_edit_vs_no_change": round(edited["median_s"] / nochange["median_s"], 1),
        "aggregations": aggregations(out, max(runs, 3)),
        "app": app_figures(out),
        "output_mb": round(size / 1e6, 1),
        "served": served_figures(out, **serve) if serve else None,
    }


def markdown(result: dict) -> str:
    lines = [
        f"Machine: {result['machine']}; {result['date']}",
        "",
        "| papers | input MB | cold build s (MB/s) | plain parse s | cold / parse, wall (CPU) | read+hash s | split tables s | no-change s | one file, an edit outside the tables s | ratio | one file, a summary edited s | ratio | output MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in result["sizes"]:
        lines.append(
            f"| {r['papers']:,} | {r['input_mb']} | {r['cold_build']['median_s']} ({r['cold_build']['mb_per_s']}) "
            f"| {r['plain_parse_floor']['median_s']} | {r['cold_vs_plain_parse']}x ({r['cold_vs_plain_parse_cpu']}x) "
            f"| {r['read_hash_floor']['median_s']} | {r['split_tables_floor']['median_s']} "
            f"| {r['rebuild_no_change']['median_s']} | {r['rebuild_one_file_changed']['median_s']} "
            f"| {r['one_file_vs_no_change']}x | {r['rebuild_one_summary_edited']['median_s']} "
            f"| {r['summary_edit_vs_no_change']}x | {r['output_mb']} |"
        )
    lines += [
        "",
        "| papers | app first render s (AppTest) | filter change s (median, p95 of the slowest page) | app peak MB |",
        "|---|---|---|---|",
    ]
    for r in result["sizes"]:
        app = r["app"]
        lines.append(
            f"| {r['papers']:,} | {app['first_render_s']} | {app['filter_change_s']}, "
            f"{app['filter_change_p95_s']} | {app['peak_rss_mb']} |"
        )
    served = [r for r in result["sizes"] if r.get("served")]
    if served:
        pages = list(served[0]["served"]["first_load_vs_bare"])
        lines += [
            "",
            "| papers | bare page first load s | "
            + " | ".join(f"{p} / bare" for p in pages)
            + " | sessions: views, p50 s, p95 s, errors, server CPU s per view |",
            "|---|---|" + "---|" * len(pages) + "---|",
        ]
        for r in served:
            figures, many = r["served"], r["served"]["sessions"]
            ratios = " | ".join(f"{figures['first_load_vs_bare'][p]}x" for p in pages)
            lines.append(
                f"| {r['papers']:,} | {figures['first_load_s']['bare']} | {ratios} "
                f"| {many['sessions']}: {many['views']}, {many['p50_s']}, {many['p95_s']}, "
                f"{len(many['errors'])}, {many['server_cpu_s_per_view']} |"
            )
    lines += [
        "",
        "| aggregation | "
        + " | ".join(f"{r['papers']:,}: ours / DuckDB s" for r in result["sizes"])
        + " |",
        "|---|" + "---|" * len(result["sizes"]),
    ]
    for name in result["sizes"][0]["aggregations"]:
        cells = [
            f"{r['aggregations'][name]['pandas_s']} / {r['aggregations'][name]['duckdb_s']} ({r['aggregations'][name]['ratio']}x)"
            for r in result["sizes"]
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sizes", default="5000,50000", help="comma-separated paper counts")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--serve",
        default="",
        help="comma-separated sizes at which to serve the app: first loads and sessions",
    )
    parser.add_argument("--loads", type=int, default=3, help="first loads per page (--serve)")
    parser.add_argument("--sessions", type=int, default=20, help="concurrent sessions (--serve)")
    parser.add_argument("--seconds", type=float, default=45, help="length of the sessions run")
    args = parser.parse_args()
    served = {int(s) for s in args.serve.split(",") if s}
    serve = {"loads": args.loads, "sessions": args.sessions, "seconds": args.seconds}
    WORK.mkdir(parents=True, exist_ok=True)
    result = {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "sizes": [],
    }
    for n in [int(s) for s in args.sizes.split(",")]:
        figures = bench_size(n, args.runs, serve if n in served else None)
        result["sizes"].append(figures)
        print(json.dumps({k: v for k, v in figures.items() if k != "aggregations"}), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = result["date"].replace(" ", "-").replace(":", "")
    (RESULTS / f"{stem}.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / f"{stem}.md").write_text(markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    main()
