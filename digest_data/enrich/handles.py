"""Usernames and names: which author strings are Hugging Face usernames, and how
a handle spells a real name (the *form* half of ``people.py``'s evidence).

People make handles from their names: given+family, family+given, initials+family,
the given name alone, with digits, ``_``, ``-`` or ``.`` around; pinyin given
names also by syllable initials (``tfwang`` for Tengfei Wang) or shortened
(``DingXiaoH``); a whole-name spelling sometimes with other letters around
(``davidlvxin``). Capitals in a handle mark where its words start, so
``LidongBing`` cannot be ``Li Dong`` and ``Ningyu`` is not ``Ning`` + ``Yu``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

#: A Hugging Face username: ASCII letters, digits, ``-``, ``_`` and ``.``, no space,
#: at most 42 characters (longer is a broken cell, not a handle).
USERNAME_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,41}"
_USERNAME = re.compile(USERNAME_PATTERN)
#: Words in a handle by its capitals: ``XihuiLiu`` -> Xihui, Liu; ``THUdyh`` -> THU, dyh.
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")

_PINYIN_INITIALS = "zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]"
_PINYIN_FINALS = (
    "iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|er"
    "|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v"
)
_PINYIN_SYLLABLE = re.compile(rf"(?:{_PINYIN_INITIALS})?(?:{_PINYIN_FINALS})")

#: Form kinds, strongest first. ``full`` and ``family-given`` spell the whole
#: name; ``short-given`` the family name and a pinyin given name's first syllable
#: and initials (``DingXiaoH``); ``initials-family`` the family name and the given
#: name's initials;
#: ``given`` (the given name alone) and ``family-initials`` say much less.
STRONG_FORMS = ("full", "family-given", "short-given", "initials-family")
WEAK_FORMS = ("given", "family-initials")
FORMS = STRONG_FORMS + WEAK_FORMS
#: Shortest given name that may stand alone as a handle (``wenhu``, ``Ningyu``).
MIN_GIVEN_ALONE = 5


def is_username(name: str) -> bool:
    """Whether an author string is a Hugging Face username rather than a name:
    no space, and only the characters a username may have."""
    return _USERNAME.fullmatch(name) is not None


def ascii_fold(text: str) -> str:
    """Lower case ASCII letters of ``text`` (accents dropped: ``Jürgen`` -> ``jurgen``)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii()).lower()


@functools.lru_cache(maxsize=4096)
def pinyin_syllables(word: str) -> tuple[str, ...] | None:
    """``word`` (lower case) cut into pinyin syllables, fewest first, or None when it
    is not pinyin: ``tengfei`` -> (teng, fei)."""
    if not word:
        return ()
    best = None
    for match in _prefixes(word):
        rest = pinyin_syllables(word[len(match) :])
        if rest is not None and (best is None or len(rest) + 1 < len(best)):
            best = (match, *rest)
    return best


def _prefixes(word: str) -> list[str]:
    """The pinyin syllables ``word`` starts with."""
    found = []
    for end in range(1, min(len(word), 6) + 1):
        if _PINYIN_SYLLABLE.fullmatch(word[:end]):
            found.append(word[:end])
    return found


@dataclass(frozen=True)
class Form:
    """One way a handle may spell a name: its kind and its words in order
    (``("liu", "ziwei")`` for family-given)."""

    kind: str
    words: tuple[str, ...]

    @property
    def key(self) -> str:
        return "".join(self.words)


def name_words(name: str) -> tuple[tuple[str, ...], str] | None:
    """A real name's given-name words and family name, folded to ASCII; ``Jia-Bin
    Huang`` -> ((jia, bin), huang). None when the name has fewer than two words."""
    words = [ascii_fold(w) for w in re.split(r"[\s]+", name.strip())]
    words = [re.sub(r"[^a-z-]", "", w) for w in words]
    words = [w for w in words if w.strip("-")]
    if len(words) < 2:
        return None
    given = tuple(p for w in words[:-1] for p in w.split("-") if p)
    family = words[-1].replace("-", "")
    return (given, family) if given and family else None


def name_forms(name: str) -> list[Form]:
    """Every handle form of a real name (without digits and separators, which a
    handle may add anywhere)."""
    parts = name_words(name)
    if parts is None:
        return []
    given, family = parts
    # A middle initial ("Ryan A. Rossi") is seldom in a handle: forms with and without.
    variants = {given, tuple(g for g in given if len(g) > 1) or given}
    forms: set[Form] = set()
    for names in variants:
        whole = "".join(names)
        initials = {"".join(g[0] for g in names)}
        # A pinyin given name has at most a few syllables; a long word is not one.
        syllables = pinyin_syllables(whole) if len(names) == 1 and len(whole) <= 18 else None
        if syllables and len(syllables) > 1:
            initials.add("".join(s[0] for s in syllables))
            short = syllables[0] + "".join(s[0] for s in syllables[1:])
            forms.add(Form("short-given", (family, short)))
            forms.add(Form("short-given", (short, family)))
        forms.add(Form("full", (*names, family)))
        forms.add(Form("family-given", (family, *names)))
        for initial in initials:
            forms.add(Form("initials-family", (initial, family)))
            forms.add(Form("family-initials", (family, initial)))
        if len(whole) >= MIN_GIVEN_ALONE:
            forms.add(Form("given", names))
    return sorted(forms, key=lambda f: (FORMS.index(f.kind), f.words))


