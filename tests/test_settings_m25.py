"""Settings the extractor m25a does not report as results: a knob's value named
before it ("at a temperature of 0.7") and the operating point a rate was read at
("at a 1% false positive rate"), as the labelling guide rules (hyperparameters and
operating points are not results). Sentences written for these tests, not taken
from the labelled set."""

from __future__ import annotations

from digest_data.enrich.metrics import extract_metrics


def _values(text: str) -> list[float]:
    return [m.value for m in extract_metrics(text)]


def test_a_sampling_temperature_is_a_setting() -> None:
    text = (
        "The sampler reaches 81.2% accuracy on MATH at a temperature of 1.5, above greedy decoding."
    )
    assert _values(text) == [81.2]


def test_a_guidance_scale_is_a_setting() -> None:
    text = "The distilled model attains an FID of 9.8 with a guidance scale of 4.5 on COCO."
    assert _values(text) == [9.8]


def test_the_false_positive_rate_a_detector_is_read_at_is_a_setting() -> None:
    text = "The detector reaches a true positive rate of 97.4% at a 1% false positive rate."
    assert _values(text) == [97.4]
    assert _values("The filter keeps 92.5% recall at 0.5% FPR on the spam set.") == [92.5]


def test_a_rate_reached_is_still_a_result() -> None:
    # A false positive rate a method brings down is what it reports.
    text = "The guard lowers the false positive rate to 2.3% on the jailbreak suite."
    assert _values(text) == [2.3]
