"""One dashboard shared by a team (issue 17): no visitor can change what the
collection's files say, exhaust the server, or take the pages down."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest
from conftest import dashboard
from streamlit.testing.v1 import AppTest

import digest_data
from digest_data.app import appdata, ui, upload_guard, uploads

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
    return uploads.save(batch, uploads.check(batch, uploads.stored(source.uploads)), source.uploads)


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


def rows_file(n: int, tag: str = "") -> bytes:
    return (HEAD + "".join(f"| Paper {tag}{i} | A | s |\n" for i in range(n))).encode()


def click(folder: Path, *files: tuple[str, bytes]) -> list[uploads.Verdict]:
    """One press of "Add these files": check against what is saved, then save."""
    batch = [uploads.Upload(name, data) for name, data in files]
    verdicts = uploads.check(batch, uploads.stored(folder))
    uploads.save(batch, verdicts, folder)
    return verdicts


def test_the_upload_budget_counts_every_click_together(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "BUDGET_ROWS", 10)
    monkeypatch.setattr(uploads, "BUDGET_FILES", 3)
    monkeypatch.setattr(uploads, "BUDGET_BYTES", 2_000)
    folder = tmp_path / "uploads"
    assert [v.name for v in click(folder, ("a.md", rows_file(6)))] == ["a.md"]
    # 6 + 6 table rows is past the 10-row budget; 6 + 4 is not.
    refused, fits = click(folder, ("b.md", rows_file(6, "b")), ("c.md", rows_file(4, "c")))
    assert refused.name is None and "10 table rows" in refused.reason
    assert fits.name == "c.md"
    # Two files are saved; the third fits the rows, a fourth would be past 3 files.
    third, fourth = click(folder, ("d.md", HEAD.encode()), ("e.md", HEAD.encode()))
    assert third.name == "d.md"
    assert fourth.name is None and "3 files" in fourth.reason
    assert [s.name for s in uploads.stored(folder)] == ["a.md", "c.md", "d.md"]
    assert sum(s.rows for s in uploads.stored(folder)) == 10


def test_the_byte_budget_counts_saved_files(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "BUDGET_BYTES", 1_000)
    folder = tmp_path / "uploads"
    big = HEAD.encode() + b"x" * 600
    assert click(folder, ("a.md", big))[0].name == "a.md"
    verdict = click(folder, ("b.md", big))[0]
    assert verdict.name is None and "1,000 bytes" in verdict.reason


def test_a_removed_upload_frees_its_budget_and_leaves_the_dataset(shared, monkeypatch):
    monkeypatch.setattr(uploads, "BUDGET_FILES", 1)
    click(shared.uploads, ("mine.md", rows_file(2)))
    appdata.ensure_built(shared)
    assert (digest_data.load(shared.out).papers["source"] == "upload").sum() == 2
    assert click(shared.uploads, ("more.md", rows_file(1)))[0].name is None
    assert uploads.remove(shared.uploads, ["mine.md", "../collection/2024-09-05.md"]) == ["mine.md"]
    assert (Path(shared.inputs[0]) / "2024-09-05.md").exists()
    appdata.ensure_built(shared)
    assert (digest_data.load(shared.out).papers["source"] == "upload").sum() == 0
    assert click(shared.uploads, ("more.md", rows_file(1)))[0].name == "more.md"


@pytest.mark.parametrize(
    ("env", "secrets", "on"),
    [
        ({}, {}, True),
        ({"DIGEST_UPLOADS": "off"}, {}, False),
        ({"DIGEST_UPLOADS": "OFF "}, {}, False),
        ({"DIGEST_UPLOADS": "0"}, {}, False),
        ({}, {"DIGEST_UPLOADS": "off"}, False),
        ({"DIGEST_UPLOADS": "on"}, {"DIGEST_UPLOADS": "off"}, True),
        ({"DIGEST_UPLOADS": "on"}, {}, True),
    ],
)
def test_uploads_can_be_turned_off_by_environment_or_secret(env, secrets, on):
    assert uploads.enabled(env, secrets) is on


def direct_request(manager, session: str, size: int) -> None:
    """What Streamlit's /_stcore/upload_file handler does with a PUT, sent by the
    page or straight at the endpoint with the page's cookie."""
    from streamlit.runtime.uploaded_file_manager import UploadedFileRec

    manager.add_file(
        session, UploadedFileRec(str(uuid.uuid4()), "x.md", "text/markdown", b"x" * size)
    )


