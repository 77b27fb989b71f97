"""Topics t12: how 2025 summaries say a model runs fast or cheaply ("real-time" video
at 24 FPS, trained on a single GPU, runs on consumer hardware) counts for efficiency
beside the paper's own field, as a reader gives it. This fails with t11. The titles
and summaries are written for the tests."""

from digest_data.enrich.topics import load_taxonomy


def topics(title: str, summary: str) -> list[str]:
    return load_taxonomy().classify(title, summary, None)


def test_a_real_time_video_generator_is_video_and_efficiency():
    got = topics(
        "StreamForge: Real-Time Streaming Long Video Generation",
        "StreamForge is an autoregressive video diffusion model that generates minute-long "
        "videos in real time at 24 FPS on a single GPU, with a rolling cache of past frames.",
    )
    assert got[0] == "video"
    assert "efficiency" in got
