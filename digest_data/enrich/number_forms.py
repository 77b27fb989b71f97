"""Numbers written in other forms than a figure and its unit, and the figures that are
results only in some sentences: multiples in words ("doubles", "ten times smaller"),
lengths in tokens that changed ("from 741 to 225 tokens"), and dollar amounts that
are costs ("$0.045 per instance"). ``numbers`` finds and judges numbers with them."""

from __future__ import annotations

import re as stdlib_re

import regex as re

from .metric_match import EFFICIENCY, metric_matches

# ASCII digits only: the regex module's \d also matches digits of other scripts that
# float() cannot read (found by fuzzing).
NUMBER = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"


# A multiple written in words: "nearly doubles the speed", "ten times smaller", "a
# two-fold improvement", "twice the gains" (each read as "Nx", as the labels do).
# (the quick test for them: their letters after the first, which may be a capital)
_MULTIPLE_WORD = stdlib_re.compile(r"oubl|ripl|uadrupl|alv|wice|fold|times")
_WORD_MULTIPLE = re.compile(
    # not "three times larger than its predecessor", "twice as many parameters", "twice
    # the size of": sizes, never results
    r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)(?:[\s-]?fold\b|\stimes\b"
    r"(?=\s(?:faster|quicker|higher|fewer|less|lower|smaller|better|cheaper)\b))"
    r"|(?P<verb>doubl|tripl|quadrupl|halv)(?:es|ed|ing)\b"
    r"|(?P<twice>twice)\b(?=\sas\s(?:fast|quick|efficient|accurate|effective)|\sthe\s"
    r"(?:gains?|improvements?|speed|throughput|accuracy|performance|success))\b)",
    re.IGNORECASE,
)
_WORD_VALUE = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 2, "twice": 2,
}  # fmt: skip


def word_multiples(text: str, lo: int, hi: int) -> list[tuple[int, int, float]]:
    """Where ``text[lo:hi]`` writes a multiple in words, and its value: a verb
    ("doubles") only when a measure is its object ("more than doubles task
    throughput", not "doubled the data")."""
    if not _MULTIPLE_WORD.search(text, lo, hi):
        return []
    found = []
    for m in _WORD_MULTIPLE.finditer(text, lo, hi):
        if m["verb"] and not _measure_is_object(text[m.end() : min(hi, m.end() + 50)]):
            continue
        key = (m["n"] or m["verb"] or m["twice"]).lower()
        found.append((m.start(), m.end(), float(_WORD_VALUE[key])))
    return found


# What stands between a verb and its object: "doubles the task throughput"; not
# "doubles from 4K to 8K tokens" (no object: a setting that grew).
_OBJECT_GAP = re.compile(
    r"\s(?:(?:the|its|their)\s)?(?:(?!(?:from|to|by|in|on)\b)[A-Za-z][\w-]*\s){0,2}"
)


def _measure_is_object(after: str) -> bool:
    """Whether a measure is the object of the verb the text ``after`` follows."""
    named = metric_matches(after) or metric_matches(after, EFFICIENCY)
    return bool(named) and _OBJECT_GAP.fullmatch(after, 0, named[0].start()) is not None


# A length in tokens or words that changed: "reduces reasoning chains from 741 to 225
# tokens", "output length falls from 5439 tokens to 4583 tokens" (an efficiency
# figure; "trained on 2,000 tokens" is a count, "extends the context from 4K to 32K
# tokens" a setting).
_TOKEN_COUNT_AFTER = re.compile(r"^\s?(?:tokens|words)\b")
#: The words that hedge or bound a number written after them: "up to 66%", "about 3x".
HEDGE = r"(?:up\sto|about|around|approximately|roughly|nearly|almost|over|only|just)"
#: A regular plural, which counts things ("trials", "diseases"), unlike the nouns ending
#: in s that name one thing ("loss", "robustness", "physics", "focus", "analysis").
PLURAL_NOUN = r"[a-z]{2,}(?<!s|ic|u|i)s"
#: A number written as a result, not a count or a setting: "5%", "3x", "2×", "4 points".
RESULT_NUMBER = r"\d[\d.,]*\s?(?:%|x\b|×|points?)"


def no_result_between(chars: str, at_most: int) -> str:
    """A pattern for up to ``at_most`` characters of the class ``chars``, as few as
    will do, holding no other result: the words between a number and what its phrase
    says it is of ("24.6% accuracy on BrowseComp versus 12.6%")."""
    return rf"(?:(?!{RESULT_NUMBER}){chars}){{0,{at_most}}}?"


_ABOUT = rf"(?:(?:{HEDGE}|under)\s)?~?"
_FROM_BEFORE = re.compile(rf"\bfrom\s{_ABOUT}$")
_TO_COUNT_AFTER = re.compile(
    rf"^\s(?:tokens\s|words\s)?to\s{_ABOUT}(?:{NUMBER})\s(?:tokens|words)\b"
)
_FROM_TO_BEFORE = re.compile(rf"\bfrom\s{_ABOUT}(?:{NUMBER})\s(?:tokens\s|words\s)?to\s{_ABOUT}$")
_LENGTH_BEFORE = re.compile(
    r"\b(?:length|lengths|tokens?|consumption|usage|outputs?|responses?|reasoning|chains?|"
    r"traces?|thinking|CoT|verbosity|budget)\b(?:[^.;]|\.\d)*$",
    re.IGNORECASE,
)
# a limit set, not a length reached: "extends the context length", "raises the maximum
# generation length from 4,096 to 8,192 tokens"
_CONTEXT = re.compile(r"\b(?:context|maximum|max|limit|budget|window)", re.IGNORECASE)


