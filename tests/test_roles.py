"""Roles: offices the articles state next to a person's name, each with its sentence."""

from __future__ import annotations

import pytest

from generator.evidence.roles import Role, _after, _before, fold, office
from generator.model import Mention


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Asked by reporters, Kremlin spokesman ", "Kremlin spokesman"),
        ("Meanwhile, Iran's supreme leader ", "Iran's supreme leader"),
        ("Talks between British Prime Minister Keir Starmer and US President ", "US President"),
        ("An envoy for Russian President ", "Russian President"),
        ("Secretary of State ", "Secretary of State"),
        ("Former national security advisor ", "Former national security advisor"),
        ("As President ", "President"),
        ("Both President ", "President"),
        ("As Attorney General ", "Attorney General"),
        ("the group's leader ", None),
        ("He met ", None),
    ],
)
def test_a_title_before_the_name(before, role):
    assert _before(before) == role


def test_an_apposition_after_the_name():
    assert _after(", a Kremlin aide, said on Friday") == "Kremlin aide"
    assert _after(", the Russian leader.") == "Russian leader"
    assert _after(", who met Putin, said") is None
    assert _after(", the capital, was") is None
    assert _after(", the Queen suspended parliament for five weeks yesterday.") is None
    assert _after(", the prime minister of Tonga, died") == "prime minister of Tonga"
    assert _after(", a spokesman for the ministry, said") == "spokesman for the ministry"
    assert _after(", the current President of the European Council, wrote") == (
        "President of the European Council"
    )


@pytest.mark.parametrize(
    ("title", "office_"),
    [
        ("US President", ("president", "United States")),
        ("United States President", ("president", "United States")),
        ("president of the United States", ("president", "United States")),
        ("British Prime Minister", ("prime minister", "United Kingdom")),
        ("prime minister of Tonga", ("prime minister", "Tonga")),
        ("Iran's supreme leader", ("supreme leader", "Iran")),
        ("Republican President", ("president", None)),
        ("Incumbent President", ("president", None)),
        ("former US President", ("former president", "United States")),
        ("Ex-Prime Minister", ("former prime minister", None)),
        ("Republican Party chairman", ("republican party chairman", None)),
        ("Secretary of State", ("secretary of state", None)),
        ("President of the European Council", ("president of the european council", None)),
    ],
)
def test_an_office_is_read_one_way_however_it_is_written(title, office_):
    assert office(title) == office_


def _role(title: str, sentence: int) -> Role:
    return Role(title, Mention("actors/x", "a", 0, sentence, 0, 5, "X", "ner"))


def test_the_forms_of_one_office_are_one_role_shown_in_its_fullest_form():
    roles = [
        _role("Republican President", 1),
        _role("US President", 2),
        _role("president of the United States", 3),
        _role("President", 4),
        _role("Kremlin spokesman", 5),
        _role("former US President", 6),
    ]
    assert [(r.title, r.mention.sentence) for r in fold(roles)] == [
        ("President of the United States", 3),
        ("Kremlin spokesman", 5),
        ("Former US President", 6),
    ]


def test_a_title_without_a_state_stays_when_two_states_could_be_meant():
    roles = [_role("President", 1), _role("Russian President", 2), _role("US President", 3)]
    assert [r.title for r in fold(roles)] == ["President", "Russian President", "US President"]
