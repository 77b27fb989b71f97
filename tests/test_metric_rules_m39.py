"""Extractor m39: the system a "from" end is of may stand between it and its "to"
end, and a sentence may open on a part of a benchmark ("On the hardest level of
GAIA,"). Each expected tuple is what the sentence says, worked out by reading it;
the sentences are written for the test, in the shapes of 2025 summaries."""

from digest_data.enrich.metrics import extract_metrics


def found(text: str) -> list[tuple[float, str, str, str]]:
    return [(m.value, m.metric, m.benchmark, m.kind) for m in extract_metrics(text)]


def test_the_to_end_shares_the_measure_when_the_from_end_names_its_system():
    text = "On HotpotQA, the planner raises exact match from 41.2 for plain retrieval to 47.9."
    assert [(v, m, b) for v, m, b, _ in found(text)] == [
        (41.2, "exact match", "HotpotQA"),
        (47.9, "exact match", "HotpotQA"),
    ]
    text = (
        "Under equal compute the router lowers perplexity from 9.84 with a dense baseline to 9.31."
    )
    assert [(v, m) for v, m, _, _ in found(text)] == [(9.84, "perplexity"), (9.31, "perplexity")]


def test_a_plain_pair_is_read_as_before():
    text = "The method raises accuracy on GSM8K from 71.0% to 78.4%."
    assert [(v, m, b) for v, m, b, _ in found(text)] == [
        (71.0, "accuracy", "GSM8K"),
        (78.4, "accuracy", "GSM8K"),
    ]


def test_a_sentence_opening_on_a_part_of_a_benchmark_is_on_the_benchmark():
    text = "On the hardest level of GAIA, the agent scores 18.4%, ahead of every open model."
    assert [(v, b) for v, _, b, _ in found(text)] == [(18.4, "GAIA")]
    text = "On the test split of the MMMU benchmark, the model reaches 61.5% accuracy."
    assert [(v, b) for v, _, b, _ in found(text)] == [(61.5, "MMMU")]


def test_a_lead_of_ordinary_words_names_no_benchmark():
    # "the level of detail" is no benchmark: the number stays on none
    text = "On the level of detail, the captioner scores 4.1 out of 5 in human ratings."
    assert [b for _, _, b, _ in found(text)] == [""]


# --- m40, read from the misses of the fourteenth probe after its one clean score ---


def test_a_figure_on_average_across_a_list_after_it_is_on_none_of_them():
    text = (
        "The trained model cuts token usage by 40% on average across GSM8K, MATH500 and AIME2024."
    )
    assert [(v, m, b) for v, m, b, _ in found(text)] == [(40.0, "token usage", "")]
    # a single benchmark after "on average" is still the figure's own
    text = "The trained model cuts token usage by 40% on average on GSM8K."
    assert [b for _, _, b, _ in found(text)] == ["GSM8K"]


def test_an_average_over_a_list_before_the_number_is_on_none_of_them():
    text = "It raises average accuracy over MathVista, MathVerse and We-Math by 4.2 points."
    assert [(v, m, b) for v, m, b, _ in found(text)] == [(4.2, "average accuracy", "")]
    # speedups "over" systems, paired respectively, keep their systems' pairing
    text = "It achieves speedups of 9.2x and 4.2x over FlashAttn and RingAttn, respectively."
    assert [v for v, _, _, _ in found(text)] == [9.2, 4.2]


def test_a_figure_in_the_real_world_right_after_it_takes_no_benchmark():
    text = "It reaches a 61.0% success rate on LIBERO and 72.5% across 6 real-world Franka tasks."
    assert [(v, b) for v, _, b, _ in found(text)] == [(61.0, "LIBERO"), (72.5, "")]


def test_a_name_made_of_two_words_after_on():
    # "NIH" alone names nothing; with the coded name after it, a dataset
    text = "A linear probe reaches an AUC of 0.851 on NIH ChestX-ray14."
    assert [(v, m, b) for v, m, b, _ in found(text)] == [(0.851, "auc", "NIH ChestX-ray14")]


def test_a_benchmark_and_its_measure_before_to():
    text = (
        "On HarmBench, the method lowers attack success from 41.0% to 12.5% while lifting "
        "its AlpacaEval win rate, to 35.2%."
    )
    assert found(text)[-1][:3] == (35.2, "win rate", "AlpacaEval")


def test_a_verb_of_change_is_no_part_of_a_measure():
    text = "With a larger budget it lifts solving accuracy on AIME2025 from 48.3% to 61.7%."
    # the verb is no part of it; nor, since m45.10, the task's gerund (as labels drop it)
    assert {m for _, m, _, _ in found(text)} == {"accuracy"}


def test_agreement_and_tm_score_are_measures():
    assert found("The judge reaches 84.5% agreement with human raters.")[0][1] == "agreement"
    assert found("It folds proteins with a TM-score of 0.812 on CASP15.")[0][:3] == (
        0.812,
        "tm-score",
        "CASP15",
    )
    # "in agreement with" names no measure
    text = "In agreement with prior work, the gain is 3.1 points on MMLU."
    assert found(text)[0][1] != "agreement"


# --- guards from the second review of m39-m40 (its sentences' shapes) ---


