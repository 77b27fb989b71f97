"""Building the dataset: bad input, duplicates, order, incremental and atomic output."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import HF_DAILY, MAP_DAILY, SEEDS
from typer.testing import CliRunner

import digest_data
from digest_data.cli import app
from digest_data.schema import METRICS_SCHEMA, PAPERS_SCHEMA
from digest_data.store import dataset, load, versions

HF_ROW = (
    "| {title} (Read more on [arXiv](https://arxiv.org/abs/{aid}) or "
    "[HuggingFace](https://huggingface.co/papers/{aid}))| Ann Lee, bob | {summary} |\n"
)
HF_HEAD = "## Papers for {date}\n\n| Title | Authors | Summary |\n|-------|---------|---------|\n"


def hf_file(path: Path, date: str, rows: list[tuple[str, str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = HF_HEAD.format(date=date) + "".join(
        HF_ROW.format(title=t, aid=a, summary=s) for t, a, s in rows
    )
    path.write_text(body, encoding="utf-8")
    return path


def good(tmp_path: Path) -> Path:
    return hf_file(
        tmp_path / "in" / "good.md", "2024-10-01", [("Good Paper", "2410.00001", "Fine.")]
    )


def table(out: Path):
    return pq.read_table(out / "papers.parquet")


# ---------------------------------------------------------------------------
# The real sample


def test_bundled_sample_builds_with_no_skipped_rows(sample_dataset):
    report = sample_dataset.report
    assert report.skipped_rows == [] and report.skipped_files == []
    # 986 + 148 + 59 rows parsed; the four HF seeds repeat four corpus days (59 rows).
    assert report.duplicates_merged == 59
    assert report.rows == len(sample_dataset.papers) == 986 + 148
    papers = sample_dataset.papers
    assert papers.duplicated(["paper_id", "source", "date"]).sum() == 0
    assert set(papers["source"]) == {"hf-daily", "map-daily"}
    assert papers["date"].min() == dt.datetime(2024, 9, 5)
    assert papers["date"].max() == dt.datetime(2024, 12, 31)


def test_every_table_the_readme_names_is_in_the_output_folder(sample_dataset):
    """DIR/neighbours.parquet was only in DIR/current/ (found by a new user)."""
    for name in (
        "papers.parquet",
        "metrics.parquet",
        "authors.parquet",
        "neighbours.parquet",
        "build_report.json",
    ):
        path = sample_dataset.path / name
        assert path.is_symlink() and path.resolve().is_file(), name
    assert pq.read_schema(sample_dataset.path / "neighbours.parquet").names[:2] == [
        "paper_id",
        "neighbour_id",
    ]


def test_output_schema_is_exact(sample_dataset):
    assert pq.read_schema(sample_dataset.path / "papers.parquet").remove_metadata() == (
        PAPERS_SCHEMA.remove_metadata()
    )
    assert pq.read_schema(sample_dataset.path / "metrics.parquet").remove_metadata() == (
        METRICS_SCHEMA.remove_metadata()
    )


def test_loaded_list_columns_stay_arrow_lists(sample_dataset):
    """The dashboard's frames keep list columns in Arrow (cheap to flatten), with
    each row's items as the file lists them."""
    papers = sample_dataset.papers
    for name in ("authors", "affiliations", "follow_up_questions", "topics"):
        assert papers[name].dtype == pd.ArrowDtype(pa.list_(pa.string())), name
    baichuan = papers[papers["title"] == "Baichuan-Omni Technical Report"].iloc[0]
    assert list(baichuan["authors"]) == [
        "kenshinn",
        "dbv",
        "dongguosheng",
        "TJU-Tianpengli",
        "lin5547",
    ]


def test_map_title_gets_the_arxiv_id_of_the_same_hf_paper(sample_dataset):
    papers = sample_dataset.papers
    baichuan = papers[papers["title"] == "Baichuan-Omni Technical Report"]
    # Listed by HF on 2024-10-14 and by M-A-P on 14/10 and 15/10.
    assert sorted(zip(baichuan["source"], baichuan["date"].dt.strftime("%m-%d"), strict=True)) == [
        ("hf-daily", "10-14"),
        ("map-daily", "10-14"),
        ("map-daily", "10-15"),
    ]
    assert set(baichuan["paper_id"]) == {"arxiv:2410.08565"}


