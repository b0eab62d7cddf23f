"""One actor, one page, on sentences shaped like BBC politics news (actors33): a party by its
nickname alone, a broadcaster cited by its services, an honorific before a surname the NER
read as a body's, a title's abbreviation, and a body named by capitals and a number."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text


def test_a_partys_nickname_names_the_party_its_article_never_writes_in_full(content):
    """'The Tories called the plan a gimmick', 'the Conservatives would publish': no article writes
    'Conservative Party', but the nickname names that party alone, so both are its page;
    the plural of another party with no nickname ('the Democrats') stays generic."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Tories called the housing plan a gimmick.",
            "The Conservatives would publish their own figures, she said.",
            "In Washington, the Democrats won the House.",
        ],
        {
            0: [("Tories", "NORP")],
            1: [("Conservatives", "NORP")],
            2: [("Washington", "GPE"), ("Democrats", "NORP")],
        },
    )
    assert by_text["Tories"] == by_text["Conservatives"]
    assert found[by_text["Tories"]].name == "Conservative Party"
    assert "Democrats" not in by_text


def test_a_person_named_tory_names_no_party(content):
    """'Mayor John Tory': the nickname inside a person's name is no party's."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "Mayor John Tory on Tuesday suggested a broader probe.",
            "The Conservatives said the inquiry should be public.",
        ],
        {0: [("John Tory", "PERSON")], 1: [("Conservatives", "NORP")]},
    )
    assert "Conservatives" not in by_text


def test_a_broadcasters_services_are_the_broadcaster(content):
    """'told BBC Radio 4's morning show', 'told BBC News', 'BBC Radio Scotland': one
    outlet, one page; a TV channel by its number ('BBC Three') keeps its own."""
    found, by_text, _ = resolve_text(
        content,
        [
            "He told BBC Radio 4's morning show that the scheme was costed.",
            "Ann Lowry told BBC News the figures looked high.",
            "A minister told BBC Radio Scotland the budget would hold.",
            "The drama moved to BBC Three last year.",
        ],
        {
            0: [("BBC Radio 4's", "ORG")],
            1: [("Ann Lowry", "PERSON"), ("BBC News", "ORG")],
            2: [("BBC Radio Scotland", "ORG")],
            3: [("BBC Three", "ORG")],
        },
    )
    bbc = by_text["BBC News"]
    assert by_text["BBC Radio 4's"] == by_text["BBC Radio Scotland"] == bbc
    assert found[bbc].name == "BBC"
    assert by_text["BBC Three"] != bbc


def test_an_honorific_before_a_surname_whose_full_name_reads_as_a_body_is_the_person(content):
    """'Gerald Tremlett ... Mr Tremlett said', both read as organisations: the honorific tells the
    surname a person's, so 'Mr Tremlett' is no body of its own; 'Dr Pepper', with no one of
    that surname, stays the company."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Gerald Tremlett, the party's finance spokesman, set out the idea.",
            "Savers would gain most, according to Mr Tremlett.",
            "Mr Tremlett will publish his costings next week.",
        ],
        {
            0: [("Gerald Tremlett", "ORG")],
            1: [("Mr Tremlett", "ORG")],
            2: [("Mr Tremlett", "ORG")],
        },
    )
    assert "Mr Tremlett" not in entity_names(found)
    assert by_text["Mr Tremlett"] == by_text["Gerald Tremlett"]


