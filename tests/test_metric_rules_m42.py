"""Extractor m42: numbers compared with a list before them take its benchmarks in
order; a figure over several sets is on none of them; "average" and the kind of an
error belong to the measure's name. Each expected tuple is what the sentence says,
worked out by reading it; the sentences are written for the test, in the shapes of
2025 summaries (none is copied from a probe)."""

from conftest import tuples_of as found

from digest_data.enrich.metrics import extract_metrics


def test_baselines_compared_with_a_list_take_its_benchmarks_in_order():
    text = "The model scores 71.4 on GSM8K and 33.0 on MATH, against 65.2 and 28.9 for Mistral-7B."
    assert [(v, b) for v, _, b in found(text)] == [
        (71.4, "GSM8K"),
        (33.0, "MATH"),
        (65.2, "GSM8K"),
        (28.9, "MATH"),
    ]
    text = "It reaches 12.5 on HLE and 48.0 on GPQA, close to o3 (13.1 and 49.5)."
    assert [(v, b) for v, _, b in found(text)][2:] == [(13.1, "HLE"), (49.5, "GPQA")]


def test_a_shorter_comparison_after_a_longer_list_is_not_paired():
    text = "It scores 71.4 on GSM8K, 33.0 on MATH and 50.2 on MBPP, against 65.2 and 28.9 for X."
    assert [b for _, _, b in found(text)][3:] != ["MATH", "MBPP"]


def test_a_list_opening_the_sentence_with_respectively_pairs_in_order():
    text = "On GSM8K and MMLU, up to 95% and 98% of answers, respectively, are stable early."
    assert [(v, b) for v, _, b in found(text)] == [(95.0, "GSM8K"), (98.0, "MMLU")]


def test_figures_after_an_opening_list_of_other_counts_are_on_none():
    text = (
        "Across SWE-bench, WebArena and OSWorld, the agent improves by up to 9.1% "
        "for prompting and by up to 4.2% for training."
    )
    assert [b for _, _, b in found(text)] == ["", ""]


def test_a_gain_across_the_benchmarks_is_not_carried_from_an_earlier_sentence():
    text = (
        "We evaluate on MMStar and HRBench. "
        "The module improves the base models by 2% to 11% across the benchmarks."
    )
    assert [(v, b) for v, _, b in found(text)] == [(2.0, ""), (11.0, "")]
    # a part of one benchmark still is on it
    text = "We evaluate on WebArena. The agent succeeds on 35.2% of the tasks."
    assert [(v, b) for v, _, b in found(text)] == [(35.2, "WebArena")]


def test_average_stays_in_the_name_of_a_measure():
    assert found("The guard reaches an average F1 of 72.1.") == [(72.1, "average f1", "")]
    assert found("It lifts mean IoU to 55.1%.") == [(55.1, "mean iou", "")]
    assert found("It improves average pass@1 by 4.4%.") == [(4.4, "average pass@1", "")]
    # a score with no measure named is still none
    assert found("The robot reaches an average score of 0.92.") == [(0.92, "", "")]


def test_the_kind_of_an_error_is_part_of_its_name():
    assert found("It predicts with a mean absolute error of 0.23.") == [
        (0.23, "mean absolute error", "")
    ]
    assert found("The law predicts the loss with a relative error of 0.5%.") == [
        (0.5, "relative error", "")
    ]
    # "relative" before an improvement still names no measure
    assert [m for _, m, _ in found("It gives a relative improvement of 12%.")] == [""]


def test_a_name_after_the_number_in_a_later_clause_with_its_own_number_is_not_its():
    text = (
        "It raises the average accuracy from 41.0% to 47.5%, and the larger variant "
        "further lifts accuracy on MMLU from 60.2% to 66.0%."
    )
    assert [(v, b) for v, _, b in found(text)] == [
        (41.0, ""),
        (47.5, ""),
        (60.2, "MMLU"),
        (66.0, "MMLU"),
    ]


def test_a_sentence_opening_on_a_count_of_a_benchmarks_tasks_is_on_it():
    text = "On four LIBERO tasks the policy reaches a success rate of 81%."
    assert found(text) == [(81.0, "success rate", "LIBERO")]


def test_a_part_of_a_benchmark_is_on_the_benchmark():
    assert [b for _, _, b in found("It gains 9.5% on the counting sub-task of CV-Bench.")] == [
        "CV-Bench"
    ]
    text = "It reaches 40.1% and 52.3% on the easy and hard splits of AIME24."
    assert [b for _, _, b in found(text)] == ["AIME24", "AIME24"]


