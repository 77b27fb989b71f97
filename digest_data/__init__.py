"""digest_data: AI-paper digest files in, a clean Parquet dataset out.

>>> import digest_data
>>> report = digest_data.build(["data/digests"], "build/dataset")
>>> dataset = digest_data.load("build/dataset")
>>> dataset.papers.head()
"""

from .enrich.benchmarks import canonical_benchmark, canonical_metric
from .store.dataset import BuildError, build
from .store.load import Dataset, load
from .store.report import BuildReport

__all__ = [
    "BuildError",
    "BuildReport",
    "Dataset",
    "build",
    "canonical_benchmark",
    "canonical_metric",
    "load",
]
