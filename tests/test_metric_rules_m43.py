"""Extractor m43: what a figure counts or is a share of in the text's own words, lists
of results and of benchmarks, baselines beside a number, counts that changed. Each
expected name is what the sentence says, worked out by reading it; the sentences are
written for the test (none is copied from a probe)."""

from conftest import metric_of
from conftest import tuples_of as found

from digest_data.enrich.metrics import extract_metrics


def test_a_comparative_names_what_grew_or_shrank_in_its_own_words():
    text = "The tuned agent writes 31.5% more hallucinated citations and 8.2% more boilerplate."
    assert metric_of(text, 31.5) == "hallucinated citations"
    assert metric_of(text, 8.2) == "boilerplate"
    text = "The kernel gives 7x higher SM occupancy and 3x lower latency than the baseline."
    assert metric_of(text, 7) == "sm occupancy"
    assert metric_of(text, 3) == "latency"
    assert metric_of("The method yields 25% greater decoding throughput.", 25) == (
        "decoding throughput"
    )


def test_an_adjective_after_the_comparative_says_how_not_what():
    assert metric_of("The planner is 40% more robust than before.", 40) == ""
    text = "Flagged prompts show 4-9x more frequent refusal errors among open models."
    assert metric_of(text, 4) == "refusal errors"


def test_a_bare_count_of_machines_is_not_a_measure():
    assert metric_of("It matches the reference while needing 8x fewer GPUs.", 8) == ""


def test_a_share_of_a_resource_ends_before_whose_resource_it_is():
    text = (
        "The student matches the teacher using only 12% of the pretraining tokens of the teacher."
    )
    assert metric_of(text, 12) == "pretraining tokens"


def test_a_share_of_the_performance_names_no_measure():
    text = "The 1B draft retains 93% of the performance of the 8B model at a fraction of the cost."
    assert metric_of(text, 93) == ""


def test_plain_words_before_a_quality_noun_say_which_quality():
    text = "The parser reaches 94% schema validity and a 71% pass rate on the suite."
    assert metric_of(text, 94) == "schema validity"
    text = "The router keeps 85% expert-level sparsity at long context."
    assert metric_of(text, 85) == "expert-level sparsity"


def test_a_setting_after_a_named_rate_is_not_the_measure():
    text = "Raters prefer it with win rates of 64.0% in motion quality and 58.5% in realism."
    assert metric_of(text, 64.0) == "win rate"


def test_a_title_case_name_ending_in_bench_is_a_benchmark_not_a_measure():
    text = "The judge gains 6.1% on Audio Preference Bench and 3.2% on Code Judge Bench."
    assert found(text) == [
        (6.1, "", "Audio Preference Bench"),
        (3.2, "", "Code Judge Bench"),
    ]
    # a measure's word before "-Bench" is the name's too
    assert found("It scores 71.0 on VL Reward-Bench.") == [(71.0, "", "VL Reward-Bench")]


def test_preference_data_named_earlier_is_no_measure():
    text = "Tuned on 50K preference pairs, the critic gains 2.5% on MT-Bench."
    assert found(text) == [(2.5, "", "MT-Bench")]


def test_a_measure_ending_a_list_of_results_is_every_results_measure():
    text = (
        "The agent reaches 31.0% on WebArena, 22.4% on OSWorld and 40.2% on GAIA in "
        "pass@1, and 45.0%, 30.1% and 55.5% respectively in pass@4."
    )
    assert [(m, b) for _, m, b in found(text)] == [
        ("pass@1", "WebArena"),
        ("pass@1", "OSWorld"),
        ("pass@1", "GAIA"),
        ("pass@4", "WebArena"),
        ("pass@4", "OSWorld"),
        ("pass@4", "GAIA"),
    ]
    assert found("The 32B model resolves 48.2% of SWE-bench Lite issues at pass@1.") == [
        (48.2, "pass@1", "SWE-bench Lite")
    ]


def test_a_setting_after_a_result_is_no_measure():
    assert found("It scores 45.1% on the MMLU benchmark in the zero-shot setting.") == [
        (45.1, "", "MMLU")
    ]


def test_what_a_verb_lowers_to_is_the_measure():
    text = "On DeepFashion it lowers LPIPS to 0.081 from 0.102 for the prior method."
    assert [(v, m) for v, m, _ in found(text)] == [(0.081, "lpips"), (0.102, "lpips")]
    text = "It raises the valid token ratio to 81.0% from 40.5% under fixed decoding."
    assert [(v, m) for v, m, _ in found(text)] == [
        (81.0, "valid token ratio"),
        (40.5, "valid token ratio"),
    ]