def handle_keys(username: str) -> list[tuple[str, tuple[int, ...] | None]]:
    """What a handle may spell: its letters without digits and separators, and each
    run of three or more letters between them (``yshan2u`` -> yshanu, yshan). With
    each, the offsets where its words start by its capitals, or None for a handle in
    one case (whose words cannot be seen)."""
    keys: list[tuple[str, tuple[int, ...] | None]] = []
    pieces = re.split(r"[^A-Za-z]+", username)
    whole = "".join(pieces)
    for text in [whole] + [p for p in pieces if len(p) >= 3 and p != whole]:
        keys.append((text.lower(), _word_starts(text)))
    return [(k, s) for k, s in dict.fromkeys(keys) if k]


#: Fewest letters a spelling needs to be found inside a longer handle, and the
#: forms that may be: those that spell the whole name (``chao`` inside
#: ``chaojiemao`` is not Ce Hao).
MIN_AFFIX_KEY = 5
AFFIX_FORMS = ("full", "family-given", "short-given")


def affix_keys(username: str) -> list[tuple[str, tuple[int, ...] | None]]:
    """Spellings a handle may hold with other letters around them: every prefix and
    suffix of its letters of at least ``MIN_AFFIX_KEY`` (``yejinchoinka`` ->
    ``yejinchoi``, ...). When the handle shows words by its capitals, the cut must
    fall where a word starts (``LidongBing`` -> ``Lidong``, never ``Lido``)."""
    letters = re.sub(r"[^A-Za-z]+", "", username)
    starts = _word_starts(letters)
    keys = []
    for cut in range(1, len(letters)):
        if starts is not None and cut not in starts:
            continue
        for part, offset in ((letters[:cut], 0), (letters[cut:], cut)):
            if len(part) >= MIN_AFFIX_KEY:
                inner = (
                    None
                    if starts is None
                    else tuple(s - offset for s in starts if 0 <= s - offset < len(part))
                )
                keys.append((part.lower(), inner))
    return list(dict.fromkeys(keys))


def _word_starts(text: str) -> tuple[int, ...] | None:
    if text.islower() or text.isupper():
        return None
    starts, at = [], 0
    for word in _CAMEL_WORD.findall(text):
        at = text.index(word, at)
        starts.append(at)
        at += len(word)
    return tuple(starts)


def fits_capitals(form: Form, starts: tuple[int, ...] | None) -> bool:
    """Whether a form's words begin where the handle's capitals say words begin:
    ``XihuiLiu`` fits (xihui, liu), ``Ningyu`` does not fit (ning, yu). Initials are
    written either way (``JBHuang``, ``Jbhuang``), so only the word after them counts."""
    if starts is None:
        return True
    offsets, at = [], 0
    for word in form.words:
        offsets.append(at)
        at += len(word)
    if form.kind in ("initials-family", "family-initials"):
        return offsets[1] in starts or len(starts) == 1
    if form.kind == "short-given":
        return offsets[1] in starts
    return set(offsets) == set(starts)


def marked_words(username: str) -> tuple[int, ...] | None:
    """Where a handle's words start in its letters, when the handle marks them by
    capitals or by separators (``KaiChen1998``, ``Xiatian-Zhu``, ``xiatian_zhu``);
    None when it shows one word only (``haitaominlp``, ``Ningyu``)."""
    starts: list[int] = []
    at = 0
    for piece in re.split(r"[^A-Za-z]+", username):
        if not piece:
            continue
        inner = _word_starts(piece) or (0,)
        starts += [at + s for s in inner]
        at += len(piece)
    return tuple(starts) if len(starts) > 1 else None


#: Fewest letters of a handle in one case that writes a whole name to be read as
#: that name without co-authors: shorter ones split more than one way (``ningyu``
#: is Ningyu Zhang's given name, not Ning Yu; ``yuzhang`` is any of many Yu Zhangs).
MIN_UNMARKED_WHOLE = 8


def writes_whole_name(username: str, form: Form) -> bool:
    """Whether the handle is the whole name and nothing else, its words marked as
    they are in the name (``MingZhong`` is Ming Zhong; ``LidongBing`` is not Li
    Dong), or, in one case, long enough to be read one way only (``hyungjoochae``)."""
    if form.kind not in ("full", "family-given"):
        return False
    letters = re.sub(r"[^A-Za-z]+", "", username).lower()
    if letters != form.key:
        return False
    marked = marked_words(username)
    if marked is None:
        return len(letters) >= MIN_UNMARKED_WHOLE
    offsets, at = [], 0
    for word in form.words:
        offsets.append(at)
        at += len(word)
    return marked == tuple(offsets)


def name_key(name: str) -> str:
    """Real names that differ only in case, accents or spacing (``XIngang Pan``,
    ``Xingang Pan``) share this key and are one person."""
    return " ".join(ascii_fold(name).split())
