"""What a count that grew or shrank counts ("40% fewer tokens"), what a share is of
("34.76% of the training FLOPs") and whether that share is a cost. ``number_metric``
asks these as steps of naming a number's measure; ``metric_kind`` asks whether a
share is of a resource."""

from __future__ import annotations

import regex as re

from .metric_names import FUNCTION_WORD as _FUNCTION_WORD
from .metric_names import registry_name
from .number_forms import HEDGE

# how a resource was used, after what it is: "of the GPU hours spent on sampling"
_USED = r"used|needed|required|spent|consumed"
# a word of what a share is of, lower case or an acronym ("of the training FLOPs",
# "of the LLM calls", "of the GPU hours")
_SHARE_WORD = r"(?:[a-z][\w-]*|[A-Z]{2,}[a-z]?s?\b)"
_SHARE_BODY = (
    r"\sof\s(?:the\s|its\s|their\s)?(?:(?:total|original|overall|full)\s)?"
    r"(?:(?:[\w-]+\s){0,2}?[\w-]+(?:'s|’s)\s)?"
    # "retains 97% of the performance of X": a share of a whole result, no measure
    rf"(?P<what>(?!{_FUNCTION_WORD}|[a-z]+ly\b|performance\b){_SHARE_WORD}"
    rf"(?:\s(?!{_FUNCTION_WORD}|[a-z]+ly\b|(?:{_USED})\b){_SHARE_WORD}){{0,2}})"
    # "in 50% of the time" is how often; "45.8% of the processing time" a cost
    r"(?<!(?:\sthe|\sof)\stime)"
    r"(?<!\b(?:cases|times|trials|runs|samples|examples|questions|problems|instances|"
    r"tasks|prompts|queries|words|users|participants|people|methods|model|models|baselines?|"
    # "in 84% of rollouts", "in about 13% of transcripts"
    r"rollouts|transcripts|conversations|dialogues|trajectories|generations|"
    r"issues|bugs|items|episodes|benchmarks|datasets|languages|"
    # "on 74% of targets", "in 100% of comparisons" (not a cost: "40% of the attempts")
    r"targets|comparisons|games|matches|scenarios|pairs|theorems|statements|proofs))"
)
_SHARE_OF = re.compile(
    _SHARE_BODY
    + rf"(?=\s?(?:[,.;:)]|$)|\s(?:while|with|at|and|compared|than|when|in|on|for|across|{_USED}|of)\b)"
)
# A share of a resource may have an aside after it: "to 5% of its original size (3 out
# of 57 tasks)" (which names no measure: "in 16.9% of competitions (pass@1)").
_SHARE_OF_ASIDE = re.compile(_SHARE_BODY + r"(?=\s\()")
# Words a comparative adjective ends in: "more robust", "more efficient", "more
# stable" say how, not what was counted.
_ADJECTIVE = re.compile(
    r"[a-z]+(?:ent|ant|ive|ble|ous|ful|ic|al|ust|ar|ure|er|est|ly)"
    # "-ate" ends nouns too ("boilerplate", "template"): only the usual adjectives
    r"|(?:accur|adequ|appropri|moder|elabor|intric|delic|priv|separ|deliber)ate"
)
_HOW_OFTEN = re.compile(
    r"frequent|severe|serious|significant|substantial|pronounced", re.IGNORECASE
)
# what ends the words a count counts ("50% fewer FLOPs thanks to" counts FLOPs) ...
_ENDS_COUNT = r"while|with|and|compared|than|when|thanks|due|because|without|to"
# ... and what may follow them though it may also be part of them ("2x fewer tokens per
# answer" counts tokens per answer)
_AFTER_COUNT = (
    rf"{_ENDS_COUNT}|at|in|on|for|across|per|via|through|by|among|over|under|relative|"
    r"versus|vs"
)
_MORE_OF = re.compile(
    r"\s(?:more|fewer|less|higher|lower|greater|better)\s"
    # "4.4x fewer FLOPs", "40% fewer tokens", "22.3% more disinformation", "9x higher
    # GPU utilization"; not what a comparative adjective says ("more robust")
    rf"(?P<what>(?!{_FUNCTION_WORD}|performance\b|results?\b|scores?\b)"
    # a capital only before a second word: "9x higher GPU utilization", not "fewer GPUs"
    rf"(?:[a-z]|FLOP|[A-Z]+(?=[\w-]*\s(?!{_FUNCTION_WORD})[a-z]))[\w-]*"
    rf"(?:\s(?!{_FUNCTION_WORD}|(?:{_ENDS_COUNT})\b)[a-z][\w-]*){{0,2}})"
    rf"(?=\s?(?:[,.;:)]|$)|\s(?:{_AFTER_COUNT})\b)"
)


