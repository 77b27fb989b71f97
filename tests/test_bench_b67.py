"""A name spelt out and its acronym, a count or a scaffold among a bracket's settings,
the contest a benchmark was set in, and a measure compared or on a scale (rules b67,
read from the 2025 name probes ZI and ZJ after their first scores, b68, the mends of
its second review, b69, read from ZK and ZL after theirs, and b71, the mends of its
second review). Each pair is one benchmark a leaderboard shows once; each
look-alike is one it keeps apart."""

from __future__ import annotations

import pytest

from digest_data import canonical_benchmark


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        # an unknown name spelt out, its acronym and both together
        ("Aria Digital Twin", "ADT"),
        ("Aria Digital Twin (ADT)", "ADT"),
        ("Automated Cardiac Diagnosis Challenge", "ACDC"),
        # with or without a last "Benchmark" or "Dataset", as its key is
        ("Aria Digital Twin Dataset", "ADT"),
        ("Visual Haystacks Benchmark", "Visual Haystacks"),
        # how many it holds, among settings, or written alone after a known name
        ("MMMU (validation, 900 Qs)", "MMMU"),
        ("GPQA-Diamond (198 Qs)", "GPQA Diamond"),
        ("BrowseComp (1,266 Qs)", "BrowseComp"),
        ("MMLU-ProX (avg. 29 langs)", "MMLU-ProX"),
        ("HealthBench (5,000 conversations)", "HealthBench"),
        ("GSM8K (test, 1,319)", "GSM8K"),
        # the size the registry keeps apart stays apart among settings too
        ("MATH (500 problems, pass@1)", "MATH-500"),
        ("MATH (500)", "MATH-500"),
        # a split the registry keeps apart stays apart beside a count
        ("DocVQA (val, 5,349 questions)", "DocVQA (val)"),
        # the scaffold beside the measure
        ("Terminal Bench 2.0 (Terminus-2, acc.)", "Terminal-Bench 2.0"),
        # the contest it was set in, in brackets or first
        ("CRAG-MM (KDD Cup 2025)", "CRAG-MM"),
        ("Mu-SHROOM (SemEval-2025 Task 3)", "Mu-SHROOM"),
        ("ICDAR 2019 SROIE", "SROIE"),
        # the contest's year is the edition when the registry keeps editions apart
        ("STS (SemEval 2016)", "STS16"),
        ("Hateful Memes Challenge", "Hateful Memes"),
        ("URGENT 2025 Challenge", "URGENT 2025"),
        ("HomeRobot OVMM Challenge", "HomeRobot OVMM"),
        # a measure compared, averaged over parts, or on a scale; a setting
        ("GDPval (win rate vs. experts)", "GDPval"),
        ("LIBERO (avg. SR over 4 suites, %)", "LIBERO"),
        ("OCRBench (score/1000)", "OCRBench"),
        ("FanOutQA (closed-book)", "FanOutQA"),
        # (b69, from probes ZK and ZL after their first scores) any counted noun, beside
        # any other part; an average over named parts or lengths; who made it
        ("HealthBench (5,000 conv.)", "HealthBench"),
        ("Aider polyglot (225 exercises)", "Aider Polyglot"),
        ("BrowseComp (English, 1,266 Qs)", "BrowseComp"),
        ("CIFAR (10 classes)", "CIFAR-10"),
        ("IFEval (4-metric avg.)", "IFEval"),
        ("RULER (4K–128K avg.)", "RULER"),
        ("LIBERO (avg. of Spatial/Object/Goal/Long)", "LIBERO"),
        ("HarmBench (ASR, lower better)", "HarmBench"),
        ("MATH-500 (Lightman et al.)", "MATH-500"),
        ("MMLU (Hendrycks et al., 2021)", "MMLU"),
        ("LiveCodeBench (avg. 5 runs)", "LiveCodeBench"),
        # (b72, from probe ZN after its first score) an average after named parts or a
        # count in words; a long name whose acronym reads as no benchmark
        ("LIBERO (Spatial/Object/Goal/Long avg.)", "LIBERO"),
        ("GenEval (six-task avg.)", "GenEval"),
        ("Visual Haystacks (VHs)", "Visual Haystacks"),
        # (b73, from probe ZM after its first score) a language before a name read after
        # its bracket; a first version after a hyphen
        ("Japanese MMMU (JMMMU)", "JMMMU"),
        ("SeedVideoBench-1.0", "SeedVideoBench"),
        # (b75, from probe 54's tuples) a name glued to "Benchmark" by a hyphen
        ("Sentient-Benchmark", "Sentient Benchmark"),
        # an owner of two words before a registry name, or of one before its own
        ("Scale AI MultiChallenge", "MultiChallenge"),
        ("Google DeepMind Control Suite", "DeepMind Control Suite"),
    ],
)
def test_one_benchmark_however_written(written, plain):
    assert canonical_benchmark(written) == canonical_benchmark(plain) is not None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # an acronym is no registry name it happens to spell out ("Computational
        # Reproducibility Agent Benchmark" is CORE-Bench, no CRAB)
        ("DNA", "Do-Not-Answer"),
        ("CRAB", "CORE-Bench"),
        ("ADM", "Amazon Digital Music"),
        ("SWT benchmark", "SWaT"),
        # a hyphenated name is one name, no spelt-out acronym; everyday words describe a
        # task, and two such names share initials ("Artificial Analysis Arena")
        ("Tic-Tac-Toe", "TTT"),
        ("Android Agent Arena", "Artificial Analysis Arena"),
        ("Lean Workbook Plus", "LWP"),
        # a first version is no name's own 1 after a hyphen
        ("ARC-AGI-2", "ARC-AGI"),
        # a year in brackets is an edition, no count; a bare number may be a resolution,
        # a horizon or a length
        ("MMLU (2024)", "MMLU"),
        ("FFHQ (1024)", "FFHQ"),
        ("ETTh1 (96)", "ETTh1"),
        ("SWE-bench (500)", "SWE-bench"),
        ("STS (SemEval 2015)", "STS (SemEval 2016)"),
        # a multiple-choice variant's options and a context length are no count
        ("MedQA (4 options)", "MedQA"),
        ("MedQA-USMLE (4 opt.)", "MedQA"),
        ("RULER (128K)", "RULER"),
        # (b71, the second review of b69) nor needles, hops, frames, views, pixels or
        # steps, nor other words for options; a number alone may be a length
        ("MRCR (8 needles)", "MRCR"),
        ("MuSiQue (3 hops)", "MuSiQue"),
        ("Video-MME (128 frames)", "Video-MME"),
        ("FFHQ (1024 pixels)", "FFHQ"),
        ("MedQA (4 alternatives)", "MedQA"),
        ("RULER (32,768)", "RULER"),
        ("MRCR (8-needle avg.)", "MRCR"),
        # a count of runs, seeds or epochs is no registry size or version
        ("LiveCodeBench (avg. 5 runs)", "LiveCodeBench v5"),
        ("SQuAD (avg. 2 runs)", "SQuAD 2.0"),
        ("ImageNet (100 epochs)", "ImageNet-100"),
        ("KITTI (15 sequences)", "KITTI 2015"),
        # months are no authors: the contest's year stays
        ("HMMT (Feb & Nov 2025)", "HMMT"),
        # a contest whose rest is read as another name's spelling keeps its name
        ("VoxCeleb Speaker Recognition Challenge", "VSR"),
        # both tracks compared name neither
        ("Video-MME (w/ subs vs. w/o subs)", "Video-MME"),
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