def test_title_paper_id_is_a_hash_of_the_normalised_title(sample_dataset):
    import hashlib

    papers = sample_dataset.papers
    row = papers[papers["title"] == "Semifactual Explanations for Reinforcement Learning"].iloc[0]
    assert pd.isna(row["arxiv_id"])
    key = b"semifactual explanations for reinforcement learning"
    assert row["paper_id"] == "title:" + hashlib.sha1(key).hexdigest()[:16]
    # "AGENT WORKFLOW MEMORY" (M-A-P, 12/9) is HF's "Agent Workflow Memory" (2409.07429).
    shouting = papers[papers["title"] == "AGENT WORKFLOW MEMORY"].iloc[0]
    assert shouting["paper_id"] == "arxiv:2409.07429"


# ---------------------------------------------------------------------------
# Bad input: reported with file and line, and the good rows still land


def test_bad_files_are_reported_and_good_rows_kept(tmp_path):
    src = tmp_path / "in"
    good(tmp_path)
    (src / "empty.md").write_bytes(b"")
    (src / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (src / "nodate.md").write_text("| Title | Authors |\n|---|---|\n| Dateless | X |\n")
    (src / "2024-13-45.md").write_text("| Title |\n|---|\n| Bad Month |\n")
    (src / "badday.md").write_text("## Papers for 2024-02-30\n\n| Title |\n|---|\n| Feb Paper |\n")
    (src / "header-only.md").write_text(
        "## Papers for 2024-10-02\n\n| Title | Authors | Summary |\n|---|---|---|\n"
    )
    report = digest_data.build([src, tmp_path / "missing-folder"], tmp_path / "out")
    skipped_files = {(Path(s.file).name, s.line, s.reason) for s in report.skipped_files}
    assert skipped_files == {
        ("missing-folder", 0, "input path does not exist"),
        ("empty.md", 0, "empty file"),
        ("binary.md", 0, "binary file, not a text digest"),
        ("nodate.md", 0, "no date in any heading or in the file path"),
        # a date-shaped name that is no date says so, not "no date in the file path"
        (
            "2024-13-45.md",
            0,
            "no date in any heading, and 2024-13-45 in the file path is no real date",
        ),
    }
    rows = {(Path(s.file).name, s.line, s.reason) for s in report.skipped_rows}
    assert rows == {
        ("nodate.md", 3, "no date: none in a heading above the row or in the file path"),
        ("2024-13-45.md", 3, "no date: none in a heading above the row or in the file path"),
        ("badday.md", 5, "impossible date 2024-02-30 in line 1"),
    }
    warnings = {(Path(w.file).name, w.line, w.reason) for w in report.warnings}
    assert ("header-only.md", 0, "paper table has no rows") in warnings
    assert list(table(tmp_path / "out").column("title").to_pylist()) == ["Good Paper"]


def test_invalid_utf8_keeps_the_row_and_warns_with_the_line(tmp_path):
    path = tmp_path / "in" / "2024-10-03.md"
    path.parent.mkdir()
    path.write_bytes(
        b"## Papers for 2024-10-03\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        b"| Caf\xe9 Paper | Ren\xe9 | ok |\n"
    )
    report = digest_data.build([path], tmp_path / "out")
    assert table(tmp_path / "out").column("title").to_pylist() == ["Café Paper"]
    assert table(tmp_path / "out").column("authors").to_pylist() == [["René"]]
    [warning] = report.warnings
    assert (warning.line, warning.reason.split(";")[0]) == (
        0,
        "invalid UTF-8 from line 5 (byte 75)",
    )  # 25+1+30+14+5 bytes before it


def test_short_and_long_rows_are_kept_with_warnings(tmp_path):
    path = tmp_path / "d.md"
    path.write_text(
        "## Papers for 2024-10-04\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| Short Row | A |\n"
        "| Long Row | B | sum | extra | more |\n"
    )
    report = digest_data.build([path], tmp_path / "out")
    t = table(tmp_path / "out").to_pylist()
    assert [(r["title"], r["authors"], r["summary"]) for r in t] == [
        ("Short Row", ["A"], None),
        ("Long Row", ["B"], "sum|extra|more"),
    ]
    assert [(w.line, w.reason) for w in report.warnings] == [
        (5, "row has 2 of 3 cells; the missing ones are empty"),
        (6, "row has 5 cells for 3 columns; the extra pipes were kept as text"),
    ]


def test_duplicate_rows_are_merged_into_the_fullest(tmp_path):
    a = hf_file(tmp_path / "a" / "x.md", "2024-10-05", [("Same Paper", "2410.00005", "Summary.")])
    b = tmp_path / "b" / "y.md"
    b.parent.mkdir()
    b.write_text(
        "## Papers for 2024-10-05\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| Same Paper (Read more on [arXiv](https://arxiv.org/abs/2410.00005v2)) | | |\n"
        "| Same Paper (Read more on [arXiv](https://arxiv.org/abs/2410.00005)) | | |\n"
    )
    report = digest_data.build([b, a], tmp_path / "out")
    [row] = table(tmp_path / "out").to_pylist()
    assert report.duplicates_merged == 2
    assert (row["paper_id"], row["authors"], row["summary"]) == (
        "arxiv:2410.00005",
        ["Ann Lee", "bob"],
        "Summary.",
    )
    assert row["source_file"] == str(a)


def test_ten_megabyte_cell(tmp_path):
    path = tmp_path / "big.md"
    big = "word 12.5% " * (10_000_000 // 11)
    path.write_text(
        f"## Papers for 2024-10-06\n\n| Title | Authors | Summary |\n|---|---|---|\n| Big | A | {big} |\n| Small | B | s |\n"
    )
    digest_data.build([path], tmp_path / "out")
    rows = table(tmp_path / "out").to_pylist()
    assert [r["title"] for r in rows] == ["Big", "Small"]
    assert len(rows[0]["summary"]) == len(big.strip())


def test_nothing_to_build_is_a_clear_error(tmp_path):
    with pytest.raises(
        digest_data.BuildError,
        match="does-not-exist: 0: input path does not exist|input path does not exist",
    ):
        digest_data.build([tmp_path / "does-not-exist"], tmp_path / "out")


def test_cli_strict_exits_1_on_skipped_rows(tmp_path):
    good(tmp_path)
    (tmp_path / "in" / "nodate.md").write_text("| Title |\n|---|\n| X |\n")
    runner = CliRunner()
    ok = runner.invoke(app, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "o1"), "-q"])
    assert ok.exit_code == 0
    strict = runner.invoke(
        app, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "o2"), "--strict"]
    )
    assert strict.exit_code == 1
    assert "nodate.md:3: no date" in strict.output
    assert "--strict: exit 1" in strict.output  # says why it failed


