"""Shared test fixtures: paths to the real digests and a built bundled sample."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
HF_DAILY = SHARED / "corpus" / "hf-daily"
MAP_DAILY = SHARED / "corpus" / "map-daily"
SAMPLE = ROOT / "data" / "digests"


@pytest.fixture(scope="session")
def sample_dataset(tmp_path_factory: pytest.TempPathFactory):
    """The bundled sample, built once per test session."""
    import digest_data

    out = tmp_path_factory.mktemp("sample") / "dataset"
    digest_data.build([SAMPLE], out)
    return digest_data.load(out)
