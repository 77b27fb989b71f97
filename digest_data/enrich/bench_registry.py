"""The benchmark registry shipped as data (``benchmarks.toml``): each benchmark's
canonical name, family, aliases and usual metrics, the metrics' ids and aliases, and
the names that are never a benchmark, parsed into lookup tables keyed by ``fold``. A
wrong entry is a ``RegistryError`` naming its line."""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from .bench_fold import TEST_WORD, WRITTEN_SPLIT, fold, fold_as, split_key
from .toml_lines import where

REGISTRY_FILE = "benchmarks.toml"

Better = Literal["higher", "lower"]


class RegistryError(ValueError):
    """A benchmark registry that cannot be used; the message names the entry."""


@dataclass(frozen=True)
class Benchmark:
    name: str
    family: str
    aliases: tuple[str, ...]
    #: Usual metric ids, main first, each with whether higher or lower is better.
    metrics: tuple[tuple[str, Better], ...]
    #: The split its numbers are reported on when the registry says so ("val" for
    #: MMMU): a name with another split is kept apart ("MMMU (test)").
    split: str = ""


@dataclass(frozen=True)
class Registry:
    benchmarks: dict[str, Benchmark]
    families: dict[str, str]
    #: Folded name or alias -> canonical benchmark name.
    benchmark_keys: dict[str, str]
    #: Folded metric name or alias -> canonical metric id.
    metric_keys: dict[str, str]
    metric_better: dict[str, Better]
    #: Folded names of methods, frameworks, languages, organisations and stray words.
    not_benchmarks: frozenset[str]
    digest: str
    #: Folded names of organisations, which may open a benchmark's name ("NIH
    #: ChestX-ray14", "HF Open ASR Leaderboard").
    organisations: frozenset[str] = frozenset()

    def lists_as_other(self, word: str) -> bool:
        """Whether ``word`` is a method, framework, language, organisation or stray word
        the registry lists as never a benchmark ("GRPO", "Python", "English")."""
        return fold(word) in self.not_benchmarks


def _keys(spelling: str) -> tuple[str, ...]:
    """The keys a registry spelling is found under: ``fold``'s, and those of its
    spellings in one case, since a plural s is dropped only after a lower-case
    letter ("dists" is found as "DISTS", "ARKitScenes" as "arkitscenes"), and with its
    articles, which a name glued into one word keeps ("AndroidintheWild"), and with a
    separated "Test" glued on."""
    kept = fold_as(spelling, singular=False)
    glued = fold_as(spelling, singular=True, articles=True)
    # "WIDER-Test" is written "WIDERTest" too, which keeps its test
    test = fold(TEST_WORD.sub("", spelling))
    # "LoCoV1" is written "LoCo v1.0", which folds as its first version, "LoCo"
    first = fold(re.sub(r"(?<=[a-z])[vV]1$", r" v1", spelling))
    return tuple(dict.fromkeys((fold(spelling), kept, fold(spelling.lower()), glued, test, first)))


def _parse(data: dict, text: str, digest: str) -> Registry:
    """The registry in ``data``; a wrong entry is named with its line in ``text``."""
    metric_keys: dict[str, str] = {}
    metric_better: dict[str, Better] = {}
    for metric, entry in data.get("metrics", {}).items():
        if entry.get("better") not in ("higher", "lower"):
            raise RegistryError(
                f"{where(REGISTRY_FILE, text, 'metrics', metric)}: "
                f"metric {metric!r} needs better = higher|lower"
            )
        metric_better[metric] = entry["better"]
        for spelling in (metric, *entry.get("aliases", ())):
            for key in _keys(spelling):
                metric_keys.setdefault(key, metric)
    families = dict(data.get("families", {}))
    benchmarks: dict[str, Benchmark] = {}
    keys: dict[str, str] = {}
    for family, entries in data.get("benchmarks", {}).items():
        if family not in families:
            raise RegistryError(
                f"{where(REGISTRY_FILE, text, f'benchmarks.{family}')}: unknown family {family!r}"
            )
        for name, entry in entries.items():
            metrics = []
            for raw in entry.get("metrics", ()):
                metric = metric_keys.get(fold(raw), raw)
                direction = entry.get("better", {}).get(metric, metric_better.get(metric))
                if direction is None:
                    raise RegistryError(
                        f"{where(REGISTRY_FILE, text, f'benchmarks.{family}', name)}: "
                        f"{name!r} uses unknown metric {raw!r}"
                    )
                metrics.append((metric, direction))
            aliases = tuple(dict.fromkeys(entry.get("aliases", ())))
            split = split_key(entry.get("split", ""))
            if split and not WRITTEN_SPLIT.match(f"x {split}"):
                # a split no name could be written with would never keep one apart
                raise RegistryError(
                    f"{where(REGISTRY_FILE, text, f'benchmarks.{family}', name)}: "
                    f"{name!r} gives an unknown split {entry['split']!r}"
                )
            benchmarks[name] = Benchmark(name, family, aliases, tuple(metrics), split)
            for spelling in (name, *aliases):
                for key in _keys(spelling):
                    if keys.get(key, name) != name:
                        raise RegistryError(
                            f"{where(REGISTRY_FILE, text, f'benchmarks.{family}', name)}: "
                            f"{spelling!r} of {name!r} folds like {keys[key]!r}"
                        )
                    keys[key] = name
    others = frozenset(
        key for words in data.get("not_benchmarks", {}).values() for w in words for key in _keys(w)
    )
    owners = frozenset(
        key for w in data.get("not_benchmarks", {}).get("organisations", []) for key in _keys(w)
    )
    _no_benchmark_named_as_other(data, text, keys)
    return Registry(benchmarks, families, keys, metric_keys, metric_better, others, digest, owners)


def _no_benchmark_named_as_other(data: dict, text: str, keys: dict[str, str]) -> None:
    """A benchmark spelling that folds like something listed as no benchmark ("Amazon
    Games" folds like the organisation Amazon once "games" is dropped) would turn every
    mention of that thing into the benchmark: an error naming the list's line."""
    for group, words in data.get("not_benchmarks", {}).items():
        for word in words:
            key = fold(word)
            if key in keys:
                raise RegistryError(
                    f"{where(REGISTRY_FILE, text, 'not_benchmarks', group)}: "
                    f"{word!r} folds like a spelling of the benchmark {keys[key]!r}"
                )


@functools.cache
def _shipped_text() -> str:
    return resources.files(__package__).joinpath(REGISTRY_FILE).read_text("utf-8")


@functools.cache
def load_registry() -> Registry:
    """The registry shipped with the package."""
    return parse_registry(_shipped_text())


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def shipped_registry_digest() -> str:
    """The shipped registry's ``digest`` without parsing it (part of the build cache
    key, which a process that never looks a name up need not parse for)."""
    return _digest(_shipped_text())


def parse_registry(text: str) -> Registry:
    """A Registry from TOML text; RegistryError names the file, the line and what is
    wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{REGISTRY_FILE}: {exc}") from exc
    return _parse(data, text, _digest(text))
