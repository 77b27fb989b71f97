"""Which system a reported number belongs to: the ``model`` of a metric, which a
leaderboard row shows beside its value.

Summaries credit a number in a few ways, tried in this order:

1. beside the number: a name whose parenthesis holds it ("outperforming VITA
   (46.6%)", "BEVGen (FID 25.54)"), a name after "for" ("0.373 for DRGS"),
   people ("human performance (74.5%)"); a number compared with an unnamed
   baseline ("compared to 70.1% for the base model", "than 0.59") is no one's the
   sentence names;
2. else the subject of the sentence's result verb, the last one before the
   number: "Janus achieved 69.4", "MathCoder2-Llama-3-8B, trained with
   MathCode-Pile, achieved", and in "SocialGPT with Vicuna-13B achieved" the
   system before "with", not the model it runs on.

The caller passes what it knows of names (``is_metric``, ``is_benchmark``), so
that a metric ("LPIPS (0.368)") or a benchmark ("MathVista (39.4") is never a
model.
"""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Callable

import regex as re
from wordfreq import zipf_frequency

from .bench_names import CODED_WORD

#: A name written like one (``CODED_WORD``): capitals or digits inside a word ("MH-MoE",
#: "GPT-4o", "3DGS", "Claude 3.5"), or two to four words in title case
#: ("Material Anything", "Agent K v1.0", "Rectified Flow"), or one capitalised word
#: ("Janus"), which must also be rare in English (``_rare``).
_CODED = rf"(?:{CODED_WORD})" r"(?:\s(?:v?\d(?:[\w.]*\w)?|[A-Z][\w.]*\d(?:[\w.]*\w)?))?"
_TITLED = r"(?:[A-Z][\w-]*(?:\s(?:[A-Z][\w.-]*|v\d(?:[\w.]*\w)?)){1,3})"
_WORD = r"(?:[A-Z][a-z]{2,}(?:-[a-z]+)?(?:\s(?:v?\d(?:[\w.]*\w)?))?)"
# A determiner starts no name: in "Our method, Heron, achieved" the name is Heron;
# nor does a focusing word: in "Only Gemini-2.5-Pro achieves" the name is Gemini-2.5-Pro.
NAME = (
    rf"(?!(?:The|This|These|Our|An?|Its|Their|Only|Even|Just|Still|Also|Both|All)\b)"
    rf"(?:{_CODED}|{_TITLED}|{_WORD})"
)

#: Rarer than this in English (Zipf scale) a lone capitalised word may be a name:
#: "Janus" 3.0, "Hermes" 3.3, "Navi" 2.9; "Evaluation" 4.2, "Training" 5.2.
RARE_ZIPF = 3.5

_NOT_MODEL = re.compile(
    r"^(?:The|This|It|Our|These|We|They|Results?|Experiments?|Evaluation|Method|Approach|"
    r"Model|Framework|[A-Z]|Table|Figure|Fig|Section|Appendix|Both|All|Each|Such|"
    r"Additionally|Specifically|Notably|However|Overall|Moreover|Finally|Furthermore|"
    r"Further|Compared|Using|With|On|In|For|When|While|After|Its|Their)(?:\s.*)?$"
    # a kind of model, not one: "LLMs", "A 0.5B LLM", "Foundational LLMs"
    r"|^(?:[A-Z][a-z]+\s)?(?:LLM|MLLM|LMM|VLM|LVLM|PLM|SLM|GPT|AI)s?$"
)
_VERB = (
    r"(?:achiev(?:es|ed)|reach(?:es|ed)|attain(?:s|ed)|obtain(?:s|ed)|scor(?:es|ed)|"
    r"outperform(?:s|ed)|surpass(?:es|ed)|improv(?:es|ed)|yield(?:s|ed)|show(?:s|ed)|"
    r"demonstrat(?:es|ed)|exhibit(?:s|ed)|reduc(?:es|ed)|boost(?:s|ed)|runs?|gets?|got)\b"
)
# What a name is called between it and its verb: "the MMDuet model achieved".
_HEAD = r"(?:\s(?:model|variant|agents?|method|framework|approach|system|architecture|pipeline))?"
# An appositive between the subject and its verb: "X, trained with Y, achieved".
_APPOSITIVE = r"(?:,\s[^,.;()]{3,80},)?"
_SUBJECT = re.compile(
    rf"(?<![\w.-])(?:(?P<model>{NAME}){_HEAD}{_APPOSITIVE}\s(?:\w+ly\s|also\s)?{_VERB}"
    # a name set off by commas, then what it reaches: "a new agent, Navi, achieving",
    # "the proposed method, NeuMeta, achieved"
    rf"|(?<=,\s)(?P<model>{NAME}),\s(?:achieving|reaching|attaining|obtaining|scoring|{_VERB})"
    # "with GPT-4 achieving only 52.47%"
    rf"|(?P<model>{NAME})\s(?:\w+ly\s)?(?:achieving|reaching|attaining|obtaining|scoring)\b)"
)
# Every verb of _SUBJECT starts with one of these: without one the sentence names
# no subject, found without trying _SUBJECT at every position.
_VERB_START = stdlib_re.compile(
    r"achiev|reach|attain|obtain|scor|outperform|surpass|improv|yield|show|demonstrat|"
    r"exhibit|reduc|boost|run|get|got"
)
# "SocialGPT with Vicuna-13B", "ADEM-VL fine-tuned on LLaMA-13B": the system, then
# the model it runs on.
_RUNS_ON = re.compile(
    rf"(?<![\w.-])(?P<model>{NAME})\s(?:with|using|(?:fine-tuned|trained|built|based)\son)\s"
    r"(?:the\s)?$"
)

