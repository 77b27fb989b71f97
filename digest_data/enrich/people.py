"""Authors as people: which author strings are Hugging Face usernames, and which
real name (if any) each username belongs to.

Hugging Face digests list an author who linked an account by username
(``liuziwei7``) and everyone else by name (``Ziwei Liu``). A username is joined to
a real name only when two kinds of evidence agree:

1. *form*: the handle is spelled from the name, the way people make handles
   (given+family, family+given, initials+family, the given name alone, each with
   digits, ``_``, ``-`` or ``.`` around; pinyin given names also by syllable
   initials, ``tfwang`` for Tengfei Wang; a whole-name spelling also with other
   letters around, ``davidlvxin``). Capitals in a handle mark where its words
   start, so ``LidongBing`` cannot be ``Li Dong`` and ``Ningyu`` is not ``Ning`` +
   ``Yu``;
2. *co-authorship*: the two strings were listed for the same paper (two listings
   of one paper id), or share co-authors, or have co-authors that are themselves
   two forms of one person; for a handle spelling the whole name, also two or
   more co-authors who wrote with the other's co-authors (one research group).

A name shared by many people is never enough on its own; a family name found
under no other name in the collection may be, when the handle spells it with the
given name or its initials (``gneubig``). Two strings on one author list are two
people, and a handle two names fit equally well is left apart. Everything here is
pure: author lists in, resolutions out.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: A Hugging Face username: ASCII letters, digits, ``-``, ``_`` and ``.``, no space,
#: at most 42 characters (longer is a broken cell, not a handle).
USERNAME_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,41}"
_USERNAME = re.compile(USERNAME_PATTERN)
#: Words in a handle by its capitals: ``XihuiLiu`` -> Xihui, Liu; ``THUdyh`` -> THU, dyh.
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")

_PINYIN_INITIALS = "zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]"
_PINYIN_FINALS = (
    "iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|er"
    "|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v"
)
_PINYIN_SYLLABLE = re.compile(rf"(?:{_PINYIN_INITIALS})?(?:{_PINYIN_FINALS})")

#: Form kinds, strongest first. ``full`` and ``family-given`` spell the whole
#: name; ``short-given`` the family name and a pinyin given name's first syllable
#: and initials (``DingXiaoH``); ``initials-family`` the family name and the given
#: name's initials;
#: ``given`` (the given name alone) and ``family-initials`` say much less.
STRONG_FORMS = ("full", "family-given", "short-given", "initials-family")
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
    if text.isascii():
        return text.lower()
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
        # A pinyin given name has at most a few syllables; a long word is not one.
        syllables = pinyin_syllables(whole) if len(names) == 1 and len(whole) <= 18 else None
        if syllables and len(syllables) > 1:
            initials.add("".join(s[0] for s in syllables))
            short = syllables[0] + "".join(s[0] for s in syllables[1:])
            forms.add(Form("short-given", (family, short)))
            forms.add(Form("short-given", (short, family)))
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


#: Fewest letters a spelling needs to be found inside a longer handle, and the
#: forms that may be: those that spell the whole name (``chao`` inside
#: ``chaojiemao`` is not Ce Hao).
MIN_AFFIX_KEY = 5
AFFIX_FORMS = ("full", "family-given", "short-given")


def affix_keys(username: str) -> list[tuple[str, tuple[int, ...] | None]]:
    """Spellings a handle may hold with other letters around them: every prefix and
    suffix of its letters of at least ``MIN_AFFIX_KEY`` (``yejinchoinka`` ->
    ``yejinchoi``, ...). When the handle shows words by its capitals, the cut must
    fall where a word starts (``LidongBing`` -> ``Lidong``, never ``Lido``)."""
    letters = re.sub(r"[^A-Za-z]+", "", username)
    starts = _word_starts(letters)
    keys = []
    for cut in range(1, len(letters)):
        if starts is not None and cut not in starts:
            continue
        for part, offset in ((letters[:cut], 0), (letters[cut:], cut)):
            if len(part) >= MIN_AFFIX_KEY:
                inner = (
                    None
                    if starts is None
                    else tuple(s - offset for s in starts if 0 <= s - offset < len(part))
                )
                keys.append((part.lower(), inner))
    return list(dict.fromkeys(keys))


def _rank(cand: Candidate) -> tuple[bool, int]:
    return cand.affix, FORMS.index(cand.form.kind)


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
    if form.kind in ("initials-family", "family-initials"):
        return offsets[1] in starts or len(starts) == 1
    if form.kind == "short-given":
        return offsets[1] in starts
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
    """A name a handle spells. ``affix``: the handle has letters before or after the
    spelling beyond digits and separators (``davidlvxin``, ``haitaominlp``)."""

    username: str
    name: str
    form: Form
    affix: bool = False


#: Author lists longer than this say little about who works with whom (and would
#: make the co-author search quadratic in them): they count for papers only.
MAX_LIST = 50


class Collection:
    """Author lists indexed for resolution: which papers each string is on and with
    whom. ``listings`` are (paper id, author list) pairs, one per listing; a paper
    listed twice (two days or sources) has two."""

    def __init__(self, listings: Iterable[tuple[str, Sequence[str]]]):
        self.papers: dict[str, set[str]] = defaultdict(set)
        self.lists: list[tuple[str, tuple[str, ...]]] = []
        self._where: dict[str, list[int]] = defaultdict(list)
        for paper_id, authors in listings:
            names = tuple(dict.fromkeys(a for a in authors if a))
            if not names:
                continue
            for a in names:
                self.papers[a].add(paper_id)
                self._where[a].append(len(self.lists))
            self.lists.append((paper_id, names))
        self._coauthors: dict[str, dict[str, int]] = {}

    def coauthors(self, name: str) -> dict[str, int]:
        """Other strings on ``name``'s author lists, with on how many papers each.
        Found when first asked: only the strings near a username are ever asked."""
        found = self._coauthors.get(name)
        if found is None:
            papers: dict[str, set[str]] = defaultdict(set)
            for index in self._where.get(name, ()):
                paper_id, names = self.lists[index]
                if len(names) > MAX_LIST:
                    continue
                for other in names:
                    if other != name:
                        papers[other].add(paper_id)
            found = self._coauthors[name] = {b: len(p) for b, p in papers.items()}
        return found

    def listed_together(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` are on one author list (so two people)."""
        return b in self.coauthors(a)


