"""Text normalisation: decoding bytes, repairing mojibake, cleaning cells, ids.

Every function here is pure: text in, text (or a small value) out.
"""

from __future__ import annotations

import codecs
import hashlib
import re as stdlib_re
import unicodedata
from dataclasses import dataclass

import ftfy
import ftfy.badness
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import regex as re


class DecodeError(ValueError):
    """A file whose bytes are not text (binary, or empty)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"GIF8",
)
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b")


def _looks_binary(head: bytes) -> bool:
    """Magic numbers of common binary formats, or more than 10% control bytes.
    A few stray NULs in a text digest do not make it binary."""
    if head.startswith(_BINARY_MAGIC):
        return True
    return len(head.translate(None, _CONTROL)) < len(head) * 0.9


def decode_bytes(data: bytes) -> Decoded:
    """Decode a digest file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM,
    else cp1252 with a warning. Raises DecodeError for binary content."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            pass  # two stray bytes that look like a BOM before 8-bit text: read it as such
    if _looks_binary(data[:8192]):
        raise DecodeError("binary file, not a text digest")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        # Bytes that are not UTF-8 are most often Windows-1252 text; decoding each
        # invalid byte that way keeps every valid UTF-8 character intact.
        text = data.decode("utf-8-sig", errors="cp1252_fallback")  # a BOM first too
        return Decoded(
            text,
            "utf-8+cp1252",
            f"invalid UTF-8 from line {line} (byte {exc.start}); decoded those bytes as cp1252",
        )


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


codecs.register_error("cp1252_fallback", _cp1252_fallback)

# A UTF-8 four-byte emoji read as Mac Roman, whose lead byte (0xF0, the Apple logo
# in Mac Roman) was dropped on the way: "üî•" is U+1F525 without its first byte.
_MAC_CONTINUATION = "".join(bytes([b]).decode("mac_roman") for b in range(0x80, 0xC0))
_LOST_LEAD = re.compile(f"[{re.escape(_MAC_CONTINUATION)}]{{3}}(?:Ô∏è)?")


def _restore_lost_lead(match: re.Match[str]) -> str:
    raw = match.group(0)
    try:
        fixed = (b"\xf0" + raw[:3].encode("mac_roman")).decode("utf-8")
    except UnicodeError:
        return raw
    return fixed + ("\ufe0f" if len(raw) > 3 else "")


# The standard library's engine: this scan runs over every byte of every file,
# and for one character class it is several times faster than ``regex``.
_NON_ASCII = stdlib_re.compile(r"[^\x00-\x7f]+")


def _non_ascii_context(text: str) -> str:
    """The parts of ``text`` the badness scan can match, joined by NULs.

    Every ftfy badness pattern needs a non-ASCII character and looks at most three
    characters around it, so scanning only these windows (non-ASCII runs with three
    characters either side, overlapping windows merged) gives the same verdict as
    scanning the whole text, in a fraction of the time. NUL is in none of its
    character classes."""
    parts: list[str] = []
    lo = hi = -1
    for m in _NON_ASCII.finditer(text):
        a, b = max(0, m.start() - 3), m.end() + 3
        if a > hi:
            if hi >= 0:
                parts.append(text[lo:hi])
            lo = a
        hi = b
    if hi >= 0:
        parts.append(text[lo:hi])
    return "\x00".join(parts)


def repair_mojibake(text: str) -> str:
    """Undo double-encoding such as ``‚Äî`` for an em dash or ``üî•`` for 🔥.

    Text that does not look broken is returned unchanged, so correct accents and
    symbols survive."""
    if text.isascii() or not ftfy.badness.is_bad(_non_ascii_context(text)):
        return text
    fixed = ftfy.fix_text(
        text, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False
    )
    return _LOST_LEAD.sub(_restore_lost_lead, fixed)


