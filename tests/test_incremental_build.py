"""A rebuild after a few changed files merges only the papers they touch, and its
tables are exactly those of a cold build of the same inputs.

One real corpus (84 Hugging Face days, the M-A-P pages, the seeds that repeat four
of those days) is changed step by step, as a lab's folder changes between two
mornings; after every step the incremental build is compared with a ``force=True``
build of the same files into a fresh folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from conftest import HF_DAILY, MAP_DAILY, SEEDS

import digest_data
from digest_data.store import merge

TABLES = ("papers.parquet", "metrics.parquet", "authors.parquet")

ROW = (
    "| {title} (Read more on [arXiv](https://arxiv.org/abs/{aid}) or "
    "[HuggingFace](https://huggingface.co/papers/{aid}))| {authors} | {summary} |\n"
)
HEAD = "## Papers for {date}\n\n| Title | Authors | Summary |\n|-------|---------|---------|\n"
#: A Hugging Face row whose title an M-A-P row without a link (2024W38) borrows its id from.
LENDER = "Windows Agent Arena: Evaluating Multi-Modal OS Agents at Scale"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    shutil.copytree(HF_DAILY, src / "hf-daily")
    shutil.copytree(MAP_DAILY, src / "map-daily")
    shutil.copytree(SEEDS, src / "seeds")
    return src


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def row_with(path: Path, text: str) -> str:
    (line,) = [line for line in lines_of(path) if text in line]
    return line


def edit_summary(src: Path) -> list[Path]:
    day = src / "hf-daily" / "2024-09-13.md"
    line = row_with(day, LENDER)
    day.write_text(day.read_text().replace(line, line.replace("The research paper", "The paper")))
    return [day]


def add_duplicate_of_another_file(src: Path) -> list[Path]:
    """The 2024-10-01 paper "MM1.5" listed again on 2024-10-02, with a shorter summary."""
    line = row_with(src / "hf-daily" / "2024-10-01.md", "MM1.5: Methods, Analysis")
    cells = line.split("|")
    cells[3] = " A short summary. "
    day = src / "hf-daily" / "2024-10-02.md"
    day.write_text(day.read_text() + "|".join(cells))
    return [day]


def edit_a_duplicate_listing(src: Path) -> list[Path]:
    """A seed repeats 2024-10-14: one of its listings loses its authors (the merged
    paper takes them from the other listing) and gains a number in its summary."""
    seed = src / "seeds" / "002_3d843731ae4cf7d9.txt"
    line = [line for line in lines_of(seed) if "arxiv.org/abs/" in line][2]
    cells = line.split("|")
    cells[2] = " "
    cells[3] = cells[3] + " It reaches 91.5% accuracy on MMLU. "
    seed.write_text(seed.read_text().replace(line, "|".join(cells)))
    return [seed]


def remove_the_lender(src: Path) -> list[Path]:
    """The Hugging Face row whose id an M-A-P row borrowed goes: that row's id changes."""
    day = src / "hf-daily" / "2024-09-13.md"
    day.write_text(day.read_text().replace(row_with(day, LENDER), ""))
    return [day]


def delete_a_file(src: Path) -> list[Path]:
    day = src / "hf-daily" / "2024-11-05.md"
    day.unlink()
    return [day]


def new_file(src: Path) -> list[Path]:
    """A new day: a new paper, the lender back under its arXiv id, and a paper of
    another day under a new title."""
    day = src / "hf-daily" / "2024-12-31.md"
    day.write_text(
        HEAD.format(date="2024-12-31")
        + ROW.format(
            title="A New Paper on Caching", aid="2412.99999", authors="Ann Lee", summary="New."
        )
        + ROW.format(title=LENDER, aid="2409.08264", authors="rbonatti", summary="Back again.")
        + ROW.format(
            title="MM1.5 Retitled", aid="2409.20566", authors="Zhe Gan", summary="Same paper."
        )
    )
    return [day]


def append_a_comment(src: Path) -> list[Path]:
    """Bytes change, rows do not: the tables are the previous version's, linked."""
    day = src / "hf-daily" / "2024-10-08.md"
    day.write_text(day.read_text() + "\n<!-- read on Monday -->\n")
    return [day]


#: Each step changes the folder left by the one before it.
STEPS = [
    edit_summary,
    add_duplicate_of_another_file,
    edit_a_duplicate_listing,
    remove_the_lender,
    delete_a_file,
    new_file,
    append_a_comment,
]


