"""Papers like this one: neighbours computed at build time, never the paper itself
or its duplicate, the same after an incremental rebuild as computed whole, and
sharing the subject of anchor papers labelled by reading."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import HF_DAILY, ROOT, SAMPLE
from typer.testing import CliRunner

import digest_data
from digest_data.analyse.similar import neighbour_recall as similar_recall
from digest_data.analyse.similar import similar_papers
from digest_data.cli import app
from digest_data.store import neighbours
from digest_data.store.dataset import current_version

ANCHORS = json.loads((ROOT / "tests" / "data" / "similar_anchors.json").read_text())["anchors"]

# The corpus sits beside the project (../shared); a git worktree is one level deeper.
if not HF_DAILY.is_dir():
    HF_DAILY = ROOT.parent.parent / "shared" / "corpus" / "hf-daily"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "dataset"
    digest_data.build([HF_DAILY], out)
    return out


# TF-IDF finds papers that share words. The safety papers share a concern, not a
# vocabulary ("jailbreak", "refuse", "harmful", "leakage"), and AutoDAN-Turbo's
# summary is about strategies and exploration: its top 5 has one safety paper and
# four about exploration (measured 2026-11-27: the same with bigrams, with max_df
# 0.05 to 0.5, and with LSA at 64 to 256 dimensions). A known miss of the
# baseline, kept visible: strict, so it is noticed when a better method passes it.
KNOWN_MISSES = {"arxiv:2410.05295"}


def _params():
    for anchor in ANCHORS:
        marks = (
            [pytest.mark.xfail(strict=True, reason="TF-IDF: no shared vocabulary")]
            if anchor["anchor"] in KNOWN_MISSES
            else []
        )
        yield pytest.param(anchor, marks=marks, id=anchor["subject"].split(":")[0])


@pytest.mark.parametrize("anchor", list(_params()))
def test_most_of_an_anchors_top_five_share_its_subject(corpus, anchor):
    ds = digest_data.load(corpus)
    table = neighbours.load_neighbours(corpus).to_pandas()
    top = similar_papers(table, ds.papers, anchor["anchor"], 5)
    same = set(anchor["same_subject"])
    hits = [t for p, t in zip(top["paper_id"], top["title"]) if p in same]
    assert len(hits) >= 3, (anchor["title"], list(top["title"]))


def test_a_paper_is_never_its_own_neighbour_nor_its_duplicates(sample_dataset):
    table = neighbours.load_neighbours(sample_dataset.path).to_pandas()
    papers = sample_dataset.papers
    assert (table["paper_id"] != table["neighbour_id"]).all()
    assert set(table["paper_id"]) <= set(papers["paper_id"])
    # Papers listed by both sources have one list of neighbours, not one per row.
    listed_twice = papers.groupby("paper_id")["source"].nunique()
    twice = listed_twice[listed_twice > 1].index
    assert len(twice) > 0
    per_paper = table.groupby("paper_id")["rank"].agg(list)
    for paper_id in twice:
        if paper_id in per_paper:
            assert per_paper[paper_id] == list(range(1, len(per_paper[paper_id]) + 1))
    scores = table.groupby("paper_id")["score"].agg(list)
    assert all(s == sorted(s, reverse=True) for s in scores)
    assert table["score"].between(0, 1.0001).all()


def _by_paper(table) -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list] = {}
    for p, n, s in zip(table["paper_id"], table["neighbour_id"], table["score"]):
        out.setdefault(p, []).append((n, round(float(s), 5)))
    return out


def _rebuild_after_changes(tmp_path) -> Path:
    """A version built from 12 days, then rebuilt with one new day, one day gone
    and one day's text changed (under a quarter of the papers)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    days = sorted(HF_DAILY.glob("2024-10-*.md"))[:13]
    for day in days[:12]:
        shutil.copy(day, inputs / day.name)
    out = tmp_path / "out"
    digest_data.build([inputs], out)
    before = neighbours.read_state(current_version(out))
    shutil.copy(days[12], inputs / days[12].name)
    (inputs / days[0].name).unlink()
    changed = inputs / days[1].name
    # Some of its papers' words change (less like their neighbours), some only in
    # stop words (as like them as before).
    changed.write_text(changed.read_text().replace("model", "zebra", 10).replace(" the ", " a "))
    report = digest_data.build([inputs], out)
    assert report.files_parsed == 2
    state = neighbours.read_state(current_version(out))
    assert state.vocabulary == before.vocabulary  # reused, not fitted again
    assert set(state.ids) == set(digest_data.load(out).papers["paper_id"])
    return current_version(out)


