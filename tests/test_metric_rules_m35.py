"""Extractor m35: a measure named for one number is not carried to a number of
another unit, and Codeforces-style names before the measure. Each expected tuple is
what the sentence says, worked out by reading it."""

from digest_data.enrich.metrics import extract_metrics


def tuples(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


def test_a_list_shares_the_measure_after_it_only_in_one_unit():
    # the 2.1 is the FID named before it, not the precision named after the 85.3%
    assert tuples("It reaches an FID of 2.1 and 85.3% precision on ImageNet.") == [
        (2.1, "fid", "ImageNet"),
        (85.3, "precision", "ImageNet"),
    ]
    # one unit: both are accuracies (the list still shares)
    assert [m for _, m, _ in tuples("It scores 51.4% and 54.2% accuracy on MMLU.")] == [
        "accuracy",
        "accuracy",
    ]


def test_a_percentage_does_not_take_an_elo_rating_named_for_another_number():
    assert tuples(
        "The model achieves a 1,850 Elo rating on Codeforces and 72.1% on LiveCodeBench."
    ) == [(1850.0, "elo rating", "Codeforces"), (72.1, "", "LiveCodeBench")]
    assert tuples("The model attains a PSNR of 31.2 and 92% on the user study.")[1][:2] == (
        92.0,
        "",
    )


def test_a_percentage_can_still_take_a_percentage_measure_named_before():
    assert tuples("It reaches an accuracy of 61.0% on MMLU and 72.1% on GSM8K.") == [
        (61.0, "accuracy", "MMLU"),
        (72.1, "accuracy", "GSM8K"),
    ]


def test_a_rare_registry_word_before_the_measure_is_the_benchmark():
    assert tuples("It obtains a Codeforces Elo rating of 1850.") == [
        (1850.0, "elo rating", "Codeforces")
    ]
    # not AIME 2024, which the next number of the sentence is on (since m46.2 the rating
    # a contest gives is named "rating")
    assert tuples("It reaches a Codeforces rating of 1691 and 55.5% pass@1 on AIME 2024.") == [
        (1691.0, "rating", "Codeforces"),
        (55.5, "pass@1", "AIME 2024"),
    ]
    assert tuples("It obtains a Codeforces percentile of 96.3%.") == [
        (96.3, "percentile", "Codeforces")
    ]


def test_an_everyday_word_before_the_measure_is_no_benchmark():
    # "Average" is no benchmark; an average score names no measure (m36)
    assert tuples("The model reaches an Average score of 61.2 on the tasks.") == [(61.2, "", "")]


def test_top_k_accuracy_written_with_a_space_is_the_measure():
    assert tuples("It reaches 93.1% top 5 accuracy on ImageNet.") == [
        (93.1, "top 5 accuracy", "ImageNet")
    ]


def test_a_share_of_the_issues_resolved_names_no_measure():
    # "issues" are counted, like problems and tasks; the share is a result on the set
    assert tuples("The agent resolves 49.2% of issues on SWE-bench Verified.") == [
        (49.2, "", "SWE-bench Verified")
    ]


def test_a_year_and_month_is_a_date_not_a_result():
    assert tuples("It achieves pass@1 of 72.6% on LiveCodeBench (2024.08-2025.01).") == [
        (72.6, "pass@1", "LiveCodeBench")
    ]
    # a decimal that is no month stays a result
    assert tuples("It reaches an Elo of 2024.5 on the arena.")[0][0] == 2024.5


def kinds(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.kind) for m in extract_metrics(text)]


def test_an_ordinal_percentile_is_a_result_and_is_not_carried_to_the_next_number():
    text = (
        "The model reaches 77.5 on AIME, the 94th percentile on Codeforces and 74.9 on "
        "MathVista, matching OpenAI o1."
    )
    assert tuples(text) == [
        (77.5, "", "AIME"),
        (94.0, "percentile", "Codeforces"),
        (74.9, "", "MathVista"),
    ]


def test_a_whole_number_put_straight_on_a_known_benchmark_is_a_result():
    assert tuples("Qwen3 scores 70.7 on LiveCodeBench v5 and 2,056 on CodeForces.") == [
        (70.7, "", "LiveCodeBench v5"),
        (2056.0, "", "CodeForces"),
    ]
    # a count names what it counts first
    assert tuples("We collect 2,056 problems on CodeForces.") == []


def test_the_other_systems_own_level_after_surpassing_is_a_score_not_a_margin():
    assert kinds("It reaches 45.1%, surpassing GPT-4o (40.2%).") == [
        (45.1, "score"),
        (40.2, "score"),
    ]
    assert kinds("UI-TARS-72B reaches 24.6, surpassing Claude's 22.0.") == [
        (24.6, "score"),
        (22.0, "score"),
    ]
    # a margin stays a margin, signed or "by"
    assert kinds("It outperforms GPT-4o (+4.1%).") == [(4.1, "delta")]
    assert kinds("It outperforms GPT-4o by 4.1%.") == [(4.1, "delta")]


def test_what_is_sped_up_by_a_factor_is_a_speedup():
    text = "REPA-E speeds up diffusion training by over 17x compared with REPA."
    assert tuples(text) == [(17.0, "speedup", "")]
    assert tuples("NSA achieves speedups of up to 11.6x in decoding.") == [(11.6, "speedup", "")]


def test_a_benchmark_a_sentence_says_the_name_is_carries_to_the_next_sentence():
    text = (
        "BrowseComp is a simple yet challenging benchmark of 1,266 questions. "
        "GPT-4o with browsing scores only 1.9% accuracy."
    )
    assert tuples(text) == [(1.9, "accuracy", "BrowseComp")]


