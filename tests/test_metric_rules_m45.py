"""Extractor m45: a paper whose title says, right after its name, that it benchmarks
or evaluates something ("QuillEval: Benchmarking ...", "TideQA: A Comprehensive
Benchmark for ...") makes that benchmark, and its numbers that name no other are on
it, even when the registry has never heard the name; these tests fail with m44.6.
The titles and sentences are written for the tests."""

import pytest
from conftest import metric_of

from digest_data.enrich.metrics import extract_metrics


def rows(text: str, title: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.benchmark, m.model) for m in extract_metrics(text, title)]


@pytest.mark.parametrize(
    "title",
    [
        "Quillmark: Benchmarking Long-Form Argument Writing in Language Models",
        "Quillmark: Evaluating Long-Form Argument Writing in Language Models",
        "Quillmark: Holistic Evaluation of Argument Writing",
        "Quillmark: A Comprehensive Benchmark for Argument Writing",
        "Quillmark: A Benchmark",
    ],
)
def test_a_title_that_benchmarks_or_evaluates_names_the_papers_benchmark(title):
    text = (
        "The suite holds 900 essay prompts graded by experts. The strongest model reaches "
        "a rubric score of 61.5%, against 48.2% for the best open model."
    )
    assert [(v, b) for v, b, _ in rows(text, title)] == [(61.5, "Quillmark"), (48.2, "Quillmark")]
    assert "Quillmark" not in {m for _, _, m in rows(text, title)}


def test_a_number_on_another_named_benchmark_keeps_that_one():
    title = "Quillmark: Benchmarking Long-Form Argument Writing"
    text = "Training on its essays also lifts accuracy on MMLU by 2.1 points."
    assert [(v, b) for v, b, _ in rows(text, title)] == [(2.1, "MMLU")]


@pytest.mark.parametrize(
    "title",
    [
        # the evaluating word comes late: a method or platform that serves evaluation
        "Quillmark: A Reliable Metric for Fair and Accurate Essay Evaluation",
        "Quillmark: Training and Systematic Benchmarking of Essay Agents",
        # "Benchmark" as the first word of a compound is what the method works on
        "Quillmark: Benchmark Task Reduction with Transfer",
        # no evaluating word at all
        "Quillmark: Scaling Argument Writing with Feedback",
    ],
)
def test_other_titles_name_the_papers_system_not_a_benchmark(title):
    text = "Quillmark reaches a rubric score of 61.5%, against 48.2% for the baseline."
    assert {b for _, b, _ in rows(text, title)} == {""}
    assert {m for _, _, m in rows(text, title)} >= {"Quillmark"}


# m45.1: a share of a resource named in capitals or with a modifier before "time"
# ("34% of the training FLOPs", "45% of the decoding time"), and a multiple of what
# another system has ("2x the throughput of ...") name their measure.
@pytest.mark.parametrize(
    "text, value, measure",
    [
        (
            "The sparse model matches the dense loss using only 31.5% of the training FLOPs.",
            31.5,
            "training flops",
        ),
        ("The planner needs only 62.4% of the LLM calls of a sequential agent.", 62.4, "llm calls"),
        ("Tree sampling saves 38% of the GPU hours spent on rollouts.", 38, "gpu hours"),
        (
            "It keeps the same recall while using only 41.2% of the decoding time.",
            41.2,
            "decoding time",
        ),
        (
            "The cached decoder delivers 1.7x the throughput of the plain decoder.",
            1.7,
            "throughput",
        ),
        (
            "The controller reaches 3.1 times the control frequency of the base policy.",
            3.1,
            "control frequency",
        ),
    ],
)
def test_what_a_share_or_a_multiple_is_of_names_the_measure(text, value, measure):
    assert metric_of(text, value) == measure


@pytest.mark.parametrize(
    "text, value",
    [
        # how often, not a cost
        ("The agent answers correctly 64% of the time on hard prompts.", 64),
        # a count or a benchmark's own score, not a measure of its own
        ("The new agent solves 3x the number of tasks of the old one.", 3),
        ("After pruning it retains 96% of the MMLU accuracy.", 96),
    ],
)
def test_a_share_of_how_often_a_count_or_a_benchmark_names_nothing_new(text, value):
    assert metric_of(text, value) == ""


# m45.2: what a count that grew or shrank counts may be followed by "without" or "to"
@pytest.mark.parametrize(
    "text, value, measure",
    [
        ("The sparse kernel reads 3x fewer tokens without any loss in recall.", 3, "tokens"),
        (
            "The tuned policy needs 2.5x fewer environment steps to reach the same return.",
            2.5,
            "environment steps",
        ),
        ("The pruned model uses roughly 40% fewer FLOPs thanks to early exits.", 40, "flops"),
    ],
)
def test_a_count_that_shrank_before_without_or_to_names_what_it_counts(text, value, measure):
    assert metric_of(text, value) == measure


