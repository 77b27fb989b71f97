"""Reported metric numbers: what counts, what does not, and how each is named.

Each case is a real phrasing (most are sentences from ../shared/corpus/hf-daily)
with the numbers a careful reader takes from it."""

from __future__ import annotations

import pytest

from digest_data.enrich.metrics import MAX_CONTEXT, extract_metrics


def values(text: str) -> list[float]:
    return [m.value for m in extract_metrics(text)]


def rows(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.metric, m.benchmark, m.kind) for m in extract_metrics(text)]


def test_from_a_to_b_is_two_scores_and_nothing_computed():
    text = "The dataset improved the success rate of open-source LLMs from 4.59% to 21.50%."
    assert rows(text) == [
        (4.59, "%", "success rate", "", "score"),
        (21.5, "%", "success rate", "", "score"),
    ]


def test_range_gives_both_ends_the_unit():
    text = "Hybrid datasets achieved a 7-13% absolute improvement on RewardBench."
    assert rows(text) == [
        (7.0, "%", "", "RewardBench", "delta"),
        (13.0, "%", "", "RewardBench", "delta"),
    ]


def test_speedup_written_as_x_times_and_fold():
    assert rows("HarmoniCa achieved a 1.52x speedup.") == [(1.52, "x", "speedup", "", "efficiency")]
    assert rows("It runs 2.3x faster than the baseline.") == [
        (2.3, "x", "speedup", "", "efficiency")
    ]
    assert [(m.value, m.unit) for m in extract_metrics("which is at least 50 times faster")] == [
        (50.0, "x")
    ]
    assert [(m.value, m.unit) for m in extract_metrics("a 3.2-fold reduction in memory")] == [
        (3.2, "x")
    ]


def test_negative_changes_keep_a_written_minus_and_words_do_not_add_one():
    found = extract_metrics("Accuracy changed by -2.1% on GSM8K, and latency fell by 30%.")
    assert [(m.value, m.kind) for m in found] == [(-2.1, "delta"), (30.0, "efficiency")]
    assert extract_metrics("accuracy decreased by 5.2 points")[0].value == 5.2


def test_numbers_in_parentheses_share_the_metric_named_before():
    text = (
        "ViBiDSampler achieved an LPIPS score of 0.2355, outperforming baseline methods "
        "such as FILM (0.2697), TRF (0.3102)."
    )
    assert rows(text) == [
        (0.2355, "", "lpips", "", "score"),
        (0.2697, "", "lpips", "", "score"),
        (0.3102, "", "lpips", "", "score"),
    ]


def test_a_metric_named_after_two_numbers_names_both():
    text = "Gemini 1.5 Pro achieved only 51.4% and 54.2% accuracy respectively on the real split."
    assert [(m.value, m.metric) for m in extract_metrics(text)] == [
        (51.4, "accuracy"),
        (54.2, "accuracy"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tune Llama-3.1-8B and Qwen2.5-7B with GPT-4o as a judge.",
        "a 7B model trained on 1.2M samples across 500 tasks and 3 benchmarks",
        "The benchmark has 7.3K samples across 12 tasks and 8 domains, released in 2024.",
        "a 20x20 mask on 256×256 images with a 20-step DPM-Solver++ and 4-bit weights",
        "Gemini 1.5 Pro and CamemBERT 2.0 use a batch size of 256 on 32 GPUs.",
        "models from 1B to 70B parameters evaluated with pass@1 and top-5 retrieval",
        "a percentage of inlier points (δ < 1.25) and Pearson's r > 0.9",
        "It renders video at 384 x 512 resolution and 1024 × 576 frames.",  # sizes, not speedups
        "Each query was repeated 3000 times and sampled 64 times per prompt.",  # counts
    ],
)
def test_names_sizes_counts_versions_and_thresholds_do_not_count(text):
    assert values(text) == []


def test_shares_of_data_are_not_results():
    text = "compared to using either 100% human or 100% synthetic preferences"
    assert values(text) == []
    assert values("The authors corrected 20% (26,818 sentences) of the French portion.") == []