def test_a_benchmark_after_a_described_benchmark_word_and_a_spaced_resolution():
    text = (
        "Video-R1-7B attains 35.8% accuracy on the video spatial reasoning benchmark "
        "VSI-Bench, with gains on VideoMMMU and MVBench."
    )
    assert tuples(text) == [(35.8, "accuracy", "VSI-Bench")]
    assert tuples("REPA-E reaches an FID of 1.26 on ImageNet 256 x 256.") == [
        (1.26, "fid", "ImageNet 256 x 256")
    ]


def test_words_of_a_clause_are_not_a_measures_modifiers():
    assert tuples("The method reaches 81.2% on MATH-500 while keeping accuracy on GSM8K.") == [
        (81.2, "", "MATH-500")
    ]
    assert [m for _, m, _ in tuples("It gives a 2-3 times speedup over vLLM.")] == [
        "speedup",
        "speedup",
    ]


def test_a_model_that_improved_is_no_measure_but_a_measure_with_capitals_is():
    assert tuples("Training improves Qwen3-32B by +11.04 on AIME 2025.") == [
        (11.04, "", "AIME 2025")
    ]
    text = "The distilled LLM achieves a 0.264 improvement in CLIP-IC over Story Diffusion."
    assert tuples(text) == [(0.264, "clip-ic", "")]


def test_a_benchmarks_own_score_right_before_the_number_names_no_earlier_measure():
    text = "The model runs at 20.7 FPS on one GPU, with a VBench score of 84.87."
    assert tuples(text) == [(20.7, "fps", ""), (84.87, "", "VBench")]
    # a measure or an everyday word before "score" still names it
    assert tuples("AnimateAnything achieved an Aesthetic Quality score of 0.600.") == [
        (0.6, "aesthetic quality score", "")
    ]


def test_a_benchmark_the_sentence_calls_the_first_of_its_kind_and_a_list_of_several():
    text = (
        "MCP-Universe is the first comprehensive benchmark for MCP agents; GPT-5 reaches "
        "only 43.7% success rate."
    )
    assert tuples(text) == [(43.7, "success rate", "MCP-Universe")]
    text = (
        "On benchmarks such as Minerva Algebra, MATH-500 and GSM8K, the model gains 4.1 "
        "points on average."
    )
    assert tuples(text) == [(4.1, "", "")]


def test_the_other_figure_after_vs_in_brackets_is_a_result_on_the_benchmark_before():
    text = (
        "The model scores 85.0 on MMLU-Pro and 89.3 on AIME 2025 (vs. 88.4), while "
        "dropping slightly on HLE (19.8 vs 21.7)."
    )
    assert tuples(text) == [
        (85.0, "", "MMLU-Pro"),
        (89.3, "", "AIME 2025"),
        (88.4, "", "AIME 2025"),
        (19.8, "", "HLE"),
        (21.7, "", "HLE"),
    ]


# The second review of m35 found its first versions too wide; its sentences are kept
# here as the rules' other side.


def test_a_measure_named_for_this_number_is_kept_whatever_its_unit():
    assert tuples("The method reduces FID by 30% compared with the baseline.") == [
        (30.0, "fid", "")
    ]
    assert tuples("The new sampler lowers FID by 0.8 and PSNR rises by 3%.") == [
        (0.8, "fid", ""),
        (3.0, "psnr", ""),
    ]


def test_asides_and_a_verb_do_not_stop_a_list_sharing_its_measure():
    assert tuples("The model achieves 78.2% (5-shot) accuracy on MMLU.") == [
        (78.2, "accuracy", "MMLU")
    ]
    assert [m for _, m, _ in tuples("The models score 71.2 and 74.5% accuracy on the sets.")] == [
        "accuracy",
        "accuracy",
    ]


def test_settings_and_ranks_put_on_a_benchmark_are_no_results():
    assert tuples("Pass@k keeps rising as k grows from 1 to 256 on AIME 2024.") == []
    assert tuples("It ranks in the top 5 on LMArena.") == []
    assert tuples("We set a thinking budget of 8192 on AIME 2024.") == []


def test_a_latency_percentile_is_no_result():
    assert [v for v, *_ in tuples("The system cuts the 99th percentile latency by 40%.")] == [40.0]


def test_measures_with_digits_and_margins_over_unnamed_baselines_stay():
    assert tuples("The detector improves AP50 by 3.1 points on COCO.") == [(3.1, "ap50", "COCO")]
    assert kinds("The method outperforms baselines (4.1% on average).") == [(4.1, "delta")]
    # "by" pruning, then "by 50%": the 50% is not what decoding was sped up by
    assert [m for _, m, _ in tuples("It speeds up decoding by pruning the KV cache by 50%.")] != [
        "speedup"
    ]


def test_a_list_of_languages_or_domains_is_not_several_benchmarks():
    text = (
        "We evaluate on HumanEval. The model reaches 85.2% pass@1 and supports languages "
        "such as Python and Rust."
    )
    assert tuples(text) == [(85.2, "pass@1", "HumanEval")]
    text = (
        "We evaluate on MathVista. The model reaches 65.2% accuracy, and it also helps on "
        "domains like medicine."
    )
    assert tuples(text) == [(65.2, "accuracy", "MathVista")]


def test_score_as_the_verb_of_systems_names_no_measure():
    text = (
        "Leading AI reasoning systems score in the single digits on ARC-AGI-2, e.g. o3 "
        "(low) reaches about 4%."
    )
    assert tuples(text) == [(4.0, "", "ARC-AGI-2")]
    # the noun keeps its modifiers
    assert tuples("The user study scores are 4.33 for ours.") == [(4.33, "user study score", "")]