def test_an_adjective_before_to_still_says_how_not_what():
    assert metric_of("The model is 30% more likely to refuse harmful prompts.", 30) == ""


@pytest.mark.parametrize(
    ("acronym", "long_name"),
    [
        ("pcc", "pearson correlation coefficient"),
        ("aj", "average jaccard"),
        ("mfu", "model flops utilization"),
    ],
)
def test_a_metric_acronym_and_its_long_name_are_one_metric_on_the_leaderboard(acronym, long_name):
    # m45.3 names a measure by the acronym the text defines; a leaderboard must still
    # put "PCC" and "Pearson correlation coefficient" on one line
    from digest_data import canonical_metric

    assert canonical_metric(acronym) == canonical_metric(long_name)


# m45.4: a split or subset written as one plain capitalised word, or a short acronym,
# that ends a benchmark's name is part of it ("SimplerEnv Bridge", "KITTI Odometry")
@pytest.mark.parametrize(
    "text, benchmark",
    [
        (
            "The policy reaches 72.9% on SimplerEnv Bridge, against 63.9% for the baseline.",
            "SimplerEnv Bridge",
        ),
        ("On KITTI Odometry, the tracker attains an ATE of 27.6 m.", "KITTI Odometry"),
        ("It scores 54% on LAB-Bench DBQA and beats the strongest agent.", "LAB-Bench DBQA"),
    ],
)
def test_a_split_word_after_a_benchmark_is_part_of_its_name(text, benchmark):
    assert {m.benchmark for m in extract_metrics(text)} == {benchmark}


@pytest.mark.parametrize(
    "text",
    [
        # a model or a verb after the name is no split of it
        "On GSM8K Qwen2.5-7B reaches 80.1% accuracy.",
        "On GSM8K Llama reaches 80.1% accuracy.",
        "It reaches 80.1% on GSM8K, and the others trail.",
    ],
)
def test_a_model_or_a_verb_after_a_benchmark_is_not_part_of_it(text):
    assert {m.benchmark for m in extract_metrics(text)} == {"GSM8K"}


# m45.5: a bare version or year after a versioned name in a list is that name's
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "It reaches 57.2% and 52.1% pass@1 on LiveCodeBench v5 and v6.",
            ["LiveCodeBench v5", "LiveCodeBench v6"],
        ),
        ("It reaches 72.6% and 64.8% on AIME 2024 and 2025.", ["AIME 2024", "AIME 2025"]),
        ("On AIME 2024 and 2025, it scores 72.6% and 64.8%.", ["AIME 2024", "AIME 2025"]),
    ],
)
def test_a_bare_version_in_a_list_is_the_versioned_names(text, expected):
    assert [m.benchmark for m in extract_metrics(text)] == expected


def test_one_number_for_a_name_and_its_second_year_is_on_the_first():
    # LABELING.md: one number stated for two benchmarks is on the first named
    text = "On AIME 2024 and 2025, the agent yields gains of +5.2% Average@32."
    assert [m.benchmark for m in extract_metrics(text)] == ["AIME 2024"]


# m45.6: the own words before "of" may follow a placing word ("a new state-of-the-art
# ... of") or, with no determiner, "with" or "and" in a list of figures
@pytest.mark.parametrize(
    "text, value, measure",
    [
        (
            "The policy sets a new state-of-the-art average episode length of 4.6 on the suite.",
            4.6,
            "average episode length",
        ),
        (
            "Each query uses 0.3 Wh, with water consumption of 0.2 mL per query.",
            0.2,
            "water consumption",
        ),
        (
            "Serving costs fall, with a p99 queue delay of 41 ms and energy use of 0.8 J per token.",
            0.8,
            "energy use",
        ),
    ],
)
def test_own_words_before_of_after_a_placing_word_or_with(text, value, measure):
    assert metric_of(text, value) == measure


def test_a_setting_after_with_still_names_nothing():
    assert (
        metric_of("It was trained with a batch size of 256 and reaches 80% accuracy.", 80)
        == "accuracy"
    )
    assert metric_of("It scores 85.2% with gains of 3.1 points.", 3.1) == ""