def test_a_to_end_written_first_shares_with_its_from_end():
    text = "It lowers the absolute relative error on KITTI to 0.052 from 0.071."
    assert found(text) == [
        (0.052, "absolute relative error", "KITTI"),
        (0.071, "absolute relative error", "KITTI"),
    ]


def test_a_lower_case_suite_with_its_part_is_a_benchmark():
    text = "The agent scores 61.0 on GAIA and 58.5 on xbench-DeepSearch."
    assert [b for _, _, b in found(text)] == ["GAIA", "xbench-DeepSearch"]


def test_a_saving_is_not_on_the_benchmark_of_a_score_after_it():
    text = (
        "It gives 28% lower inference latency while improving accuracy, reaching 38.7% on AIME-24."
    )
    assert [(v, b) for v, _, b in found(text)] == [(28.0, ""), (38.7, "AIME-24")]
    # with no score between, a saving on a named set is on it
    text = "It runs 2.5x faster on Video-MME."
    assert [(v, b) for v, _, b in found(text)] == [(2.5, "Video-MME")]


def test_a_range_across_the_benchmarks_is_on_none_named_later():
    text = (
        "The module improves the base models by 3% to 16% across the benchmarks, "
        "including a 14.0% gain on the counting sub-task of CV-Bench."
    )
    assert [(v, b) for v, _, b in found(text)] == [(3.0, ""), (16.0, ""), (14.0, "CV-Bench")]


def test_each_pair_of_measures_is_on_the_name_after_it():
    text = (
        "It yields gains of +18.6% F1 and +13.0% EM on MAT-Coding "
        "and +10.3% F1 and +8.7% EM on HotpotQA over the baseline."
    )
    assert [b for _, _, b in found(text)] == ["MAT-Coding", "MAT-Coding", "HotpotQA", "HotpotQA"]
    # a list of results each on its own name is not a pair of measures
    text = "It reaches 39.9% on BrowseComp-en, 43.3% on BrowseComp-zh, and 31.5% Pass@1 on HLE."
    assert [b for _, _, b in found(text)] == ["BrowseComp-en", "BrowseComp-zh", "HLE"]


def test_gains_set_beside_a_list_take_its_benchmarks_in_order():
    text = (
        "The 7B model reaches 48.1% on AIME24 and the code model 30.2% on LiveCodeBench v5, "
        "gains of 6.6 and 3.5 points over the baseline."
    )
    assert [b for _, _, b in found(text)][2:] == ["AIME24", "LiveCodeBench v5"]


def test_names_written_in_other_ways():
    # a language before a kind of content is no benchmark: the opening one holds
    text = "On OmniDocBench, the parser reaches an edit distance of 0.104 on English pages."
    assert found(text) == [(0.104, "edit distance", "OmniDocBench")]
    text = "The policy cuts the steps needed per ALFWorld task from 22.6 to 11.5."
    assert [b for _, _, b in found(text)] == ["ALFWorld", "ALFWorld"]
    text = "On the adversarial version of GSM8K-Platinum, accuracy rises from 35.1% to 59.4%."
    assert [b for _, _, b in found(text)] == ["GSM8K-Platinum", "GSM8K-Platinum"]
    text = "It reaches a goal completion score of 7.17 on Sotopia-hard."
    assert found(text) == [(7.17, "goal completion score", "Sotopia-hard")]
    text = "The model answers 57.1% of prompts on the authors' RefusalBench."
    assert [b for _, _, b in found(text)] == ["RefusalBench"]


def test_a_clause_opening_on_a_set_of_the_papers_own_takes_no_earlier_benchmark():
    text = (
        "It reaches an editing score of 7.65 on EditBench-X, and in a user study "
        "against Runway it obtains a preference rate of 51.7%."
    )
    assert [(v, b) for v, _, b in found(text)] == [(7.65, "EditBench-X"), (51.7, "")]
    text = "On GSM8K the 1B model reaches 44.9%, and on the synthetic benchmark it reaches 81.0%."
    assert [(v, b) for v, _, b in found(text)] == [(44.9, "GSM8K"), (81.0, "")]
    # a clause on a named set keeps it
    text = "On GSM8K the 1B model reaches 44.9%, and the 3B model reaches 61.0%."
    assert [(v, b) for v, _, b in found(text)] == [(44.9, "GSM8K"), (61.0, "GSM8K")]


