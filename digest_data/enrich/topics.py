"""Topics: the taxonomy file, and a paper's title, summary and comments in, 1 to 3
topic ids out.

A paper's score for a topic is the sum of the weights of the topic's terms found in
its text, title matches counted double and each term counted at most three times in
the body. Words are evidence for one topic at a time: a term inside a longer term
of other topics only ("diffusion" in "video diffusion", "sparse" in "sparse
autoencoder") does not count. A summary that says the paper introduces one of a
topic's ``contributions`` ("presents a new benchmark", "we construct a dataset")
adds ``CONTRIBUTION_WEIGHT`` to the topic once, as does one that calls it new ("a
novel PolNLI dataset"). ``pick`` then keeps the best topic when it scores at least
``min_score``, and the next one or two while a small logistic model
(``Calibration``) says a reader would give them. It weighs the topic's score on a
log scale, its share of the best, whether it would be third, its score in the
summary's first sentence (which states what the paper makes), and what the ten
most alike labelled papers say (``topic_neighbours``): their vote for the topic
and how many topics they were given. Nothing scoring gives ``other``. The model's
numbers ship in ``topic_calibration.json`` and the labelled papers in
``topic_neighbours.json``, written by ``scripts/tune_topics.py`` and measured with
whole months held out. Pure and deterministic: the same text and taxonomy always
give the same topics.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import ahocorasick

from .toml_lines import where
from .topic_neighbours import Vote, paper_words, shipped_neighbours

#: Part of the build cache key (with the taxonomy's hash): bump when the scoring changes.
#: The shipped ``topic_calibration.json`` is part of the scoring too.
TOPICS_VERSION = "t11"
DEFAULT_TAXONOMY = "taxonomy.toml"
CALIBRATION_FILE = "topic_calibration.json"
FALLBACK = "other"
TITLE_WEIGHT = 2.0
MAX_BODY_COUNT = 3
#: Added once to a topic when the summary introduces one of its contributions.
CONTRIBUTION_WEIGHT = 4.0
#: How many words may stand between a verb of making and the thing made
#: ("introduces ViBench, a new benchmark": 3).
CONTRIBUTION_GAP = 5
#: How many words may stand between "new" or "novel" and the thing made ("a novel
#: 30-million datapoint dataset": 2); further, "new" is mostly about results ("sets a
#: new state of the art on the X benchmark").
NEW_GAP = 2
#: A verb of making (lowercase), then at most ``CONTRIBUTION_GAP`` words (or "new"
#: or "novel", then at most ``NEW_GAP``) and the start of the word that names the
#: thing made ("mmsci-" of "mmsci-bench"), at the end of the searched text. The lookahead skips most places at once: a search
#: from the thing back is three times faster than one regex from the verb on.
_MADE_BY = re.compile(
    r"\b(?=[bcdipr])(?:introduc|present|propos|construct|curat|collect|releas|build|built"
    rf"|creat|develop|contribut)\w*\W+(?:\S+\s+){{0,{CONTRIBUTION_GAP}}}\S*$"
    rf"|\b(?:new|newly|novel)\W+(?:\S+\s+){{0,{NEW_GAP}}}\S*$"
)
#: How far back from the thing made the verb is looked for, in characters.
_LOOKBACK = 160
#: Only this much of each text is read: a runaway cell cannot stall a build.
MAX_SCAN = 20_000

_TOKEN_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@#+"
# Every byte that is not a token character becomes a space.
_TO_SPACES = bytes(b if b in _TOKEN_CHARS else 32 for b in range(256))


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """The runs of ASCII letters, digits, "@", "#" and "+" in ``text``, as written
    and lowercased. Done with C string methods (non-ASCII becomes "?", then every
    non-token byte a space): three times faster than a regex's findall, and this
    runs on every summary."""
    spaced = text.encode("ascii", "replace").translate(_TO_SPACES)
    return spaced.decode("ascii").split(), spaced.lower().decode("ascii").split()


@dataclass(frozen=True)
class Calibration:
    """When a paper gets a topic, from its ranked topic scores.

    The best topic is kept when it scores at least ``min_score``. A topic after it
    is kept when the log-odds that a reader gives it are at least 0:
    ``intercept + log_score * ln(1 + score) + share * score / best + third * [it
    would be the third topic]``. The score on a log scale lets a clear second topic
    through beside a best inflated by stacked terms, which a share of the best alone
    does not; ``third`` (negative) makes a third topic harder to get than a second.
    The probability cut chosen when fitting is folded into ``intercept``."""

    min_score: float
    log_score: float
    share: float
    third: float
    intercept: float
    #: Weight of the topic's vote among the alike labelled papers (0 to 1,
    #: ``topic_neighbours``).
    neighbours: float = 0.0
    #: Weight of ``ln(1 + the topic's score in the summary's first sentence)``: the
    #: first sentence states what the paper makes, later ones what it uses.
    lead: float = 0.0
    #: Weight of how many topics the alike labelled papers were given (mean).
    given: float = 0.0

    def keeps(
        self,
        score: float,
        best: float,
        place: int,
        vote: float = 0.0,
        lead: float = 0.0,
        given: float = 0.0,
    ) -> bool:
        """Whether the topic at ``place`` (1 = second, 2 = third) scoring ``score``
        is kept beside a best scoring ``best``, with its neighbours' ``vote``, its
        score ``lead`` in the first sentence and the neighbours' count of topics
        ``given``."""
        weights = (self.log_score, self.share, self.third, self.neighbours, self.lead, self.given)
        logit = self.intercept
        for weight, feature in zip(
            weights, keep_features(score, best, place, vote, lead, given), strict=True
        ):
            logit += weight * feature
        return logit >= 0.0


def keep_features(
    score: float, best: float, place: int, vote: float, lead: float, given: float
) -> tuple[float, ...]:
    """What ``Calibration.keeps`` weighs, in the order of its weights (``log_score``,
    ``share``, ``third``, ``neighbours``, ``lead``, ``given``): the one place both
    the pick and the fit (``analyse.topic_holdout.examples``) read them from."""
    return (math.log1p(score), score / best, float(place == 2), vote, math.log1p(lead), given)


class CalibrationError(ValueError):
    """A calibration file that cannot be used; the message names the file."""


def load_calibration(path: str | Path | None = None) -> Calibration:
    """The calibration shipped in the package, or the JSON file at ``path``."""
    source = Path(path) if path else resources.files("digest_data.enrich") / CALIBRATION_FILE
    try:
        data = json.loads(source.read_text("utf-8"))
        return Calibration(**{f: float(data[f]) for f in Calibration.__dataclass_fields__})
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise CalibrationError(f"{source}: not a topic calibration: {exc!r}") from exc


#: Fit by ``scripts/tune_topics.py --write`` on ``tests/data/labels.jsonl``, with the
#: labelled papers whose votes ``classify`` weighs (``shipped_neighbours``).
CALIBRATION = load_calibration()


def pick(
    ranked: list[tuple[str, float]],
    calibration: Calibration = CALIBRATION,
    votes: Vote | None = None,
    leads: dict[str, float] | None = None,
) -> list[str]:
    """1 to 3 topic ids from (topic, score) pairs ranked best first: the best, then
    the next ones while ``calibration`` keeps them (a third only after a second),
    given the alike labelled papers' ``votes`` and each topic's first-sentence
    score (none given: 0)."""
    if not ranked or ranked[0][1] < calibration.min_score:
        return [FALLBACK]
    best = ranked[0][1]
    kept = [ranked[0][0]]
    votes, leads = votes or Vote(), leads or {}
    for place, (topic, score) in enumerate(ranked[1:3], 1):
        if not calibration.keeps(
            score, best, place, votes.get(topic), leads.get(topic, 0.0), votes.topics
        ):
            break
        kept.append(topic)
    return kept


# An item of a structured summary: "a) The research aimed to ...", "ii) **Main
# research question:** ...".
_ITEM = r"(?:(?:[a-h]|i{1,3}|iv|vi{0,3}|\d)\)|\d\.)\s"
# An abbreviation's full stop ends no sentence: "two stages, i.e. a) retrieval".
_SENTENCE_END = re.compile(
    rf"(?<=[.!?])(?<!i\.e\.)(?<!e\.g\.)(?<!\bvs\.)(?<!approx\.)(?<!\bcf\.)\s+(?=[A-Z*]|{_ITEM})"
)
# "Here is a concise summary of the AI research paper following your guidelines:",
# which many AI-written summaries open with, and the first item's marker and label
# ("i) **One-line summary:**"): neither says what the paper is about.
_PREAMBLE = re.compile(
    r"(?:(?:Okay|OK|Sure),?\s)?Here(?:'s|’s|\sis)\s(?:a|an|the|my)\s(?:[\w-]+\s){0,3}?"
    r"summar(?:y|ies)\b(?:\"[^\"]{0,200}\"|“[^”]{0,200}”|[^:.\"“]|\.(?!\s)){0,250}(?::|\.(?=\s))\s*",
    re.IGNORECASE,
)
_ONE_LINE = r"(?:(?:One|1)[-\s]line\s)?"
# A label is bold or ends with a colon: "Summary statistics show ..." starts a sentence.
_SUMMARY_LABEL = rf"(?:\*\*{_ONE_LINE}[Ss]ummary:?\*\*:?|{_ONE_LINE}[Ss]ummary:)\s*"
_ITEM_LABEL = re.compile(
    rf"(?:{_SUMMARY_LABEL})?{_ITEM}\s*(?:\*\*[^*]{{1,60}}\*\*:?\s*|{_SUMMARY_LABEL})?"
    rf"|{_SUMMARY_LABEL}"
)


def lead_sentence(summary: str | None) -> str:
    """The first sentence of a summary: up to a full stop, "!" or "?" followed by
    space and a capital (or a Markdown star, or the next item of a structured
    summary), so "e.g. a" and "3.5x" do not end it; without an opening "Here is a
    summary ...:" or the first item's marker and label."""
    if not isinstance(summary, str):
        return ""
    text = summary[:MAX_SCAN].strip()
    if preamble := _PREAMBLE.match(text):
        text = text[preamble.end() :]
    if label := _ITEM_LABEL.match(text):
        text = text[label.end() :]
    return _SENTENCE_END.split(text, maxsplit=1)[0]


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used; the message names the file."""


def _stem(token: str) -> str:
    """Drop a plural ``s`` ("agents", "LLMs") but not the end of "class" or "bias"."""
    if len(token) > 3 and token[-1] in "sS" and token[-2] not in "sSuUiIaA":
        return token[:-1]
    return token


def _key(words: list[str], exact: bool) -> tuple[str, ...]:
    return tuple(_stem(w if exact else w.lower()) for w in words)


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    description: str
    terms: dict[str, float] = field(default_factory=dict)
    #: What a paper of this topic makes ("dataset"): see ``contribution_pattern``.
    contributions: tuple[str, ...] = ()


def contribution_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """Finds one of ``nouns`` or its plural as a word (or the end of a name:
    "X-Bench") in lowercased text."""
    alternatives = "|".join(re.escape(n.lower()) for n in nouns)
    return re.compile(rf"\b(?:{alternatives})s?\b")


def introduces(lowered: str, things: re.Pattern[str]) -> bool:
    """Whether lowercased text says something is made that ``things`` finds: a verb
    of making, then within ``CONTRIBUTION_GAP`` words the thing ("presents ViBench,
    a new benchmark"; "we construct a dataset"), not a mention in passing ("on the
    MMLU benchmark")."""
    return any(
        _MADE_BY.search(lowered, max(0, thing.start() - _LOOKBACK), thing.start())
        for thing in things.finditer(lowered)
    )


@dataclass(frozen=True)
class Taxonomy:
    """Topics in file order, with finders of their terms in a text."""

    topics: tuple[Topic, ...]
    digest: str
    source: str
    #: The terms' (topic, weight) pairs, in term-id order (lowercase terms first).
    _hits: tuple[tuple[tuple[str, float], ...], ...] = field(repr=False, compare=False)
    #: For each term id, the ids of the longer terms that contain it and share none
    #: of its topics: where one of them matches around it, it does not count.
    _beaters: tuple[frozenset[int], ...] = field(repr=False, compare=False)
    #: Finders of every written form of every term, giving term ids (see
    #: ``_term_finder``): of lowercase terms in lowercased text, of case-sensitive
    #: terms in the text as written.
    _finders: tuple[ahocorasick.Automaton | None, ahocorasick.Automaton | None] = field(
        repr=False, compare=False
    )
    #: (topic id, pattern) of the topics that list contributions.
    _contributions: tuple[tuple[str, re.Pattern[str]], ...] = field(
        default=(), repr=False, compare=False
    )

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.topics]

    @property
    def labels(self) -> dict[str, str]:
        return {t.id: t.label for t in self.topics}

    def scores(self, title: str, body: str) -> dict[str, float]:
        """Each topic's score for a paper (only topics that score)."""
        totals: dict[str, float] = defaultdict(float)
        for text, weight, cap in ((title, TITLE_WEIGHT, None), (body, 1.0, MAX_BODY_COUNT)):
            for term, n in self._term_counts(text).items():
                hits = self._hits[term]
                # A topic may list one term twice: the cap counts each (topic, term)
                # hit, occurrence after occurrence; past ``cap`` occurrences none counts.
                counts: dict[str, int] = defaultdict(int)
                for topic, term_weight in hits * (n if cap is None else min(n, cap)):
                    counts[topic] += 1
                    if cap is None or counts[topic] <= cap:
                        totals[topic] += weight * term_weight
        lowered = body.lower() if self._contributions else ""
        for topic, things in self._contributions:
            if introduces(lowered, things):
                totals[topic] += CONTRIBUTION_WEIGHT
        return dict(totals)

    def ranked(
        self, title: str | None, summary: str | None, comments: str | None
    ) -> list[tuple[str, float]]:
        """(topic, score) for every topic that scores, best first (ties in file order)."""
        body = " ".join(t[:MAX_SCAN] for t in (summary, comments) if isinstance(t, str))
        scores = self.scores(title[:MAX_SCAN] if isinstance(title, str) else "", body)
        ids = self.ids
        return sorted(scores.items(), key=lambda kv: (-kv[1], ids.index(kv[0])))

    def classify(self, title: str | None, summary: str | None, comments: str | None) -> list[str]:
        """1 to 3 topic ids, most central first."""
        return pick(
            self.ranked(title, summary, comments),
            CALIBRATION,
            shipped_neighbours().votes(paper_words(title, summary)),
            self.lead_scores(summary),
        )

    def lead_scores(self, summary: str | None) -> dict[str, float]:
        """Each topic's score in the summary's first sentence (``lead_sentence``)."""
        return self.scores("", lead_sentence(summary))

    def _term_counts(self, text: str) -> Counter[int]:
        """How often each term (by id) occurs in ``text``, not counting an occurrence
        inside a match of one of its ``_beaters``. One Aho-Corasick pass over the
        text's words finds them all, overlapping ones included (the lowercased and
        the written text have the same layout, so their spans compare). Each term is
        capped on its own in ``scores``, and the weights are halves, so the sums are
        exact in any order."""
        words, lowered = _tokens(text)
        spans: list[tuple[int, int, int]] = []
        for finder, written in zip(self._finders, (lowered, words), strict=True):
            if finder is not None and written:
                # A value is (term id, length of the matched form with its two spaces).
                spans.extend(
                    (end - length + 2, end - 1, term)
                    for end, (term, length) in finder.iter(" " + " ".join(written) + " ")
                )
        beaters = self._beaters
        counts: Counter[int] = Counter()
        for start, end, term in spans:
            if beaters[term] and any(
                other in beaters[term] and s <= start and end <= e for s, e, other in spans
            ):
                continue
            counts[term] += 1
        return counts


