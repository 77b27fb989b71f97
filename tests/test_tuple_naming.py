"""How summaries name the metric and the benchmark of a number (issue #13 part 2).

Each sentence is written in the style of the digests, not copied from a labelled
one; the expected (value, metric, benchmark) is what a reader following
tests/data/LABELING.md writes down."""

from __future__ import annotations

import pytest

from digest_data.enrich.benchmarks import canonical_benchmark
from digest_data.enrich.metrics import extract_metrics


def named(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A measure spelled out that no metric name covers is reported by its acronym.
        (
            "The segmenter reaches 53.1% mean Intersection over Union (mIoU) on unseen rooms.",
            [(53.1, "miou", "")],
        ),
        (
            "The scans reach 0.82 Structural Fidelity Index (SFI) after denoising.",
            [(0.82, "sfi", "")],
        ),
        # So is a known measure with words of its own (LABELING.md: "Fréchet Video
        # Distance (FVD)" is fvd) ...
        (
            "The agent reaches a Task Success Rate (TSR) of 64.2%.",
            [(64.2, "tsr", "")],
        ),
        # ... and so, by the guide's ruling, is one whose acronym spells only a known
        # name's own words (m45.3; it stayed whole before, as five 2024 labels have it).
        (
            "Predicted and true ratings agree with a Pearson correlation coefficient "
            "(PCC) of 0.81.",
            [(0.81, "pcc", "")],
        ),
        (
            "Against the guarded model it reaches an attack success rate (ASR) of 71%.",
            [(71.0, "asr", "")],
        ),
        (
            "The recogniser reaches 9.4% and 7.1% word error rate (WER) on the two sets.",
            [(9.4, "wer", ""), (7.1, "wer", "")],
        ),
    ],
)
def test_a_defined_acronym_names_a_measure_no_name_covers(text, expected):
    assert named(text) == expected


def test_an_acronym_that_is_not_the_initials_of_the_words_is_not_the_metric():
    text = "It reaches 41.5% Temporal Grounding (VTG-R) on long videos."
    assert named(text)[0][1] == ""


def test_a_threshold_acronym_after_the_number_names_nothing():
    # "at an Intersection over Union (IoU) threshold" names what the threshold is on.
    text = (
        "It achieves a mean Average Precision (mAP) of 61.4 at an Intersection over Union "
        "(IoU) threshold of 0.5."
    )
    assert named(text)[0][:2] == (61.4, "map")


@pytest.mark.parametrize(
    ("text", "benchmark"),
    [
        # A dataset's own size is part of its name; a model's size never is.
        ("It reaches an FID of 8.31 on the FaceCaps-12M dataset.", "FaceCaps-12M"),
        ("It reaches 81.7% top-1 accuracy on ImageNet-21k.", "ImageNet-21k"),
        ("It reaches 81.7% accuracy on Falcon-7B.", ""),
    ],
)
def test_sizes_in_benchmark_names(text, benchmark):
    assert named(text)[0][2] == benchmark


def test_a_figure_over_most_of_several_tasks_has_no_benchmark():
    text = (
        "The authors introduce ClipQA, a benchmark of video questions. "
        "The model leads on 12 out of 14 video tasks, reaching 34.1% average accuracy."
    )
    assert named(text) == [(34.1, "average accuracy", "")]


@pytest.mark.parametrize("name", ["NVIDIA 4090", "GeForce 3090", "NVIDIA GeForce 4080 Ti"])
def test_a_graphics_card_is_not_a_benchmark(name):
    assert canonical_benchmark(name) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range's ends share the metric named after the second.
        (
            "It outperforms the baselines by 12% to 18% average accuracy improvement.",
            [(12.0, "average accuracy"), (18.0, "average accuracy")],
        ),
        # A number that goes on the previous one's list shares its metric.
        (
            "Pruning cuts the cache size by 40% with no loss, and by up to 55% with a small one.",
            [(40.0, "cache size"), (55.0, "cache size")],
        ),
        (
            "The tutor reaches 81.2% faithfulness compared to 74.9% for the base model.",
            [(81.2, "faithfulness"), (74.9, "faithfulness")],
        ),
        # A measure the number is "on" names it.
        (
            "It reaches 88% Recall@10 and beats the baseline by 3.1% on NDCG@5.",
            [(88.0, "recall@10"), (3.1, "ndcg@5")],
        ),
    ],
)
def test_one_metric_named_once_for_several_numbers(text, expected):
    assert [(v, m) for v, m, _ in named(text)] == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The retriever lifts the baseline recall from 41.0% to 58.3%.", "recall"),
        ("The tuned model reaches near-perfect consistency scores of 0.991.", "consistency score"),
        ("Ours scores 0.512, against a second-best score of 0.498.", ""),
        ("It keeps a competitive code accuracy of 47.5%.", "code accuracy"),
    ],
)
def test_words_that_judge_a_value_are_not_part_of_its_metric(text, metric):
    assert named(text)[-1][1] == metric


