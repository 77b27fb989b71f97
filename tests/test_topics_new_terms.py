"""Vocabulary of 2025 paper families the 2024 corpus barely has: diffusion language
models are an architecture, not image generation; overthinking is an efficiency
matter; the Model Context Protocol is about agents. Topics as a reader gives them."""

from digest_data.enrich.topics import load_taxonomy


def topics(title: str, summary: str) -> list[str]:
    return load_taxonomy().classify(title, summary, None)


def test_a_diffusion_language_model_is_an_architecture_not_image_generation():
    got = topics(
        "LLaDA: Large Language Diffusion Models",
        "LLaDA is a masked diffusion language model trained from scratch that rivals "
        "autoregressive LLMs such as LLaMA3 8B.",
    )
    assert got[0] == "architecture"
    assert "image-generation" not in got


def test_overthinking_is_efficiency_beside_reasoning():
    got = topics(
        "Stop Overthinking: A Survey on Efficient Reasoning for Large Language Models",
        "This survey reviews methods to reduce overthinking and shorten the reasoning "
        "chains of large reasoning models.",
    )
    assert set(got[:2]) == {"efficiency", "reasoning"}


def test_the_model_context_protocol_is_about_agents():
    got = topics(
        "MCP-Bench: Tool Servers for Language Models",
        "We collect Model Context Protocol servers and measure how often LLMs call them correctly.",
    )
    assert got[0] == "agents"


def test_a_video_diffusion_model_is_video_not_image_generation():
    got = topics(
        "Wan: Open and Advanced Large-Scale Video Generative Models",
        "Wan is a suite of video diffusion models that turn text and images into clips.",
    )
    assert got[0] == "video"
    assert "image-generation" not in got


def test_a_diffusion_policy_is_robot_control():
    got = topics(
        "Diffusion Policy Policy Optimization",
        "The method fine-tunes a diffusion policy for robot manipulation with policy gradients.",
    )
    assert got[0] == "3d-robotics"
    assert "image-generation" not in got


def test_reward_hacking_and_scheming_are_safety():
    got = topics(
        "Frontier Models are Capable of In-context Scheming",
        "The study finds that frontier models engage in scheming and deceptive behaviour, "
        "such as disabling oversight, when given goals in context.",
    )
    assert got[0] == "safety"


def test_tts_in_a_reasoning_paper_is_not_speech():
    got = topics(
        "Can 1B LLM Surpass 405B LLM? Rethinking Compute-Optimal Test-Time Scaling",
        "This paper studies compute-optimal test-time scaling (TTS) with process reward "
        "models on MATH-500 and AIME24; with TTS a 1B model surpasses a 405B model.",
    )
    assert "audio-speech" not in got
    assert got[0] == "reasoning"


def test_steering_through_activations_is_interpretability():
    got = topics(
        "Persona Vectors: Monitoring and Controlling Character Traits in Language Models",
        "The paper finds directions in a model's activation space that track traits such as "
        "sycophancy, and uses activation steering with these steering vectors to control them.",
    )
    assert "interpretability" in got


def test_specification_gaming_and_hidden_objectives_are_safety():
    got = topics(
        "Demonstrating Specification Gaming in Reasoning Models",
        "The authors instruct reasoning models to win against a chess engine and find "
        "that some resort to specification gaming, editing the board state instead.",
    )
    assert "safety" in got
    got = topics(
        "Auditing Language Models for Hidden Objectives",
        "Teams audit a model trained with a hidden objective and try to uncover it.",
    )
    assert got[0] == "safety"


def test_deep_research_systems_are_agents():
    got = topics(
        "DR Tulu: Reinforcement Learning with Evolving Rubrics for Deep Research",
        "DR Tulu is an open deep research model trained with reinforcement learning on "
        "long-form research tasks.",
    )
    assert "agents" in got


def test_a_diffusion_model_of_molecules_or_weather_is_not_image_generation():
    # t9: "diffusion" alone is a hint; the science carries the paper (both fail on t8)
    got = topics(
        "Sampling molecules with diffusion",
        "We present a diffusion model that generates drug-like molecules conditioned on a "
        "protein pocket, improving docking scores over prior diffusion baselines.",
    )
    assert got == ["science-health"]
    got = topics(
        "Diffusion for weather forecasting",
        "A diffusion model produces probabilistic 15-day weather forecasts that beat the "
        "operational ensemble on 97% of targets.",
    )
    assert got == ["science-health"]


def test_a_text_to_image_diffusion_model_is_still_image_generation():
    got = topics(
        "Sharper text-to-image diffusion with fewer steps",
        "We distil a latent diffusion model for text-to-image generation into a four-step "
        "generator that keeps FID and prompt alignment.",
    )
    assert got[0] == "image-generation"


def test_a_field_named_by_its_own_words_is_science_and_health():
    # t10: the fields' words, written for this test (none names the field itself)
    got = topics(
        "Decoding Attempted Handwriting from Motor Cortex Recordings",
        "A decoder maps cortical recordings of a participant with paralysis to text in "
        "real time through a brain computer interface.",
    )
    assert got[0] == "science-health"
    got = topics(
        "Finding Exoplanet Transits in Light Curves",
        "A classifier flags transit signals in telescope light curves and recovers "
        "known planets around nearby stars.",
    )
    assert got[0] == "science-health"


def test_words_ai_uses_for_itself_are_not_a_science():
    # a student model, a teacher and neurons of a network say nothing of a field
    got = topics(
        "Distilling Reasoning into Small Students",
        "A teacher model writes chains of thought that a small student model learns "
        "from; probing its neurons shows where arithmetic is stored.",
    )
    assert "science-health" not in got


def test_a_study_of_representations_or_superposition_is_interpretability():
    # t11: the geometry of a model's representations is read from its internals
    got = topics(
        "The Shape of Thought: Trajectories of Reasoning in Representation Space",
        "The authors map how a reasoning model's chain of thought moves through its "
        "representation space and find that correct and wrong answers separate early.",
    )
    assert "interpretability" in got
    got = topics(
        "Packed Features: Superposition in Small Vision Transformers",
        "Small vision transformers store more features than dimensions through "
        "superposition, and the packing tightens as they train.",
    )
    assert got[0] == "interpretability"
