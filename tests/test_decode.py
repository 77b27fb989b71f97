"""Decoding a digest's bytes: every encoding a digest arrives in is read, and bytes
that are not what they claim to be are kept with a warning, not a crash."""

from __future__ import annotations

import pytest

from digest_data.read.normalise import DecodeError, decode_bytes

TEXT = "## Papers for 2024-10-25\n\n| Title | Authors |\n|---|---|\n| Café Paper | A. Ünal |\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_every_encoding_a_digest_comes_in_reads_back_the_same_text(encoding):
    data = TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # only a BOM says UTF-16
        data = ("\ufeff" + TEXT).encode(encoding)
    assert decode_bytes(data).text.lstrip("\ufeff") == TEXT


def test_a_utf16_mark_before_utf8_text_keeps_the_text_and_warns():
    """FE FF then UTF-8 of odd length is not UTF-16: it crashed the build (found by
    the hostile-input fuzz test). The rows are kept; the two bytes read as cp1252."""
    decoded = decode_bytes(b"\xfe\xff" + TEXT.encode())
    assert decoded.text == "þÿ" + TEXT
    assert decoded.warning and "line 1" in decoded.warning


def test_windows_1252_bytes_are_read_as_such_with_a_warning_naming_the_line():
    decoded = decode_bytes("line one\nna\u00efve caf\u00e9\n".encode("cp1252"))
    assert decoded.text == "line one\nnaïve café\n"
    assert "line 2" in decoded.warning


def test_a_utf8_mark_before_text_with_a_windows_1252_byte_keeps_the_heading():
    """A BOM, then a heading, then a row with one cp1252 byte: the BOM went into the
    text ("\ufeff## ..."), the heading's date was not found, and the file's one good
    row was lost (found by a new user's walkthrough). Each alone was read right."""
    data = b"\xef\xbb\xbf" + "## 2024-11-05\n\n| Title |\n|---|\n| Caf\u00e9 |\n".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == "## 2024-11-05\n\n| Title |\n|---|\n| Café |\n"
    assert "line 5" in decoded.warning


def test_binary_content_is_refused():
    with pytest.raises(DecodeError):
        decode_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