def test_benchmark_model_and_metric_are_named():
    text = "Qwen2.5-Math-7B reaches 85.3% pass@1 on MATH-500."
    (m,) = extract_metrics(text)
    assert (m.value, m.unit, m.metric, m.benchmark, m.model, m.kind) == (
        85.3,
        "%",
        "pass@1",
        "MATH-500",
        "Qwen2.5-Math-7B",
        "score",
    )


def test_sentence_opening_benchmark_applies():
    text = "On the ASQA dataset, HtmlRAG achieved a 33.31% Exact Match score with Llama-3.1-8B."
    assert rows(text) == [(33.31, "%", "exact match", "ASQA", "score")]


def test_points_after_a_metric_name():
    text = "Meta-Chunking outperforms similarity chunking by 1.32 F1 points."
    assert rows(text) == [(1.32, "points", "f1", "", "delta")]


def test_latency_seconds_and_memory():
    assert rows("SwiftEdit edits an image in 0.23 seconds.") == [(0.23, "s", "", "", "efficiency")]
    assert rows("It cuts memory to 12 GB and latency to 35 ms.")[0][:2] == (12.0, "GB")
    assert rows("It cuts memory to 12 GB and latency to 35 ms.")[1][:2] == (35.0, "ms")


def test_same_number_twice_is_one_row():
    text = "It reaches 71.2% accuracy. Overall, the 71.2% accuracy beats the baseline."
    assert values(text) == [71.2]


def test_offsets_and_context_point_at_the_number():
    text = "Intro sentence here. The model scores 88.1% on MMLU, a new best."
    (m,) = extract_metrics(text)
    assert text[m.char_start : m.char_end] == "88.1%"
    assert m.context == "The model scores 88.1% on MMLU, a new best."
    long = "word " * 100 + "accuracy of 90.5% " + "word " * 100
    (m,) = extract_metrics(long)
    assert len(m.context) <= MAX_CONTEXT and "90.5%" in m.context


def test_empty_and_missing_text():
    assert extract_metrics("") == [] and extract_metrics(None) == []


# --- the error classes of issue 13: names read on months the rules were not written on


def test_a_benchmark_named_in_an_earlier_sentence_names_later_results():
    text = (
        "We introduce ECGBench, a benchmark of ECG interpretation tasks. "
        "PULSE reaches 82.4% accuracy, outperforming GPT-4o by 15%."
    )
    assert rows(text) == [
        (82.4, "%", "accuracy", "ECGBench", "score"),
        (15.0, "%", "accuracy", "ECGBench", "delta"),
    ]
    text = "Evaluated on SWE-bench Verified. The agent resolves 41.2% of issues."
    assert [m.benchmark for m in extract_metrics(text)] == ["SWE-bench Verified"]


def test_an_earlier_benchmark_does_not_name_speed_figures():
    text = "We evaluate on VBench. Sampling is 2.1x faster."
    assert rows(text) == [(2.1, "x", "speedup", "", "efficiency")]


@pytest.mark.parametrize(
    "text",
    [
        "CogVideoX-2B reaches an FID of 12.3 on an A100.",
        "The model achieves 81.2% Top-1 accuracy with DINO features.",
        "Pruning keeps 95.1% accuracy on ViT-B/16 and DiT-XL.",
        "A 0.5B model trained on FineWeb-Edu reaches 45.1% accuracy.",
    ],
)
def test_models_hardware_metrics_and_training_data_are_not_benchmarks(text):
    assert [m.benchmark for m in extract_metrics(text)] == [""]


def test_a_declared_benchmark_may_carry_a_model_familys_name():
    text = "On the LLaVA-W benchmark, it achieved an overall score of 84.9%."
    assert rows(text) == [(84.9, "%", "overall score", "LLaVA-W", "score")]