def candidates(collection: Collection) -> list[Candidate]:
    """Every (username, real name, form) where the handle spells a form of the name
    and the capitals fit. Names are indexed by form key, so this is one pass over
    the names and one over the usernames."""
    usernames = [n for n in collection.papers if is_username(n)]
    wanted: dict[str, list[tuple[str, tuple[int, ...] | None, bool]]] = defaultdict(list)
    for user in usernames:
        keys = handle_keys(user)
        for key, starts in keys:
            wanted[key].append((user, starts, False))
        for key, starts in affix_keys(user):
            if key not in dict(keys):
                wanted[key].append((user, starts, True))
    if not wanted:
        return []
    found: list[Candidate] = []
    for name in collection.papers:
        if is_username(name):
            continue
        for form in name_forms(name):
            for user, starts, affix in wanted.get(form.key, ()):
                if affix and (form.kind not in AFFIX_FORMS or len(form.key) < MIN_AFFIX_KEY):
                    continue
                if fits_capitals(form, starts):
                    found.append(Candidate(user, name, form, affix))
    # One candidate per pair: its strongest form, a whole spelling before an affix.
    best: dict[tuple[str, str], Candidate] = {}
    for cand in found:
        pair = (cand.username, cand.name)
        if pair not in best or _rank(cand) < _rank(best[pair]):
            best[pair] = cand
    return sorted(best.values(), key=lambda c: (c.username, c.name))


# ---------------------------------------------------------------------------
# The decision


#: Rules a username may be joined by, strongest first.
JOIN_RULES = ("same-paper", "co-authors", "co-author-group", "rare-family")
#: Co-authors of one string that have written with co-authors of the other: how
#: many make a research group, for a handle that spells the whole name.
MIN_GROUP = 2
#: How often the co-author evidence is recomputed with the joins found so far (a
#: join can make two co-authors one person, which is evidence for the next join).
MAX_ROUNDS = 4


def name_key(name: str) -> str:
    """Real names that differ only in case, accents or spacing (``XIngang Pan``,
    ``Xingang Pan``) share this key and are one person."""
    return " ".join(ascii_fold(name).split())


