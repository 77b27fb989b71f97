"""Input that tries to break the loader and the extractor.

Property-based: digest files are generated from the real grammar (HF daily tables,
M-A-P sections, generic tables) and then mutated: rows cut, pipes added and removed,
random bytes, huge cells, nested HTML and markdown, mixed line endings, BOMs, NUL
bytes, other encodings. Whatever comes in, the loader does not crash, every row it
keeps is valid against the schema, every row it drops is reported with file and
line, and valid rows next to broken ones are kept."""

from __future__ import annotations

import time

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import digest_data
from digest_data.enrich import topics
from digest_data.enrich.metrics import extract_metrics
from digest_data.enrich.topics import load_taxonomy
from digest_data.schema import PAPERS_SCHEMA
from digest_data.store import collection, dataset

TAXONOMY = load_taxonomy()
WORDS = st.sampled_from(
    [
        "LLM",
        "diffusion",
        "agents",
        "reasoning",
        "85.3%",
        "2.3x",
        "7B",
        "GSM8K",
        "\\|",
        "<b>",
        "</b>",
        "**bold**",
        "[link](https://arxiv.org/abs/2410.12345)",
        "<br>",
        "&amp;",
        "üî•",
        "—",
        "\t",
        "  ",
        "(",
        ")",
        "[",
        "]",
        "1.",
        "a)",
        "Follow-up Questions:",
    ]
)
TEXT = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)


@st.composite
def hf_digest(draw) -> tuple[str, int]:
    """An HF daily digest and its number of well-formed rows."""
    n = draw(st.integers(1, 6))
    rows = [
        f"| {draw(TEXT)} Paper {i} (Read more on [arXiv](https://arxiv.org/abs/2410.{10000 + i}) "
        f"or [HuggingFace](https://huggingface.co/papers/2410.{10000 + i})) | A. One, B. Two | "
        f"{draw(TEXT)} |"
        for i in range(n)
    ]
    return "## Papers for 2024-10-25\n\n| Title | Authors | Summary |\n|---|---|---|\n" + "\n".join(
        rows
    ) + "\n", n


@st.composite
def map_digest(draw) -> tuple[str, int]:
    n = draw(st.integers(1, 5))
    rows = [
        f"| [{draw(TEXT)} Paper {i}](https://arxiv.org/abs/2409.{20000 + i}) | Lab {i} | {draw(TEXT)} |"
        for i in range(n)
    ]
    return (
        "<details>\n<summary><b>25/9/2024</b></summary>\n\n| Paper | Affiliation | Comments |\n|---|---|---|\n"
        + "\n".join(rows)
        + "\n</details>\n",
        n,
    )


MUTATIONS = st.sampled_from(
    [
        "cut",
        "pipe+",
        "pipe-",
        "bytes",
        "huge",
        "nest",
        "crlf",
        "bom",
        "nul",
        "latin1",
        "utf16",
        "none",
    ]
)


def mutate(text: str, how: str, draw) -> bytes:
    lines = text.split("\n")
    target = draw(st.integers(0, max(0, len(lines) - 1)))
    if how == "cut":
        lines[target] = lines[target][: draw(st.integers(0, len(lines[target])))]
    elif how == "pipe+":
        lines[target] = lines[target].replace("|", "||", 1)
    elif how == "pipe-":
        lines[target] = lines[target].replace("|", "", 1)
    elif how == "huge":
        lines[target] += " " + "9" * 200_000 + "%" + "|" * 1000
    elif how == "nest":
        lines[target] += "<div>" * 500 + "[" * 500 + "**" * 200 + "</div>" * 500
    data = "\n".join(lines)
    if how == "crlf":
        data = data.replace("\n", "\r\n", 3)
    if how == "bom":
        return b"\xef\xbb\xbf" + data.encode()
    if how == "nul":
        return data.encode().replace(b" ", b"\0", 2)
    if how == "latin1":
        return data.encode("latin-1", errors="replace")
    if how == "utf16":
        return data.encode("utf-16")
    raw = data.encode()
    if how == "bytes":
        pos = draw(st.integers(0, len(raw)))
        raw = raw[:pos] + draw(st.binary(min_size=1, max_size=16)) + raw[pos:]
    return raw


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_digests_never_crash_and_lose_nothing(data):
    text, n = data.draw(st.one_of(hf_digest(), map_digest()))
    how = data.draw(MUTATIONS)
    raw = mutate(text, how, data.draw)
    parsed = dataset.parse_file("2024-10-25.md", raw, "sha", TAXONOMY)
    # every kept row is valid against the schema
    if parsed.records:
        table, _ = collection.papers(collection.records_table(parsed.records))
        assert table.schema.equals(PAPERS_SCHEMA, check_metadata=False)
        for record in parsed.records:
            assert record["title"] and 1 <= len(record["topics"]) <= 3
            assert record["source_line"] >= 1
    # every dropped row is reported with its file and a line
    for skip in parsed.skipped:
        assert skip.file == "2024-10-25.md" and skip.line >= 1 and skip.reason
    if parsed.file_skip is None and how in ("none", "crlf", "bom", "utf16", "huge", "nest"):
        assert len(parsed.records) == n  # these mutations break no row


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_broken_row_does_not_take_its_neighbours(data):
    text, n = data.draw(hf_digest())
    lines = text.split("\n")
    broken = data.draw(
        st.sampled_from(["| | | |", "|", "| only a title with no close", "\0\0\0", "||||||||"])
    )
    lines.insert(4, broken)  # between the header rule and the first row
    parsed = dataset.parse_file("x/2024-10-25.md", "\n".join(lines).encode(), "sha", TAXONOMY)
    titles = [r["title"] for r in parsed.records]
    assert sum(f"Paper {i}" in t for i in range(n) for t in titles) >= n


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000))
def test_extractor_and_topics_take_any_text(text):
    for metric in extract_metrics(text):
        assert 0 <= metric.char_start < metric.char_end <= len(text)
        assert metric.kind in ("score", "delta", "efficiency")
        assert len(metric.context) <= 200
    assert 1 <= len(TAXONOMY.classify(text, text, text)) <= 3


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=300) | st.text(alphabet="aZ9@#+ -_.\u0130\u212a\u017f\ud800é\n", max_size=60)
)
def test_topic_tokens_are_the_runs_of_ascii_token_characters(text):
    """The topic matcher's C-level tokeniser agrees with the regex it replaced,
    including for characters whose lowercase is ASCII (the Kelvin sign, dotted I)."""
    import regex

    words, lowered = topics._tokens(text)
    assert words == regex.findall(r"[A-Za-z0-9@#+]+", text)
    assert lowered == [w.lower() for w in words]


