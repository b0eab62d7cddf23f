"""Statements of statements44: a definite common noun for a kind of body ("the organization
said", "The newspaper also claims") stands for the body named first in the nearest sentence
before it, never a person, a state, a body named inside quoted words or one that owns the
body spoken of."""

from __future__ import annotations

import pytest
from test_extract_statements42 import _spoken

pytestmark = pytest.mark.slow


def _said_by_bodies(nlp, paragraphs: list[str], bodies: dict[str, str]):
    """``_spoken`` for an article whose every actor is a body or a state."""
    return _spoken(nlp, paragraphs, bodies, bodies=set(bodies.values()))


def test_the_organization_is_the_body_named_before(nlp):
    """Reporters Without Borders, then "The worldwide press freedom organization said" and
    '"…," the organization said': its words, not the kidnapped journalist's (a person)."""
    paragraphs = [
        "Reporters Without Borders have appealed for punishment of those responsible for the "
        "murder. According to Reporters Without Borders, journalists do not feel free to "
        "report in Balochistan.",
        "The whereabouts of Daparkhel, kidnapped on August 11, is still unknown. The "
        "worldwide press freedom organization said that the government must find him. "
        '"It is unacceptable that local journalists have to do the job of the police," the '
        "organization said.",
    ]
    people = {"Reporters Without Borders": "rsf", "Daparkhel": "daparkhel", "Balochistan": "b"}
    spoken = _spoken(nlp, paragraphs, people, bodies={"rsf", "b"})
    assert spoken == [("rsf", "It is unacce")]


def test_the_newspaper_is_not_the_body_it_reports_on(nlp):
    """ "the Sunday Telegraph claimed that strategists at the Pentagon …" then "The
    newspaper also claims …, stating, "…"": the newspaper, named first, not the Pentagon."""
    paragraphs = [
        "On February 12, 2006, the Sunday Telegraph claimed that strategists at the Pentagon "
        "are drawing up plans for bombing raids.",
        "The newspaper also claims that preparations are extremely active, stating, "
        '"Central Command and Strategic Command planners are identifying targets."',
    ]
    bodies = {"Sunday Telegraph": "sunday-telegraph", "Pentagon": "pentagon"}
    assert _said_by_bodies(nlp, paragraphs, bodies) == [("sunday-telegraph", "Central Comm")]


def test_not_a_body_in_quoted_words_nor_an_owner(nlp):
    """ "The United Nations' International Maritime Organization said …" then '"…," the
    organization said': the organisation, not the United Nations that owns it; and a body
    named inside the quotation of the noun's own sentence is not the one speaking."""
    owner = [
        "The United Nations' International Maritime Organization, which regulates maritime "
        "transport, said it opposes tolls.",
        '"There is no legal basis for mandatory tolls," the organization said.',
    ]
    people = {"United Nations": "un", "International Maritime Organization": "imo"}
    assert _spoken(nlp, owner, people, bodies={"un", "imo"}) == [("imo", "There is no ")]
    inside = [
        'Hackers claimed on Tuesday to have stolen data. "We have compromised the FBI. We '
        'hold very sensitive data," the group said in a statement.'
    ]
    assert _spoken(nlp, inside, {"FBI": "fbi"}, bodies={"fbi"}) == []


def test_a_cabinet_speaks_for_its_state(nlp):
    """ "The Jordanian cabinet, in an official statement, said that …" and, later, '"…," the
    cabinet statement said': the state's words (GOLD folds a cabinet into its state), not
    "Valley. The" read across a sentence's end ("the Jordan Valley. The cabinet's
    decisions")."""
    paragraphs = [
        "The Jordanian cabinet, in an official statement, said that it held Israel responsible "
        'for "the killing of the judge at the border crossing, which breaches the peace '
        'treaty" between the countries.',
        "Jordan rejected the accusation that it had lost control of the Jordan Valley. The "
        "cabinet's decisions came after a meeting of the security chiefs.",
        '"The cabinet has decided to recall the Jordanian ambassador until the investigation '
        'is complete," the cabinet statement said.',
    ]
    states = {"Jordan": "jordan", "Israel": "israel"}
    assert _said_by_bodies(nlp, paragraphs, states) == [
        ("jordan", "the killing "),
        ("jordan", "The cabinet "),
    ]


def test_he_after_a_spokesman_is_the_spokesman_not_the_one_he_speaks_for(nlp):
    """ "A spokesman for Gaddafi, Moussa Ibrahim, … said: "…"" then '"…," he added': the
    spokesman goes on, not Gaddafi, named first in that sentence."""
    paragraphs = [
        "A spokesman for Gaddafi, Moussa Ibrahim, in a briefing for foreign reporters echoed "
        'the message of defiance and said: "The armed units defending Tripoli will fight to '
        'the end."',
        '"We hold Mr. Obama, Mr. Cameron and Mr. Sarkozy morally responsible for every '
        'death," he added.',
    ]
    people = {"Gaddafi": "muammar-gaddafi", "Moussa Ibrahim": "moussa-ibrahim"}
    assert _spoken(nlp, paragraphs, people) == [
        ("moussa-ibrahim", "The armed un"),
        ("moussa-ibrahim", "We hold Mr. "),
    ]


def test_a_message_that_reads_is_no_persons(nlp):
    """ "State television flashed a message urging citizens …. "…," it read': the message's
    words, never those of the person quoted just before."""
    paragraphs = [
        'Moussa Ibrahim said: "The armed units defending Tripoli will fight to the end."',
        "State television flashed a message urging citizens not to allow rebels to hide on "
        'their rooftops. "Agents are trying to destabilize and sabotage the city," it read.',
    ]
    people = {"Moussa Ibrahim": "moussa-ibrahim"}
    assert _spoken(nlp, paragraphs, people) == [("moussa-ibrahim", "The armed un")]


def test_a_name_after_a_title_and_its_office_speaks(nlp):
    """'"…," said EU commissioner for Home Affairs, Cecilia Malmström.': the parse heads the
    phrase with the title and the NER sees no name; the person after the office speaks, as
    after "said University of California, San Diego's chancellor, Pradeep Khosla"."""
    text = (
        '"The Commission also regrets that travellers who legally obtained visas were refused '
        'entry," said EU commissioner for Home Affairs, Cecilia Malmström.'
    )
    assert _spoken(nlp, [text], {}) == [("cecilia-malmstrom", "The Commissi")]


def test_a_colon_after_a_clause_naming_a_person_is_theirs(nlp):
    """ "In a comment to the Bangkok Post, Colonel Winthai Suwaree shared a similar
    sentiment: "…"": no cue verb, but the clause before the colon names who says it; not the
    colonel quoted just before, whose words it does not continue."""
    text = (
        'Colonel Weerachon Sukhondhapatipak said to the Associated Press, "At this point we '
        'are monitoring the movement." In a comment to the Bangkok Post, Thai army Colonel '
        "Winthai Suwaree shared a similar sentiment: \"The junta must look at the protester's "
        'intention".'
    )
    people = {"Weerachon Sukhondhapatipak": "weerachon", "Winthai Suwaree": "winthai"}
    assert _spoken(nlp, [text], people) == [
        ("weerachon", "At this poin"),
        ("winthai", "The junta mu"),
    ]
