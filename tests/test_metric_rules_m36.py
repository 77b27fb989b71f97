"""Extractor m36: a benchmark that a change is "by" is the number's benchmark, not
its measure, and a number listed after one that names no measure names none either.
Each expected tuple is what the sentence says, worked out by reading it."""

import pytest

from digest_data.enrich.metrics import extract_metrics


def tuples(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    "text, value, benchmark",
    [
        ("It improves MMLU by 6.4%.", 6.4, "MMLU"),
        ("It improves GSM8K performance by 6.4%.", 6.4, "GSM8K"),
        ("RL boosts LiveCodeBench scores by 3.1%.", 3.1, "LiveCodeBench"),
    ],
)
def test_a_benchmark_that_changes_by_a_number_is_its_benchmark_not_its_measure(
    text, value, benchmark
):
    assert tuples(text) == [(value, "", benchmark)]


def test_each_benchmark_of_a_list_of_changes_keeps_its_own_number():
    assert tuples("In RAG, it improves MMLU by 6.4% and GPQA by 22.6%.") == [
        (6.4, "", "MMLU"),
        (22.6, "", "GPQA"),
    ]


def test_a_model_that_changes_is_no_benchmark():
    assert tuples("The recipe improves Qwen3-8B by 3.1% on average.") == [(3.1, "", "")]


def test_a_number_listed_after_one_on_a_benchmark_does_not_reach_back_for_a_measure():
    text = (
        "Math-only RL improves AIME 2025 accuracy by 14.6% for the 7B model, while also "
        "boosting LiveCodeBench by 6.8% and 5.8% respectively."
    )
    assert tuples(text) == [
        (14.6, "accuracy", "AIME 2025"),
        (6.8, "", "LiveCodeBench"),
        (5.8, "", "LiveCodeBench"),
    ]


def test_a_measure_after_the_list_is_still_shared():
    assert tuples("It boosts LiveCodeBench by 6.8% and 5.8% accuracy.") == [
        (6.8, "accuracy", "LiveCodeBench"),
        (5.8, "accuracy", "LiveCodeBench"),
    ]


def test_an_average_score_names_no_measure_but_an_average_of_one_does():
    # A bare score names nothing, averaged or not (the labels' reading, 9 to 4 on
    # September-November); an averaged named measure keeps its name.
    assert tuples("It reaches an average score of 64.1 on MMLU.") == [(64.1, "", "MMLU")]
    assert tuples("It reaches an average accuracy of 64.1% on MMLU.") == [
        (64.1, "average accuracy", "MMLU")
    ]
    assert tuples("It reaches an average reasoning score of 0.588.") == [
        (0.588, "average reasoning score", "")
    ]


def test_faster_right_after_a_figure_is_a_speedup_whatever_was_named_before():
    text = "Vision Mamba uses 73.2% less memory and is 2.8x faster than DeiT."
    assert tuples(text) == [(73.2, "memory", ""), (2.8, "speedup", "")]
    assert tuples("It cuts memory by 40% and runs 2.1x faster.")[1] == (2.1, "speedup", "")


def test_a_measure_named_after_faster_is_the_figures_own():
    assert tuples("It achieves up to 9x faster inference speed than RPG.") == [
        (9.0, "inference speed", "")
    ]


def kinds(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.kind) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("SAMURAI achieves a 7.1% AUC gain on LaSOText.", 7.1),
        ("It gives a 5.3 absolute accuracy improvement on TempCompass.", 5.3),
        ("FlatQuant has less than 1% accuracy drop at 4 bits.", 1.0),
        ("It reaches a 2x speedup with an accuracy loss of 0.4%.", 0.4),
    ],
)
def test_a_change_named_after_its_measure_is_a_change_not_a_level(text, value):
    # a leaderboard of levels must not plot these as scores
    assert [k for v, _, k in kinds(text) if v == value] == ["delta"]


def test_a_loss_of_quality_beside_a_speedup_is_not_a_cost():
    text = "It gives a 48.4% speedup with only a 2.4% performance drop."
    assert kinds(text) == [(48.4, "speedup", "efficiency"), (2.4, "", "delta")]
    text = "It gives a 53.2% speedup with an average performance decrease of only 1.5%."
    assert kinds(text)[1] == (1.5, "", "delta")