def test_a_quality_noun_names_only_a_whole_phrase():
    # "identity preservation" is what improved, not "identity".
    text = "It brings an 11.7% improvement in identity preservation over prior methods."
    assert named(text)[0][1] == "identity preservation"


@pytest.mark.parametrize(
    "opening",
    [
        "The authors build a new benchmark dataset, Chartwise, of 2,000 chart questions.",
        "They release a benchmark called Chartwise that tests chart reading.",
    ],
)
def test_a_benchmark_named_after_the_word_carries_to_later_sentences(opening):
    text = opening + " The best model answers 61.3% of the questions correctly."
    assert named(text) == [(61.3, "", "Chartwise")]


def test_a_named_model_after_the_word_benchmark_is_not_a_benchmark():
    text = "On this benchmark, GPT-4o, the largest model, leads. It reaches 71.0% accuracy."
    assert named(text) == [(71.0, "accuracy", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The speed is the method's own, not a result on the dataset an earlier
        # number was on.
        (
            "It reaches an error of 3.12 on the Gaze360 dataset and runs 4x faster on phones.",
            [(3.12, "error", "Gaze360"), (4.0, "speedup", "")],
        ),
        # A benchmark that scopes the whole clause holds for the speed too.
        (
            "Experiments on the Libri-Light benchmark show a 3.5x reduction in memory.",
            [(3.5, "memory", "Libri-Light")],
        ),
        (
            "It cuts sampling to 4 steps, a 12.5x speedup, with FID rising from 2.1 to 2.9 on ImageNet-512.",
            [
                (12.5, "speedup", "ImageNet-512"),
                (2.1, "fid", "ImageNet-512"),
                (2.9, "fid", "ImageNet-512"),
            ],
        ),
    ],
)
def test_the_benchmark_of_a_speedup(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A kind of task is not a benchmark, even where the text says "tasks".
        ("It adds an average gain of 2.3% on QA tasks.", [(2.3, "", "")]),
        # A metric written like a name is not the benchmark.
        (
            "It reaches 0.021 L1 error on the Replica dataset.",
            [(0.021, "error", "Replica")],
        ),
        # Nor is an adjective: "on an MLP-based model".
        (
            "It reaches an error of 0.31 on MNIST, and 0.52 on an MLP-based model.",
            [(0.31, "error", "MNIST"), (0.52, "error", "MNIST")],
        ),
        # "X score" with X no benchmark is a score's name; with X a benchmark it is not.
        (
            "On the ClipEdit benchmark, it achieves a DOVER score of 71.02.",
            [(71.02, "dover", "ClipEdit")],
        ),
        (
            "It achieves a 0.61 Pose-Sim score on the MotionBench benchmark.",
            [(0.61, "pose-sim score", "MotionBench")],
        ),
        ("It achieves a VBench score of 83.9.", [(83.9, "", "VBench")]),
        ("It achieves an MMLU score of 71.3.", [(71.3, "", "MMLU")]),
    ],
)
def test_what_is_not_a_benchmark(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Raters preferred it in fluency (71.2% vs. 60.4%) and coherence (88.0% vs. 79.5%).",
            [(71.2, "fluency"), (60.4, "fluency"), (88.0, "coherence"), (79.5, "coherence")],
        ),
        ("It shows an average sparsity of 41.3% across layers.", [(41.3, "average sparsity")]),
        (
            "It reaches an R-squared of 0.83 against 0.79 for XGBoost.",
            [(0.83, "r-squared"), (0.79, "r-squared")],
        ),
        ("It earns an 87% helpfulness rating from annotators.", [(87.0, "helpfulness rating")]),
        ("It beats the baseline by 1.4% on average accuracy.", [(1.4, "average accuracy")]),
    ],
)
def test_measures_named_around_the_number(text, expected):
    assert [(v, m) for v, m, _ in named(text)] == expected


