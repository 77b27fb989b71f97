"""Extractor m50 (eighteenth session): a measure is named in the singular whichever
naming path found it, as the labelling guide asks ("4-shot accuracies" is accuracy):
plural costs, FIDs and latencies were kept plural on the paths that do not read a
measure's own words. A count of errors stays plural: readers name "errors" counted.
The sentences are written for the tests; the first two fail with m49.3."""

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
