"""Benchmarks over time: the scores reported on one canonical benchmark, the best
so far per metric, a ranked table, and a table of the benchmarks of a range.

Only absolute scores count (``kind == "score"``): deltas and efficiency figures
are never mixed in. A metric's numbers in different units ("85.3%" and "0.853")
are different series, named "metric (unit)"; a number written without its "%" but
on the percentages' scale joins them (``_with_series``)."""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from ..enrich.benchmarks import better, load_registry
from .aggregate import lower_wins

#: The series of scores whose metric the summary did not name: drawn, never ranked.
UNNAMED = "(metric not named)"
_PAPER_KEY = ["paper_id", "date", "source"]
#: One paper's one result. Listed again, on a later day or by another source, it is
#: the same score, counted and ranked once, on the first day it was listed.
_SAME_SCORE = ["paper_id", "benchmark_id", "metric_id", "model", "value"]
SCORE_COLUMNS = [
    "date",
    "value",
    "series",
    "metric_id",
    "unit",
    "model",
    "title",
    "metric",
    "benchmark",
    "context",
    "paper_id",
    "url",
]


def series_name(metric_id: str, unit: str) -> str:
    """ "accuracy (%)", "fid" (no unit), or UNNAMED."""
    if not metric_id:
        return UNNAMED
    return f"{metric_id} ({unit})" if unit else metric_id


