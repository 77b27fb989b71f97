"""Names that are not benchmarks: models, parameter counts, accelerators, table
and figure references, and generic phrases, as an extractor may put them where a
benchmark belongs ("CogVideoX-2B", "8xA100", "Table 1", "while reducing token
usage"). Rules over the string alone; the registry's own lists of methods,
frameworks, languages and organisations are checked in ``benchmarks``."""

from __future__ import annotations

import re
import unicodedata

from wordfreq import zipf_frequency

# Model families: a name made of one of these and version, size or release words
# is a model (``Qwen2.5-7B-Instruct``, ``GPT-4o``, ``CogVideoX-2B``).
_MODEL_FAMILIES = (
    "gpt|chatgpt|o1|o3|o4|llama|codellama|vicuna|alpaca|qwen|qwq|claude|gemini|gemma|"
    "mistral|mixtral|codestral|deepseek|phi|internlm|internvl|llava|cogvideox|cogvideo|"
    "cogview|cogvlm|glm|chatglm|baichuan|minicpm|olmo|pythia|starcoder|wizardlm|wizardcoder|"
    "hunyuan|hunyuanvideo|wan|ltx|opensora|sora|kling|veo|imagen|dalle|midjourney|"
    "stablediffusion|sdxl|sd3|flux|pixart|dit|sit|vit|clip|siglip|dino|sam|whisper|bert|"
    "roberta|deberta|flant5|opt|bloom|falcon|kimi|grok|nemotron|granite|command|"
    "molmo|pixtral|idefics|blip|instructblip|emu|chameleon|janus|show|seed|doubao|ernie|"
    "step|moss|zephyr|tulu|openchat|mpt|stablelm|smollm|xlstm|mamba|rwkv|retnet|resnet|"
    "convnext|efficientnet|swin|unet|vae|vqgan|llamagen|var|mar|videopoet|gen|runway|pika|"
    "animatediff|svd|stablevideo|videocrafter|lavie|latte|dreambooth|controlnet|ipadapter|"
    "wav2vec|hubert|valle|cosyvoice|fishspeech|f5tts|maskgct|musicgen|audioldm|bark|"
    "openvla|octo|diffusionpolicy|bge|gte|colbert|contriever|jina|nvembed|"
    "stylegan|biggan|omnigen|vchitect|nsff|janusflow|sana|lumina|playground|kandinsky|"
    "stable-diffusion|open-sora|llava-next|paligemma|florence|exaone|xlm|xlm-roberta|dall-e|nllb|"
    "llamaguard|llama-guard|internlm-xcomposer|vila|aguvis|densenet|llava-uhd|palm|kosmos|"
    "nvlm|mochi|minimax|skywork|sky|pyramid-flow|f5-tts|sd-xl|π|"
    "magistral|ministral|yolo|grounding-dino|groundingdino|cogagent|ui-tars|os-atlas|showui|"
    "seeclick|aria|openhands|agentless|autocoderover|devin|codex|gpt-oss|mimo|openthinker|llada|dream|"
    # Terminal-Bench's own agent harness
    "terminus"
)
#: Families of one or two letters name a model only with a number ("RT-2", "Yi-34B", "T5").
_SHORT_FAMILIES = "rt|pi|gr|dp|sd|yi|t|e"
_MODEL_WORDS = (
    r"x?l|xl|xxl|base|large|small|tiny|mini|nano|micro|medium|pro|max|plus|ultra|flash|lite|"
    r"turbo|preview|instruct|chat|it|sft|dpo|rl|zero|next|coder|code|math|vl|vision|omni|audio|"
    r"video|sonnet|opus|haiku|distill|reasoner|thinking|online|latest|expert|moe|hf|gen|dev|"
    r"schnell|oft|fast|maverick|scout|high|low|exp|experimental|reasoning|onevision"
)
#: A family, then version, size and release words; a one- or two-letter token only
#: after a separator ("-xc2.5", "-r1"), so "imagenet-1k" is not Imagen.
_MODEL = re.compile(
    rf"^(?:(?:{_MODEL_FAMILIES})|(?:{_SHORT_FAMILIES})(?=-?\d))(?:[\d.]+[a-z]?|v[\d.]+)?"
    rf"(?:-?(?:{_MODEL_WORDS}|[\d.]+[a-z]?|v[\d.]+|[α-ω]|\d+[a-z]\d+[a-z]?)"
    r"|-[a-z]{1,2}[\d.]*)*$"
)
_MODEL_FORM_DROP = re.compile(r"[^a-z0-9.\-+α-ωπ]")


