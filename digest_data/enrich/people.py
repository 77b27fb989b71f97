"""Authors as people: which author strings are Hugging Face usernames, and which
real name (if any) each username belongs to.

Hugging Face digests list an author who linked an account by username
(``liuziwei7``) and everyone else by name (``Ziwei Liu``). A username is joined to
a real name only when two kinds of evidence agree:

1. *form*: the handle is spelled from the name, the way people make handles
   (given+family, family+given, initials+family, the given name alone, each with
   digits, ``_``, ``-`` or ``.`` around; pinyin given names also by syllable
   initials, ``tfwang`` for Tengfei Wang). Capitals in a handle mark where its
   words start, so ``LidongBing`` cannot be ``Li Dong`` and ``Ningyu`` is not
   ``Ning`` + ``Yu``;
2. *co-authorship*: the two strings were listed for the same paper (two listings
   of one paper id), or share co-authors, or have co-authors that are themselves
   two forms of one person.

A name shared by many people is never enough on its own; a family name found
under no other name in the collection may be, when the handle spells it with the
given name or its initials (``gneubig``). Two strings on one author list are two
people. Everything here is pure: author lists in, resolutions out.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: A Hugging Face username: ASCII letters, digits, ``-``, ``_`` and ``.``, no space.
_USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: Words in a handle by its capitals: ``XihuiLiu`` -> Xihui, Liu; ``THUdyh`` -> THU, dyh.
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
_LETTER_RUN = re.compile(r"[a-z]+")

_PINYIN_INITIALS = "zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]"
_PINYIN_FINALS = (
    "iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|er"
    "|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v"
)
_PINYIN_SYLLABLE = re.compile(rf"(?:{_PINYIN_INITIALS})?(?:{_PINYIN_FINALS})")

#: Form kinds, strongest first. ``full`` and ``family-given`` spell the whole
#: name; ``initials-family`` spells the family name and the given name's initials;
#: ``given`` (the given name alone) and ``family-initials`` say much less.
STRONG_FORMS = ("full", "family-given", "initials-family")
WEAK_FORMS = ("given", "family-initials")
FORMS = STRONG_FORMS + WEAK_FORMS
#: Shortest given name that may stand alone as a handle (``wenhu``, ``Ningyu``).
MIN_GIVEN_ALONE = 5
#: Shortest handle (letters) that a family name seen under no other name may join
#: without co-authors.
MIN_RARE_HANDLE = 6


def is_username(name: str) -> bool:
    """Whether an author string is a Hugging Face username rather than a name:
    no space, and only the characters a username may have."""
    return _USERNAME.fullmatch(name) is not None


def ascii_fold(text: str) -> str:
    """Lower case ASCII letters of ``text`` (accents dropped: ``Jürgen`` -> ``jurgen``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii()).lower()


@functools.lru_cache(maxsize=4096)
def pinyin_syllables(word: str) -> tuple[str, ...] | None:
    """``word`` (lower case) cut into pinyin syllables, fewest first, or None when it
    is not pinyin: ``tengfei`` -> (teng, fei)."""
    if not word:
        return ()
    best = None
    for match in _prefixes(word):
        rest = pinyin_syllables(word[len(match) :])
        if rest is not None and (best is None or len(rest) + 1 < len(best)):
            best = (match, *rest)
    return best


def _prefixes(word: str) -> list[str]:
    """The pinyin syllables ``word`` starts with."""
    found = []
    for end in range(1, min(len(word), 6) + 1):
        if _PINYIN_SYLLABLE.fullmatch(word[:end]):
            found.append(word[:end])
    return found


@dataclass(frozen=True)
class Form:
    """One way a handle may spell a name: its kind and its words in order
    (``("liu", "ziwei")`` for family-given)."""

    kind: str
    words: tuple[str, ...]

    @property
    def key(self) -> str:
        return "".join(self.words)


def name_words(name: str) -> tuple[tuple[str, ...], str] | None:
    """A real name's given-name words and family name, folded to ASCII; ``Jia-Bin
    Huang`` -> ((jia, bin), huang). None when the name has fewer than two words."""
    words = [ascii_fold(w) for w in re.split(r"[\s]+", name.strip())]
    words = [re.sub(r"[^a-z-]", "", w) for w in words]
    words = [w for w in words if w.strip("-")]
    if len(words) < 2:
        return None
    given = tuple(p for w in words[:-1] for p in w.split("-") if p)
    family = words[-1].replace("-", "")
    return (given, family) if given and family else None


def name_forms(name: str) -> list[Form]:
    """Every handle form of a real name (without digits and separators, which a
    handle may add anywhere)."""
    parts = name_words(name)
    if parts is None:
        return []
    given, family = parts
    # A middle initial ("Ryan A. Rossi") is seldom in a handle: forms with and without.
    variants = {given, tuple(g for g in given if len(g) > 1) or given}
    forms: set[Form] = set()
    for names in variants:
        whole = "".join(names)
        initials = {"".join(g[0] for g in names)}
        syllables = pinyin_syllables(whole) if len(names) == 1 else None
        if syllables and len(syllables) > 1:
            initials.add("".join(s[0] for s in syllables))
        forms.add(Form("full", (*names, family)))
        forms.add(Form("family-given", (family, *names)))
        for initial in initials:
            forms.add(Form("initials-family", (initial, family)))
            forms.add(Form("family-initials", (family, initial)))
        if len(whole) >= MIN_GIVEN_ALONE:
            forms.add(Form("given", names))
    return sorted(forms, key=lambda f: (FORMS.index(f.kind), f.words))


