"""What is rising: terms found by their use in titles and summaries, not by the
summaries' template; the log-odds ranking; topics, people and benchmarks counted
per distinct paper; and checks on the real months of the corpus."""

from __future__ import annotations

import datetime as dt
import math
import random

import pandas as pd
import pytest
import regex as re

from digest_data import canonical_benchmark
from digest_data.analyse import leaderboard, terms, trends
from digest_data.enrich.benchmarks import load_registry

D = dt.date

# The summaries' template, before and after it drifted: everyday English that
# swings from most papers to none.
OLD_TEMPLATE = (
    "This methodology demonstrates that practitioners can use the proposed approach, "
    "which offers significant improvements."
)
NEW_TEMPLATE = (
    "The key finding is that the framework provides notable gains; researchers should "
    "consider these insights."
)
# Subjects used at the same rate in both months.
STEADY = ["diffusion transformer", "RLHF", "mixture-of-experts", "speculative decoding", "LoRA"]


def _papers(month: int, n: int, planted: dict[str, int], template: str, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        subjects = [s for s in STEADY if rng.random() < 0.3]
        subjects += [term for term, count in planted.items() if i < count]
        summary = f"We study {', '.join(subjects) or 'a model'}. " + (
            template if rng.random() < 0.9 else ""
        )
        rows.append(
            {
                "paper_id": f"arxiv:2024.{month:02d}{i:03d}",
                "date": pd.Timestamp(2024, month, 1 + i % 28),
                "source": "hf-daily",
                "title": f"A study of {subjects[0] if subjects else 'models'} number {i}",
                "summary": summary,
                "authors": [f"Author {i % 7}"],
                "topics": ["other"],
            }
        )
    return rows


@pytest.fixture(scope="module")
def drifting() -> pd.DataFrame:
    """Two months of 120 papers: the template changes, GRPO rises from 2 to 30
    papers, Mamba falls from 30 to 2, the steady subjects stay."""
    before = _papers(9, 120, {"GRPO": 2, "Mamba state space": 30}, OLD_TEMPLATE, 1)
    now = _papers(10, 120, {"GRPO": 30, "Mamba state space": 2}, NEW_TEMPLATE, 2)
    return pd.DataFrame(before + now)


SEP, OCT = (
    trends.Window(D(2024, 9, 1), D(2024, 9, 30)),
    trends.Window(D(2024, 10, 1), D(2024, 10, 31)),
)


def test_a_planted_rising_term_ranks_first_and_template_drift_does_not_appear(drifting):
    ranked = trends.compare(trends.term_items(drifting), drifting, OCT, SEP, min_count=5)
    assert trends.rising(ranked, 5)["item"].iloc[0] == "GRPO"
    assert trends.falling(ranked, 5)["item"].iloc[0] in {"Mamba", "Mamba state space"}
    template_words = {
        terms.term_key(w) for t in (OLD_TEMPLATE, NEW_TEMPLATE) for w in terms.candidates(t)
    }
    assert not template_words & {terms.term_key(i) for i in ranked["item"]}
    grpo = ranked.set_index("item").loc["GRPO"]
    assert (grpo["count"], grpo["count_before"]) == (30, 2)
    assert grpo["share"] == pytest.approx(30 / 120)
    assert grpo["change"] == pytest.approx((30 - 2) / 120)


def test_steady_subjects_are_kept_but_not_ranked_above_the_planted_change(drifting):
    ranked = trends.compare(trends.term_items(drifting), drifting, OCT, SEP, min_count=5)
    items = set(ranked["item"])
    assert {"diffusion transformer", "RLHF", "mixture-of-experts", "speculative decoding"} <= items
    scores = ranked.set_index("item")["score"]
    assert all(abs(scores[s]) < scores["GRPO"] for s in STEADY if s in scores)


def test_terms_merge_case_and_plural_and_count_papers_not_tokens():
    papers = pd.DataFrame(
        {
            "paper_id": ["a", "b", "c", "d"],
            "date": pd.to_datetime(["2024-10-01"] * 4),
            "title": [
                "LLMs reason",
                "An LLM agent",
                "Test-Time Scaling of Vision-Language-Action Models",
                "Nothing",
            ],
            "summary": [
                "LLM " * 50,
                "",
                "We study llms and test-time scaling for vision-language-action models. "
                "The key finding is notable.",
                "The key finding is notable.",
            ],
        }
    )
    found = terms.subject_terms(terms.paper_terms(papers), min_papers=1)
    per_item = found.groupby("item")["paper_id"].nunique()
    assert per_item["LLM"] == 3  # "LLMs", "LLM" and "llms", each paper once
    # Spelled as in the summary; everyday words, kept because a title uses them.
    assert per_item["test-time scaling"] == 1 and per_item["vision-language-action models"] == 1
    # Everyday English that no title uses is the template's, not a subject.
    assert "key finding" not in per_item and "notable" not in per_item


def test_a_phrase_cut_from_a_longer_name_is_no_term_but_a_name_of_its_own_is():
    """Four papers on a "benchmark for large language models"; five that use
    "process reward", four of them always as "process reward models" and one, in
    its title, otherwise; three on "video generation" followed by a different word
    each time."""
    titles = ["A Benchmark for Large Language Models"] * 4
    summaries = ["We build a benchmark for large language models."] * 4
    titles += ["Process Reward Guided Search", "Step Scores", "Math", "Proofs", "Search"]
    summaries += ["We search with it."] + ["We train process reward models."] * 4
    titles += ["Video Generation"] * 3
    summaries += [f"Video generation {word}." for word in ("quality", "speed", "control")]
    papers = pd.DataFrame(
        {"paper_id": [f"p{i}" for i in range(12)], "title": titles, "summary": summaries}
    )
    keys = set(terms.subject_terms(terms.paper_terms(papers), min_papers=1)["key"])
    # Three words are the longest phrase, and all four papers go on to "language":
    # a cut name. Its continuation is a term, so "large language" goes too.
    assert "benchmark for large" not in keys
    assert "large language" not in keys
    assert "large language model" in keys
    # Four of its five papers follow "process reward" with "model", but "process
    # reward model" is in no title, so no subject: the shorter name stands for it.
    assert "process reward" in keys
    # Followed by different words: a phrase of its own.
    assert "video generation" in keys


def test_phrases_stay_within_a_clause_and_do_not_end_on_function_words():
    found = terms.candidates("We use chain of thought, test-time scaling. Then GRPO")
    assert "chain of thought" in found and "test-time scaling" in found
    assert "scaling Then" not in found and "thought test-time" not in found
    assert not any(f.split()[-1].lower() in {"of", "we", "use"} for f in found if " " in f)


def test_log_odds_with_a_pooled_prior_matches_the_formula_worked_by_hand():
    now = pd.Series({"a": 10.0, "b": 0.0})
    before = pd.Series({"a": 5.0, "b": 5.0})
    z = trends.log_odds_z(now, before, now + before)
    # a: log(25/5) - log(20/10) = log 2.5, variance 1/25 + 1/20 = 0.09
    assert z["a"] == pytest.approx(math.log(2.5) / 0.3)
    # b: log(5/25) - log(10/20) = log 0.4, variance 1/5 + 1/10 = 0.3
    assert z["b"] == pytest.approx(math.log(0.4) / math.sqrt(0.3))


def test_the_window_before_defaults_to_the_same_length_just_before():
    now, before = trends.windows(D(2024, 11, 1), D(2024, 12, 31))
    assert (before.start, before.end) == (D(2024, 9, 1), D(2024, 10, 31))
    _, chosen = trends.windows(D(2024, 11, 1), D(2024, 12, 31), D(2024, 9, 1), D(2024, 9, 30))
    assert (chosen.start, chosen.end) == (D(2024, 9, 1), D(2024, 9, 30))
    with pytest.raises(ValueError, match="starts after"):
        trends.windows(D(2024, 12, 1), D(2024, 11, 1))


def _distinct_counts(papers, column, start, end) -> dict[str, int]:
    """Distinct papers per value of a list column in [start, end], by a plain loop."""
    seen: dict[str, set] = {}
    for paper_id, date, values in zip(papers["paper_id"], papers["date"], papers[column]):
        if start <= date.date() <= end:
            for value in values:
                seen.setdefault(" ".join(value.split()), set()).add(paper_id)
    return {k: len(v) for k, v in seen.items()}


@pytest.mark.parametrize("what,column", [("topics", "topics"), ("people", "authors")])
def test_topics_and_people_count_distinct_papers_like_a_plain_loop(sample_dataset, what, column):
    papers = sample_dataset.papers
    last = papers["date"].max().date()
    now, before = trends.windows(last - dt.timedelta(days=13), last)
    items = trends.items_of(what, papers, sample_dataset.metrics)
    ranked = trends.compare(items, papers, now, before, min_count=1).set_index("item")
    expected_now = _distinct_counts(papers, column, now.start, now.end)
    expected_before = _distinct_counts(papers, column, before.start, before.end)
    for item in ranked.index[:50]:
        assert ranked.at[item, "count"] == expected_now.get(item, 0)
        assert ranked.at[item, "count_before"] == expected_before.get(item, 0)
    total = len(
        {p for p, d in zip(papers["paper_id"], papers["date"]) if now.start <= d.date() <= now.end}
    )
    top = ranked.index[0]
    assert ranked.at[top, "share"] == pytest.approx(expected_now.get(top, 0) / total)


def test_benchmarks_count_papers_reporting_a_number_on_them(sample_dataset):
    metrics = sample_dataset.metrics
    items = trends.benchmark_items(metrics)
    named = metrics[metrics["benchmark_id"] != ""]
    expected = named.groupby("benchmark_id")["paper_id"].nunique()
    # Each benchmark under the name the Benchmarks page shows, never a folded id.
    labels = leaderboard.benchmark_labels(metrics)
    got = items.groupby("item")["paper_id"].nunique()
    assert got.sort_index().to_dict() == {labels[b]: n for b, n in expected.items()}
    written = set(metrics["benchmark"])
    assert all(item in written or item in labels.values() for item in got.index)
    unknown = [b for b in expected.index if b not in load_registry().benchmarks]
    assert unknown and all(labels[b] in written for b in unknown)


def test_benchmarks_are_counted_by_canonical_name():
    """Two spellings of one benchmark are one item; a paper counts once."""
    metrics = pd.DataFrame(
        {
            "paper_id": ["a", "a", "b", "c"],
            "date": pd.to_datetime(["2024-10-01"] * 4),
            "benchmark": ["AIME24", "AIME 2024", "AIME-2024", "GSM8K"],
            "benchmark_id": [
                canonical_benchmark(b) for b in ["AIME24", "AIME 2024", "AIME-2024", "GSM8K"]
            ],
        }
    )
    got = trends.benchmark_items(metrics).groupby("item")["paper_id"].nunique().to_dict()
    assert got == {canonical_benchmark("AIME 2024"): 2, canonical_benchmark("GSM8K"): 1}


def test_people_are_persons_when_the_authors_table_is_given():
    """A username joined to its real name is one person: two papers, not one each."""
    papers = pd.DataFrame(
        {
            "paper_id": ["a", "b", "c"],
            "date": pd.to_datetime(["2024-10-01", "2024-10-02", "2024-10-03"]),
            "authors": [["liuziwei7", "Chen Change Loy"], ["Ziwei Liu"], ["Chen Change Loy"]],
        }
    )
    authors = pd.DataFrame(
        {
            "name": ["liuziwei7", "Ziwei Liu", "Chen Change Loy"],
            "person": ["Ziwei Liu", "Ziwei Liu", "Chen Change Loy"],
            "is_username": [True, False, False],
        }
    )
    as_written = trends.items_of("people", papers, pd.DataFrame(), None)
    assert sorted(as_written["item"].unique()) == ["Chen Change Loy", "Ziwei Liu", "liuziwei7"]
    persons = trends.items_of("people", papers, pd.DataFrame(), None, authors)
    counts = persons.groupby("item")["paper_id"].nunique().to_dict()
    assert counts == {"Ziwei Liu": 2, "Chen Change Loy": 2}


def test_monthly_shares_are_each_months_papers_with_the_item(drifting):
    items = trends.term_items(drifting)
    shares = trends.monthly_shares(items, drifting, ["GRPO"])
    assert list(shares["share"]) == pytest.approx([2 / 120, 30 / 120])
    assert trends.sparklines(shares) == {"GRPO": pytest.approx([2 / 120, 30 / 120])}


# ---------------------------------------------------------------------------
# The real months of the corpus

# The summaries' template, read in the corpus: phrases every summary of a period
# uses whatever its subject.
TEMPLATE = [
    "practitioners",
    "AI practitioners",
    "methodology",
    "key methodology",
    "demonstrate",
    "offers",
    "key finding",
    "impactful finding",
    "outperforming",
    "primary objective",
    "research question",
    "main research question",
    "principal implication",
]
# Research subjects of 2024, named by reading titles; which of them rose sharply is
# counted below with a plain loop, not taken from the ranking.
SUBJECTS = [
    "GUI agent",
    "process reward",
    "test-time",
    "autoencoder",
    "world model",
    "MCTS",
    "chain-of-thought",
    "mixture-of-experts",
    "RLHF",
    "DPO",
    "KV cache",
    "Mamba",
    "speculative decoding",
    "vision-language-action",
    "reasoning model",
]


@pytest.fixture(scope="module")
def corpus_papers(tmp_path_factory):
    from conftest import HF_DAILY, ROOT

    import digest_data

    folder = HF_DAILY if HF_DAILY.is_dir() else ROOT.parent.parent / "shared/corpus/hf-daily"
    out = tmp_path_factory.mktemp("corpus") / "dataset"
    digest_data.build([folder], out)
    return digest_data.load(out).papers


def _papers_mentioning(papers, term: str, window: trends.Window) -> tuple[int, int]:
    """Distinct papers in ``window`` whose title or summary has ``term`` as whole
    words (any case), and all distinct papers in it, by a plain loop."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(term.lower())}s?(?![\w-])")
    found, seen = set(), set()
    for pid, date, title, summary in zip(
        papers["paper_id"], papers["date"], papers["title"], papers["summary"].fillna("")
    ):
        if window.start <= date.date() <= window.end:
            seen.add(pid)
            if pattern.search(f"{title} {summary}".lower()):
                found.add(pid)
    return len(found), len(seen)


def test_real_months_sharp_risers_surface_and_the_template_does_not(corpus_papers):
    now, before = trends.windows(D(2024, 11, 1), D(2024, 12, 31))
    ranked = trends.drop_nested(
        trends.compare(trends.term_items(corpus_papers), corpus_papers, now, before)
    )
    keys = {terms.term_key(i) for i in ranked["item"]}
    assert not keys & {terms.term_key(t) for t in TEMPLATE}
    sharp = []
    for term in SUBJECTS:
        (n_now, total), (n_before, total_before) = (
            _papers_mentioning(corpus_papers, term, w) for w in (now, before)
        )
        if n_now >= 5 and n_now / total >= 4 * n_before / total_before:
            sharp.append(term)
    assert sharp  # this corpus has some: GUI agents and process rewards, late 2024
    top = {terms.term_key(i) for i in trends.rising(ranked, 30)["item"]}
    assert {terms.term_key(t) for t in sharp} <= top, sharp


def test_one_item_alone_is_ranked_by_its_share_of_the_papers():
    """A search that leaves one benchmark: in 3 of 3 papers before, 3 of 8 now. Its
    odds against the papers without it, prior 6 on both sides: log(9/6) - log(9/11)
    over sqrt(1/9 + 1/9)."""
    items = pd.DataFrame(
        {
            "paper_id": ["a", "b", "c", "d", "e", "f"],
            "date": pd.to_datetime(["2024-10-01"] * 3 + ["2024-11-01"] * 3),
            "item": ["SWE-bench"] * 6,
        }
    )
    papers = pd.DataFrame(
        {
            "paper_id": [*"abcdef", "g", "h", "i", "j", "k"],
            "date": pd.to_datetime(["2024-10-01"] * 3 + ["2024-11-01"] * 8),
        }
    )
    now = trends.Window(D(2024, 11, 1), D(2024, 11, 30))
    before = trends.Window(D(2024, 10, 1), D(2024, 10, 31))
    table = trends.compare(items, papers, now, before, min_count=1)
    expected = (math.log(9 / 6) - math.log(9 / 11)) / math.sqrt(2 / 9)
    assert table["score"].iloc[0] == pytest.approx(-expected)
    assert list(trends.falling(table)["item"]) == ["SWE-bench"]


def test_an_item_whose_score_and_share_disagree_is_neither_rising_nor_falling():
    table = pd.DataFrame(
        {
            "item": ["up", "odd", "down"],
            "count": [10, 5, 1],
            "share": [0.1, 0.05, 0.01],
            "count_before": [1, 4, 9],
            "share_before": [0.01, 0.04, 0.09],
            "change": [0.09, 0.01, -0.08],
            "score": [2.0, -0.1, -2.0],
        }
    )
    assert list(trends.rising(table)["item"]) == ["up"]
    assert list(trends.falling(table)["item"]) == ["down"]
    assert trends.neither(table) == ["odd"]  # what the CLI names, not drops silently


def test_the_cli_names_the_items_neither_list_shows(sample_dataset):
    """The README's window: Safety and Science & health moved one way in share and the
    other in score; the command says so (on stderr, so a CSV on stdout stays clean)."""
    from typer.testing import CliRunner

    from digest_data.cli import app

    result = CliRunner().invoke(
        app,
        [
            "trends",
            str(sample_dataset.path),
            "--what",
            "topics",
            "--from",
            "2024-11-01",
            "--to",
            "2024-12-31",
            "--before-from",
            "2024-09-01",
            "--before-to",
            "2024-10-31",
            "--min-count",
            "0",
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "neither rising nor falling" in result.output
    bad = CliRunner().invoke(app, ["trends", str(sample_dataset.path), "--from", "2024-13-01"])
    assert bad.exit_code == 2 and "--from 2024-13-01: month must be in 1..12" in bad.output
    line = next(x for x in result.output.splitlines() if x.startswith("neither"))
    assert "Safety" in line and "Science & health" in line


def test_a_range_with_days_before_it_is_compared_with_them():
    now, before = trends.range_windows(
        dt.date(2024, 12, 1), dt.date(2024, 12, 31), dt.date(2024, 9, 5)
    )
    assert (now.start, now.end) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    assert (before.start, before.end) == (dt.date(2024, 10, 31), dt.date(2024, 11, 30))


def test_a_range_where_the_data_starts_is_split_in_halves():
    """All of the data has nothing before it: its second half against its first."""
    first = dt.date(2024, 9, 5)
    now, before = trends.range_windows(first, dt.date(2024, 12, 31), first)
    # 118 days: 2024-09-05..2024-11-02 (59 days) against 2024-11-03..2024-12-31 (59 days)
    assert (before.start, before.end) == (first, dt.date(2024, 11, 2))
    assert (now.start, now.end) == (dt.date(2024, 11, 3), dt.date(2024, 12, 31))
    one_day = trends.range_windows(first, first, first)
    assert (one_day[0].start, one_day[0].end) == (first, first)  # nothing to split


def test_halves_are_taken_where_the_filtered_papers_lie():
    """One source's papers run 2024-09-09 to 2024-10-21 inside a range to the end of
    December: halves of those 43 days (22 and 21), not of the range, whose second
    half would be empty."""
    now, before = trends.range_windows(
        dt.date(2024, 9, 5), dt.date(2024, 12, 31), dt.date(2024, 9, 9), dt.date(2024, 10, 21)
    )
    assert (before.start, before.end) == (dt.date(2024, 9, 9), dt.date(2024, 9, 30))
    assert (now.start, now.end) == (dt.date(2024, 10, 1), dt.date(2024, 10, 21))


def test_a_range_past_the_last_paper_is_compared_up_to_it():
    """Papers from September on, a range of October to December whose papers end on
    November 15: October 1 to November 15 (46 days) against the 46 days before."""
    now, before = trends.range_windows(
        dt.date(2024, 10, 1), dt.date(2024, 12, 31), dt.date(2024, 9, 1), dt.date(2024, 11, 15)
    )
    assert (now.start, now.end) == (dt.date(2024, 10, 1), dt.date(2024, 11, 15))
    assert (before.start, before.end) == (dt.date(2024, 8, 16), dt.date(2024, 9, 30))
    # the data's last day after the range changes nothing
    same = trends.range_windows(
        dt.date(2024, 12, 1), dt.date(2024, 12, 31), dt.date(2024, 9, 5), dt.date(2025, 1, 9)
    )
    assert (same[0].start, same[0].end) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