def test_an_incremental_rebuild_gives_the_neighbours_a_whole_computation_does(tmp_path):
    version = _rebuild_after_changes(tmp_path)
    state = neighbours.read_state(version)
    index, score = neighbours.top_neighbours(state.vectors, np.arange(len(state.ids)))
    whole = neighbours.neighbour_table(state.ids, np.arange(len(state.ids)), index, score)
    incremental = pq.read_table(version / neighbours.NEIGHBOURS_FILE)
    assert _by_paper(incremental) == _by_paper(whole)


def test_an_incremental_rebuild_with_candidates_finds_what_a_whole_computation_does(
    tmp_path, monkeypatch
):
    """Above EXACT_UP_TO papers a rebuild merges new papers into the lists by
    their candidate words; what it finds is as good as computing all lists again."""
    monkeypatch.setattr(neighbours, "EXACT_UP_TO", 50)
    monkeypatch.setattr(neighbours, "CANDIDATE_MAX_DF", 20)
    version = _rebuild_after_changes(tmp_path)
    state = neighbours.read_state(version)
    rows = np.arange(len(state.ids))
    assert len(rows) > 50
    _, whole = neighbours.candidate_neighbours(state.vectors, rows)
    recall, first = similar_recall(whole, state.index, state.score)
    assert recall >= 0.99 and first >= 0.99
    found = state.index >= 0
    pairs = state.vectors[np.repeat(rows, neighbours.TOP)[found.ravel()]]
    true = np.asarray(pairs.multiply(state.vectors[state.index[found]]).sum(axis=1)).ravel()
    assert np.allclose(state.score[found], true, atol=1e-5)