def test_cli_build_shows_what_its_warnings_are(tmp_path):
    """ "1 warnings" said nothing of what: a kept row with a missing cell is named with
    its file and line."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2024-11-05.md").write_text(
        "## 2024-11-05\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| A Paper Missing Its Summary Cell | Carol White |\n"
    )
    out = CliRunner().invoke(app, ["build", str(folder), "--out", str(tmp_path / "o")])
    assert out.exit_code == 0, out.output
    assert "warning " in out.output and "2024-11-05.md:5: row has 2 of 3 cells" in out.output
    assert "1 warning in" in out.output


# ---------------------------------------------------------------------------
# Order, incremental rebuilds, atomic output


def test_result_does_not_depend_on_input_order(tmp_path):
    one = digest_data.build([SEEDS, HF_DAILY, MAP_DAILY], tmp_path / "one")
    two = digest_data.build(
        [MAP_DAILY, HF_DAILY / "2024-10-25.md", HF_DAILY, SEEDS], tmp_path / "two"
    )
    assert one.rows == two.rows
    assert table(tmp_path / "one").equals(table(tmp_path / "two"))
    assert pq.read_table(tmp_path / "one" / "metrics.parquet").equals(
        pq.read_table(tmp_path / "two" / "metrics.parquet")
    )


def test_incremental_rebuild_parses_only_changed_files(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(HF_DAILY, src)
    out = tmp_path / "out"
    first = digest_data.build([src], out)
    assert (first.files_parsed, first.files_cached) == (84, 0)
    again = digest_data.build([src], out)
    assert again.unchanged and again.rows == first.rows
    before = table(out)

    touched = src / "2024-11-05.md"
    os.utime(touched, ns=(1, 1))  # new mtime, same bytes: hashed, not parsed
    assert digest_data.build([src], out).unchanged

    text = touched.read_text()
    touched.write_text(
        text.replace("## Papers for 2024-11-05", "## Papers for 2024-11-05\n\nEdited.")
    )
    shards_before = {p.name: p.stat().st_ino for p in (out / "current" / "records").iterdir()}
    changed = digest_data.build([src], out)
    assert (changed.files_parsed, changed.files_cached) == (1, 83)
    # only the edited file's cache shard is written again; the others are links
    shards_after = {p.name: p.stat().st_ino for p in (out / "current" / "records").iterdir()}
    assert len(shards_after) == dataset.RECORD_SHARDS
    rewritten = [n for n in shards_after if shards_after[n] != shards_before[n]]
    assert rewritten == [f"part-{dataset.record_shard(str(touched)):02d}.parquet"]
    after = table(out).to_pandas()
    edited = after["source_file"] == str(touched)
    assert (
        after[~edited]
        .drop(columns="source_line")
        .equals(before.to_pandas()[~edited].drop(columns="source_line"))
    )
    assert list(after.loc[edited, "source_line"]) == list(
        before.to_pandas().loc[edited, "source_line"] + 2
    )
    clean = digest_data.build([src], tmp_path / "clean")
    assert table(out).equals(table(tmp_path / "clean"))
    assert clean.files_parsed == 84


def test_failed_build_leaves_previous_dataset(tmp_path, monkeypatch):
    out = tmp_path / "out"
    hf_file(tmp_path / "in" / "a.md", "2024-10-01", [("First", "2410.00001", "s")])
    digest_data.build([tmp_path / "in"], out)
    before = table(out)
    hf_file(tmp_path / "in" / "b.md", "2024-10-02", [("Second", "2410.00002", "s")])

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dataset, "_write_parquet", boom)
    with pytest.raises(digest_data.BuildError, match="No space left on device"):
        digest_data.build([tmp_path / "in"], out)
    assert table(out).equals(before)
    assert len(list((out / ".versions").iterdir())) == 1


def test_other_schema_version_is_rebuilt_not_misread(tmp_path, monkeypatch):
    out = tmp_path / "out"
    good(tmp_path)
    digest_data.build([tmp_path / "in"], out)
    written = dataset.SCHEMA_VERSION
    # The program's schema version, wherever the build and load read it.
    for module in (dataset, load, versions):
        monkeypatch.setattr(module, "SCHEMA_VERSION", 999)
    with pytest.raises(
        digest_data.BuildError, match=f"schema version {written}, this program reads 999"
    ):
        digest_data.load(out)
    report = digest_data.build([tmp_path / "in"], out)
    assert not report.unchanged and report.files_parsed == 1


def test_second_build_waits_for_the_lock_then_gives_up(tmp_path):
    good(tmp_path)
    with (
        dataset.build_lock(tmp_path / "out"),
        pytest.raises(digest_data.BuildError, match="locked by a running build"),
    ):
        digest_data.build([tmp_path / "in"], tmp_path / "out", lock_timeout=0.3)


def test_build_killed_midway_leaves_the_old_dataset_readable(tmp_path):
    src = tmp_path / "in"
    for k in range(12):
        shutil.copytree(HF_DAILY, src / f"copy{k}")
    out = tmp_path / "out"
    digest_data.build([SEEDS], out)
    before = table(out)
    code = (
        "import sys, digest_data\n"
        "digest_data.store.dataset.PARALLEL_MIN_BYTES = 0  # parse on worker processes too\n"
        "digest_data.build([sys.argv[1]], sys.argv[2])"
    )
    for delay in (0.5, 1.0, 1.5, 2.5):
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(src), str(out)], start_new_session=True
        )
        time.sleep(delay)
        if proc.poll() is None:
            if delay in (1.0, 2.5):
                os.killpg(proc.pid, signal.SIGKILL)  # the build and its parse workers
            else:
                proc.send_signal(signal.SIGKILL)  # the build alone: workers must not linger
        proc.wait()
        if proc.returncode == 0:
            break
        assert digest_data.load(out).papers.shape[0] == before.num_rows
        assert table(out).equals(before)
    # A worker left holding the lock would make this wait; fail fast instead.
    final = digest_data.build([src], out, lock_timeout=60)
    assert final.rows == 986
    digest_data.build([src], tmp_path / "clean")
    assert table(out).equals(table(tmp_path / "clean"))
    assert pq.read_table(out / "metrics.parquet").equals(
        pq.read_table(tmp_path / "clean" / "metrics.parquet")
    )


def test_two_builds_at_once_never_mix(tmp_path):
    """Two processes build different inputs into one folder at the same moment: the
    lock serialises them, and the result is exactly one of the two datasets."""
    out = tmp_path / "out"
    code = "import sys, digest_data; digest_data.build([sys.argv[1]], sys.argv[2])"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(src), str(out)])
        for src in (HF_DAILY, MAP_DAILY)
    ]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    digest_data.build([HF_DAILY], tmp_path / "hf")
    digest_data.build([MAP_DAILY], tmp_path / "map")
    result = table(out)
    assert result.equals(table(tmp_path / "hf")) or result.equals(table(tmp_path / "map"))


def test_parallel_parse_gives_the_same_dataset(tmp_path, monkeypatch):
    monkeypatch.setattr(dataset, "PARALLEL_MIN_BYTES", 0)
    digest_data.build([HF_DAILY, MAP_DAILY], tmp_path / "one", workers=1)
    digest_data.build([HF_DAILY, MAP_DAILY], tmp_path / "two", workers=2)
    assert table(tmp_path / "two").equals(table(tmp_path / "one"))
    assert pq.read_table(tmp_path / "two" / "metrics.parquet").equals(
        pq.read_table(tmp_path / "one" / "metrics.parquet")
    )


def test_titles_of_symbols_alone_are_different_papers(tmp_path):
    """Letters and digits make a title's key; "???" and three rockets have none, and
    were one paper (the key "", one id), the second listing merged away."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "2024-10-25.md").write_text(
        "| Title | Authors | Summary |\n|---|---|---|\n"
        "| 🚀🚀🚀 | Alice Smith | One paper. |\n"
        "| ??? | Bob Jones | Another paper. |\n",
        encoding="utf-8",
    )
    report = digest_data.build([tmp_path / "in"], tmp_path / "out")
    papers = digest_data.load(tmp_path / "out").papers
    assert sorted(papers["title"]) == ["???", "🚀🚀🚀"]
    assert papers["paper_id"].nunique() == 2 and report.duplicates_merged == 0