def test_a_measure_before_a_registry_name_in_small_letters_keeps_the_name():
    assert canonical_benchmark("F1 (change class)") is None
    assert canonical_benchmark("F1 (squad)") is not None


def test_an_institution_spelt_out_gets_no_initials():
    assert canonical_benchmark("National University of Singapore") != "nus"


@pytest.mark.parametrize(
    "name",
    [
        # (b70) measures, formats and hardware where a benchmark could stand
        "Tanimoto similarity",
        "Pearson r",
        "Cohen's kappa",
        "TEDS-S",
        "consensus@16",
        "best-of-8",
        "SMILES",
        "LaTeX",
        "Ironwood TPU",
        "NVIDIA DRIVE Thor",
        "AMD Instinct MI325X",
        # (b73) accelerators of other makers, institutions, speech measures
        "Cambricon MLU590",
        "ELLIS Institute Tübingen",
        "MCD",
        "SECS",
        "BERTScore-F1",
        # (b74) a laboratory is an institution too
        "NTU S-Lab",
        "Isaac Lab 2.2",
    ],
)
def test_no_benchmark(name):
    assert canonical_benchmark(name) is None


def test_a_method_spelt_out_before_its_listed_acronym_is_no_benchmark():
    assert canonical_benchmark("Reinforcement Learning from Human Feedback (RLHF)") is None


def test_a_registry_benchmark_after_a_hardware_maker_is_kept():
    assert canonical_benchmark("NVIDIA ChatRAG Bench") == canonical_benchmark("ChatRAG Bench")


def test_a_school_subject_is_no_institution():
    assert canonical_benchmark("High School Physics") is not None
