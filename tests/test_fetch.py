"""`digest-data fetch`: clone or update a digest archive with git, then build it
incrementally. Offline: the remotes are git repositories made here (file:// URLs)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import HF_DAILY, ROOT
from typer.testing import CliRunner

import digest_data
from digest_data.app.appdata import source_from_env
from digest_data.cli import app
from digest_data.store import fetch

DAYS = ["2024-10-01.md", "2024-10-02.md", "2024-10-03.md"]

# The corpus sits beside the project (../shared); a git worktree is one level deeper.
if not HF_DAILY.is_dir():
    HF_DAILY = ROOT.parent.parent / "shared" / "corpus" / "hf-daily"


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def remote(tmp_path) -> Path:
    """An archive like daily-ai-papers: two digests, a README and a docs page
    without any table of papers."""
    repo = tmp_path / "remote"
    (repo / "docs").mkdir(parents=True)
    for name in DAYS[:2]:
        shutil.copy(HF_DAILY / name, repo / name)
    (repo / "README.md").write_text("# Daily AI papers\n\nSummaries of the day's papers.\n")
    (repo / "docs" / "how-it-works.md").write_text("## How it works\n\nA script runs daily.\n")
    git(repo, "init", "--quiet", "--initial-branch=main")
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "first")
    return repo


def test_first_fetch_clones_and_builds_only_the_digests(remote, tmp_path):
    result = fetch.fetch("hf-daily", tmp_path / "cache", url=remote.as_uri())
    assert result.cloned
    assert result.report.files_read == 2 and result.report.files_parsed == 2
    assert sorted(result.not_digests) == ["README.md", "docs/how-it-works.md"]
    assert not result.report.skipped_files
    papers = digest_data.load(result.dataset).papers
    assert {f"{d:%Y-%m-%d}" for d in papers["date"]} == {"2024-10-01", "2024-10-02"}


def test_a_second_fetch_after_a_new_commit_parses_only_the_new_file(remote, tmp_path):
    first = fetch.fetch("hf-daily", tmp_path / "cache", url=remote.as_uri())
    shutil.copy(HF_DAILY / DAYS[2], remote / DAYS[2])
    git(remote, "add", ".")
    git(remote, "commit", "--quiet", "-m", "a new day")
    second = fetch.fetch("hf-daily", tmp_path / "cache", url=remote.as_uri())
    assert not second.cloned and second.commit != first.commit
    assert (second.report.files_parsed, second.report.files_cached) == (1, 2)
    assert second.report.rows > first.report.rows
    again = fetch.fetch("hf-daily", tmp_path / "cache", url=remote.as_uri())
    assert again.report.unchanged


def test_a_failing_remote_is_a_clear_error_and_the_data_stays(remote, tmp_path):
    cache = tmp_path / "cache"
    good = fetch.fetch("hf-daily", cache, url=remote.as_uri())
    missing = (tmp_path / "gone").as_uri()
    with pytest.raises(fetch.FetchError, match="git fetch failed"):
        fetch.fetch("hf-daily", cache, url=missing)
    assert len(digest_data.load(good.dataset).papers) == good.report.rows
    with pytest.raises(fetch.FetchError, match="git clone failed: fatal: .*gone"):
        fetch.fetch("map-daily", cache, url=missing)  # git's own reason, naming the path
    assert not (cache / "map-daily").exists()  # no empty folder left behind
    assert (cache / "hf-daily" / "repo").is_dir()  # nor any other touched


def test_the_command_takes_the_url_from_the_environment(remote, tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_DATA_URL_HF_DAILY", remote.as_uri())
    result = CliRunner().invoke(app, ["fetch", "hf-daily", "--dest", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert "cloned" in result.output and "2 digest files (2 parsed, 0 cached)" in result.output
    assert "2 other Markdown files left out" in result.output
    failed = CliRunner().invoke(app, ["fetch", "nope", "--dest", str(tmp_path / "c")])
    assert failed.exit_code == 2 and "unknown source 'nope'" in failed.output


def test_digest_data_dir_may_name_a_fetched_source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no folder called hf-daily here
    source = source_from_env({"DIGEST_DATA_DIR": "hf-daily"})
    assert source.out == fetch.dataset_dir("hf-daily") and source.inputs == ()