def test_versus_joins_two_figures_of_one_measure():
    assert [m for _, m, _ in found("It wins, 71.5% versus 60.2% accuracy.")] == [
        "accuracy",
        "accuracy",
    ]


def test_a_change_given_in_brackets_after_what_changed():
    text = "Training cuts both toxic replies (from 21.0% to 3.5% on RealToxicity) and refusals."
    assert found(text)[:2] == [
        (21.0, "toxic replies", "RealToxicity"),
        (3.5, "toxic replies", "RealToxicity"),
    ]


def test_an_acronym_score_with_a_hyphen_keeps_score():
    text = "On AudioCaps it reaches an IB-score of 28.4 and a DeSync of 0.51."
    assert [m for _, m, _ in found(text)] == ["ib score", "desync"]


def test_an_acronym_in_capitals_that_collapses_or_rises_is_the_measure():
    text = "The baseline keeps an MRR of 0.61, but its NDCG collapses to 0.12 after pruning."
    assert [m for _, m, _ in found(text)] == ["mrr", "ndcg"]


def test_a_range_across_unnamed_benchmarks_takes_no_name_from_before():
    text = (
        "The model is evaluated on MedQA and PubMedQA. Scaling test-time compute yields "
        "gains of 4% to 9% across the clinical benchmarks."
    )
    assert [(v, b) for v, _, b in found(text)] == [(4.0, ""), (9.0, "")]


def test_an_average_across_a_list_is_on_none_even_with_one_unknown_name():
    text = "It gains 5.1% on IFEval and by an average of 2.7% across MMLU, CRUX and GSM8K."
    assert [(v, b) for v, _, b in found(text)] == [(5.1, "IFEval"), (2.7, "")]


def test_a_baseline_beside_a_number_reports_its_measure_or_none():
    text = "It reaches a Structural Fidelity (SF) score of 0.81, compared to 0.74 for the baseline."
    assert [m for _, m, _ in found(text)] == ["sf", "sf"]
    text = (
        "It lowers the attack success rate on HarmBench from 51.0% to 6.0%, while its "
        "AlpacaEval score stays at 31.2 compared with 31.9 for the base model."
    )
    assert [(v, m) for v, m, _ in found(text)][2:] == [(31.2, ""), (31.9, "")]


def test_a_benchmark_score_that_moves_names_no_measure():
    text = "It reaches 71.0% accuracy on IFEval and improves its LiveBench score by 4.2 points."
    assert found(text)[1] == (4.2, "", "LiveBench")


def test_whose_score_is_no_measure_of_its_own():
    text = "On GenEval, the tuned model lifts the overall score of Show-o from 0.68 to 0.74."
    assert [m for _, m, _ in found(text)] == ["overall score", "overall score"]


def test_a_benchmark_changed_by_a_figure_names_no_measure_and_keeps_its_whole_name():
    text = "The recipe improves Global MMLU by 3.9% for Swahili."
    assert found(text) == [(3.9, "", "Global MMLU")]


def test_a_count_of_steps_or_tokens_that_changed_is_a_result_named_by_it():
    text = "On HumanEval the sampler cuts the denoising steps from 512 to 64, a 6.1x speedup."
    assert found(text)[:2] == [
        (512, "denoising steps", "HumanEval"),
        (64, "denoising steps", "HumanEval"),
    ]
    text = "On MATH500, thinking tokens drop from 5210 to 3100 while accuracy holds."
    assert [(v, m) for v, m, _ in found(text)] == [
        (5210, "thinking tokens"),
        (3100, "thinking tokens"),
    ]
    assert all(m.kind == "efficiency" for m in extract_metrics(text))


def test_a_rating_scale_and_the_size_of_compared_models_are_no_results():
    text = "Raters give it a fluency of 4.1 versus 3.6 for the baseline on a 7-point scale."
    assert [v for v, _, _ in found(text)] == [4.1, 3.6]
    text = "The 1B model beats models up to 40x larger, improving F1 by 3.2%."
    assert [v for v, _, _ in found(text)] == [3.2]


