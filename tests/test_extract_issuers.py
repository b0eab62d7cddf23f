"""Statements of issue 7's misses on unseen Wikinews text (branch statements23, "tune 11"):
a document whose own phrase names its issuer, a person named in apposition to a common
noun, a body's phrase that names what it belongs to, and a pronoun after a quotation
interrupted by its speaker. Sentences are rewritten with other names; each class has cases
that must not change."""

from __future__ import annotations

import pytest

from tests.test_extract import said

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "passed by": the body that passed the resolution
            'A resolution passed by the Nordic Council on Thursday asked member states "to find '
            'a common solution to ensure that the refugees are granted asylum."',
            ["nordic"],
        ),
        (  # between the phrase and its cue, set off by commas
            "The resolution, passed 27-21 by the Foreign Affairs Committee on Wednesday, states "
            'that "the killings were conceived and carried out by the government of the day".',
            ["committee"],
        ),
        (  # "on" a body's web site
            "A statement on the Vorland Foreign Ministry web site said that the vote "
            '"will not only endanger relations with a friendly and allied nation."',
            ["ministry"],
        ),
        (  # "on" a subject, no web site: no issuer named
            'A statement on the Vorland Foreign Ministry said it was "a body that has lost '
            'all credibility with the people".',
            [],
        ),
    ],
)
def test_a_documents_own_phrase_names_its_issuer(nlp, text, want):
    bodies = {"Nordic Council": "nordic", "Foreign Affairs Committee": "committee"}
    bodies |= {"Vorland Foreign Ministry": "ministry"}
    assert [s for s, _ in said(nlp, [text], bodies, frozenset(bodies.values()))] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # after the common noun, the NER taking the name for an organisation
            '"The Commission also regrets that travellers were refused entry on arrival," said '
            "EU commissioner for Home Affairs, Karin Björkström.",
            ["bjorkstrom"],
        ),
        (  # before it
            "Tom Berglund, the second protester said, "
            '"I am barricading this pipe today to stop the work on it."',
            ["berglund"],
        ),
        (  # an aide to someone named is not that person
            'An aide to Senator Jane Holt said "the senator will vote against the bill next week".',
            [],
        ),
    ],
)
def test_a_person_named_in_apposition_to_a_common_noun_speaks(nlp, text, want):
    people = {"Karin Björkström": "bjorkstrom", "Tom Berglund": "berglund", "Jane Holt": "holt"}
    assert [s for s, _ in said(nlp, [text], people, frozenset({"bjorkstrom"}))] == want


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (  # before the head, not a place after "for"
            [
                "A statement released by the UN country office for Somalia addressed the "
                'reports: "There is no information to suggest that any serious injury was '
                'sustained."'
            ],
            ["un"],
        ),
        (  # after "of"
            [
                "Furthermore, the armed wing of Hamas claimed in a statement, "
                '"We have captured a soldier and the army has not admitted it."'
            ],
            ["hamas"],
        ),
        (  # "the armed forces": the body named before whose name that word ends
            [
                "The Supreme Council of the Armed Forces announced the resignation yesterday.",
                '"The Supreme Council decided to accept the resignation of the prime minister," '
                "the armed forces said on Facebook.",
            ],
            ["scaf"],
        ),
        (  # a place after "for" is not the office's owner
            ['The office for Nordland refugees said "the border will stay closed for a month".'],
            [],
        ),
    ],
)
def test_a_bodys_phrase_names_what_it_belongs_to(nlp, paragraphs, want):
    bodies = {"UN": "un", "Somalia": "somalia", "Hamas": "hamas", "Nordland": "nordland"}
    bodies |= {"Supreme Council of the Armed Forces": "scaf"}
    assert [s for s, _ in said(nlp, paragraphs, bodies, frozenset(bodies.values()))] == want


def test_a_pronoun_after_a_quotation_interrupted_by_its_speaker_is_that_speaker(nlp):
    """'"…," Prime Minister Siniora said, "…." He says': the sentence is not one of quoted
    words only (its first and last words are in two quotations), so "he" is Siniora."""
    paragraphs = [
        "Education Minister Bahia Lund is the only woman in the new cabinet.",
        '"Our differences will not be resolved overnight," Prime Minister Siniora said, "but '
        'we have decided to resolve them through dialogue." He says the main task will be '
        '"regaining confidence in the political system".',
    ]
    people = {"Bahia Lund": "lund", "Siniora": "siniora"}
    assert [s for s, _ in said(nlp, paragraphs, people)] == ["siniora"] * 3