def test_a_figure_on_average_is_on_none_unless_its_phrase_names_one():
    text = (
        "We evaluate on MATH-500 and AIME 2024. The method improves maj@32 by 3.4 points "
        "on average, with gains of 7.3 points on BRUMO 25."
    )
    assert [(v, b) for v, _, b in found(text)] == [(3.4, ""), (7.3, "BRUMO 25")]
    # an average over models, on one benchmark, stays on it
    text = "It improves accuracy by 4.2% on average over Qwen2.5-7B and Mistral-7B on MATH-500."
    assert [b for _, _, b in found(text)] == ["MATH-500"]
    # a benchmark written into the measure stays
    text = "It improves the AlpacaEval 2.0 win rate by 8% on average."
    assert [b for _, _, b in found(text)] == ["AlpacaEval 2.0"]


def test_signed_gains_in_a_list_pair_with_a_list_of_names():
    text = "It gains +4.4, +4.8 and +5.3 points on AIME 24, AIME 25 and HMMT 25."
    assert [(v, b) for v, _, b in found(text)] == [
        (4.4, "AIME 24"),
        (4.8, "AIME 25"),
        (5.3, "HMMT 25"),
    ]


def test_a_kind_of_task_then_its_benchmark_in_brackets():
    text = "It improves by 4.7% on logical reasoning (Enigmata-Eval) and 4.0% on general reasoning (MMLU)."
    assert [b for _, _, b in found(text)] == ["Enigmata-Eval", "MMLU"]
    # a task's own acronym is no benchmark: the named dataset stays
    text = "It reaches an F1 of 93.4% on named entity recognition (NER) using the FTB dataset."
    assert [b for _, _, b in found(text)] == ["FTB"]


def test_a_share_of_a_benchmarks_items_named_before_them():
    assert [b for _, _, b in found("It solves 80% of ARC puzzles.")] == ["ARC"]


def test_a_saving_after_a_clause_on_a_benchmark_is_the_methods_own():
    text = "It beats them on video reconstruction on UCF-101, while requiring 2x fewer FLOPs."
    assert [b for _, _, b in found(text)] == [""]
    text = "It reaches 71.4 on URO-Bench, and reaches a first-packet latency of 300 ms."
    assert [b for _, _, b in found(text)] == ["URO-Bench", ""]


def test_an_average_of_is_on_its_own_phrases_benchmark_only():
    text = "It improves over MoA by 6.6% on AlpacaEval 2.0 and by an average of 3.8% across MMLU, GSM8K and MATH."
    assert [b for _, _, b in found(text)] == ["AlpacaEval 2.0", ""]
    assert [
        b for _, _, b in found("It ranks first on the MTEB Leaderboard with an average of 70.1.")
    ] == ["MTEB Leaderboard"]
    text = (
        "It scores 45.3% on AIME 2024 and 38.1% on AIME 2025, an average of 41.7% across the two."
    )
    assert [b for _, _, b in found(text)] == ["AIME 2024", "AIME 2025", ""]


def test_a_multiple_of_a_quality_measure_is_a_gain_in_it():
    assert found("It increases pass@1 by approximately 1.8x on AIME25.") == [
        (1.8, "pass@1", "AIME25")
    ]
    assert [m.kind for m in extract_metrics("It improves accuracy by 2x on GSM8K.")] == ["delta"]
    assert [m.kind for m in extract_metrics("It reduces latency by 2x.")] == ["efficiency"]


# The second review's shapes (m42.7): each was right before m42 and wrong in m42.3.


def test_a_run_naming_its_own_benchmark_after_the_comparison_is_not_paired():
    text = (
        "The agent gets 51.2% on GAIA and 40.3% on WebWalkerQA, "
        "while on BrowseComp its two variants score 14.0% and 8.1%."
    )
    assert [b for _, _, b in found(text)][2:] == ["BrowseComp", "BrowseComp"]


def test_an_opening_list_pairs_each_run_and_each_change_in_order():
    text = "For Video-MME, MLVU and LongVideoBench, the model scores 64.0, 68.2 and 55.7."
    assert [b for _, _, b in found(text)] == ["Video-MME", "MLVU", "LongVideoBench"]
    text = "On HotpotQA and 2WikiMultihopQA, it reaches 60.4 and 55.1 EM, and 73.0 and 68.8 F1."
    assert [b for _, _, b in found(text)] == ["HotpotQA", "2WikiMultihopQA"] * 2
    text = (
        "Across WebArena and VisualWebArena, the success rate improves from 12.0% to 20.5% "
        "and from 15.1% to 19.9%, respectively."
    )
    assert [b for _, _, b in found(text)] == ["WebArena"] * 2 + ["VisualWebArena"] * 2
    # a list of models is no opening list of benchmarks
    text = "For Llama-3.1-8B and Qwen2.5-7B, the attack success rate on HarmBench rises to 60.2% and 57.0%."
    assert [b for _, _, b in found(text)] == ["HarmBench", "HarmBench"]
    # a later clause's own benchmark after an opening list
    text = "Across HumanEval and MBPP, the gains hold, and on LiveCodeBench the model reaches 40.2% pass@1."
    assert [b for _, _, b in found(text)] == ["LiveCodeBench"]