ADVERSARIAL = {
    "digits": "1" * 1_000_000,
    "dots": "1." * 500_000,
    "pipes": "|" * 1_000_000,
    "brackets": "[" * 500_000 + "](" * 250_000,
    "percent": "5% " * 333_333,
    "numbers-and-units": "12.5x 3.1% 7-13% from 4 to 5 " * 35_000,
    "html": "<b>" * 333_333,
}


def _build_seconds(tmp_path, name: str, cell: str) -> float:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "2024-10-25.md").write_text(
        "## Papers for 2024-10-25\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        f"| Big | A | {cell} |\n| Small | B | s |\n"
    )
    started = time.perf_counter()
    digest_data.build([folder], folder / "out")
    return time.perf_counter() - started


def test_adversarial_megabyte_cells_cost_linear_time(tmp_path):
    """Each 1 MB adversarial cell builds within a small multiple of 1 MB of prose.
    (A ratio, not an absolute time: the machine may be busy.)"""
    ordinary = ("The model reaches 85.3% accuracy on GSM8K and runs 2.3x faster. " * 16_000)[
        :1_000_000
    ]
    baseline = min(_build_seconds(tmp_path, f"base{i}", ordinary) for i in range(2))
    for name, cell in ADVERSARIAL.items():
        seconds = _build_seconds(tmp_path, name, cell)
        assert seconds < 10 * baseline + 2.0, (name, seconds, baseline)
        table = pa.parquet.read_table(tmp_path / name / "out" / "papers.parquet")
        assert table.column("title").to_pylist() == ["Big", "Small"]


def test_every_csv_cell_from_a_hostile_digest_is_neutralised(tmp_path):
    """Formula-looking text in every column of a digest comes out of every CSV
    export neutralised: no cell starts with = + - @ tab or CR."""
    import csv
    import io

    from digest_data.analyse import aggregate, export

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2024-10-25.md").write_text(
        "## Papers for 2024-10-25\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        '| =HYPERLINK("http://evil.example","x") | @SUM(A1), +cmd, -2+3 | =1+1 reaches 85% accuracy |\n'
        "| -Minus title | \tTabbed | +plus summary |\n"
    )
    digest_data.build([folder], tmp_path / "out")
    ds = digest_data.load(tmp_path / "out")
    frames = [
        ds.papers,
        ds.metrics,
        aggregate.paper_table(ds.papers, ds.metrics),
        aggregate.author_table(ds.papers),
        aggregate.topic_counts(ds.papers),
    ]
    checked = 0
    for frame in frames:
        reader = csv.reader(io.StringIO(export.to_csv(frame).decode("utf-8"), newline=""))
        for row in reader:
            for cell in row:
                checked += 1
                try:
                    float(cell)
                    continue  # a number, such as -2.5, is data
                except ValueError:
                    assert not cell.startswith(export.FORMULA_STARTS), cell
    assert checked > 50


def test_unwritable_output_is_a_clear_error_and_keeps_the_old_dataset(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    day = folder / "2024-10-25.md"
    day.write_text("## Papers for 2024-10-25\n\n| Title |\n|---|\n| First |\n")
    out = tmp_path / "out"
    digest_data.build([folder], out)
    before = pa.parquet.read_table(out / "papers.parquet")
    day.write_text(day.read_text() + "| Second |\n")

    def read_only(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(dataset.Path, "mkdir", read_only)
    try:
        digest_data.build([folder], out)
    except digest_data.BuildError as exc:
        assert "Read-only file system" in str(exc) and str(out) in str(exc)
    else:
        raise AssertionError("a read-only output must fail the build")
    monkeypatch.undo()
    assert pa.parquet.read_table(out / "papers.parquet").equals(before)
    # An output path below a regular file cannot be created either.
    blocker = tmp_path / "file"
    blocker.write_text("x")
    try:
        digest_data.build([folder], blocker / "out")
    except digest_data.BuildError as exc:
        assert str(blocker / "out") in str(exc)
    else:
        raise AssertionError("an output below a file must fail the build")
