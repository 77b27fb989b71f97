"""Names with a table's marks, a list of settings, an owner's possessive or the word
"benchmark" after a rare word (rules b60-b65, read from the 2025 name probes ZC-ZH
after their first scores). Each pair is one benchmark a leaderboard shows once; each
look-alike is one it keeps apart or no benchmark at all."""

from __future__ import annotations

import pytest

from digest_data import canonical_benchmark


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        # the organisation that made it, in the possessive
        ("OpenAI's HealthBench", "HealthBench"),
        # a table's arrow or per cent sign, and a measure in the column's words
        ("GenEval Overall ↑", "GenEval"),
        ("GenEval Overall (%)", "GenEval"),
        ("SimpleQA (correct, %)", "SimpleQA"),
        ("IFEval (Prompt Strict-Acc.)", "IFEval"),
        # an average over its parts or lengths, a single try
        ("LIBERO (4-suite avg.)", "LIBERO"),
        ("RULER (avg. 4K–128K)", "RULER"),
        ("SWE-bench Verified (single attempt)", "SWE-bench Verified"),
        # its acronym among the settings
        ("Humanity's Last Exam (HLE, no tools)", "Humanity's Last Exam"),
        # a rare word that is the benchmark's name
        ("Kaleidoscope benchmark", "Kaleidoscope"),
        # a tag after another of its names, numbered, in brackets or not
        ("MedQA-USMLE 4-option", "MedQA 4-option"),
        ("HLE text-only", "Humanity's Last Exam (text-only)"),
        ("MMB (V1.1)", "MMBench v1.1"),
        # two names of one track; a measure after an average word; a small-letter acronym
        ("SimplerEnv (Bridge, WidowX)", "SimplerEnv WidowX"),
        ("CALVIN (ABC→D, Avg. Len)", "CALVIN ABC→D"),
        ("UnCommon Objects in 3D (uCO3D)", "uCO3D"),
        # a bracket naming both splits is the benchmark
        ("DocVQA (val, test)", "DocVQA"),
        # (b62, from probe ZF) a measure named in a few words, or which way is better
        ("DafnyBench (verification success rate)", "DafnyBench"),
        ("ZebraLogic (grid-level acc.)", "ZebraLogic"),
        ("BIG-Bench Extra Hard (harmonic mean)", "BIG-Bench Extra Hard"),
        ("HarmBench (ASR, lower is better)", "HarmBench"),
        ("VBench (Quality Score)", "VBench"),  # a measure, not QuALITY
        # (b63, from probe ZE) a measure after a hyphen, a letter with a stroke
        ("Codeforces-Elo", "Codeforces (Rating)"),
        ("LLMzSzŁ", "LLMzSzL"),
        # (b65, from probe ZH) an acronym beside a tag, tools beside a tag, a step
        # budget, a count of languages, "no" for "w/o"
        ("Humanity's Last Exam (HLE, text-only)", "HLE (text-only)"),
        ("HLE (text-only, w/o tools)", "HLE (text-only)"),
        ("OSWorld (15-step budget)", "OSWorld"),
        ("MMLU-ProX (29 langs)", "MMLU-ProX"),
        ("Video-MME (no sub)", "Video-MME (w/o subs)"),
        # (b66) a subtitle track beside another part, however written
        ("Video-MME (long, no subs)", "Video-MME (long, w/o subs)"),
        ("Video-MME (long, w/ sub.)", "Video-MME (long, w/ subs)"),
    ],
)
def test_one_benchmark_however_written(written, plain):
    assert canonical_benchmark(written) == canonical_benchmark(plain) is not None


@pytest.mark.parametrize(
    "name",
    [
        # a measure in title case, with or without its sign
        "Win Rate",
        "Win Rate (%)",
        "Success Rate (%)",
        # what a set tests or how it is, before "benchmark"
        "Coding benchmark",
        "Video benchmark",
        "Novel benchmark",
        "Public benchmark",
        # (found by the second review: words commoner than a name's)
        "Geometry benchmark",
        "Data Analysis benchmark",
        "Twitter dataset",
        # a model after its maker's possessive
        "Google's Gemini",
        # a measure's head alone is no qualifier to cut ("over-refusal" is OR-Bench's alias)
        "over-refusal rate",
        "FID (lower is better)",
    ],
)
def test_no_benchmark(name):
    assert canonical_benchmark(name) is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("RULER (128K)", "RULER"),  # one length is its own column, the average is not
        ("Video-MME (Long %)", "Video-MME"),  # a subset's share
        ("MedQA 4-option", "MedQA 5-option"),
        # a split kept apart, among the settings too
        ("DocVQA (val, ANLS)", "DocVQA"),
        ("MMMU (test, acc)", "MMMU"),
        # (found by the second review) a size beside the registry name's own size, and
        # a one-letter alias before a word
        ("WebVid-2M", "WebVid-10M"),
        ("VeRi-Wild", "VeRi-776"),
        ("X-ray, Brain", "X4K1000FPS"),
        # (b64: found by the second review of b62-b63) a difficulty level ending in
        # "rate" is no measure
        ("KITTI (Moderate)", "KITTI"),
        ("BIRD (moderate)", "BIRD"),
        # a language's part in small letters, though "sr" and "is" are also measures
        ("Global-MMLU-sr", "Global-MMLU"),
        ("Belebele-is", "Belebele"),
        # (b66: found by the second review of b65) what a model is run without names no
        # track of that thing
        ("MME (no CoT)", "MME-CoT"),
        ("ScienceQA (no image)", "ScienceQA-IMG"),
        # two languages are no acronym of the name
        ("FLORES-200 (EN, FR)", "FLORES-200 EN"),
    ],
)
def test_look_alikes_stay_apart(one, other):
    assert canonical_benchmark(one) != canonical_benchmark(other)


@pytest.mark.parametrize(
    ("written", "named"),
    [
        # (b64: found by the second review of b62-b63) a benchmark whose own name ends
        # like a measure, in brackets after what it tests
        ("Spatial understanding (SpatialScore)", "SpatialScore"),
        ("Chest CT (CT-RATE)", "CT-RATE"),
        # a benchmark and its measure in brackets are the benchmark's
        ("knowledge (MMLU score)", "MMLU"),
        # "-SR" in capitals after a known benchmark is its success rate
        ("WebArena-SR", "WebArena"),
    ],
)
def test_a_benchmark_written_where_a_measure_could_stand(written, named):
    assert canonical_benchmark(written) == named
