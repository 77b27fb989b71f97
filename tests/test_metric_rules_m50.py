"""Extractor m50 (eighteenth session): a measure is named in the singular whichever
naming path found it, as the labelling guide asks ("4-shot accuracies" is accuracy):
plural costs, FIDs and latencies were kept plural on the paths that do not read a
measure's own words. A count of errors stays plural: readers name "errors" counted.
A benchmark's change written without "from" ("ImgEdit 3.38 to 3.75") is a score and
where it went, on that benchmark, not a version of it. The sentences are written for
the tests; all but the third fail with m49.3."""

from digest_data.enrich.metrics import extract_metrics


def names(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.metric) for m in extract_metrics(text)]


def test_a_plural_measure_a_verb_changes_is_named_in_the_singular():
    text = "The sparse kernel cuts training costs by up to 4.4x against dense attention."
    assert names(text) == [(4.4, "training cost")]


def test_plural_fids_are_one_fid():
    text = "On ImageNet the model reaches FIDs of 1.82 at 256x256 and 1.78 at 512x512."
    assert names(text) == [(1.82, "fid"), (1.78, "fid")]


def test_a_count_of_errors_stays_plural():
    text = "The controller reduces ground penetration errors by 37% on rough terrain."
    assert names(text) == [(37.0, "ground penetration errors")]


def test_a_change_without_from_after_a_benchmark_is_its_score():
    text = "It improves editing (ImgEdit 3.38 to 3.75, GEdit 6.94 to 7.25)."
    assert [(m.value, m.benchmark) for m in extract_metrics(text)] == [
        (3.38, "ImgEdit"),
        (3.75, "ImgEdit"),
        (6.94, "GEdit"),
        (7.25, "GEdit"),
    ]
