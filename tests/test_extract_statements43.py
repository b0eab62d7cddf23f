"""Statements of statements43, sentences of AMALGUM Wikinews articles: the one a demand is
addressed to ("addressed Prime Minister Narendra Modi demanding "…"") neither says it nor is
the "she" who goes on."""

from __future__ import annotations

import pytest
from test_extract_statements42 import _spoken

pytestmark = pytest.mark.slow

MALIWAL = (
    "Swati Maliwal, head of the Delhi Commission for Women, announced a protest on Wednesday.",
    "After Ms Maliwal visited the baby's hospital, she tweeted: \"How can Delhi sleep today "
    "when 8 month baby has been brutally raped in Capital? Have we become so insensitive or "
    'we have simply accepted this as our fate?", and addressed Prime Minister Narendra Modi '
    'demanding "stricter laws and more police resources" to combat rape. She said the '
    "baby's internal injuries had required three hours on the operating table to repair, "
    'and she could "still hear her screams and cries".',
)
PEOPLE = {
    "Swati Maliwal": "swati-maliwal",
    "Ms Maliwal": "swati-maliwal",
    "Narendra Modi": "narendra-modi",
}


def test_the_one_a_demand_is_addressed_to_does_not_make_it(nlp):
    """ "addressed Prime Minister Narendra Modi demanding "…"": the parse makes Modi the
    participle's subject; the one addressing demands, and "She said" after it is hers."""
    assert _spoken(nlp, list(MALIWAL), PEOPLE) == [
        ("swati-maliwal", "How can Delh"),
        ("swati-maliwal", "stricter law"),
        ("swati-maliwal", "still hear h"),
    ]


def test_a_participle_after_its_own_subject_is_still_theirs(nlp):
    """ "Obama linked the suspect to al-Qaeda saying "…"" and "with the mayor saying "…"" are
    unchanged: only a verb of appeal makes the name after it no speaker."""
    text = 'The council met on Monday, with Mayor Anne Hidalgo saying "we will not give up".'
    assert _spoken(nlp, [text], {"Anne Hidalgo": "anne-hidalgo"}) == [
        ("anne-hidalgo", "we will not ")
    ]


def test_the_statement_is_of_whoever_said_the_words_of_its_sentence(nlp):
    """ "In a statement broadcast on state media in Egypt, the Supreme Council … said: "…""
    then "the statement added": the council's words, not Egypt's, named only where the
    statement was broadcast."""
    paragraphs = [
        "In a statement broadcast on state media in Egypt, the Supreme Council of the Armed "
        'Forces said: "To the great people of Egypt, your armed forces have not and will not '
        'use force."',
        "A correspondent in Cairo said the rule of Mr Mubarak was drawing to a close.",
        '"The presence of the army in the streets is for your sake," the statement added.',
    ]
    people = {"Egypt": "egypt", "Supreme Council of the Armed Forces": "scaf"}
    spoken = _spoken(nlp, paragraphs, people, bodies={"scaf"})
    assert spoken == [("scaf", "To the great"), ("scaf", "The presence")]


def test_an_outlets_unnamed_correspondent_speaks_for_the_outlet(nlp):
    """ "A BBC correspondent said that "…"": the outlet's reporting, as "the UN's relief
    agency" is the UN's; a person's or a place's name before "correspondent" is no outlet."""
    text = (
        'A BBC correspondent said that "the best pragmatists on both sides can hope for is '
        'that the end of truce will not lead to fighting."'
    )
    assert _spoken(nlp, [text], {"BBC": "bbc"}, bodies={"bbc"}) == [("bbc", "the best pra")]


def test_a_place_claimed_is_taken_not_said(nlp):
    """ "He said Russia had claimed Crimea "as an act of force"": Russia took Crimea, the
    words are his who said so; "claimed the attack was "…"" still quotes whoever claimed."""
    paragraphs = [
        "Rex Tillerson, proposed Secretary of State, implied the troops would be staying put. "
        'He said Russia had claimed Crimea "as an act of force" requiring the US to offer "a '
        'proportional show of force".',
        'Russia claimed the deployment was "a direct threat to our national security".',
    ]
    people = {"Rex Tillerson": "rex-tillerson", "Russia": "russia"}
    assert _spoken(nlp, paragraphs, people, bodies={"russia"}) == [
        ("rex-tillerson", "as an act of"),
        ("rex-tillerson", "a proportion"),
        ("russia", "a direct thr"),
    ]


def test_a_complaint_quotes_the_one_who_complains(nlp):
    """ "Chavez complained that "…"": a complaint is a cue like any verb of saying."""
    text = (
        'Chavez complained that "we, the assembly, have been turned into a merely deliberative '
        'organ."'
    )
    assert _spoken(nlp, [text], {"Chavez": "hugo-chavez"}) == [("hugo-chavez", "we, the asse")]


def test_a_lead_in_with_no_verb_leaves_the_cue_after_the_quotation(nlp):
    """ "Later on in the discussion: "…?" Barber asked.": the colon's lead-in says nothing,
    so the cue after the quotation names its speaker."""
    paragraphs = [
        "Allison Barber, the deputy assistant defense secretary, coached ten soldiers.",
        'Later on in the discussion: "If the question comes up about partnering, who does he '
        'go to?" Barber asked.',
    ]
    people = {"Allison Barber": "allison-barber", "Barber": "allison-barber"}
    assert _spoken(nlp, paragraphs, people) == [("allison-barber", "If the quest")]


def test_a_title_after_titled_is_no_ones_words(nlp):
    """ "a final report three weeks later, titled "Final Technical …"": a work's title."""
    text = (
        "According to The Washington Post, the report was followed up with a final report "
        'three weeks later, titled "Final Technical Engineering Exploitation Report on Iraqi '
        'Suspected Biological Weapons-Associated Trailers."'
    )
    people = {"The Washington Post": "washington-post"}
    assert _spoken(nlp, [text], people, bodies={"washington-post"}) == []
