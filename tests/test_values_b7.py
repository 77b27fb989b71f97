"""Which numbers are results, for ways of writing a summary that the value rules
read wrong before (issue #13 part 2, branch tuples-b7). Sentences are written in
the style of the digests, not copied from labelled ones."""

from __future__ import annotations

import pytest

from digest_data.enrich.metrics import extract_metrics


def values(text: str) -> list[float]:
    return [m.value for m in extract_metrics(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trained on a mixture (60% English, 10% code, 30% Chinese), the 1B model "
            "reaches an average score of 0.412.",
            [0.412],
        ),
        ("A corpus of 20% math and 80% code data lifts pass@1 to 41.5%.", [41.5]),
        # A share followed by a measure is a result.
        ("The model reaches 85.1% English accuracy and 70.2% on Chinese.", [85.1, 70.2]),
    ],
)
def test_the_shares_of_a_data_mixture_are_no_results(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On a long video task (60 seconds, 1440 frames), the model reaches a "
            "dynamic degree of 0.81.",
            [0.81],
        ),
        ("The dataset holds 2 million clips (over 10 seconds each) of driving.", []),
        ("It runs 3.1x faster on 720p - 4s video generation.", [3.1]),
        # A time something took stays a result, also one per item.
        ("The model renders a 10s video in 41 seconds.", [41.0]),
        ("It labels images in 0.3 seconds each on one GPU.", [0.3]),
    ],
)
def test_a_duration_describing_the_data_is_no_result(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pipeline generates textured meshes in 5 minutes.", [5.0]),
        ("Optimization-based 3D GS, which takes 13 minutes per scene, is slower.", [13.0]),
        ("The full training run finishes within 2 hours on one node.", [2.0]),
        # Hours of data are a size, not a time something took.
        ("The dataset holds 48 hours of human demonstrations.", []),
        ("The policy learns the task in 2 hours of real-world training.", []),
    ],
)
def test_a_time_something_took_in_minutes_or_hours_is_a_result(text, expected):
    assert values(text) == expected


def test_a_time_something_took_is_an_efficiency_figure_on_no_benchmark():
    # The benchmark is the one the PSNR was "on", not where 3D GS's time was taken.
    text = (
        "It reaches a PSNR of 23.9 on the DL3DV-140 benchmark, comparable to 3D GS "
        "which takes 13 minutes."
    )
    took = extract_metrics(text)[-1]
    assert (took.value, took.kind, took.benchmark) == (13.0, "efficiency", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The avatars render at over 100FPS on one GPU.", [100.0]),
        ("It renders at 90fps.", [90.0]),
        ("It gains over 1dB PSNR on the test scenes.", [1.0]),
        ("It improves PSNR by 2 dB.", [2.0]),
    ],
)
def test_a_frame_rate_or_a_level_in_decibels_is_a_result_also_glued(text, expected):
    assert values(text) == expected


def test_a_body_model_is_no_benchmark():
    from digest_data.enrich.benchmarks import canonical_benchmark

    assert [canonical_benchmark(n) for n in ("SMPL-X", "SMPL", "MANO")] == [None, None, None]
    text = "Avatars built on SMPL-X models render at 95 FPS."
    assert [(m.value, m.benchmark) for m in extract_metrics(text)] == [(95.0, "")]