def test_an_average_over_compared_systems_keeps_the_benchmark_after_them():
    text = "SimPO improves the win rate by 7.9% on average over DPO, IPO and KTO on AlpacaEval 2."
    assert [b for _, _, b, _ in found(text)] == ["AlpacaEval 2"]
    text = "The recipe improves accuracy by 3.8% on average over Qwen2.5-7B and Llama-3.1-8B on MATH-500."
    assert [b for _, _, b, _ in found(text)] == ["MATH-500"]


def test_a_real_world_part_of_a_named_benchmark_keeps_it():
    assert [b for *_, b, _ in found("It scores 70.4 on real-world scenarios in VLABench.")] == [
        "VLABench"
    ]
    text = "The agent reaches 61.5% on real-world tasks from the WebVoyager benchmark."
    assert [b for _, _, b, _ in found(text)] == ["WebVoyager"]
    # "physical commonsense" is a topic, not the physical world
    text = "The model scores 57.9% on physical commonsense tasks in PIQA."
    assert [b for _, _, b, _ in found(text)] == ["PIQA"]


def test_a_split_called_a_test_is_no_benchmark():
    assert [b for *_, b, _ in found("On the Hidden-Test split, accuracy reaches 70.2%.")] == [""]
    assert [b for *_, b, _ in found("Student scores rose by 11.8% on the Post-Test.")] == [""]


def test_a_hedged_number_stays_on_its_respectively_list():
    text = "It gains 4.2%, 3.1% and approximately 5.6% on GSM8K, MATH and AIME, respectively."
    assert [(v, b) for v, _, b, _ in found(text)] == [(4.2, "GSM8K"), (3.1, "MATH"), (5.6, "AIME")]


# --- m41, read from the misses of the fifteenth probe after its one clean score ---


def test_a_sentence_on_a_set_it_does_not_name_takes_no_benchmark_from_elsewhere():
    text = (
        "It is evaluated on PKBench. On the synthetic benchmark, the model reaches an LPIPS "
        "of 0.172, and on PKBench it obtains a CLIP similarity of 0.941."
    )
    assert [(v, b) for v, _, b, _ in found(text)] == [(0.172, ""), (0.941, "PKBench")]
    text = "It leads on GenEval. In a user study it wins 63.5% of comparisons against SDXL."
    assert [(v, b) for v, _, b, _ in found(text)] == [(63.5, "")]
    # a named benchmark in the lead is still the benchmark
    assert [b for *_, b, _ in found("On the MMLU benchmark, it reaches 71.2%.")] == ["MMLU"]


def test_a_lead_after_a_list_parts_heading_is_read():
    text = (
        "iii) **Key methodology:** It is tested on LIBERO. iv) **Primary results:** In "
        "real-world tests on two robot arms, it improves the success rate by 14 points."
    )
    assert [(v, b) for v, _, b, _ in found(text)] == [(14.0, "")]


def test_what_a_system_is_built_on_is_no_benchmark():
    text = (
        "Built on DexVLA and trained with 20 demonstrations per task, it reaches a success "
        "rate of 64.4% on four few-shot tasks."
    )
    assert [b for _, _, b, _ in found(text)] == [""]


def test_one_word_before_a_quality_noun_names_which():
    text = "It keeps a subject consistency of 0.931 and an aesthetic quality of 0.562."
    assert [(v, m) for v, m, _, _ in found(text)] == [
        (0.931, "subject consistency"),
        (0.562, "aesthetic quality"),
    ]
    # a verb or a judging word is no part of it
    text = "Fine-tuning degrades abstention recall by 21% and keeps a high fidelity of 0.9."
    assert [m for _, m, _, _ in found(text)] == ["abstention recall", "fidelity"]


def test_abs_rel_written_apart_and_a_maximum_is_a_limit():
    assert found("MoGe has an Abs Rel of 0.318 on Sintel.")[0][:3] == (0.318, "abs rel", "Sintel")
    text = "With a maximum response length of 8K tokens, it improves by 9.4% over GRPO."
    assert [m for _, m, _, _ in found(text)] == [""]


# --- guards from the second review of m41 (its sentences' shapes) ---


def test_a_lead_that_refers_back_keeps_the_benchmark_named_before():
    for lead in ("On this benchmark,", "On the proposed benchmark,", "On our new dataset,"):
        text = f"We introduce SciBench-X, a benchmark of 900 problems. {lead} GPT-4o scores 37.5%."
        assert [b for _, _, b, _ in found(text)] == ["SciBench-X"], lead
    text = "On the challenging benchmark, HLE, o3-mini scores 12.6% accuracy."
    assert [b for _, _, b, _ in found(text)] == ["HLE"]
    text = "We evaluate on WebArena. On the test set, the agent succeeds on 34.9% of tasks."
    assert [b for _, _, b, _ in found(text)] == ["WebArena"]


def test_based_on_a_benchmark_still_names_it():
    text = (
        "Based on the LongBench evaluation, the method retains 97.9% of full-attention performance."
    )
    assert [b for _, _, b, _ in found(text)] == ["LongBench"]


def test_a_judging_word_and_minutes_are_no_part_of_a_measure():
    assert found("It keeps a good consistency of 0.88.")[0][1] == "consistency"
    assert found("It reaches a comparable diversity of 0.70.")[0][1] == "diversity"
    assert found("Training takes 38 min wall-clock time.")[0][1] == "wall-clock time"
