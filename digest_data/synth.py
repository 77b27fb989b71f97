"""Realistic synthetic digest collections for benchmarks and load tests.

Built from the real rows of a dataset (the bundled sample by default): every
synthetic paper reuses a real summary (so the metric phrasings are real), a real
title with a new tail, and authors from names built from real ones: a few
prolific ones (a Zipf head, the most prolific on about 1% of papers at any size, as
in the real digests) and a long tail. Papers are spread over days
at 20 to 60 a day, written as Hugging Face daily files (about 70%), M-A-P weekly
pages (20%) and generic Markdown archives (10%), with about 0.5% broken rows and
1% duplicate listings, as real archives have. The same seed gives the same files.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

SHARES = {"hf-daily": 0.7, "map-daily": 0.2, "markdown": 0.1}
BROKEN_SHARE = 0.005
DUPLICATE_SHARE = 0.01
START = dt.date(2021, 1, 4)
#: Authors of a paper come from the prolific head this often, by Zipf weight 1/rank
#: over its names; otherwise from the whole pool. 2% and 2,000 names put the most
#: prolific author on about 1% of papers and the top hundred on a few percent of
#: author slots, near the real Hugging Face digests (0.7%).
HEAD_SHARE = 0.02
HEAD = 2_000


@dataclass(frozen=True)
class Paper:
    date: dt.date
    source: str
    arxiv_id: str
    title: str
    authors: tuple[str, ...]
    affiliation: str
    summary: str


def _cell(text: str) -> str:
    return " ".join(str(text).replace("|", "\\|").split())


def _names(templates: pd.DataFrame, rng: random.Random, count: int) -> list[str]:
    parts = [a.split() for names in templates["authors"] for a in names if len(a.split()) >= 2]
    firsts = sorted({p[0] for p in parts}) or ["Alex"]
    lasts = sorted({p[-1] for p in parts}) or ["Smith"]
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def papers(templates: pd.DataFrame, n: int, seed: int = 0) -> Iterator[Paper]:
    """``n`` synthetic papers in date order, from real template rows."""
    rng = random.Random(seed)
    rows = templates[templates["summary"].notna()].reset_index(drop=True)
    titles, summaries = list(rows["title"]), list(rows["summary"])
    affiliations = sorted({a for names in templates["affiliations"] for a in names}) or [
        "University"
    ]
    pool = _names(templates, rng, max(200, 2 * n))
    prolific = pool[:HEAD]
    head_weights = list(itertools.accumulate(1 / rank for rank in range(1, len(prolific) + 1)))
    tails = [
        "at Scale",
        "Revisited",
        "for Everyone",
        "Made Simple",
        "in the Wild",
        "Beyond Benchmarks",
        "with Fewer Tokens",
        "via Self-Play",
        "without Labels",
        "for Long Videos",
    ]
    day, left_today, serial = START, rng.randint(20, 60), 0
    for i in range(n):
        if left_today == 0:
            day += dt.timedelta(days=1 if day.weekday() < 4 else 3)  # digests skip weekends
            left_today, serial = rng.randint(20, 60), 0
        left_today -= 1
        serial += 1
        k = rng.randrange(len(titles))
        authors = tuple(
            dict.fromkeys(
                rng.choices(prolific, cum_weights=head_weights)[0]
                if rng.random() < HEAD_SHARE
                else rng.choice(pool)
                for _ in range(rng.randint(1, 8))
            )
        )
        roll = rng.random()
        source = (
            "hf-daily"
            if roll < SHARES["hf-daily"]
            else ("map-daily" if roll < SHARES["hf-daily"] + SHARES["map-daily"] else "markdown")
        )
        yield Paper(
            date=day,
            source=source,
            arxiv_id=f"{day:%y%m}.{(i % 90000) + 10000:05d}",
            title=f"{titles[k]} {rng.choice(tails)} {i}",
            authors=authors,
            affiliation=rng.choice(affiliations),
            summary=summaries[k],
        )


def _hf_row(p: Paper) -> str:
    return (
        f"| {_cell(p.title)} (Read more on [arXiv](https://arxiv.org/abs/{p.arxiv_id}) or "
        f"[HuggingFace](https://huggingface.co/papers/{p.arxiv_id})) | {_cell(', '.join(p.authors))} "
        f"| {_cell(p.summary)} |"
    )


def _map_row(p: Paper) -> str:
    return f"| [{_cell(p.title)}](https://arxiv.org/abs/{p.arxiv_id}) | {_cell(p.affiliation)} | {_cell(p.summary[:300])} |"


def _md_row(p: Paper) -> str:
    return f"| {_cell(p.title)} | {_cell('; '.join(p.authors))} | {_cell(p.summary)} | https://arxiv.org/abs/{p.arxiv_id} |"


def _path(out: Path, p: Paper) -> Path:
    if p.source == "hf-daily":
        return out / "hf-daily" / f"{p.date:%Y-%m-%d}.md"
    if p.source == "map-daily":
        year, week, _ = p.date.isocalendar()
        return out / "map-daily" / f"{year}W{week:02d}.md"
    return out / "archive" / f"{p.date:%Y}" / f"{p.date:%m}" / f"{p.date:%d}.md"


_ROW = {"hf-daily": _hf_row, "map-daily": _map_row, "markdown": _md_row}
_TABLE = {
    "hf-daily": "| Title | Authors | Summary |\n|---|---|---|\n",
    "map-daily": "| Paper | Affiliation | Comments |\n|---|---|---|\n",
    "markdown": "| Title | Authors | Abstract | URL |\n|---|---|---|---|\n",
}


def _render(source: str, days: dict[dt.date, list[str]]) -> str:
    if source == "hf-daily":
        ((day, rows),) = days.items()
        return f"## Papers for {day:%Y-%m-%d}\n\n" + _TABLE[source] + "\n".join(rows) + "\n"
    if source == "map-daily":
        return "# DailyPaper\n\n" + "".join(
            f"<details>\n<summary><b>{d.day}/{d.month}/{d.year}</b></summary>\n\n"
            + _TABLE[source]
            + "\n".join(rows)
            + "\n</details>\n\n"
            for d, rows in sorted(days.items(), reverse=True)
        )
    ((_, rows),) = days.items()
    return "# Reading list\n\n" + _TABLE[source] + "\n".join(rows) + "\n"


def write(templates: pd.DataFrame, n: int, out: Path, seed: int = 0) -> dict[str, int]:
    """Write ``n`` papers as digest files under ``out``; returns files per source."""
    rng = random.Random(seed + 1)
    files: dict[Path, tuple[str, dict[dt.date, list[str]]]] = {}
    for p in papers(templates, n, seed):
        source, days = files.setdefault(_path(out, p), (p.source, {}))
        rows = days.setdefault(p.date, [])
        if rng.random() < BROKEN_SHARE:
            rows.append("| | " + _cell(p.summary[:80]) + " |")  # a row without a title
        rows.append(_ROW[p.source](p))
        if rng.random() < DUPLICATE_SHARE:
            rows.append(rows[-1])
    counts: dict[str, int] = {}
    for path, (source, days) in sorted(files.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_render(source, days), encoding="utf-8")
        counts[source] = counts.get(source, 0) + 1
    return counts
