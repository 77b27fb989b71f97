"""A benchmark whose name holds a superscript digit ("VCT²", "A²Bench", "M²RC-Eval")
is read whole (issue #13 part 2, the benchmark side of tuples): where a number
names it, and where a later number is a result on it.

The summaries are written in the style of the digests, not copied from a labelled
one; the expected (value, benchmark) is what a reader following
tests/data/LABELING.md writes down."""

from __future__ import annotations

import pytest
from conftest import benchmarks_of as on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named after the number: the whole name, not the part after the superscript
        (
            "The tuned coder reaches 38.2% exact match on R²C-Bench, ahead of every baseline.",
            [(38.2, "R²C-Bench")],
        ),
        # declared in an earlier sentence as a full name and its acronym
        (
            "The authors build the Long Video Reasoning (LVR²) benchmark of 4,000 clips. "
            "The best open model answers 47.5% of its questions correctly.",
            [(47.5, "LVR²")],
        ),
    ],
)
def test_superscript_digit_is_part_of_the_name(text: str, expected: list) -> None:
    assert on(text) == expected
