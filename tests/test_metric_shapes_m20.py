"""Shapes of results the extractor m20 reads: a count word that starts a measure's
name, a score after "achieves a", a measure given by its acronym in parentheses,
and a changed measure named before "using ...". Sentences written for these tests,
not taken from the labelled set."""

from __future__ import annotations

from digest_data.enrich.metrics import extract_metrics


def _found(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.metric) for m in extract_metrics(text)]


def test_a_count_word_that_starts_a_measure_name_is_no_count() -> None:
    text = "The planner reaches a 0.81 task success rate on the kitchen suite."
    assert _found(text) == [(0.81, "task success rate")]


def test_a_count_word_compounded_into_a_name_is_no_count() -> None:
    text = "Our detector reaches a 0.712 Image-AP, well above the baseline."
    assert _found(text) == [(0.712, "image-ap")]


def test_a_count_of_tokens_stays_a_count() -> None:
    assert _found("The tokenizer encodes each clip into 2048 tokens for the decoder.") == []
    assert _found("The suite holds 0.5 million images and 300 tasks.") == []


def test_a_decimal_reached_after_an_article_is_a_score() -> None:
    text = "The fine-tuned judge achieves a 71.25 on the new preference set."
    assert [v for v, _ in _found(text)] == [71.25]
    assert [v for v, _ in _found("The agent scored an 8.4 from the panel.")] == [8.4]


def test_a_decimal_after_other_articles_still_needs_a_cue() -> None:
    # "a 1.5" after a plain verb names no score: a version or a setting.
    assert _found("We release a 1.5 update of the toolkit.") == []


def test_a_measure_defined_with_its_acronym_in_parentheses_is_the_acronym() -> None:
    text = "The vocoder runs at a real-time factor (RTF) of 0.08 on one CPU core."
    assert _found(text) == [(0.08, "rtf")]
    text = "It reaches a mean keypoint transfer (KpT) score of 31.7 on the test videos."
    assert _found(text) == [(31.7, "kpt")]


def test_a_benchmark_in_parentheses_is_still_no_measure() -> None:
    text = "The model gets a VBench (VB) score of 84.1 in our runs."
    assert [m for _, m in _found(text)] == [""]


def test_a_changed_measure_ends_before_how_it_was_reached() -> None:
    text = "The retriever gives a 7.2% improvement in citation coverage using hard negatives."
    assert _found(text) == [(7.2, "citation coverage")]
    text = "We see a 12% reduction in decoding time via speculative drafts."
    assert _found(text) == [(12.0, "decoding time")]


def test_a_measure_named_between_a_number_and_its_change_is_the_metric() -> None:
    text = "Distillation brings a 12x inference efficiency improvement on edge devices."
    assert _found(text) == [(12.0, "inference efficiency")]
    text = "Quantisation yields a 3.1x checkpoint size reduction with no loss."
    assert _found(text) == [(3.1, "checkpoint size reduction")]


def test_a_change_only_judged_names_no_measure() -> None:
    text = "The method brings a 4.2% absolute improvement over the baseline."
    assert _found(text) == [(4.2, "")]
    text = "Pruning gives a 2.5x performance gain on long inputs."
    assert _found(text) == [(2.5, "")]


def test_a_quality_noun_a_change_is_in_names_it() -> None:
    text = "The agent beats the strongest baseline by 6% in helpfulness on the panel."
    assert _found(text) == [(6.0, "helpfulness")]


def test_another_systems_result_after_its_possessive_is_a_result() -> None:
    text = "Our model reaches an mAP of 0.61 versus Mask-RCNN's 0.55 on the same split."
    assert _found(text) == [(0.61, "map"), (0.55, "map")]
    text = "The student scores 48.2 on the exam compared to GPT-4's 50.6 overall."
    assert [v for v, _ in _found(text)] == [48.2, 50.6]


def test_a_possessive_without_a_comparison_is_no_result() -> None:
    assert _found("We build on Meta's 3.1 release of the weights.") == []


def test_two_decimals_with_a_slash_are_two_scores() -> None:
    text = "The editor reaches a PSNR of 31.52/29.87 on the static and dynamic splits."
    assert _found(text) == [(31.52, "psnr"), (29.87, "psnr")]


def test_a_fraction_of_integers_stays_one_score() -> None:
    assert [v for v, _ in _found("The model solved 14/30 problems, scoring 14/30.")] == [14.0]


def test_the_real_time_factor_is_an_efficiency_measure() -> None:
    text = "The vocoder cuts compute cost, reaching a real-time factor of 0.021 on one GPU."
    assert [(m.value, m.metric, m.kind) for m in extract_metrics(text)] == [
        (0.021, "real-time factor", "efficiency")
    ]