def count_of(text: str, end: int, hi: int) -> str | None:
    """What a count that grew or shrank counts: "29.9% more objects, 24.5% more
    relations", "40% fewer tokens than"."""
    more = _MORE_OF.match(text, end, hi)
    if not more:
        return None
    words = more["what"].split(" ")
    # "30% more robust", "more detailed" say how; "5-13x more frequent non-compliance"
    # says how often ("more hallucinated citations", "more concurrent requests": the
    # other words before a noun say what is counted)
    if len(words) == 1 and (_ADJECTIVE.fullmatch(words[0]) or words[0].endswith("ed")):
        return None
    if _HOW_OFTEN.fullmatch(words[0]):
        words.pop(0)
    return " ".join(words).lower()


def share_of(text: str, since: int, start: int, end: int, hi: int) -> str | None:
    """What a share is of ("eliminates up to 99% of delta parameters while ...",
    "using only 75% of the attention heads."), when that ends the clause and is no
    count of trials or systems ("in 80% of cases", "within 5% of the top model"), nor
    the items a system solved ("proves 26.3% of the statements", "reproduces 11.9% of
    the vulnerabilities": a rate of success with no measure named)."""
    if text[end - 1 : end] == "%" and (share := _SHARE_OF.match(text, end, hi)):
        if _SOLVED_BEFORE.search(text, max(since, start - 30), start):
            return ""
        if any(registry_name(w) for w in share["what"].split()):
            return None  # "96% of the MMLU accuracy": the benchmark's steps name it
        what = share["what"].lower()
        # "7% of the training compute of comparable methods": whose resource; not "88%
        # of the outputs of GPT-4o", a share of items
        if text.startswith(" of ", share.end()) and not _RESOURCE.search(what):
            return None
        # "blocks 88% of prompt-injection attempts", "flags 93.6% of deepfake videos":
        # items handled, which name no measure (one named before still may); "using
        # only 40% of the attempts": a cost
        if what.rsplit(" ", 1)[-1] in _ITEM_NOUNS and not _COST_SHARE_BEFORE.search(
            text, max(since, start - 20), start
        ):
            return None
        # "reduces FLOPs to 28.9% of the original": a share of what was named before
        if _OF_THE_REFERENCE.fullmatch(what):
            return None
        return what
    return None


def share_of_resource(text: str, end: int, hi: int) -> bool:
    """Whether a percentage ending at ``end`` is a share of a resource ("34.76% of the
    training FLOPs", "69.6% of the LLM calls", "(less than 20%) of the data"): a cost,
    not a score."""
    if text[end - 1 : end] != "%":
        return False
    # "a fraction (less than 20%) of the data": the share's bracket may close first
    end += text.startswith(")", end)
    share = _SHARE_OF.match(text, end, hi) or _SHARE_OF_ASIDE.match(text, end, hi)
    return share is not None and _RESOURCE.search(share["what"].lower()) is not None


_OF_THE_REFERENCE = re.compile(
    r"(?:original|baseline|base|full|vanilla|dense|uncompressed|unpruned|reference)"
    r"(?:\s(?:model|one|version|network))?"
)


_RESOURCE = re.compile(
    r"(?:compute|computation|flops|data|tokens|parameters|memory|budget|cost|time|energy|"
    r"hours|steps|samples|labels|annotations|calls|size|storage)$"
)
_ITEM_NOUNS = frozenset(["attempts", "images", "videos", "documents", "molecules"])
_COST_SHARE_BEFORE = re.compile(
    rf"\b(?:only|using|uses|used|reads|needs|requires|consumes|spends)\s(?:{HEDGE}\s)?$",
    re.IGNORECASE,
)

_SOLVED_BEFORE = re.compile(
    r"\b(?:prov|solv|resolv|reproduc|pass|answer|complet|fix|detect|identif|exploit|"
    r"repair|recover|verif|find|found|discover|crack)\w*\s"
    rf"(?:{HEDGE}\s)?$",
    re.IGNORECASE,
)
