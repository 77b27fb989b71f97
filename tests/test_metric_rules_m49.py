"""Extractor m49: rules of the sixteenth session (m49.2 mends what a second review proved
of m49.1: measures ending in "-ability", a change "in" a measure, a lead or standing). m49.1: what a verb changes "by" a
figure is named when the measure is followed by where or whose it is ("reduces
hallucinations in LLaVA by 30%", "cuts false refusals on XSTest by 41%", "reduces
memorisation of the targeted records by 94%"), when a named system owns it ("cuts PPO's gradient
variance by 3x"), and when the verb extends ("extends the usable context by 8x"); an
ability or a performance changed by a figure names no measure ("improves spatial
reasoning by 11%"), as the readers of 2025 summaries label it. The sentences are
written for the tests; each but the last fails with m48.6."""

from digest_data.enrich.metrics import extract_metrics


def rows(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


def test_a_measure_in_a_named_system_is_the_measure():
    text = "The decoding trick reduces hallucinations in LLaVA by 30% at no cost."
    assert [(v, m) for v, m, _ in rows(text)] == [(30.0, "hallucinations")]


def test_a_measure_on_a_benchmark_keeps_the_benchmark_apart():
    text = "Steering cuts false refusals on XSTest by 41% while keeping helpfulness."
    assert rows(text) == [(41.0, "false refusals", "XSTest")]


def test_a_measure_of_a_described_thing_is_the_measure():
    text = "Unlearning reduces memorisation of the targeted private records by 94%."
    assert [(v, m) for v, m, _ in rows(text)] == [(94.0, "memorisation")]


def test_a_named_systems_measure_drops_the_owner():
    text = "The critic cuts PPO's gradient variance by 3x during training."
    assert [(v, m) for v, m, _ in rows(text)] == [(3.0, "gradient variance")]


def test_extending_names_what_is_extended():
    text = "Position interpolation extends the usable context of the model by 8x."
    assert [(v, m) for v, m, _ in rows(text)] == [(8.0, "usable context")]


def test_an_ability_changed_names_no_measure():
    text = (
        "On Qwen2.5-7B, the method improves spatial reasoning by 11% and visual perception by 6%."
    )
    assert [(v, m) for v, m, _ in rows(text)] == [(11.0, ""), (6.0, "")]


def test_a_quality_changed_still_names_itself():
    text = "Training on the new data improves factual accuracy by 7.5% on the held-out set."
    assert [(v, m) for v, m, _ in rows(text)] == [(7.5, "factual accuracy")]


# m49.2 mends what a second review proved of m49.1.


def test_a_measure_ending_in_ability_is_a_measure_not_an_ability():
    text = "It improves accuracy by 5% and training stability by 12%."
    assert [(v, m) for v, m, _ in rows(text)] == [(5.0, "accuracy"), (12.0, "training stability")]
    assert [(v, m) for v, m, _ in rows("It improves reliability by 20%.")] == [
        (20.0, "reliability")
    ]


def test_a_change_in_a_measure_is_of_that_measure():
    assert [(v, m) for v, m, _ in rows("It reduces the gap in accuracy by 7 points.")] == [
        (7.0, "accuracy")
    ]
    assert [(v, m) for v, m, _ in rows("It reduces the degradation in WER by 40%.")] == [
        (40.0, "wer")
    ]


def test_a_lead_or_the_state_of_the_art_is_no_measure():
    assert rows("It extends the lead by 4.1 points on GPQA Diamond.") == [(4.1, "", "GPQA Diamond")]
    assert rows("Our model improves the state of the art on MMLU by 3.2 points.") == [
        (3.2, "", "MMLU")
    ]
