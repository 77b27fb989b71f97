"""The public digest archives in one command: clone (first time) or update (later)
a source's git repository into a cache folder, then build its digests
incrementally, so only files that changed since the last fetch are parsed.

Layout under ``dest`` (default ``build/sources``)::

    DEST/<source>/repo/      the git checkout
    DEST/<source>/dataset/   the dataset built from it (as ``digest-data build``)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .dataset import DIGEST_SUFFIXES, build
from .report import BuildReport

SOURCES = {
    "hf-daily": "https://github.com/gabrielchua/daily-ai-papers.git",
    "map-daily": "https://github.com/multimodal-art-projection/DailyPaper.git",
}
DEFAULT_DEST = Path(__file__).resolve().parents[2] / "build" / "sources"
GIT_TIMEOUT = 900.0

# A Markdown table's separator row (|---|---|): digests hold their papers in one.
_TABLE_RULE = re.compile(rb"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.MULTILINE)


class FetchError(RuntimeError):
    """A fetch that could not get the archive (unknown source, git failed)."""


@dataclass
class FetchResult:
    source: str
    repo: Path
    dataset: Path
    cloned: bool
    commit: str
    report: BuildReport
    #: Markdown files of the repository with no table in them (README, notes).
    not_digests: list[str]


def url_of(source: str, env: Mapping[str, str] = os.environ) -> str:
    """The repository URL of ``source``; ``DIGEST_DATA_URL_<SOURCE>`` (upper case,
    ``-`` as ``_``, e.g. ``DIGEST_DATA_URL_HF_DAILY``) overrides it."""
    if source not in SOURCES:
        raise FetchError(f"unknown source {source!r}: use one of {', '.join(SOURCES)}")
    return env.get(f"DIGEST_DATA_URL_{source.upper().replace('-', '_')}") or SOURCES[source]


def repo_dir(source: str, dest: Path = DEFAULT_DEST) -> Path:
    return Path(dest) / source / "repo"


def dataset_dir(source: str, dest: Path = DEFAULT_DEST) -> Path:
    return Path(dest) / source / "dataset"


def _git(*args: str, cwd: Path | None = None) -> str:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "true"}
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError as exc:
        raise FetchError("git is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise FetchError(f"git {args[0]} took more than {GIT_TIMEOUT:.0f} s") from exc
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        # git's own reason is its "fatal:" line; the advice after it says little
        detail = [line for line in lines if line.startswith(("fatal:", "error:"))][:2] or lines[-3:]
        raise FetchError(f"git {args[0]} failed: {' / '.join(detail) or done.returncode}")
    return done.stdout.strip()


def sync(url: str, repo: Path) -> bool:
    """Clone ``url`` into ``repo``, or bring an existing clone to the remote's
    current default branch. True when it cloned. A failed clone leaves nothing
    behind; a failed update leaves the checkout as it was."""
    if (repo / ".git").is_dir():
        _git("fetch", "--quiet", "--", url, "HEAD", cwd=repo)  # a URL is never an option
        _git("reset", "--quiet", "--hard", "FETCH_HEAD", cwd=repo)
        return False
    # the outermost folder made for the clone: a failed clone leaves none of them
    made = next((p for p in reversed([repo.parent, *repo.parent.parents]) if not p.exists()), None)
    repo.parent.mkdir(parents=True, exist_ok=True)
    tmp = repo.parent / f".clone-{uuid.uuid4().hex[:8]}"
    try:
        _git("clone", "--quiet", "--", url, str(tmp))
        os.replace(tmp, repo)
    except FetchError:
        shutil.rmtree(tmp, ignore_errors=True)
        if made is not None and not any(p.is_file() for p in made.rglob("*")):
            shutil.rmtree(made, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return True


def digest_files(repo: Path) -> tuple[list[Path], list[Path]]:
    """The repository's Markdown files that hold a table (digests), and those that
    do not (README, licence notes, docs); hidden folders such as ``.git`` are left out."""
    digests, others = [], []
    for folder, dirs, names in os.walk(repo):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or not name.lower().endswith(DIGEST_SUFFIXES):
                continue
            path = Path(folder) / name
            (digests if _TABLE_RULE.search(path.read_bytes()) else others).append(path)
    return digests, others


def fetch(
    source: str,
    dest: str | os.PathLike[str] = DEFAULT_DEST,
    url: str | None = None,
    **build_options,
) -> FetchResult:
    """Clone or update ``source``'s archive under ``dest`` and build its dataset
    (incrementally: files unchanged since the last fetch are not parsed again).
    Raises FetchError when git fails; the last dataset is then left as it was."""
    url = url or url_of(source)
    repo, out = repo_dir(source, Path(dest)), dataset_dir(source, Path(dest))
    cloned = sync(url, repo)
    commit = _git("rev-parse", "--short", "HEAD", cwd=repo)
    digests, others = digest_files(repo)
    if not digests:
        raise FetchError(f"{url} at {commit} has no Markdown file with a table of papers")
    report = build(digests, out, **build_options)
    return FetchResult(
        source, repo, out, cloned, commit, report, [str(p.relative_to(repo)) for p in others]
    )
