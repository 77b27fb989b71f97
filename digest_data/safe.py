"""Showing digest text safely: digest files come from other people, so their text
is shown as text (never as HTML or active markdown) and only http(s) links are
made clickable."""

from __future__ import annotations

from urllib.parse import urlsplit

import regex as re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:])")


def safe_url(url: object) -> str | None:
    """``url`` if it is an absolute http or https link to a host, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c in url for c in "\"'<> \t\r\n"):
        return None
    return url


def markdown_text(text: object) -> str:
    """``text`` escaped so that Markdown renders it literally: no links, images,
    HTML or formatting survive."""
    if not isinstance(text, str):
        return ""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
