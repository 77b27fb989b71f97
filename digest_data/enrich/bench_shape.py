"""The shape of a benchmark's name and the words around a number, shared by the
modules that name what a number was measured on (``bench_scope``, ``bench_field``):
``BENCH`` (how a benchmark is written), ``bench_ok`` (whether a name may be one),
``known_benchmark`` (the registry or the name says so), and small tests of the text
between two offsets."""

from __future__ import annotations

import functools

import regex as re

from .bench_names import CODED_WORD
from .benchmarks import canonical_benchmark, fold, load_registry
from .metric_match import metric_matches
from .number_forms import HEDGE
from .sentences import CLAUSE_BREAK

_RESULT_NUMBER = re.compile(r"\d[\d.,]*\s?(?:%|x\b|points)")


# Names of model families, measures written as acronyms, and words that aggregate: no
# split of a benchmark that they follow.
_MODEL_STEM = (
    r"GPT|Llama|LLaMA|Qwen|Mistral|Mixtral|Claude|Gemini|DeepSeek|Gemma|Phi|OpenAI|Grok|"
    r"Kimi|InternVL|LLaVA|FLUX|Sora"
)
_MEASURE_ACRONYM = (
    r"AP|EM|F1|SR|ASR|HR|ACC|Acc|FID|WER|CER|MOS|AUC|MRR|BLEU|PSNR|SSIM|NDCG|IoU|MAP|DS|PPL|EER"
)
_AGGREGATE = r"Overall|Average|Avg|Mean|Total|Score|Scores|Accuracy|Results?|Performance|Today"


# A benchmark is written like a name: capitals or digits inside (GSM8K, MATH-500,
# HumanEval, MMLU-Pro, SWE-bench Verified, AlpacaEval 2.0, the SA-V test set), a
# superscript digit among them ("VCT²", "A²Bench", "M²RC-Eval").
BENCH = (
    rf"(?:{CODED_WORD}"
    # a name in lower case or Greek that says it is a benchmark: "tau-bench", "τ²-bench"
    r"|(?:[a-z]+|[α-ω][²³]?)-[Bb]ench\b"
    # a lower-case suite and its part: "xbench-DeepSearch"
    r"|[a-z]+bench-[A-Z][\w]*"
    # a starred name, "V* Bench"; a digit (or "3D") then a capitalised part, "3D-FRONT",
    # "7-Scenes" (not a size: "4K-Resolution", "8K-Context")
    r"|[A-Z]\*(?=[\s,.;:)])|\d[Dd]?-[A-Z][\w-]*)"
    # a resolution written with a times sign stays: "ImageNet256×256", "ImageNet 512×512";
    # so does a year written with an apostrophe: "AIME'24", "HMMT’25"
    r"(?:(?<=\d)×\d+|['’]\d\d(?!\w))?"
    # a variant marked with a plus stays: "HumanEval+", "ScanNet++", "RefCOCO+"
    r"(?:\+\+?(?![\w+]))?"
    # a window of months stays whole: "LiveCodeBench 06/24-01/25", "LiveCodeBench 2408-2502"
    r"(?:[ -](?:Verified|Lite|Hard|Pro|Plus|Bench|bench|Eval|Arena|\d\d/\d\d[-–]\d\d/\d\d"
    r"|[12]\d\.?(?:0[1-9]|1[0-2])[-–][12]\d\.?(?:0[1-9]|1[0-2])|v?\d[\w.]*(?:\s?[×x]\s?\d+)?)\b"
    # a split or subset in one plain capitalised word or a short acronym that ends the
    # name: "SimplerEnv Bridge,", "KITTI Odometry and", "LAB-Bench DBQA benchmark";
    # not a model, a measure or an aggregate ("On ARC Claude, ...", "on COCO AP,", "on
    # MMLU Overall,")
    rf"|\s(?!(?:{_MODEL_STEM}|{_MEASURE_ACRONYM}|{_AGGREGATE})\b)(?:[A-Z][a-z]{{2,}}|[A-Z]{{2,5}})"
    r"(?=[,.;:)]|\s(?:and|or|benchmarks?|suites?|splits?|subsets?|sets?|tasks?)\b))?"
)


#: The "from" end of a change right before a number: "from about 41.2%".
FROM_RIGHT_BEFORE = re.compile(rf"\bfrom\s(?:{HEDGE}\s)?[+~]?$")


# Where a sentence's own words start: after a list part's mark and heading, as in
# "iv) **Primary results:** On MMLU, ...".
PART_HEAD = r"\s*(?:(?:[a-f]|[ivx]{1,4})\)\s+(?:\*\*[^*]{1,60}\*\*:?\s*)?)?"


# Kinds of task or system, never one benchmark, even where the text says "QA tasks".
GENERIC_ACRONYM = (
    r"AI|LLMs?|MLLMs?|LVLMs?|VLMs?|LMMs?|NLP|GPUs?|CPUs?|SOTA|APIs?|RL|RLHF|DPO|SFT|CoT|"
    r"OOD|QA|VQA|MoE|KV|FLOPs|TFLOPs|PhD|FPS|NFE|[ivx]+"
)