def _forms(stem: str, plurals: str) -> list[str]:
    """The words whose ``_stem`` is ``stem``: itself and its plurals (``_stem`` drops
    at most one final "s", so there are no others)."""
    return [stem, *(stem + s for s in plurals if _stem(stem + s) == stem)]


def _term_finder(
    terms: list[tuple[str, ...]], first_id: int, plurals: str
) -> ahocorasick.Automaton | None:
    """An automaton that finds, in words joined by single spaces and framed by
    spaces, every run of words whose stems are one of ``terms``; its value is the
    term's id (``first_id`` plus its place in ``terms``) and the length of the form
    found, spaces included. A term of n words has at
    most 3**n written forms (n <= 4 here)."""
    if not terms:
        return None
    finder = ahocorasick.Automaton()
    for term_id, term in enumerate(terms, first_id):
        for words in itertools.product(*(_forms(stem, plurals) for stem in term)):
            form = " " + " ".join(words) + " "
            finder.add_word(form, (term_id, len(form)))
    finder.make_automaton()
    return finder


def _runs(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every run of words of ``words`` shorter than itself."""
    n = len(words)
    return {words[i:j] for i in range(n) for j in range(i + 1, n + 1) if j - i < n}


def _beaters(
    keys: list[tuple[str, ...]], hits: tuple[tuple[tuple[str, float], ...], ...]
) -> tuple[frozenset[int], ...]:
    """For each term, the longer terms (by id) that contain it, compared in
    lowercase, and share none of its topics."""
    lowered = [tuple(w.lower() for w in key) for key in keys]
    topics = [{topic for topic, _ in h} for h in hits]
    # Indexed by the runs of words they contain: comparing every pair of terms cost
    # 0.25 s of CPU in each dashboard process's first view and each build.
    containing: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j, longer in enumerate(lowered):
        for run in _runs(longer):
            containing[run].append(j)
    return tuple(
        frozenset(j for j in containing.get(short, ()) if not topics[i] & topics[j])
        for i, short in enumerate(lowered)
    )


def parse_taxonomy(text: str, source: str = DEFAULT_TAXONOMY) -> Taxonomy:
    """A Taxonomy from TOML text; TaxonomyError names ``source``, the line and what is
    wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"{source}: not valid TOML: {exc}") from exc
    entries = data.get("topics")
    if not isinstance(entries, dict) or not entries:
        raise TaxonomyError(f"{source}: no [topics.<id>] tables")
    if FALLBACK not in entries:
        raise TaxonomyError(f"{source}: the fallback topic [topics.{FALLBACK}] is missing")

    def at(topic_id: str, key: str | None = None) -> str:
        return where(source, text, f"topics.{topic_id}", key)

    topics = []
    index: dict[tuple[str, ...], list[tuple[str, float]]] = defaultdict(list)
    exact_index: dict[tuple[str, ...], list[tuple[str, float]]] = defaultdict(list)
    for topic_id, entry in entries.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
            raise TaxonomyError(f"{at(topic_id)}: topic {topic_id!r} needs a label")
        terms = entry.get("terms", {})
        if not isinstance(terms, dict):
            raise TaxonomyError(f"{at(topic_id, 'terms')}: terms of {topic_id!r} must be a table")
        contributions = entry.get("contributions", [])
        if not isinstance(contributions, list) or not all(
            isinstance(c, str) and c.strip() for c in contributions
        ):
            raise TaxonomyError(
                f"{at(topic_id, 'contributions')}: "
                f"contributions of {topic_id!r} must be a list of words"
            )
        for term, weight in terms.items():
            if not isinstance(weight, int | float) or isinstance(weight, bool):
                raise TaxonomyError(
                    f"{at(topic_id, term)}: weight of {topic_id}.{term} is not a number"
                )
            words = _tokens(term)[0]
            if not words:
                raise TaxonomyError(f"{at(topic_id, term)}: empty term in {topic_id!r}")
            exact = any(c.isupper() for c in term)
            (exact_index if exact else index)[_key(words, exact)].append((topic_id, float(weight)))
        topics.append(
            Topic(
                topic_id,
                entry["label"],
                str(entry.get("description", "")),
                dict(terms),
                tuple(contributions),
            )
        )
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    hits = tuple(tuple(h) for h in (*index.values(), *exact_index.values()))
    finders = (_term_finder(list(index), 0, "s"), _term_finder(list(exact_index), len(index), "sS"))
    beaters = _beaters([*index, *exact_index], hits)
    contributed = tuple(
        (t.id, contribution_pattern(t.contributions)) for t in topics if t.contributions
    )
    return Taxonomy(tuple(topics), digest, source, hits, beaters, finders, contributed)


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """The taxonomy shipped in the package, or the TOML file at ``path``."""
    if path is None:
        text = resources.files("digest_data.enrich").joinpath(DEFAULT_TAXONOMY).read_text("utf-8")
        return parse_taxonomy(text, DEFAULT_TAXONOMY)
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy: {exc}") from exc
    return parse_taxonomy(text, str(path))
