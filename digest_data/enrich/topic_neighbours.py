"""Labelled papers that read alike: how their readers voted, as evidence for topics.

A paper's words (title and summary, lowercased, a few function words left out) are
weighed by TF-IDF over the labelled papers and compared by cosine. The ``K`` most
alike labelled papers vote for their gold topics, each with its similarity; a
topic's vote is its share of the total (0 to 1), and the number of topics they were
given, weighted alike, says how many this paper may get. The calibration (``topics.Calibration``)
weighs the vote of a candidate second or third topic beside its term score: summaries
that read alike were given alike counts of topics, which term scores alone do not
tell.

The labelled papers ship as ``topic_neighbours.json`` (their word counts and topics,
written by ``scripts/tune_topics.py --write``), read with the standard library and
numpy: no model is fit at build time. They are read on first use
(``shipped_neighbours``), not on import: the file takes about 0.14 s and 11 MB to
read, which a process that never classifies (a dashboard) should not pay; the
build cache key needs only their content hash (``shipped_digest``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np

NEIGHBOURS_FILE = "topic_neighbours.json"
#: How many alike papers vote.
K = 10
#: Only this much of a title or summary is read (as ``topics.MAX_SCAN``).
MAX_SCAN = 20_000
#: A word found in fewer labelled papers than this says nothing about alikeness.
MIN_PAPERS = 2
_WORD = re.compile(r"[a-z][a-z0-9\-]+")
#: Words in nearly every summary, left out before weighing.
_STOP_WORDS = (
    "the a an of and to in for on with by is are this that we our from as at be it its"
    " their these which paper authors introduces propose proposes presents new model"
    " models using based"
)
_STOP = frozenset(_STOP_WORDS.split())


def paper_words(title: str | None, summary: str | None) -> Counter[str]:
    """The words of a paper's title and summary that are weighed, with their counts
    (of each, the first ``MAX_SCAN`` characters: a runaway cell cannot stall a build)."""
    text = " ".join(t[:MAX_SCAN] if isinstance(t, str) else "" for t in (title, summary))
    return Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP)


@dataclass(frozen=True)
class Vote:
    """What the alike labelled papers say: each topic's share of their votes, and
    how many topics they were given (similarity-weighted mean)."""

    shares: dict[str, float] = field(default_factory=dict)
    topics: float = 0.0

    def get(self, topic: str, default: float = 0.0) -> float:
        return self.shares.get(topic, default)


class NeighboursError(ValueError):
    """A neighbours file that cannot be used; the message names the file."""


class Neighbours:
    """Labelled papers (word counts and gold topics) to find the alike ones among."""

    def __init__(self, words: Sequence[Counter[str]], topics: Sequence[Sequence[str]]):
        if len(words) != len(topics):
            raise ValueError("one list of topics per paper")
        self.topics = [tuple(t) for t in topics]
        #: The content hash of the file they were read from ("" when made in memory):
        #: part of the build cache key, as the votes are part of the topics.
        self.digest = ""
        #: The vote of a paper none of whose words is known: no shares, the mean count.
        self.no_vote = Vote({}, sum(map(len, self.topics)) / len(self.topics) if topics else 0.0)
        df = Counter(w for counts in words for w in counts)
        self.vocabulary = {
            w: j for j, w in enumerate(sorted(w for w, n in df.items() if n >= MIN_PAPERS))
        }
        n = len(words)
        self.idf = np.array([math.log((n + 1) / (df[w] + 1)) + 1 for w in self.vocabulary])
        #: One row per word, one column per paper: a query gathers only its words' rows.
        #: Single precision: half the memory (9 MB for 676 papers), the same votes to
        #: the month-held-out figure and every pinned topic.
        self._by_word = np.zeros((len(self.vocabulary), n), dtype=np.float32)
        for paper, counts in enumerate(words):
            index, weight = self._weights(counts)
            self._by_word[index, paper] = weight

    def _weights(self, counts: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        """The vocabulary rows of ``counts``' known words and their unit-length
        TF-IDF weights (sublinear term frequency)."""
        vocabulary = self.vocabulary
        known = [(vocabulary[w], c) for w, c in counts.items() if w in vocabulary]
        if not known:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        index, times = np.array(known).T
        weight = (1.0 + np.log(times)) * self.idf[index]
        return index, weight / math.sqrt(float(weight @ weight))

    def votes(self, counts: Counter[str], skip: int | None = None, k: int = K) -> Vote:
        """The similarity-weighted vote of the ``k`` labelled papers most alike to
        ``counts`` (paper ``skip`` left out: a labelled paper scored against the
        others); ``no_vote`` when no word is known."""
        index, weight = self._weights(counts)
        if not len(index) or not self.topics:
            return self.no_vote
        sims = weight @ self._by_word[index]
        if skip is not None:
            sims[skip] = -1.0
        k = min(k, len(sims))
        top = np.sort(np.argpartition(-sims, k - 1)[:k])
        alike = np.maximum(sims[top], 0.0)
        total = float(alike.sum())
        if not total:
            return self.no_vote
        votes: dict[str, float] = {}
        given = 0.0
        for paper, sim in zip(top.tolist(), (alike / total).tolist(), strict=True):
            topics = self.topics[paper]
            given += sim * len(topics)
            for topic in topics:
                votes[topic] = votes.get(topic, 0.0) + sim
        return Vote(votes, given)


def neighbours_data(words: Sequence[Counter[str]], topics: Sequence[Sequence[str]]) -> dict:
    """What ``load_neighbours`` reads back: each paper's topics and the counts of its
    words found in at least ``MIN_PAPERS`` papers (the others are never weighed)."""
    df = Counter(w for counts in words for w in counts)
    return {
        "papers": [
            {
                "topics": list(t),
                "words": {w: c for w, c in sorted(counts.items()) if df[w] >= MIN_PAPERS},
            }
            for counts, t in zip(words, topics, strict=True)
        ]
    }


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def _shipped_file() -> Traversable:
    return resources.files("digest_data.enrich") / NEIGHBOURS_FILE


@functools.cache
def shipped_digest() -> str:
    """The content hash of the shipped neighbours file, as ``load_neighbours()``
    gives it, without parsing the file (hashing it takes a few milliseconds)."""
    return _digest(_shipped_file().read_text("utf-8"))


@functools.cache
def shipped_neighbours() -> Neighbours:
    """The labelled papers shipped in the package, read once, on first use."""
    return load_neighbours()


def load_neighbours(path: str | Path | None = None) -> Neighbours:
    """The labelled papers shipped in the package, or those of the JSON file at ``path``."""
    source = Path(path) if path else _shipped_file()
    try:
        text = source.read_text("utf-8")
        papers = json.loads(text)["papers"]
        neighbours = Neighbours(
            [Counter({str(w): int(c) for w, c in p["words"].items()}) for p in papers],
            [[str(t) for t in p["topics"]] for p in papers],
        )
        neighbours.digest = _digest(text)
        return neighbours
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise NeighboursError(f"{source}: not a topic neighbours file: {exc!r}") from exc
