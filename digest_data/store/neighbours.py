"""Papers like this one, computed at build time: each distinct paper's nearest
papers by the cosine of TF-IDF vectors of its title and summary, written to
``neighbours.parquet`` (paper_id, neighbour_id, rank, score) in the version folder.

One row per ``paper_id``, so a paper is never its own neighbour, nor is its
duplicate from another source or day. Up to ``EXACT_UP_TO`` papers every pair is
compared; above, each paper's candidates (papers sharing its heaviest distinctive
words) are, which keeps a cold build near-linear. A rebuild reuses the previous
version's vocabulary, idf weights, vectors and lists (``similar/``) and recomputes
only what new, changed or removed papers touch; when more than ``REFIT_SHARE`` of
the papers are new the vocabulary is fitted again and everything recomputed."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import scipy.sparse as sp

from .stop_words import ENGLISH_STOP_WORDS
from .versions import NEIGHBOURS_FILE, current_version, version_path

STATE_DIR = "similar"
#: Neighbours kept per paper.
TOP = 10
#: Above this share of new or changed papers, fit the vocabulary again.
REFIT_SHARE = 0.25
#: Rows of the similarity matrix computed at once (rows x papers float32 in memory).
CHUNK = 512
#: Up to this many papers every pair is compared; above, only candidates.
EXACT_UP_TO = 5000
#: Candidates come from each paper's heaviest words among those in at most
#: CANDIDATE_MAX_DF papers, and the best CANDIDATES of them are scored whole.
CANDIDATE_TERMS = 20
CANDIDATE_MAX_DF = 300
CANDIDATES = 50
#: Rows of the candidate product, and pairs scored, at once.
CANDIDATE_CHUNK = 2048
PAIR_CHUNK = 200_000
#: Words in more papers than this share are left out of the vocabulary.
MAX_DF = 0.1
#: Changes whenever vectors or scores would: a state of another version is not reused.
SIMILAR_VERSION = "tfidf-4"

NEIGHBOURS_SCHEMA = pa.schema(
    [
        pa.field("paper_id", pa.string(), nullable=False),
        pa.field("neighbour_id", pa.string(), nullable=False),
        pa.field("rank", pa.int16(), nullable=False),
        pa.field("score", pa.float32(), nullable=False),
    ]
)


def paper_texts(papers: pa.Table) -> tuple[list[str], pa.Array]:
    """Distinct paper ids (sorted) and each one's text: the title twice (titles are
    short and say the subject) and the paper's longest summary. In Arrow: a one-file
    rebuild prepares the text of every paper to see which changed."""
    summary = pc.fill_null(papers["summary"], "")
    frame = pa.table(
        {
            "paper_id": papers["paper_id"],
            "title": pc.fill_null(papers["title"], ""),
            "summary": summary,
            "length": pc.utf8_length(summary),
            "row": pa.array(np.arange(papers.num_rows)),
        }
    ).sort_by([("paper_id", "ascending"), ("length", "descending"), ("row", "ascending")])
    ids = frame["paper_id"].combine_chunks()
    first = np.ones(len(ids), dtype=bool)
    if len(ids) > 1:
        first[1:] = pc.not_equal(ids[1:], ids[:-1]).to_numpy(zero_copy_only=False)
    chosen = frame.filter(pa.array(first))
    title = chosen["title"]
    text = pc.binary_join_element_wise(title, title, chosen["summary"], ". ")
    return chosen["paper_id"].to_pylist(), text.combine_chunks()


@dataclass
class State:
    """What a rebuild reuses: the papers' ids and text hashes (in row order), the
    vocabulary and idf, the vectors, their candidate words (``heaviest_terms``)
    and, once computed, the neighbour lists as rows (``index``, -1 pads) and
    ``score``."""

    ids: list[str]
    hashes: np.ndarray
    vocabulary: list[str]
    idf: np.ndarray
    vectors: sp.csr_matrix
    pruned: sp.csr_matrix | None = None
    index: np.ndarray | None = None
    score: np.ndarray | None = None


def fit(ids: list[str], texts: pa.Array) -> State:
    """A vocabulary fitted on ``texts`` and their vectors: what scikit-learn's
    ``TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2,
    max_df=MAX_DF)`` gives (with min_df 1 and no max_df when that leaves no
    words), tokenised by Arrow: 4x faster than scikit-learn at 10,000 papers, and
    the build does not import it."""
    n, hashes = len(ids), _hashes(texts)
    counts, words = _word_counts(texts, None)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    for min_df, max_df in ((2, MAX_DF * n), (1, n)):
        keep = (df >= min_df) & (df <= max_df)
        if max_df >= min_df and keep.any():
            break
    else:
        empty = _empty(n)
        return State(ids, hashes, [], np.zeros(0, np.float32), empty, empty)
    chosen = np.flatnonzero(keep)
    # Sorted like scikit-learn's (code points; Arrow sorts UTF-8 bytes, the same order).
    chosen = chosen[pc.sort_indices(words.take(pa.array(chosen))).to_numpy()]
    idf = (np.log((1 + n) / (1 + df[chosen])) + 1).astype(np.float32)
    vectors = _weighted(counts[:, chosen], idf)
    vocabulary = words.take(pa.array(chosen)).to_pylist()
    return State(ids, hashes, vocabulary, idf, vectors, heaviest(vectors))


#: scikit-learn's token pattern ``(?u)\b\w\w+\b`` is runs of two or more word
#: characters (letters, digits, underscore); in Arrow's RE2 the runs are what
#: splitting on the rest leaves.
_NOT_WORD = r"[^\pL\pN_]+"
_STOP_WORDS = pa.array(sorted(ENGLISH_STOP_WORDS), pa.string())


def _word_counts(texts: pa.Array, vocabulary: pa.Array | None) -> tuple[sp.csr_matrix, pa.Array]:
    """Each text's word counts (lower case, no stop words), as a (texts x words)
    matrix, and the words: those of ``vocabulary`` in its order (others left
    out), or every word met."""
    pieces = pc.split_pattern_regex(pc.utf8_lower(texts), _NOT_WORD)
    doc = pc.list_parent_indices(pieces).to_numpy()
    words = pc.list_flatten(pieces)
    if vocabulary is None:
        keep = pc.and_(
            pc.greater_equal(pc.utf8_length(words), 2),
            pc.invert(pc.is_in(words, value_set=_STOP_WORDS)),
        )
        encoded = words.filter(keep).dictionary_encode()
        column, vocabulary = encoded.indices.to_numpy(), encoded.dictionary
        doc = doc[keep.to_numpy(zero_copy_only=False)]
    else:
        found = pc.index_in(words, value_set=vocabulary)
        doc = doc[pc.is_valid(found).to_numpy(zero_copy_only=False)]
        column = found.drop_null().to_numpy()
    ones = np.ones(len(column), np.float64)
    counts = sp.csr_matrix((ones, (doc, column)), shape=(len(texts), len(vocabulary)))
    counts.sum_duplicates()
    return counts, vocabulary


def _weighted(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """1 + log tf, times idf, L2-normalised: scikit-learn's sublinear TF-IDF."""
    tf = counts.tocsr().astype(np.float64)
    tf.data = 1.0 + np.log(tf.data)
    weighted = sp.csr_matrix(tf.multiply(idf.astype(np.float64)))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    vectors = sp.csr_matrix(sp.diags(1.0 / norms) @ weighted, dtype=np.float32)
    vectors.sort_indices()
    return vectors


