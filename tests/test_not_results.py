"""Which numbers are results: those beside a result that are not
(``digest_data/enrich/not_results.py``; LABELING.md counts no thresholds, settings,
error bars or hardware), and both ends of a range.

Each sentence is written here in the style of the digests, not copied from a
labelled summary."""

from __future__ import annotations

import pytest

from digest_data.enrich.metrics import extract_metrics
from digest_data.enrich.not_results import is_not_result


def values(text: str) -> list[float]:
    return [m.value for m in extract_metrics(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Settings the system was run at: a sparsity, a pruning ratio, a threshold.
        ("The pruned model keeps 91.2% accuracy at 60% unstructured sparsity.", [91.2]),
        ("It retains 88.4% accuracy at a 50% pruning ratio on the vision tasks.", [88.4]),
        ("The detector reaches 47.5 mAP at an IoU threshold of 0.75.", [47.5]),
        ("Only three systems pass the 80% accuracy threshold, the best at 84.1%.", [84.1]),
        ("It scores 71.9%, above the expert threshold (~65%).", [71.9]),
        # The resampling factor a model is run at.
        ("The autoencoder reaches 27.3 PSNR with 8x downsampling on FFHQ.", [27.3]),
        ("It keeps an rFID of 1.12 with a 32x downsampling ratio.", [1.12]),
        ("The upsampler gets a CLIP score of 30.9 at 2x upscaling.", [30.9]),
        # The frame rate of the videos a system makes or reads.
        ("It generates 10-second 720p videos at 30 FPS and reaches 82.5 on VBench.", [82.5]),
        ("It reads movies (up to 3 hours at 2 fps) with 64.1% accuracy.", [64.1]),
        # An error bar.
        ("The probe improves recall by 12% (±2%) over the linear baseline.", [12.0]),
        ("The regressor reaches an R² of 0.712 ± 0.004 across seeds.", [0.712]),
        # The ten of a power of ten.
        ("The solver reaches an error of 3.2×10⁻⁴ on the heat equation.", [3.2]),
        ("The fit gives a loss of 7.5×10^-3 after tuning.", [7.5]),
        # The memory an accelerator comes with.
        ("Decoding takes 210 ms on an H100 80GB GPU.", [210.0]),
        ("Training runs on 16 A100 40GB cards with 2.3x higher throughput.", [2.3]),
    ],
)
def test_settings_error_bars_exponents_and_hardware_are_not_results(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A result reached at a setting is still one; so is a drop in a sparsity-
        # named measure, and memory a method uses.
        ("At 70% sparsity the model still reaches 63.0% accuracy.", [63.0]),
        ("Peak memory falls to 12.5GB per device.", [12.5]),
        # A count is the number's own noun, not one a preposition brings after it.
        ("It lifts the CLIP score from 24.3 to 28.2 after one epoch.", [24.3, 28.2]),
        ("It reaches 71.5% accuracy within two rounds of training.", [71.5]),
        # A speed a system runs at is a result.
        ("The avatar model renders in real time, operating at 48 FPS on one GPU.", [48.0]),
        # A ten that is a result: no exponent follows.
        ("It is 3x faster and scores 10 x higher than chance.", [3.0, 10.0]),
    ],
)
def test_results_beside_settings_are_kept(text, expected):
    assert values(text) == expected


def test_a_comparison_before_a_share_is_still_a_result():
    # "<" before a share is a result ("a <4% drop"); only "±" marks a spread.
    assert is_not_result("4%", "with a <", " drop in accuracy") is False
    assert is_not_result("4%", "accuracy (±", ")") is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range whose ends both carry the unit, joined by a dash, is two results
        # (LABELING.md: "a range 4-17% is two objects").
        ("The filter cuts WER by 6%-21% across the accents.", [6.0, 21.0]),
        ("It is 1.5x-2.5x faster than the dense kernel.", [1.5, 2.5]),
        # "from X% to Y%" stays two scores, as before.
        ("Accuracy rises from 41.5% to 57.0% after tuning.", [41.5, 57.0]),
    ],
)
def test_a_dash_range_with_the_unit_on_both_ends_keeps_both_ends(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fraction a score word names is a result, its numerator the value (as the
        # labels write "99/147" and "13/30").
        ("The agent reaches a 41/60 success rate on the drawer tasks.", [41.0]),
        ("The prover ends up scoring 17/40 on the olympiad set.", [17.0]),
        ("Solved problems rise from 3/25 to 11/25 with the verifier.", [3.0, 11.0]),
        # A fraction nothing names as a score is a count.
        ("The crawl kept 120/300 pages after filtering.", []),
    ],
)
def test_a_fraction_named_as_a_score_is_a_result(text, expected):
    assert values(text) == expected
