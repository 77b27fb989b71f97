"""Extractor m34: phrasings common in reasoning-model papers, read as a researcher
would. None of them occurs in the 2024 corpus (its 2,386 records are unchanged);
each expected tuple is what the sentence says."""

from digest_data.enrich.metrics import extract_metrics


def tuples(text: str) -> list[tuple[float, str, str, str]]:
    return [(m.value, m.metric, m.benchmark, m.kind) for m in extract_metrics(text)]


def test_a_change_word_of_an_earlier_clause_does_not_make_a_level_a_change():
    text = (
        "DeepSeek-R1 achieves 79.8% Pass@1 on AIME 2024, slightly surpassing "
        "OpenAI-o1-1217, and 97.3% on MATH-500."
    )
    assert [(v, k) for v, _, _, k in tuples(text)] == [(79.8, "score"), (97.3, "score")]


def test_a_change_in_the_later_clause_is_still_a_change():
    text = "It outperforms the baseline by 3.2%, and reaches 71.0% on MMLU."
    assert [(v, k) for v, _, _, k in tuples(text)] == [(3.2, "delta"), (71.0, "score")]


def test_an_integer_with_a_thousands_comma_and_its_metric_right_after_is_a_result():
    text = "The model attains a 2,029 Elo rating on Codeforces."
    assert tuples(text) == [(2029.0, "elo rating", "Codeforces", "score")]


def test_counted_scores_are_not_a_score():
    # PDMX's "over 250,000 scores" are pieces of music
    text = "PDMX is the largest public-domain MusicXML dataset, comprising over 250,000 scores."
    assert tuples(text) == []


def test_a_lone_registry_name_english_rarely_uses_is_the_benchmark_after_on():
    assert tuples("It reaches an accuracy of 71.3% on Winogrande.") == [
        (71.3, "accuracy", "Winogrande", "score")
    ]
    # an everyday word the registry also knows (the Traffic forecasting set) is not
    # taken alone: "on Traffic" may be the subject, not the set
    assert tuples("It reaches an accuracy of 71.3% on Traffic.") == [
        (71.3, "accuracy", "", "score")
    ]


def test_other_integers_a_metric_name_follows_are_not_scores():
    # a difference, a size, a count: found by the second review of m34
    assert [k for *_, k in tuples("The distilled model is 3 BLEU better on WMT14.")] != ["score"]
    assert tuples("We collect 2,000 accuracy judgments from annotators.") == []
    assert [v for v, *_ in tuples("The top 1 accuracy reaches 81.2% on ImageNet.")] == [81.2]


def test_a_lone_word_after_in_or_using_is_not_a_benchmark():
    # a language or a tool before the real benchmark, and a method the registry knows
    assert tuples("The model achieves 45.2% exact match in English on Natural Questions.") == [
        (45.2, "exact match", "Natural Questions", "score")
    ]
    assert tuples("The agent reaches a 78.2% success rate using Dreambooth.") == [
        (78.2, "success rate", "", "score")
    ]
