"""Publish-stage units that need no NLP: the build epoch and the staging folders."""

from __future__ import annotations

from generator.publish import EPOCH_RANGE, build_epoch


def test_build_epoch_is_the_newest_article_day_clamped_to_what_gzip_and_zip_store():
    assert build_epoch(["2024-01-02", "2025-10-21"]) == "1761004800"
    assert build_epoch(["1950-05-01"]) == str(EPOCH_RANGE[0]) == "315532800"
    assert build_epoch(["1969-12-31", "1970-01-02"]) == "315532800"
    assert build_epoch(["2200-01-01"]) == str(EPOCH_RANGE[1])
    assert int(EPOCH_RANGE[1]) < 2**32
    assert build_epoch([]) == "946684800"
