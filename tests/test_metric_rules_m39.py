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
