"""The topic calibration fit, and scored with whole months held out.

For each month of the labels, the calibration (``enrich.topics.Calibration``) is fit
on the other months and scored on that month alone; the pooled figure over all
months is what to expect on a month nobody tuned on.

Fitting: every topic ranked second or third of a labelled paper whose best topic
scores at least ``MIN_SCORE`` is an example, positive when the paper's labels have
it. A logistic regression (scikit-learn, lbfgs, so the same labels always give the
same numbers) learns its weights; the probability cut is the one of ``CUTS`` with the
best micro-F1 on the fitting papers, folded into the intercept. Then a third topic
is made harder (``third`` lowered in steps of ``THIRD_STEP``) until at most
``MAX_THREE_SHARE`` of the fitting papers get three: readers of unseen 2025 papers
gave three topics to fewer papers than our labels do, and three was the main error
there (issue #14)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from ..enrich.topic_neighbours import Neighbours, Vote, paper_words
from ..enrich.topics import Calibration, Taxonomy, keep_features, pick
from .score import Score

#: The best topic's least score (below it a paper is ``other``): not fit, every
#: month chose 3 when it was one of 3, 4, 5.
MIN_SCORE = 3.0
#: Inverse regularisation strength of the regression.
C = 1.0
#: The probability cuts tried, 0.30 to 0.70.
CUTS = tuple(round(0.30 + 0.05 * i, 2) for i in range(9))

#: The largest share of the fitting papers given three topics, and the step by which
#: ``third`` is lowered to get there.
MAX_THREE_SHARE = 0.10
THIRD_STEP = 0.05

Ranked = list[tuple[str, float]]


@dataclass(frozen=True)
class TopicScore(Score):
    """Micro-averaged topic precision and recall (``Score``), and how many papers
    were given one, two and three topics."""

    papers: int = 0
    three: int = 0
    two: int = 0

    @property
    def hits(self) -> int:
        return self.true_positives

    @property
    def three_share(self) -> float:
        return self.three / self.papers if self.papers else 0.0

    @property
    def two_share(self) -> float:
        return self.two / self.papers if self.papers else 0.0

    @property
    def one_share(self) -> float:
        return 1.0 - self.two_share - self.three_share if self.papers else 0.0


def score(
    ranked: Sequence[Ranked],
    gold: Sequence[Iterable[str]],
    cal: Calibration,
    votes: Sequence[Vote] | None = None,
    leads: Sequence[dict[str, float]] | None = None,
) -> TopicScore:
    """``pick`` with ``cal`` on each paper's ranked scores (and neighbours' votes and
    first-sentence scores, when given) against its gold topics."""
    hits = predicted = wanted = three = two = 0
    votes = votes or [Vote()] * len(ranked)
    leads = leads or [{}] * len(ranked)
    for scores, topics, vote, lead in zip(ranked, gold, votes, leads, strict=True):
        got, truth = pick(scores, cal, vote, lead), set(topics)
        hits += len(truth.intersection(got))
        predicted += len(got)
        wanted += len(truth)
        three += len(got) == 3
        two += len(got) == 2
    return TopicScore(hits, predicted, wanted, len(ranked), three, two)


def examples(
    ranked: Sequence[Ranked],
    gold: Sequence[Iterable[str]],
    votes: Sequence[Vote],
    leads: Sequence[dict[str, float]],
) -> tuple[list[list[float]], list[bool]]:
    """The features ``Calibration.keeps`` weighs, of every second and third topic of
    papers that get a best one, and whether the paper's labels have it."""
    features, wanted = [], []
    for scores, topics, vote, lead in zip(ranked, gold, votes, leads, strict=True):
        if not scores or scores[0][1] < MIN_SCORE:
            continue
        best, truth = scores[0][1], set(topics)
        for place, (topic, value) in enumerate(scores[1:3], 1):
            features.append(
                list(
                    keep_features(
                        value, best, place, vote.get(topic, 0.0), lead.get(topic, 0.0), vote.topics
                    )
                )
            )
            wanted.append(topic in truth)
    return features, wanted


def fit_calibration(
    ranked: Sequence[Ranked],
    gold: Sequence[Iterable[str]],
    votes: Sequence[Vote] | None = None,
    leads: Sequence[dict[str, float]] | None = None,
) -> Calibration:
    """The calibration fit on these papers' ranked scores, neighbours' votes (each
    paper's from the others), first-sentence scores and gold topics."""
    from sklearn.linear_model import LogisticRegression

    votes = votes or [Vote()] * len(ranked)
    leads = leads or [{}] * len(ranked)
    features, wanted = examples(ranked, gold, votes, leads)

    def f1(cal: Calibration) -> float:
        return score(ranked, gold, cal, votes, leads).f1

    if len(set(wanted)) < 2:
        # Nothing to tell apart: keep every further topic when all were wanted, none
        # otherwise (no examples at all included).
        keep_all = Calibration(MIN_SCORE, 0.0, 0.0, 0.0, 1.0 if wanted and all(wanted) else -1.0)
        return _at_most_three_share(keep_all, ranked, gold, votes, leads)
    model = LogisticRegression(C=C, max_iter=1000).fit(features, wanted)
    (log_score, share, third, neighbours, lead, given), intercept = (
        model.coef_[0].tolist(),
        float(model.intercept_[0]),
    )
    fits = [
        Calibration(
            MIN_SCORE,
            log_score,
            share,
            third,
            intercept - math.log(cut / (1 - cut)),
            neighbours,
            lead,
            given,
        )
        for cut in CUTS
    ]
    return _at_most_three_share(max(fits, key=f1), ranked, gold, votes, leads)