def test_load_reads_the_version_asked_for_not_whatever_is_current(tmp_path):
    """The dashboard caches a dataset per version: a rebuild that moves ``current``
    between naming a version and loading it must not put new data under the old name."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2024-10-25.md").write_text(
        "| Title | Authors | Summary |\n|---|---|---|\n| First paper | Ann Lee | One. |\n"
    )
    first = digest_data.build([folder], tmp_path / "out")
    old = digest_data.load(tmp_path / "out").version
    (folder / "2024-10-26.md").write_text(
        "| Title | Authors | Summary |\n|---|---|---|\n| Second paper | Bo Li | Two. |\n"
    )
    digest_data.build([folder], tmp_path / "out")
    assert first.rows == 1 and len(digest_data.load(tmp_path / "out").papers) == 2
    again = digest_data.load(tmp_path / "out", old)
    assert again.version == old and list(again.papers["title"]) == ["First paper"]
    with pytest.raises(FileNotFoundError):
        digest_data.load(tmp_path / "out", "no-such-version")


def test_the_cli_loads_no_build_code_until_a_command_needs_it():
    """`digest-data --help` took 1.8 s when the extractor loaded with the CLI; the
    build and load modules are imported by the commands that use them."""
    code = (
        "import sys, digest_data.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('digest_data.store.dataset') "
        "or m.startswith('digest_data.enrich.metrics')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