# The number's own parenthesis, opened right after a name: "VITA (46.6%", "BEVGen
# (FID 25.54", "the Director3D baseline (FID 39.55".
_PAREN_NAME = re.compile(
    rf"(?<![\w.-])(?P<model>{NAME})(?:\s(?:baseline|model|method))?\s\((?:[A-Za-z][\w-]*\s)?[~≈<>]?$"
    # "the best baseline (ProPainter with 0.10"
    rf"|\((?P<model>{NAME})\s(?:with|at|of|:)\s[~≈<>]?$"
)
# "0.373 for DRGS", "47.91 for Rectified Flow"; "for the base model": a baseline.
_FOR_NAME = re.compile(
    r"\s?(?:points?|scores?)?\s?for\s(?:the\s)?(?:(?:baseline|base|original|standard|vanilla|"
    rf"prior|previous|best)\s)*(?P<model>{NAME})?"
)
# "for the base model", "for the best-performing model": an unnamed other system;
# "for the proposed method" is the sentence's own.
_BASELINE_AFTER = re.compile(
    r"\s?(?:points?|scores?)?\s?for\s(?:the|a|an|its|their)\s(?!proposed|new|our)"
    r"(?:[\w-]+\s){0,3}?(?:baselines?|models?|methods?|approach(?:es)?|systems?|variants?|"
    r"original|standard|vanilla|prior|previous)\b"
)
# The words that tie a number to the name right before it: "GPT-4o (46.6%", "humans
# at 92%", "the prior state of the art of 41.2%".
_TIED = r"\(|of\s|at\s|is\s|was\s"
# An earlier system the sentence does not name, right before the number: "more than
# doubling the previous best system's performance (11.21%", "the prior state of the
# art of 41.2%".
_EARLIER = re.compile(
    # (not the system's own: "its earlier version")
    rf"(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)\b(?:previous|prior|earlier|existing)\s(?:[\w'’-]+\s){{0,4}}?(?:{_TIED})[~≈<>]?$",
    re.IGNORECASE,
)
_HUMAN = re.compile(
    rf"\bhumans?(?:['’]s?)?\s(?:[\w-]+\s){{0,2}}?(?:{_TIED}|(?:reach|achiev)\w*\s)[~≈<>]?$",
    re.IGNORECASE,
)
# A number compared with one the sentence does not name: "compared to 0.59", "than 12%".
_COMPARED = re.compile(
    r"(?:compared\s(?:to|with)|versus|vs\.?|than)\s(?:(?:the|a|an|its|their)\s)?"
    r"(?:[a-z][\w-]*\s){0,3}?(?:of\s)?$"
)