# m45.7, from a second review's sentences (152 lines written with their expected
# outputs before either extractor ran): what the split and title rules must not take.
@pytest.mark.parametrize(
    "text, benchmarks",
    [
        ("On MMLU Overall, the model reaches 78.4%.", {"MMLU"}),
        ("On ARC Claude, GPT-4o and Gemini all exceed 90%.", {"ARC"}),
        ("On HellaSwag Mistral and Gemma tie at 83.1%.", {"HellaSwag"}),
        ("It reaches 54.1 on COCO AP, beating DINO by 1.2.", {"COCO"}),
        ("When tested on MMLU Qwen and Llama gain 3.2% on average.", {"MMLU"}),
    ],
)
def test_a_model_a_measure_or_an_aggregate_after_a_benchmark_is_no_split(text, benchmarks):
    assert {m.benchmark for m in extract_metrics(text)} == benchmarks


def test_a_title_that_evaluates_names_no_benchmark_when_its_name_acts_as_a_method():
    title = "Meta-Judge: Evaluating LLM Judges Without Human Labels"
    text = "Meta-Judge improves agreement with human preferences by 8.3%."
    assert {b for _, b, _ in rows(text, title)} == {""}


def test_a_quality_share_is_no_benchmark_share():
    # "quality" is also how the registry folds QuALITY; written in lower case it is a word
    assert metric_of("It keeps 99% of the original quality.", 99) == "quality"


def test_per_after_a_count_stays_in_what_is_counted():
    assert (
        metric_of("It needs 2.5x fewer tokens per answer, compared to o1.", 2.5)
        == "tokens per answer"
    )


# m45.8: a share of a resource is a cost, kept out of the Scores view and its leaderboard
@pytest.mark.parametrize(
    "text, value",
    [
        ("The planner needs only 62.4% of the LLM calls of a sequential agent.", 62.4),
        ("The sparse model matches the dense loss using only 31.5% of the training FLOPs.", 31.5),
        ("It keeps accuracy at 70% of the original training cost.", 70),
    ],
)
def test_a_share_of_a_resource_is_an_efficiency_figure(text, value):
    assert next(m.kind for m in extract_metrics(text) if m.value == value) == "efficiency"


def test_a_share_of_items_answered_stays_a_score():
    (found,) = extract_metrics("Humans answer 84.7% of the questions correctly.")
    assert found.kind == "score"


# m45.9: a noun ending in -ss, -ics, -us or -is names one thing, not a count of
# things ("progress", "robustness"); a plural possessive before a measure is whose
# it is ("the radiologists' workload fell by 44%")
@pytest.mark.parametrize(
    "text, value, measure",
    [
        ("The policy reaches 61.0% task progress on the real robot.", 61.0, "task progress"),
        ("With the assistant, the nurses' workload fell by 38%.", 38, "workload"),
        ("The triage tool cut the patients' waiting time by 27%.", 27, "waiting time"),
    ],
)
def test_one_thing_ending_in_s_and_whose_measure_it_is(text, value, measure):
    assert metric_of(text, value) == measure


def test_a_regular_plural_after_a_number_still_counts_things():
    assert metric_of("Accuracy rose by 3% across 14 diseases.", 3) == "accuracy"


# m45.10: a task said by its gerund before accuracy or a success rate is dropped, as
# the labels drop task words ("retrosynthetic planning success rate" is success rate)
@pytest.mark.parametrize(
    "text, value",
    [
        ("On the puzzle set, the sampler raises solving accuracy from 7% to 90%.", 90),
        ("The agent reaches a 71.5% environment-building success rate on new repositories.", 71.5),
        ("The model reaches 23.9% grounding accuracy on the hardest split.", 23.9),
    ],
)
def test_a_task_gerund_before_accuracy_or_success_rate_is_dropped(text, value):
    assert metric_of(text, value) in {"accuracy", "success rate"}


def test_other_words_before_accuracy_stay():
    assert (
        metric_of("It reaches 81.2% average zero-shot accuracy.", 81.2)
        == "average zero-shot accuracy"
    )
    assert metric_of("It reaches 64.0% top-1 accuracy on the test set.", 64.0) == "top-1 accuracy"


# m45.11: a quantization setting ("W4A8", "W4A4KV4", "W4-only") is no benchmark
@pytest.mark.parametrize(
    "text",
    [
        "In the W4A8 setting it keeps the model within 2.3 points of its full-precision accuracy.",
        "It retains 99.5% of the floating-point accuracy in the W4-only setting.",
        "In the W4A4KV4 configuration it narrows the gap by 32%.",
    ],
)
def test_a_quantization_setting_is_no_benchmark(text):
    assert {m.benchmark for m in extract_metrics(text)} == {""}


@pytest.mark.parametrize("name", ["W4A8", "W4A4KV4", "W4-only"])
def test_canonical_benchmark_rejects_a_quantization_setting(name):
    from digest_data import canonical_benchmark

    assert canonical_benchmark(name) is None
