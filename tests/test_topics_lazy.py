"""The labelled papers the topic pick weighs are read on first use, not on import:
a dashboard process that never classifies does not pay their 0.14 s and 11 MB."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import digest_data, digest_data.app.ui, digest_data.enrich.records
from digest_data.enrich import topic_neighbours
from digest_data.enrich.topics import load_taxonomy
print(topic_neighbours.shipped_neighbours.cache_info().currsize)
topics = load_taxonomy().classify("Speech recognition with LLMs", "An ASR model.", None)
print(topic_neighbours.shipped_neighbours.cache_info().currsize, topics[0])
"""


def test_importing_the_package_and_the_app_does_not_read_the_neighbours():
    # a fresh interpreter: this test process may have classified already
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "0"  # nothing read on import
    assert out[1] == "1 audio-speech"  # read by the first classify, once


IMPORTS = """
import sys
import digest_data.analyse.trends
print(sorted(m for m in ("sklearn", "digest_data.store.dataset") if m in sys.modules))
import digest_data
print(digest_data.build.__module__, digest_data.canonical_benchmark("AIME24"))
"""


def test_the_trends_code_imports_neither_scikit_learn_nor_the_build():
    """A process finding terms (the Trends page's) imports what it uses: the package's
    public API is imported on first use, stop words are our copy (scikit-learn took
    1.5 s to import, the build's modules 2 s)."""
    out = subprocess.run(
        [sys.executable, "-c", IMPORTS], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "digest_data.store.dataset AIME 2024"  # the public API still there
