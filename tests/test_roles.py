"""Roles: offices the articles state next to a person's name, each with its sentence."""

from __future__ import annotations

import pytest

from generator.roles import _after, _before


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
