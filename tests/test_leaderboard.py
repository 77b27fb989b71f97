"""The Benchmarks page's numbers (digest_data/analyse/leaderboard.py), worked out by
hand on a small fixture."""

from __future__ import annotations

import pandas as pd
import pytest

from digest_data.analyse import leaderboard

COLUMNS = ["date", "paper_id", "value", "unit", "metric_id", "benchmark_id", "kind", "model"]
ROWS = [
    ("2024-10-01", "p1", 80.0, "%", "accuracy", "GSM8K", "score", "A"),
    ("2024-10-01", "p2", 82.5, "%", "accuracy", "GSM8K", "score", "B"),
    ("2024-10-02", "p3", 95.0, "%", "accuracy", "GSM8K", "delta", "C"),  # a gain: never a score
    ("2024-10-03", "p3", 79.0, "%", "accuracy", "GSM8K", "score", "C"),
    ("2024-10-03", "p3", 0.7, "", "accuracy", "GSM8K", "score", "C"),  # no unit: its own series
    ("2024-10-04", "p4", 82.5, "%", "accuracy", "GSM8K", "score", "D"),  # ties the best
    ("2024-10-04", "p4", 3.0, "x", "speedup", "GSM8K", "efficiency", "D"),  # never a score
    ("2024-10-05", "p5", 90.1, "%", "accuracy", "GSM8K", "score", "E"),
    # Metric not named, and no unit: it may be any measure (a "%" would make it
    # GSM8K's one usual metric, accuracy; see the test of _usual_metric below).
    ("2024-10-05", "p5", 99.0, "", "", "GSM8K", "score", "E"),
    ("2024-10-01", "p6", 2.5, "", "fid", "ImageNet 256x256", "score", "F"),
    ("2024-10-03", "p7", 1.9, "", "fid", "ImageNet 256x256", "score", "G"),
    ("2024-10-04", "p8", 2.2, "", "fid", "ImageNet 256x256", "score", "H"),
    ("2024-10-04", "p8", 7.0, "", "fid", "", "score", "H"),  # no benchmark
]


def frame(rows=ROWS) -> pd.DataFrame:
    metrics = pd.DataFrame(rows, columns=COLUMNS)
    metrics["date"] = pd.to_datetime(metrics["date"])
    metrics["source"] = "hf-daily"
    metrics["title"] = "Paper " + metrics["paper_id"].str[1:]
    metrics["metric"] = metrics["metric_id"]
    metrics["benchmark"] = metrics["benchmark_id"]
    metrics["context"] = "a sentence"
    return metrics


def days(*texts: str) -> list[pd.Timestamp]:
    return [pd.Timestamp(t) for t in texts]


def test_scores_on_keep_only_absolute_scores_of_the_benchmark():
    scores = leaderboard.scores_on(frame(), "GSM8K")
    assert sorted(scores["value"]) == [0.7, 79.0, 80.0, 82.5, 82.5, 90.1, 99.0]
    assert set(scores["series"]) == {"accuracy (%)", "accuracy", leaderboard.UNNAMED}


def test_links_come_from_the_papers():
    papers = frame().drop_duplicates("paper_id")[["paper_id", "date", "source"]]
    papers = papers.assign(url="https://arxiv.org/abs/" + papers["paper_id"])
    scores = leaderboard.scores_on(frame(), "ImageNet 256x256", papers)
    assert list(scores["url"]) == [f"https://arxiv.org/abs/p{i}" for i in (6, 7, 8)]


def test_best_so_far_steps_up_for_accuracy_and_a_tie_keeps_the_holder():
    best = leaderboard.best_so_far(leaderboard.scores_on(frame(), "GSM8K"), "GSM8K")
    percent = best[best["series"] == "accuracy (%)"]
    assert list(percent["date"]) == days("2024-10-01", "2024-10-03", "2024-10-04", "2024-10-05")
    assert list(percent["value"]) == [82.5, 82.5, 82.5, 90.1]
    assert list(percent["title"]) == ["Paper 2", "Paper 2", "Paper 2", "Paper 5"]
    plain = best[best["series"] == "accuracy"]
    assert list(plain["value"]) == [0.7]
    assert leaderboard.UNNAMED not in set(best["series"])


def test_best_so_far_steps_down_for_fid():
    scores = leaderboard.scores_on(frame(), "ImageNet 256x256")
    best = leaderboard.best_so_far(scores, "ImageNet 256x256")
    assert list(best["date"]) == days("2024-10-01", "2024-10-03", "2024-10-04")
    assert list(best["value"]) == [2.5, 1.9, 1.9]
    assert list(best["model"]) == ["F", "G", "G"]