def transform(state: State, texts: list[str]) -> sp.csr_matrix:
    """Vectors of ``texts`` under ``state``'s vocabulary and idf (words it has not
    seen are left out)."""
    vocabulary = pa.array(state.vocabulary, pa.string())
    counts, _ = _word_counts(pa.array(texts, pa.string()), vocabulary)
    return _weighted(counts, state.idf)


def _empty(rows: int, cols: int = 0) -> sp.csr_matrix:
    return sp.csr_matrix((rows, cols), dtype=np.float32)


def _hashes(texts: pa.Array) -> np.ndarray:
    """A 64-bit hash of each text (pandas' vectorised SipHash)."""
    return pd.util.hash_array(texts.to_numpy(zero_copy_only=False).astype(object), categorize=False)


def top_neighbours(
    vectors: sp.csr_matrix,
    rows: np.ndarray,
    top: int = TOP,
    pruned: sp.csr_matrix | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``rows``, the indices and cosines of its ``top`` most similar
    other rows (vectors are L2-normalised), best first; -1 pads a short list and
    rows with nothing in common are not neighbours. Every pair is compared up to
    ``EXACT_UP_TO`` papers; above, only each paper's candidates are."""
    if vectors.shape[0] <= EXACT_UP_TO:
        return exact_neighbours(vectors, rows, top)
    return candidate_neighbours(vectors, rows, top, pruned=pruned)


def exact_neighbours(
    vectors: sp.csr_matrix, rows: np.ndarray, top: int = TOP
) -> tuple[np.ndarray, np.ndarray]:
    """``top_neighbours`` by comparing each row with every paper: quadratic (about
    100 s of CPU at 50,000 synthetic papers), the reference the candidates are measured
    against."""
    n = vectors.shape[0]
    index = np.full((len(rows), top), -1, np.int64)
    score = np.zeros((len(rows), top), np.float32)
    transposed = vectors.T.tocsr()
    k = min(top, n - 1)
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        sims = (vectors[chunk] @ transposed).toarray()
        sims[np.arange(len(chunk)), chunk] = -1.0  # never itself
        if k <= 0:
            continue
        best = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        best_scores = np.take_along_axis(sims, best, axis=1)
        order = np.lexsort((best, -best_scores), axis=1)
        best = np.take_along_axis(best, order, axis=1)
        best_scores = np.take_along_axis(best_scores, order, axis=1)
        best[best_scores <= 0] = -1
        index[start : start + len(chunk), :k] = best
        score[start : start + len(chunk), :k] = np.maximum(best_scores, 0)
    return index, score


def candidate_neighbours(
    vectors: sp.csr_matrix,
    rows: np.ndarray,
    top: int = TOP,
    terms: int = CANDIDATE_TERMS,
    candidates: int = CANDIDATES,
    pruned: sp.csr_matrix | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """``top_neighbours`` among candidates: the ``candidates`` papers that score
    best on each paper's ``terms`` heaviest distinctive words (in at most
    ``CANDIDATE_MAX_DF`` papers), ranked by their exact cosine. Near-linear: a
    word's postings are capped, so the candidate product stays sparse, and only
    ``candidates`` pairs per paper are scored whole. ``pruned``: the vectors'
    ``heaviest`` words, when already known."""
    if pruned is None:
        pruned = heaviest(vectors, terms)
    # A rebuild asks for a few rows: (all x few) spares transposing every row.
    transposed = pruned.T.tocsr() if len(rows) > CANDIDATE_CHUNK else None
    firsts, seconds = [], []
    for start in range(0, len(rows), CANDIDATE_CHUNK):
        chunk = rows[start : start + CANDIDATE_CHUNK]
        if transposed is None:
            partial = (pruned @ pruned[chunk].T.tocsr()).T.tocsr()
        else:
            partial = (pruned[chunk] @ transposed).tocsr()
        local, column = _best_per_row(partial, candidates, exclude=chunk)
        firsts.append(local + start)
        seconds.append(column)
    first = np.concatenate(firsts) if firsts else np.zeros(0, np.int64)
    second = np.concatenate(seconds) if seconds else np.zeros(0, np.int64)
    # Each row's candidates, best partial score first, in a (rows x candidates) grid.
    rank = np.arange(len(first)) - np.searchsorted(first, first)
    grid = np.full((len(rows), candidates), -1, np.int64)
    grid[first, rank] = second
    cosines = np.full((len(rows), candidates), -1.0, np.float32)
    cosines[first, rank] = _pair_scores(vectors, rows[first], second)
    return _best_of(grid, cosines, top)


def _best_of(index: np.ndarray, score: np.ndarray, top: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``top`` best of each row's (index, score) pairs, by score then index;
    pairs scoring 0 or less are padding (-1)."""
    k = min(top, index.shape[1])
    out_index = np.full((len(index), top), -1, np.int64)
    out_score = np.zeros((len(index), top), np.float32)
    if k == 0:
        return out_index, out_score
    best = np.argpartition(-score, k - 1, axis=1)[:, :k] if k < index.shape[1] else None
    if best is not None:
        index = np.take_along_axis(index, best, axis=1)
        score = np.take_along_axis(score, best, axis=1)
    order = np.lexsort((index, -score), axis=1)
    index = np.take_along_axis(index, order, axis=1)
    score = np.take_along_axis(score, order, axis=1)
    index[score <= 0] = -1
    out_index[:, :k] = index
    out_score[:, :k] = np.maximum(score, 0)
    return out_index, out_score


def heaviest(
    vectors: sp.csr_matrix, terms: int = CANDIDATE_TERMS, df: np.ndarray | None = None
) -> sp.csr_matrix:
    """Each row's ``terms`` largest weights among words in at most
    ``CANDIDATE_MAX_DF`` rows (of ``vectors``, or as ``df`` counts them)."""
    max_df = CANDIDATE_MAX_DF
    if df is None:
        df = np.bincount(vectors.indices, minlength=vectors.shape[1])
    row = np.repeat(np.arange(vectors.shape[0]), np.diff(vectors.indptr))
    weight = np.where(df[vectors.indices] <= max_df, vectors.data, 0).astype(np.float64)
    # One sort by row, heaviest first: the row number dominates (weights are <= 1).
    order = np.argsort(row * 4.0 - weight, kind="stable")
    rank = np.arange(vectors.nnz) - vectors.indptr[row[order]]
    keep = order[(rank < terms) & (weight[order] > 0)]
    keep.sort()
    return sp.csr_matrix(
        (vectors.data[keep], (row[keep], vectors.indices[keep])), shape=vectors.shape
    )


def _best_per_row(
    partial: sp.csr_matrix, best: int, exclude: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of each row's ``best`` largest entries, leaving out column
    ``exclude[row]`` (the paper itself)."""
    row = np.repeat(np.arange(partial.shape[0]), np.diff(partial.indptr))
    value = partial.data.astype(np.float64)
    value[partial.indices == exclude[row]] = 0
    order = np.argsort(row * 4.0 - value, kind="stable")
    rank = np.arange(partial.nnz) - partial.indptr[row[order]]
    chosen = order[(rank < best) & (value[order] > 0)]
    return row[chosen], partial.indices[chosen].astype(np.int64)


def _pair_scores(vectors: sp.csr_matrix, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The cosine of each pair (rows of L2-normalised vectors)."""
    out = np.zeros(len(first), np.float32)
    for start in range(0, len(first), PAIR_CHUNK):
        a = vectors[first[start : start + PAIR_CHUNK]]
        b = vectors[second[start : start + PAIR_CHUNK]]
        out[start : start + len(a.indptr) - 1] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out


def compute(papers: pa.Table, previous: Path | None, top: int = TOP) -> tuple[State, pa.Table]:
    """The vectors and neighbour table of ``papers``, reusing ``previous``'s state
    (a version folder) where the papers' text is unchanged."""
    ids, texts = paper_texts(papers)
    old = read_state(previous)
    if old is None or old.index is None or not ids or old.index.shape[1] != top:
        return _from_scratch(ids, texts, top)
    hashes = _hashes(texts)
    # Arrow's hash lookup of the ids, not a Python dict of 50,000 pairs.
    at = pc.index_in(pa.array(ids, pa.string()), value_set=pa.array(old.ids, pa.string()))
    at = at.fill_null(-1).to_numpy().astype(np.int64)
    reused = np.where((at >= 0) & (old.hashes[np.maximum(at, 0)] == hashes), at, -1)
    fresh = np.flatnonzero(reused < 0)
    if len(fresh) > REFIT_SHARE * len(ids):
        return _from_scratch(ids, texts, top)
    new_vectors = transform(old, texts.take(pa.array(fresh, pa.int64())).to_pylist())
    vectors = _assemble(old.vectors, reused, new_vectors, fresh)
    df = np.bincount(vectors.indices, minlength=vectors.shape[1])
    pruned = _assemble(old.pruned, reused, heaviest(new_vectors, df=df), fresh)
    state = State(ids, hashes, old.vocabulary, old.idf, vectors, pruned)
    state.index, state.score = _update(state, old, reused, at, fresh, top)
    return state, neighbour_table(ids, np.arange(len(ids)), state.index, state.score)


def _from_scratch(ids: list[str], texts: pa.Array, top: int) -> tuple[State, pa.Table]:
    state = fit(ids, texts)
    rows = np.arange(len(ids))
    state.index, state.score = top_neighbours(state.vectors, rows, top, state.pruned)
    return state, neighbour_table(ids, rows, state.index, state.score)


def _assemble(
    old: sp.csr_matrix, reused: np.ndarray, new: sp.csr_matrix, fresh: np.ndarray
) -> sp.csr_matrix:
    """Rows in the new order: old rows where reused, new ones (in ``fresh`` order)
    elsewhere."""
    stacked = sp.vstack([old, new], format="csr")
    order = reused.copy()
    order[fresh] = old.shape[0] + np.arange(len(fresh))
    return stacked[order]


def _update(
    state: State, old: State, reused: np.ndarray, at: np.ndarray, fresh: np.ndarray, top: int
) -> tuple[np.ndarray, np.ndarray]:
    """Neighbour lists after a change, from the old lists: rows of new or changed
    papers, and of papers that lost a neighbour (it went, or changed and came out
    less similar), are computed again; the others keep their lists, merged with
    the new papers that now come closer. Only those rows are touched: a one-file
    rebuild at 50,000 papers changes a few dozen of half a million entries."""
    n = len(state.ids)
    old_to_new = np.full(len(old.ids), -1, np.int64)
    kept = np.flatnonzero(reused >= 0)
    old_to_new[reused[kept]] = kept
    index = np.full((n, top), -1, np.int64)
    score = np.zeros((n, top), np.float32)
    old_index = old.index[reused[kept]].astype(np.int64)
    index[kept] = np.where(old_index >= 0, old_to_new[np.maximum(old_index, 0)], -1)
    score[kept] = old.score[reused[kept]]
    dirty = np.zeros(n, dtype=bool)
    dirty[fresh] = True
    # Neighbours that went or changed: rows, slots, and the neighbour's new row.
    rows, slots = np.nonzero((index < 0) & (score > 0))
    id_to_new = np.full(len(old.ids), -1, np.int64)
    id_to_new[at[at >= 0]] = np.flatnonzero(at >= 0)
    now = id_to_new[old.index[reused[rows], slots]]
    dirty[rows[now < 0]] = True  # a neighbour went
    # A changed neighbour as similar as before or more comes back with the new
    # papers below; when less similar, a paper outside the list may now belong in it.
    changed = now >= 0
    new_score = np.asarray(
        state.vectors[rows[changed]].multiply(state.vectors[now[changed]]).sum(axis=1)
    ).ravel()
    dirty[rows[changed][new_score < score[rows[changed], slots[changed]] - 1e-6]] = True
    score[rows, slots] = 0
    # Each new paper may now be among an unchanged paper's best.
    paper, other, cosine = _near_new(state, fresh)
    # A list with a free slot (short, or a neighbour taken out above) takes any.
    worst = np.where((index >= 0).all(axis=1), score[:, -1], 0)
    closer = ~dirty[other] & (other != paper) & (cosine > worst[other])
    paper, other, cosine = paper[closer], other[closer], cosine[closer]
    if len(other):
        touched, slot = np.unique(other, return_inverse=True)
        extra = np.bincount(slot).max()
        grid = np.full((len(touched), top + extra), -1, np.int64)
        grid_score = np.full((len(touched), top + extra), -1.0, np.float32)
        grid[:, :top], grid_score[:, :top] = index[touched], score[touched]
        grid_score[:, :top][grid[:, :top] < 0] = -1.0
        order = np.argsort(slot, kind="stable")
        column = top + np.arange(len(slot)) - np.searchsorted(slot[order], slot[order])
        grid[slot[order], column] = paper[order]
        grid_score[slot[order], column] = cosine[order]
        index[touched], score[touched] = _best_of(grid, grid_score, top)
    again = np.flatnonzero(dirty)
    index[again], score[again] = top_neighbours(state.vectors, again, top, state.pruned)
    return index, score


def _near_new(state: State, fresh: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(new paper, other paper, cosine) of the pairs a new paper may enter the
    other's list by: every pair up to EXACT_UP_TO papers, above only candidates
    (sharing a candidate word), as a whole computation would find them: at 50,000
    synthetic papers 18 new papers share some word with 400,000 pairs."""
    if len(state.ids) <= EXACT_UP_TO:
        # (all x new), not (new x all): transposing the few new rows is cheap.
        near = sp.coo_matrix(state.vectors @ state.vectors[fresh].T.tocsr())
        return fresh[near.col], near.row.astype(np.int64), near.data
    near = sp.coo_matrix(state.pruned @ state.pruned[fresh].T.tocsr())
    paper, other = fresh[near.col], near.row.astype(np.int64)
    return paper, other, _pair_scores(state.vectors, other, paper)


def neighbour_table(
    ids: list[str], rows: np.ndarray, index: np.ndarray, score: np.ndarray
) -> pa.Table:
    """The long neighbour table, sorted by paper row and rank."""
    order = np.argsort(rows, kind="stable")
    rows, index, score = rows[order], index[order], score[order]
    top = index.shape[1] if index.ndim == 2 else TOP
    keep = index >= 0
    paper_rows = np.repeat(rows, top).reshape(-1, top)[keep]
    ranks = np.tile(np.arange(1, top + 1, dtype=np.int16), (len(rows), 1))[keep]
    id_array = pa.array(ids, pa.string())
    return pa.table(
        {
            "paper_id": id_array.take(pa.array(paper_rows)),
            "neighbour_id": id_array.take(pa.array(index[keep])),
            "rank": pa.array(ranks, pa.int16()),
            "score": pa.array(score[keep], pa.float32()),
        },
        schema=NEIGHBOURS_SCHEMA,
    )


# ---------------------------------------------------------------------------
# Files


def write(papers: pa.Table, version_dir: Path, previous: Path | None) -> pa.Table:
    """Compute the neighbours of ``papers`` and write them, with the state the next
    build reuses, into ``version_dir``."""
    state, table = compute(papers, previous)
    pq.write_table(table, version_dir / NEIGHBOURS_FILE, compression="zstd")
    folder = version_dir / STATE_DIR
    folder.mkdir()
    sp.save_npz(folder / "vectors.npz", state.vectors, compressed=False)
    sp.save_npz(folder / "pruned.npz", state.pruned, compressed=False)
    np.savez(folder / "lists.npz", index=state.index.astype(np.int32), score=state.score)
    pq.write_table(
        pa.table({"paper_id": state.ids, "text_hash": pa.array(state.hashes, pa.uint64())}),
        folder / "papers.parquet",
    )
    pq.write_table(
        pa.table({"term": pa.array(state.vocabulary, pa.string()), "idf": state.idf}),
        folder / "vocabulary.parquet",
    )
    (folder / "state.json").write_text(json.dumps({"version": SIMILAR_VERSION}))
    return table


STATE_FILES = (
    "vectors.npz",
    "pruned.npz",
    "lists.npz",
    "papers.parquet",
    "vocabulary.parquet",
    "state.json",
)


def link(previous: Path, version_dir: Path) -> bool:
    """Hard-link the previous version's neighbours and state into ``version_dir``
    (for a build whose papers table is the previous one: nothing to compute).
    False, leaving nothing behind, when it has none of this program's or the file
    system cannot link; the caller then writes them."""
    if not has_neighbours(previous):
        return False
    pairs = [(previous / NEIGHBOURS_FILE, version_dir / NEIGHBOURS_FILE)] + [
        (previous / STATE_DIR / name, version_dir / STATE_DIR / name) for name in STATE_FILES
    ]
    (version_dir / STATE_DIR).mkdir()
    try:
        for source, target in pairs:
            os.link(source, target)
    except OSError:
        for _, target in pairs:
            target.unlink(missing_ok=True)
        (version_dir / STATE_DIR).rmdir()
        return False
    return True


def read_state(version: Path | None) -> State | None:
    """The reusable state of a version folder, or None when it has none (or of
    another version, or unreadable)."""
    if version is None:
        return None
    folder = version / STATE_DIR
    try:
        if json.loads((folder / "state.json").read_text()).get("version") != SIMILAR_VERSION:
            return None
        papers = pq.read_table(folder / "papers.parquet")
        vocabulary = pq.read_table(folder / "vocabulary.parquet")
        vectors = sp.load_npz(folder / "vectors.npz").tocsr()
        pruned = sp.load_npz(folder / "pruned.npz").tocsr()
        with np.load(folder / "lists.npz") as lists:
            index, score = lists["index"].astype(np.int64), lists["score"]
    except (OSError, ValueError, KeyError, pa.ArrowInvalid):
        return None
    return State(
        papers["paper_id"].to_pylist(),
        papers["text_hash"].to_numpy(),
        vocabulary["term"].to_pylist(),
        vocabulary["idf"].to_numpy().astype(np.float32),
        vectors,
        pruned,
        index,
        score,
    )


def load_neighbours(out_dir: str | os.PathLike[str], version: str | None = None) -> pa.Table:
    """The neighbour table of the dataset in ``out_dir`` (of its ``version``, else
    the current one). Raises FileNotFoundError when the dataset was built without
    one."""
    folder = version_path(Path(out_dir), version) if version else current_version(Path(out_dir))
    path = (folder or Path(out_dir)) / NEIGHBOURS_FILE
    if not path.is_file():
        raise FileNotFoundError(
            f"no {NEIGHBOURS_FILE} in {out_dir}: rebuild it with `digest-data build`"
        )
    return pq.read_table(path, schema=NEIGHBOURS_SCHEMA)


def has_neighbours(version: Path) -> bool:
    """Whether a version folder has neighbours computed the way this program does."""
    try:
        state = json.loads((version / STATE_DIR / "state.json").read_text())
    except (OSError, ValueError):
        return False
    return state.get("version") == SIMILAR_VERSION and (version / NEIGHBOURS_FILE).is_file()
