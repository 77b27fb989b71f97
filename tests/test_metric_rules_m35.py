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
    # not AIME 2024, which the next number of the sentence is on
    assert tuples("It reaches a Codeforces rating of 1691 and 55.5% pass@1 on AIME 2024.") == [
        (1691.0, "", "Codeforces"),
        (55.5, "pass@1", "AIME 2024"),
    ]
    assert tuples("It obtains a Codeforces percentile of 96.3%.") == [
        (96.3, "percentile", "Codeforces")
    ]


def test_an_everyday_word_before_the_measure_is_no_benchmark():
    assert tuples("The model reaches an Average score of 61.2 on the tasks.") == [
        (61.2, "average score", "")
    ]


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