def test_a_gpu_model_number_is_not_a_result():
    # 48 FPS is a speed: an efficiency figure, as the labels count frame rates (m38)
    assert rows("Inference runs at 48 FPS on an RTX 4090.") == [(48.0, "", "fps", "", "efficiency")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("It scores 85.3% on the test set.", ""),  # not "it score"
        ("They score 85.3% on the test set.", ""),
        ("It reaches a 52% secure code rate.", "secure code rate"),
        ("It reaches a rate of 52%.", ""),  # a bare rate names nothing
        ("The model showed an average accuracy of 64.0%.", "average accuracy"),
        ("It improves by 14.8% in terms of average success rate.", "average success rate"),
        ("It achieves 25.6% in Relative Deviation (RD).", "relative deviation"),
        # a name with its acronym is the acronym (LABELING.md)
        ("It achieves 56.3% in Pearson Correlation Coefficient (PCC).", "pcc"),
        ("It achieves an R-Precision of 0.544 on HumanML3D.", "r-precision"),
        ("The replication ratios range from 10% to 20%.", "replication ratio"),
        ("OpenCoder-8B achieved a zero-shot pass@1 rate of 68.9% on HumanEval.", "pass@1"),
        ("Adding TESORO improved SATD detection F1-scores by 14.59%.", "f1"),
        ("It reaches a MAD of 4.42 on the test split.", "mad"),
    ],
)
def test_the_metric_is_named_as_written_and_never_filler(text, metric):
    assert extract_metrics(text)[0].metric == metric


def test_what_a_change_is_in_names_it():
    text = (
        "LM optimisation gives a 30% reduction in optimization time, and pruning "
        "reduces the index size by 50%."
    )
    assert [(m.value, m.metric) for m in extract_metrics(text)] == [
        (30.0, "optimization time"),
        (50.0, "index size"),
    ]
    text = "It scores 85.3% while reducing token usage by 40%."
    assert [(m.value, m.metric) for m in extract_metrics(text)] == [
        (85.3, ""),
        (40.0, "token usage"),
    ]


def test_a_score_out_of_a_scale_is_one_number():
    text = "In a user study, it achieved an average score of 4.1 out of 5 for video quality."
    # one number, not 4.1 and 5; an average score names no measure (m36)
    assert rows(text) == [(4.1, "", "", "", "score")]
    assert values("It solves 3 out of 57 tasks.") == []


def test_a_figure_over_several_benchmarks_names_none():
    text = (
        "We evaluate on GSM8K. RATIONALYST improves accuracy by an average of 3.9% on "
        "seven representative reasoning benchmarks."
    )
    assert [m.benchmark for m in extract_metrics(text)] == [""]


def test_a_benchmark_declared_by_its_tasks_or_in_parentheses():
    text = "SGRv2 achieves a 53.2% average success rate on 26 RLBench tasks."
    assert [m.benchmark for m in extract_metrics(text)] == ["RLBench"]
    text = "It reaches a 43.6% success rate in the Map domain of the WebArena benchmark."
    assert [m.benchmark for m in extract_metrics(text)] == ["WebArena"]


def test_a_length_glued_to_its_unit_is_a_result():
    text = "It achieves a Median Trajectory Error (MTE) of 6.90mm for ropes and 13.14mm for cloth."
    assert values(text) == [6.9, 13.14]


def test_a_long_sentence_is_cut_at_spaces_with_an_ellipsis():
    """The context of a number in a sentence longer than MAX_CONTEXT starts and ends
    at whole words (the CSV showed "sults show that…", "-of-the-art…")."""
    lead = "Across difficult evaluations spanning many different tasks and domains, " * 3
    tail = ", while baselines considered in prior comparisons stay far lower in most settings"
    (found,) = extract_metrics(lead + "the model reaches 85.3% accuracy on GSM8K" + tail * 2)
    assert found.context.startswith("…") and found.context.endswith("…")
    inner = found.context.strip("…")
    text = lead + "the model reaches 85.3% accuracy on GSM8K" + tail * 2
    at = text.index(inner)
    assert text[at - 1] == " " and text[at + len(inner)] == " "
    assert "85.3% accuracy on GSM8K" in inner and len(inner) <= MAX_CONTEXT
