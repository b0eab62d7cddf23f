"""A body's initialism written with its small words' letters in lower case ("MoD", "BoE",
"TfL") is the body its article names in full (actors38): the merge's initials rule wants
capitals only, so each such mention was lost or left a page of its own."""

from __future__ import annotations

import pytest
from test_resolve_briefing import resolve_text

from generator.resolve.names import is_initialism, spells_initialism


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("MoD", True),
        ("DfES", True),
        ("TfL", True),
        ("BoE", True),
        ("NATO", False),  # capitals only: an acronym, ``is_acronym``'s
        ("SpaceX", False),  # two small letters together: a name
        ("McDonald", False),
        ("Mod", False),
        ("eBay", False),
        # fix66's probes: product names and a person's name are no initialisms ...
        ("iPod", False),
        ("MacBook", False),
        ("JoJo", False),  # ends in a small letter
        ("SoHo", False),
        # ... while "PhD" and "VoIP" have the shape: only a body they spell joins them
        ("PhD", True),
        ("VoIP", True),
    ],
)
def test_an_initialism_has_single_small_letters_between_capitals(name, expected):
    assert is_initialism(name) is expected


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("MoD", "Ministry of Defence", True),
        ("DfES", "Department for Education and Skills", True),  # its "and" left out
        ("TfL", "Transport for London", True),
        ("MoD", "Ministry of Coastal Defence", False),  # a capitalised word unspelt
        ("BoE", "Bank England", False),  # a small letter with no small word
        ("BoE", "Bureau of Elms and Oaks", False),
        ("OfT", "Office of Fair Trading", False),  # "Fair" unspelt: its initialism is OFT
        ("AfCBT", "Agency for Cross-Border Trade", True),  # a hyphen parts two words
        ("DoE", "Department of the Environment", True),  # its "the" left out
        ("PhD", "Pellham Development", False),  # no small word for the "h"
        ("", "", False),  # no letters spell nothing (it held before fix68)
        ("", "of the", False),
    ],
)
def test_an_initialism_spells_its_long_name_letter_by_word(short, long, expected):
    assert spells_initialism(short, long) is expected


def test_an_initialism_joins_the_body_it_spells_however_it_was_read(content):
    """'the MoW' read as a place and 'the BoV's' as an organisation join the bodies the
    article names in full; the people and the other body stay apart."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Ministry of Waterways was criticised by the Vellmark Audit Office.",
            "Many problems arose because the MoW had not planned, said Ann Tolley.",
            "The Bank of Vellmark said lending rose, and analysts welcomed the BoV's figures.",
        ],
        {
            0: [("The Ministry of Waterways", "ORG"), ("the Vellmark Audit Office", "ORG")],
            1: [("MoW", "GPE"), ("Ann Tolley", "PERSON")],
            2: [("The Bank of Vellmark", "ORG"), ("BoV", "ORG")],
        },
    )
    assert by_text["MoW"] == by_text["The Ministry of Waterways"]
    assert by_text["BoV"] == by_text["The Bank of Vellmark"]
    assert by_text["MoW"] != by_text["the Vellmark Audit Office"]
    assert {found[k].name for k in found} >= {"Ministry of Waterways", "Bank of Vellmark"}
    assert "MoW" not in {found[k].name for k in found}


def test_an_initialism_that_spells_two_bodies_joins_neither(content):
    """'the MoD' where the article names a Ministry of Defence and a Ministry of Development:
    which one is not for the letters to say."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "The Ministry of Defence and the Ministry of Development met in Ludbury.",
            "The MoD said it would pay.",
        ],
        {
            0: [
                ("The Ministry of Defence", "ORG"),
                ("the Ministry of Development", "ORG"),
                ("Ludbury", "GPE"),
            ],
            1: [("MoD", "ORG")],
        },
    )
    assert by_text.get("MoD") not in (
        by_text["The Ministry of Defence"],
        by_text["the Ministry of Development"],
    )


