"""A name spelt out and its acronym, a count or a scaffold among a bracket's settings,
the contest a benchmark was set in, and a measure compared or on a scale (rules b67,
read from the 2025 name probes ZI and ZJ after their first scores, and from ZB-ZH's
acronyms). Each pair is one benchmark a leaderboard shows once; each look-alike is
one it keeps apart."""

from __future__ import annotations

import pytest

from digest_data import canonical_benchmark


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        # an unknown name spelt out, its acronym and both together
        ("Aria Digital Twin", "ADT"),
        ("Aria Digital Twin (ADT)", "ADT"),
        ("Multimodal Safety Test Suite", "MSTS"),
        ("Automated Cardiac Diagnosis Challenge", "ACDC"),
        # the acronym of a name the registry spells out
        ("ABO", "Amazon Berkeley Objects"),
        ("FSC", "Fluent Speech Commands"),
        # how many it holds, among settings, or written alone after a known name
        ("MMMU (validation, 900 Qs)", "MMMU"),
        ("GPQA-Diamond (198 Qs)", "GPQA Diamond"),
        ("BrowseComp (1,266 Qs)", "BrowseComp"),
        ("MMLU-ProX (avg. 29 langs)", "MMLU-ProX"),
        ("HealthBench (5,000 conversations)", "HealthBench"),
        ("SWE-bench Verified (500, resolved %)", "SWE-bench Verified"),
        ("GSM8K (test, 1,319)", "GSM8K"),
        # the size the registry keeps apart stays apart among settings too
        ("MATH (500 problems, pass@1)", "MATH-500"),
        ("MATH (500)", "MATH-500"),
        # the scaffold beside the measure
        ("Terminal Bench 2.0 (Terminus-2, acc.)", "Terminal-Bench 2.0"),
        # the contest it was set in, in brackets or first
        ("CRAG-MM (KDD Cup 2025)", "CRAG-MM"),
        ("Mu-SHROOM (SemEval-2025 Task 3)", "Mu-SHROOM"),
        ("ICDAR 2019 SROIE", "SROIE"),
        ("URGENT 2025 Challenge", "URGENT 2025"),
        ("HomeRobot OVMM Challenge", "HomeRobot OVMM"),
        # a measure compared, averaged over parts, or on a scale; a setting
        ("GDPval (win rate vs. experts)", "GDPval"),
        ("LIBERO (avg. SR over 4 suites, %)", "LIBERO"),
        ("OCRBench (score/1000)", "OCRBench"),
        ("FanOutQA (closed-book)", "FanOutQA"),
        # an owner of two words
        ("Scale AI MultiChallenge", "MultiChallenge"),
    ],
)
def test_one_benchmark_however_written(written, plain):
    assert canonical_benchmark(written) == canonical_benchmark(plain) is not None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # an everyday word is no acronym of a registry name
        ("DNA", "Do-Not-Answer"),
        # "SWT benchmark" is SWT-Bench, whatever SWT spells out
        ("SWT benchmark", "SWaT"),
        # a hyphenated name is one name, no spelt-out acronym
        ("Tic-Tac-Toe", "TTT"),
        # a year in brackets is an edition, no count
        ("MMLU (2024)", "MMLU"),
        # a contest's own edition is its benchmark, with a model run on it or not
        ("ICDAR 2015 with OpenHands", "SROIE"),
        ("ARC Challenge", "ARC"),
        ("Aria Digital Twin", "Aria Synthetic Environments"),
    ],
)
def test_kept_apart(one, other):
    assert canonical_benchmark(one) != canonical_benchmark(other)


def test_a_contest_edition_keeps_its_name():
    assert canonical_benchmark("ICDAR 2015 with OpenHands") == canonical_benchmark("ICDAR 2015")


def test_a_brier_score_is_a_measure():
    assert canonical_benchmark("Brier score") is None
