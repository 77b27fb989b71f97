"""What is rising and falling: items (terms, topics, benchmarks, people) ranked by
how much more or less often papers mention them in one window than in the window
before.

Every kind of item comes as a long table ``paper_id, date, item`` (one row per
paper row and item); counts are distinct papers, so a paper listed by two sources
counts once. The ranking is the log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi and Quinn 2008, "Fightin' Words"), whose z-score weighs a change
by the evidence for it: a term going from 0 to 3 papers does not outrank one going
from 10 to 60, and a big item's small swing does not outrank a real newcomer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import leaderboard, people
from . import terms as term_rules
from .filters import list_codes

WHAT = ("terms", "topics", "benchmarks", "people")
#: What one item of each kind is called (a column's header).
ONE_OF = {"terms": "Term", "topics": "Topic", "benchmarks": "Benchmark", "people": "Person"}

#: Benchmarks are counted by canonical name (``AIME24`` and ``AIME 2024`` are one),
#: people by the person their author strings resolve to (``items_of``'s ``authors``).
BENCHMARK_COLUMN = "benchmark_id"
PEOPLE_COLUMN = "authors"

#: The fewest papers an item needs in one of the two windows to be ranked.
MIN_COUNT = {"terms": 5, "topics": 1, "benchmarks": 3, "people": 3}

COLUMNS = ["item", "count", "share", "count_before", "share_before", "change", "score"]


@dataclass(frozen=True)
class Window:
    """Inclusive digest days."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        return f"{self.start} to {self.end}"


def windows(
    start: dt.date,
    end: dt.date,
    before_start: dt.date | None = None,
    before_end: dt.date | None = None,
) -> tuple[Window, Window]:
    """The window and the one to compare it with: by default the same number of
    days just before it; ``before_end`` defaults to the day before ``start`` and
    ``before_start`` to as many days before ``before_end`` as the window has."""
    if start > end:
        raise ValueError(f"the window starts after it ends ({start} > {end})")
    now = Window(start, end)
    b_end = before_end or start - dt.timedelta(days=1)
    b_start = before_start or b_end - dt.timedelta(days=now.days - 1)
    if b_start > b_end:
        raise ValueError(f"the window before starts after it ends ({b_start} > {b_end})")
    return now, Window(b_start, b_end)


def range_windows(
    start: dt.date, end: dt.date, first_day: dt.date, last_day: dt.date | None = None
) -> tuple[Window, Window]:
    """A dashboard range against the range of equal length just before it; when the
    data starts inside the range (nothing before it to compare with, as for "all of
    the data"), the range's second half against its first half. ``first_day`` and
    ``last_day`` are the data's (under the other filters: one source may end months
    before another): a range running past the last day ends there, and halves are
    taken of the days from the first, so neither window is empty for want of data."""
    if last_day is not None and start <= last_day < end:
        end = last_day
    now, before = windows(start, end)
    if before.end >= first_day or start >= end:
        return now, before
    if first_day < end:
        start = max(start, first_day)
    middle = start + (end - start) // 2
    return Window(middle + dt.timedelta(days=1), end), Window(start, middle)


# ---------------------------------------------------------------------------
# Items per paper


def term_items(papers: pd.DataFrame) -> pd.DataFrame:
    """The subject terms of every paper row (see ``terms``): paper_id, date, item."""
    found = term_rules.subject_terms(term_rules.paper_terms(papers))
    return _dated(papers, found[["paper_id", "item"]])


#: A listing: a paper on a day from a source (a source is left out where a frame has none).
_LISTING = ("paper_id", "date", "source")


def list_items(papers: pd.DataFrame, column: str) -> pd.DataFrame:
    """The values of a list column (``topics``, ``authors``) as paper_id, date,
    source, item: a listing's own values, which a source filter keeps apart (a
    M-A-P listing names no authors, whatever the paper's HF listing that day does)."""
    codes, values, rows = list_codes(papers[column])
    keys = [key for key in _LISTING if key in papers]
    columns = {key: papers[key].to_numpy()[rows] for key in keys}
    return pd.DataFrame({**columns, "item": values[codes]}).drop_duplicates(ignore_index=True)


def topic_items(papers: pd.DataFrame, labels: dict[str, str] | None = None) -> pd.DataFrame:
    """Each paper's topics, named by their labels when given."""
    items = list_items(papers, "topics")
    if labels:
        items["item"] = items["item"].map(lambda t: labels.get(t, t))
    return items


