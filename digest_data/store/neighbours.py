"""Papers like this one, computed at build time: each distinct paper's nearest
papers by the cosine of TF-IDF vectors of its title and summary, written to
``neighbours.parquet`` (paper_id, neighbour_id, rank, score) in the version folder.

One row per ``paper_id``, so a paper is never its own neighbour, nor is its
duplicate from another source or day. A rebuild reuses the previous version's
vocabulary, idf weights and vectors (``similar/``) and recomputes only what new,
changed or removed papers touch; when more than ``REFIT_SHARE`` of the papers are
new the vocabulary is fitted again and everything recomputed."""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import scipy.sparse as sp

NEIGHBOURS_FILE = "neighbours.parquet"
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
SIMILAR_VERSION = "tfidf-3"

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


def _vectorizer(vocabulary: list[str] | None = None):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        stop_words="english",
        sublinear_tf=True,
        min_df=1 if vocabulary is not None else 2,
        # Words in more than a tenth of the papers say little about a subject and
        # make the similarity product dense: at 5,000 synthetic papers 0.5 took
        # 1.14 s of CPU and 0.1 0.61 s, with the anchor check as good or better.
        max_df=MAX_DF if vocabulary is None else 1.0,
        dtype=np.float32,
        vocabulary=vocabulary,
    )


@dataclass
class State:
    """What a rebuild reuses: the papers' ids and text hashes (in row order), the
    vocabulary and idf, and the vectors."""

    ids: list[str]
    hashes: list[str]
    vocabulary: list[str]
    idf: np.ndarray
    vectors: sp.csr_matrix


def fit(ids: list[str], texts: pa.Array) -> State:
    """A vocabulary fitted on ``texts`` and their vectors."""
    hashes, texts = _hashes(texts), texts.to_pylist()
    vectorizer = _vectorizer()
    try:
        vectors = vectorizer.fit_transform(texts)
    except ValueError:  # too few papers for min_df, or only stop words
        vectorizer = _vectorizer()
        vectorizer.set_params(min_df=1, max_df=1.0)
        try:
            vectors = vectorizer.fit_transform(texts)
        except ValueError:
            return State(ids, hashes, [], np.zeros(0, np.float32), _empty(len(ids)))
    vocabulary = vectorizer.get_feature_names_out().tolist()
    return State(ids, hashes, vocabulary, vectorizer.idf_.astype(np.float32), vectors)


#: scikit-learn's default token pattern (with its standard ``re`` semantics).
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def transform(state: State, texts: list[str]) -> sp.csr_matrix:
    """Vectors of ``texts`` under ``state``'s vocabulary and idf (words it has not
    seen are left out): what scikit-learn's fitted TfidfVectorizer gives (lower
    case, its token pattern, 1 + log tf, times idf, L2-normalised), without
    importing scikit-learn, which alone took 1.7 s of CPU in a one-file rebuild."""
    column = {term: i for i, term in enumerate(state.vocabulary)}
    rows: list[int] = []
    cols: list[int] = []
    tfs: list[float] = []
    for row, text in enumerate(texts):
        counts = Counter(t for t in _TOKEN.findall(text.lower()) if t in column)
        for term, count in counts.items():
            rows.append(row)
            cols.append(column[term])
            tfs.append(1.0 + math.log(count))
    shape = (len(texts), len(state.vocabulary))
    tf = sp.csr_matrix((np.asarray(tfs, np.float64), (rows, cols)), shape=shape)
    weighted = sp.csr_matrix(tf.multiply(state.idf.astype(np.float64)))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ weighted, dtype=np.float32)


def _empty(rows: int, cols: int = 0) -> sp.csr_matrix:
    return sp.csr_matrix((rows, cols), dtype=np.float32)


def _hashes(texts: pa.Array) -> list[str]:
    """A 64-bit hash of each text (pandas' vectorised SipHash), as hex."""
    values = pd.util.hash_array(
        texts.to_numpy(zero_copy_only=False).astype(object), categorize=False
    )
    return [f"{v:016x}" for v in values.tolist()]