# "from 14.6 to 36.5": the first number is the system before the method, the one
# the sentence names as improved upon ("the performance of LLaMA2-7B", "the FID
# score of a LlamaGen-L", "over its predecessor MM1-30B", "the original VAR
# model"), else an unnamed one.
_FROM = re.compile(r"\bfrom\s[~≈]?$")
_IMPROVED_UPON = re.compile(
    r"(?:\b(?:performance|accuracy|scores?|results?|rates?)\s(?:of|for)\s(?:an?\s)?|(?:over|than)\s(?:its\s|their\s)?(?:predecessor\s|baseline\s)?|"
    rf"(?:original|baseline|base\smodel)\s)(?:the\s)?(?P<model>{NAME})"
    # "improves Llama3.1-8B performance on MMLU from 67.9%"
    rf"|\bimprov\w*\s(?P<model>{NAME})(?:['’]s)?\s(?:performance|accuracy|scores?)\b"
)
# "58.6% accuracy achieved by GPT-4": a passive credits the name after "by".
_BY_NAME = re.compile(
    r"\s?(?:[\w-]+\s){0,3}?(?:achieved|obtained|reached|attained|reported|scored|set)\s"
    rf"by\s(?:the\s)?(?P<model>{NAME})"
)

IsName = Callable[[str], bool]


def _rare(name: str) -> bool:
    """A lone capitalised word is a name only when rare in English ("Janus", not
    "Training"); any other shape of name is one."""
    if " " in name or not stdlib_re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", name):
        return True
    return zipf_frequency(name.lower(), "en") < RARE_ZIPF


def _usable(name: str, is_metric: IsName, is_benchmark: IsName) -> bool:
    return (
        bool(name)
        and not _NOT_MODEL.match(name)
        and _rare(name)
        and not is_metric(name)
        and not is_benchmark(name)
    )


def model_beside(
    text: str, lo: int, start: int, end: int, is_metric: IsName, is_benchmark: IsName
) -> str | None:
    """The system the words right around the number credit it to, ``""`` for an
    unnamed baseline, or None when they say nothing (then the sentence's subject)."""
    before = text[max(lo, start - 60) : start]
    paren = _PAREN_NAME.search(before)
    if paren and _usable(paren["model"], is_metric, is_benchmark):
        return paren["model"]
    if _HUMAN.search(before):
        return "human"
    if _EARLIER.search(before):
        return ""
    by = _BY_NAME.match(text, end, end + 80)
    if by and _usable(by["model"], is_metric, is_benchmark):
        return by["model"]
    if _FROM.search(before):
        upon = [m["model"] for m in _IMPROVED_UPON.finditer(text, lo, start)]
        return upon[-1] if upon and _usable(upon[-1], is_metric, is_benchmark) else ""
    after = _FOR_NAME.match(text, end, end + 60)
    if after and after["model"] and _usable(after["model"], is_metric, is_benchmark):
        return after["model"]
    if _BASELINE_AFTER.match(text, end, end + 60) or _COMPARED.search(before):
        return ""
    return None


def subject_model(text: str, lo: int, start: int, is_metric: IsName, is_benchmark: IsName) -> str:
    """The system that ``achieves`` the number: the last subject of a result verb
    in its sentence before it, or ``""``."""
    if not _VERB_START.search(text, lo, start):
        return ""
    for found in reversed(list(_SUBJECT.finditer(text, lo, start))):
        name = found["model"]
        host = _RUNS_ON.search(text, lo, found.start("model"))
        if host and _usable(host["model"], is_metric, is_benchmark):
            return host["model"]
        if _usable(name, is_metric, is_benchmark):
            return name
        return ""
    return ""


# A title that starts with its system's name: "VidPanos: Generative Panoramic
# Videos ...", "Material Anything: Generating ...".
_TITLE_NAME = re.compile(r"^\s*(?P<name>[^:]{2,40}?)\s*:\s")


def title_name(title: str | None, summary: str = "") -> str:
    """The name a title gives its system before a colon, as the summary writes it
    (its acronym when the summary gives one: "Diffusion Curriculum (DisCL)"), or
    ``""``: at most four words, each written like a name; one word, or a name the
    summary repeats."""
    found = _TITLE_NAME.match(title or "")
    if not found:
        return ""
    # TeX in a title is not how a summary writes a name: "Top-$nσ$" is Top-nσ, and
    # "$\pi_0$" or "Free$^2$Guide" name nothing we can spell ("GS^3" is plain text).
    name = found["name"].replace("$", "")
    if any(c in name for c in "\\^_{}" if "$" in found["name"] or c not in "^_"):
        return ""
    words = name.split()
    if len(words) > 4 or not all(stdlib_re.search(r"[A-Z0-9]", w) for w in words):
        return ""
    at = summary.lower().find(name.lower())
    if at < 0:
        return name if len(words) == 1 else ""
    acronym = stdlib_re.match(r"\s?\(([A-Za-z][\w.-]{1,15})\)", summary[at + len(name) :])
    return acronym[1] if acronym else summary[at : at + len(name)]
