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

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .handles import (
    AFFIX_FORMS,
    FORMS,
    MIN_AFFIX_KEY,
    STRONG_FORMS,
    Form,
    affix_keys,
    fits_capitals,
    handle_keys,
    is_username,
    name_forms,
    name_key,
    name_words,
    writes_whole_name,
)

#: Shortest handle (letters) that a family name seen under no other name may join
#: without co-authors.
MIN_RARE_HANDLE = 6


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


def _rank(cand: Candidate) -> tuple[bool, int]:
    """Candidates of one pair, best first: a whole spelling before an affix, then
    the stronger form."""
    return cand.affix, FORMS.index(cand.form.kind)


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


#: Part of the build's cache key: bump when who is joined to whom changes, so that a
#: build after an upgrade resolves its authors again. r2: a whole spelling of one name
#: is not held back by a given-name match of another.
PEOPLE_VERSION = "r2"
#: Forms that spell a name whole, given and family name both.
_WHOLE_FORMS = ("full", "family-given")
#: Rules a username may be joined by, strongest first.
JOIN_RULES = ("same-paper", "co-authors", "co-author-group", "whole-name", "rare-family")
#: Co-authors of one string that have written with co-authors of the other: how
#: many make a research group, for a handle that spells the whole name.
MIN_GROUP = 2
#: How often the co-author evidence is recomputed with the joins found so far (a
#: join can make two co-authors one person, which is evidence for the next join).
MAX_ROUNDS = 4


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
        if alone and writes_whole_name(cand.username, cand.form) and self.one_group(cand.name):
            return "whole-name"
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

    def people_spelt(self, cands: Sequence[Candidate]) -> set[str]:
        """The people a handle's candidates could be: those it spells whole when it
        spells one whole ("Xingang-Pan" is Xingang Pan, not Xingang Guo, whom it only
        spells by a given name), else all it spells without an affix."""
        plain = [c for c in cands if not c.affix]
        whole = [c for c in plain if c.form.kind in _WHOLE_FORMS]
        return {self.person_of_name[c.name] for c in (whole or plain)}

    def joins(self) -> dict[str, tuple[Candidate, str, Evidence]]:
        """username -> (the candidate it joins, rule, evidence), to a fixed point."""
        joined: dict[str, str] = {}
        result: dict[str, tuple[Candidate, str, Evidence]] = {}
        for _ in range(MAX_ROUNDS):
            found = {}
            for user, cands in self.by_user.items():
                people = self.people_spelt(cands)
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
                elif rule == "whole-name":
                    detail = (
                        "the handle writes the whole name, each word marked, and no other name fits"
                    )
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