def test_prof_is_a_title(content):
    """'Prof Hale-Wright': the abbreviation of 'Professor' is stripped like it."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The hospital named Tom Hale-Wright to the post.",
            "Prof Hale-Wright promised to listen to patients.",
            "Prof Hale-Wright once taught at Leeds University.",
        ],
        {
            0: [("Tom Hale-Wright", "PERSON")],
            1: [("Prof Hale-Wright", "PERSON")],
            2: [("Prof Hale-Wright", "PERSON"), ("Leeds University", "ORG")],
        },
    )
    assert "Prof Hale-Wright" not in entity_names(found)
    assert by_text["Prof Hale-Wright"] == by_text["Tom Hale-Wright"]


def test_capitals_and_a_number_read_as_a_person_are_a_body(content):
    """'a G8 meeting', 'worked for MI6', read as people's names: no
    person's name has a figure, so each is an organisation; 'Area 51' is still no actor."""
    found, by_text, _ = resolve_text(
        content,
        [
            "A G8 meeting of finance ministers ended on Friday.",
            "Ministers of the G8 backed the plan, Mr Lamb said.",
            "She worked for MI6 in Vienna; MI6 later denied it.",
            "Area 51 was closed.",
        ],
        {
            0: [("G8", "PERSON")],
            1: [("Lamb", "PERSON"), ("G8", "PERSON")],
            2: [("MI6", "PERSON"), ("MI6", "PERSON")],
            3: [("Area 51", "ORG")],
        },
    )
    assert found[by_text["G8"]].type == "organisation"
    assert found[by_text["MI6"]].type == "organisation"
    assert "Area 51" not in entity_names(found)


def test_a_counted_group_at_work_is_a_body_however_the_ner_reads_it(content):
    """'the meeting of G7 finance ministers', 'The G7 meeting' read as a place's name, 'the
    presidency of the G8' read as a work's ('the G8 of') or not read at all (BBC business and
    politics news, actors51): the group meets, so each is the group's page, an organisation."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The dollar rose ahead of the meeting of G7 finance ministers in London.",
            "The G7 meeting is thought unlikely to produce any meaningful movement.",
            "Mr Blair prepares to assume the presidency of the G8 of top industrialised nations.",
            "In 1970 the G8 of top industrialised nations agreed to spend 0.7% on aid.",
        ],
        {
            0: [("G7", "GPE"), ("London", "GPE")],
            1: [("G7", "GPE")],
            2: [("Blair", "PERSON"), ("the G8 of", "WORK_OF_ART")],
            3: [],
        },
    )
    assert found[by_text["G7"]].type == "organisation"
    assert found[by_text["G8"]].type == "organisation"


def test_a_counted_name_no_group_meets_in_stays_no_actor(content):
    """'the Canon G7 camera', 'the G7 has a zoom', read as a product's name: no minister,
    summit or member of a group is in the article, so the name stays a product's."""
    found, _by_text, _ = resolve_text(
        content,
        [
            "Canon launched the G7 camera on Monday.",
            "The G7 has a six-times zoom, Canon said.",
        ],
        {
            0: [("Canon", "ORG"), ("G7", "PRODUCT")],
            1: [("G7", "PRODUCT"), ("Canon", "ORG")],
        },
    )
    assert "G7" not in entity_names(found)


def test_a_white_or_green_paper_is_a_document(content):
    """'an energy White Paper', 'a Green Paper': a government's document, no actor."""
    found, _by_text, _ = resolve_text(
        content,
        [
            "The rules were set out in a new energy White Paper.",
            "Mr Dane launched the White Paper on trade.",
            "Ministers published a Green Paper on pensions.",
        ],
        {
            0: [("White Paper", "ORG")],
            1: [("Dane", "PERSON"), ("White Paper", "ORG")],
            2: [("Green Paper", "ORG")],
        },
    )
    names = entity_names(found)
    assert "White Paper" not in names and "Green Paper" not in names


def test_a_counted_group_and_its_spelt_out_name_are_one_page(content):
    """'the G7 summit', 'the Group of Seven': one group, one page."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "Leaders of the Group of Seven met in Biarritz on Saturday.",
            "The G7 leaders agreed to help; the G7 will meet again next year.",
        ],
        {
            0: [("the Group of Seven", "ORG"), ("Biarritz", "GPE")],
            1: [("G7", "ORG"), ("G7", "ORG")],
        },
    )
    assert by_text["G7"] == by_text["the Group of Seven"]


def test_a_nations_adjective_before_its_executive_is_the_bodys_name(content):
    """'the |Scottish| Executive': the adjective read as a nationality, the capitalised
    executive after it left out by the NER; the whole is the body, no page for the adjective;
    'Scottish ministers' (no body's noun) makes none."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Farmers urged the Scottish Executive to act.",
            "The Scottish Executive will fund the study, Scottish ministers said.",
        ],
        {0: [("Scottish", "NORP")], 1: [("Scottish", "NORP"), ("Scottish", "NORP")]},
    )
    assert found[by_text["Scottish Executive"]].name == "Scottish Executive"
    assert found[by_text["Scottish Executive"]].type == "organisation"
    assert "Scottish" not in entity_names(found)