def test_what_is_changed_in_the_passive_names_the_number():
    text = "On the travel task, the ASR is reduced by over 30%."
    assert named(text) == [(30.0, "asr", "")]


def test_a_benchmark_before_the_numbers_parenthesis():
    text = (
        "It improves on tasks such as ChartQA (from 61.2 to 70.4) and DocVQA (from 80.1 to 88.9)."
    )
    assert [b for _, _, b in named(text)] == ["ChartQA", "ChartQA", "DocVQA", "DocVQA"]


def test_a_model_before_the_numbers_parenthesis_is_not_its_benchmark():
    text = "On the DAVIS dataset, it reaches an LPIPS of 0.21, ahead of FILM (0.27) and TRF (0.31)."
    assert [b for _, _, b in named(text)] == ["DAVIS", "DAVIS", "DAVIS"]


@pytest.mark.parametrize(
    ("text", "benchmark"),
    [
        # A benchmark named in plain title case, known to the registry.
        ("It reaches 61.2% exact match on Natural Questions.", "Natural Questions"),
        ("On Tanks and Temples, it reaches a PSNR of 24.1.", "Tanks and Temples"),
        ("It reaches an mAP of 0.46 on Pascal VOC at a lower cost.", "Pascal VOC"),
        # Title-case words the registry does not know are left alone.
        ("It reaches 88.1% accuracy on Speech Commands.", ""),
        # A name inside a longer run is not taken for a variant: "ImageNet at 256x256".
        ("It reaches an FID of 1.9 on ImageNet at 256x256 resolution.", "ImageNet"),
    ],
)
def test_title_case_benchmarks_the_registry_knows(text, benchmark):
    assert named(text)[0][2] == benchmark


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # A share names what it is a share of, when that ends the clause.
        (
            "Pruning removes up to 60% of the attention heads while keeping accuracy.",
            "attention heads",
        ),
        ("It trains at 35% of the original training cost.", "training cost"),
        ("It keeps 92% of the base model's reasoning accuracy at 4 bits.", "reasoning accuracy"),
        # A count of trials or systems names no measure.
        ("Annotators preferred its edits in 71% of cases.", ""),
        ("Its loss stays within 3% of the best model.", ""),
    ],
)
def test_a_share_of_something(text, metric):
    assert named(text)[0][1] == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Its captions hold 18.2% more entities and 9.1% more relations than before.", "entities"),
        ("The planner needs 35% fewer tokens while matching accuracy.", "tokens"),
        ("It is 12% more accurate than the baseline.", ""),  # an adjective counts nothing
    ],
)
def test_a_count_that_grew_or_shrank_names_what_it_counts(text, metric):
    assert named(text)[0][1] == metric


def test_a_numbered_part_is_not_a_benchmark():
    text = "On the GAIA benchmark, it reaches an exact match of 51.2% on Level 1 tasks."
    assert named(text) == [(51.2, "exact match", "GAIA")]


def test_a_model_size_is_not_a_number_an_earlier_benchmark_was_on():
    text = "Using Mistral-7B on the AlpacaFarm dataset, it matches Best-of-N while needing 16x fewer GPUs."
    assert named(text)[0][2] == "AlpacaFarm"


def test_a_number_with_its_own_measure_does_not_share_the_previous_one():
    text = "It achieves 4.7% higher faithfulness and 13.8% higher realism than the baseline."
    assert named(text) == [(4.7, "faithfulness", ""), (13.8, "realism", "")]


def test_a_recall_at_a_threshold_keeps_its_decimal():
    assert named("It reaches an R@0.5 of 70.4% on QVHighlights.")[0] == (
        70.4,
        "r@0.5",
        "QVHighlights",
    )