def test_ranked_puts_the_biggest_series_first_and_the_best_on_top():
    table = leaderboard.ranked(leaderboard.scores_on(frame(), "GSM8K"), "GSM8K")
    # The score that names no metric comes last, unranked: the table holds every
    # score the chart draws.
    assert list(table["series"]) == ["accuracy (%)"] * 5 + ["accuracy", leaderboard.UNNAMED]
    assert list(table["value"]) == [90.1, 82.5, 82.5, 80.0, 79.0, 0.7, 99.0]
    assert list(table["rank"][:6]) == [1, 2, 3, 4, 5, 1] and pd.isna(table["rank"].iloc[6])
    # Equal values: the earlier report ranks first.
    assert list(table["model"][1:3]) == ["B", "D"]
    fid = leaderboard.ranked(leaderboard.scores_on(frame(), "ImageNet 256x256"), "ImageNet 256x256")
    assert list(fid["value"]) == [1.9, 2.2, 2.5]


def test_benchmark_choices_by_papers_reporting_a_score():
    choices = leaderboard.benchmark_choices(frame())
    assert list(choices["benchmark_id"]) == ["GSM8K", "ImageNet 256x256"]
    assert list(choices["papers"]) == [5, 3]
    assert list(choices["scores"]) == [7, 3]


def test_a_paper_listed_again_ranks_once_on_its_first_day():
    """p5 is listed again on 10-07 and by a second source on 10-05 with the same
    summary: its 90.1 is one result, not three ranks above the runner-up."""
    again = frame(ROWS + [("2024-10-07", "p5", 90.1, "%", "accuracy", "GSM8K", "score", "E")])
    other = frame([("2024-10-05", "p5", 90.1, "%", "accuracy", "GSM8K", "score", "E")])
    metrics = pd.concat([again, other.assign(source="markdown")], ignore_index=True)
    scores = leaderboard.scores_on(metrics, "GSM8K")
    assert sorted(scores["value"]) == [0.7, 79.0, 80.0, 82.5, 82.5, 90.1, 99.0]
    table = leaderboard.ranked(scores, "GSM8K")
    assert list(table["value"][:2]) == [90.1, 82.5] and list(table["rank"][:2]) == [1, 2]
    assert table["date"].iloc[0] == pd.Timestamp("2024-10-05")
    assert list(leaderboard.benchmark_choices(metrics)["scores"]) == [7, 3]


def test_benchmark_table_for_a_range():
    table = leaderboard.benchmark_table(frame(), {"ImageNet 256x256", "MMLU"})
    table = table.set_index("benchmark_id")
    gsm = table.loc["GSM8K"]
    assert gsm["family"] == "Math"
    assert gsm["papers"] == 5
    assert (gsm["first"], gsm["last"]) == (pd.Timestamp("2024-10-01"), pd.Timestamp("2024-10-05"))
    assert (gsm["main_metric"], gsm["best"], gsm["best_model"]) == ("accuracy (%)", 90.1, "E")
    assert bool(gsm["new"])
    imagenet = table.loc["ImageNet 256x256"]
    assert (imagenet["main_metric"], imagenet["best"], imagenet["best_title"]) == (
        "fid",
        1.9,
        "Paper 7",
    )
    assert imagenet["papers"] == 3 and not bool(imagenet["new"])
    assert list(table.index) == ["GSM8K", "ImageNet 256x256"]


def test_labels_use_the_registry_else_the_commonest_spelling():
    metrics = frame(
        [
            ("2024-10-01", "p1", 1.0, "", "", "nerfds", "score", ""),
            ("2024-10-02", "p2", 1.0, "", "", "nerfds", "score", ""),
            ("2024-10-03", "p3", 1.0, "", "", "nerfds", "score", ""),
            ("2024-10-01", "p1", 1.0, "", "", "GSM8K", "score", ""),
        ]
    )
    metrics["benchmark"] = ["NeRF-DS", "NeRF DS", "NeRF-DS", "gsm8k"]
    assert leaderboard.benchmark_labels(metrics) == {"nerfds": "NeRF-DS", "GSM8K": "GSM8K"}


@pytest.mark.parametrize(
    ("metric_id", "unit", "name"),
    [("accuracy", "%", "accuracy (%)"), ("fid", "", "fid"), ("", "%", leaderboard.UNNAMED)],
)
def test_series_names_never_blank(metric_id, unit, name):
    assert leaderboard.series_name(metric_id, unit) == name