def top_neighbours(
    vectors: sp.csr_matrix, rows: np.ndarray, top: int = TOP
) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``rows``, the indices and cosines of its ``top`` most similar
    other rows (vectors are L2-normalised), best first; -1 pads a short list and
    rows with nothing in common are not neighbours. Every pair is compared up to
    ``EXACT_UP_TO`` papers; above, only each paper's candidates are."""
    if vectors.shape[0] <= EXACT_UP_TO:
        return exact_neighbours(vectors, rows, top)
    return candidate_neighbours(vectors, rows, top)


def exact_neighbours(
    vectors: sp.csr_matrix, rows: np.ndarray, top: int = TOP
) -> tuple[np.ndarray, np.ndarray]:
    """``top_neighbours`` by comparing each row with every paper: quadratic (112 s
    of CPU at 50,000 synthetic papers), the reference the candidates are measured
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
) -> tuple[np.ndarray, np.ndarray]:
    """``top_neighbours`` among candidates: the ``candidates`` papers that score
    best on each paper's ``terms`` heaviest distinctive words (in at most
    ``CANDIDATE_MAX_DF`` papers), ranked by their exact cosine. Near-linear: a
    word's postings are capped, so the candidate product stays sparse, and only
    ``candidates`` pairs per paper are scored whole."""
    pruned = _heaviest_terms(vectors, terms, CANDIDATE_MAX_DF)
    transposed = pruned.T.tocsr()
    firsts, seconds = [], []
    for start in range(0, len(rows), CANDIDATE_CHUNK):
        chunk = rows[start : start + CANDIDATE_CHUNK]
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


def _heaviest_terms(vectors: sp.csr_matrix, terms: int, max_df: int) -> sp.csr_matrix:
    """Each row's ``terms`` largest weights among words in at most ``max_df`` rows."""
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
    old_table = _read_neighbours(previous)
    hashes = _hashes(texts)
    if old is None or old_table is None or not ids:
        return _from_scratch(ids, texts, top)
    old_row = {(i, h): r for r, (i, h) in enumerate(zip(old.ids, old.hashes, strict=True))}
    reused = [old_row.get(key) for key in zip(ids, hashes, strict=True)]
    fresh = [r for r, at in enumerate(reused) if at is None]
    if len(fresh) > REFIT_SHARE * len(ids):
        return _from_scratch(ids, texts, top)
    vectors = _assemble(
        old, reused, transform(old, texts.take(pa.array(fresh, pa.int64())).to_pylist()), fresh
    )
    state = State(ids, hashes, old.vocabulary, old.idf, vectors)
    return state, _update(state, old_table, set(zip(ids, hashes, strict=True)), old, fresh, top)


def _from_scratch(ids: list[str], texts: pa.Array, top: int) -> tuple[State, pa.Table]:
    state = fit(ids, texts)
    index, score = top_neighbours(state.vectors, np.arange(len(ids)), top)
    return state, neighbour_table(ids, np.arange(len(ids)), index, score)


def _assemble(
    old: State, reused: list[int | None], new_vectors: sp.csr_matrix, fresh: list[int]
) -> sp.csr_matrix:
    """The vectors in the new row order: old rows where reused, new ones elsewhere."""
    stacked = sp.vstack([old.vectors, new_vectors], format="csr")
    base = old.vectors.shape[0]
    fresh_at = {r: base + i for i, r in enumerate(fresh)}
    order = [at if at is not None else fresh_at[r] for r, at in enumerate(reused)]
    return stacked[np.asarray(order, dtype=np.int64)] if order else _empty(0, stacked.shape[1])


