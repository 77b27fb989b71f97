"""The benchmark a number is on, when a summary calls a name a benchmark or dataset
(``digest_data/enrich/bench_names.py``).

The sentences are written for these tests in the style of the digests; the expected
benchmark is what a reader following tests/data/LABELING.md writes down."""

from __future__ import annotations

import pytest
from conftest import benchmarks_of as benchmarks

from digest_data.enrich.bench_names import declared_names, widen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Several words before "dataset" are one name, not its first or last word.
        (
            "On the MS Harbor val2021 dataset, the detector reaches an AP of 48.2.",
            [(48.2, "MS Harbor val2021")],
        ),
        (
            "The retriever reaches an nDCG@10 of 52.4 on the Bias in Bios dataset.",
            [(52.4, "Bias in Bios")],
        ),
        (
            "On the Tanks and Temples dataset, the renderer reaches a PSNR of 24.7.",
            [(24.7, "Tanks and Temples")],
        ),
        # A mark ending the name is part of it.
        (
            "On the Sculpt3D++ dataset, the model reaches a CLIP similarity of 0.91.",
            [(0.91, "Sculpt3D++")],
        ),
        # A capitalised "Benchmark" is the name's last word.
        (
            "On the Quillon Edit Benchmark, the editor reaches an alignment score of 0.71.",
            [(0.71, "Quillon Edit Benchmark")],
        ),
        # A word that describes the dataset stands between the article and the name.
        (
            "The tracker reaches 63.5% accuracy on the challenging Lantern-HD dataset.",
            [(63.5, "Lantern-HD")],
        ),
        (
            "On the modified Quarry-VQ dataset, the method reaches a DISTS of 21.4.",
            [(21.4, "Quarry-VQ")],
        ),
    ],
)
def test_a_name_the_sentence_calls_a_dataset_is_named_whole(text, expected):
    assert benchmarks(text) == expected


def test_a_part_of_a_suite_is_named_by_its_own_name():
    # LABELING.md: a benchmark inside a suite is named by the most specific name.
    text = "The adapter reaches 78.2% accuracy on the GLUE benchmark's RTE task."
    assert benchmarks(text) == [(78.2, "RTE")]


def test_tasks_of_a_known_benchmark_are_on_it_but_kinds_of_task_are_not():
    assert benchmarks("The policy reaches a 61.0% success rate on 18 RLBench tasks.") == [
        (61.0, "RLBench")
    ]
    # "VTG tasks", "QA tasks" name a kind of task, never one benchmark.
    assert [d.name for d in declared_names(*_whole("It helps on VTG tasks."))] == ["VTG"]
    assert declared_names(*_whole("It helps on VTG tasks."))[0].tasks


def test_a_dataset_a_model_is_tuned_on_is_not_declared_a_benchmark():
    text = "After fine-tuning the base model on the Quokka-Instruct dataset, it improves."
    assert declared_names(*_whole(text)) == ()


def test_a_number_in_brackets_is_on_the_name_inside_them():
    text = (
        "It leads by a wide margin on the Zorbix benchmark "
        "(19.0% Recall@1 at IoU 0.7 on Zorbix-Night)."
    )
    assert benchmarks(text)[0] == (19.0, "Zorbix-Night")


def test_a_list_of_datasets_is_reported_on_its_first_name():
    text = "It is tested on the Kestrel-QA and Merlin-QA datasets."
    assert [d.name for d in declared_names(*_whole(text))] == ["Kestrel-QA"]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("MS", "On the MS Harbor val2021 dataset, AP is 48.2.", "MS Harbor val2021"),
        ("Harbor", "On the MS Harbor val2021 dataset, AP is 48.2.", "MS Harbor val2021"),
        ("Sculpt3D", "On the Sculpt3D++ dataset, it scores 0.91.", "Sculpt3D++"),
        # Cut inside a word, it is another name.
        ("Harb", "On the MS Harbor val2021 dataset, AP is 48.2.", "Harb"),
        # No declared name holds it.
        ("COCO", "On COCO, AP is 48.2.", "COCO"),
        ("", "On the MS Harbor val2021 dataset, AP is 48.2.", ""),
    ],
)
def test_widen_gives_the_declared_name_a_found_name_is_part_of(name, text, expected):
    assert widen(name, *_whole(text)) == expected


def _whole(text: str) -> tuple[str, int, int]:
    return text, 0, len(text)