def test_a_later_clause_referring_back_keeps_its_name_for_the_number_before():
    text = (
        "The coder reaches 47.1% pass@1, and on LiveCodeBench v5 this is 5.9 points above o1-mini."
    )
    assert [b for _, _, b in found(text)] == ["LiveCodeBench v5", "LiveCodeBench v5"]


def test_savings_and_scores_in_one_phrase_share_its_benchmark():
    text = "It reduces KV-cache memory by 65% and latency by 40% on LongBench."
    assert [b for _, _, b in found(text)] == ["LongBench", "LongBench"]
    text = "On the decoding side, it reaches a 2.5x speedup and 84.1% accuracy on GSM8K."
    assert [b for _, _, b in found(text)] == ["GSM8K", "GSM8K"]
    text = "The sparse kernel is 2.2x faster at 128K context and scores 90.4% on RULER."
    assert [b for _, _, b in found(text)] == ["", "RULER"]


def test_two_results_with_their_measure_across_a_clause_keep_their_own_names():
    text = "On DROP, the model reaches 83.0 F1, and 78.8 F1 on QuAC."
    assert [b for _, _, b in found(text)] == ["DROP", "QuAC"]


def test_a_model_named_at_the_end_of_a_sentence_keeps_no_full_stop():
    metrics = extract_metrics("It scores 58.7 on MATH, against 42.2 for LLaDA 1.5.")
    assert [m.model for m in metrics][1] == "LLaDA 1.5"


# m42.9, from the eighteenth probe's misses (after its clean score).


def test_a_share_of_targets_or_comparisons_names_no_measure():
    text = "The model beats the operational system on 74% of targets and in 96% of comparisons."
    assert [m for _, m, _ in found(text)] == ["", ""]
    # a share of a cost still names it
    assert [m for _, m, _ in found("It uses only 30% of the tokens.")] == ["tokens"]


def test_a_hyphened_adjective_compound_is_no_benchmark():
    text = "It leads on IBM-developed evaluation suites while offering a 19% speed advantage."
    assert [b for _, _, b in found(text)] == [""]


def test_a_hyphened_word_before_a_name_does_not_hide_it():
    text = "On MAFW it reaches 60.1% WAR, and on the out-of-distribution RAVDESS set it reaches 43.0% WAR."
    assert [b for _, _, b in found(text)] == ["MAFW", "RAVDESS"]


def test_a_number_on_sets_it_does_not_name_takes_no_name_after_it():
    text = "It yields a 25% improvement on out-of-distribution tasks and 9% on in-distribution SIMPLER environments."
    assert [b for _, _, b in found(text)] == ["", "SIMPLER"]
    # a part of a benchmark named next is on it
    text = "The agent reaches 64.8% on real-world tasks from the WebVoyager benchmark."
    assert [b for _, _, b in found(text)] == ["WebVoyager"]


# m42.10, from the nineteenth probe's misses (after its clean score).


def test_an_average_over_a_list_after_the_number_is_on_none_of_it():
    text = "The system reaches an average accuracy of 61.2% across HotpotQA, 2WikiMultihopQA and MuSiQue."
    assert [b for _, _, b in found(text)] == [""]


def test_an_opening_list_may_name_its_models_before_the_comma():
    text = (
        "Across MATH-500, AIME24 and GPQA-diamond with Qwen3 models of 1.7B, 4B and 8B "
        "parameters, the method reduces computation by 45% while improving accuracy by 1.2%."
    )
    assert [b for _, _, b in found(text)] == ["", ""]


def test_a_baseline_set_beside_a_number_shares_its_benchmark():
    text = (
        "It lowers the attack success rate on AdvBench from 60.0% to 5.0%, while its "
        "MT-Bench score stays at 6.51 compared with 6.68 for the original model."
    )
    assert [b for _, _, b in found(text)] == ["AdvBench", "AdvBench", "MT-Bench", "MT-Bench"]


