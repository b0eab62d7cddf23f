"""``markup.relative_path``: ``posixpath.relpath`` by the paths' parts alone (every link a
page renders), the same answer for every pair, the odd ones by ``relpath`` itself."""

import itertools
import posixpath

import pytest

from generator.render.markup import relative_href, relative_path

PATHS = [
    "index.md",
    "actors/putin.md",
    "actors/index.md",
    "articles/2019-01-02-a.md",
    "a/b/c.md",
    "a/b",
    "a",
    "./a/b.md",
    "a//b.md",
    "a/./b.md",
    "a/b/",
    "/abs/x.md",
    "../up.md",
    "a/../b.md",
]
STARTS = [".", "actors", "articles", "a", "a/b", "a/b/", "a/d/e", "a/.", "/abs", "..", ""]


@pytest.mark.parametrize(("path", "start"), list(itertools.product(PATHS, STARTS)))
def test_relative_path_is_relpaths_answer(path, start):
    assert relative_path(path, start) == posixpath.relpath(path, start)


def test_an_empty_path_is_refused_as_relpath_refuses_it():
    with pytest.raises(ValueError):
        relative_path("", ".")


def test_relative_href_between_pages():
    assert relative_href("actors/putin.md", "articles/2019-01-02-a") == (
        "../articles/2019-01-02-a.md"
    )
    assert relative_href("index.md", "actors/putin") == "actors/putin.md"
    assert relative_href("actors/putin.md", "actors/x y") == "x%20y.md"
