"""One dashboard is shared by a team: every visitor reads its pages and CSVs, so
files are named by the folder that holds them (``hf-daily/2024-10-11.md``),
never by the server's full path."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
import streamlit
from conftest import SAMPLE, dashboard

from digest_data.app import appdata, uploads


@pytest.fixture
def served(tmp_path, monkeypatch) -> appdata.DataSource:
    """A copy of one sample day (a row of it has extra pipes: a build warning) and
    one upload, served from a folder deep under tmp_path."""
    collection = tmp_path / "srv" / "team" / "digests"
    (collection / "hf-daily").mkdir(parents=True)
    shutil.copy(SAMPLE / "hf-daily" / "2024-10-11.md", collection / "hf-daily")
    monkeypatch.setattr(appdata, "BUILD_ROOT", tmp_path / "build")
    monkeypatch.setenv(appdata.ENV_VAR, str(collection))
    source = appdata.source_from_env()
    text = (collection / "hf-daily" / "2024-10-11.md").read_text("utf-8")
    batch = [uploads.Upload("mine.md", text.replace("2024-10-11", "2024-10-12").encode())]
    uploads.save(batch, uploads.check(batch, []), source.uploads)
    return source


def test_a_file_is_shown_under_the_folder_that_holds_it(tmp_path):
    source = appdata.DataSource(
        (tmp_path / "digests",), tmp_path / "out", tmp_path / "up", "digests"
    )
    shown = appdata.path_shower(source, [])
    assert shown(str(tmp_path / "digests" / "hf" / "a.md")) == "digests/hf/a.md"
    assert shown(str(tmp_path / "up" / "b.md")) == "up/b.md"
    assert shown("/elsewhere/c.md") == "c.md"


def test_a_dataset_built_elsewhere_names_files_under_the_folder_they_share():
    built = appdata.DataSource((), Path("/data/ds"), None, "ds")
    files = ["/srv/team/archive/2021/01/25.md", "/srv/team/archive/2022/03/25.md"]
    shown = appdata.path_shower(built, files)
    # two files of one name stay apart, and the server's folders above stay hidden
    assert [shown(f) for f in files] == ["archive/2021/01/25.md", "archive/2022/03/25.md"]
    one = appdata.path_shower(built, ["/srv/team/2024-09-05.md"])
    assert one("/srv/team/2024-09-05.md") == "team/2024-09-05.md"


def test_a_collection_is_labelled_by_its_folder_name(served, tmp_path):
    assert served.label == "digests"
    built = appdata.source_from_env({appdata.ENV_VAR: str(served.out)})
    assert built.label == "dataset"


def _texts(at) -> list[str]:
    """Every text a visitor reads on the page: Markdown, captions, notices and the
    cells of every table."""
    found = [e.value for kind in ("markdown", "caption", "info", "warning") for e in at.get(kind)]
    for frame in at.dataframe:
        found += [str(v) for v in frame.value.astype(str).to_numpy().ravel()]
    return [str(t) for t in found]


def test_no_page_or_download_shows_the_servers_path(served, tmp_path, monkeypatch):
    downloads: dict[str, object] = {}
    original = streamlit.download_button

    def button(label, data, file_name, **kwargs):
        downloads[file_name] = data
        return original(label, data, file_name, **kwargs)

    monkeypatch.setattr(streamlit, "download_button", button)
    at = dashboard()
    at.run()
    seen = _texts(at)
    at.switch_page("pages/data.py").run()
    assert not at.exception, [e.message for e in at.exception]
    seen += _texts(at)

    assert not [t for t in seen if str(tmp_path) in t]
    assert "Digests: **digests**, built into one dataset" in seen
    files = next(f.value for f in at.dataframe if "source" in f.value.columns)
    assert sorted(files["file"]) == ["digests/hf-daily/2024-10-11.md", "uploads/mine.md"]

    bodies = {
        name: (data() if callable(data) else data).decode("utf-8")
        for name, data in downloads.items()
    }
    assert len(bodies) >= 4  # per week, newest day, the build report (twice), files
    assert not [name for name, body in bodies.items() if str(tmp_path) in body]
    (newest,) = [b for n, b in bodies.items() if n.startswith("newest-day-papers")]
    rows = list(csv.DictReader(io.StringIO(newest, newline="")))
    assert {r["source_file"] for r in rows} == {"uploads/mine.md"}  # the newest day, 10-12
    (report,) = {b for n, b in bodies.items() if n.startswith("build-report")}
    assert {r["file"] for r in csv.DictReader(io.StringIO(report, newline=""))} == {
        "digests/hf-daily/2024-10-11.md",
        "uploads/mine.md",
    }