@dataclass(frozen=True)
class Evidence:
    """Co-authorship between a username and a name: papers both were listed for
    (in different listings), co-authors both have (as people), and co-author pairs
    that are a username and a name the handle spells in full."""

    same_papers: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()
    linked: tuple[tuple[str, str], ...] = ()
    #: Co-authors of either that wrote with a co-author of the other (two steps apart).
    group: tuple[str, ...] = ()

    @property
    def strength(self) -> tuple[int, int, int]:
        return (len(self.same_papers), len(self.shared) + len(self.linked), len(self.group))

    def describe(self) -> str:
        parts = []
        if self.same_papers:
            parts.append("same paper listed under both: " + ", ".join(self.same_papers[:3]))
        if self.shared:
            parts.append("shared co-authors: " + ", ".join(self.shared[:5]))
        if self.linked:
            parts.append(
                "co-authors in two forms: " + ", ".join(f"{a} = {b}" for a, b in self.linked[:5])
            )
        if self.group and not parts:
            parts.append(
                "co-authors who wrote with the other's co-authors: " + ", ".join(self.group[:5])
            )
        return "; ".join(parts)


def family_counts(names: Iterable[str]) -> Counter[str]:
    """How many distinct real names (by ``name_key``) each word appears in, as
    given or family name: a family name borne by one name only is rare."""
    counts: Counter[str] = Counter()
    for key in {name_key(n) for n in names}:
        for word in set(key.replace("-", " ").split()):
            counts[word] += 1
    return counts


