"""Coverage-guided fuzzing of the digest parser and the metric extractor (atheris).

    .venv/bin/pip install -e ".[fuzz]"
    .venv/bin/python fuzz/fuzz_digest.py -max_total_time=600 -artifact_prefix=fuzz/crashes/ fuzz/corpus fuzz/seeds

A crash or a failed invariant writes the input to fuzz/crashes/; add it as a
regression test in tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from digest_data.enrich.metrics import extract_metrics
    from digest_data.enrich.topics import load_taxonomy
    from digest_data.store import dataset

TAXONOMY = load_taxonomy()


def test_one_input(data: bytes) -> None:
    parsed = dataset.parse_file("fuzz/2024-10-25.md", data, "sha", TAXONOMY)
    for record in parsed.records:
        assert record["title"], record
        assert record["source_line"] >= 1
        assert 1 <= len(record["topics"]) <= 3
    for skip in parsed.skipped:
        assert skip.line >= 1 and skip.reason
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    for metric in extract_metrics(text):
        assert 0 <= metric.char_start < metric.char_end <= len(text)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
