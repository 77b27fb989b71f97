"""The benchmark's synthetic collections: deterministic, and shaped like real digests."""

from __future__ import annotations

import statistics

import digest_data
from digest_data import synth
from digest_data.analyse import aggregate

N = 3_000


def test_same_seed_same_files_and_a_realistic_collection(tmp_path, sample_dataset):
    counts = synth.write(sample_dataset.papers, N, tmp_path / "a", seed=7)
    synth.write(sample_dataset.papers, N, tmp_path / "b", seed=7)
    first, second = (
        {p.relative_to(d): p.read_bytes() for p in d.rglob("*.md")}
        for d in (tmp_path / "a", tmp_path / "b")
    )
    assert first == second
    assert set(counts) == {"hf-daily", "map-daily", "markdown"}

    report = digest_data.build([tmp_path / "a"], tmp_path / "out")
    papers = digest_data.load(tmp_path / "out").papers
    # Every paper comes back once: its duplicate listings merged, the broken rows
    # (0.5%, so about 15) skipped with their file and line.
    assert len(papers) == papers["paper_id"].nunique() == N
    assert 5 <= len(report.skipped_rows) <= 30
    assert all(s.line > 0 and s.file.endswith(".md") for s in report.skipped_rows)
    assert report.duplicates_merged > 0

    # Sources 70/20/10 (three standard deviations at 3,000 papers is under 3 points).
    shares = papers["source"].value_counts(normalize=True)
    for source, share in synth.SHARES.items():
        assert abs(shares[source] - share) < 0.03, source

    # Real summaries drawn uniformly, so real metric phrasings in the sample's
    # proportions: the share of papers with a reported number matches it.
    def share_with_metrics(dataset) -> float:
        summarised = dataset.papers[dataset.papers["summary"].notna()]
        return summarised["paper_id"].isin(dataset.metrics["paper_id"]).mean()

    built = digest_data.load(tmp_path / "out")
    assert abs(share_with_metrics(built) - share_with_metrics(sample_dataset)) < 0.03

    # Authors: a prolific head near the real digests' (the top author on 0.7% of
    # papers) and a long tail: half the authors have one or two papers.
    listed = papers[papers["authors"].map(len) > 0]
    table = aggregate.author_table(listed)
    assert 0.005 <= table["papers"].iloc[0] / len(listed) <= 0.02
    assert statistics.median(table["papers"]) <= 2
