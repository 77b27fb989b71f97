"""Labelled papers that read alike vote for topics, and the first sentence says what
a paper makes: the two pieces of evidence the topic pick weighs beside term scores.
Expected votes are worked out by hand from tiny made-up papers."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest

from digest_data.enrich.records import ENRICH_VERSION
from digest_data.enrich.topic_neighbours import (
    Neighbours,
    NeighboursError,
    Vote,
    load_neighbours,
    neighbours_data,
    paper_words,
    shipped_digest,
    shipped_neighbours,
)
from digest_data.enrich.topics import (
    CONTRIBUTION_WEIGHT,
    Calibration,
    lead_sentence,
    parse_taxonomy,
    pick,
)

# Four labelled "papers": two about speech, one about video, one about both.
PAPERS = [
    (Counter({"speech": 2, "recognition": 1}), ["audio-speech"]),
    (Counter({"speech": 1, "synthesis": 1}), ["audio-speech"]),
    (Counter({"video": 1, "synthesis": 1}), ["video"]),
    (Counter({"video": 1, "speech": 1, "recognition": 1}), ["video", "audio-speech"]),
]


@pytest.fixture
def neighbours() -> Neighbours:
    return Neighbours([w for w, _ in PAPERS], [t for _, t in PAPERS])


def test_paper_words_lowercases_and_leaves_out_function_words():
    assert paper_words("Speech-LM: A Model", "This paper introduces the Speech-LM.") == Counter(
        {"speech-lm": 2}
    )
    assert paper_words(None, None) == Counter()


def test_only_the_start_of_a_runaway_cell_is_read():
    words = paper_words("", "speech " * 10 + "video " * 1_000_000)
    # the first 20,000 characters: 10 "speech " (70), then 3,321 "video " (19,926)
    # and "vide" (4), a word of its own
    assert words == Counter({"speech": 10, "video": 3_321, "vide": 1})


def test_a_word_in_one_labelled_paper_only_is_not_weighed(neighbours):
    # speech 3 papers, recognition 2, synthesis 2, video 2; nothing seen once
    assert sorted(neighbours.vocabulary) == ["recognition", "speech", "synthesis", "video"]
    # a paper with no known word gets no shares, and the mean count of topics (5 / 4)
    assert neighbours.votes(paper_words("", "zebra")) == Vote({}, 1.25)


def test_the_alike_papers_vote_with_their_similarity(neighbours):
    # A query of one word, "video", has unit weight on "video": its cosine with each
    # paper is that paper's normalised "video" weight. idf(video) = ln(5/3) + 1 and
    # idf(synthesis) the same, so paper 2 (video, synthesis) has cos 1/sqrt(2); paper
    # 3 (video, speech, recognition) has idf(speech) = ln(5/4) + 1, idf(recognition)
    # = ln(5/3) + 1.
    idf_v, idf_s = math.log(5 / 3) + 1, math.log(5 / 4) + 1
    cos3 = idf_v / math.sqrt(2 * idf_v**2 + idf_s**2)
    cos2 = 1 / math.sqrt(2)
    votes = neighbours.votes(Counter({"video": 1}), k=2)
    assert votes.get("video") == pytest.approx(1.0)
    assert votes.get("audio-speech") == pytest.approx(cos3 / (cos2 + cos3))
    # paper 2 has one topic, paper 3 two
    assert votes.topics == pytest.approx((cos2 * 1 + cos3 * 2) / (cos2 + cos3))


def test_a_labelled_paper_scored_against_the_others_does_not_vote_for_itself(neighbours):
    own = neighbours.votes(PAPERS[2][0], k=1)
    others = neighbours.votes(PAPERS[2][0], skip=2, k=1)
    assert own == Vote({"video": 1.0}, 1.0)
    # without itself, "video synthesis" is nearest to paper 1 (speech synthesis) or
    # paper 3 (video speech recognition): both are speech papers (3 a video one too)
    assert others.get("audio-speech") == pytest.approx(1.0)


def test_what_is_written_is_read_back(tmp_path, neighbours):
    path = tmp_path / "neighbours.json"
    data = neighbours_data([w for w, _ in PAPERS], [t for _, t in PAPERS])
    path.write_text(json.dumps(data), "utf-8")
    again = load_neighbours(path)
    assert again.vocabulary == neighbours.vocabulary
    query = Counter({"speech": 1, "video": 1})
    assert again.votes(query).shares == pytest.approx(neighbours.votes(query).shares)
    # the file's content is part of the build cache key: other papers, another key
    data["papers"][0]["topics"] = ["video"]
    path.write_text(json.dumps(data), "utf-8")
    assert load_neighbours(path).digest != again.digest != ""


def test_the_build_cache_key_holds_the_shipped_neighbours():
    # the key hashes the file without reading the papers, to the digest reading gives
    assert shipped_digest() == shipped_neighbours().digest != ""
    assert ENRICH_VERSION.endswith("-" + shipped_digest())


def test_a_broken_neighbours_file_is_named(tmp_path):
    path = tmp_path / "neighbours.json"
    path.write_text('{"papers": [{"topics": ["video"]}]}', "utf-8")  # no words
    with pytest.raises(NeighboursError, match="neighbours.json"):
        load_neighbours(path)


def test_the_shipped_neighbours_are_the_labelled_papers():
    labels = (Path(__file__).parent / "data" / "labels.jsonl").read_text("utf-8").splitlines()
    assert [list(t) for t in shipped_neighbours().topics] == [
        json.loads(line)["topics"] for line in labels
    ]


CAL = Calibration(
    min_score=3.0,
    log_score=1.0,
    share=1.0,
    third=-1.0,
    intercept=-4.0,
    neighbours=4.0,
    lead=1.0,
    given=1.0,
)


def test_a_second_topic_the_alike_papers_gave_is_kept():
    ranked = [("video", 12.0), ("audio-speech", 6.0)]
    # -4 + ln 7 (1.95) + 0.5 = -1.55 on scores alone: dropped
    assert pick(ranked, CAL) == ["video"]
    # with half the alike papers' votes: -1.55 + 2 = 0.45: kept
    assert pick(ranked, CAL, Vote({"audio-speech": 0.5})) == ["video", "audio-speech"]
    # or named in the first sentence with a score of 6: -1.55 + ln 7 = 0.40: kept
    assert pick(ranked, CAL, None, {"audio-speech": 6.0}) == ["video", "audio-speech"]


def test_a_paper_like_papers_given_two_topics_more_easily_gets_a_second():
    ranked = [("video", 12.0), ("audio-speech", 6.0)]
    # -1.55 + 1.2 (alike papers had 1.2 topics) = -0.35: dropped
    assert pick(ranked, CAL, Vote({}, 1.2)) == ["video"]
    # -1.55 + 2.0 = 0.45: kept
    assert pick(ranked, CAL, Vote({}, 2.0)) == ["video", "audio-speech"]


@pytest.mark.parametrize(
    ("summary", "first"),
    [
        ("This paper introduces X. It beats Y.", "This paper introduces X."),
        ("X runs 3.5x faster, e.g. on GPUs. Then more.", "X runs 3.5x faster, e.g. on GPUs."),
        ("One sentence only", "One sentence only"),
        ("  Leading space. *Bold* next.", "Leading space."),
        (None, ""),
    ],
)
def test_the_lead_sentence_ends_at_a_stop_before_a_capital(summary, first):
    assert lead_sentence(summary) == first


@pytest.mark.parametrize(
    ("summary", "first"),
    [
        # the digests' structured summaries: the opening about the summary and the
        # first item's marker and label are not the paper's first sentence, and the
        # next item ends it though it starts in lower case
        (
            "Here's a summary of the AI research paper following your strict guidelines:  "
            "i) **One-line summary:** CoDe splits VAR inference between two models.  "
            "ii) **Main research question/objective:** How can VAR be faster?",
            "CoDe splits VAR inference between two models.",
        ),
        (
            'Okay, here is a concise summary of the paper "LoRA.rar: Learning to Merge '
            'LoRAs", strictly adhering to your guidelines: i) Summary: The paper merges '
            "LoRAs with a hypernetwork. ii) ...",
            "The paper merges LoRAs with a hypernetwork.",
        ),
        (
            "a) The research aims to improve text-to-image generation. b) IterComp "
            "aggregates preferences.",
            "The research aims to improve text-to-image generation.",
        ),
    ],
)
def test_a_structured_summary_leads_with_its_first_item(summary, first):
    assert lead_sentence(summary) == first


@pytest.mark.parametrize(
    ("summary", "first"),
    [
        # found by the second review of the structured-summary rule
        (
            "The method has two stages, i.e. a) retrieval and b) reading. It works.",
            "The method has two stages, i.e. a) retrieval and b) reading.",
        ),
        (
            "Here is a summary of the paper. The paper proposes X, which has three parts: "
            "a) a retriever, b) a reader.",
            "The paper proposes X, which has three parts: a) a retriever, b) a reader.",
        ),
        (
            "Summary statistics of 1,000 papers show a trend. More text.",
            "Summary statistics of 1,000 papers show a trend.",
        ),
        (
            "Here, we introduce a new model for X. It is good.",
            "Here, we introduce a new model for X.",
        ),
        (
            "Here's a concise summary of the Qwen2.5 Technical Report, strictly following the "
            "guidelines: i) Qwen2.5 is a series of models. ii) More.",
            "Qwen2.5 is a series of models.",
        ),
    ],
)
def test_abbreviations_full_stops_and_plain_openings_are_not_taken_for_structure(summary, first):
    assert lead_sentence(summary) == first


CONTRIBUTING = """
[topics.other]
label = "Other"
[topics.data]
label = "Data"
contributions = ["dataset"]
terms = { "dataset" = 2 }
"""


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        ("Trained on the novel PolNLI dataset, the models win.", True),
        ("It is fine-tuned on a new 100k sample dataset.", True),
        ("A newly gathered dataset of songs is released.", True),
        # "new" about a result, the dataset three words on: used, not made
        ("It sets a new record on the COCO dataset.", False),
        ("It sets new state-of-the-art results on the COCO dataset.", False),
    ],
)
def test_a_dataset_called_new_is_one_the_paper_makes(sentence, made):
    scores = parse_taxonomy(CONTRIBUTING).scores("", sentence)
    assert scores == {"data": 2.0 + (CONTRIBUTION_WEIGHT if made else 0.0)}
