"""Counts in the pages' labels read as words: singular for one, thousands separated."""

from digest_data.app.text import counted


def test_one_is_singular_and_thousands_are_separated():
    assert counted(1, "file") == "1 file"
    assert counted(0, "file") == "0 files"
    assert counted(1083, "file") == "1,083 files"


def test_a_plural_that_is_not_an_added_s():
    assert counted(1, "warning or skip", "warnings and skips") == "1 warning or skip"
    assert counted(2, "warning or skip", "warnings and skips") == "2 warnings and skips"