def test_second_review_near_misses_keep_their_reading():
    # words before a counted noun say what is counted unless they say how often
    assert metric_of("The cache allows 4x more concurrent requests per GPU.", 4) == (
        "concurrent requests"
    )
    # a share of items of a system is no resource
    assert metric_of("The detector flags 88% of the outputs of GPT-4o as generated.", 88) == ""
    # "the number of turns": no fragment of "of"; a schedule the authors chose is no result
    text = "The policy lowers the number of turns from 9.1 to 5.3 on MultiWOZ."
    assert [m for _, m, _ in found(text)] == ["turns", "turns"]
    text = "We increase the training steps from 1,000 to 5,000 and see gains of 2.3%."
    assert [v for v, _, _ in found(text)] == [2.3]
    # a paper's own "models up to 3x larger" is its result
    text = "Offloading lets a single A100 train models up to 3x larger than FSDP."
    assert [v for v, _, _ in found(text)] == [3.0]
    # a quality noun of its own after a list's first
    text = "Generated molecules reach 94% chemical validity and 88% novelty."
    assert [m for _, m, _ in found(text)] == ["chemical validity", "novelty"]


def test_a_rate_counted_in_millions_and_a_measure_set_equal_are_results():
    text = "Training reaches a model FLOPs utilization (MFU) of 41.2% with a throughput of 2.1M tokens/s."
    assert [(v, m) for v, m, _ in found(text)] == [(41.2, "mfu"), (2.1, "throughput")]
    assert found("The probe explains much of it (R^2 = 0.64).") == [(0.64, "r^2", "")]
    # a setting set equal stays out
    assert found("Retrieval runs at k = 5 with the threshold δ = 0.5.") == []
    # counts of a size stay out
    assert found("The model has 1.5M parameters.") == []


def test_a_time_a_cut_reaches_is_a_result():
    text = "It cuts training time by more than 300x to about 15 minutes."
    assert [(v, m) for v, m, _ in found(text)] == [(300, "training time"), (15, "training time")]


def test_a_figure_across_a_list_after_it_is_on_none_of_its_names():
    text = "It brings up to 9.2% absolute gains across SWE-bench Lite, HumanEval and MBPP."
    assert found(text) == [(9.2, "", "")]
    # one by one, it is on each
    text = "It scores 41.0% and 77.5% across SWE-bench Lite and HumanEval, respectively."
    assert [b for _, _, b in found(text)] == ["SWE-bench Lite", "HumanEval"]


def test_a_figure_beside_a_list_of_benchmarks_is_on_none_alone():
    text = "It also beats baselines on RULER, LongBench and InfiniteBench while cutting latency by 22%."
    assert found(text) == [(22.0, "latency", "")]
    text = "SvS yields gains of 18.3% and 22.8% in pass@32 on the AIME24 and AIME25 benchmarks."
    assert [b for _, _, b in found(text)] == ["AIME24", "AIME25"]


def test_a_figure_on_an_unnamed_evaluation_takes_no_name_of_an_earlier_clause():
    text = "It reaches 74.5% on SWE-bench Verified, and scores 51.3% on an internal refactoring evaluation."
    assert [b for _, _, b in found(text)] == ["SWE-bench Verified", ""]


def test_shares_of_rollouts_and_an_imaging_modality_name_nothing():
    assert found("The model attempts sabotage in 12% of rollouts.") == [(12.0, "", "")]
    assert [b for _, _, b in found("It reaches a mean AUROC of 84.1 on chest CT.")] == [""]


def test_a_second_name_changed_by_a_figure_after_a_measure_is_a_measure():
    text = "It reduces LPIPS by 11% and FVD by 38% relative to the base model."
    assert [m for _, m, _ in found(text)] == ["lpips", "fvd"]
    # after a system beaten, a system
    text = "It beats baselines such as Taco and CogCom by 12.7 points on accuracy."
    assert "cogcom" not in [m for _, m, _ in found(text)]


def test_a_measure_between_a_number_and_its_points():
    text = "It improves by 2.4 AP points and 1.1 F1 points, and by 3.0 C-index points."
    assert [m for _, m, _ in found(text)] == ["ap", "f1", "c-index"]


def test_by_an_average_of_up_to_keeps_what_changed():
    text = "It improves tokens-per-second by an average of up to 48% over prior methods."
    assert [m for _, m, _ in found(text)] == ["tokens-per-second"]