def _model_form(name: str) -> str:
    """``name`` lowercased with its separators as single hyphens ("Qwen2.5 7B" ->
    "qwen2.5-7b"), for matching model names token by token."""
    text = unicodedata.normalize("NFKC", name).lower().strip()
    text = re.sub(r"[\s_/]+", "-", text)
    return re.sub(r"-+", "-", _MODEL_FORM_DROP.sub("", text)).strip("-")


#: Accelerators named inside a longer string ("8xA100", "H100 GPUs", "A100-80GB").
_ACCELERATOR = re.compile(
    r"(?:(?<![A-Za-z])|(?<=\dx)|(?<=\d×))(?:[AHVLB]\d{2,3}|A\d{4}|RTX\s?\d{4}|TPU\s?v\d)"
    r"(?![A-Za-z\d])"
)
_SIZE = re.compile(r"^(?:\d+(?:\.\d+)?[bmkt]|\d+(?:\.\d+)?(?:billion|million)(?:parameters?)?)$")
_HARDWARE = re.compile(
    r"^(?:\d+x?)?(?:nvidia|amd|intel|google|huawei)?(?:[ahvlb]\d{2,3}s?|ascend\w*|h\d{3}|a\d{4}|rtx\d{3,4}(?:ti)?|"
    r"gtx\d{3,4}|rtxpro\d{4}|tpu(?:v?\d[a-z]?)?|gpus?|cpus?|npus?|mi\d{3}x?|g[bh]\d{3}|gaudi\d?|"
    r"trainium\d?|inferentia\d?|"
    r"(?:apple)?m\d(?:pro|max|ultra)?|jetson\w*|orin|snapdragon\w*|iphone\w*|pixel\d*)$"
    # A card named by its vendor and number alone ("NVIDIA 4090", "GeForce 3090").
    r"|^(?:nvidia)?(?:geforce)?(?<=[a-z])\d{4}(?:ti)?$"
)
_REFERENCE = re.compile(r"^(?:table|figure|fig|section|sec|appendix|eq|equation)\s*\d")
#: Quantization settings by their bit widths ("W4A8", "W4A4KV4", "W4-only"), folded.
_BIT_WIDTHS = re.compile(
    # and number formats: "MXFP4", "NVFP4", "FP8", "INT4", "BF16"
    r"^(?:w\d+(?:a\d+(?:kv?\d+)?|only)|(?:mx|nv)?fp\d+|int\d+|bf16|tf32)$"
)
#: A parameter count up to 200B ("LongVA-7B", "8x7B"): a model; datasets counted in
#: tokens are larger ("SlimPajama-627B").
_PARAMS = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)[Bb](?![A-Za-z])")
#: Model-ish endings and infixes: "MusicLM", "Awaker2.5-VL", "Grounded-VideoLLM", "GPT-J";
#: and the reasoning models named after o1 and R1 ("Marco-o1", "Search-R1",
#: "Open-Reasoner-Zero").
_MODEL_MARK = re.compile(r"(?:LLM|LM|VL|GPT)[\d.]*$|GPT|[\s\-](?:R1|o1|o3|o4|Zero)$")
#: Methods by the last word of their name: decoding, search, distillation, tuning
#: ("Lookahead Decoding", "Monte Carlo Tree Search", "Online DPO", "Textual Inversion"),
#: and glued endings ("GraphRAG", "SmoothQuant", "FlashAttention-2").
_METHOD_HEAD = re.compile(
    r"(?:^|[\s\-_])(?:decoding|sampling|search|distillation|tuning|fine-tuning|finetuning|"
    r"training|optimi[sz]ation|quantization|pruning|inversion|splatting|rewarding|"
    r"dpo|ppo|grpo|sft|rlhf)$",
    re.IGNORECASE,
)
_METHOD_GLUED = re.compile(r"(?<=[a-z])(?:RAG|Quant|Attention)(?:-?\d)?$")
#: Policy and preference optimisation algorithms are named "<letters>PO" ("GSPO",
#: "VAPO", "CISPO", "SimPO"), as "DPO" and "PPO" are; no benchmark is.
_OPTIMISATION_ACRONYM = re.compile(r"^(?:Dr\.?\s?)?[A-Z][A-Za-z]{0,4}PO(?:-?v?\d)?$")
_MODEL_HEAD = re.compile(
    r"[\s\-_](?:transformers?|former|gan|adapter|policy|model|encoder|decoder|tokenizer|vae|"
    r"diffusion|net|network|agent)$",
    re.IGNORECASE,
)
#: Heads of generic phrases ("reasoning tasks", "Large Language Models").
_GENERIC_HEAD = re.compile(
    r"\b(?:models?|tasks?|methods?|approach(?:es)?|baselines?|systems?|networks?|"
    r"engineers?|scientists?|practitioners?|researchers?|settings?|scenarios?|domains?|"
    r"benchmarks?|datasets?|metrics?|usage|performance|results?|learning|generation|"
    r"reasoning|understanding|capabilit(?:y|ies)|evaluations?|experiments?|problems?|"
    r"questions?|data|inputs?|outputs?|tokens?|languages?)$",
    re.IGNORECASE,
)
#: ("eval" as in "HumanEval", not inside "retrieval" or "evaluation")
_BENCHY = re.compile(
    r"bench(?!marks?\b)|(?<!retri)(?<!medi)eval(?!uat)|arena|gym|qa\b|exam|leaderboard",
    re.IGNORECASE,
)