def _at_most_three_share(
    cal: Calibration,
    ranked: Sequence[Ranked],
    gold: Sequence[Iterable[str]],
    votes: Sequence[Vote],
    leads: Sequence[dict[str, float]],
) -> Calibration:
    """``cal`` with ``third`` lowered until at most ``MAX_THREE_SHARE`` of these
    papers get three topics (it ends: a low enough ``third`` keeps no third)."""
    while score(ranked, gold, cal, votes, leads).three_share > MAX_THREE_SHARE:
        cal = replace(cal, third=cal.third - THIRD_STEP)
    return cal


def ranked_rows(rows: Sequence[dict], taxonomy: Taxonomy) -> list[Ranked]:
    return [taxonomy.ranked(r.get("title"), r.get("summary"), r.get("comments")) for r in rows]


def lead_rows(rows: Sequence[dict], taxonomy: Taxonomy) -> list[dict[str, float]]:
    """Each paper's topic scores in its summary's first sentence."""
    return [taxonomy.lead_scores(r.get("summary")) for r in rows]


def word_rows(rows: Sequence[dict]) -> list[Counter[str]]:
    return [paper_words(r.get("title"), r.get("summary")) for r in rows]


def neighbour_votes(
    words: Sequence[Counter[str]], gold: Sequence[Sequence[str]], train: list[int], test: list[int]
) -> dict[int, Vote]:
    """The votes of the ``train`` papers' neighbours among the other ``train``
    papers, and of the ``test`` papers' among the ``train`` papers."""
    neighbours = Neighbours([words[i] for i in train], [gold[i] for i in train])
    votes = {i: neighbours.votes(words[i], skip=place) for place, i in enumerate(train)}
    votes.update({i: neighbours.votes(words[i]) for i in test})
    return votes


#: Who votes for a paper's topics in ``month_held_out``: given the labelled rows and
#: the fitting (``train``) and scored (``test``) rows' places, each place's vote, a
#: ``train`` row's from the other ``train`` rows only.
Voter = Callable[[Sequence[dict], list[int], list[int]], dict[int, Vote]]


def word_neighbour_votes(
    rows: Sequence[dict], train: list[int], test: list[int]
) -> dict[int, Vote]:
    """``neighbour_votes`` of the rows' words and gold topics (the shipped voter)."""
    return neighbour_votes(word_rows(rows), [r["topics"] for r in rows], train, test)


def month_held_out(
    rows: Sequence[dict], taxonomy: Taxonomy, voter: Voter = word_neighbour_votes
) -> tuple[dict[str, tuple[Calibration, TopicScore]], TopicScore]:
    """Per month: the calibration fit on the other months and its score on this one
    (the papers that vote, by ``voter``, are the other months' papers too); and the
    pooled score of those fits over every month."""
    ranked, leads = ranked_rows(rows, taxonomy), lead_rows(rows, taxonomy)
    gold = [r["topics"] for r in rows]
    months = [r["file"][:7] for r in rows]
    per_month: dict[str, tuple[Calibration, TopicScore]] = {}
    for month in sorted(set(months)):
        train = [i for i, m in enumerate(months) if m != month]
        test = [i for i, m in enumerate(months) if m == month]
        votes = voter(rows, train, test)
        fit_on_train = [[x[i] for i in train] for x in (ranked, gold, votes, leads)]
        cal = fit_calibration(*fit_on_train)
        test_part = [[x[i] for i in test] for x in (ranked, gold, votes, leads)]
        per_month[month] = (cal, score(test_part[0], test_part[1], cal, *test_part[2:]))
    pooled = TopicScore(
        *(
            sum(getattr(s, f) for _, s in per_month.values())
            for f in ("true_positives", "predicted", "gold", "papers", "three", "two")
        )
    )
    return per_month, pooled


def fit_on(rows: Sequence[dict], taxonomy: Taxonomy) -> Calibration:
    """The calibration fit on every labelled month together (what ships, with
    ``rows`` as the neighbours that vote)."""
    gold = [r["topics"] for r in rows]
    everyone = list(range(len(rows)))
    votes = neighbour_votes(word_rows(rows), gold, everyone, [])
    return fit_calibration(
        ranked_rows(rows, taxonomy), gold, [votes[i] for i in everyone], lead_rows(rows, taxonomy)
    )
