"""Ids: never one that collides with a section's index or the pages it continues on."""

from __future__ import annotations

from generator.ids import is_reserved, slugify


def test_ids_of_an_index_or_its_continuation_pages_are_reserved():
    assert is_reserved("index") and is_reserved("page-2") and is_reserved("page-10")
    assert not is_reserved("page") and not is_reserved("page-two") and not is_reserved("pages-2")
    assert slugify("Page 2") == "page-2-1"
    assert slugify("Index") == "index-1"
    assert slugify("Page two") == "page-two"