def test_the_similar_command_prints_csv_with_paper_id_title_score(sample_dataset):
    paper_id = neighbours.load_neighbours(sample_dataset.path)["paper_id"][0].as_py()
    result = CliRunner().invoke(
        app, ["similar", str(sample_dataset.path), paper_id, "--top", "3", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "paper_id,title,score" and 1 <= len(lines) - 1 <= 3
    missing = CliRunner().invoke(app, ["similar", str(sample_dataset.path), "arxiv:0000.0000"])
    assert missing.exit_code == 2 and "no paper 'arxiv:0000.0000'" in missing.output
    # a bare arXiv id, as copied from arxiv.org, is the same paper's
    arxiv = next(p for p in sample_dataset.papers["paper_id"] if p.startswith("arxiv:"))
    bare = CliRunner().invoke(
        app, ["similar", str(sample_dataset.path), arxiv.removeprefix("arxiv:"), "--format", "csv"]
    )
    with_prefix = CliRunner().invoke(
        app, ["similar", str(sample_dataset.path), arxiv, "--format", "csv"]
    )
    assert bare.exit_code == 0 and bare.output == with_prefix.output


def test_a_dataset_built_before_neighbours_existed_gets_them_on_the_next_build(tmp_path):
    out = tmp_path / "out"
    digest_data.build([SAMPLE / "hf-daily"], out)
    version = current_version(out)
    (version / neighbours.NEIGHBOURS_FILE).unlink()
    shutil.rmtree(version / neighbours.STATE_DIR)
    report = digest_data.build([SAMPLE / "hf-daily"], out)
    assert not report.unchanged and report.files_parsed == 0
    assert len(neighbours.load_neighbours(out)) > 0


def _scikit_learn(vocabulary=None):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        stop_words="english",
        sublinear_tf=True,
        min_df=1 if vocabulary else 2,
        max_df=1.0 if vocabulary else neighbours.MAX_DF,
        dtype=np.float32,
        vocabulary=vocabulary,
    )


def test_vectors_are_what_scikit_learn_gives(sample_dataset):
    papers = pq.read_table(current_version(sample_dataset.path) / "papers.parquet")
    ids, texts = neighbours.paper_texts(papers)
    state = neighbours.fit(ids[:600], texts[:600])
    theirs = _scikit_learn()
    fitted = theirs.fit_transform(texts[:600].to_pylist())
    assert state.vocabulary == theirs.get_feature_names_out().tolist()
    assert np.allclose(state.idf, theirs.idf_, atol=1e-6)
    assert abs(state.vectors - fitted).max() < 1e-6
    # New papers under the fitted vocabulary (words it has not seen left out).
    vectorizer = _scikit_learn(state.vocabulary)
    vectorizer.idf_ = state.idf
    rest = texts[600:].to_pylist()
    ours, theirs = neighbours.transform(state, rest), vectorizer.transform(rest)
    assert ours.shape == theirs.shape
    assert abs(ours - theirs).max() < 1e-6


def test_words_split_and_stop_like_scikit_learn():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from digest_data.store.stop_words import ENGLISH_STOP_WORDS as copied

    assert copied == ENGLISH_STOP_WORDS
    texts = ["Naïve GRPO-style RL_agents: 3D x2 ÉTÉ über-fast a b", "the of x2 GRPO"] * 2
    state = neighbours.fit(["p1", "p2", "p3", "p4"], pa.array(texts))
    theirs = _scikit_learn()
    theirs.set_params(min_df=1, max_df=1.0)
    assert abs(state.vectors - theirs.fit_transform(texts)).max() < 1e-6
    assert state.vocabulary == theirs.get_feature_names_out().tolist()


def test_recall_counts_found_neighbours_and_ties_as_found():
    # Paper 0's exact list scores 0.9, 0.5, 0.4; the found list has the first, a
    # tie for the last (another paper at 0.4) and misses 0.5: 2 of 3, first right.
    # Paper 1 finds a paper less similar (0.2) than its one neighbour (0.3): 0 of 1.
    exact = np.array([[0.9, 0.5, 0.4], [0.3, 0, 0]], np.float32)
    found_index = np.array([[7, 8, -1], [5, -1, -1]])
    found_score = np.array([[0.9, 0.4, 0], [0.2, 0, 0]], np.float32)
    recall, first = similar_recall(exact, found_index, found_score)
    assert recall == pytest.approx(2 / 4) and first == pytest.approx(1 / 2)


# Measured 2026-11-27 with scripts/neighbour_recall.py on this corpus (hf-daily).
CANDIDATE_RECALL = 0.93


def test_candidate_neighbours_find_most_exact_neighbours_on_the_real_corpus(corpus):
    """The candidates (used above EXACT_UP_TO papers) forced on the real corpus,
    where similarities are low and spread over many words: the hard case."""
    papers = pq.read_table(current_version(corpus) / "papers.parquet")
    ids, texts = neighbours.paper_texts(papers)
    vectors = neighbours.fit(ids, texts).vectors
    rows = np.arange(len(ids))
    index, score = neighbours.candidate_neighbours(vectors, rows)
    exact_index, exact_score = neighbours.exact_neighbours(vectors, rows)
    recall, first = similar_recall(exact_score, index, score)
    assert recall >= CANDIDATE_RECALL - 0.02 and first >= 0.97
    # Never the paper itself, and every score is the pair's true cosine.
    assert not (index == rows[:, None]).any()
    found = index >= 0
    pairs = vectors[np.repeat(rows, neighbours.TOP)[found.ravel()]]
    true = np.asarray(pairs.multiply(vectors[index[found]]).sum(axis=1)).ravel()
    assert np.allclose(score[found], true, atol=1e-5)
    # Where both lists agree on the first neighbour, the scores agree too.
    same = index[:, 0] == exact_index[:, 0]
    assert np.allclose(score[same, 0], exact_score[same, 0], atol=1e-5)
