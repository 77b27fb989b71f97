"""Where a topic's evidence comes from: a word counts for one topic at a time, and a
paper that introduces a dataset or a benchmark is a data or an evaluation paper.
Expected scores are summed by hand from the toy taxonomies' weights."""

from __future__ import annotations

import pytest

from digest_data.analyse.topic_holdout import MAX_THREE_SHARE, fit_calibration, score
from digest_data.enrich.topics import CONTRIBUTION_WEIGHT, TaxonomyError, parse_taxonomy

TOY = """
[topics.other]
label = "Other"
[topics.image]
label = "Image generation"
terms = { "diffusion" = 2, "diffusion model" = 2 }
[topics.video]
label = "Video"
terms = { "video" = 3, "video diffusion" = 3 }
[topics.arch]
label = "Architecture"
terms = { "transformer" = 1 }
[topics.multimodal]
label = "Multimodal"
terms = { "audio visual" = 2 }
[topics.audio]
label = "Audio"
terms = { "audio" = 3, "audio visual" = 2 }
"""


def test_a_term_inside_a_longer_term_of_another_topic_does_not_count():
    taxonomy = parse_taxonomy(TOY)
    # "video diffusion" is video's (3 + "video" 3); its "diffusion" is not image
    # generation's. "diffusion model" is not inside "video diffusion", so it counts.
    assert taxonomy.scores("", "a video diffusion model") == {"video": 6.0, "image": 2.0}
    # Alone, "diffusion" still counts.
    assert taxonomy.scores("", "a diffusion model") == {"image": 4.0}


def test_nested_terms_of_one_topic_still_add_up():
    taxonomy = parse_taxonomy(TOY)
    # "video" inside "video diffusion": both video's, both count.
    assert taxonomy.scores("", "video diffusion")["video"] == 6.0
    # The title counts double, with the same rule.
    assert taxonomy.scores("Video diffusion", "") == {"video": 12.0}


def test_a_term_listed_in_two_topics_counts_for_both_and_shields_its_words():
    taxonomy = parse_taxonomy(TOY)
    # "audio visual" is multimodal's and audio's: "audio" inside it is audio's too,
    # so it is not beaten (3 + 2 for audio, 2 for multimodal).
    assert taxonomy.scores("", "audio-visual speech") == {"audio": 5.0, "multimodal": 2.0}


CONTRIBUTING = """
[topics.other]
label = "Other"
[topics.data]
label = "Data"
contributions = ["dataset", "corpus"]
terms = { "dataset" = 2 }
[topics.evaluation]
label = "Evaluation"
contributions = ["benchmark", "bench"]
terms = { "benchmark" = 2.5 }
"""


@pytest.mark.parametrize(
    "sentence, topic",
    [
        ("This paper introduces LongVid, a new dataset of 10K videos.", "data"),
        ("The authors construct a large-scale multilingual dataset for OCR.", "data"),
        ("We present ViBench, a benchmark for video reasoning.", "evaluation"),
        ("The research aimed to create a comprehensive benchmark of 505 tasks.", "evaluation"),
        ("They developed MMSci-Bench to test models.", "evaluation"),
    ],
)
def test_a_summary_that_introduces_a_contribution_adds_its_weight_once(sentence, topic):
    taxonomy = parse_taxonomy(CONTRIBUTING)
    term = {"data": 2.0, "evaluation": 2.5}[topic]
    mentions = sentence.lower().count("dataset") + sentence.lower().count("benchmark")
    expected = term * mentions + CONTRIBUTION_WEIGHT
    # Said twice, it still adds its weight once.
    assert taxonomy.scores("", sentence)[topic] == expected
    twice = taxonomy.scores("", sentence + " " + sentence)[topic]
    assert twice == 2 * term * mentions + CONTRIBUTION_WEIGHT


@pytest.mark.parametrize(
    "sentence",
    [
        "The model reaches 80% on the MMLU benchmark.",  # used, not made
        "Trained on a public dataset, it improves accuracy.",
        # the noun too far after the verb: more than five words between them
        "It introduces a method that is evaluated on one large and widely used benchmark.",
        # "represents" holds "present", "reconstructs" "construct": whole words only
        "It represents each benchmark item and reconstructs the dataset.",
    ],
)
def test_a_dataset_or_benchmark_in_passing_adds_nothing(sentence):
    # Only the terms' own weights: "dataset" 2, "benchmark" 2.5 a mention.
    lowered = sentence.lower()
    expected = {
        "data": 2.0 * lowered.count("dataset"),
        "evaluation": 2.5 * lowered.count("benchmark"),
    }
    assert parse_taxonomy(CONTRIBUTING).scores("", sentence) == {
        topic: score for topic, score in expected.items() if score
    }


def test_contributions_must_be_a_list_of_words():
    bad = CONTRIBUTING.replace('["dataset", "corpus"]', '"dataset"')
    with pytest.raises(TaxonomyError, match=r"^bad.toml:6: contributions of 'data'"):
        parse_taxonomy(bad, "bad.toml")


def test_a_wrong_taxonomy_entry_is_named_by_its_file_and_line():
    # lines of CONTRIBUTING: 2 [topics.other], 5 [topics.data], 7 its terms,
    # 8 [topics.evaluation], 11 its terms
    weight = CONTRIBUTING.replace('"benchmark" = 2.5', '"benchmark" = "high"')
    with pytest.raises(TaxonomyError, match=r"^my.toml:11: weight of evaluation.benchmark"):
        parse_taxonomy(weight, "my.toml")
    no_label = CONTRIBUTING.replace('label = "Evaluation"\n', "")
    with pytest.raises(TaxonomyError, match=r"^my.toml:8: topic 'evaluation' needs a label"):
        parse_taxonomy(no_label, "my.toml")
    empty = CONTRIBUTING.replace('{ "dataset" = 2 }', '{ "dataset" = 2, "--" = 1 }')
    with pytest.raises(TaxonomyError, match=r"^my.toml:7: empty term in 'data'"):
        parse_taxonomy(empty, "my.toml")
    with pytest.raises(TaxonomyError, match=r"^my.toml: not valid TOML: .*line 3"):
        parse_taxonomy(CONTRIBUTING.replace('label = "Other"', "label = "), "my.toml")


def test_the_fit_gives_three_topics_to_at_most_a_tenth_of_its_papers():
    # Every labelled paper has its three ranked topics: unbounded, the fit would keep
    # all three everywhere; readers of unseen months give three far less often.
    ranked = [[("a", 9.0), ("b", 6.0), ("c", 4.0)]] * 30
    gold = [["a", "b", "c"]] * 30
    fitted = score(ranked, gold, fit_calibration(ranked, gold))
    assert MAX_THREE_SHARE == 0.10
    assert fitted.three == 0  # the same scores everywhere: all three or none
    assert fitted.two == 30  # the second topic is still kept