def test_direct_upload_requests_are_held_to_the_budget_in_memory(monkeypatch):
    monkeypatch.setattr(uploads, "MEMORY_BYTES", 3 * uploads.MAX_TOTAL_BYTES)
    from starlette.exceptions import HTTPException
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager

    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    upload_guard.guard(manager, enabled=True)
    for _ in range(uploads.MAX_FILES):
        direct_request(manager, "visitor", 10)
    with pytest.raises(HTTPException) as refused:
        direct_request(manager, "visitor", 10)
    assert refused.value.status_code == 413
    # Bytes held for one session are capped too, and so are all sessions together.
    direct_request(manager, "second", uploads.MAX_TOTAL_BYTES)
    with pytest.raises(HTTPException):
        direct_request(manager, "second", 1)
    sessions = uploads.MEMORY_BYTES // uploads.MAX_TOTAL_BYTES
    for n in range(sessions - 2):
        direct_request(manager, f"s{n}", uploads.MAX_TOTAL_BYTES)
    with pytest.raises(HTTPException):
        direct_request(manager, "one more", uploads.MAX_TOTAL_BYTES)
    assert manager._total_bytes <= uploads.MEMORY_BYTES


def test_with_uploads_off_no_direct_request_is_kept():
    from starlette.exceptions import HTTPException
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager

    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    upload_guard.guard(manager, enabled=False)
    with pytest.raises(HTTPException):
        direct_request(manager, "visitor", 1)
    assert manager.get_files("visitor", []) == [] and manager._file_count == 0


