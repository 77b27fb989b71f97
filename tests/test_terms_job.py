"""The child process finds exactly the terms the server would, and says so when the
dataset it was asked about is gone."""

import pandas as pd

from digest_data.analyse import trends
from digest_data.app import terms_job


def test_the_child_finds_what_the_server_would(sample_dataset):
    found = terms_job.find_elsewhere(str(sample_dataset.path), sample_dataset.version)
    assert found is not None and len(found) > 1_000
    pd.testing.assert_frame_equal(found, trends.term_items(sample_dataset.papers))


def test_another_version_gives_nothing_so_the_server_finds_them_itself(sample_dataset):
    assert terms_job.find_elsewhere(str(sample_dataset.path), "not-this-version") is None


def test_no_dataset_gives_nothing(tmp_path):
    assert terms_job.find_elsewhere(str(tmp_path), "v1") is None


def test_the_papers_text_is_read_alone_as_load_gives_it(sample_dataset):
    from digest_data.store.load import TEXT_COLUMNS, load_paper_text

    text = load_paper_text(sample_dataset.path, sample_dataset.version)
    pd.testing.assert_frame_equal(text, sample_dataset.papers[TEXT_COLUMNS])
    assert load_paper_text(sample_dataset.path, "gone") is None