def _update(
    state: State,
    old_table: pa.Table,
    kept: set[tuple[str, str]],
    old: State,
    fresh: list[int],
    top: int,
) -> pa.Table:
    """Neighbours after a change: rows of new or changed papers, and of papers that
    lost a neighbour (it changed or went), are computed again; the others keep
    their lists, merged with the new papers that now come closer. Vectorised: a
    one-file rebuild at 50,000 papers touches half a million neighbour rows."""
    n = len(state.ids)
    # Arrow's hash lookups: string lookups in pandas were most of a one-file rebuild.
    ids = pa.array(state.ids, pa.string())
    paper = pc.index_in(old_table["paper_id"], value_set=ids).fill_null(-1).to_numpy()
    neighbour = pc.index_in(old_table["neighbour_id"], value_set=ids).fill_null(-1).to_numpy()
    gone = [i for i, h in zip(old.ids, old.hashes, strict=True) if (i, h) not in kept]
    lost = pc.is_in(old_table["neighbour_id"], value_set=pa.array(gone, pa.string()))
    lost = lost.to_numpy(zero_copy_only=False) & (paper >= 0)
    old_scores = old_table["score"].to_numpy()
    dirty = np.zeros(n, dtype=bool)
    dirty[fresh] = True
    dirty[paper[lost & (neighbour < 0)]] = True  # a neighbour went
    # A neighbour whose text changed is merged back below with its new score; only
    # when it came out less similar may a paper outside the list now belong in it.
    changed = lost & (neighbour >= 0) & ~dirty[np.maximum(paper, 0)]
    if changed.any():
        rows, cols = paper[changed], neighbour[changed]
        now = np.asarray(state.vectors[rows].multiply(state.vectors[cols]).sum(axis=1)).ravel()
        dirty[rows[now < old_scores[changed] - 1e-6]] = True
    index = np.full((n, top), -1, np.int64)
    score = np.zeros((n, top), np.float32)
    keep = (paper >= 0) & ~dirty[np.maximum(paper, 0)] & ~lost
    ranks = old_table["rank"].to_numpy().astype(np.int64) - 1
    index[paper[keep], ranks[keep]] = neighbour[keep]
    score[paper[keep], ranks[keep]] = old_scores[keep]
    score[index < 0] = -1.0
    clean = np.flatnonzero(~dirty)
    fresh_rows = np.asarray(fresh, dtype=np.int64)
    for start in range(0, len(fresh_rows), CHUNK):
        # Each new paper may now be among an unchanged paper's best: its cosine
        # with every paper is one row of the fresh x all product.
        block = fresh_rows[start : start + CHUNK]
        sims = (state.vectors[block] @ state.vectors[clean].T).toarray().T
        candidates = np.hstack([index[clean], np.broadcast_to(block, (len(clean), len(block)))])
        scores = np.hstack([score[clean], sims])
        order = np.lexsort((candidates, -scores), axis=1)[:, :top]
        index[clean] = np.take_along_axis(candidates, order, axis=1)
        score[clean] = np.take_along_axis(scores, order, axis=1)
    index[score <= 0] = -1
    score = np.maximum(score, 0)
    dirty_rows = np.flatnonzero(dirty)
    index[dirty_rows], score[dirty_rows] = top_neighbours(state.vectors, dirty_rows, top)
    return neighbour_table(state.ids, np.arange(n), index, score)


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
    pq.write_table(
        pa.table({"paper_id": state.ids, "text_sha": state.hashes}), folder / "papers.parquet"
    )
    pq.write_table(
        pa.table({"term": pa.array(state.vocabulary, pa.string()), "idf": state.idf}),
        folder / "vocabulary.parquet",
    )
    (folder / "state.json").write_text(json.dumps({"version": SIMILAR_VERSION}))
    return table


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
    except (OSError, ValueError, pa.ArrowInvalid):
        return None
    return State(
        papers["paper_id"].to_pylist(),
        papers["text_sha"].to_pylist(),
        vocabulary["term"].to_pylist(),
        vocabulary["idf"].to_numpy().astype(np.float32),
        vectors,
    )


def _read_neighbours(version: Path | None) -> pa.Table | None:
    if version is None:
        return None
    try:
        return pq.read_table(version / NEIGHBOURS_FILE, schema=NEIGHBOURS_SCHEMA)
    except (OSError, pa.ArrowInvalid):
        return None


def load_neighbours(out_dir: str | os.PathLike[str]) -> pa.Table:
    """The neighbour table of the dataset in ``out_dir``. Raises FileNotFoundError
    when the dataset was built without one."""
    from .dataset import current_version

    version = current_version(Path(out_dir))
    path = (version or Path(out_dir)) / NEIGHBOURS_FILE
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