def says_benchmark(name: str) -> bool:
    """Whether ``name`` says it is a benchmark: "Bench", "Eval", "Arena", "QA",
    "Leaderboard", ... ("LLaVA-Bench", "Open ASR Leaderboard")."""
    return bool(_BENCHY.search(name))


_WORD = re.compile(r"[^\W\d_]+")
_NAMED_HEAD = re.compile(r"\s(?:Benchmark|Dataset|Suite|Challenge)$")
#: The same heads in any case, after a space or a hyphen ("MASK benchmark", "VACE-Benchmark").
_SET_HEAD = re.compile(r"[\s\-_](?:Benchmark|Dataset|Suite|Challenge)$", re.IGNORECASE)
#: A capitalised name glued by a hyphen to a capitalised head, as names are written.
_GLUED_HEAD = re.compile(r"(?:^|\s)[A-Z][\w]*-(?:Benchmark|Dataset|Suite)$")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
#: Words this common in everyday English (Zipf scale) make a phrase, not a name.
COMMON_ZIPF = 4.0


def is_common_word(word: str) -> bool:
    """Whether ``word`` is common in everyday English (``COMMON_ZIPF``)."""
    return zipf_frequency(word.lower(), "en") >= COMMON_ZIPF


#: A word this rare is no everyday word but a name's ("ogbn", "molhiv").
RARE_ZIPF = 1.5


def _lowercase_name(name: str, words: list[str]) -> bool:
    """Whether an all-lowercase ``name`` is one token holding a word no dictionary
    has, as dataset ids are written ("ogbn-arxiv", "ogbg-molhiv"): a name, not a
    phrase."""
    return " " not in name and any(zipf_frequency(w, "en") < RARE_ZIPF for w in words)


def _names_a_set(word: str) -> bool:
    """Whether ``word`` before a "benchmark" or "dataset" names one: an acronym
    ("MASK"), a capital inside it ("FigStep") or a rare capitalised word that names no
    field ("Enigmata", "Kaleidoscope"); not an everyday word ("Math", "our", "Geometry")."""
    return (
        (word.isupper() and len(word) > 1)
        or any(c.isupper() for c in word[1:])
        or (
            word[:1].isupper()
            and zipf_frequency(word.lower(), "en") < _NAME_ZIPF
            and not _FIELD_ENDING.search(word.lower())
        )
    )


#: A last word that names a field, a task or a quality, not a thing with a name: "Coding",
#: "Medical", "Robotics", "Reasoning", "Safety".
_FIELD_ENDING = re.compile(
    r"(?:ing|tion|sion|sis|ics|ogy|ment|ness|ity|ty|ance|ence|al|ar|ic|ive|ous|ed|ual|ary|ory|ful|"
    r"less|able|ible|ish|ese)$"
)
#: A capitalised word this rare before "benchmark" is its name ("Kaleidoscope" 2.8, "Uhura"
#: 2.1); a commoner one may be what the set is about ("Geometry" 3.9, "Chess", "Twitter").
_NAME_ZIPF = 3.0


