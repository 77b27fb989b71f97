"""Metric names the extractor m27 reads from how summaries are written. Sentences
written for these tests, not taken from the labelled set; the expected names follow
``tests/data/LABELING.md``."""

from __future__ import annotations

from digest_data.enrich.metrics import extract_metrics


def _found(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.metric) for m in extract_metrics(text)]


# --- measures listed with "respectively" ---------------------------------------------


def test_measures_listed_after_the_numbers_pair_in_order() -> None:
    text = "It improves precision, recall and F1 by 3.1%, 2.4% and 2.7%, respectively."
    assert _found(text) == [(3.1, "precision"), (2.4, "recall"), (2.7, "f1")]


def test_measures_listed_before_the_numbers_pair_in_order() -> None:
    text = "The model achieves BLEU and ROUGE-L of 41.2 and 38.5, respectively, on WMT14."
    assert _found(text) == [(41.2, "bleu"), (38.5, "rouge-l")]
    text = "Our method reduces latency and memory usage by 35% and 42%, respectively."
    assert _found(text) == [(35.0, "latency"), (42.0, "memory usage")]


def test_a_cutoff_listed_alone_takes_the_last_items_measure() -> None:
    text = "Top-1 and Top-5 accuracy reach 81.2% and 95.1% respectively."
    assert _found(text) == [(81.2, "top-1 accuracy"), (95.1, "top-5 accuracy")]
    text = "The parser scores 67.9, 81.8 and 88.6 on Top-1, Top-2, and Top-3 R-precision, respectively."
    assert [name for _, name in _found(text)] == [
        "top-1 r-precision",
        "top-2 r-precision",
        "top-3 r-precision",
    ]


def test_a_setting_listed_alone_makes_no_measure() -> None:
    # "5-shot accuracy" is accuracy (LABELING.md): the list is of settings, and pairing
    # it would name two measures "1-shot accuracy" and "5-shot accuracy".
    text = "The model reaches 61.0% and 70.2% on 1-shot and 5-shot accuracy, respectively."
    assert not any("shot" in name for _, name in _found(text))


def test_quality_nouns_listed_earlier_pair_with_a_later_run() -> None:
    text = (
        "Ours is near 99% in both clarity and faithfulness, while the baseline "
        "scored 61.5% and 40% respectively."
    )
    assert _found(text)[1:] == [(61.5, "clarity"), (40.0, "faithfulness")]


def test_benchmarks_listed_with_respectively_name_no_measure() -> None:
    # The list is of benchmarks: the numbers keep the measure named after them.
    text = "It reaches 92.1% and 88.4% accuracy on MMLU and GSM8K, respectively."
    assert _found(text) == [(92.1, "accuracy"), (88.4, "accuracy")]


def test_a_run_written_before_its_own_measure_keeps_it() -> None:
    text = (
        "The index offers reduced latency and a small memory footprint, giving a 4.9x "
        "and 1.98x speedup, respectively, over exact search."
    )
    assert _found(text) == [(4.9, "speedup"), (1.98, "speedup")]


def test_a_list_of_another_length_pairs_nothing() -> None:
    text = "It lifts PSNR, SSIM and LPIPS by 1.2 and 0.8 points, respectively."
    assert [name for _, name in _found(text)] != ["psnr", "ssim"]


# --- a measure called a metric ---------------------------------------------------------


def test_a_metric_named_by_its_modifiers_is_that_metric() -> None:
    text = "The unlearned model keeps a retain metric of 0.48 and reaches a forget metric of 0.36."
    assert _found(text) == [(0.48, "retain metric"), (0.36, "forget metric")]


def test_a_bare_metric_names_nothing() -> None:
    assert _found("Under the new metric, the judge reaches 71%.") == [(71.0, "")]
    assert _found("The judge reaches 71% on this metric, well above chance.") == [(71.0, "")]


# --- an efficiency named by its modifiers ------------------------------------------------


def test_an_efficiency_named_by_its_modifiers_is_that_measure() -> None:
    text = "The learner needs far fewer rollouts, with 3-4x better sample efficiency than PPO."
    assert _found(text) == [(3.0, "sample efficiency"), (4.0, "sample efficiency")]
    text = "The drafter reaches over 2.6 block efficiency in the chat task."
    assert _found(text) == [(2.6, "block efficiency")]


def test_a_bare_efficiency_names_nothing() -> None:
    assert _found("The kernel runs with 2.5x higher efficiency than the baseline.") == [(2.5, "")]