def handle_keys(username: str) -> list[tuple[str, tuple[int, ...] | None]]:
    """What a handle may spell: its letters without digits and separators, and each
    run of three or more letters between them (``yshan2u`` -> yshanu, yshan). With
    each, the offsets where its words start by its capitals, or None for a handle in
    one case (whose words cannot be seen)."""
    keys: list[tuple[str, tuple[int, ...] | None]] = []
    pieces = re.split(r"[^A-Za-z]+", username)
    whole = "".join(pieces)
    for text in [whole] + [p for p in pieces if len(p) >= 3 and p != whole]:
        keys.append((text.lower(), _word_starts(text)))
    return [(k, s) for k, s in dict.fromkeys(keys) if k]


def _word_starts(text: str) -> tuple[int, ...] | None:
    if text.islower() or text.isupper():
        return None
    starts, at = [], 0
    for word in _CAMEL_WORD.findall(text):
        at = text.index(word, at)
        starts.append(at)
        at += len(word)
    return tuple(starts)


def fits_capitals(form: Form, starts: tuple[int, ...] | None) -> bool:
    """Whether a form's words begin where the handle's capitals say words begin:
    ``XihuiLiu`` fits (xihui, liu), ``Ningyu`` does not fit (ning, yu). Initials are
    written either way (``JBHuang``, ``Jbhuang``), so only the word after them counts."""
    if starts is None:
        return True
    offsets, at = [], 0
    for word in form.words:
        offsets.append(at)
        at += len(word)
    if form.kind == "initials-family":
        return offsets[1] in starts or len(starts) == 1
    if form.kind == "family-initials":
        return offsets[1] in starts or len(starts) == 1
    return set(offsets) == set(starts)


def form_matches(username: str, name: str) -> list[Form]:
    """The forms of ``name`` that ``username`` spells, strongest first."""
    keys = handle_keys(username)
    return [
        form
        for form in name_forms(name)
        if any(form.key == key and fits_capitals(form, starts) for key, starts in keys)
    ]


# ---------------------------------------------------------------------------
# Resolution over a collection


@dataclass(frozen=True)
class Resolution:
    """How one author string resolved: ``person`` is the display name of the person
    (the string itself when unresolved)."""

    name: str
    person: str
    papers: int
    is_username: bool
    rule: str
    form: str
    evidence: str


@dataclass(frozen=True)
class Candidate:
    username: str
    name: str
    form: Form


class Collection:
    """Author lists indexed for resolution: which papers each string is on and with
    whom. ``listings`` are (paper id, author list) pairs, one per listing; a paper
    listed twice (two days or sources) has two."""

    def __init__(self, listings: Iterable[tuple[str, Sequence[str]]]):
        self.papers: dict[str, set[str]] = defaultdict(set)
        self.lists: list[tuple[str, tuple[str, ...]]] = []
        for paper_id, authors in listings:
            names = tuple(dict.fromkeys(a for a in authors if a))
            if not names:
                continue
            self.lists.append((paper_id, names))
            for a in names:
                self.papers[a].add(paper_id)
        self._coauthors: dict[str, Counter[str]] | None = None

    def coauthors(self, name: str) -> Counter[str]:
        """Other strings on ``name``'s author lists, with how many papers each."""
        if self._coauthors is None:
            index: dict[str, Counter[str]] = defaultdict(Counter)
            seen: set[tuple[str, str, str]] = set()
            for paper_id, names in self.lists:
                for a in names:
                    for b in names:
                        if a != b and (paper_id, a, b) not in seen:
                            seen.add((paper_id, a, b))
                            index[a][b] += 1
            self._coauthors = index
        return self._coauthors.get(name, Counter())

    def listed_together(self, a: str, b: str) -> bool:
        return b in self.coauthors(a)


def candidates(collection: Collection) -> list[Candidate]:
    """Every (username, real name, form) where the handle spells a form of the name
    and the capitals fit. Names are indexed by form key, so this is one pass over
    the names and one over the usernames."""
    usernames = [n for n in collection.papers if is_username(n)]
    wanted: dict[str, list[tuple[str, tuple[int, ...] | None]]] = defaultdict(list)
    for user in usernames:
        for key, starts in handle_keys(user):
            wanted[key].append((user, starts))
    if not wanted:
        return []
    found: list[Candidate] = []
    for name in collection.papers:
        if is_username(name):
            continue
        for form in name_forms(name):
            for user, starts in wanted.get(form.key, ()):
                if fits_capitals(form, starts):
                    found.append(Candidate(user, name, form))
    # One candidate per pair: its strongest form.
    best: dict[tuple[str, str], Candidate] = {}
    for cand in found:
        pair = (cand.username, cand.name)
        if pair not in best or FORMS.index(cand.form.kind) < FORMS.index(best[pair].form.kind):
            best[pair] = cand
    return sorted(best.values(), key=lambda c: (c.username, c.name))
