"""List (username, real name) pairs to label by reading co-authors, for
tests/data/people_pairs.jsonl (see tests/data/PEOPLE_LABELING.md).

The net is wider than the resolver's forms on purpose: a pair is listed when the
handle's letters contain the name's family name and whole given name (in either
order, anything around), or start with its initials and family name (or family
name and initials), or have the whole given name as a run of letters. So pairs the resolver cannot spell (``zxhezexin``) and
look-alikes it must keep apart (``LidongBing`` / ``Li Dong``) are both in the list.
Each pair is printed with both strings' author lists, for a person to judge.

    .venv/bin/python scripts/people_candidates.py build/corpus-dataset > /tmp/candidates.txt
"""

from __future__ import annotations

import json
import re
import sys

import digest_data
from digest_data.enrich.handles import is_username, name_words


def loose_match(username: str, name: str) -> bool:
    parts = name_words(name)
    if parts is None:
        return False
    given, family = parts
    letters = "".join(c for c in username.lower() if c.isalpha())
    runs = re.findall(r"[a-z]+", username.lower())
    whole = "".join(given)
    initials = "".join(g[0] for g in given)
    if family in letters and whole in letters:
        return True
    if len(initials + family) >= 4 and (
        letters.startswith(initials + family) or letters.startswith(family + initials)
    ):
        return True
    return len(whole) >= 4 and whole in runs


def main(dataset: str) -> None:
    papers = digest_data.load(dataset).papers
    listings: dict[str, list[tuple[str, str, list[str]]]] = {}
    for pid, day, authors in zip(
        papers["paper_id"], papers["date"], papers["authors"], strict=True
    ):
        for a in authors:
            listings.setdefault(a, []).append((pid, f"{day:%Y-%m-%d}", list(authors)))
    users = [a for a in listings if is_username(a)]
    names = [a for a in listings if not is_username(a)]
    for user in sorted(users):
        for name in sorted(names):
            if loose_match(user, name):
                print(json.dumps({"username": user, "name": name}, ensure_ascii=False))
                for who in (user, name):
                    for pid, day, authors in listings[who]:
                        print(f"    {who:>22} {day} {pid}: {', '.join(authors)}")


if __name__ == "__main__":
    main(sys.argv[1])
