"""The lead's reader check, session 46 (issue 8): an uprising named in Arabic ("the First
Intifada") or in English ("the Easter Rising", "the Boxer Rebellion") names an event, no
actor; a body with such a word inside its name stays one."""

from __future__ import annotations

import pytest

from generator.resolve.names import not_an_actor


@pytest.mark.parametrize(
    ("name", "head"),
    [("First Intifada", "Intifada"), ("Second Intifada", "Intifada"),
     ("Boxer Rebellion", "Rebellion"), ("Rwandan Genocide", "Genocide")],
)  # fmt: skip
def test_an_uprising_names_an_event(name, head):
    assert not_an_actor(name) == f"names an event ('{head}')"


@pytest.mark.parametrize("name", ["Intifada Committee", "Rebellion Party"])
def test_a_body_named_after_one_stays_a_body(name):
    assert not_an_actor(name) is None