# HTML we strip from cells. Only real tag names: "<TRK>" or "<think>" in a summary
# are words of the text, not markup.
_HTML_TAGS = (
    "a|abbr|b|big|blockquote|br|center|code|del|details|div|em|font|h[1-6]|hr|i|img|"
    "ins|kbd|li|link|mark|meta|ol|p|pre|s|small|span|strike|strong|sub|summary|sup|"
    "table|tbody|td|th|thead|tr|tt|u|ul|video|source|picture|figure|figcaption|iframe|"
    "input|button|form|svg|path|object|embed|base|body|html|head|title|noscript"
)
_DROP_WITH_CONTENT = re.compile(
    r"<(script|style|template)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(rf"</?(?:{_HTML_TAGS})\b[^<>]{{0,2000}}/?>", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def _entity(match: re.Match[str]) -> str:
    import html

    return html.unescape(match.group(0))


def strip_html(text: str) -> str:
    """Remove HTML tags, comments and scripts; decode entities; keep the words."""
    if "<" in text:
        text = _COMMENT.sub(" ", text)
        text = _DROP_WITH_CONTENT.sub(" ", text)
        text = _BR.sub(" ", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    return text


def fold_ws(text: str) -> str:
    """Collapse runs of whitespace into one space and trim. Whitespace is Python's
    ``str.isspace`` (which, unlike Unicode's, includes the separators U+001C-U+001F);
    split-and-join is four times faster than a regex here, and this runs on every cell."""
    return " ".join(text.split())


# [text](url) and ![alt](url); the URL may hold one level of parentheses.
MD_LINK = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\]){0,500})\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+\"[^\"]*\")?\s*\)"
)
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(text: str) -> str:
    """Markdown inline markup to plain text: links keep their text, images their
    alt text, emphasis and code marks go."""
    if "](" in text:
        text = MD_LINK.sub(lambda m: m.group(2), text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS.sub(r"\2", text)
    return text


def clean_text(text: str) -> str:
    """A cell as plain text: no HTML, no markdown links, folded whitespace,
    unescaped pipes."""
    text = text.replace("\\|", "|")
    return fold_ws(markdown_to_text(strip_html(text)))


_HTTP_URL = re.compile(r"(?i)https?://[^\s/]+")
_URL_BREAKER = re.compile(r"[\s\"'<>]")


def safe_url(url: str) -> str | None:
    """Return the URL when it is an absolute http(s) URL, else None."""
    url = url.strip()
    if _HTTP_URL.match(url) and not _URL_BREAKER.search(url):
        return url
    return None


_ARXIV_NEW = r"\d{4}\.\d{4,5}"
_ARXIV_OLD = r"[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7}"
_ARXIV_IN_URL = re.compile(
    rf"(?i)(?:arxiv\.org/(?:abs|pdf|html)/|huggingface\.co/papers/|alphaxiv\.org/(?:abs/)?"
    rf"|ar5iv\.(?:labs\.arxiv\.)?org/(?:abs|html)/|arxiv:\s?)({_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?"
)


def arxiv_id_from(text: str) -> str | None:
    """The first arXiv id named by a URL or an ``arXiv:`` prefix, without version."""
    m = _ARXIV_IN_URL.search(text)
    return m.group(1) if m else None


NON_WORD = re.compile(r"[^\p{L}\p{N}]+")


def normalise_title(title: str) -> str:
    """The key two listings of one title share: NFKC, case-folded, only letters
    and digits separated by single spaces. A title with neither ("???", emoji) is
    its own folded text: two such titles are not one paper."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    return NON_WORD.sub(" ", folded).strip() or fold_ws(folded)


def paper_id(arxiv_id: str | None, title: str) -> str:
    """``arxiv:<id>`` when the arXiv id is known, else a hash of the normalised title."""
    if arxiv_id:
        return f"arxiv:{arxiv_id}"
    digest = hashlib.sha1(normalise_title(title).encode("utf-8")).hexdigest()
    return f"title:{digest[:16]}"


def normalise_name(name: str) -> str:
    """An author or affiliation name: NFKC (so full-width and other compatibility
    forms match their plain letters) and folded whitespace."""
    return fold_ws(unicodedata.normalize("NFKC", name))


# What ``str.isspace`` calls whitespace besides the space, in RE2 syntax (a test
# checks it against every code point).
OTHER_WHITESPACE = (
    r"\t\n\x{0B}\f\r\x{1C}-\x{1F}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}"
    r"\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"
)
# A name ``fold_ws`` would change: whitespace at an end, two spaces, or another kind.
_UNFOLDED = rf"^[ {OTHER_WHITESPACE}]|[ {OTHER_WHITESPACE}]$|  |[{OTHER_WHITESPACE}]"


def normalise_names(names: np.ndarray) -> np.ndarray:
    """``normalise_name`` of each name in an object array of strings. Names from a
    built dataset are already normal, so two vector checks in Arrow find the few
    that are not and only those go through Python (400k names: 0.17 s -> 0.08 s)."""
    array = pa.array(names, pa.string())
    unfolded = pc.match_substring_regex(array, _UNFOLDED)
    changed = pc.or_(pc.not_equal(pc.utf8_normalize(array, "NFKC"), array), unfolded)
    keys = np.array(names, dtype=object, copy=True)
    todo = np.flatnonzero(changed.to_numpy(zero_copy_only=False))
    keys[todo] = [normalise_name(n) for n in keys[todo]]
    return keys


_AUTHOR_SPLIT = re.compile(r"\s*(?:[,;]|\s(?:and|&)\s)\s*")
_AFFILIATION_SPLIT = re.compile(r"\s*[,;]\s*")
_EMPTY_MARKERS = {"", "-", "–", "—", "n/a", "na", "none", "unknown", "?"}


def split_names(cell: str, *, affiliations: bool = False) -> list[str]:
    """Split an authors cell on commas, semicolons and 'and'; an affiliations cell
    only on commas and semicolons ("Texas A&M", "Electrical and Computer ...")."""
    text = clean_text(cell)
    if text.casefold() in _EMPTY_MARKERS:
        return []
    splitter = _AFFILIATION_SPLIT if affiliations else _AUTHOR_SPLIT
    names = [normalise_name(part) for part in splitter.split(text)]
    return [n for n in names if n.casefold() not in _EMPTY_MARKERS]


def empty_to_none(text: str) -> str | None:
    """None for empty cells and placeholder dashes."""
    return None if text.casefold() in _EMPTY_MARKERS else text
