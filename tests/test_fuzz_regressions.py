"""Inputs the fuzzer (fuzz/fuzz_digest.py) found to crash the parser or the
extractor, kept so they never do again."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest_data.enrich.metrics import extract_metrics
from digest_data.enrich.topics import load_taxonomy
from digest_data.store import dataset

CRASHES = sorted((Path(__file__).parent / "data" / "fuzz").iterdir())


@pytest.mark.parametrize("path", CRASHES, ids=[p.name[:18] for p in CRASHES])
def test_fuzz_finding_no_longer_crashes(path):
    data = path.read_bytes()
    dataset.parse_file("fuzz/2024-10-25.md", data, "sha", load_taxonomy())
    extract_metrics(data.decode("utf-8", errors="replace"))


def test_digits_of_other_scripts_are_not_numbers():
    # U+16D72 is a digit to the regex module's \d but not to float().
    assert extract_metrics("accuracy of \U00016d72\U00016d72%") == []
    assert [m.value for m in extract_metrics("accuracy of 85% (٨٥%)")] == [85.0]