GENERIC_NAME = re.compile(rf"^(?:{GENERIC_ACRONYM})$")


NOT_BENCH = re.compile(
    rf"^(?:{GENERIC_ACRONYM}|GPT-?\S*|(?:{_MODEL_STEM})\S*|o1\S*|SDXL\S*|SD\d\S*|CLIP|"
    r"(?i:llama\S*|qwen\S*|gpt\S*))$"
)


# Never a benchmark: a model size ("-7B", "70B"; but a name the text calls a dataset
# may carry its own size, "MultiGen-20M"), hardware ("A100", "RTX 4090"), a metric
# written like a name ("Top-1", "FID", "R-Precision"), an architecture ("ViT",
# "DiT-XL").
SIZE_PART = re.compile(r"(?i)^(?:.*[-_])?\d+(?:\.\d+)?[bm]$")


_NOT_BENCH_PART = re.compile(
    r"(?i)^(?:[ahvlt]\d{2,3}[a-z]?|rtx\S*|gtx\S*|"
    r"tpu\S*|h800|a800|jetson\S*|top-?\d+|[a-z]+@\d+|r-precision|fid|fvd|psnr|ssim|lpips|"
    # number formats: "runs in FP32", "BF16", "INT4"
    r"fp\d+|bf16|int\d+|"
    r"bleu\S*|rouge\S*|cider|mcq|vi?t(?:-\S+)?|dit(?:-\S+)?|dino\S*|sam|unet|u-net|l[12]|"
    # a numbered part of something: "Level 1 tasks", "Stage 2"
    r"level|stage|phase|round|step|tier|"
    # an imaging modality: "on abdomen-pelvis CT", "brain MRI"
    r"ct|mri|fmri|x-?rays?|ultrasound|"
    # hyphenated adjectives: "MLP-based", "Retrieval-Augmented"
    # and "IBM-developed", "human-annotated", "reasoning-intensive"
    r".+-(?:based|like|style|augmented|aware|free|guided|specific|driven|tuned|level|scale|"
    r"developed|designed|generated|curated|annotated|labelled|labeled|written|built|derived|"
    r"oriented|centric|"
    r"intensive)|"
    r"transformers?|mamba\S*|lora|vae|gan|cnn|rnn|lstm|bert|t5)$"
)


def bench_ok(name: str, declared: bool = False) -> bool:
    """Whether ``name`` may be a benchmark; one ``declared`` so ("the LLaVA-W benchmark")
    may carry a model family's name."""
    words = name.split()
    if not words or canonical_benchmark(name) is None or GENERIC_NAME.match(name):
        return False
    return (
        (declared or (not NOT_BENCH.match(words[0]) and not NOT_BENCH.match(name)))
        and not metric_matches(name)
        and not any(_NOT_BENCH_PART.match(w) for w in words)
        and (declared or not any(SIZE_PART.match(w) for w in words))
    )


_BENCH_WORD = re.compile(r"Bench|BENCH|bench|Eval|EVAL|Arena|QA|Gym")


@functools.lru_cache(maxsize=4096)
def known_benchmark(name: str) -> bool:
    """A name the registry knows or that says it is a benchmark ("VBench", "MMLU")."""
    return bool(_BENCH_WORD.search(name)) or fold(name) in load_registry().benchmark_keys


def clause_between(text: str, a: int, b: int) -> bool:
    """Whether a new clause starts between offsets ``a`` and ``b``: "on LIBERO,
    raising the rate from 91.0% to 99.1%, and on RoboTwin 1.0 ..."."""
    return CLAUSE_BREAK.search(text, min(a, b), max(a, b)) is not None


# A number standing alone ("2.14°", "89.0"), not one inside a name ("Mistral-7B").
LONE_NUMBER = re.compile(r"(?<![\w.-])\d[\d.,]*(?![\w.])")


def numbers_between(text: str, a: int, b: int) -> bool:
    return bool(_RESULT_NUMBER.search(text, a, b))


# A known benchmark written straight after a number, as a list of results writes it:
# "7.59 FID and 0.74 GenEval", "scores 0.84 GenEval and 86.1 DPG-Bench".
_BENCH_RIGHT_AFTER = re.compile(
    rf"\s?%?\s(?P<bench>{BENCH})"
    r"(?=[,.;:)]|\s(?:and|or|in|on|at|with|while|for|across|scores?|overall)\b|$)"
)


def benchmark_right_after(text: str, end: int, hi: int) -> str:
    """The known benchmark a number is followed by at once, as its score ("0.74
    GenEval"), or ``""``."""
    m = _BENCH_RIGHT_AFTER.match(text, end, hi)
    if m is None or not known_benchmark(m["bench"]) or not bench_ok(m["bench"]):
        return ""
    return m["bench"]
