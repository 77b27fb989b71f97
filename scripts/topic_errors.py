"""Topic errors of chosen months, to tune the taxonomy on some months only.

    .venv/bin/python scripts/topic_errors.py --months 2024-09,2024-10
    .venv/bin/python scripts/topic_errors.py --train 2024-09,2024-10 --test 2024-11,2024-12

With ``--months``: for every labelled paper of those months whose topics are wrong,
its gold topics, the predicted ones (calibration fit on those same months), each
topic's score and the terms that gave it, then how often each topic was missed or
wrongly given. Read only the months you tune on.

With ``--train``/``--test``: the calibration fit on the train months, and its score
on the test months, with no rows printed: the held-out figure for taxonomy changes
made by reading the train months only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from digest_data.analyse.evaluate import read_labels
from digest_data.analyse.topic_holdout import (
    fit_calibration,
    lead_rows,
    neighbour_votes,
    score,
    word_rows,
)
from digest_data.enrich.topics import (
    FALLBACK,
    Calibration,
    Taxonomy,
    load_taxonomy,
    parse_taxonomy,
    pick,
)

ROOT = Path(__file__).resolve().parents[1]
TOP_TERMS = 5


def per_term_taxonomy(taxonomy: Taxonomy) -> Taxonomy:
    """The same terms, each its own topic ``topic|term``: its ``scores`` are the
    terms' shares of each topic's score (title weight and body cap included),
    through the public scoring, whatever the matcher inside looks like. Two
    shares are not shown as the topic gets them: a term inside a longer term of
    the same topic ("diffusion" in "latent diffusion") shows nothing here, as each
    term is a topic of its own and a word counts for one topic; and a topic's
    ``contributions`` are not terms (the topic's total includes them)."""
    lines = [f"[topics.{FALLBACK}]", 'label = "Other"']
    for topic in taxonomy.topics:
        for term, weight in topic.terms.items():
            lines += [
                f"[topics.{json.dumps(topic.id + '|' + term)}]",
                f"label = {json.dumps(term)}",
                f"terms = {{ {json.dumps(term)} = {weight} }}",
            ]
    return parse_taxonomy("\n".join(lines), "per-term view of " + taxonomy.source)


def month_rows(rows: list[dict], months: set[str]) -> list[dict]:
    return [r for r in rows if r["file"][:7] in months]


def ranked(taxonomy: Taxonomy, rows: list[dict]) -> list[list[tuple[str, float]]]:
    return [taxonomy.ranked(r.get("title"), r.get("summary"), r.get("comments")) for r in rows]


def term_shares(terms: Taxonomy, row: dict) -> dict[str, list[tuple[str, float]]]:
    """For each topic, its terms with their score, largest first."""
    shares: dict[str, list[tuple[str, float]]] = {}
    for key, value in terms.ranked(row.get("title"), row.get("summary"), row.get("comments")):
        topic, term = key.split("|", 1)
        shares.setdefault(topic, []).append((term, value))
    return shares


def evidence(taxonomy: Taxonomy, train: list[dict], test: list[dict]) -> tuple:
    """The calibration fit on ``train`` (each paper's neighbours the other ``train``
    papers), and ``test``'s ranked scores, neighbours' votes among ``train`` and
    first-sentence scores; ``test`` may be ``train`` itself (each among the others)."""
    same = test is train
    rows = train if same else train + test
    gold = [r["topics"] for r in rows]
    fit = list(range(len(train)))
    scored = fit if same else list(range(len(train), len(rows)))
    votes = neighbour_votes(word_rows(rows), gold, fit, [] if same else scored)
    cal = fit_calibration(
        ranked(taxonomy, train),
        gold[: len(train)],
        [votes[i] for i in fit],
        lead_rows(train, taxonomy),
    )
    return cal, ranked(taxonomy, test), [votes[i] for i in scored], lead_rows(test, taxonomy)


def show_errors(rows: list[dict], taxonomy: Taxonomy) -> None:
    gold = [r["topics"] for r in rows]
    th, scores, votes, leads = evidence(taxonomy, rows, rows)
    terms = per_term_taxonomy(taxonomy)
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for row, ranks, truth, vote, lead in zip(rows, scores, gold, votes, leads, strict=True):
        got = pick(ranks, th, vote, lead)
        if set(got) == set(truth):
            continue
        missed.update(set(truth) - set(got))
        wrong.update(set(got) - set(truth))
        print(f"\n{row['file']}:{row['line']}  {row['title']}")
        print(f"  gold {truth}  predicted {got}")
        shares = term_shares(terms, row)
        for topic, value in ranks[:6]:
            top = ", ".join(f"{t} {v:g}" for t, v in shares.get(topic, [])[:TOP_TERMS])
            extra = f"vote {vote.get(topic, 0):.2f} lead {lead.get(topic, 0):g}"
            print(f"  {topic:<17} {value:5.1f}  {extra}  {top}")
        for topic in set(truth) - {t for t, _ in ranks[:6]} - {FALLBACK}:
            print(f"  {topic:<17} {dict(ranks).get(topic, 0.0):5.1f}  (not in the top six)")
    print(f"\n{line('in sample', score(scores, gold, th, votes, leads))}  calibration {th}")
    print("missed:", dict(missed.most_common()))
    print("wrongly given:", dict(wrong.most_common()))


def line(name: str, s) -> str:
    return f"{name}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} ({s.papers} papers)"


def held_out(train: list[dict], test: list[dict], taxonomy: Taxonomy) -> tuple[Calibration, str]:
    th, scores, votes, leads = evidence(taxonomy, train, test)
    gold = [r["topics"] for r in test]
    return th, line("held out", score(scores, gold, th, votes, leads))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", default=str(ROOT / "tests/data/labels.jsonl"))
    parser.add_argument("--months", help="comma-separated YYYY-MM: list these months' errors")
    parser.add_argument("--train", help="comma-separated YYYY-MM to fit the calibration on")
    parser.add_argument("--test", help="comma-separated YYYY-MM to score on")
    args = parser.parse_args()
    rows, taxonomy = read_labels(args.labels), load_taxonomy()
    if args.months:
        show_errors(month_rows(rows, set(args.months.split(","))), taxonomy)
    elif args.train and args.test:
        train = month_rows(rows, set(args.train.split(",")))
        test = month_rows(rows, set(args.test.split(",")))
        th, result = held_out(train, test, taxonomy)
        print(f"calibration fit on {args.train}: {th}")
        print(f"{args.test} {result}")
    else:
        parser.error("give --months, or --train and --test")


if __name__ == "__main__":
    main()
