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


@pytest.mark.parametrize(
    ("paragraphs", "people", "bodies", "want"),
    [
        (  # the reported words after the cue name no issuer
            [
                "The statement said the group had received letters from the Interior Ministry "
                '"threatening closure of the office".'
            ],
            {"Interior Ministry": "ministry"},
            {"ministry"},
            [],
        ),
        (  # nor a source the report cites
            [
                "The report said that according to figures from the Electoral Commission, "
                '"spending rose sharply".'
            ],
            {"Electoral Commission": "commission"},
            {"commission"},
            [],
        ),
        (  # a resolution is its body's, not the person who proposed it
            [
                "Councillor Mary Byrne proposed the motion on Monday.",
                'The resolution said "the council has no confidence in the plan".',
            ],
            {"Mary Byrne": "byrne"},
            set(),
            [],
        ),
        (  # still: one the article says a person sent
            [
                "The mayor received a resolution from Ann Lee on Monday.",
                'The resolution said "the port must stay open at night".',
            ],
            {"Ann Lee": "lee"},
            set(),
            ["lee"],
        ),
    ],
)
def test_an_issuer_is_named_in_the_documents_own_phrase_only(nlp, paragraphs, people, bodies, want):
    assert [s for s, _ in said(nlp, paragraphs, people, frozenset(bodies))] == want


@pytest.mark.parametrize(
    ("text", "people", "want"),
    [
        (  # a place after a location preposition is not who speaks
            '"The situation in the city is calm," said a police spokesman in the capital, '
            "Addis Ababa.",
            {"Addis Ababa": "addis"},
            [],
        ),
        (  # a person after a location preposition still speaks
            '"We will pass the bill," said the top Republican in the Senate, Karl Dahl.',
            {"Karl Dahl": "dahl"},
            ["dahl"],
        ),
        (  # the person for whom the lawyer speaks is not the lawyer named after
            '"My client is innocent," said the lawyer for John Smith, Jane Doe.',
            {"John Smith": "smith", "Jane Doe": "doe"},
            ["doe"],
        ),
    ],
)
def test_an_apposed_place_does_not_speak(nlp, text, people, want):
    bodies = frozenset({"addis"})
    assert [s for s, _ in said(nlp, [text], people, bodies)] == want


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (  # "government forces" are not the forces named before
            [
                "The Nordland Democratic Forces captured the town on Monday.",
                'Government forces said "the town will be retaken within days".',
            ],
            [],
        ),
        (  # nor "security forces"
            [
                "The Nordland Democratic Forces have fought the army since April.",
                'Security forces said "the protesters attacked a police station".',
            ],
            [],
        ),
        (  # a hyphenated modifier is not the owner
            ['The US-backed forces said "the last pocket of the group has fallen".'],
            [],
        ),
        (
            ['The Saudi-led coalition said "the strike hit a legitimate military target".'],
            [],
        ),
        (  # the owner after "of" before a place before the head
            ['The London office of Goldman Sachs said "the bank will keep its staff".'],
            ["gs"],
        ),
        (  # the army of a state
            ['The army of Myanmar said "the rebels attacked first".'],
            ["myanmar"],
        ),
    ],
)
def test_a_described_body_is_not_the_one_its_modifier_names(nlp, paragraphs, want):
    bodies = {"Nordland Democratic Forces": "ndf", "US": "us", "Saudi": "saudi"}
    bodies |= {"London": "london", "Goldman Sachs": "gs", "Myanmar": "myanmar"}
    assert [s for s, _ in said(nlp, paragraphs, bodies, frozenset(bodies.values()))] == want