def _is_generic(name: str) -> bool:
    """A phrase of plain words: all lowercase ("while reducing token usage", "it
    score"), everyday words in title case ("Open-Ended", "Large"), a plural acronym
    ("APIs"), or anything ending in a generic head ("Large Language Models")."""
    stripped = name.strip()
    if any(ch.isdigit() for ch in stripped) or _BENCHY.search(stripped):
        return False
    words = _WORD.findall(stripped)
    if not words:
        return True
    if all(w.islower() for w in words) and not _lowercase_name(stripped, words):
        return True
    if _PLURAL_ACRONYM.match(stripped):
        return True
    if all(w[1:].islower() for w in words) and all(map(is_common_word, words)):
        return True
    if _NAMED_HEAD.search(stripped) and any(
        w[0].isupper() and not is_common_word(w) for w in words[:-1]
    ):  # a name before a capitalised head: "Emu Edit Benchmark", not "Math Benchmark"
        return False
    if _GLUED_HEAD.search(stripped):
        return False  # a capitalised word glued to its head by a hyphen: "Sentient-Benchmark"
    # (a word with a hyphen is one: "Agent-X benchmark")
    if _SET_HEAD.search(stripped) and any(
        _names_a_set(part) or (i > 0 and part.isupper())
        for w in re.split(r"[\s_]+", _SET_HEAD.sub("", stripped))
        for i, part in enumerate(w.split("-"))
    ):
        return False  # "MASK benchmark", "FigStep benchmark", "Enigmata benchmark": a name
    return len(words) > 1 and bool(_GENERIC_HEAD.search(stripped))


def _is_model(name: str) -> bool:
    """A model or method name: a known family with version and size words, a
    parameter count, an LLM/VL/GPT mark, or a last word like "Transformer"; but
    not a name that says it is a benchmark ("LLaVA-Bench", "GPT-Eval")."""
    if _BENCHY.search(name):
        return False
    if _MODEL.match(_model_form(name)) or _MODEL_MARK.search(name.strip()):
        return True
    if any(float(m.group(1)) <= 200 for m in _PARAMS.finditer(name)):
        return True
    stripped = name.strip()
    return bool(
        _MODEL_HEAD.search(stripped)
        or _METHOD_HEAD.search(stripped)
        or _METHOD_GLUED.search(stripped)
        or _OPTIMISATION_ACRONYM.match(stripped)
    )


def names_something_else(name: str, key: str) -> bool:
    """Whether ``name`` (folded to ``key``) names a model, a size, an accelerator,
    a table or figure, or is a generic phrase."""
    lowered = " ".join(name.lower().split())
    return (
        bool(_SIZE.match(key) or _HARDWARE.match(key) or _ACCELERATOR.search(name))
        or bool(_BIT_WIDTHS.match(key))
        or _is_model(name)
        or bool(_REFERENCE.match(lowered))
        or _is_generic(name)
    )


def names_a_model(name: str) -> bool:
    """Whether ``name`` names a model, an agent scaffold or a method by the rules
    above ("GPT-4 judge", "Agentless", "DeepSeek-R1"), not a generic phrase: a
    bracket holding one qualifies the benchmark before it, unlike a subset
    ("(Science)", "(Lite)")."""
    return _is_model(name) or bool(_HARDWARE.match(_model_form(name).replace("-", "")))


# --- names of 2025 ---------------------------------------------------------------------
# Kept apart from the lists above so that they read as one addition: model families,
# release words and the shapes of organisation, method and model names that 2025
# summaries use ("Qwen3-Embedding", "Llama-Nemotron", "R1-Searcher", "Moonshot AI").

