"""A study, analysis or evaluation the paper presents makes it an evaluation paper,
as a benchmark it builds does (topics t7); one mentioned in passing does not.

Expected scores are the shipped taxonomy's evaluation term weights, summed by hand
("systematic" 1, "study" 0.5, "analysis" 1, "evaluation" 2), plus
``CONTRIBUTION_WEIGHT`` (4) once when the paper makes one."""

import pytest

from digest_data.enrich.topics import CONTRIBUTION_WEIGHT, load_taxonomy

TAXONOMY = load_taxonomy()


@pytest.mark.parametrize(
    ("summary", "terms"),
    [
        ("The paper presents a systematic study of how tokenizers split Indian languages.", 1.5),
        ("It presents an analysis of attention sinks in long inputs.", 1.0),
        ("The authors develop an evaluation of reward models on coding tasks.", 2.0),
        ("The authors introduce two large studies of code review.", 0.0),
    ],
)
def test_a_study_the_paper_makes_adds_the_contribution_weight(summary, terms):
    assert TAXONOMY.scores("", summary)["evaluation"] == terms + CONTRIBUTION_WEIGHT


@pytest.mark.parametrize(
    ("summary", "terms"),
    [
        ("In this study, a transformer is trained on Indian languages.", 0.5),
        ("An evaluation on held-out tasks shows gains of 3 points.", 2.0),
        ("The method relies on a spectral analysis of the weights.", 1.0),
    ],
)
def test_a_study_in_passing_adds_only_its_terms(summary, terms):
    assert TAXONOMY.scores("", summary)["evaluation"] == terms
