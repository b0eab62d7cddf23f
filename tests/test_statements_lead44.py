"""Statements (the lead, session 44). A statement's date, from a read block's "Statement by
Robert Mugabe (1980)": a clause about a noun after the quotation, set off by a comma, dates
that noun, not the saying; before the quotation ("Smith, who spoke on Monday, said") it may
date the saying. A resolution's words are still its body's when the body's mention begins
after its "the" (blind41, after actors101)."""

from __future__ import annotations

from datetime import date

from test_extract import _mentions

from generator.annotate import paragraph_sentences
from generator.extract import match
from generator.extract.statements import attribute
from generator.model import Article


def _dated(nlp, text: str, people: dict[str, str]) -> list[tuple[str, str | None]]:
    article = Article("a", "T", "2008-06-14", "Wire", None, "en", (text,))
    doc = nlp(text)
    sentences = list(paragraph_sentences(doc, 0))
    mentions = _mentions([text], sentences, people)
    frames = list(match(doc, 0).quotes)
    persons = frozenset(f"actors/{i}" for i in people.values())
    found = attribute(article, frames, sentences, mentions, persons, date(2008, 6, 14))
    return [(s.quote[:10], s.date_text) for s in found]


def test_a_clause_after_the_quotation_about_a_noun_does_not_date_the_saying(nlp):
    text = (
        'Robert Mugabe described the opposition as "traitors" and puppets of the "white man", '
        "who ruled Zimbabwe until the country gained independence in 1980."
    )
    assert _dated(nlp, text, {"Robert Mugabe": "robert-mugabe"}) == [("traitors", None)]


def test_a_date_of_the_saying_still_dates_it(nlp):
    text = 'Robert Mugabe said on Friday that the opposition were "traitors".'
    assert _dated(nlp, text, {"Robert Mugabe": "robert-mugabe"}) == [("traitors", "on Friday")]


def test_a_resolution_passed_by_a_body_named_without_its_the_is_still_its(nlp):
    """ "A resolution passed by the |European Parliament| … The resolution also stated": the
    body's mention may begin after "the" (a known organisation read whole, actors101)."""
    from test_extract_statements42 import _spoken

    text = (
        'A resolution passed by the European Parliament on Thursday asked EU states "to find a '
        'common solution." The resolution also stated that Iranian authorities "routinely '
        'detain, torture and execute persons."'
    )
    people = {"European Parliament": "ep"}
    assert _spoken(nlp, [text], people, bodies={"ep"}) == [
        ("ep", "to find a co"),
        ("ep", "routinely de"),
    ]