def test_an_honorific_before_a_surname_that_is_also_a_towns_name_is_the_person(content):
    """'Gerald Mason ... Mr Mason said', the full name read as an organisation's: the surname
    is a town's name too ('Mason', Ohio), but after an honorific it is a person's, so the
    mentions stay on one person's page instead of being dropped as a fragment (fix60)."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Gerald Mason, the council's finance chief, set out the idea.",
            "Savers would gain most, according to Mr Mason.",
            "Mr Mason will publish his costings next week.",
        ],
        {
            0: [("Gerald Mason", "ORG")],
            1: [("Mr Mason", "ORG")],
            2: [("Mr Mason", "ORG")],
        },
    )
    assert by_text["Mr Mason"] == by_text["Gerald Mason"]
    assert found[by_text["Gerald Mason"]].type == "person"


def test_a_town_named_full_name_without_an_honorific_stays_as_read(content):
    """'Gerald Mason' read as an organisation and 'Mason' alone with no honorific: no cue
    that the town's name is a surname, so the full name keeps the NER's reading. (An
    apposition naming a role, "Gerald Mason, the council's finance chief," is such a cue since
    actors102: ``test_resolve_actors102``.)"""
    found, by_text, _ = resolve_text(
        content,
        [
            "Gerald Mason set out the idea.",
            "Savers in Mason would gain most, the report said.",
        ],
        {0: [("Gerald Mason", "ORG")], 1: [("Mason", "GPE")]},
    )
    assert found[by_text["Gerald Mason"]].type == "organisation"


def test_a_canadian_articles_tories_are_canadas_conservative_party(content):
    """'The Tories took the seat' in an article on Canada: Canada's Conservatives, not
    Britain's; the plural folds into the party the article names ('Conservative Party of
    Canada'), not the British 'Conservative Party' (fix60)."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Conservative Party of Canada won a by-election in Ontario, Canada.",
            "The Tories took the seat from the Liberals, officials in Canada said.",
            "The Conservatives promised tax cuts.",
        ],
        {
            0: [("The Conservative Party of Canada", "ORG"), ("Ontario", "GPE")],
            1: [("Tories", "NORP"), ("Liberals", "NORP"), ("Canada", "GPE")],
            2: [("Conservatives", "NORP")],
        },
    )
    party = by_text["The Conservative Party of Canada"]
    assert found[party].name == "Conservative Party of Canada"
    assert by_text["Tories"] == by_text["Conservatives"] == party


def test_a_canadian_articles_tories_alone_are_canadas_party(content):
    """'The Tories' with Canada named and no party written in full: Canada's party by its
    name, not the British 'Conservative Party'."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Tories won a by-election in Ontario, Canada, on Monday.",
            "Voters in Canada backed the Conservatives.",
        ],
        {
            0: [("Tories", "NORP"), ("Ontario", "GPE"), ("Canada", "GPE")],
            1: [("Canada", "GPE"), ("Conservatives", "NORP")],
        },
    )
    assert found[by_text["Tories"]].name == "Conservative Party of Canada"
    assert by_text["Conservatives"] == by_text["Tories"]


def test_an_acronyms_nation_arm_is_a_broadcasters_only_where_it_is_cited_as_one(content):
    """'BBC Scotland' beside 'BBC News': the broadcaster's arm, the BBC; 'NHS Wales', whose
    acronym no service names a broadcaster, is no broadcaster's arm (fix60)."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Ann Lowry told BBC News the figures looked high.",
            "A minister told BBC Scotland the budget would hold.",
            "NHS Wales must cut waiting times, the committee said.",
        ],
        {
            0: [("Ann Lowry", "PERSON"), ("BBC News", "ORG")],
            1: [("BBC Scotland", "ORG")],
            2: [("NHS Wales", "ORG")],
        },
    )
    assert by_text["BBC Scotland"] == by_text["BBC News"]
    assert found[by_text["BBC News"]].name == "BBC"
    assert found[by_text["NHS Wales"]].name == "NHS Wales"
