"""Fresh politics news from Southeast Asia and the Pacific (actors98, issue 8): Malay styles of
honour and rulers' offices written with names, a nickname in quotes inside a name, a
dateline's place in capitals cut by the NER, and a body whose name a figure opens. Shapes from
the actors98 pool (Tan Sri Muhyiddin, Datuk Seri Najib, Tun Dr Mahathir, the Yang di-Pertuan
Agong, Joko "Jokowi" Widodo, KUALA LUMPUR, 1MDB); the people and bodies here are invented.
Each rule with the names it must keep."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text

from generator.resolve import names
from generator.resolve.names import initials, looks_like_name, strip_titles, title_only


def test_styles_of_honour_are_cut_from_a_name():
    assert strip_titles("Tan Sri Harun Yaakub") == "Harun Yaakub"
    assert strip_titles("Datuk Seri Harun") == "Harun"
    assert strip_titles("Tun Dr Harun Bin Yaakub") == "Harun Bin Yaakub"
    assert strip_titles("Dato' Sri Harun Yaakub") == "Harun Yaakub"
    assert strip_titles("Ratu Inoke Vatu") == "Inoke Vatu"
    assert strip_titles("Yang di-Pertuan Agong Sultan Ismail V") == "Ismail V"
    # the words alone, or inside a name, are names
    assert strip_titles("Tony Tan") == "Tony Tan"
    assert strip_titles("Harun Tun Yaakub") == "Harun Tun Yaakub"
    assert strip_titles("Sri Mulyani Indrawati") == "Sri Mulyani Indrawati"


def test_a_style_or_a_rulers_office_alone_is_a_title():
    for name in ("Datuk Seri", "Tan Sri", "Tun Dr", "Yang Di-Pertuan Agong", "Pertuan Agong"):
        assert title_only(name), name
    for name in ("Agong", "Yang Dipertua Negeri"):
        assert title_only(name), name
    assert not title_only("Tan")
    assert not title_only("Sri Lanka")


def test_a_span_opened_inside_a_style_loses_the_styles_words():
    style_cut = names.style_cut
    assert style_cut("Sri Harun", "the statement named Tan ") == "Harun"
    assert style_cut("Seri Harun", "he asked Datuk ") == "Harun"
    assert style_cut("Tun Harun", "") == "Harun"
    assert style_cut("Sri Mulyani", "minister ") == "Sri Mulyani"


def test_one_person_written_with_and_without_styles_has_one_page(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "Deputy Prime Minister Harun Yaakub said Prime Minister Ismail Rashid must explain.",
            "The office rebuked Tan Sri Harun by name, and Datuk Seri Ismail denied it.",
            "Mr Harun said Mr Ismail should resign; Tan Sri Harun spoke for an hour.",
        ],
        {
            0: [("Harun Yaakub", "PERSON"), ("Ismail Rashid", "PERSON")],
            1: [("Tan Sri Harun", "PERSON"), ("Datuk Seri Ismail", "PERSON")],
            2: [("Harun", "PERSON"), ("Ismail", "PERSON"), ("Tan Sri Harun", "PERSON")],
        },
    )
    names = entity_names(found)
    assert "Harun Yaakub" in names and "Ismail Rashid" in names
    assert not {n for n in names if n.split()[0] in ("Tan", "Sri", "Datuk", "Seri")}
    assert by_text["Tan Sri Harun"] == by_text["Harun Yaakub"]
    assert by_text["Datuk Seri Ismail"] == by_text["Ismail Rashid"]


def test_a_rulers_office_is_no_actor_and_its_holder_is_named(content):
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "Yang di-Pertuan Agong Sultan Ismail V consented to the list, the palace said.",
            "Critics said the minister had defamed the Yang Di-Pertuan Agong.",
        ],
        {
            0: [("Yang di-Pertuan Agong Sultan Ismail V", "PERSON")],
            1: [("the Yang Di-Pertuan Agong", "PERSON")],
        },
    )
    names = entity_names(found)
    assert "Ismail V" in names
    assert not {n for n in names if "Agong" in n}


def test_a_nickname_in_quotes_names_the_person_alone(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            'Budi "Bubud" Santoso won the vote in July.',
            "Bubud met the opposition leader on Monday, and Bubud's allies cheered.",
        ],
        {
            0: [('Budi "Bubud" Santoso', "PERSON")],
            1: [("Bubud", "PERSON"), ("Bubud", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Bubud" not in names
    assert by_text["Bubud"] == by_text['Budi "Bubud" Santoso']


def test_a_piece_of_a_datelines_place_is_no_actor(content):
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "KUALA LUMPUR: Former minister Harun Yaakub said the fund must be investigated.",
            "Harun Yaakub spoke in Kuala Lumpur.",
        ],
        {
            0: [("KUALA", "ORG"), ("Harun Yaakub", "PERSON")],
            1: [("Harun Yaakub", "PERSON"), ("Kuala Lumpur", "GPE")],
        },
    )
    names = entity_names(found)
    assert "KUALA" not in names
    assert "Harun Yaakub" in names


def test_a_name_a_figure_opens_and_its_acronym_are_one_body(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "Auditors looked at state fund 1Borneo Investment Berhad (1BIB) last year.",
            "The 1BIB board met on Friday.",
        ],
        {
            0: [("1Borneo Investment Berhad", "ORG")],
            1: [("1BIB", "ORG")],
        },
    )
    names = entity_names(found)
    assert "1Borneo Investment Berhad" in names
    assert by_text["1BIB"] == by_text["1Borneo Investment Berhad"]


def test_figures_that_are_no_bodies_stay_out():
    assert looks_like_name("1MDB", "ORG")
    assert not looks_like_name("5G", "ORG")
    assert not looks_like_name("4G LTE", "ORG")
    assert not looks_like_name("1MDB", "PERSON")
    assert initials("1Malaysia Development Berhad") == "1MDB"
    assert initials("Syrian Democratic Forces") == "SDF"


def test_a_nickname_before_a_surname_a_particle_opens_keeps_the_whole_surname():
    from generator.resolve.article.context import _nicknames

    assert _nicknames(['Pasquale "Pat" Di Cicco married her.']) == {"Pat": "Pasquale Di Cicco"}
    assert _nicknames(['Joko "Jokowi" Widodo\'s win']) == {"Jokowi": "Joko Widodo"}
    assert _nicknames(['John "General" Smith said']) == {}


def test_a_forum_read_as_a_place_is_a_body_where_written_with_its_members(content):
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "Fiji wants Australia kicked out of the Coral Islands Forum, its leader said.",
            "Fiji was suspended from the Coral Islands Forum after the coup.",
        ],
        {
            0: [("Fiji", "GPE"), ("Australia", "GPE"), ("the Coral Islands Forum", "LOC")],
            1: [("Fiji", "GPE"), ("the Coral Islands Forum", "LOC")],
        },
    )
    assert "Coral Islands Forum" in entity_names(found)