_MORE_FAMILIES = (
    "devstral|aya|videollama|seedance|seedream|hidream|hunyuan3d|vggt|dust3r|mast3r|"
    "depth-anything|depthanything|v-jepa|eva-clip|openclip|rt-detr|detr|deepscaler|sky-t1|"
    "step1x|qwen-image|gpt-image|trellis|lightningdit|smpl|mano|cosmos-predict|cosmos-reason|"
    "cosmos-transfer|"
    # recommenders, forecasters and robot policies that 2025 tables compare with
    "sasrec|bert4rec|gru4rec|patchtst|itransformer|timesnet|chronos|timesfm|moirai|smolvla|"
    "mineru|tongyi|olmoe"
)
_MORE_WORDS = (
    "prover|embedding|embed|reranker|guard|image|kontext|nemotron|deep|research|beta|alpha|text|"
    "bolt|robotics|terminus|krea"
)
_MODEL_MORE = re.compile(
    rf"^(?:(?:{_MODEL_FAMILIES}|{_MORE_FAMILIES})|(?:{_SHORT_FAMILIES})(?=-?\d))"
    rf"(?:[\d.]+[a-z]?|v[\d.]+)?"
    rf"(?:-?(?:{_MODEL_WORDS}|{_MORE_WORDS}|[\d.]+[a-z]?|v[\d.]+|[α-ω]|\d+[a-z]\d+[a-z]?)"
    r"|-[a-z]{1,2}[\d.]*)*$"
)
#: A model family at the end, glued or after a separator ("Llama-Nemotron",
#: "VideoLLaMA3", "EVA-CLIP", "LightningDiT"), or a reasoning mark at the start
#: ("R1-Searcher", "R1-Onevision", "o1-Coder").
_FAMILY_END = re.compile(
    r"(?:(?<=[a-z\d])|[\s\-_])(?:LLaMA|Llama|Qwen|Gemma|Mistral|Nemotron|CLIP|BERT|DiT|ViT|"
    r"LLaVA|DINO|DETR|Whisper|JEPA)(?:[\s\-]?v?[\d.]+)?$"
)
_MARK_START = re.compile(r"^(?:R1|o1|o3|o4)[\s\-]")
#: Organisations by their last word ("Moonshot AI", "Shanghai AI Lab", "Microsoft
#: Research", "Alibaba Cloud").
_ORG_END = re.compile(
    r"\s(?:AI|Labs?|Laborator(?:y|ies)|Research|Cloud|Inc\.?|Institute|University|[Tt]eam)$"
)
#: Toolkits by their last word, even with "Eval" in them ("VLMEvalKit", "LLaMA-Factory",
#: "lm-evaluation-harness"); a word glued before "Factory" may name a benchmark
#: ("RoboFactory").
_TOOL_END = re.compile(r"(?:EvalKit|Toolkit|[\s\-_](?:Kit|Factory|Harness))$", re.IGNORECASE)
#: Methods and parts of models by their last word ("Self-Consistency",
#: "Multi-head Latent Attention", "Prompt Caching", "Model Merging").
_METHOD_END = re.compile(
    r"(?:^|[\s\-_])(?:attention|consistency|prompting|merging|routing|caching|scaling|"
    r"protocol|optimizer|style|like)$",
    re.IGNORECASE,
)


def names_a_model_family(name: str) -> bool:
    """Whether ``name`` is a model family with its version, size and release words
    ("GPT-4o", "Qwen3-Embedding", "DeepSeek-Prover-V2"), by the family lists."""
    return bool(_MODEL_MORE.match(_model_form(name)))


def names_a_2025_model_or_org(name: str) -> bool:
    """Whether ``name`` is a model, organisation or method by the shapes of 2025
    names above; never a name that says it is a benchmark ("LLaVA-Bench")."""
    stripped = name.strip()
    if _TOOL_END.search(stripped):
        return True
    if _BENCHY.search(stripped):
        return False
    return bool(
        names_a_model_family(stripped)
        or _FAMILY_END.search(stripped)
        or _MARK_START.match(stripped)
        or _ORG_END.search(stripped)
        or _METHOD_END.search(stripped)
    )


def names_only_others(words: list[str], is_other) -> bool:
    """Whether a name of two or more ``words`` is made only of names that are not
    benchmarks (``is_other``) and model names: "Google DeepMind", "ByteDance Seed"."""
    return len(words) > 1 and all(is_other(w) or names_a_model_family(w) for w in words)


def ends_in_generic_head(name: str) -> bool:
    """Whether a name of two or more words ends in a word of generic phrases
    ("Large Language Models", "Reinforcement Learning")."""
    return len(_WORD.findall(name)) > 1 and bool(_GENERIC_HEAD.search(name.strip()))