def assert_same_as_cold(src: Path, out: Path, cold: Path, uploads: list[Path], step: str) -> None:
    digest_data.build([src], cold, force=True, uploads=uploads)
    for name in TABLES:
        incremental, clean = pq.read_table(out / name), pq.read_table(cold / name)
        assert incremental.equals(clean), f"{step}: {name} differs from a cold build"
    shutil.rmtree(cold)


def test_incremental_rebuilds_equal_cold_builds(corpus, tmp_path, monkeypatch):
    out, cold = tmp_path / "out", tmp_path / "cold"
    first = digest_data.build([corpus], out)
    assert first.rows > 1000

    merged: list[int] = []
    merge_papers = merge.papers

    def counted(rows):
        merged.append(rows.num_rows)
        return merge_papers(rows)

    monkeypatch.setattr(merge, "papers", counted)
    for step in STEPS:
        changed = step(corpus)
        merged.clear()
        report = digest_data.build([corpus], out)
        existing = [p for p in changed if p.exists()]
        assert report.files_parsed == len(existing), step.__name__
        # Only the papers the changed file's rows touch were merged again: a few
        # dozen rows (a seed repeats a whole day), not the thousands.
        assert len(merged) == 1 and merged[0] < first.rows / 20, (step.__name__, merged)
        assert_same_as_cold(corpus, out, cold, [], step.__name__)


def test_a_comment_only_change_links_the_previous_tables(corpus, tmp_path):
    out = tmp_path / "out"
    digest_data.build([corpus], out)
    # The papers did not change, so neither did their neighbours and the state
    # the next build updates them from.
    names = [*TABLES, "neighbours.parquet", "similar/vectors.npz", "similar/lists.npz"]
    before = {name: (out / "current" / name).stat().st_ino for name in names}
    append_a_comment(corpus)
    report = digest_data.build([corpus], out)
    assert not report.unchanged and report.files_parsed == 1
    after = {name: (out / "current" / name).stat().st_ino for name in names}
    assert after == before
    # A next build that changes a summary updates them from the linked state.
    assert digest_data.build([corpus], out, force=False).unchanged


def test_uploads_added_and_withdrawn_equal_cold_builds(corpus, tmp_path):
    """An upload borrows ids but never lends them: a title-only M-A-P row must not
    take the arXiv id an upload gives its title, before or after the upload goes."""
    out, cold = tmp_path / "out", tmp_path / "cold"
    mine = tmp_path / "uploads"
    mine.mkdir()
    (mine / "my-notes.md").write_text(
        HEAD.format(date="2024-09-13")
        + ROW.format(
            title="The Role of Deep Learning Regularizations on Actors in Offline RL",
            aid="2409.07606",
            authors="Me",
            summary="Uploaded.",
        )
        + ROW.format(title=LENDER, aid="2409.08264", authors="Me", summary="Mine too.")
    )
    digest_data.build([corpus], out)
    for uploads in ([mine], []):
        report = digest_data.build([corpus], out, uploads=uploads)
        assert report.files_parsed == len(uploads)
        assert_same_as_cold(corpus, out, cold, uploads, f"uploads={uploads}")


@pytest.mark.parametrize("max_slices", [merge.MAX_SLICES, 1])
def test_splicing_rows_into_a_sorted_table_is_a_sort_of_both(monkeypatch, max_slices):
    """Made of slices (a small change) or copied (a big one), the spliced table is
    what sorting the kept and the new rows together gives."""
    monkeypatch.setattr(merge, "MAX_SLICES", max_slices)
    rng = np.random.default_rng(7)
    old = pa.table(
        {
            "date": pa.array(np.repeat(np.arange(50), 4), pa.int32()),
            "source": ["hf"] * 200,
            "source_file": ["a.md"] * 200,
            "source_line": pa.array(np.tile(np.arange(4) * 2, 50), pa.int32()),
            "paper_id": [f"old{i}" for i in range(200)],
            "title": [f"Old {i}" for i in range(200)],
        }
    )
    dropped = pa.chunked_array([pa.array(rng.random(200) < 0.3)])
    new = pa.table(
        {
            "date": pa.array(np.arange(0, 50, 2), pa.int32()),
            "source": ["hf"] * 25,
            "source_file": ["a.md"] * 25,
            "source_line": pa.array(np.ones(25), pa.int32()),  # between two old rows
            "paper_id": [f"new{i}" for i in range(25)],
            "title": [f"New {i}" for i in range(25)],
        }
    )
    spliced = merge.insert_sorted(old, dropped, new)
    kept = old.filter(pc.invert(dropped))
    expected = pa.concat_tables([kept, new]).sort_by([(c, "ascending") for c in merge.ORDER])
    assert spliced.equals(expected)
    assert spliced.num_rows == 200 - sum(dropped.to_pylist()) + 25
