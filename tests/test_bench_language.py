"""A benchmark's version in one language, and a tag after any of a benchmark's names
(rule b59, read from the 2025 name probes Y and ZA after their first scores): each
group below is one leaderboard, written the ways papers and tables write it."""

from __future__ import annotations

import pytest

from digest_data import canonical_benchmark
from digest_data.enrich.bench_language import Tagged, language_tag


@pytest.mark.parametrize(
    ("written", "tagged"),
    [
        ("MT-Bench (ja)", Tagged("MT-Bench", "Japanese")),
        ("MT-Bench [JA]", Tagged("MT-Bench", "Japanese")),
        ("JA MT-Bench", Tagged("MT-Bench", "Japanese")),
        ("Japanese MT-Bench", Tagged("MT-Bench", "Japanese")),
        ("MT-Bench Japanese", Tagged("MT-Bench", "Japanese")),
        ("XNLI-fr", Tagged("XNLI", "French")),
        ("BrowseComp-ZH", Tagged("BrowseComp", "Chinese")),
    ],
)
def test_a_language_tag_however_written(written, tagged):
    assert language_tag(written) == tagged


@pytest.mark.parametrize(
    "written",
    [
        "CN-Celeb",  # a hyphen after a code makes a name
        "EN (MMLU)",  # a word before a dataset in brackets
        "MMLU (id)",  # in-distribution, not Indonesian
        "Latency (ms)",  # milliseconds
        "Video-MME (AR)",  # capitals that are no language's
        "MMLU",
        # (found by the second review) a translation pair; full-reference; a category
        "WMT22 de-en",
        "MuST-C en-de",
        "LIVE (FR)",
        "MMLU-Pro (cs)",
    ],
)
def test_what_is_no_language_tag(written):
    assert language_tag(written) is None


@pytest.mark.parametrize(
    "group",
    [
        ["MT-Bench (ja)", "JA MT-Bench", "Japanese MT-Bench", "MT-Bench (Japanese)"],
        ["MMLU (zh)", "MMLU-zh", "Chinese MMLU", "MMLU (Chinese)", "MMLU (zh-CN)", "MMLU-zh-CN"],
        ["MMMLU-JA_JP", "MMMLU JA_JP", "MMMLU (ja)"],
        ["WMT22 de-en", "WMT22 (de-en)", "WMT22 De-En"],
        ["BrowseComp (zh)", "Chinese BrowseComp", "BrowseComp-ZH"],
        ["MGSM (de)", "MGSM-de", "German MGSM"],
        # a tag after a benchmark's name or its acronym, the two given together or not
        [
            "HLE (text-only)",
            "Humanity's Last Exam (text-only)",
            "Humanity's Last Exam (HLE) (text-only)",
        ],
    ],
)
def test_the_spellings_of_one_benchmark_meet(group):
    assert len({canonical_benchmark(name) for name in group}) == 1
    assert canonical_benchmark(group[0]) is not None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("MMLU (zh)", "MMLU"),  # a translation is its own leaderboard
        ("MMLU (zh)", "CMMLU"),  # and no benchmark written in Chinese from the start
        ("MMLU (ar)", "ArabicMMLU"),  # (found by the second review)
        ("MMLU (tr)", "TurkishMMLU"),
        ("MGSM (de)", "MGSM (fr)"),
        ("MGSM (de)", "MGSM"),
        ("HLE (text-only)", "HLE"),
        ("CVDN Val Unseen", "CVDN Test Unseen"),  # a split before the tag stays
    ],
)
def test_look_alikes_stay_apart(one, other):
    assert canonical_benchmark(one) != canonical_benchmark(other)


def test_a_tag_the_registry_name_already_says_is_that_benchmark():
    assert canonical_benchmark("LIBERO-10 (Long)") == "LIBERO-Long"
    assert canonical_benchmark("SimpleQA (zh)") == "Chinese SimpleQA"
    assert canonical_benchmark("Chinese MTEB") == canonical_benchmark("MTEB-zh") == "C-MTEB"