def token_count_follows(text: str, end: int, hi: int) -> bool:
    """Whether a count of tokens or words ends the number at ``end`` or the "to" end
    after it: "741 to 225 tokens"."""
    after = text[end : min(hi, end + 40)]
    return bool(_TOKEN_COUNT_AFTER.match(after) or _TO_COUNT_AFTER.match(after))


# "cuts the decoding steps on GSM8K from 256 to 30", "reasoning tokens fall from 14321
# to 10287": a count that changed, named before the pair of plain numbers.
_TO_NUMBER_AFTER = re.compile(rf"^\s(?:to|→)\s{_ABOUT}(?:{NUMBER})(?![\w%]|\.\d)")
_COUNTED_BEFORE = re.compile(
    r"(?<![\w-])(?P<what>(?:(?!(?:the|of|a|an|its|their)\b)[a-z][\w-]*\s)?"
    r"(?:tokens|steps|calls|turns|iterations|rounds))\b[^.;,()]{0,30}$",
    re.IGNORECASE,
)
# "increase the training steps from 1,000 to 5,000": a schedule the authors chose
_CHOSEN_COUNT = re.compile(r"^(?:training|pretraining|warm-?up|sampling|rollout)\b", re.IGNORECASE)


def changed_count(text: str, lo: int, start: int, end: int, hi: int) -> str:
    """What count of tokens, steps or calls named before a "from A to B" pair of plain
    numbers changed, when the number at ``start``-``end`` is an end of it ("cuts the
    decoding steps on GSM8K from 256 to 30" gives "decoding steps"); else ``""``."""
    before, after = text[max(lo, start - 40) : start], text[end : min(hi, end + 40)]
    if not (
        (_FROM_BEFORE.search(before) and _TO_NUMBER_AFTER.match(after))
        or _FROM_TO_BEFORE.search(before)
    ):
        return ""
    clause = _before_from(text, lo, start)
    counted = _COUNTED_BEFORE.search(clause)
    if not counted or _CONTEXT.search(clause) or _CHOSEN_COUNT.match(counted["what"]):
        return ""
    return counted["what"].lower()


def changed_length(text: str, lo: int, start: int, before: str, after: str) -> bool:
    """Whether the number is an end of a length in tokens or words that changed, a
    length or a use of tokens named before it: "reduces reasoning chains on GSM8K
    from 741 to 225 tokens"."""
    if _FROM_BEFORE.search(before):
        ends = _TOKEN_COUNT_AFTER.match(after) or _TO_COUNT_AFTER.match(after)
    else:
        ends = _FROM_TO_BEFORE.search(before) and _TOKEN_COUNT_AFTER.match(after)
    if not ends:
        return False
    clause = _before_from(text, lo, start)
    return bool(_LENGTH_BEFORE.search(clause)) and not _CONTEXT.search(clause)


def _before_from(text: str, lo: int, start: int) -> str:
    """The words before the "from" of the pair whose end starts at ``start``: where
    what changed is named ("cuts the decoding steps on GSM8K from ...")."""
    clause = text[max(lo, start - 100) : start]
    return clause[: clause.rfind("from")]


def is_dollars(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a dollar amount ("$0.045")."""
    return text[start - 1 : start] == "$"


#: What a run spends, in time or money: "27 hours of compute", "$500 of training".
COMPUTE_SPENT = r"(?:compute|training|GPU\stime)"

_COST_BEFORE = re.compile(
    # (not a budget or a price paid for inputs: "capped at $100 per model", "priced at
    # $2.50 per million tokens", "paid $15 per hour")
    r"(?:\b(?:costs?|spen[dt]\w*)\b[^.;$]{0,25}|\b(?:vs\.?|versus|against)\s[^.;$]{0,15}"
    # "turns a paper into a poster for just $0.005"
    r"|\bfor\s(?:just|only)\s(?:about\s|around\s|roughly\s)?)$",
    re.IGNORECASE,
)
_FROM_DOLLARS = re.compile(r"\bfrom\s\$[\d.,]+\s(?:to|→)\s$")
_NO_COST_BEFORE = re.compile(
    r"\b(?:paid|pays?|paying|wages?|salar\w*|compensat\w*|budget\w*|capped|priced|prices?"
    r"|received|given|awarded|prizes?|grants?|offered|subscri\w*)\b[^.;]*$",
    re.IGNORECASE,
)
_PER_AFTER = re.compile(
    r"^\s?(?:per|/|a|an|for\seach)\s?(?:[\w-]+\s){0,2}?(?:instances?|tasks?|issues?|problems?|"
    r"quer(?:y|ies)|runs?|samples?|pages?|tokens?|requests?|episodes?|million|thousand)\b"
    # "at roughly $1 each", "about $500 of compute"
    rf"|^\s?(?:each|apiece)\b|^\s?(?:of|in)\s(?:{COMPUTE_SPENT}|API\scalls?)\b(?!\s(?:credits?|budget))",
    re.IGNORECASE,
)


# "for just $20 per month": what a service costs its users, no run's cost
_PER_PERIOD_AFTER = re.compile(r"^\s?(?:per|a|an|/)\s?(?:month|year|user|seat)\b", re.IGNORECASE)


def is_cost(text: str, lo: int, start: int, before: str, after: str) -> bool:
    """Whether the dollar amount at ``start`` is a cost the paper reports: "at a cost of
    $0.70 per million tokens", "$0.045 per instance", "from $0.12 to $0.03" (not "a $10
    billion market", annotator pay or a budget). ``before`` ends with the "$"."""
    if _NO_COST_BEFORE.search(text, max(lo, start - 60), start) or _PER_PERIOD_AFTER.match(after):
        return False
    return bool(
        _COST_BEFORE.search(before[:-1])
        or _PER_AFTER.match(after)
        or _FROM_DOLLARS.search(before[:-1])
    )
