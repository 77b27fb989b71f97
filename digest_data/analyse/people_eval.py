"""Measure the author resolver against labelled (username, real name) pairs.

Two figures, as the project states its targets: the share of labelled same-person
pairs that the resolver joins (usernames joined to their person), and the share of
labelled look-alike pairs it keeps apart. The labels (``tests/data/people_pairs.jsonl``,
see ``tests/data/PEOPLE_LABELING.md``) name a month; the rule was tuned on some
months and the others are held out.

    .venv/bin/digest-data evaluate-people data/digests
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..enrich.people import Resolution, resolve
from ..store.dataset import build
from ..store.load import load

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "tests" / "data" / "people_pairs.jsonl"
#: Months whose pairs the decision rule was tuned on; every other month is held out.
TUNED_MONTHS = ("2024-09", "2024-10")
#: The project's targets (on months it keeps to itself).
TARGET_JOINED = 0.80
TARGET_APART = 0.97


@dataclass(frozen=True)
class Pair:
    username: str
    name: str
    same: bool
    month: str


@dataclass(frozen=True)
class PairScore:
    """Same-person pairs joined and look-alike pairs kept apart."""

    joined: int
    same: int
    apart: int
    different: int
    missed: tuple[Pair, ...]
    merged: tuple[Pair, ...]

    @property
    def joined_share(self) -> float:
        return self.joined / self.same if self.same else 1.0

    @property
    def apart_share(self) -> float:
        return self.apart / self.different if self.different else 1.0


def read_pairs(path: str | Path = PAIRS) -> list[Pair]:
    with open(path, encoding="utf-8") as handle:
        return [
            Pair(row["username"], row["name"], bool(row["same"]), row["month"])
            for row in map(json.loads, handle)
        ]


def score(pairs: Iterable[Pair], person: Mapping[str, str]) -> PairScore:
    """Score pairs against ``person`` (author string -> person). A string the
    resolver never saw is its own person."""
    missed, merged = [], []
    joined = apart = same = different = 0
    for pair in pairs:
        together = person.get(pair.username, pair.username) == person.get(pair.name, pair.name)
        if pair.same:
            same += 1
            joined += together
            if not together:
                missed.append(pair)
        else:
            different += 1
            apart += not together
            if together:
                merged.append(pair)
    return PairScore(joined, same, apart, different, tuple(missed), tuple(merged))


def persons(resolutions: Iterable[Resolution]) -> dict[str, str]:
    return {r.name: r.person for r in resolutions}


def split(
    pairs: list[Pair], tuned: tuple[str, ...] = TUNED_MONTHS
) -> tuple[list[Pair], list[Pair]]:
    """(tuned-on pairs, held-out pairs)."""
    return [p for p in pairs if p.month in tuned], [p for p in pairs if p.month not in tuned]


def listings_of(papers) -> list[tuple[str, list[str]]]:
    """(paper id, authors) per row of a papers DataFrame."""
    return [(pid, list(a)) for pid, a in zip(papers["paper_id"], papers["authors"], strict=True)]


def in_papers(pairs: Iterable[Pair], papers) -> list[Pair]:
    """The pairs whose username and name are both authors of ``papers``."""
    authors = {name for listed in papers["authors"] for name in listed}
    return [p for p in pairs if p.username in authors and p.name in authors]


def format_score(label: str, result: PairScore) -> str:
    return (
        f"{label}: usernames joined to their person {result.joined}/{result.same} "
        f"= {result.joined_share:.1%} (target {TARGET_JOINED:.0%}); look-alikes kept apart "
        f"{result.apart}/{result.different} = {result.apart_share:.1%} (target {TARGET_APART:.0%})"
    )


def report(inputs: list[str | Path], pairs_path: str | Path = PAIRS, verbose: bool = False) -> str:
    """Build ``inputs``, resolve their authors and score the labelled pairs: the
    tuned-on months, the held-out months over all papers, and the held-out
    months over their own papers alone."""
    with tempfile.TemporaryDirectory() as tmp:
        build(inputs, tmp)
        papers = load(tmp).papers
    tuned, held = split(read_pairs(pairs_path))
    whole = persons(resolve(listings_of(papers)))
    months = papers["date"].dt.strftime("%Y-%m")
    held_papers = papers[~months.isin(TUNED_MONTHS)]
    held_only = persons(resolve(listings_of(held_papers)))
    rows = [
        (f"tuned-on pairs ({', '.join(TUNED_MONTHS)}), resolved over all months", tuned, whole),
        ("held-out pairs (other months), resolved over all months", held, whole),
        ("held-out pairs, resolved over the held-out months' papers alone", held, held_only),
        (
            "held-out pairs whose two forms both appear in the held-out months (the pairs a "
            "reader of those months alone could label), resolved over those months alone",
            in_papers(held, held_papers),
            held_only,
        ),
    ]
    lines = []
    for label, chosen, person in rows:
        result = score(chosen, person)
        lines.append(format_score(label, result))
        if verbose:
            lines += [f"    missed: {p.username} / {p.name} ({p.month})" for p in result.missed]
            lines += [f"    merged: {p.username} / {p.name} ({p.month})" for p in result.merged]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="digest files or folders to build and resolve")
    parser.add_argument("--pairs", default=str(PAIRS))
    parser.add_argument("--verbose", action="store_true", help="list the pairs it gets wrong")
    args = parser.parse_args(argv)
    print(report(args.inputs, args.pairs, args.verbose))


if __name__ == "__main__":
    main()
