"""A natural-language tag on a benchmark name, written any of the ways summaries and
tables write it: "MT-Bench (ja)", "JA MT-Bench", "Japanese MT-Bench", "MT-Bench
(Japanese)", "XNLI-fr". Each is the benchmark's version in that language;
``benchmarks`` gives all of them one name.

Only the tags that cannot read as anything else are taken: two-letter codes that are
also words or marks ("id" in-distribution, "ms" milliseconds, "pt" points, "AR"
autoregressive) are left alone, and capitals only for the codes papers write in
capitals ("ZH", "JA", "KO", ...)."""

from __future__ import annotations

import re
from typing import NamedTuple

#: Languages by the codes papers tag benchmarks with.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh": "Chinese",
    "cn": "Chinese",
    "ja": "Japanese",
    "jp": "Japanese",
    "ko": "Korean",
    "kr": "Korean",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "vi": "Vietnamese",
    "th": "Thai",
    "tr": "Turkish",
    "pl": "Polish",
    "nl": "Dutch",
    "sv": "Swedish",
    "fa": "Persian",
    "uk": "Ukrainian",
    "bn": "Bengali",
    "sw": "Swahili",
    "te": "Telugu",
    "ur": "Urdu",
    "cs": "Czech",
    "fi": "Finnish",
    "da": "Danish",
    "hu": "Hungarian",
    "ro": "Romanian",
    "yo": "Yoruba",
}
#: Codes written in capitals that name only a language where a benchmark's tag stands.
_CAPITAL_CODES = frozenset({"ZH", "CN", "EN", "JA", "JP", "KO", "KR", "DE", "FR", "RU"})
_NAMES = frozenset(LANGUAGES.values())

_CODE = "|".join(LANGUAGES)
_NAME = "|".join(sorted(_NAMES))
_CAPITAL = "|".join(sorted(_CAPITAL_CODES))
_PATTERNS = (
    # "MT-Bench (ja)", "MT-Bench (JA)", "MT-Bench (Japanese)", "MT-Bench [ja]"
    re.compile(rf"^(?P<base>.*\S)\s*[(\[](?P<tag>{_CODE}|{_CAPITAL}|{_NAME})[)\]]$"),
    # "XNLI-fr", "BrowseComp-ZH", "XNLI_fr"
    re.compile(rf"^(?P<base>.*[^\s\-_])[\-_](?P<tag>{_CODE}|{_CAPITAL})$"),
    # "JA MT-Bench", "Japanese MT-Bench" (glued by a hyphen it is a name: "CN-Celeb")
    re.compile(rf"^(?P<tag>{_CAPITAL}|{_NAME})\s+(?P<base>\w.*)$"),
    # "MT-Bench Japanese"
    re.compile(rf"^(?P<base>.*\S)\s+(?P<tag>{_NAME})$"),
)


class Tagged(NamedTuple):
    """A benchmark name split into the name and the language it is tagged with."""

    base: str
    language: str


def language_tag(name: str) -> Tagged | None:
    """The name and the language of a benchmark written with a language tag, or
    ``None`` when ``name`` carries none."""
    stripped = name.strip()
    for pattern in _PATTERNS:
        match = pattern.match(stripped)
        if match:
            tag = match["tag"]
            language = LANGUAGES.get(tag.lower()) if tag not in _NAMES else tag
            if language is not None:
                return Tagged(match["base"].strip(), language)
    return None
