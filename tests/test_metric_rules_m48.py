"""Extractor m48: rules of the fifteenth session. m48.1: "Success" is a measure's name as
"success rate" is ("71.4% success on ALFWorld"), as 2025 summaries of agents and
robot policies write it: it keeps its modifiers, is what a change of it is in, and
carries to the numbers after it. m47.7 named it only when it followed a number
directly. m48.2: a cutoff written after the number with "with" or "at" ("41.2% with
pass@1") is its measure. m48.3: a name is as near a number as its nearer end (the
name right before a number in brackets is the one it is on). m48.4: a second measure
the registry knows is changed by its own figure ("and DISTS by 21%"); an average on a
benchmark named right after it is on it, whatever list came before. m48.5: how a
benchmark was run stays out of its name as written ("VideoMME without subtitles" is
VideoMME), as the readers of summaries write it. m48.6 mends what a second review
proved of those: a thing's success ("its success,", "GRPO's success") and an
attack's are no measure, a cutoff with its own number after it is that number's, an
average on a list named after it is on none. The sentences are written for the tests; each but the
"success of" one fails with m47.7."""

from digest_data.enrich.metrics import extract_metrics


def rows(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.metric, m.benchmark) for m in extract_metrics(text)]


def test_an_average_success_keeps_its_average():
    text = "It achieves 82.5% average success on LIBERO while running on one GPU."
    assert rows(text) == [(82.5, "average success", "LIBERO")]


def test_a_change_in_success_names_success():
    text = "Online RL improves success on unseen layouts by 12.5% over the SFT policy."
    assert [(v, m) for v, m, _ in rows(text)] == [(12.5, "success")]


def test_success_carries_to_the_baseline_after_it():
    text = "The agent reaches 71.4% success on ALFWorld, close to the human level of 78%."
    assert [(v, m) for v, m, _ in rows(text)] == [(71.4, "success"), (78.0, "success")]


def test_the_success_of_something_names_no_measure():
    text = "Building on the success of RL for reasoning, the model scores 45.2% on MATH."
    assert rows(text) == [(45.2, "", "MATH")]


def test_a_cutoff_the_number_was_measured_with_names_it():
    # m47.7 gave the first nothing and the second the first's pass@1
    text = "The prover solves 41.2% with pass@1 and 60.3% with pass@32."
    assert [(v, m) for v, m, _ in rows(text)] == [(41.2, "pass@1"), (60.3, "pass@32")]


def test_a_cutoff_after_the_benchmark_the_number_is_on():
    text = "It reaches 61.9% on miniF2F-test with Pass@32, a new open-source best."
    assert rows(text)[0] == (61.9, "pass@32", "miniF2F-test")


def test_a_number_in_brackets_is_on_the_name_just_before_it():
    # m47.7 put 32.8 on "ARC-AGI 2", whose start was as near the number as the end of
    # "ARC-AGI" right before it
    text = "It beats o1 on puzzle sets such as Enigmata-Eval, ARC-AGI (32.8%) and ARC-AGI 2 (0.6%)."
    assert [(v, b) for v, _, b in rows(text)] == [(32.8, "ARC-AGI"), (0.6, "ARC-AGI 2")]


def test_a_second_measure_the_registry_knows_is_changed_by_its_own_range():
    # m48.3 gave DISTS's range LPIPS's name: DISTS is a registry metric, no pattern's
    text = "It reduces LPIPS by 25-34% and DISTS by 21-43% against the best prior model."
    assert [(v, m) for v, m, _ in rows(text)] == [
        (25.0, "lpips"),
        (34.0, "lpips"),
        (21.0, "dists"),
        (43.0, "dists"),
    ]


def test_an_average_on_the_benchmark_named_right_after_it_is_on_it():
    # a list of benchmarks before does not make it an average over them
    text = (
        "It sets new results on the CALVIN, LIBERO and SimplerEnv simulation benchmarks, "
        "reaching a 95.5% average success rate on LIBERO versus 85.5% for pi0-FAST."
    )
    assert rows(text)[0] == (95.5, "average success rate", "LIBERO")


def test_a_benchmark_in_a_later_clause_is_not_the_averages():
    text = (
        "Across MATH, GSM8K and GaoKao, it cuts average solution length by 40.5% for one "
        "model and 34.7% for another, while accuracy on MATH improves slightly."
    )
    assert [b for _, _, b in rows(text)] == ["", ""]


def test_how_a_benchmark_was_run_stays_out_of_its_name_as_written():
    # the registry keeps Video-MME's subtitle tracks apart, but the readers of summaries
    # write the name alone (probes 39 and 42 twice of twice); m48.4 wrote the track
    text = "It achieves 65.1% on VideoMME without subtitles and 71.1% with subtitles."
    assert [(v, b) for v, _, b in rows(text)] == [(65.1, "VideoMME"), (71.1, "VideoMME")]


def test_a_split_the_registry_keeps_apart_still_extends_the_name():
    text = "It reaches 1.8 WER on LibriSpeech test-clean and 41.2% on GPQA Diamond."
    assert [b for _, _, b in rows(text)] == ["LibriSpeech test-clean", "GPQA Diamond"]


# --- m48.6: the second review of m48.1-m48.5 ------------------------------------------


def test_a_things_success_is_no_measure():
    for text, measure in [
        ("Such success, reaching 88.5% top-1 on ImageNet, suggests scaling works.", "top-1"),
        ("Following GRPO's success, the model reaches 79.8% on AIME 2024.", ""),
        ("Despite its success, the model scores 45.2% on SWE-bench Verified.", ""),
        ("The attack success on HarmBench drops from 45% to 3%.", ""),
    ]:
        assert {m for _, m, _ in rows(text)} == {measure}, text


def test_a_cutoff_followed_by_its_own_number_is_that_numbers():
    text = "DeepSeek-R1 reaches 79.8% on AIME 2024, with cons@64 reaching 86.7%."
    assert [(v, m) for v, m, _ in rows(text)] == [(79.8, ""), (86.7, "cons@64")]
    text = "It scores 82.0% on HumanEval with pass@10 of 95.1%."
    assert [(v, m) for v, m, _ in rows(text)] == [(82.0, ""), (95.1, "pass@10")]


def test_an_average_on_a_list_named_after_it_is_on_none_of_them():
    text = (
        "Tested on GSM8K, MATH and AIME 2024, it reaches a 71.2% average accuracy on "
        "GSM8K, MATH and AIME 2024."
    )
    assert rows(text) == [(71.2, "average accuracy", "")]
