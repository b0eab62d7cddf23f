"""Occurrences told apart and event names a reader saw wrong (issue 7, branch events79): two
undated events of one article placed in two places are two; independence won in a phrase
with no subject of its own is the clause's state's, named "Independence of A from B", not
"Founding of B"; a recognition whose recogniser is unnamed is no statement by the state
recognised; a name longer than a line is cut at a word, none left hanging."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_extract_events71 import _frames

from generator.extract.merge import (
    NAME_KEPT,
    NAME_LENGTH,
    Proposal,
    _shortened,
    cluster,
    event_name,
)
from generator.model import Mention


def _proposal(
    type_: str,
    agents: tuple[str, ...],
    patients: tuple[str, ...] = (),
    place: str | None = None,
    sentence: int = 0,
    trigger: str = "attacked",
) -> Proposal:
    mention = Mention("events/x", "a", 0, sentence, 0, len(trigger), trigger, "extract")
    return Proposal("events", type_, agents, patients, None, None, place, mention, "2020-01-02")


def test_undated_events_of_one_article_in_two_places_are_two():
    kaspi = _proposal("strike", ("russia",), place="Kaspi", sentence=2)
    borjomi = _proposal("strike", ("russia",), place="Borjomi", sentence=3)
    unplaced = _proposal("strike", ("russia",), sentence=4)
    assert len(cluster([kaspi, borjomi])) == 2
    # one told again without a place, or in the same place, is still the one
    assert len(cluster([kaspi, unplaced])) == 1
    assert len(cluster([kaspi, _proposal("strike", ("russia",), place="kaspi", sentence=5)])) == 1
    # a death is once, wherever the sentences place it
    assert len(cluster([_proposal("death", ("x",), place="Paris"), _proposal(
        "death", ("x",), place="Lyon", sentence=1)])) == 1  # fmt: skip


@pytest.mark.slow
def test_independence_won_in_a_phrase_is_the_clause_states(nlp):
    text = (
        "Guinea-Bissau is one of the world's poorest countries and has a long history of "
        "coups and unrest since winning independence from Portugal in 1974."
    )
    found = [f for f in _frames(nlp, text, "founding") if f[0] == "independence"]
    assert found == [("independence", ["Guinea-Bissau"], ["Portugal"])]


def _name(proposals: list[Proposal], actors: dict[str, tuple[str, str]]) -> str:
    names = {f"actors/{k}": v[0] for k, v in actors.items()}
    types = {f"actors/{k}": v[1] for k, v in actors.items()}
    return event_name(proposals, names, None, types)


def test_independence_is_named_by_who_won_it_and_from_whom():
    actors = {"guinea-bissau": ("Guinea-Bissau", "state"), "portugal": ("Portugal", "state")}
    won = _proposal("founding", ("guinea-bissau",), ("portugal",), trigger="independence")
    assert _name([won], actors) == "Independence of Guinea-Bissau from Portugal"
    alone = _proposal("founding", (), ("portugal",), trigger="independence")
    assert _name([alone], actors) == "Independence from Portugal"
    founded = _proposal("founding", ("portugal",), ("guinea-bissau",), trigger="founded")
    assert _name([founded], actors) == "Founding of Guinea-Bissau by Portugal"


def test_a_recognition_by_no_one_named_is_no_statement_by_the_recognised():
    actors = {"kosovo": ("Kosovo", "state"), "serbia": ("Serbia", "state")}
    recognised = _proposal("statement", (), ("kosovo",), trigger="recognized")
    assert _name([recognised], actors) == "Recognition of Kosovo"
    said = _proposal("statement", ("serbia",), ("kosovo",), trigger="recognized")
    assert _name([said], actors).startswith("Statement by Serbia")


def test_a_long_name_is_cut_at_a_word_with_none_left_hanging():
    actors = {
        "pelosi": ("Nancy Pelosi", "person"),
        "house": ("United States House of Representatives", "organisation"),
        "senate": ("United States Senate Committee on Homeland Security", "organisation"),
    }
    long = _proposal("meeting", ("pelosi", "house", "senate"), trigger="met", place="Washington")
    name = _name([long], actors)
    assert len(name) <= NAME_LENGTH and name.endswith("…, Washington"), name
    assert name.startswith("Meeting of Nancy Pelosi, the United States House of Representatives")
    assert not name.removesuffix("…, Washington").endswith((" and", " on", " the", ","))
    short = _proposal("meeting", ("pelosi", "house"), trigger="met")
    assert _name([short], actors) == (
        "Meeting of Nancy Pelosi and the United States House of Representatives"
    )


def test_a_long_name_is_cut_between_names_not_within_one():
    actors = {
        "us": ("United States", "state"),
        "soleimani": ("Qasem Soleimani", "person"),
        "muhandis": ("Abu Mahdi al-Muhandis", "person"),
    }
    strike = _proposal(
        "strike", ("us",), ("soleimani", "muhandis"), place="Baghdad International Airport"
    )
    name = _name([replace(strike, date="2019-12-31")], actors)  # 122 characters whole
    assert name == (
        "Strike by the United States on Qasem Soleimani…, Baghdad International Airport "
        "(31 December 2019)"
    )  # not "… and Abu Mahdi…"


def test_a_long_place_leaves_the_name_its_words():
    """A place and date longer than a name's room (review48): the name before them keeps
    ``NAME_KEPT`` characters, not "…" alone nor a cut counted from its end; a single word
    longer than the room is cut within it, the mark included."""
    actors = {
        "pelosi": ("Nancy Pelosi", "person"),
        "house": ("United States House of Representatives", "organisation"),
    }
    place = "the Headquarters of the United Nations Educational, Scientific and Cultural " * 2
    met = _proposal("meeting", ("pelosi", "house"), trigger="met", place=place.strip())
    name = _name([replace(met, date="2019-12-31")], actors)
    text = name.split(", the Headquarters")[0]
    assert text.startswith("Meeting of Nancy Pelosi") and len(text) <= NAME_KEPT, name
    assert _shortened("Supercalifragilistic" * 4, 20) == "Supercalifragilisti…"
