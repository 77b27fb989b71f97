"""The terms of a paper: the words and two-to-three-word phrases of its title and
summary that a researcher would call a subject (``GRPO``, ``test-time scaling``,
``vision-language-action``), not the everyday English of the summaries' template.

A term is kept when it is not everyday English (by ``wordfreq``'s frequency of the
word in general English), or, when it is, when the papers' own titles use it: titles
are written by the authors, while the machine-written summaries' template drifts
("practitioners", "methodology", "key finding" come and go with it). Case and plural
variants are one term (``LLM``, ``LLMs``, ``llms``), shown in their most common
spelling. Counts are per paper, not per token."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd
from wordfreq import zipf_frequency

from ..store.stop_words import ENGLISH_STOP_WORDS

#: A word at or above this Zipf frequency in general English (about one in 30,000
#: words: "framework" 4.2, "practitioners" 3.4, "diffusion" 3.3, "multimodal" 1.3)
#: is everyday English.
EVERYDAY_ZIPF = 3.0
#: An everyday word, or a phrase, is a subject when at least this share of the
#: papers that use it have it in their title.
TITLE_SHARE = 0.15
#: The commonest English words ("large", "simple", "image", "memory": the few
#: thousand most frequent) are subjects alone only when most of their papers have
#: them in the title ("video", "survey"); otherwise as part of a phrase
#: ("image generation").
COMMON_ZIPF, COMMON_TITLE_SHARE = 4.5, 0.5
#: A rarer word written in lower case ("distillation", but also "impactful") is a
#: subject when at least this share of its papers have it in their title; one
#: written like a name (``LoRA``, ``GPT-4``, ``SFT``) needs none.
RARE_TITLE_SHARE = 0.05
#: The longest phrase, in words.
MAX_WORDS = 3
#: A phrase is a fragment of a longer one, not a term, when at least this share of
#: the papers using it always follow it with one same word ("multimodal large
#: language" -> "model"): a three-word cut of a longer name.
FRAGMENT_SHARE = 0.8
#: ... and at least this many papers do: two papers may share a next word by chance.
FRAGMENT_PAPERS = 3

_WORD = re.compile(r"[0-9]*[A-Za-z][A-Za-z0-9]*(?:\.[0-9]+)?(?:-[A-Za-z0-9]+(?:\.[0-9]+)?)*")
# Sizes and counts (7B, 70B, 1M, 4K) are not subjects.
_SIZE = re.compile(r"[0-9.]+[KMBTkmbt]")
_NAMED = re.compile(r"^.+[A-Z]|[0-9]")
# Phrases do not run across punctuation, brackets or dashes.
_CLAUSE = re.compile(r"[,;:!?()\[\]{}\"“”|/]|\.(?=\s|$)|\s[-–—]+\s|[–—]")
_POSSESSIVE = re.compile(r"['’]s\b")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"s", "e", "g", "i", "et", "al", "vs", "via"}
#: Function words a three-word phrase may have in the middle ("mixture of experts").
_MIDDLE = frozenset({"of", "for", "and", "to", "in", "on", "with"})


@lru_cache(maxsize=500_000)
def term_key(word: str) -> str:
    """The case- and plural-free form of a word or phrase: ``LLMs`` -> ``llm``,
    ``strategies`` -> ``strategy``, ``diffusion models`` -> ``diffusion model``."""
    words = word.lower().split(" ")
    words[-1] = _singular(words[-1])
    return " ".join(words)


_IRREGULAR = {"biases": "bias", "series": "series", "species": "species", "aliases": "alias"}


def _singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word[-1] != "s" or word.endswith(("ss", "us", "is", "as", "ous")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


@lru_cache(maxsize=200_000)
def is_everyday(key: str) -> bool:
    """True when every word of ``key``, and every part of a hyphenated word, is
    common in general English (``real-world`` is; ``vision-language-action`` is
    too, and is kept by the titles that use it; ``test-time`` is, ``GRPO`` is not)."""
    return all(
        zipf_frequency(part, "en") >= EVERYDAY_ZIPF
        for word in key.split(" ")
        for part in word.split("-")
    )


def _is_stop(word: str) -> bool:
    return word.lower() in _STOP or len(word) < 2 or bool(_SIZE.fullmatch(word))


def _is_named(word: str) -> bool:
    return " " not in word and bool(_NAMED.search(word))


def candidates(text: str) -> list[str]:
    """The words and phrases of ``text`` that could be terms, as written: words of
    two or more characters that are not function words, and phrases of two to
    ``MAX_WORDS`` words within one clause that neither start nor end with one."""
    return _candidates(text)[0]


def _candidates(text: str) -> tuple[list[str], list[str | None]]:
    """``candidates``, and beside each the ``term_key`` of the word after it in its
    clause: None for a single word, "" for a phrase at a clause's end or before a
    function word (see ``FRAGMENT_SHARE``)."""
    found: list[str] = []
    afters: list[str | None] = []
    append, after_is = found.append, afters.append
    for clause in _CLAUSE.split(_POSSESSIVE.sub("", text)):
        words = _WORD.findall(clause)
        kinds = [_kind(w) for w in words]
        count = len(words)
        for i, word in enumerate(words):
            if kinds[i][0]:
                continue
            append(word)
            after_is(None)
            # A phrase ends on a word that is not a stop word; it grows past a word
            # only while that word may sit inside a phrase.
            for end in range(i + 1, i + MAX_WORDS if i + MAX_WORDS < count else count):
                stop, joins = kinds[end]
                if not stop:
                    append(" ".join(words[i : end + 1]))
                    nxt = end + 1
                    # _facts: the next word is a candidate too, looked up once either way
                    after_is("" if nxt >= count or kinds[nxt][0] else _facts(words[nxt])[0])
                if not joins:
                    break
    return found, afters


@lru_cache(maxsize=200_000)
def _kind(word: str) -> tuple[bool, bool]:
    """Whether ``word`` is a stop word, and whether it may sit inside a phrase (a
    stop word only when it is a joining word)."""
    stop = _is_stop(word)
    return stop, not stop or word.lower() in _MIDDLE


@lru_cache(maxsize=500_000)
def _facts(found: str) -> tuple[str, bool]:
    """``term_key`` and ``_is_named`` of a candidate, in one cache lookup (most
    candidates are seen once, so a second cache would only cost)."""
    return term_key.__wrapped__(found), _is_named(found)


def paper_terms(papers: pd.DataFrame) -> pd.DataFrame:
    """Candidate terms of each distinct paper: columns paper_id, key, surface (as
    written, in the summary when it has the term), in_title, named (written like a
    name: a capital after a word's first letter, or a digit). One row per paper and
    key; a paper listed by several sources or days counts once, with its longest
    summary. The three text columns are categorical: there are about 125 rows a
    paper, and a string column held each row's own copy (1.4 GB at 50,000 papers)."""
    text = papers[["paper_id", "title", "summary"]].copy()
    text["summary"] = text["summary"].fillna("")
    text = text.iloc[text["summary"].str.len().argsort(kind="stable")[::-1]]
    text = text.drop_duplicates("paper_id")
    found = _Found()
    titles, summaries = _objects(text["title"]), _objects(text["summary"])
    for row, (title, summary) in enumerate(zip(titles, summaries, strict=True)):
        found.add(row, *_terms_of(title or "", summary))
    return found.frame(_objects(text["paper_id"]))


def _terms_of(
    title: str, summary: str
) -> tuple[dict[str, str], set[str], set[str], dict[str, str]]:
    """One paper's terms: each key's first spelling (the summary's before the
    title's), the keys written like a name somewhere, the title's keys, and each
    phrase key's next word when the paper always follows it with the same one
    (only those: a phrase followed by different words, or by none, is left out)."""
    seen: dict[str, str] = {}
    named: set[str] = set()
    follows: dict[str, str] = {}
    from_title, title_afters = _candidates(title)
    in_summary, summary_afters = _candidates(summary)
    for found, after in zip(in_summary + from_title, summary_afters + title_afters, strict=True):
        key, is_named = _facts(found)
        if key not in seen:
            seen[key] = found
        if is_named:
            named.add(key)
        if after is not None and follows.setdefault(key, after) != after:
            follows[key] = ""
    return seen, named, {_facts(c)[0] for c in from_title}, {k: w for k, w in follows.items() if w}


class _Found:
    """The rows of ``paper_terms`` as they are found, each string stored once."""

    def __init__(self) -> None:
        self.rows, self.keys, self.surfaces = array("i"), array("i"), array("i")
        self.in_title, self.named = bytearray(), bytearray()
        # Few rows have a next word: (row, key, word) of those only.
        self.next_rows, self.next_keys, self.next_words = array("i"), array("i"), array("i")
        self.key_codes: dict[str, int] = {}
        self.surface_codes: dict[str, int] = {}
        self.next_codes: dict[str, int] = {"": 0}

    def add(
        self,
        row: int,
        seen: dict[str, str],
        named: set[str],
        in_title: set[str],
        follows: dict[str, str],
    ) -> None:
        key_codes, surface_codes, next_codes = self.key_codes, self.surface_codes, self.next_codes
        self.rows.extend([row] * len(seen))
        self.keys.extend(key_codes.setdefault(key, len(key_codes)) for key in seen)
        self.surfaces.extend(surface_codes.setdefault(s, len(surface_codes)) for s in seen.values())
        self.in_title.extend(key in in_title for key in seen)
        self.named.extend(key in named for key in seen)
        for key, word in follows.items():
            self.next_rows.append(row)
            self.next_keys.append(key_codes[key])
            self.next_words.append(next_codes.setdefault(word, len(next_codes)))

    def _nexts(self) -> np.ndarray:
        """The next-word code of every row, 0 ("") where none was stored."""
        rows, keys = (np.frombuffer(a, dtype=np.int32) for a in (self.rows, self.keys))
        width = np.int64(len(self.key_codes))
        every = rows.astype(np.int64) * width + keys
        stored = np.frombuffer(self.next_rows, dtype=np.int32).astype(np.int64) * width
        stored += np.frombuffer(self.next_keys, dtype=np.int32)
        order = np.argsort(stored, kind="stable")
        stored, words = stored[order], np.frombuffer(self.next_words, dtype=np.int32)[order]
        at = np.minimum(np.searchsorted(stored, every), max(len(stored) - 1, 0))
        found = stored[at] == every if len(stored) else np.zeros(len(every), dtype=bool)
        codes = np.zeros(len(every), dtype=np.int32)
        codes[found] = words[at[found]]
        return codes

    def frame(self, paper_ids: np.ndarray) -> pd.DataFrame:
        def categorical(codes: array | np.ndarray, values: Iterable[str]) -> pd.Categorical:
            return pd.Categorical.from_codes(np.frombuffer(codes, dtype=np.int32), _objects(values))

        columns = {
            "paper_id": categorical(self.rows, paper_ids),
            "key": categorical(self.keys, self.key_codes),
            "surface": categorical(self.surfaces, self.surface_codes),
            "in_title": np.frombuffer(self.in_title, dtype=bool),
            "named": np.frombuffer(self.named, dtype=bool),
            "next": categorical(self._nexts(), self.next_codes),
        }
        return pd.DataFrame(columns, columns=list(_TERM_COLUMNS))


_TERM_COLUMNS = ("paper_id", "key", "surface", "in_title", "named", "next")


def is_subject(key: str, title_share: float, named: bool) -> bool:
    """Whether a term is a subject rather than the template's English: see the
    module's docstring and ``TITLE_SHARE``, ``RARE_TITLE_SHARE``."""
    if " " not in key and "-" not in key and zipf_frequency(key, "en") >= COMMON_ZIPF:
        return title_share >= COMMON_TITLE_SHARE
    if " " in key or is_everyday(key):
        return title_share >= TITLE_SHARE
    return named or title_share >= RARE_TITLE_SHARE


def subject_terms(terms: pd.DataFrame, min_papers: int = 2) -> pd.DataFrame:
    """The rows of ``paper_terms`` whose key is a subject (``is_subject``) used by at
    least ``min_papers`` papers, with ``item``, the key's most common spelling."""
    if terms.empty:
        return _as_strings(terms).assign(item=pd.Series(dtype=object))
    stats = terms.groupby("key", sort=False, observed=True).agg(
        size=("in_title", "size"), title=("in_title", "mean"), named=("named", "mean")
    )
    stats = stats[stats["size"] >= min_papers]
    subjects = {
        key
        for key, share, named in zip(stats.index, stats["title"], stats["named"], strict=True)
        if is_subject(key, share, named >= 0.5)
    }
    keep = subjects - _cut_names(_fragments(terms, stats.loc[list(subjects), "size"]), subjects)
    kept = _as_strings(terms[terms["key"].isin(keep)])
    return kept.assign(item=kept["key"].map(spellings(kept["key"], kept["surface"])))


def _fragments(terms: pd.DataFrame, papers: pd.Series) -> dict[str, str]:
    """The keys of ``papers`` (key -> papers using it: the subjects) that at least
    ``FRAGMENT_SHARE`` of their papers, and ``FRAGMENT_PAPERS``, always follow with
    one same word, and that word ("benchmark for large" -> "language")."""
    continued = terms[(terms["next"] != "") & terms["key"].isin(papers.index)]
    if continued.empty:
        return {}
    pairs = continued.groupby(["key", "next"], observed=True).size().rename("n").reset_index()
    best = pairs.sort_values("n", ascending=False, kind="stable").drop_duplicates("key")
    share = best["n"].to_numpy() / papers.reindex(best["key"]).to_numpy()
    best = best[(share >= FRAGMENT_SHARE) & (best["n"] >= FRAGMENT_PAPERS)]
    return dict(zip(best["key"].astype(str), best["next"].astype(str), strict=True))


def _cut_names(fragments: dict[str, str], subjects: set[str]) -> set[str]:
    """The fragments (of ``subjects``) that are no term of their own: a cut at the
    longest phrase (``MAX_WORDS``), whose whole name cannot be a term, or one whose
    continuation is a subject ("large language" of "large language model").
    "process reward" stays when "process reward model" is no subject by itself."""
    return {
        key
        for key, after in fragments.items()
        if key.count(" ") + 1 >= MAX_WORDS or f"{key} {after}" in subjects
    }


def _as_strings(terms: pd.DataFrame) -> pd.DataFrame:
    """``terms`` with its text columns as strings (``paper_terms`` gives categories)."""
    return terms.astype({name: "str" for name in ("paper_id", "key", "surface", "next")})


def spellings(keys: Iterable[str], surfaces: Iterable[str]) -> dict[str, str]:
    """Each key's most common spelling (ties: the first seen); a plural spelling
    gives way to its singular when both are used (``LLM`` over ``LLMs``)."""
    frame = pd.DataFrame({"key": _objects(keys), "surface": _objects(surfaces)})
    counts = frame.groupby(["key", "surface"], sort=False).size().rename("n").reset_index()
    counts["singular"] = counts["surface"].str.lower() == counts["key"]
    # Within a key: singular spellings first, then the commoner, then the first seen.
    counts = counts.sort_values(["singular", "n"], ascending=False, kind="stable")
    best = counts.drop_duplicates("key")
    return dict(zip(best["key"], best["surface"], strict=True))


def _objects(values: Iterable[str]) -> np.ndarray:
    # Iterating an Arrow-backed column one string at a time is many times slower
    # than converting it whole.
    if isinstance(values, pd.Series):
        return values.to_numpy(dtype=object)
    return np.array(list(values), dtype=object)