def data_page(shared, monkeypatch) -> AppTest:
    monkeypatch.setenv(appdata.ENV_VAR, str(shared.inputs[0]))
    # AppTest resets Streamlit's pages-folder flag before every run, so the page's
    # one-off rerun out of that mode (see ui) would eat each button click here.
    monkeypatch.setattr(ui, "_leave_legacy_page_mode", lambda: None)
    at = dashboard()
    at.run()
    at.switch_page("pages/data.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_the_data_page_lists_uploads_and_removes_them(shared, monkeypatch):
    click(shared.uploads, ("mine.md", rows_file(2)))
    at = data_page(shared, monkeypatch)
    listed = at.dataframe[0].value
    assert listed.to_dict("records") == [
        {"file": "mine.md", "bytes": len(rows_file(2)), "table rows": 2}
    ]
    assert any(
        f"1 of 200 files, {len(rows_file(2))} bytes of 50 MB, 2 of 50,000 table rows" in c.value
        for c in at.caption
    )
    at.multiselect(key="remove_uploads").set_value(["mine.md"]).run()
    at.button(key="remove_button").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert uploads.stored(shared.uploads) == []
    assert any("Removed 1 file;" in s.value for s in at.success)
    assert (digest_data.load(shared.out).papers["source"] != "upload").all()


def test_with_uploads_off_the_data_page_offers_no_way_to_change_the_data(shared, monkeypatch):
    monkeypatch.setenv(uploads.SETTING, "off")
    click(shared.uploads, ("mine.md", rows_file(2)))
    at = data_page(shared, monkeypatch)
    assert any("Uploads are turned off" in i.value for i in at.info)
    assert [b.label for b in at.button if "Rebuild" in b.label or "Remove" in b.label] == []
    assert at.get("file_uploader") == []


# --- A failed rebuild keeps the last good dataset (finding 4) ---------------------


def stale_app(shared, monkeypatch) -> AppTest:
    """The dashboard on a built collection whose files have changed since."""
    appdata.ensure_built(shared)
    (Path(shared.inputs[0]) / "2024-09-06.md").write_text(
        HEAD.replace("09-05", "09-06") + REAL.replace("00001", "00002")
    )
    monkeypatch.setenv(appdata.ENV_VAR, str(shared.inputs[0]))
    monkeypatch.setattr(ui, "_leave_legacy_page_mode", lambda: None)
    return dashboard()


def assert_old_data_with_a_notice(at: AppTest, shared, words: str) -> None:
    assert not at.exception, [e.message for e in at.exception]
    assert {m.label: m.value for m in at.metric}["Papers"] == "2"  # the last good build
    notices = [w.value for w in at.warning]
    assert any(words in n and "last good build" in n for n in notices), notices
    for text in notices + [e.value for e in at.error]:
        assert str(shared.out) not in text and "/tmp" not in text and "Traceback" not in text


@pytest.mark.parametrize("page", ["app.py", "pages/papers.py", "pages/data.py"])
def test_a_full_disk_leaves_every_page_on_the_last_good_build(shared, monkeypatch, page):
    import errno

    from digest_data.store import dataset

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    at = stale_app(shared, monkeypatch)
    monkeypatch.setattr(dataset, "_write_parquet", full)
    at.run()
    if page != "app.py":
        at.switch_page(page).run()
    if page == "app.py":
        assert_old_data_with_a_notice(at, shared, "No space left on device")
    else:
        assert not at.exception, [e.message for e in at.exception]
        assert any("No space left on device" in w.value for w in at.warning)


def test_a_locked_dataset_folder_does_not_hold_the_page(shared, monkeypatch):
    import fcntl

    at = stale_app(shared, monkeypatch)
    with open(shared.out / ".lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        at.run()
    assert_old_data_with_a_notice(at, shared, "another build is running")


def test_a_failure_notice_names_no_server_path(shared):
    from digest_data.store.dataset import BuildError

    error = BuildError(
        f"nothing to build: {shared.inputs[0]}: input path does not exist; "
        "/srv/other/place/x.md: input path does not exist"
    )
    assert appdata.failure_notice(error, shared) == (
        "nothing to build: the digest folder: input path does not exist; "
        "x.md: input path does not exist"
    )


# --- One unreadable file is skipped by name (finding 5) ----------------------------


def two_files(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    good = folder / "2024-09-05.md"
    good.write_text(HEAD + REAL)
    bad = folder / "2024-09-06.md"
    bad.write_text(HEAD.replace("09-05", "09-06") + FOREIGN)
    return good, bad


def test_a_file_the_build_cannot_read_is_skipped_by_name(tmp_path, monkeypatch):
    good, bad = two_files(tmp_path / "in")
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path == bad:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = digest_data.build([tmp_path / "in"], tmp_path / "out")
    assert [str(s) for s in report.skipped_files] == [
        f"{bad}: cannot read the file: Permission denied"
    ]
    assert digest_data.load(tmp_path / "out").papers["title"].tolist() == ["Real title"]
    # Nothing changed, so the next build is a no-op and the app sees no stale input.
    assert digest_data.build([tmp_path / "in"], tmp_path / "out").unchanged
    assert not digest_data.store.load.is_stale(tmp_path / "out", [tmp_path / "in"])
    monkeypatch.undo()
    # Once readable (a forced rebuild, as chmod leaves size and mtime alone), it lands.
    report = digest_data.build([tmp_path / "in"], tmp_path / "out", force=True)
    assert report.skipped_files == [] and report.rows == 2


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv (util-linux)")
def test_an_unreadable_file_without_root_privileges_is_skipped_by_name(tmp_path):
    # As root, chmod 000 does not stop a read; without the DAC capabilities it does.
    good, bad = two_files(tmp_path / "in")
    bad.chmod(0)
    cli = Path(sys.executable).with_name("digest-data")
    done = subprocess.run(
        [
            "setpriv",
            "--bounding-set",
            "-dac_override,-dac_read_search",
            str(cli),
            "build",
            str(tmp_path / "in"),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"{bad}: cannot read the file: Permission denied" in " ".join(done.stderr.split())
    assert digest_data.load(tmp_path / "out").papers["title"].tolist() == ["Real title"]


# --- URL parameters are shown as text (finding 6) ---------------------------------

CRAFTED = {
    "q": "[Session expired - log in again](https://evil.example/login)",
    "topic": "![x](https://beacon.example/t.png)",
    "source": ":material/error: :red[**WARNING: your data was deleted**]",
}


@pytest.mark.parametrize(
    "page", ["app.py", "pages/topics.py", "pages/authors.py", "pages/papers.py"]
)
def test_crafted_url_parameters_are_shown_as_text(sample_dataset, monkeypatch, page):
    monkeypatch.setenv(appdata.ENV_VAR, str(sample_dataset.path))
    at = dashboard()
    at.query_params.update(CRAFTED)
    at.run()
    if page != "app.py":
        at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    shown = [c.value for c in at.caption] + [w.value for w in at.sidebar.warning]
    assert any("Session expired" in s for s in shown)  # the search is shown...
    assert any("beacon" in s for s in shown) and any("WARNING" in s for s in shown)
    for markdown in shown:  # ...but nothing in it is live Markdown
        for live in ("](", "![", ":red[", "**W", ":material/"):
            assert live not in markdown, markdown


# --- Chart labels and hovers are plain text (finding 7) ---------------------------

MARKUP = '<a href="https://evil.example/x">Click</a><span style="font-size:250px">BIG</span>'


def strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in strings(v)]
    if isinstance(node, list | tuple | np.ndarray):
        return [s for v in list(node) for s in strings(v)]
    return []


def test_digest_text_in_a_chart_is_plain_text():
    import pandas as pd

    from digest_data.app import charts

    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-10-25", "2024-10-26"]),
            "value": [1.0, 2.0],
            "author": [MARKUP, "Ann"],
            "title": [MARKUP, "t"],
            "metric": [MARKUP, "accuracy"],
            "context": ["x" * 5000, MARKUP],
        }
    )
    labels = {"value": MARKUP}
    figures = [
        charts.bars(frame, x="value", y="author", horizontal=True, title=MARKUP, labels=labels),
        charts.grouped_points(
            frame,
            x="date",
            y="value",
            group="metric",
            title=MARKUP,
            labels=labels,
            hover_name="title",
            hover_data=("metric", "context"),
        ),
    ]
    for fig in figures:
        texts = strings(fig.to_plotly_json())
        assert any("&lt;a href=" in t for t in texts)  # shown, as text
        for text in texts:
            assert "<a" not in text and "<span" not in text, text
            assert len(text) < 1000  # the 5,000-character context is clipped


# --- Text sent to the browser is capped (finding 2) -------------------------------


def built_page(folder: Path, out: Path, monkeypatch, page: str) -> AppTest:
    """The dashboard on ``folder``'s digests, built into ``out``, opened on ``page``."""
    digest_data.build([folder], out)
    monkeypatch.setenv(appdata.ENV_VAR, str(out))
    monkeypatch.setattr(ui, "_leave_legacy_page_mode", lambda: None)
    at = dashboard()
    at.run()
    return at.switch_page(f"pages/{page}.py").run()


def test_a_huge_summary_reaches_the_browser_cut_but_the_csv_keeps_it(tmp_path, monkeypatch):
    from digest_data.analyse import export
    from digest_data.app.safe import CELL_CHARS, DETAIL_CHARS

    summary = "accuracy of 91.5% on MMLU " * 8_000  # 208,000 characters
    title = "Long title " * 150  # 1,650 characters: a title the parser still keeps
    folder = tmp_path / "digests"
    folder.mkdir()
    (folder / "2024-10-25.md").write_text(
        HEAD.replace("09-05", "10-25") + f"| {title} | {'Ann Lee, ' * 500}Bo | {summary} |\n"
    )
    at = built_page(folder, tmp_path / "out", monkeypatch, "papers")
    assert not at.exception, [e.message for e in at.exception]
    assert max(len(m.value) for m in at.markdown) < 2 * DETAIL_CHARS  # escapes double at most
    assert any("the CSV download has the full text" in c.value for c in at.caption)
    for frame in at.dataframe:
        for column in frame.value.columns:
            for cell in frame.value[column]:
                assert len(str(cell)) < 2 * CELL_CHARS * (1 if isinstance(cell, str) else 60)
    papers = digest_data.load(tmp_path / "out").papers
    assert export.to_csv(papers).count(summary.strip().encode()) == 1  # the CSV keeps all of it


def test_the_trends_tables_cut_a_huge_name_as_every_table_does(tmp_path, monkeypatch):
    """Three November papers by one author whose name is 2,000 characters long:
    the person rises, and the Trends table sends the name cut."""
    from digest_data.app.safe import CELL_CHARS

    folder = tmp_path / "digests"
    folder.mkdir()
    name = "Ann " + "Lee" * 665
    (folder / "2024-10-01.md").write_text(
        HEAD.replace("09-05", "10-01") + "| An October paper | Bo Li | A summary. |\n"
    )
    for day in ("11-01", "11-02", "11-03"):
        (folder / f"2024-{day}.md").write_text(
            HEAD.replace("09-05", day) + f"| Paper of {day} | {name}, Bo Li | A summary. |\n"
        )
    at = built_page(folder, tmp_path / "out", monkeypatch, "trends")
    at.radio(key="trend_what").set_value("people").run()
    at.number_input(key="trend_min_people").set_value(1).run()
    assert not at.exception, [e.message for e in at.exception]
    items = [cell for frame in at.dataframe for cell in frame.value["item"]]
    assert any(cell.startswith("Ann LeeLee") for cell in items)
    assert max(len(cell) for cell in items) <= CELL_CHARS + 1  # and its ellipsis


# --- A file rewritten during the build (finding 8) --------------------------------


def rewrite_while_read(monkeypatch, target: Path, times: int) -> list[int]:
    """Make the first ``times`` reads of ``target`` see it half written, as a
    writer rewriting it in place would leave it, while the writer goes on to
    finish it (new size and mtime)."""
    real_read = Path.read_bytes
    full = target.read_bytes()
    reads: list[int] = []

    def read_bytes(path: Path) -> bytes:
        if path != target:
            return real_read(path)
        reads.append(1)
        if len(reads) > times:
            return real_read(path)
        half = full[: len(full) // 2]
        path.write_bytes(full + b"\n" * len(reads))  # the writer finishes, again
        os.utime(path, ns=(10**18 + len(reads), 10**18 + len(reads)))
        return half

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return reads


def many_rows(n: int) -> str:
    return HEAD + "".join(f"| Paper number {i} | A | s |\n" for i in range(n))


def test_a_file_rewritten_while_read_is_read_again_whole(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / "2024-09-05.md"
    target.write_text(many_rows(40))
    reads = rewrite_while_read(monkeypatch, target, times=1)
    report = digest_data.build([folder], tmp_path / "out")
    assert len(reads) == 2 and report.rows == 40 and report.skipped_files == []
    titles = digest_data.load(tmp_path / "out").papers["title"]
    assert sorted(titles) == sorted(f"Paper number {i}" for i in range(40))


def test_a_file_that_keeps_changing_is_skipped_by_name(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "other.md").write_text(HEAD + REAL)
    target = folder / "2024-09-05.md"
    target.write_text(many_rows(40))
    rewrite_while_read(monkeypatch, target, times=100)
    report = digest_data.build([folder], tmp_path / "out")
    assert [str(s) for s in report.skipped_files] == [
        f"{target}: cannot read the file: it kept changing while it was read"
    ]
    assert digest_data.load(tmp_path / "out").papers["title"].tolist() == ["Real title"]


# --- The smaller ones (finding 9) -------------------------------------------------


def test_a_nul_byte_in_an_upload_name_is_refused_at_the_endpoint():
    from starlette.exceptions import HTTPException
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
    from streamlit.runtime.uploaded_file_manager import UploadedFileRec

    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    upload_guard.guard(manager, enabled=True)
    # Kept, st.file_uploader would raise "Filename cannot contain null bytes" on
    # every run of the Data page, for that visitor.
    with pytest.raises(HTTPException):
        manager.add_file("v", UploadedFileRec("f1", "a\x00.md", "text/markdown", b"x"))
    assert manager.get_files("v", ["f1"]) == []


def test_non_ascii_and_long_upload_names_are_kept_safely():
    assert uploads.safe_name("论文.md") == "论文.md"
    assert uploads.safe_name("Übersicht 2024.txt") == "Übersicht_2024.txt"
    long = uploads.safe_name("x" * 300 + ".md")
    assert long is not None and long.endswith(".md") and len(long.encode()) <= 200
    cjk = uploads.safe_name("论" * 300 + ".markdown")
    assert cjk is not None and cjk.endswith(".markdown") and len(cjk.encode()) <= 200
    assert uploads.safe_name("!!!.md") == "upload.md"
    assert uploads.safe_name("a\u202etxt.md") == "a_txt.md"  # no right-to-left override


class FakeFile:
    """What st.file_uploader returns, for AppTest (which cannot upload)."""

    def __init__(self, name: str, data: bytes):
        self.name, self._data = name, data

    def getvalue(self) -> bytes:
        return self._data


def test_the_refused_warning_survives_the_rebuild(shared, monkeypatch):
    import streamlit

    files = [FakeFile("good.md", rows_file(1)), FakeFile("archive.zip", b"PK")]
    monkeypatch.setattr(streamlit, "file_uploader", lambda *a, **k: files)
    at = data_page(shared, monkeypatch)
    next(b for b in at.button if b.label.startswith("Add these")).click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("archive.zip" in w.value and "not a digest file" in w.value for w in at.warning)
    assert any("Added 1 file;" in s.value for s in at.success)
    assert [s.name for s in uploads.stored(shared.uploads)] == ["good.md"]


def test_a_fifo_given_directly_is_named_as_not_a_regular_file(tmp_path):
    good, _ = two_files(tmp_path / "in")
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    report = digest_data.build([good, fifo], tmp_path / "out")
    assert [str(s) for s in report.skipped_files] == [
        f"{fifo}: not a regular file (a FIFO, socket or device): not read"
    ]
    assert report.rows == 1


def test_a_huge_input_folder_is_refused_until_confirmed(tmp_path, monkeypatch):
    folder = tmp_path / "everything"
    for i in range(6):
        (folder / f"d{i}").mkdir(parents=True)
        (folder / f"d{i}" / "notes.txt").write_text(HEAD + REAL)
    monkeypatch.setattr(appdata, "BUILD_ROOT", tmp_path / "build")
    monkeypatch.setattr(appdata, "MAX_INPUT_FILES", 5)
    source = appdata.source_from_env({appdata.ENV_VAR: str(folder)})
    from digest_data.store.dataset import BuildError

    with pytest.raises(BuildError, match="more than 5 digest files") as refused:
        appdata.ensure_built(source)
    assert appdata.MAX_FILES_VAR in str(refused.value)
    assert not appdata.is_dataset(source.out)
    confirmed = appdata.source_from_env({appdata.ENV_VAR: str(folder), appdata.MAX_FILES_VAR: "10"})
    assert appdata.ensure_built(confirmed).rows == 1


def test_a_killed_builds_partial_folder_is_not_kept_as_a_saved_version(tmp_path):
    from digest_data.store import dataset

    good, bad = two_files(tmp_path / "in")
    digest_data.build([tmp_path / "in"], tmp_path / "out")
    first = dataset.current_version(tmp_path / "out")
    partial = tmp_path / "out" / ".versions" / "99999999T999999-killed"
    (partial / "records").mkdir(parents=True)
    (partial / "papers.parquet").write_bytes(b"PAR1 cut short")
    bad.write_text(HEAD.replace("09-05", "09-06") + REAL.replace("00001", "00003"))
    digest_data.build([tmp_path / "in"], tmp_path / "out")
    kept = sorted(p.name for p in (tmp_path / "out" / ".versions").iterdir())
    assert kept == sorted([first.name, dataset.current_version(tmp_path / "out").name])


def test_a_folder_of_mostly_other_files_is_refused_as_well(tmp_path):
    # / holds as many .md/.txt files as a big collection, among far more others.
    (tmp_path / "2024-09-05.md").write_text(HEAD + REAL)
    for i in range(30):
        (tmp_path / f"lib{i}.so").write_bytes(b"\x7fELF")
    assert appdata.too_large(tmp_path, max_files=5) == "more than 25 files and folders"
    assert appdata.too_large(tmp_path, max_files=10) is None


def test_a_failed_build_is_not_retried_on_every_page_view(shared, monkeypatch):
    import errno

    from digest_data.store import dataset

    appdata.ensure_built(shared)
    (Path(shared.inputs[0]) / "2024-09-06.md").write_text(HEAD.replace("09-05", "09-06") + REAL)
    writes: list[int] = []

    def full(*_args, **_kwargs):
        writes.append(1)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(dataset, "_write_parquet", full)
    for _ in range(3):  # three page views in a row: one build attempt
        with pytest.raises(dataset.BuildError, match="No space left"):
            appdata.ensure_built(shared)
    assert len(writes) == 1
    monkeypatch.setattr(appdata, "RETRY_SECONDS", 0.0)  # later on, it is tried again
    with pytest.raises(dataset.BuildError):
        appdata.ensure_built(shared)
    assert len(writes) == 2
