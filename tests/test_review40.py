"""review40: this round's merged rules reread on real shapes. A group named "Friends of" a
place or a cause, and a school or club named for a place, are bodies (actors91's
"Associates of" a person and "Villa …" a place dropped them); "with Cuba and Norway as
guarantors" names the witnesses, not the subject (agreements51's "as a witness" dropped it)."""

from __future__ import annotations

import pytest

from generator.resolve.names import not_an_actor
from tests.test_extract import _agreements


@pytest.mark.parametrize(
    "name",
    [
        "Friends of Democratic Pakistan",  # the 2008 donors' group: a state in the words
        "Friends of Free Syria",
        "Friends of Syrian People",  # a state's adjective
        "Friends of New York",  # a US state of two words
        "Friends of Lake Victoria",  # a place's first word
        "Friends of Mount Kenya",
        "Friends of Fort Greene Park",
    ],
)
def test_a_group_named_for_a_place_is_no_persons_friends(name):
    assert not_an_actor(name) is None


@pytest.mark.parametrize(
    "name",
    ["Supporters of Nawaz Sharif", "Relatives of Daniel Pearl", "Friends of Victoria Beckham"],
)
def test_people_close_to_a_person_are_still_no_body(name):
    assert "close to" in (not_an_actor(name) or "")


@pytest.mark.parametrize(
    "name",
    [
        "Mount Holyoke College",
        "Lake Forest College",
        "Port Said University",
        "Villa Maria College",
        "Villa Madonna Academy",
        "Lake Placid Club",
        "Cape Cod Community College",
    ],
)
def test_a_school_or_club_named_for_a_place_is_a_body(name):
    assert not_an_actor(name) is None


def test_a_place_opened_by_its_first_word_stays_a_place():
    assert "place" in (not_an_actor("Villa Somalia") or "")
    assert "place" in (not_an_actor("Mount Sinjar") or "")
    assert "place" in (not_an_actor("Lake Victoria") or "")


def test_guarantors_after_with_are_no_parties_and_the_signers_are(nlp):
    """ "Colombia and the FARC rebels signed a peace deal in Havana, with Cuba and Norway as
    guarantors": the "as" phrase follows the "with" objects, whom it describes (main: Cuba
    and Norway the parties, the signers none)."""
    people = {"Norway": "norway", "Cuba": "cuba", "Colombia": "colombia", "FARC": "farc"}
    text = (
        "Colombia and the FARC rebels signed a peace deal in Havana, with Cuba and Norway as "
        "guarantors."
    )
    assert [set(p.agents) for p in _agreements(nlp, [text], people)] == [{"colombia", "farc"}]


def test_a_partner_after_with_and_no_witness_stays_a_party(nlp):
    people = {"Israel": "israel", "Jordan": "jordan", "Norway": "norway"}
    text = "Israel signed a peace treaty with Jordan on Wednesday."
    assert [set(p.agents) for p in _agreements(nlp, [text], people)] == [{"israel", "jordan"}]
    text = "Norway signed the agreement as a witness alongside Israel and Jordan."
    assert [set(p.agents) for p in _agreements(nlp, [text], people)] == [{"israel", "jordan"}]