def test_nothing_on_a_benchmark_gives_empty_tables():
    scores = leaderboard.scores_on(frame(), "MMLU")
    assert scores.empty
    assert leaderboard.best_so_far(scores, "MMLU").empty
    assert leaderboard.ranked(scores, "MMLU").empty
    assert leaderboard.benchmark_table(frame().iloc[:0], ()).empty


def test_a_benchmark_opens_on_its_most_reported_metrics_in_one_unit_at_most_limit():
    scores = pd.DataFrame(
        {
            "series": ["fid", "fid", "is", "psnr", "top-1 accuracy (%)", "ssim", "lpips", "rfid"],
            "unit": ["", "", "", "", "%", "", "", ""],
        }
    )
    series = ["fid", "is", "psnr", "top-1 accuracy (%)", "ssim", "lpips", "rfid"]
    # The %-unit series is left out (another unit than the first); of the rest the
    # first three in the given order.
    assert leaderboard.default_series(scores, series, 3) == ["fid", "is", "psnr"]
    assert leaderboard.default_series(scores, series, 10) == [
        "fid",
        "is",
        "psnr",
        "ssim",
        "lpips",
        "rfid",
    ]


def test_a_number_written_without_its_percent_sign_joins_the_percentages():
    rows = [
        ("2024-10-01", "p1", 85.3, "%", "top-1 accuracy", "ImageNet", "score", "A"),
        ("2024-10-02", "p2", 86.1, "", "top-1 accuracy", "ImageNet", "score", "B"),
        ("2024-10-03", "p3", 0.87, "", "top-1 accuracy", "ImageNet", "score", "C"),
        # no percentages of fid on ImageNet: a bare fid stays a bare fid
        ("2024-10-03", "p3", 2.1, "", "fid", "ImageNet", "score", "C"),
    ]
    scores = leaderboard.scores_on(frame(rows), "ImageNet")
    assert dict(zip(scores["value"], scores["series"], strict=True)) == {
        85.3: "top-1 accuracy (%)",
        86.1: "top-1 accuracy (%)",
        0.87: "top-1 accuracy",
        2.1: "fid",
    }
    table = leaderboard.benchmark_table(frame(rows), seen_before=[])
    assert table.loc[0, ["main_metric", "best", "best_model"]].tolist() == [
        "top-1 accuracy (%)",
        86.1,
        "B",
    ]


def test_series_are_ordered_by_how_many_scores_and_unnamed_last():
    scores = leaderboard.scores_on(frame(), "GSM8K")
    # accuracy (%): 5 scores; accuracy: 1; the unnamed one last whatever its count.
    assert leaderboard.series_by_count(scores) == ["accuracy (%)", "accuracy", leaderboard.UNNAMED]


def test_a_score_naming_no_metric_takes_the_benchmarks_one_usual_metric_when_it_can_only_be_it():
    """MMLU's one usual metric is accuracy, GenEval's its own score; ImageNet's is
    top-1 accuracy, but a plain 2.24 there is an FID as likely; AlpacaEval 2.0 has two."""
    rows = frame(
        [
            ("2024-10-01", "p1", 88.4, "%", "", "MMLU", "score", "Hunyuan-Large"),
            ("2024-10-02", "p2", 86.0, "%", "accuracy", "MMLU", "score", "B"),
            ("2024-10-01", "p3", 0.65, "", "", "GenEval", "score", "OneDiffusion"),
            ("2024-10-01", "p4", 2.24, "", "", "ImageNet", "score", "LatentLM"),
            ("2024-10-01", "p5", 40.1, "%", "", "AlpacaEval 2.0", "score", "E"),
        ]
    )
    series = {
        b: list(leaderboard.scores_on(rows, b)["series"])
        for b in ("MMLU", "GenEval", "ImageNet", "AlpacaEval 2.0")
    }
    assert series["MMLU"] == ["accuracy (%)", "accuracy (%)"]
    assert series["GenEval"] == ["score"]
    assert series["ImageNet"] == [leaderboard.UNNAMED]
    assert series["AlpacaEval 2.0"] == [leaderboard.UNNAMED]
    table = leaderboard.ranked(leaderboard.scores_on(rows, "MMLU"), "MMLU")
    assert list(table["value"]) == [88.4, 86.0] and list(table["rank"]) == [1, 2]