# --- a measure the number is "in" or "on", written with its acronym ---------------------


def test_a_measure_a_number_is_on_or_in_is_named_by_its_acronym() -> None:
    text = "The generated images reach a 0.82 on the newly proposed Visual Fidelity Index (VFI)."
    assert _found(text) == [(0.82, "vfi")]
    text = "The tracker gives a 4.2% gain in average Temporal Consistency (aTC) over SAM 2."
    assert _found(text) == [(4.2, "atc")]


def test_a_known_metric_written_after_a_plain_name_is_that_metric() -> None:
    text = "The method reaches 58.1% in image alignment (CLIP-I) in the user study."
    assert _found(text) == [(58.1, "clip-i")]


def test_a_benchmark_or_task_written_with_its_acronym_is_no_measure() -> None:
    text = "The model reaches 71.3% on Massive Multitask Language Understanding (MMLU)."
    assert _found(text)[0][1] != "mmlu"
    text = "It achieves an F1 score of 91.2% on named entity recognition (NER) in French."
    assert _found(text) == [(91.2, "f1")]


# --- an amount or share of a cost -------------------------------------------------------


def test_an_amount_or_share_of_a_cost_names_the_cost() -> None:
    text = "The trainer fits a 70B model using only 2.3GB of memory per GPU."
    assert _found(text) == [(2.3, "memory")]
    text = "The sparse model matches the dense one using only 42.5% of the FLOPs."
    assert _found(text) == [(42.5, "flops")]
    text = "Decoding takes 18 ms of latency per token, a 3x speedup."
    assert _found(text)[0] == (18.0, "latency")


def test_a_share_of_something_else_is_not_a_cost() -> None:
    text = "The pruned model keeps 95% of the original accuracy while running faster."
    assert _found(text)[0][1] != "flops"


# --- an aside between a number and its measure -------------------------------------------


def test_an_aside_in_brackets_does_not_hide_the_measure_after_it() -> None:
    text = "The tuned coder gains 12% (±2%) absolute improvement in pass@10 over its base."
    assert _found(text) == [(12.0, "pass@10")]
    text = "It reaches 81.5% (best of three runs) accuracy on the held-out split."
    assert _found(text) == [(81.5, "accuracy")]


# --- margins over several systems, the measure named after the last -----------------------


def test_margins_over_several_systems_share_the_measure_named_last() -> None:
    text = "Our judge beats GPT-4o by 6% and Claude by 9% in faithfulness on the new suite."
    assert _found(text) == [(6.0, "faithfulness"), (9.0, "faithfulness")]
    text = "It outperforms BM25 by ~12% and Contriever by up to 4.1% on nDCG@10."
    assert _found(text) == [(12.0, "ndcg@10"), (4.1, "ndcg@10")]


# --- the measure a change is "in", in the text's own words -------------------------------


def test_a_change_in_a_measure_keeps_the_words_that_qualify_it() -> None:
    text = "Pruning gives a 41% reduction in GPU memory consumption at equal quality."
    assert _found(text) == [(41.0, "gpu memory consumption")]
    text = "The agent shows a 9.2% improvement in tool selection precision over ReAct."
    assert _found(text) == [(9.2, "tool selection precision")]
    text = "Feedback training brings a 7.5% improvement in Pass@1 accuracy on MBPP."
    assert _found(text)[0][1] == "pass@1 accuracy"


def test_a_system_name_or_an_acronym_after_the_change_is_not_kept() -> None:
    # "LLM" names the system, not the measure; a measure given its acronym is the acronym.
    text = "It yields a 2.5x reduction in LLM GPU memory during decoding."
    assert _found(text) == [(2.5, "gpu memory")]
    text = "It brings a 21% improvement in Frechet Inception Distance (FID) on FFHQ."
    assert _found(text)[0][1] == "fid"


# --- a speed word belongs to the number before it ------------------------------------------


def test_a_speed_word_after_one_number_is_no_cue_for_the_next() -> None:
    text = "It converged 2.1 times faster and showed a 4-point improvement on MMLU accuracy."
    found = {m.value: (m.metric, m.kind) for m in extract_metrics(text)}
    assert found[2.1] == ("speedup", "efficiency")
    assert found[4.0] == ("accuracy", "delta")


def test_a_measure_qualified_by_its_benchmark_after_on_is_named() -> None:
    text = "Distillation brings a 3.2% improvement on GSM8K accuracy over the teacher."
    assert _found(text) == [(3.2, "accuracy")]