def scores_on(
    metrics: pd.DataFrame, benchmark_id: str, papers: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every absolute score reported on ``benchmark_id``, oldest first, with its
    series and (from ``papers``, when given) the paper's link."""
    rows = metrics[(metrics["benchmark_id"] == benchmark_id) & (metrics["kind"] == "score")]
    rows = _with_series(rows)
    if papers is not None and "url" not in rows:
        rows = rows.merge(papers[_PAPER_KEY + ["url"]], on=_PAPER_KEY, how="left")
    for column in ("title", "url"):
        if column not in rows:
            rows = rows.assign(**{column: ""})
    rows = rows.sort_values(["date", "series", "value"], kind="stable", ignore_index=True)
    return rows.drop_duplicates(_SAME_SCORE, ignore_index=True)[SCORE_COLUMNS]


def best_so_far(scores: pd.DataFrame, benchmark_id: str) -> pd.DataFrame:
    """Per named series, for each day with a report: the best value reported up
    to that day (the lowest for metrics where lower is better) and the paper that
    reported it. The rows of a step line; columns date, series, value, title, model."""
    columns = ["date", "series", "value", "title", "model", "paper_id"]
    parts = []
    for _, series in scores[scores["series"] != UNNAMED].groupby("series", sort=True):
        lower = lower_wins(series, benchmark_id)
        # Per day the day's best, then the running best over days.
        ordered = series.sort_values(["date", "value"], ascending=[True, lower], kind="stable")
        day_best = ordered.drop_duplicates("date", keep="first").reset_index(drop=True)
        running = day_best["value"].cummin() if lower else day_best["value"].cummax()
        previous = running.shift()
        record = previous.isna() | (
            day_best["value"] < previous if lower else day_best["value"] > previous
        )
        # The holder of the running best: the day that set it (a tie does not take it).
        holder = day_best.index.to_series().where(record).ffill()
        held = day_best.loc[holder.astype(int).to_numpy()].reset_index(drop=True)
        parts.append(held[columns].assign(date=day_best["date"].to_numpy()))
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.concat(parts, ignore_index=True)[columns]


def ranked(scores: pd.DataFrame, benchmark_id: str) -> pd.DataFrame:
    """The leaderboard: named series, most reported first, each ranked best first
    (earlier day first on ties); ``rank`` counts within a series. Scores that name
    no metric follow by day, unranked (``rank`` missing): nothing says which of two
    numbers of unknown measures is better, but the table still holds every score
    the chart draws."""
    named = scores[scores["series"] != UNNAMED]
    sizes = named["series"].value_counts()
    parts = []
    for series in sorted(sizes.index, key=lambda s: (-sizes[s], s)):
        rows = named[named["series"] == series]
        lower = lower_wins(rows, benchmark_id)
        rows = rows.sort_values(["value", "date"], ascending=[lower, True], kind="stable")
        parts.append(rows.assign(rank=pd.array(range(1, len(rows) + 1), dtype="Int64")))
    unnamed = scores[scores["series"] == UNNAMED].sort_values("date", kind="stable")
    if not unnamed.empty:
        parts.append(unnamed.assign(rank=pd.array([pd.NA] * len(unnamed), dtype="Int64")))
    columns = ["rank", "value", "series", "model", "title", "date", "url", "context", "paper_id"]
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.concat(parts, ignore_index=True)[columns]


def benchmark_labels(metrics: pd.DataFrame) -> dict[str, str]:
    """A name to show per benchmark id: the registry's, else the spelling written
    most often (ties: the first in alphabetical order)."""
    known = load_registry().benchmarks
    named = metrics[metrics["benchmark_id"] != ""]
    counts = named.groupby(["benchmark_id", "benchmark"]).size().rename("n").reset_index()
    counts = counts.sort_values(["benchmark_id", "n", "benchmark"], ascending=[True, False, True])
    written = counts.drop_duplicates("benchmark_id").set_index("benchmark_id")["benchmark"]
    return {b: (b if b in known else written[b]) for b in written.index}


def benchmark_choices(metrics: pd.DataFrame) -> pd.DataFrame:
    """Benchmarks with at least one score, by the number of papers reporting one
    (then by id): columns benchmark_id, papers, scores."""
    scores = metrics[(metrics["benchmark_id"] != "") & (metrics["kind"] == "score")]
    scores = scores.drop_duplicates(_SAME_SCORE)
    table = scores.groupby("benchmark_id").agg(
        papers=("paper_id", "nunique"), scores=("value", "size")
    )
    table = table.reset_index().sort_values(
        ["papers", "scores", "benchmark_id"], ascending=[False, False, True], ignore_index=True
    )
    return table


def series_by_count(scores: pd.DataFrame) -> list[str]:
    """The series of ``scores``, most reported first (then by name), scores that
    name no metric last."""
    counts = scores["series"].value_counts()
    return sorted(counts.index, key=lambda s: (s == UNNAMED, -counts[s], s))


def default_series(scores: pd.DataFrame, series: list[str], limit: int) -> list[str]:
    """The series a benchmark's chart opens on: of ``series`` (most reported first),
    those in the first one's unit, at most ``limit``, so that the chart keeps one
    readable panel per metric (an Inception Score of 288 beside FIDs of 2 on one
    axis flattens the FIDs)."""
    unit = scores.groupby("series")["unit"].first()
    return [s for s in series if unit[s] == unit[series[0]]][:limit]


def _sole_metrics() -> dict[str, str]:
    """Each registry benchmark with one usual metric, and that metric."""
    benchmarks = load_registry().benchmarks
    return {b: entry.metrics[0][0] for b, entry in benchmarks.items() if len(entry.metrics) == 1}


def _usual_metric(rows: pd.DataFrame) -> pd.Series:
    """``rows``' metric ids, a score that names none taking its benchmark's one
    usual metric (the registry's) when the number can only be that: a percentage
    ("88.4% on MMLU" is its accuracy), or a plain number where the usual metric is
    the benchmark's own score (GenEval, VBench). A plain number elsewhere may be any
    measure ("2.24 on ImageNet" is an FID, not a top-1 accuracy) and stays unnamed."""
    usual = rows["benchmark_id"].map(_sole_metrics()).fillna("")
    fits = (rows["unit"] == "%") | ((rows["unit"] == "") & (usual == "score"))
    taken = (rows["metric_id"] == "") & (usual != "") & fits
    return rows["metric_id"].where(~taken, usual)


def _with_series(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with their ``series`` (as ``series_name``, without a Python loop) and
    ``metric_id`` (``_usual_metric``). A number written without "%" joins its
    metric's percentages on the same benchmark when it is on their scale (above 1,
    at most 100): "top-1 accuracy of 85.3" and "85.3% top-1 accuracy" are one series;
    "0.853" stays apart."""
    rows = rows.assign(metric_id=_usual_metric(rows))
    unit = rows["unit"]
    has_percent = (unit == "%").groupby([rows["benchmark_id"], rows["metric_id"]]).transform("any")
    on_scale = (unit == "") & has_percent & (rows["value"] > 1) & (rows["value"] <= 100)
    unit = unit.where(~on_scale, "%")
    named = rows["metric_id"] != ""
    with_unit = rows["metric_id"] + " (" + unit + ")"
    series = rows["metric_id"].where(unit == "", with_unit).where(named, UNNAMED)
    return rows.assign(series=series, unit=unit)


def _main_series(scores: pd.DataFrame) -> pd.DataFrame:
    """Per benchmark, its most reported named series (ties: the registry's usual
    metric order, then the name): columns benchmark_id, series, metric_id."""
    benchmarks = load_registry().benchmarks
    named = scores[scores["series"] != UNNAMED]
    counts = named.groupby(["benchmark_id", "series", "metric_id"]).size().rename("n")
    counts = counts.reset_index()

    def usual(benchmark_id: str, metric_id: str) -> int:
        entry = benchmarks.get(benchmark_id)
        order = [m for m, _ in entry.metrics] if entry else []
        return order.index(metric_id) if metric_id in order else len(order)

    counts["usual"] = [
        usual(b, m) for b, m in zip(counts["benchmark_id"], counts["metric_id"], strict=True)
    ]
    counts = counts.sort_values(
        ["benchmark_id", "n", "usual", "series"], ascending=[True, False, True, True]
    )
    return counts.drop_duplicates("benchmark_id")[["benchmark_id", "series", "metric_id"]]


#: The range's benchmarks table's columns after the benchmark itself.
RANGE_COLUMNS = [
    "family",
    "papers",
    "first",
    "last",
    "main_metric",
    "best",
    "best_model",
    "best_title",
    "new",
]


def benchmark_table(metrics: pd.DataFrame, seen_before: Collection[str]) -> pd.DataFrame:
    """One row per benchmark reported in ``metrics`` (a range): papers reporting
    it, first and last day, its main series with the best value in the range and
    who reported it, and whether it is new (not in ``seen_before``, the benchmark
    ids reported before the range). Most reported first."""
    on = metrics[metrics["benchmark_id"] != ""]
    table = on.groupby("benchmark_id").agg(
        papers=("paper_id", "nunique"), first=("date", "min"), last=("date", "max")
    )
    scores = _with_series(on[on["kind"] == "score"])
    main = _main_series(scores)
    rows = scores.merge(main, on=["benchmark_id", "series", "metric_id"])
    lower = {
        (b, m): better(m, b) == "lower"
        for b, m in zip(main["benchmark_id"], main["metric_id"], strict=True)
    }
    # Best first whichever way the metric goes: sort on the value, negated where
    # higher wins; ties to the earlier report.
    flip = [
        1 if lower[k] else -1 for k in zip(rows["benchmark_id"], rows["metric_id"], strict=True)
    ]
    rows = rows.assign(key=rows["value"] * flip).sort_values(
        ["benchmark_id", "key", "date"], kind="stable"
    )
    best = rows.drop_duplicates("benchmark_id").set_index("benchmark_id")
    table = table.join(
        best[["series", "value", "model", "title"]].rename(
            columns={
                "series": "main_metric",
                "value": "best",
                "model": "best_model",
                "title": "best_title",
            }
        )
    ).reset_index()
    registry = load_registry()
    table["family"] = [
        registry.families[registry.benchmarks[b].family] if b in registry.benchmarks else ""
        for b in table["benchmark_id"]
    ]
    table["new"] = ~table["benchmark_id"].isin(set(seen_before))
    for column in ("main_metric", "best_model", "best_title"):
        table[column] = table[column].fillna("")
    return table.sort_values(
        ["papers", "benchmark_id"], ascending=[False, True], ignore_index=True
    )[["benchmark_id", *RANGE_COLUMNS]]
