"""digest_data: AI-paper digest files in, a clean Parquet dataset out.

>>> import digest_data
>>> report = digest_data.build(["data/digests"], "build/dataset")
>>> dataset = digest_data.load("build/dataset")
>>> dataset.papers.head()
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .enrich.benchmarks import canonical_benchmark, canonical_metric
    from .store.dataset import BuildError, build
    from .store.load import Dataset, load
    from .store.report import BuildReport

#: Where each public name lives. They are imported on first use, not with the
#: package: a process that needs one module (the Trends page's term finder, the
#: dashboard) does not pay for the whole build's imports (about 2 s).
_PUBLIC = {
    "BuildError": ".store.dataset",
    "BuildReport": ".store.report",
    "Dataset": ".store.load",
    "build": ".store.dataset",
    "canonical_benchmark": ".enrich.benchmarks",
    "canonical_metric": ".enrich.benchmarks",
    "load": ".store.load",
}

__all__ = [
    "BuildError",
    "BuildReport",
    "Dataset",
    "build",
    "canonical_benchmark",
    "canonical_metric",
    "load",
]


def __getattr__(name: str):
    if name not in _PUBLIC:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name], __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_PUBLIC])
