"""One dashboard shared by a team (issue 17): no visitor can change what the
collection's files say, exhaust the server, or take the pages down."""

from __future__ import annotations

from pathlib import Path

import pytest

import digest_data
from digest_data.app import appdata, uploads

HEAD = "## Papers for 2024-09-05\n\n| Title | Authors | Summary |\n|---|---|---|\n"
REAL = (
    "| Real title (Read more on [arXiv](https://arxiv.org/abs/2409.00001)) "
    "| Ann Lee | The real summary. |\n"
)
FOREIGN = (
    "| Other title (Read more on [arXiv](https://evil.example/2409.00001)) "
    "| Mallory | A planted summary. |\n"
)
# A generic Markdown listing of the same paper without a link: it borrows the
# arXiv id of the Hugging Face row with the same title.
LISTING = "# 2024-09-05\n\n| Paper | Comments |\n|---|---|\n| Real title | seen |\n"


@pytest.fixture
def shared(tmp_path, monkeypatch) -> appdata.DataSource:
    """A collection folder served through DIGEST_DATA_DIR, as a team would run it."""
    collection = tmp_path / "collection"
    collection.mkdir()
    (collection / "2024-09-05.md").write_text(HEAD + REAL)
    (collection / "listing.md").write_text(LISTING)
    monkeypatch.setattr(appdata, "BUILD_ROOT", tmp_path / "build")
    return appdata.source_from_env({appdata.ENV_VAR: str(collection)})


def upload(source: appdata.DataSource, name: str, text: str) -> list[Path]:
    batch = [uploads.Upload(name, text.encode())]
    return uploads.save(batch, uploads.check(batch, uploads.taken(source.uploads)), source.uploads)


def collection_rows(source: appdata.DataSource):
    papers = digest_data.load(source.out).papers
    rows = papers[papers["source"] != "upload"].drop(columns=["source_file"])
    return rows.sort_values(["source", "title"]).reset_index(drop=True)


def test_an_upload_named_like_a_collection_file_never_replaces_its_rows(shared):
    appdata.ensure_built(shared)
    before = collection_rows(shared)
    assert before["arxiv_id"].tolist() == ["2409.00001", "2409.00001"]

    upload(shared, "2024-09-05.md", HEAD + FOREIGN.replace("2409.00001", "2409.99999"))
    upload(shared, "planted.md", HEAD + "| Real title | Mallory | x |\n")
    appdata.ensure_built(shared)

    papers = digest_data.load(shared.out).papers
    # The collection's rows are exactly what they were: title, link, authors and
    # the id the listing borrows (an upload does not make the title ambiguous).
    assert collection_rows(shared).equals(before)
    uploaded = papers[papers["source"] == "upload"]
    assert sorted(uploaded["title"]) == ["Other title", "Real title"]
    assert len(papers) == len(before) + 2


def test_two_visitors_uploading_the_same_name_both_keep_their_file(shared):
    first = upload(shared, "notes.md", HEAD + REAL)
    second = upload(shared, "notes.md", HEAD + FOREIGN)
    assert [p.name for p in first + second] == ["notes.md", "notes-2.md"]
    assert first[0].read_text() == HEAD + REAL
    assert second[0].read_text() == HEAD + FOREIGN


def test_saving_never_overwrites_a_file_that_appeared_meanwhile(tmp_path):
    # Two sessions check at the same moment and both get "notes.md": the second
    # save finds the name taken and writes under the next free one.
    batch = [uploads.Upload("notes.md", b"## Papers for 2024-09-05\n")]
    verdicts = uploads.check(batch)
    (tmp_path / "notes.md").write_bytes(b"first")
    written = uploads.save(batch, verdicts, tmp_path)
    assert [p.name for p in written] == ["notes-2.md"]
    assert (tmp_path / "notes.md").read_bytes() == b"first"