def people_items(papers: pd.DataFrame, column: str = PEOPLE_COLUMN) -> pd.DataFrame:
    """Each paper's people, from ``column`` (names written the same way are one person)."""
    items = list_items(papers, column)
    items["item"] = items["item"].str.split().str.join(" ")
    return items[items["item"] != ""].drop_duplicates(ignore_index=True)


def benchmark_items(metrics: pd.DataFrame) -> pd.DataFrame:
    """The benchmarks each paper reports a number on, by the name the Benchmarks page
    shows (``leaderboard.benchmark_labels``: the registry's, else the spelling written
    most often), not the folded id of a benchmark the registry does not know."""
    column = BENCHMARK_COLUMN
    keys = [key for key in _LISTING if key in metrics]
    items = metrics.loc[metrics[column].fillna("") != "", [*keys, column]]
    items = items.rename(columns={column: "item"}).drop_duplicates(ignore_index=True)
    labels = leaderboard.benchmark_labels(metrics)
    items["item"] = items["item"].map(lambda b: labels.get(b, b))
    return items


def items_of(
    what: str,
    papers: pd.DataFrame,
    metrics: pd.DataFrame,
    labels: dict[str, str] | None = None,
    authors: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The long item table of one kind of item (one of ``WHAT``). With the dataset's
    ``authors`` table, people are persons (a username joined to its real name is
    one person); without it, names as written."""
    if what == "terms":
        return term_items(papers)
    if what == "topics":
        return topic_items(papers, labels)
    if what == "benchmarks":
        return benchmark_items(metrics)
    if what == "people":
        return people_items(papers if authors is None else people.with_people(papers, authors))
    raise ValueError(f"unknown kind of item {what!r}: use one of {', '.join(WHAT)}")


def _dated(papers: pd.DataFrame, per_paper: pd.DataFrame) -> pd.DataFrame:
    """Per-paper items on every row (date) of their paper."""
    rows = papers[["paper_id", "date"]].drop_duplicates()
    return rows.merge(per_paper, on="paper_id")[["paper_id", "date", "item"]]


# ---------------------------------------------------------------------------
# Comparing two windows


def _in(frame: pd.DataFrame, window: Window) -> pd.DataFrame:
    dates = frame["date"]
    return frame[(dates >= pd.Timestamp(window.start)) & (dates <= pd.Timestamp(window.end))]


def papers_in(papers: pd.DataFrame, window: Window) -> int:
    """Distinct papers with a row in ``window``."""
    return _in(papers, window)["paper_id"].nunique()


def counts_in(items: pd.DataFrame, window: Window) -> pd.Series:
    """Distinct papers per item in ``window``."""
    inside = _in(items, window)[["paper_id", "item"]].drop_duplicates()
    return inside.groupby("item").size()


def log_odds_z(
    now: pd.Series,
    before: pd.Series,
    prior: pd.Series,
    totals: tuple[float, float] | None = None,
) -> pd.Series:
    """The z-score of the log-odds ratio of each item between two count vectors,
    with the Dirichlet prior ``prior`` (Monroe et al. 2008, eq. 16, 19-22): positive
    for items used more now. All three share one index. ``totals`` replaces the
    windows' summed counts (each item's odds are against the others' count)."""
    a0 = prior.sum()
    n_now, n_before = totals if totals is not None else (now.sum(), before.sum())
    delta = np.log((now + prior) / (n_now + a0 - now - prior)) - np.log(
        (before + prior) / (n_before + a0 - before - prior)
    )
    return delta / np.sqrt(1 / (now + prior) + 1 / (before + prior))


def compare(
    items: pd.DataFrame,
    papers: pd.DataFrame,
    now: Window,
    before: Window,
    min_count: int = 5,
    prior_weight: float = 1.0,
) -> pd.DataFrame:
    """Every item with at least ``min_count`` papers in one of the windows, ranked
    by score (highest first): item, count, share (of the window's papers),
    count_before, share_before, change (share minus share before) and score (the
    log-odds z-score). The prior is the items' pooled counts over both windows
    times ``prior_weight``."""
    count = counts_in(items, now)
    count_before = counts_in(items, before)
    table = pd.concat([count.rename("count"), count_before.rename("count_before")], axis=1)
    table = table.fillna(0).astype("int64")
    total, total_before = papers_in(papers, now), papers_in(papers, before)
    if table.empty or not total or not total_before:
        return pd.DataFrame({c: pd.Series(dtype=object if c == "item" else float) for c in COLUMNS})
    pooled = (table["count"] + table["count_before"]).astype(float)
    prior = prior_weight * pooled
    # One item alone has no others to be odds against: its odds are against the
    # window's papers without it, the prior added to both sides.
    alone = (total + pooled.sum(), total_before + pooled.sum()) if len(table) == 1 else None
    score = log_odds_z(
        table["count"].astype(float), table["count_before"].astype(float), prior, alone
    ).fillna(0.0)
    table = table.assign(
        share=table["count"] / total,
        share_before=table["count_before"] / total_before,
        score=score,
    )
    table["change"] = table["share"] - table["share_before"]
    table = table[table[["count", "count_before"]].max(axis=1) >= min_count]
    table = table.rename_axis("item").reset_index()[COLUMNS]
    return table.sort_values(["score", "item"], ascending=[False, True], ignore_index=True)


#: A term mostly used inside a longer one gives way to it (``video diffusion``, 22
#: papers, to ``video diffusion model``, 18).
NESTED_SHARE = 0.8


def drop_nested(table: pd.DataFrame) -> pd.DataFrame:
    """Drop a term when a longer term containing it has at least ``NESTED_SHARE``
    of its papers in both windows (``Splatting`` is nearly always ``Gaussian
    Splatting``): the longer says more, and the pair would be listed twice."""
    counts = {
        item.lower(): (c, b)
        for item, c, b in zip(table["item"], table["count"], table["count_before"], strict=True)
    }
    inside: set[str] = set()
    for item, (count, before) in counts.items():
        words = item.split(" ")
        for n in range(1, len(words)):
            for i in range(len(words) - n + 1):
                part = counts.get(" ".join(words[i : i + n]))
                if part and count >= NESTED_SHARE * part[0] and before >= NESTED_SHARE * part[1]:
                    inside.add(" ".join(words[i : i + n]))
    return table[~table["item"].str.lower().isin(inside)].reset_index(drop=True)


def rising(table: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """The ``top`` items with the highest positive scores whose share of papers
    grew too (the score compares shares of all item mentions, which can differ in
    sign from the share of papers when papers mention more items than before)."""
    return table[_rose(table)].head(top).reset_index(drop=True)


def falling(table: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """The ``top`` items with the lowest negative scores whose share of papers
    shrank too, most fallen first."""
    down = table[_fell(table)].sort_values(["score", "item"], kind="stable")
    return down.head(top).reset_index(drop=True)


def _rose(table: pd.DataFrame) -> pd.Series:
    return (table["score"] > 0) & (table["change"] > 0)


def _fell(table: pd.DataFrame) -> pd.Series:
    return (table["score"] < 0) & (table["change"] < 0)


def neither(table: pd.DataFrame) -> list[str]:
    """The items ``rising`` and ``falling`` both leave out, whose share of papers and
    score differ in sign (or do not move), most papers first."""
    rest = table[~(_rose(table) | _fell(table))]
    order = (rest["count"] + rest["count_before"]).sort_values(ascending=False, kind="stable")
    return list(rest.loc[order.index, "item"])


def monthly_shares(items: pd.DataFrame, papers: pd.DataFrame, chosen: list[str]) -> pd.DataFrame:
    """For each of ``chosen``, the share of each month's distinct papers that
    mention it: columns item, month (first day), share; every month of ``papers``."""
    month = papers["date"].dt.to_period("M")
    per_month = papers.assign(month=month).groupby("month")["paper_id"].nunique()
    picked = items[items["item"].isin(chosen)]
    picked = picked.assign(month=picked["date"].dt.to_period("M"))
    counts = picked.drop_duplicates(["paper_id", "item", "month"]).groupby(["item", "month"]).size()
    grid = pd.MultiIndex.from_product([chosen, per_month.index], names=["item", "month"])
    counts = counts.reindex(grid, fill_value=0)
    shares = counts / per_month.reindex(grid.get_level_values("month")).to_numpy()
    out = shares.rename("share").reset_index()
    out["month"] = out["month"].dt.to_timestamp()
    return out


def sparklines(shares: pd.DataFrame) -> dict[str, list[float]]:
    """``monthly_shares`` as one list of shares per item, months in order."""
    ordered = shares.sort_values(["item", "month"])
    return {item: list(group["share"]) for item, group in ordered.groupby("item", sort=False)}
