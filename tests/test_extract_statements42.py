"""Statements of statements42, sentences of Wikinews 2019 articles: a role, then the name in
apposition ("San Diego's chancellor, Pradeep Khosla"), speaks; a given name the NER cut from
a surname another actor bears names another person; a quotation set off by commas after a
noun names that noun; the agent of a passive on "she" is not whom "she" stands for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_extract import _mentions

from generator.annotate import paragraph_sentences
from generator.extract import match
from generator.extract.statements import attribute, new_speakers
from generator.model import Article

pytestmark = pytest.mark.slow


def _spoken(nlp, paragraphs: list[str], people: dict[str, str], bodies=frozenset()):
    """(speaker id, quotation start) of an article whose actors are ``people`` (exact text ->
    id; each text's every occurrence a mention, ``test_extract._mentions``), with the speakers
    ``new_speakers`` adds."""
    article = Article("a", "T", "2019-12-02", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = [  # a one-word name as resolve ties a surname to its bearer
        replace(m, how="surname") if " " not in m.text else m
        for m in _mentions(paragraphs, sentences, people)
    ]
    frames = [q for i, doc in enumerate(docs) for q in match(doc, i).quotes]
    persons = {f"actors/{i}" for i in people.values() if i not in bodies}
    for person, mention in new_speakers(article, frames, sentences, mentions, frozenset()):
        mentions.append(mention)
        persons.add(person.key)
    found = attribute(article, frames, sentences, mentions, frozenset(persons), date(2019, 12, 2))
    return [(s.speaker.split("/")[1], s.quote[:12]) for s in found]


def test_a_role_then_a_name_in_apposition_speaks_not_the_body(nlp):
    """ "said University of California, San Diego's chancellor, Pradeep Khosla": the parse
    heads the phrase with the university, the NER saw no name; the chancellor speaks."""
    text = (
        '"Walter was the most brilliant scientist I have ever known," said University of '
        "California, San Diego's chancellor, Pradeep Khosla."
    )
    people = {"University of California": "uc"}
    assert _spoken(nlp, [text], people, bodies={"uc"}) == [("pradeep-khosla", "Walter was t")]


def test_a_given_name_cut_from_a_surname_another_bears_is_another_person(nlp):
    """ "tweeted Mayor of London Sadiq Khan (no relation)" after "Usman Khan": the NER took
    only "Khan", which resolve gave Usman Khan; the mayor speaks. "Mr Khan", "Miss Khan" and
    "British Khan" (a word the NER labelled) stay his."""
    first = "On Friday, 28-year-old Usman Khan stabbed several people at Fishmongers' Hall."
    people = {"Usman Khan": "usman-khan", "Khan": "usman-khan"}
    mayor = (
        '"I am in awe of the people who ran towards danger to keep us all safe" tweeted Mayor '
        "of London Sadiq Khan (no relation)."
    )
    assert _spoken(nlp, [first, mayor], people) == [("sadiq-khan", "I am in awe ")]
    for said in ("Mr Khan said", "Miss Khan said", "British Khan said"):
        other = f'"I am sorry for what I did," {said} in a letter.'
        assert _spoken(nlp, [first, other], people) == [("usman-khan", "I am sorry f")]


@pytest.mark.parametrize(
    "text",
    [
        'Roberts says his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a '
        "joke.",
        'Organisers said the campaign, "Stop the Boats Now", was launched on Monday by Smith.',
    ],
)
def test_a_quotation_in_apposition_to_a_noun_names_it(nlp, text):
    """Set off by commas after a noun and before the verb, the quoted words are the name of
    the thing the noun is (an event, a campaign), no one's statement."""
    assert _spoken(nlp, [text], {"Roberts": "roberts", "Smith": "smith"}) == []


def test_the_agent_of_a_passive_on_she_is_not_she(nlp):
    """ "she was gang raped by Quirin and Redouane. … She told a guard "they raped me"": she
    is Spanton, named before; the surnames after the passive's "by" act on her."""
    paragraphs = [
        "Emily Spanton met officers Antoine Quirin and Nicolas Redouane at an Irish pub.",
        "In between, she testified, she was gang raped by Quirin and Redouane. She told the "
        "court she was forced to drink whiskey.",
        'She told a guard at the door, in French and English, "they raped me".',
    ]
    people = {
        "Emily Spanton": "spanton",
        "Antoine Quirin": "quirin",
        "Nicolas Redouane": "redouane",
    }
    assert _spoken(nlp, paragraphs, people) == [("spanton", "they raped m")]
