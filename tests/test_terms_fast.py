"""The term finder gives exactly what its first, plain version gave: that version
is kept here as the reference (a loop over each clause's words and each paper's
candidates), and both run over the 986 labelled corpus summaries (Sep-Dec 2024)
and the bundled sample's papers."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import regex

import digest_data
from digest_data.analyse import terms, trends

LABELS = Path(__file__).parent / "data" / "labels.jsonl"

# The first version's patterns, with the third-party regex engine it used.
_WORD = regex.compile(r"[0-9]*[A-Za-z][A-Za-z0-9]*(?:\.[0-9]+)?(?:-[A-Za-z0-9]+(?:\.[0-9]+)?)*")
_CLAUSE = regex.compile(r"[,;:!?()\[\]{}\"“”|/]|\.(?=\s|$)|\s[-–—]+\s|[–—]")
_POSSESSIVE = regex.compile(r"['’]s\b")
_SIZE = regex.compile(r"[0-9.]+[KMBTkmbt]")
_NAMED = regex.compile(r"^.+[A-Z]|[0-9]")


def reference_is_stop(word: str) -> bool:
    return word.lower() in terms._STOP or len(word) < 2 or bool(_SIZE.fullmatch(word))


def reference_candidates(text: str) -> list[str]:
    found: list[str] = []
    for clause in _CLAUSE.split(_POSSESSIVE.sub("", text)):
        words = _WORD.findall(clause)
        stop = [reference_is_stop(w) for w in words]
        joins = [not s or w.lower() in terms._MIDDLE for w, s in zip(words, stop, strict=True)]
        for i, word in enumerate(words):
            if stop[i]:
                continue
            found.append(word)
            for j in range(i + 2, min(i + terms.MAX_WORDS, len(words)) + 1):
                if not stop[j - 1] and all(joins[i + 1 : j - 1]):
                    found.append(" ".join(words[i:j]))
    return found


def reference_nexts(text: str) -> list[tuple[str, str]]:
    """Each phrase use of ``text`` and the word after it in its clause ("" at a
    clause's end or before a function word)."""
    uses = []
    for clause in _CLAUSE.split(_POSSESSIVE.sub("", text)):
        words = _WORD.findall(clause)
        stop = [reference_is_stop(w) for w in words]
        joins = [not s or w.lower() in terms._MIDDLE for w, s in zip(words, stop, strict=True)]
        for i in range(len(words)):
            for j in range(i + 2, min(i + terms.MAX_WORDS, len(words)) + 1):
                if not stop[i] and not stop[j - 1] and all(joins[i + 1 : j - 1]):
                    after = words[j] if j < len(words) and not stop[j] else ""
                    uses.append((" ".join(words[i:j]), after))
    return uses


def reference_follows(title: str, summary: str) -> dict[str, str]:
    """Each phrase key's next word key when all its uses in the paper agree, else ""."""
    seen: dict[str, set[str]] = {}
    for phrase, after in reference_nexts(title) + reference_nexts(summary):
        seen.setdefault(terms.term_key(phrase), set()).add(terms.term_key(after) if after else "")
    return {key: afters.pop() if len(afters) == 1 else "" for key, afters in seen.items()}


def reference_paper_terms(papers: pd.DataFrame) -> pd.DataFrame:
    text = papers[["paper_id", "title", "summary"]].copy()
    text["summary"] = text["summary"].fillna("")
    text = text.iloc[text["summary"].str.len().argsort(kind="stable")[::-1]]
    text = text.drop_duplicates("paper_id")
    rows = []
    for paper_id, title, summary in zip(
        text["paper_id"], text["title"], text["summary"], strict=True
    ):
        seen: dict[str, str] = {}
        named: set[str] = set()
        from_title = reference_candidates(title or "")
        for found in reference_candidates(summary) + from_title:
            key = terms.term_key(found)
            seen.setdefault(key, found)
            if " " not in found and _NAMED.search(found):
                named.add(key)
        in_title = {terms.term_key(c) for c in from_title}
        follows = reference_follows(title or "", summary)
        rows += [
            (paper_id, k, s, k in in_title, k in named, follows.get(k, "")) for k, s in seen.items()
        ]
    return pd.DataFrame(rows, columns=["paper_id", "key", "surface", "in_title", "named", "next"])


def corpus_papers() -> pd.DataFrame:
    rows = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    return pd.DataFrame(
        {
            "paper_id": [r["arxiv_id"] or f"{r['file']}:{r['line']}" for r in rows],
            "title": [r["title"] for r in rows],
            "summary": [r["summary"] for r in rows],
        }
    )


@pytest.fixture(scope="module")
def sample_papers(tmp_path_factory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("terms-fast")
    digest_data.build([Path(__file__).parents[1] / "data" / "digests"], out)
    return digest_data.load(out).papers


def test_candidates_match_the_reference_on_every_corpus_title_and_summary():
    papers = corpus_papers()
    assert len(papers) >= 900
    for text in [*papers["title"], *papers["summary"]]:
        assert terms.candidates(text) == reference_candidates(text), text


def test_candidates_keep_a_phrase_joined_by_a_middle_word_and_stop_at_clauses():
    # "of" and "for" may join a phrase; a size (7B) ends one; "," and "." end a clause.
    found = terms.candidates("A mixture of experts for long-context LLMs, and GPT-4.5's 7B model.")
    assert found == [
        "mixture",
        "mixture of experts",
        "experts",
        "experts for long-context",
        "long-context",
        "long-context LLMs",
        "LLMs",
        "GPT-4.5",
        "model",
    ]


@pytest.mark.parametrize("which", ["corpus", "sample"])
def test_paper_terms_and_subjects_match_the_reference(which, request):
    papers = corpus_papers() if which == "corpus" else request.getfixturevalue("sample_papers")
    ours, reference = terms.paper_terms(papers), reference_paper_terms(papers)
    assert len(ours) > 10_000 if which == "corpus" else len(ours) > 1_000
    pd.testing.assert_frame_equal(ours, reference.astype(ours.dtypes.to_dict()))
    pd.testing.assert_frame_equal(
        terms.subject_terms(ours), terms.subject_terms(reference.astype(ours.dtypes.to_dict()))
    )


def test_term_items_of_the_sample_match_the_reference(sample_papers):
    found = terms.subject_terms(reference_paper_terms(sample_papers))
    expected = trends._dated(sample_papers, found[["paper_id", "item"]])
    pd.testing.assert_frame_equal(
        trends.term_items(sample_papers).reset_index(drop=True), expected.reset_index(drop=True)
    )
