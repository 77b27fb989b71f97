"""Names written with a bracket, a hyphen or an "@" that says how a benchmark was run,
or spelled out (rules b54 and b56, read from the 2025 name probes Y, Z, ZA and ZB after
their first scores). Each pair is one benchmark a leaderboard shows once; each
look-alike is one it keeps apart."""

from __future__ import annotations

import pytest

from digest_data import canonical_benchmark
from digest_data.enrich.benchmarks import abbreviates


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        # an acronym whose letters take more than the initial of a word
        ("MAIR (Massive Instructed Retrieval Benchmark)", "MAIR"),
        ("RTEB (Retrieval Embedding Benchmark)", "RTEB"),
        # a measure in brackets: averaged, a share in words, a level of IFEval's
        ("LIBERO (mean SR)", "LIBERO"),
        ("SWE-bench Verified (resolve %)", "SWE-bench Verified"),
        ("IFEval (prompt-level)", "IFEval"),
        ("WISE (overall WiScore)", "WISE"),
        ("CALVIN ABC→D (Avg. Len.)", "CALVIN ABC→D"),
        # the whole of it, counted or in parts
        ("LIBERO (four suites)", "LIBERO"),
        ("LIBERO (4 task suites)", "LIBERO"),
        ("AIME 2025 (I & II)", "AIME 2025"),
        ("AIME 2025 (I and II)", "AIME 2025"),
        # a subset among settings in one bracket
        ("CharXiv (RQ, val)", "CharXiv-RQ"),
        # a split or the full set joined by a hyphen, as by a space
        ("MLVU-dev", "MLVU dev"),
        ("MathVision-full", "MathVision"),
        # a first version before a bracket, as at the end
        ("Terminal-Bench 1.0 (Core)", "Terminal-Bench (Core)"),
        ("Oxford-IIIT Pet", "Oxford Pets"),
        # b56: a context length after an "@" is the length, not a measure at k
        ("RULER@128K", "RULER (128k)"),
        # a name with a hyphen before "benchmark" is a name, not a phrase
        ("Agent-X benchmark", "Agent-X"),
        ("VACE-Benchmark", "VACE Benchmark"),
        # "The" glued before capitals, as written apart
        ("The MCP Company", "TheMCPCompany"),
        # a date window written with dots
        ("LiveCodeBench (25.02-25.05)", "LiveCodeBench (2502-2505)"),
        # an average after a hyphen, a split shortened with a dot
        ("LIBERO-Avg", "LIBERO"),
        ("CharXiv (RQ, val.)", "CharXiv RQ"),
        # the benchmark's own agent harness in brackets
        ("Terminal-Bench 2.0 (Terminus 2)", "Terminal-Bench 2.0"),
        # an acronym with small letters, spelled out
        ("Chemical Text Embedding Benchmark", "ChemTEB"),
        ("Finance Massive Text Embedding Benchmark", "FinMTEB"),
    ],
)
def test_one_benchmark_under_two_spellings(written, plain):
    assert canonical_benchmark(written) == canonical_benchmark(plain) is not None


@pytest.mark.parametrize(
    ("written", "other"),
    [
        ("ImageNet (10%)", "ImageNet"),  # a share of the labels is a subset
        ("Video-MME (w/o subs, long)", "Video-MME"),  # the long videos only
        ("CodeIF", "CodeIF-Bench"),  # two benchmarks of 2025, not one with "Bench"
        ("LiveBench (v2, pass@1)", "LiveBench"),  # a later version
        ("HLE (text-only)", "HLE"),
        ("RULER@128K", "RULER"),  # the 128K column is its own
        ("pass@1K", "RULER"),  # a measure at k stays none
        ("Large Language Model Benchmark", "LLMBar"),  # "Bar" does not begin "Benchmark"
        ("LiveCodeBench (25.02-25.05)", "LiveCodeBench"),  # a window is a set of its own
    ],
)
def test_look_alikes_stay_apart(written, other):
    assert canonical_benchmark(written) != canonical_benchmark(other)


def test_an_acronym_spells_each_word_with_more_of_its_letters_only_in_order():
    assert abbreviates("MAIR", "Massive Instructed Retrieval")
    assert abbreviates("RTEB", "ReTrieval Embedding Benchmark")
    assert not abbreviates("MMLU", "Multiple Choice")  # one M in "Multiple"
    assert not abbreviates("ABC", "Alpha Beta Gamma")  # no C after Beta's B
    assert not abbreviates("RTEB", "Embedding Retrieval Benchmark")  # out of order


@pytest.mark.parametrize(
    ("written", "not_this"),
    [
        # found by the second review of b54-b56: a generic phrase spelled out is no
        # mixed-case acronym's name, nor one with digits the words lack
        ("Long Video Benchmark", "LVBench"),
        ("Code Generation Benchmark", "CG-Bench"),
        ("Mathematical Reasoning Benchmark", "MR-Ben"),
        ("Commonsense Question Answering", "CoQA"),
        ("Grade School Math", "GSM1k"),
        ("Camouflaged Object Detection", "CO3D"),
        ("Deep Reinforcement Learning", "D4RL"),
        ("Safety Alignment Benchmark", "SA-1B"),
        # any word before "%" is no measure; digits in brackets are no "I & II"
        ("Video-MME (Long %)", "Video-MME"),
        ("ARC-AGI (1 & 2)", "ARC-AGI-1"),
        # the first of a later version is not that later version
        ("NYU Depth v1 (RMSE)", "NYU Depth v2"),
    ],
)
def test_a_reading_that_would_name_another_benchmark(written, not_this):
    assert canonical_benchmark(written) != canonical_benchmark(not_this)


def test_tracks_and_phrases_the_review_found():
    # a track run with or without subtitles stays apart within a subset
    assert canonical_benchmark("Video-MME (long, w/ subs)") != canonical_benchmark(
        "Video-MME (long, w/o subs)"
    )
    # a hyphenated everyday compound before "Benchmark" is a phrase, no name
    assert canonical_benchmark("Real-World Benchmark") is None
    assert canonical_benchmark("In-House Benchmark") is None
    # a measure at 1k after no benchmark stays a measure
    assert canonical_benchmark("AR@1k") is None