class Resolver:
    """Joins usernames to names over one collection (see the module docstring)."""

    def __init__(self, listings: Iterable[tuple[str, Sequence[str]]]):
        self.collection = Collection(listings)
        strings = list(self.collection.papers)
        self.names = [n for n in strings if not is_username(n)]
        self.by_user: dict[str, list[Candidate]] = defaultdict(list)
        for cand in candidates(self.collection):
            if not self.collection.listed_together(cand.username, cand.name):
                self.by_user[cand.username].append(cand)
        self.spelled = {
            (c.username, c.name)
            for cs in self.by_user.values()
            for c in cs
            if c.form.kind in STRONG_FORMS
        }
        self.families = family_counts(self.names)
        self.person_of_name = {n: name_key(n) for n in self.names}
        #: Usernames left apart because two people fit them equally well.
        self.ties: dict[str, list[str]] = {}

    def evidence(self, cand: Candidate, joined: dict[str, str]) -> Evidence:
        """The co-authorship between a candidate's username and name, with the
        usernames joined so far read as their names."""
        coll = self.collection
        same = tuple(sorted(coll.papers[cand.username] & coll.papers[cand.name]))

        def person(s: str) -> str:
            return self.person_of_name.get(joined.get(s, s), joined.get(s, s))

        mine = {person(a): a for a in coll.coauthors(cand.username)}
        theirs = {person(b): b for b in coll.coauthors(cand.name)}
        ends = {person(cand.username), person(cand.name)}
        common = {p for p in mine.keys() & theirs.keys() if p not in ends}
        # Shown as the name side writes them ("Tengfei Wang", not the key).
        shared = tuple(sorted(theirs[p] for p in common))
        linked = tuple(
            sorted(
                (a, b)
                for a in coll.coauthors(cand.username)
                for b in coll.coauthors(cand.name)
                if (a, b) in self.spelled and person(a) not in common and person(b) not in ends
            )
        )
        return Evidence(same, shared, linked, self._group(cand.username, cand.name))

    def _group(self, a: str, b: str) -> tuple[str, ...]:
        coll = self.collection
        mine, theirs = set(coll.coauthors(a)), set(coll.coauthors(b))
        near = {c for c in mine if theirs & coll.coauthors(c).keys()}
        near |= {c for c in theirs if mine & coll.coauthors(c).keys()}
        return tuple(sorted(near - {a, b}))

    def one_group(self, name: str) -> bool:
        """Whether a name's papers hang together: each shares a co-author with
        another (or there is only one). A name on papers of unconnected groups
        may be several people, and a group near one of them says nothing."""
        coll = self.collection
        papers = [
            {a for a in names if a != name}
            for index in coll._where.get(name, ())
            for _, names in [coll.lists[index]]
        ]
        reached, todo = set(), [0] if papers else []
        while todo:
            i = todo.pop()
            if i not in reached:
                reached.add(i)
                todo += [
                    j for j in range(len(papers)) if j not in reached and papers[i] & papers[j]
                ]
        return len(reached) == len(papers)

    def rule_for(self, cand: Candidate, evidence: Evidence, alone: bool) -> str | None:
        """The rule that joins this candidate, or None."""
        if evidence.same_papers:
            return "same-paper"
        if evidence.shared or evidence.linked:
            return "co-authors"
        if cand.affix:
            return None
        if (
            alone
            and cand.form.kind in ("full", "family-given")
            and len(evidence.group) >= MIN_GROUP
            and self.one_group(cand.name)
        ):
            return "co-author-group"
        parts = name_words(cand.name)
        if (
            alone
            and parts is not None
            and cand.form.kind in STRONG_FORMS
            and len(parts[1]) >= 4
            and self.families[parts[1]] == 1
            and len(cand.form.key) >= MIN_RARE_HANDLE
        ):
            return "rare-family"
        return None

    def joins(self) -> dict[str, tuple[Candidate, str, Evidence]]:
        """username -> (the candidate it joins, rule, evidence), to a fixed point."""
        joined: dict[str, str] = {}
        result: dict[str, tuple[Candidate, str, Evidence]] = {}
        for _ in range(MAX_ROUNDS):
            found = {}
            for user, cands in self.by_user.items():
                people = {self.person_of_name[c.name] for c in cands if not c.affix}
                options = []
                for cand in cands:
                    ev = self.evidence(cand, joined)
                    rule = self.rule_for(cand, ev, alone=len(people) == 1)
                    if rule:
                        options.append((JOIN_RULES.index(rule), ev.strength, cand, rule, ev))
                if not options:
                    continue
                options.sort(key=lambda o: (o[0], *(-x for x in o[1]), _rank(o[2])))
                best = options[0]
                rivals = [
                    o
                    for o in options[1:]
                    if o[:2] == best[:2]
                    and self.person_of_name[o[2].name] != self.person_of_name[best[2].name]
                ]
                if rivals:
                    self.ties[user] = [best[2].name] + [o[2].name for o in rivals]
                else:
                    self.ties.pop(user, None)
                    found[user] = best[2:]
            if {u: c.name for u, (c, _, _) in found.items()} == joined:
                break
            joined = {u: c.name for u, (c, _, _) in found.items()}
            result = found
        return result

    def resolve(self) -> list[Resolution]:
        """One resolution per author string, in order of first appearance."""
        joins = self.joins()
        display = display_names(self.names, self.collection)
        out = []
        for name in self.collection.papers:
            papers = len(self.collection.papers[name])
            if not is_username(name):
                person = display[self.person_of_name[name]]
                rule, evidence = "name", ""
                if person != name:
                    rule, evidence = (
                        "same-spelling",
                        f"differs from {person} only in case or accents",
                    )
                out.append(Resolution(name, person, papers, False, rule, "", evidence))
            elif name in joins:
                cand, rule, ev = joins[name]
                person = display[self.person_of_name[cand.name]]
                spelled = f"spells {cand.name!r} ({cand.form.kind})"
                if rule == "rare-family":
                    family = name_words(cand.name)[1]
                    detail = f"family name {family!r} is borne by no other name here"
                else:
                    detail = ev.describe()
                out.append(
                    Resolution(
                        name, person, papers, True, rule, cand.form.kind, f"{spelled}; {detail}"
                    )
                )
            else:
                options = self.by_user.get(name, [])
                if name in self.ties:
                    names = " and ".join(repr(n) for n in self.ties[name])
                    rule, evidence = "unmatched", f"spells {names} equally well: left apart"
                elif options:
                    spelled = ", ".join(f"{c.name!r} ({c.form.kind})" for c in options[:3])
                    evidence = f"spells {spelled} but no co-author links them"
                    rule = "unmatched"
                else:
                    rule, evidence = "unmatched", "spells no name in the collection"
                out.append(Resolution(name, name, papers, True, rule, "", evidence))
        return out


def display_rank(name: str, papers: int) -> tuple[bool, int, bool, str]:
    """Which spelling of a person's name to show, smallest first: one whose every
    word starts with one capital (``Binjie Luo`` over ``Binjie luo``, ``Xingang Pan``
    over ``XIngang Pan``); then the most used; then one with accents (``Clément``
    over ``Clement``); then the first by name."""
    cased = all(w[:1].isupper() and not w[1:2].isupper() for w in name.split())
    return (not cased, -papers, name.isascii(), name)


def display_names(names: Sequence[str], collection: Collection) -> dict[str, str]:
    """Each person key's display name among its spellings (``display_rank``)."""
    best: dict[str, str] = {}
    for name in names:
        key = name_key(name)
        rank = display_rank(name, len(collection.papers[name]))
        if key not in best or rank < display_rank(best[key], len(collection.papers[best[key]])):
            best[key] = name
    return best


def resolve(listings: Iterable[tuple[str, Sequence[str]]]) -> list[Resolution]:
    """Resolve every author string of a collection to a person. ``listings`` are
    (paper id, author list) pairs, one per listing of a paper."""
    return Resolver(listings).resolve()
