"""Uploads are limited and renamed safely; digest text is shown inert."""

from __future__ import annotations

import pandas as pd
from conftest import HF_DAILY
from hypothesis import given, settings
from hypothesis import strategies as st

from digest_data.app import uploads
from digest_data.app.safe import markdown_text, safe_url, safe_urls
from digest_data.read.formats import parse_digest

GOOD = b"## Papers for 2024-10-25\n\n| Title | Authors | Summary |\n|---|---|---|\n| T | A | S |\n"


def test_names_are_reduced_to_a_safe_base_name():
    assert uploads.safe_name("../../etc/passwd.md") == "passwd.md"
    assert uploads.safe_name("..\\..\\data\\digests\\seeds\\x.md") == "x.md"
    assert uploads.safe_name("my digest (1).md") == "my_digest_1_.md"
    assert uploads.safe_name(".hidden.md") == "hidden.md"
    assert uploads.safe_name("archive.zip") is None
    assert uploads.safe_name("notes.md.exe") is None
    assert uploads.safe_name("///") is None


def test_limits_refuse_with_reasons():
    batch = [
        uploads.Upload("a.md", GOOD),
        uploads.Upload("a.md", GOOD),  # same name: kept under another name
        uploads.Upload("bomb.zip", b"PK\x03\x04" + b"\0" * 100),
        uploads.Upload("big.md", b"x" * (uploads.MAX_FILE_BYTES + 1)),
        uploads.Upload("image.md", b"\x89PNG\r\n\x1a\n" + b"\0" * 100),
    ]
    verdicts = uploads.check(batch)
    assert [v.name for v in verdicts] == ["a.md", "a-2.md", None, None, None]
    assert "not a digest file" in verdicts[2].reason
    assert "larger than 5 MB" in verdicts[3].reason
    assert "binary" in verdicts[4].reason


def test_count_and_total_limits():
    many = [uploads.Upload(f"d{i}.md", GOOD) for i in range(uploads.MAX_FILES + 2)]
    verdicts = uploads.check(many)
    assert sum(v.name is not None for v in verdicts) == uploads.MAX_FILES
    assert verdicts[-1].reason == f"more than {uploads.MAX_FILES} files in one upload"
    chunk = b"a" * (uploads.MAX_FILE_BYTES - 10)
    verdicts = uploads.check([uploads.Upload(f"c{i}.md", chunk) for i in range(5)])
    # 20 MB in total: four files of just under 5 MB fit, the fifth does not.
    assert [v.name is not None for v in verdicts] == [True, True, True, True, False]
    assert "in total" in verdicts[4].reason


def test_save_writes_only_accepted_files_inside_the_folder(tmp_path):
    batch = [uploads.Upload("../escape.md", GOOD), uploads.Upload("x.zip", b"zip")]
    written = uploads.save(batch, uploads.check(batch), tmp_path / "uploads")
    assert written == [tmp_path / "uploads" / "escape.md"]
    assert sorted(p.name for p in (tmp_path / "uploads").iterdir()) == ["escape.md"]
    assert not (tmp_path / "escape.md").exists()


def test_only_http_links_are_clickable():
    assert safe_url("https://arxiv.org/abs/2410.1") == "https://arxiv.org/abs/2410.1"
    assert safe_url("http://example.org/x") == "http://example.org/x"
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>",
        "//evil.org",
        "ftp://x.org/a",
        'https://x.org/"onerror=alert(1)',
        None,
        3,
    ]:
        assert safe_url(bad) is None, bad


SCHEMES = ["http", "https", "HTTP", "ftp", "javascript", " http", ""]
HOSTS = ["arxiv.org", "x.org", "localhost:8080", "a@b.org", "[::1]", "é.org", ""]
PATHS = ["", "/abs/2410.1", "/", "?q=1", "#a"]
PIECES = ["a", "/b", "%20", " ", "\t", "\x1f", "\x00", '"', "'", "<", "é", "\u3000"]
# Mostly well-formed links with one odd piece, so every branch of the check is hit.
URLS = st.builds(
    lambda scheme, sep, host, path, rest: scheme + sep + host + path + "".join(rest),
    st.sampled_from(SCHEMES),
    st.sampled_from(["://", "://", ":", "//"]),
    st.sampled_from(HOSTS),
    st.sampled_from(PATHS),
    st.lists(st.sampled_from(PIECES), max_size=3),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.none(), URLS), min_size=10, max_size=60))
def test_links_checked_together_are_each_checked(urls):
    together = safe_urls(pd.Series(urls, dtype=object))
    assert together.tolist() == [safe_url(u) for u in urls]


def test_every_corpus_link_passes_the_vector_check_as_it_does_alone():
    urls = [
        r["url"]
        for path in sorted(HF_DAILY.glob("*.md"))
        for r in parse_digest(path.read_text(), str(path)).records
    ]
    assert len(urls) > 900
    assert safe_urls(pd.Series(urls)).tolist() == [safe_url(u) for u in urls]


def test_markdown_text_is_inert():
    text = (
        "![beacon](http://evil.org/p.png) [x](javascript:alert(1)) <script>alert(1)</script> **b**"
    )
    escaped = markdown_text(text)
    for active in ["![", "](", "**"]:
        assert active not in escaped
    assert escaped.count("<") == escaped.count("\\<") == 2
    assert escaped.replace("\\", "").replace("\u200b", "") == text  # reads the same


def test_markdown_text_leaves_no_bare_link_icon_or_colour():
    escaped = markdown_text("log in at https://evil.example, www.evil.example or a@evil.example")
    for live in ("https:", "www.", "a@e"):
        assert live not in escaped.replace("\\", "")
    assert ":material/" not in markdown_text(":material/error: :red[**x**]")


def test_a_metric_with_an_at_sign_copies_as_written():
    """ "pass@1" names no host: no zero-width space, so a copied "pass@1" is pass@1."""
    assert (
        markdown_text("3 more scores in pass@1, Recall@10") == "3 more scores in pass@1, Recall@10"
    )
    assert "\u200b" in markdown_text("mail a@evil.example")  # a host still gets one