def test_names_with_a_star_or_a_leading_digit():
    text = "It improves by 15.2 points on V* Bench and 11.0 points on MME-RealWorld."
    assert [b for _, _, b in found(text)] == ["V* Bench", "MME-RealWorld"]
    text = "On the 3D-FRONT dataset, it achieves an FID of 7.9 versus 11.0 for BlockFusion."
    assert [b for _, _, b in found(text)] == ["3D-FRONT", "3D-FRONT"]
    # a hyphened adjective with a digit first is no name
    assert [b for _, _, b in found("A 3D-aware model reaches 55.1% on MMLU.")] == ["MMLU"]


def test_a_known_benchmarks_measure_by_a_change_is_on_it():
    text = "It improves TriviaQA accuracy by 4.1 points over ArmoRM, and training on ArmoRM-labelled pairs helps."
    assert [b for _, _, b in found(text)] == ["TriviaQA"]
    # a metric written like a name is no benchmark
    text = "On SPair-71k, it improved PCKbbox accuracy by 1.9 percentage points."
    assert [b for _, _, b in found(text)] == ["SPair-71k"]


def test_a_pronoun_a_verb_or_a_share_of_theorems_is_no_measure():
    text = "The Medium mode cuts reasoning tokens by 50%, and the Low mode cuts them by 75%."
    assert [m for _, m, _ in found(text)] == ["reasoning tokens", ""]
    text = "In elections, a 4.9% gain in vote share coincides with more disinformation."
    assert [m for _, m, _ in found(text)] == ["vote share"]
    assert [m for _, m, _ in found("The baseline succeeds on only 55.0% of theorems.")] == [""]


# The second review of m42.8-m42.11 (m42.12): each was right before and wrong after.


def test_a_share_of_attempts_or_documents_used_is_a_cost():
    text = "It matches best-of-64 accuracy on MATH-500 using only 40% of the attempts."
    assert [m for _, m, _ in found(text)] == ["attempts"]
    # items handled name no measure; one named before still holds
    assert [
        m for _, m, _ in found("Attack success rate reaches 88% of attempts on HarmBench.")
    ] == ["attack success rate"]


def test_a_setting_is_no_set_of_the_papers_own():
    text = "It reaches 88.2% accuracy in zero-shot settings, outperforming GPT-4o on ScienceQA."
    assert [b for _, _, b in found(text)] == ["ScienceQA"]


def test_an_opening_list_naming_its_model_still_pairs_in_order():
    text = "On MMLU and GPQA with Qwen2.5-72B, the method scores 85.1% and 49.0%."
    assert [b for _, _, b in found(text)] == ["MMLU", "GPQA"]


def test_a_size_before_a_capitalised_word_is_no_name():
    text = "In 8K-Context tests, accuracy on RULER is 71.2%."
    assert [b for _, _, b in found(text)] == ["RULER"]


# m42.13, from the twentieth probe's misses (after its clean score).


def test_a_number_format_is_no_benchmark():
    text = "It reaches 6x lower latency than the baselines, even though it runs in FP32."
    assert [b for _, _, b in found(text)] == [""]


def test_a_baseline_after_a_numbers_own_phrase_shares_its_benchmark():
    text = "It reaches 24.6% accuracy on BrowseComp versus 12.6% for a ReAct baseline."
    assert [b for _, _, b in found(text)] == ["BrowseComp", "BrowseComp"]
    text = "On AgentBench it gains 9.6%, and it reaches 51.3% accuracy on BFCL, close to GPT-3.5-turbo (53.7%)."
    assert [b for _, _, b in found(text)] == ["AgentBench", "BFCL", "BFCL"]


def test_another_measures_change_after_a_change_shares_its_benchmark():
    text = "It raises AIME25 pass@1 from TTRL's 4.6% to 16.4% and pass@16 from 18.5% to 37.9%."
    assert [b for _, _, b in found(text)] == ["AIME25"] * 4
    # a change that names its own benchmark keeps it
    text = "It raises accuracy on MATH from 40.1% to 50.2% and on GSM8K from 70.0% to 75.5%."
    assert [b for _, _, b in found(text)] == ["MATH", "MATH", "GSM8K", "GSM8K"]


def test_a_time_is_no_speedup():
    text = "It needs only 0.33 s to synthesize one second of audio, 10x faster than the baselines."
    assert [m for _, m, _ in found(text)] == ["", "speedup"]
    text = "It cuts latency from 1.2 s to 0.4 s, a 3x speedup."
    assert [m for _, m, _ in found(text)] == ["latency", "latency", "speedup"]
