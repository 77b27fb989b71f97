"""Numbers written beside a result that are not results themselves: the settings a
system was run at, error bars, powers of ten and the hardware's memory.

LABELING.md: thresholds, settings, error bars (``±3%``) and hardware are not
results. ``numbers.is_result`` asks these with the words just before and after
a number.
"""

from __future__ import annotations

import re

# What a setting is written as: the level a system was run at, not a result.
_SETTING_NOUN = (
    r"(?:sparsity|threshold|(?:compression|pruning|sparsity|masking|drop|mask)\s(?:rate|ratio)"
    r"|budget|false\s(?:positive|alarm)\srate|FPR"
    # "with 16x downsampling", "at 4x upscaling": the scale a model is run at
    r"|(?:down|up)-?sampling(?:\s(?:rate|ratio|factor))?|upscaling"
    # "with 30% noise in the training data", "under 40% label noise": the noise a
    # system was trained under (not "a 30% noise reduction")
    r"|(?:label\s|annotation\s|symmetric\s|asymmetric\s)?noise(?!\s(?:reduction|suppression|removal)))"
)
# "at 70% unstructured sparsity", "at a 50% pruning ratio", "the 60% accuracy threshold"
_SETTING_AFTER = re.compile(rf"^\s?(?:[\w-]+\s){{0,2}}?{_SETTING_NOUN}\b", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\b(?:at|under|with|the)\s(?:an?\s)?$", re.IGNORECASE)
# "an IoU threshold of 0.5", "a passing threshold (~60%)"; not "a sparsity of 41%",
# which may be what a method reached.
_SETTING_BEFORE = re.compile(r"\bthreshold\s(?:of\s|at\s|=\s?|\(\s?)?[~≈]?\s?$", re.IGNORECASE)
# A knob a system was run with, named before its value: a sampling or training knob
# however it is introduced ("uses a temperature of 0.7", "a guidance scale of 7.5",
# "the threshold is set to 0.5"); a length or a ratio only when the system was run
# "at" or "with" it ("with a context length of 8192"; "a compression ratio of 4" may
# be what a method reached).
_KNOB_BEFORE = re.compile(
    r"\b(?:temperature|learning\srate|batch\ssize|dropout(?:\srate)?|beam\s(?:size|width)|"
    r"weight\sdecay|top-[pk]|guidance\s(?:scale|weight)|threshold|lambda|λ|momentum|"
    r"noise\s(?:rate|ratio|level))"
    r"\s(?:of\s|=\s?|at\s|(?:(?:is|was)\s)?set\sto\s|to\s)$|"
    r"\b(?:at|with|under|using)\s(?:an?\s|the\s)?(?:[\w-]+\s)?"
    r"(?:(?:context|sequence)\s(?:length|window)|bit-?width|compression\sratio)"
    r"\s(?:of\s|=\s?|at\s)$",
    re.IGNORECASE,
)
# A knob's name right before its value, with or without "of" ("temperature 0.6",
# "CFG scale 7.5", "alpha 0.5"). Wider than _KNOB_BEFORE ("scale", "ratio", "rate",
# "margin" alone): ``numbers`` asks it only of a decimal put straight on a benchmark
# ("... 0.6 on AIME 2024"), which no other cue makes a result.
_KNOB_RIGHT_BEFORE = re.compile(
    r"\b(?i:temperature|top-?[pk]|scale|alpha|beta|lambda|gamma|coefficient|bonus|ratio|"
    r"threshold|version|epochs?|weight|rate|penalty|margin|budget)\s(?:of\s|=\s?|at\s)?$"
)


def knob_right_before(before: str) -> bool:
    """Whether a knob's name ends ``before``: the number is its value."""
    return _KNOB_RIGHT_BEFORE.search(before) is not None


# "768p videos at 24 FPS", "long video sequences (up to 2 hours at 1 FPS)": the frame
# rate of the videos a system makes or reads; not "operating at 48 FPS", a speed.
_VIDEO_AT_BEFORE = re.compile(
    r"\b(?:videos?|clips?|movies?|films?|sequences?|footage)\b[^.;:]{0,30}?\sat\s"
    r"(?:(?:up\sto|about|around)\s)?$",
    re.IGNORECASE,
)
_FRAME_RATE_AFTER = re.compile(
    r"^\s?(?:fps|frames?\s(?:per\s|/\s?)s(?:ec(?:ond)?)?)\b", re.IGNORECASE
)
# "(±3%)", "0.629 ± 0.005": the spread of a result.
_SPREAD_BEFORE = re.compile(r"±\s?$")
# "11.34×10⁻³", "5.93 x 10^-5": the ten of a power of ten; "256×256", "768×1408
# videos": a size, either side of it.
_TIMES_BEFORE = re.compile(r"\d\s?[×x]\s?$")
_TIMES_AFTER = re.compile(r"^\s?[×x]\s?(?!10(?:\^|⁻|[⁰¹²³⁴⁵⁶⁷⁸⁹]))\d")
# "an A100 80GB GPU", "32 A800 80GB GPUs": the memory an accelerator comes with.
_ACCELERATOR_BEFORE = re.compile(r"\b(?:[AHLV]\d{2,3}|RTX\s?\d{4}|TPU\s?v\d)\s$")
_GPU_AFTER = re.compile(r"^\s?(?:GPUs?|cards?|accelerators?)\b")


def is_setting(before: str, after: str) -> bool:
    """Whether a number, between the words ``before`` and ``after`` it, is a setting
    the system was run at rather than a result: a threshold or sparsity level
    ("at 70% unstructured sparsity", "at a 50% pruning ratio", "an IoU threshold
    of 0.5", "the 60% accuracy threshold", "the passing threshold (~60%)"), the
    operating point a rate was read at ("a TPR of 99.7% at a 0.1% false positive
    rate"), a knob's value ("at a temperature of 3.0"), or the frame rate of the
    videos a system makes or reads ("768p videos at 24 FPS")."""
    if _SETTING_BEFORE.search(before) or _KNOB_BEFORE.search(before):
        return True
    if _FRAME_RATE_AFTER.match(after) and _VIDEO_AT_BEFORE.search(before):
        return True
    return bool(_AT_BEFORE.search(before) and _SETTING_AFTER.match(after))


# "on a 5-point scale": the range a rating is given on; "models up to 70x larger":
# the size of the systems compared, not a result.
_SCALE_AFTER = re.compile(r"^\s(?:Likert\s)?scale\b", re.IGNORECASE)
# (the systems a model beats, not what a method lets one train: "lets a single A100
# train models up to 3x larger")
_MODELS_UP_TO_BEFORE = re.compile(
    r"\b(?:outperform|beat|surpass|rival|match|exceed)\w*\s[^.;]{0,80}?"
    r"models?\s(?:that\sare\s)?(?:up\sto\s)?$"
)
_LARGER_AFTER = re.compile(r"^\s?(?:x|×|times)?\s(?:larger|bigger)\b")


# "the 300-times larger Idefics-80B model", "a 10x bigger LLM": a model's size in
# front of it, wherever it stands
_LARGER_MODEL_AFTER = re.compile(
    r"^-?\s?(?:x|×|times)?[\s-](?:larger|bigger)\s(?:[A-Z][\w.-]*\s)?"
    r"(?:models?|LLMs?|MLLMs?|VLMs?|counterparts?)\b"
)


def larger_models_beaten(text: str, lo: int, start: int, after: str) -> bool:
    """Whether the number at ``start`` is the size of the models a system beats ("beats
    models up to 70x larger", "outperforms the 300-times larger Idefics-80B model"),
    not a result."""
    return bool(
        _LARGER_AFTER.match(after)
        and _MODELS_UP_TO_BEFORE.search(text, max(lo, start - 140), start)
    ) or bool(_LARGER_MODEL_AFTER.match(after))


# "28% of the English MMLU questions require culturally sensitive knowledge": what a
# share of a dataset's items is like, a fact about the data, not a result (not "solves
# 28% of the questions", nor "28% of the answers are correct").
_ITEMS_DESCRIBED_AFTER = re.compile(
    r"^\s?of\s(?:the\s)?(?:[\w'’-]+\s){0,3}(?:questions|problems|samples|examples|items|"
    r"instances|prompts)\s(?:\w+ly\s)?(?:require|requires|required|involve|involves|need|"
    r"needs|focus|focuses|focused|concern|concerns|come|came)\b"
)


def is_not_result(number: str, before: str, after: str) -> bool:
    """Whether the number written ``number``, between the words ``before`` and
    ``after`` it, is no result: a setting (``is_setting``), an error bar ("(±3%)"),
    a rating scale ("on a 5-point scale"), what a share of a dataset's items is like,
    the ten of a power of ten ("11.3×10⁻³") or an accelerator's memory ("an A100
    80GB GPU")."""
    if _SPREAD_BEFORE.search(before) or is_setting(before, after):
        return True
    if number.endswith("%") and _ITEMS_DESCRIBED_AFTER.match(after):
        return True
    if number.endswith("point") and _SCALE_AFTER.match(after):
        return True
    if _TIMES_BEFORE.search(before) or _TIMES_AFTER.match(after):
        return True
    return number.upper().endswith("GB") and bool(
        _ACCELERATOR_BEFORE.search(before) or _GPU_AFTER.match(after)
    )
