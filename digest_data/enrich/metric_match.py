"""Where a text names a metric: every known quality or efficiency measure's name
(``metric_words``) as one pattern each, with a quick test that rules most
stretches out before the pattern runs."""

from __future__ import annotations

import functools
import re as stdlib_re

import regex as re

from .metric_words import CAPITALS_ONLY as _CAPITALS_ONLY
from .metric_words import EFFICIENCY_METRICS as _EFFICIENCY_METRICS
from .metric_words import FIRST_WORDS
from .metric_words import QUALITY_METRICS as _QUALITY_METRICS


def alternation(names: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w@-])(?P<name>" + "|".join(names) + r")(?![\w@])", re.IGNORECASE)


QUALITY = alternation(_QUALITY_METRICS)

EFFICIENCY = alternation(_EFFICIENCY_METRICS)

# The first word of every name each pattern finds (``metric_words.FIRST_WORDS``).
_FIRST_WORDS = {QUALITY: FIRST_WORDS["quality"], EFFICIENCY: FIRST_WORDS["efficiency"]}

_ALNUM_RUN = stdlib_re.compile(r"[a-z0-9]+")


def may_name_metric(text: str, pattern: re.Pattern) -> bool:
    """False when ``pattern`` surely finds nothing in ``text``: ASCII text without
    any of its names' first words. Most stretches looked at name no metric, and
    this is much quicker to tell than the pattern's search."""
    return (
        not text.isascii()
        or "@" in text
        or not _FIRST_WORDS[pattern].isdisjoint(_ALNUM_RUN.findall(text.lower()))
    )


# "a reward model", "preference models", "the error function": a metric's word naming
# a kind of system or component, not a measure.
_KIND_OF_SYSTEM = re.compile(
    r"[\s-](?:models?|modell?ing|functions?|heads?|signals?|samples|pairs|data)\b", re.IGNORECASE
)


# "Multimodal Reward Bench", "VL Reward-Bench": a word of a benchmark's name.
_BENCHMARK_AFTER = re.compile(r"[\s-](?:Bench|Benchmark)\b")


@functools.lru_cache(maxsize=512)
def metric_matches(text: str, pattern: re.Pattern = QUALITY) -> tuple[re.Match, ...]:
    # Cached: the naming rules look at the same stretch of a sentence several times.
    if not may_name_metric(text, pattern):
        return ()
    return tuple(
        m
        for m in pattern.finditer(text)
        if (m["name"].lower() not in _CAPITALS_ONLY or not m["name"].islower())
        and not _KIND_OF_SYSTEM.match(text, m.end())
        and not _BENCHMARK_AFTER.match(text, m.end())
    )
