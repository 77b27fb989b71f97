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
    "fi": "Finnish",
    "da": "Danish",
    "hu": "Hungarian",
    "ro": "Romanian",
    "yo": "Yoruba",
}
#: Codes written in capitals that name only a language where a benchmark's tag stands.
# ("FR" is also full-reference and face recognition; "cs" computer science)
_CAPITAL_CODES = frozenset({"ZH", "CN", "EN", "JA", "JP", "KO", "KR", "DE", "RU"})
#: A language with its main country, written as one tag: "zh-CN", "JA_JP".
_LOCALES = {
    "zh-cn": "zh",
    "ja-jp": "ja",
    "ko-kr": "ko",
    "de-de": "de",
    "fr-fr": "fr",
    "ru-ru": "ru",
}
_NAMES = frozenset(LANGUAGES.values())

_CODE = "|".join(LANGUAGES)
_NAME = "|".join(sorted(_NAMES))
_CAPITAL = "|".join(sorted(_CAPITAL_CODES))
_LOCALE = "|".join(
    form
    for locale in _LOCALES
    for form in (locale, locale.replace("-", "_"), locale[:3] + locale[3:].upper())
    + (locale.upper(), locale.upper().replace("-", "_"))
)
_PATTERNS = (
    # "MMLU (zh-CN)", "MMMLU-ZH_CN", "MMMLU JA_JP": a locale, before the codes alone
    re.compile(rf"^(?P<base>.*[^\s\-_(\[])\s*[(\[\-_\s](?P<tag>{_LOCALE})[)\]]?$"),
    # "MT-Bench (ja)", "MT-Bench (JA)", "MT-Bench (Japanese)", "MT-Bench [ja]"
    re.compile(rf"^(?P<base>.*\S)\s*[(\[](?P<tag>{_CODE}|{_CAPITAL}|{_NAME})[)\]]$"),
    # "XNLI-fr", "BrowseComp-ZH", "XNLI_fr"
    re.compile(rf"^(?P<base>.*[^\s\-_])[\-_](?P<tag>{_CODE}|{_CAPITAL})$"),
    # "JA MT-Bench", "Japanese MT-Bench" (glued by a hyphen it is a name: "CN-Celeb"; a
    # bracket after it is read first: "Japanese MMMU (JMMMU)")
    re.compile(rf"^(?P<tag>{_CAPITAL}|{_NAME})\s+(?P<base>\w[^()]*)$"),
    # "MT-Bench Japanese"
    re.compile(rf"^(?P<base>.*\S)\s+(?P<tag>{_NAME})$"),
)


#: A code or locale ending what a tag is cut from: the tag is then the second half of a
#: translation pair ("WMT22 de-en", "MuST-C en-de"), no language version.
_PAIR_HALF = re.compile(rf"[\s\-_(](?:{_CODE}|{_CAPITAL})$", re.IGNORECASE)


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
            tag, base = match["tag"], match["base"].strip()
            code = _LOCALES.get(tag.lower().replace("_", "-"), tag.lower())
            language = LANGUAGES.get(code) if tag not in _NAMES else tag
            if language is None or _PAIR_HALF.search(base):
                return None
            return Tagged(base, language)
    return None