def test_a_bracketed_initialism_defines_the_long_name_the_ner_missed(content):
    """'Fund for Kelmouth (FfK)': the NER read neither the long name nor the first
    initialism; the capitalised words before the brackets, which the letters spell and a
    body's word ("Fund") heads, are the body, and 'FfK' later is it."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Fund for Kelmouth (FfK) told ferry passengers to wait.",
            "An official from FfK said the crossing would reopen.",
        ],
        {0: [], 1: [("FfK", "ORG")]},
    )
    assert "Fund for Kelmouth" in by_text
    assert by_text["FfK"] == by_text["Fund for Kelmouth"]
    assert found[by_text["FfK"]].name == "Fund for Kelmouth"


def test_a_bracketed_initialism_of_a_place_s_body_defines_it(content):
    """'Transit for Manchester (TfM)', the shape of "Transport for London (TfL)": no body's
    word, but the letters spell the name and it ends in a place, so it is a body."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Transit for Manchester (TfM) closed three stations on Monday.",
            "A spokesman for TfM said the stations would reopen.",
        ],
        {0: [("Monday", "DATE")], 1: [("TfM", "ORG")]},
    )
    assert "Transit for Manchester" in by_text
    assert by_text["TfM"] == by_text["Transit for Manchester"]
    assert found[by_text["TfM"]].name == "Transit for Manchester"


@pytest.mark.parametrize(
    ("paragraphs", "long", "short"),
    [
        (  # an agreement's name: no body ("signed a Memorandum of Understanding (MoU)")
            [
                "Varnish Holdings signed a Memorandum of Understanding (MoU) with Dovecote.",
                "Under the MoU, Dovecote will ship grain for Varnish Holdings.",
            ],
            "Memorandum of Understanding",
            "MoU",
        ),
        (  # a border's name ("the Line of Control (LoC)")
            [
                "Troops of Dovecote fired across the Line of Control (LoC) at Varnish Holdings.",
                "The LoC has been quiet since Varnish Holdings left Dovecote.",
            ],
            "Line of Control",
            "LoC",
        ),
        (  # a work's title ("Game of Thrones (GoT)"): the letters spell it, no body's word
            [
                "Critics praised Song of Embers (SoE) at Varnish Holdings, Dovecote said.",
                "The SoE finale drew crowds to Varnish Holdings, Dovecote said.",
            ],
            "Song of Embers",
            "SoE",
        ),
    ],
)
def test_a_bracketed_initialism_of_no_body_defines_no_actor(content, paragraphs, long, short):
    """A mixed-case initialism in brackets after capitalised words that are an agreement, a
    line or a title makes no organisation of them, and the initialism joins none (fix68)."""
    found, by_text, _ = resolve_text(
        content,
        paragraphs,
        {
            0: [("Varnish Holdings", "ORG"), ("Dovecote", "ORG")],
            1: [(short, "ORG"), ("Varnish Holdings", "ORG"), ("Dovecote", "ORG")],
        },
    )
    assert long not in by_text
    assert long not in {e.name for e in found.values()}


def test_an_initialism_that_spells_no_body_in_its_article_stays_apart(content):
    """'a PhD from Dunmore University', the NER reading 'PhD' as a body: the letters spell
    no organisation the article names, so nothing joins (fix66's probe)."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "Ellen Varga, who holds a PhD from Dunmore University, joined the Harlow Institute.",
            "Varga said her PhD work would continue at the Harlow Institute.",
        ],
        {
            0: [
                ("Ellen Varga", "PERSON"),
                ("PhD", "ORG"),
                ("Dunmore University", "ORG"),
                ("the Harlow Institute", "ORG"),
            ],
            1: [("Varga", "PERSON"), ("PhD", "ORG"), ("the Harlow Institute", "ORG")],
        },
    )
    assert by_text.get("PhD") not in (
        by_text["Dunmore University"],
        by_text["the Harlow Institute"],
    )
