"""review27: a city's name that is a person's given name, read by the NER as the city, stays
the person's where the article calls it "she" ("Paris Jackson ... Paris said she"); the club
that is only "it" or nothing ("Chelsea beat Arsenal") stays apart (actors71's test) (issue 8:
a person's lone given name lost to a place)."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

PARIS = [
    "Singer Paris Jackson released her second album on Friday.",
    "Paris said she wrote most of the songs during the pandemic.",
    "Paris thanked her brother for his support.",
    "In an interview, Paris said she hoped to tour Europe next year.",
]
PARIS_NER = {
    0: [("Paris Jackson", "PERSON")],
    1: [("Paris", "GPE")],
    2: [("Paris", "GPE")],
    3: [("Paris", "GPE"), ("Europe", "LOC")],
}


def test_a_city_named_given_name_called_she_stays_the_person(content):
    """The NER reads the lone "Paris" as the city three times; the article calls it "she",
    so each is Paris Jackson's mention, not a place's."""
    found, by_text, _resolved, ids = resolve_articles(content, [(PARIS, PARIS_NER)])
    person = by_text[ids[0], "Paris Jackson"]
    assert found[person].type == "person"
    assert by_text.get((ids[0], "Paris")) == person


def test_a_city_named_once_as_a_place_beside_the_person_stays_the_place(content):
    """Paris the city, visited, with no pronoun for it: not the person's."""
    _found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Paris Jackson released her second album on Friday.",
                    "The album was recorded in Paris over three months.",
                    "Paris has many studios.",
                ],
                {
                    0: [("Paris Jackson", "PERSON")],
                    1: [("Paris", "GPE")],
                    2: [("Paris", "GPE")],
                },
            )
        ],
    )
    person = by_text[ids[0], "Paris Jackson"]
    assert by_text.get((ids[0], "Paris")) != person


def test_a_party_and_its_group_in_an_assembly_are_two_actors(content):
    """ "The SNP Group at Westminster" beside "the SNP": a party and its MPs' group, two
    pages (main joined "SNP" to "SNP Group" as a company name without its company word)."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "The SNP Group at Westminster chose Stephen Flynn as its leader.",
                    "Flynn said the SNP Group would hold ministers to account.",
                    "The SNP has governed Scotland since 2007, and the SNP will meet in Perth.",
                ],
                {
                    0: [("SNP Group", "ORG"), ("Westminster", "GPE"), ("Stephen Flynn", "PERSON")],
                    1: [("Flynn", "PERSON"), ("SNP Group", "ORG")],
                    2: [("SNP", "ORG"), ("Scotland", "GPE"), ("SNP", "ORG"), ("Perth", "GPE")],
                },
            )
        ],
    )
    group = by_text[ids[0], "SNP Group"]
    party = by_text.get((ids[0], "SNP"))
    assert party is not None and party != group
    assert found[party].type == found[group].type == "organisation"


def test_a_firm_and_its_group_stay_one_actor(content):
    """No assembly, no party: "HSBC" and "HSBC Group" are one firm, as before."""
    _found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "HSBC Group reported a profit of 10 billion dollars on Monday.",
                    "HSBC said it would close 100 branches in Britain.",
                    "HSBC Group shares rose 3 percent, and HSBC said costs would fall.",
                ],
                {
                    0: [("HSBC Group", "ORG")],
                    1: [("HSBC", "ORG"), ("Britain", "GPE")],
                    2: [("HSBC Group", "ORG"), ("HSBC", "ORG")],
                },
            )
        ],
    )
    assert by_text[ids[0], "HSBC"] == by_text[ids[0], "HSBC Group"]