def test_each_figure_after_a_change_in_something_has_its_own_in():
    text = (
        "Users reported a 40% reduction in insomnia symptoms, 22% in fatigue and 9% "
        "in daytime sleepiness, larger than controls."
    )
    assert [m for _, m, _ in found(text)] == ["insomnia symptoms", "fatigue", "daytime sleepiness"]


def test_third_review_near_misses_keep_the_measure_of_the_first():
    # a language, a programming language or a method changed "by" is no measure
    assert [m for _, m, _ in found("It reduces perplexity by 8% and Python by 5%.")] == [
        "perplexity",
        "",
    ]
    text = "It improves accuracy by 3.1% and GRPO by 2.4% on MATH."
    assert [m for _, m, _ in found(text)] == ["accuracy", "accuracy"]
    # after a change in a known measure, the later "in"s are settings
    text = "It gives a 12% improvement in accuracy, 31% in English and 19% in French."
    assert [m for _, m, _ in found(text)] == ["accuracy"] * 3
    # a list after "across" with a name of three words is still a list
    text = "It yields up to 11.6% gains across InterCode-CTF, NYU CTF Bench and Cybench."
    assert found(text) == [(11.6, "", "")]


def test_a_figure_on_a_name_is_not_moved_by_its_own_from_after_a_comma():
    text = "It scores 70.1% on SWE-bench Verified and 58.3% on OSWorld, up from 40.2% before."
    assert [b for _, _, b in found(text)] == ["SWE-bench Verified", "OSWorld", "OSWorld"]
    # the next change's own "on X from" still is not this one's
    text = "It raises the rate from 20.0% to 50.0% and on Polyglot from 14.2% to 30.7%."
    assert [b for _, _, b in found(text)] == ["", "", "Polyglot", "Polyglot"]


def test_a_change_in_brackets_after_a_name_is_on_it():
    text = (
        "It sets new results on KramaBench (from 39.8% to 44.7%) and DA-Code (from 37.0% to 38.5%)."
    )
    assert [b for _, _, b in found(text)] == ["KramaBench"] * 2 + ["DA-Code"] * 2


def test_whose_is_no_part_of_a_measure():
    text = "It beats OpenVLA, whose success rate averages 76.5% across the suites."
    assert [m for _, m, _ in found(text)] == ["success rate"]


def test_a_common_word_is_no_benchmark_name_inside_what_changed():
    # "quality" is not the QuALITY benchmark, written in lower case
    text = "It improves answer quality by 0.31 and citation quality by 1.2 over the baseline."
    assert [m for _, m, _ in found(text)] == ["answer quality", "citation quality"]


def test_what_fell_or_rose_by_a_figure_and_a_second_measure_after_it():
    text = "Over a year, the latency of the median request fell by 12x."
    assert [m for _, m, _ in found(text)] == ["latency"]
    text = "It cuts inference FLOPs by 40.5% and peak latency by 31.0%."
    assert [m for _, m, _ in found(text)] == ["inference flops", "peak latency"]
    # a domain or a task after a measure is no measure of its own (the fourth review)
    text = "It improves accuracy by 5.1% and coding by 4.4 points."
    assert [m for _, m, _ in found(text)] == ["accuracy", "accuracy"]
    # the second's own verb is no part of its name; a bare "and by" names nothing new
    text = "It improves rollout throughput by 74% and reduces tail latency by 75%."
    assert [m for _, m, _ in found(text)][1] == "tail latency"
    text = "It beats GRPO by 3% on accuracy and by 4.0-5.0% over single-iteration models."
    assert "and" not in [m for _, m, _ in found(text)]


def test_a_field_after_in_is_no_quality_noun():
    text = "Hallucinations fell by 27% in medicine, 22% in law and 15% in finance."
    assert "finance" not in [m for _, m, _ in found(text)]


def test_fourth_review_near_misses():
    # a model improved is no benchmark, even with a change in brackets
    text = "The verifier improves Skywork-PRM (from 70.3% to 73.8%) on ProcessBench."
    assert [b for _, _, b in found(text)] == ["ProcessBench", "ProcessBench"]
    # an ability is no measure
    assert found("The method improves math reasoning by 6.2% over the base model.") == [
        (6.2, "", "")
    ]
    # a count that fell names no measure; a measure of a system keeps its name
    assert found("The number of failed episodes fell by 40%.") == [(40.0, "", "")]
    text = "The Pass@1 of the agent grew by 9.3% on BigCodeBench."
    assert found(text) == [(9.3, "pass@1", "BigCodeBench")]
