"""The extraction and resolve stages' module-level word tables are frozen: a mutable set
shared by every article is global state a rule could change in one article for the next
(review48: ``CONSIDERED``, a ``set`` built by ``|`` with a dict's keys, had lost its
frozenness)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import generator.extract
import generator.resolve

STAGES = (generator.extract, generator.resolve)


def _modules():
    for package in STAGES:
        yield package.__name__
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            yield info.name


@pytest.mark.parametrize("name", sorted(_modules()))
def test_no_module_level_mutable_set(name):
    module = importlib.import_module(name)
    mutable = sorted(k for k, v in vars(module).items() if type(v) is set)
    assert mutable == [], f"{name}: {mutable} (use frozenset)"
