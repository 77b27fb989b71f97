"""Extractor m45: a paper whose title says, right after its name, that it benchmarks
or evaluates something ("QuillEval: Benchmarking ...", "TideQA: A Comprehensive
Benchmark for ...") makes that benchmark, and its numbers that name no other are on
it, even when the registry has never heard the name; these tests fail with m44.6.
The titles and sentences are written for the tests."""

import pytest

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
