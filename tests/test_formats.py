"""The parser on the real digest files and on every variant of the format family."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import HF_DAILY, MAP_DAILY, SEEDS

from digest_data.read.formats import parse_digest, split_follow_ups
from digest_data.read.normalise import decode_bytes


def parse_file(path):
    return parse_digest(decode_bytes(path.read_bytes()).text, str(path))


def by_title(result, start: str):
    [record] = [r for r in result.records if r["title"].startswith(start)]
    return record


# Rows counted by hand: the paper rows of each table (header and separator rows
# excluded), per dated section for the M-A-P pages.
SEED_COUNTS = {
    "000_edb11d6fa255bcef.txt": ("hf-daily", 21),
    "001_647542f3b81123ee.txt": ("hf-daily", 10),
    "002_3d843731ae4cf7d9.txt": ("hf-daily", 13),
    "003_49bbbed1f01bb120.txt": ("map-daily", 38),
    "004_d4f7aa2f85eb0b09.txt": ("hf-daily", 15),
}


@pytest.mark.parametrize(("name", "expected"), SEED_COUNTS.items())
def test_seed_row_counts(name, expected):
    result = parse_file(SEEDS / name)
    assert (result.source, len(result.records)) == expected
    assert result.skipped == []


def test_map_sections_are_dated_per_details_block():
    counts = {}
    for name in ("2024W38.md", "2024W42.md", "20241021.md"):
        for record in parse_file(MAP_DAILY / name).records:
            counts[record["date"]] = counts.get(record["date"], 0) + 1
    assert counts == {
        dt.date(2024, 9, 13): 10,
        dt.date(2024, 9, 12): 9,
        dt.date(2024, 9, 11): 13,
        dt.date(2024, 9, 10): 7,
        dt.date(2024, 9, 9): 4,
        dt.date(2024, 10, 11): 18,
        dt.date(2024, 10, 10): 33,
        dt.date(2024, 10, 21): 16,
    }


def test_map_readme_today_and_history():
    result = parse_file(SEEDS / "003_49bbbed1f01bb120.txt")
    dates = [r["date"] for r in result.records]
    assert dates.count(dt.date(2024, 10, 15)) == 19
    assert dates.count(dt.date(2024, 10, 14)) == 19
    koala = [r for r in result.records if r["title"].startswith("Koala-36M")][0]
    assert koala["title"] == (
        "Koala-36M: A Large-scale Video Dataset Improving Consistency between "
        "Fine-grained Conditions and Video Content"
    )
    assert koala["affiliations"] == [
        "Kuaishou Technology",
        "Shenzhen University",
        "Tsinghua University",
    ]
    assert koala["authors"] == []
    assert koala["arxiv_id"] is None and koala["url"] is None
    assert koala["summary"] is None
    assert koala["comments"].startswith("This appears to be a highly valuable video dataset")


def test_map_mojibake_is_repaired():
    result = parse_file(SEEDS / "003_49bbbed1f01bb120.txt")
    auto = [r for r in result.records if "Autonomous Evaluation of LLMs" in r["title"]][0]
    assert auto["title"] == (
        "∀uto∃∨∧L: Autonomous Evaluation of LLMs for Truth Maintenance and Reasoning Tasks"
    )
    editing = [r for r in result.records if r["title"].startswith("Editing Massive Concepts")][0]
    assert "valuable contribution—such a large-scale benchmark" in editing["comments"]
    novo = [r for r in result.records if r["title"].startswith("NoVo")][0]
    assert novo["affiliations"] == []  # "-" means none
    assert "It’s an intriguing concept" in novo["comments"]


def test_badness_scan_of_non_ascii_windows_agrees_with_the_whole_text():
    """The parse scans only the text around non-ASCII characters for mojibake;
    the verdict must be ftfy's on the whole text, for real files and for random
    strings dense with mojibake characters (most of which are "bad")."""
    import random

    import ftfy.badness

    from digest_data.read.normalise import _non_ascii_context

    real = [p.read_text(errors="replace") for p in (*SEEDS.iterdir(), *HF_DAILY.glob("*.md"))]
    assert [ftfy.badness.is_bad(t) for t in real] == [
        ftfy.badness.is_bad(_non_ascii_context(t)) for t in real
    ]
    rnd = random.Random(7)
    alphabet = "ab Z.,!?-\n ÃÂ€œŠšé—–’“”™°·»×²√±‚ÄìвЂβΒΓØÙàµœŒ¡«»ª"
    texts = ["".join(rnd.choices(alphabet, k=rnd.randint(1, 30))) for _ in range(20_000)]
    verdicts = [ftfy.badness.is_bad(t) for t in texts]
    assert 5_000 < sum(verdicts) < 19_000
    assert verdicts == [ftfy.badness.is_bad(_non_ascii_context(t)) for t in texts]


def test_map_row_without_trailing_pipe_keeps_its_comment():
    result = parse_file(MAP_DAILY / "2024W38.md")
    row = [r for r in result.records if r["title"] == "Synthetic Continued Pretraining"][0]
    assert row["comments"].endswith(
        'reference is "IMPROVING PRETRAINING DATA USING PERPLEXITY CORRELATIONS."'
    )
    assert row["date"] == dt.date(2024, 9, 12)
    empty = [
        r
        for r in result.records
        if r["title"] == "AudioBERT: Audio Knowledge Augmented Language Model"
    ][0]
    assert empty["comments"] is None


def test_hf_title_cell_with_read_more_links():
    result = parse_file(SEEDS / "000_edb11d6fa255bcef.txt")
    first = result.records[0]
    assert first["title"] == (
        "Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss"
    )
    assert first["arxiv_id"] == "2410.17243"
    assert first["url"] == "https://arxiv.org/abs/2410.17243"
    assert first["authors"] == ["Kehan Li", "Hang Zhang", "LidongBing", "Zhiqiang007", "ClownRat"]
    assert first["date"] == dt.date(2024, 10, 25)
    assert first["source_line"] == 7
    assert first["summary"].startswith("a) This research addresses the quadratic growth")
    assert first["summary"].endswith(
        "without incurring substantial memory overhead or significant speed reduction."
    )
    assert len(first["follow_up_questions"]) == 2
    assert first["follow_up_questions"][1].startswith("How does the performance of Inf-CL")


def test_hf_fourth_link_column():
    result = parse_file(HF_DAILY / "2024-09-05.md")
    assert len(result.records) == 8
    first = result.records[0]
    assert first["title"] == (
        "LongLLaVA: Scaling Multi-modal LLMs to 1000 Images Efficiently via Hybrid Architecture"
    )
    assert first["arxiv_id"] == "2409.02889"
    assert first["url"] == "https://arxiv.org/abs/2409.02889"
    assert first["authors"] == [
        "Benyou Wang",
        "Chen Zhang",
        "Shunian Chen",
        "Xidong Wang",
        "songdj",
    ]
    assert first["summary"].endswith("multi-modal agents.")


def test_hf_dash_read_more_variant():
    result = parse_file(HF_DAILY / "2024-09-09.md")
    assert len(result.records) == 5
    first = result.records[0]
    assert first["title"] == (
        "How Do Your Code LLMs Perform? Empowering Code Instruction Tuning with High-Quality Data"
    )
    assert first["arxiv_id"] == "2409.03810"
    assert first["authors"] == ["mdizhang", "bitwjg", "dongguanting", "fudayuan", "banksy235"]


def test_follow_up_questions_are_split_out():
    result = parse_file(SEEDS / "001_647542f3b81123ee.txt")
    mm15 = by_title(result, "MM1.5")
    assert mm15["title"] == "MM1.5: Methods, Analysis & Insights from Multimodal LLM Fine-tuning"
    assert len(mm15["follow_up_questions"]) == 3
    assert mm15["follow_up_questions"][0].startswith("The paper mentions the use of in-house")
    assert mm15["follow_up_questions"][2].endswith(
        "how do you decide when the model is overfitting to the data?"
    )
    assert "Follow-up" not in mm15["summary"]
    assert mm15["summary"].endswith(
        "suggesting that optimization of pre-training data is crucial for effective SFT."
    )


def test_follow_up_numbering_ignores_decimals_inside_questions():
    summary, questions = split_follow_ups(
        "Gains of 3.5 points. Follow-up questions: 1. Why 2.5x? 2. Is Llama 3.1 used? 3. Cost?"
    )
    assert summary == "Gains of 3.5 points."
    assert questions == ["Why 2.5x?", "Is Llama 3.1 used?", "Cost?"]


def test_here_are_some_follow_up_questions_marker():
    result = parse_file(SEEDS / "004_d4f7aa2f85eb0b09.txt")
    diff = by_title(result, "Differential Transformer")
    assert diff["summary"].endswith("more efficient and performant large language models.")
    assert len(diff["follow_up_questions"]) == 3


def test_unescaped_pipe_in_summary_is_kept_as_text():
    result = parse_file(HF_DAILY / "2024-10-11.md")
    row = by_title(result, "SFTMix")
    assert any("Conf(Vᵢ|Xᵢ)" in q for q in row["follow_up_questions"])
    assert row["authors"][-1] == "YuxinXiao"
    assert [w.line for w in result.warnings] == [17]


def _all_pipe_rows(path) -> int:
    """An independent count: table lines that are neither header nor separator."""
    count = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if (
            s.startswith("|")
            and not re.match(r"\|\s*(Title|Paper)\s*\|", s)
            and set(s) - set("|-: ")
        ):
            count += 1
    return count


def test_every_real_file_parses_without_skipping_a_row():
    files = sorted(HF_DAILY.glob("*.md")) + sorted(MAP_DAILY.glob("*.md")) + sorted(SEEDS.iterdir())
    assert len(files) == 84 + 3 + 5
    total = 0
    for path in files:
        result = parse_file(path)
        assert result.skipped == [], path
        assert len(result.records) == _all_pipe_rows(path), path
        for record in result.records:
            assert (
                record["title"]
                and "](" not in record["title"]
                and "Read more" not in record["title"]
            )
            if result.source == "hf-daily":
                assert record["arxiv_id"] and record["authors"], (path, record["source_line"])
        total += len(result.records)
    assert total == 986 + 148 + 59


def test_last_december_file():
    result = parse_file(HF_DAILY / "2024-12-31.md")
    first = result.records[0]
    assert first["title"] == (
        "Explanatory Instructions: Towards Unified Vision Tasks Understanding and Zero-shot Generalization"
    )
    assert first["arxiv_id"] == "2412.18525"
    assert first["authors"] == ["Tao Yuan", "Yuxin Song", "Yifan Sun", "Xiu-Shen Wei", "axxkaya"]
    assert first["date"] == dt.date(2024, 12, 31)


# ---------------------------------------------------------------------------
# Variants written the way real archives write them


def test_generic_markdown_columns_by_name_and_date_in_path():
    text = (
        "# Reading list\n\n"
        "| Link | Notes | Paper | Authors |\n"
        "|---|---|---|---|\n"
        "| https://arxiv.org/pdf/2401.00001v2 | great | [A Paper](https://example.org/a) | Ann Lee and Bo Wu |\n"
        "| [pdf](https://arxiv.org/abs/2401.00002) | | Second Paper | |\n"
    )
    result = parse_digest(text, "notes/archive/2024/01/05.md")
    assert result.source == "markdown"
    a, b = result.records
    assert (a["title"], a["arxiv_id"], a["authors"], a["comments"]) == (
        "A Paper",
        "2401.00001",
        ["Ann Lee", "Bo Wu"],
        "great",
    )
    assert a["date"] == dt.date(2024, 1, 5)
    assert (b["title"], b["arxiv_id"], b["authors"], b["comments"]) == (
        "Second Paper",
        "2401.00002",
        [],
        None,
    )


def test_date_column_and_month_name_headings():
    text = (
        "## October 3, 2024\n\n| Title | Date |\n|--|--|\n| One | 2024-10-01 |\n| Two | |\n\n"
        "## 4 Oct 2024\n\n| Title |\n|--|\n| Three |\n"
    )
    result = parse_digest(text, "x.md")
    assert [(r["title"], r["date"]) for r in result.records] == [
        ("One", dt.date(2024, 10, 1)),
        ("Two", dt.date(2024, 10, 3)),
        ("Three", dt.date(2024, 10, 4)),
    ]


def test_cell_broken_across_lines_is_joined():
    text = (
        "## Papers for 2024-10-01\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| Broken Row | A B, C D | first half\nsecond half |\n"
        "| Next Row | E F | fine |\n"
    )
    result = parse_digest(text, "2024-10-01.md")
    assert [r["summary"] for r in result.records] == ["first half second half", "fine"]
    assert [r["source_line"] for r in result.records] == [5, 7]


def test_stray_html_is_stripped_but_words_in_angle_brackets_stay():
    text = (
        "## Papers for 2024-10-01\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| <b>Bold</b> Title<br>More | X | Uses a <TRK> token <script>alert(1)</script>and &amp; more. |\n"
    )
    [record] = parse_digest(text, "d.md").records
    assert record["title"] == "Bold Title More"
    assert record["summary"] == "Uses a <TRK> token and & more."


def test_empty_author_cell():
    text = "## Papers for 2024-10-01\n\n| Title | Authors | Summary |\n|---|---|---|\n| T (Read more on [arXiv](https://arxiv.org/abs/2410.00001)) |  | S |\n"
    [record] = parse_digest(text, "d.md").records
    assert record["authors"] == [] and record["arxiv_id"] == "2410.00001"
