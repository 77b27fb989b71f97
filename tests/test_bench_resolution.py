"""Benchmarks of tuples keep a resolution written with a times sign (issue #13: a
leaderboard keeps ImageNet 256x256 and 512x512 apart; LABELING.md: a resolution
after a benchmark stays).

The summaries are written in the style of the digests, not copied from a labelled
one; the expected (value, benchmark) is what a reader following
tests/data/LABELING.md writes down."""

from __future__ import annotations

import pytest
from conftest import benchmarks_of as on

from digest_data import canonical_benchmark


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written without a space, leading the sentence
        (
            "On ImageNet512×512, the tokenizer reaches a reconstruction FID of 0.61.",
            [(0.61, "ImageNet512×512")],
        ),
        # with a space, after the number
        (
            "The distilled sampler achieves an FID of 2.06 on ImageNet 256×256.",
            [(2.06, "ImageNet 256×256")],
        ),
    ],
)
def test_resolution_with_times_sign_stays(text: str, expected: list) -> None:
    assert on(text) == expected


def test_times_sign_resolutions_are_kept_apart() -> None:
    small = canonical_benchmark("ImageNet256×256")
    assert small == canonical_benchmark("ImageNet 256x256")
    assert small != canonical_benchmark("ImageNet 512×512")


def test_times_sign_after_a_model_name_is_not_a_benchmark() -> None:
    # "×4" after a model is its expansion rate, and a speedup names no benchmark
    assert on("DHC×4 converged 1.8 times faster than the residual baseline.") == [(1.8, "")]
