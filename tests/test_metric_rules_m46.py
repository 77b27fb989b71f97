"""Extractor m46: how 2025 summaries list results on benchmarks. A decimal put
straight on a known benchmark is a result; a benchmark name written right after a
number is that number's benchmark, with no measure borrowed from the number before;
"on <model>" after a change does not hide the benchmark before "by"; a window of
months stays in a benchmark's name; a model's size in front of it is no result.
These tests fail with m45.14. The sentences are written for the tests."""

from digest_data.enrich.metrics import extract_metrics


def rows(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


def test_a_decimal_put_on_a_known_benchmark_is_a_result_after_any_word():
    text = "Orca-X scores 71.3 on MMLU-Pro, alongside 48.2 on GPQA Diamond."
    assert rows(text) == [(71.3, "", "MMLU-Pro"), (48.2, "", "GPQA Diamond")]


def test_a_temperature_put_on_a_benchmark_is_still_no_result():
    assert rows("We decode with a temperature of 0.7 on AIME 2024.") == []


def test_a_benchmark_written_after_each_number_is_its_own():
    text = "Pixa-1 reaches 6.12 FID and 0.81 GenEval with four sampling steps."
    assert rows(text) == [(6.12, "fid", ""), (0.81, "", "GenEval")]


def test_two_numbers_each_followed_by_a_benchmark():
    text = "The distilled model scores 0.79 GenEval and 84.6 DPG-Bench."
    assert rows(text) == [(0.79, "", "GenEval"), (84.6, "", "DPG-Bench")]


def test_a_benchmark_before_by_counts_when_the_sentence_ends_on_the_model_used():
    text = "The recipe improves MATH-500 by 3.2 points and HumanEval by 4.5 points on Qwen3-8B."
    assert [(v, b) for v, _, b in rows(text)] == [(3.2, "MATH-500"), (4.5, "HumanEval")]


def test_a_window_of_months_stays_in_the_benchmarks_name():
    text = "It solves 48% on LiveCodeBench 08/24-02/25 and 61% on LiveCodeBench 2408-2502."
    assert [b for _, _, b in rows(text)] == [
        "LiveCodeBench 08/24-02/25",
        "LiveCodeBench 2408-2502",
    ]


def test_the_size_of_a_larger_model_in_front_of_it_is_no_result():
    assert rows("It outperforms the 40-times larger Falcon-180B model on MMLU.") == []
    assert rows("It beats a 12x bigger LLM while running 3x faster.") == [(3.0, "speedup", "")]


def test_a_contest_rating_that_looks_like_a_year_is_a_result_named_rating():
    text = "Sage-R reaches a Codeforces rating of 2031 and 71.5% on AIME 2025."
    assert rows(text) == [(2031.0, "rating", "Codeforces"), (71.5, "", "AIME 2025")]


def test_a_year_after_ratings_is_still_a_year():
    assert rows("Ratings of 2025 papers were collected in 2024.") == []


def test_a_comparison_with_while_keeps_the_benchmark_named_after_it_for_both():
    # (m46.3 cut it from the first number: reverted after a second review)
    text = "Our model scores 62.1%, while GPT-4o scores 55.3% on MMMU."
    assert [(v, b) for v, _, b in rows(text)] == [(62.1, "MMMU"), (55.3, "MMMU")]


def test_numbers_of_one_clause_still_share_the_names_after_them():
    text = "It gains 3.2 and 4.1 points on AIME24 and AIME25."
    assert [(v, b) for v, _, b in rows(text)] == [(3.2, "AIME24"), (4.1, "AIME25")]


def test_a_comparison_or_hedge_before_a_measure_is_no_part_of_its_name():
    assert rows("It streams at 24 FPS with sub-second latency of 0.71 s on one GPU.")[-1] == (
        0.71,
        "latency",
        "",
    )
    assert rows("Its decoder has a theoretical round-trip latency of 450 ms.") == [
        (450.0, "round-trip latency", "")
    ]


def test_after_a_number_a_comparison_still_says_which_way_it_went():
    text = "It needs a 9.5x smaller cache size and gives 4x faster inference speed."
    assert rows(text) == [(9.5, "cache size", ""), (4.0, "inference speed", "")]


def test_a_learning_rate_with_words_before_it_is_still_a_setting():
    text = (
        "The gate tolerates larger learning rates, and cuts the share of attention on "
        "the first token from 41.2% to 6.3%."
    )
    assert [m for _, m, _ in rows(text)] == ["", ""]


def test_up_from_a_run_of_numbers_pairs_each_with_the_benchmark_before():
    text = "Tessa-7B reaches 48.3% on AIME and 91.2% on MATH, up from 9.1% and 62.4% before."
    assert [(v, b) for v, _, b in rows(text)] == [
        (48.3, "AIME"),
        (91.2, "MATH"),
        (9.1, "AIME"),
        (62.4, "MATH"),
    ]


# From a second review of m46.1-m46.5: near misses each rule must leave alone.


def test_a_measure_named_before_a_list_of_benchmarked_numbers_is_each_ones():
    assert rows("It achieves pass@1 of 72.6 AIME 2024 and 95.4 MATH-500.") == [
        (72.6, "pass@1", "AIME 2024"),
        (95.4, "pass@1", "MATH-500"),
    ]
    assert [m for _, m, _ in rows("It attains accuracies of 85.3% MMLU and 72.1% GPQA.")] == [
        "accuracy",
        "accuracy",
    ]


def test_a_setting_written_before_a_benchmark_is_no_score():
    assert rows("We sample at temperature 0.6 on AIME 2024 with 64 samples per problem.") == []
    assert rows("Images are drawn with CFG scale 7.5 on COCO.") == []


def test_a_larger_improvement_is_a_result_not_a_model_size():
    assert [v for v, _, _ in rows("It yields a 3x larger improvement over baseline models.")] == [
        3.0
    ]


def test_a_rating_of_a_year_of_things_is_no_result():
    text = "We study the reviewer rating of 2024 ICLR submissions and find a 0.3 correlation."
    assert [v for v, _, _ in rows(text)] == [0.3]


def test_only_a_contest_or_arena_gives_a_rating_by_name():
    assert rows("It attains an MT-Bench rating of 8.2.") == [(8.2, "", "MT-Bench")]


def test_a_model_named_by_its_size_after_a_change_hides_no_benchmark():
    text = "It improves MATH-500 by 3.2 points on OLMo-2-7B."
    assert [(v, b) for v, _, b in rows(text)] == [(3.2, "MATH-500")]


def test_a_window_of_months_with_dots_stays_whole():
    text = "It solves 48% on LiveCodeBench 24.08-25.02."
    assert [b for _, _, b in rows(text)] == ["LiveCodeBench 24.08-25.02"]


def test_margins_take_no_benchmark_a_later_clauses_score_is_named_on():
    # m46.7: only a change or a cost gives the name up; two scores keep sharing it
    text = (
        "Helio beats the best 2D and 3D encoders by 11.3% and 3.9%, and after full "
        "fine-tuning it reaches 78.4% mIoU on ScanNet."
    )
    assert [(v, b) for v, _, b in rows(text)] == [(11.3, ""), (3.9, ""), (78.4, "ScanNet")]
    text = "It reaches 84.1% with greedy decoding, and voting lifts it to 87.0% on MATH-500."
    assert [(v, b) for v, _, b in rows(text)] == [(84.1, "MATH-500"), (87.0, "MATH-500")]


def test_a_number_put_on_a_name_no_rule_knows_takes_no_benchmark_named_before():
    # m46.8: it was given the list's earlier benchmark
    text = "Kite-2 reaches 61.0% on MMLU and 47.3% on Kestrel."
    assert [(v, b) for v, _, b in rows(text)] == [(61.0, "MMLU"), (47.3, "")]


def test_a_measure_after_on_still_leaves_the_benchmark_named_before():
    text = (
        "NumPro-FT sets a new state of the art on Charades-STA, surpassing the previous "
        "best by 11.8% on R@0.3."
    )
    assert [(v, b) for v, _, b in rows(text)] == [(11.8, "Charades-STA")]


def test_a_hedge_or_comparison_opening_a_name_found_after_of_is_dropped():
    # m46.9: the second review's "faster time-to-first-token", "approximate latency"
    text = "It reaches a sub-millisecond latency of 0.8 ms and an approximate latency of 120 ms."
    assert [m for _, m, _ in rows(text)] == ["latency", "latency"]
    text = (
        "It gives a faster time-to-first-token of 120 ms and a greater throughput of 900 tokens/s."
    )
    assert [m for _, m, _ in rows(text)] == ["time-to-first-token", "throughput"]