def test_a_loss_value_is_a_level():
    assert kinds("It reaches a training loss of 2.1.")[0][2] == "score"


def test_each_change_from_a_level_is_on_the_benchmark_it_follows():
    text = (
        "The DGM improves its coding performance on SWE-bench from 20.0% to 50.0% and on "
        "Polyglot from 14.2% to 30.7%."
    )
    assert [b for _, _, b in tuples(text)] == ["SWE-bench", "SWE-bench", "Polyglot", "Polyglot"]


def test_a_run_of_numbers_on_as_many_names_pairs_in_order_without_respectively():
    text = "It scores 80.3, 74.4 and 50.4 on AIME24, AIME25 and HMMT25, surpassing R1."
    assert [b for _, _, b in tuples(text)] == ["AIME24", "AIME25", "HMMT25"]
    # one name for the run: all on it
    assert [b for _, _, b in tuples("It scores 45.1% and 38.2% on MMLU.")] == ["MMLU", "MMLU"]


def test_a_share_of_a_benchmarks_items_is_on_that_benchmark():
    text = "Using Claude 3.5 Sonnet, CodeMonkeys resolves 57.4% of issues from SWE-bench Verified."
    assert tuples(text) == [(57.4, "", "SWE-bench Verified")]


def test_accelerating_by_a_factor_is_a_speedup_and_cutting_is_no_part_of_the_measure():
    assert [m for _, m, _ in tuples("STA accelerates attention by 2.8-17x over FA2.")] == [
        "speedup",
        "speedup",
    ]
    text = "It cuts end-to-end latency from 945s to 685s, and, with finetuning, to 268s."
    assert {m for _, m, _ in tuples(text)} == {"end-to-end latency"}


def test_a_signed_gain_after_a_benchmark_is_a_change_on_it():
    text = (
        "LLaDA 1.5 outperforms its predecessor on mathematics (GSM8K +4.7), code "
        "(HumanEval +3.0, MBPP +1.8) and alignment (IFEval +4.0)."
    )
    assert [(m.value, m.benchmark, m.kind) for m in extract_metrics(text)] == [
        (4.7, "GSM8K", "delta"),
        (3.0, "HumanEval", "delta"),
        (1.8, "MBPP", "delta"),
        (4.0, "IFEval", "delta"),
    ]


def test_a_version_after_a_name_is_still_no_result():
    assert tuples("AlpacaEval 2.0 and Llama 3.1 are used.") == []


def rows(text: str, title: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.benchmark, m.model) for m in extract_metrics(text, title)]


def test_a_paper_named_for_a_benchmark_reports_numbers_on_it_not_by_it():
    title = "ARC-AGI-2: A New Challenge for Frontier AI Reasoning Systems"
    text = (
        "ARC-AGI-2 is an upgraded version of the Abstraction and Reasoning Corpus. Human "
        "test-takers averaged 60% accuracy, whereas o3 reaches only about 3%."
    )
    assert [(v, b) for v, b, _ in rows(text, title)] == [(60.0, "ARC-AGI-2"), (3.0, "ARC-AGI-2")]
    assert "ARC-AGI-2" not in {m for _, _, m in rows(text, title)}


def test_a_method_named_like_a_benchmark_is_still_the_model():
    # no title word says the paper makes a benchmark
    title = "Ruler: A Model-Agnostic Method to Control Generated Length"
    text = "Ruler improves the Flexible Match score by an average of 29.57 across models."
    assert {b for _, b, _ in rows(text, title)} == {""}


def test_a_focusing_word_is_no_part_of_a_models_name_nor_a_judging_word_of_a_measure():
    assert rows("Only Gemini-2.5-Pro achieves a non-trivial score of 24.4%.", "") == [
        (24.4, "", "Gemini-2.5-Pro")
    ]
    assert tuples("Only Gemini-2.5-Pro achieves a non-trivial score of 24.4%.")[0][1] == ""


def test_a_name_a_measure_word_follows_is_the_measures_not_a_benchmark():
    text = "On the LOCOMO benchmark, Mem0 achieves a 26% relative improvement in the LLM-as-a-Judge metric."
    assert tuples(text)[0][2] == "LOCOMO"
