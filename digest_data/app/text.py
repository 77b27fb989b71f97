"""Counts in words for the pages' labels."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with its noun, thousands separated: "1 file", "1,083 files",
    "2 warnings and skips" (pass ``plural`` where adding "s" is wrong)."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
