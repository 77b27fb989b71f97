"""Both ends of "from A to B" are one measure on one benchmark (issue #13 part 2,
the benchmark side of tuples): where the second number finds no benchmark of its
own, it shares the first one's.

The summaries are written in the style of the digests, not copied from a labelled
one; the expected (value, benchmark) is what a reader following
tests/data/LABELING.md writes down."""

from __future__ import annotations

from conftest import benchmarks_of as on


def test_the_to_end_shares_the_from_ends_benchmark() -> None:
    # the benchmark's parenthesis holds more words than "from" alone before the pair
    text = (
        "The new model improves on benchmarks such as ChartQA (raising its score "
        "from 61.2 to 70.9), TextVQA (from 58.0 to 66.3) and DocVQA (from 80.1 to 88.4)."
    )
    assert on(text) == [
        (61.2, "ChartQA"),
        (70.9, "ChartQA"),
        (58.0, "TextVQA"),
        (66.3, "TextVQA"),
        (80.1, "DocVQA"),
        (88.4, "DocVQA"),
    ]


def test_a_pair_with_no_benchmark_stays_without_one() -> None:
    text = "Training loss fell from 2.31 to 1.87 after the curriculum was added."
    assert [b for _, b in on(text)] == ["" for _ in on(text)]
