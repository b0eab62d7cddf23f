"""review41: wrong joins and drops of this round's merges (issue 8). A given name alone that an
apposition introduces as someone new ("Mohammed, a shopkeeper in Cairo,") is no familiar form
of the briefing's bearer; a word the NER reads as a person's name is no body's slip ("Marnie"
beside "the Marine Corps"); a possessive pronoun before a possessive is part of a fixed name
("His Master's Voice")."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

from generator.resolve.names import clean_name, not_an_actor


def _bearer_and_stranger(stranger_text: str) -> list:
    first = (
        [
            "Crown Prince Mohammed bin Salman met Donald Trump at the White House.",
            "Mohammed bin Salman promised to buy weapons.",
        ],
        {
            0: [("Mohammed bin Salman", "PERSON"), ("Donald Trump", "PERSON")],
            1: [("Mohammed bin Salman", "PERSON")],
        },
    )
    second = (
        [stranger_text, "Mohammed said he could no longer afford rice."],
        {0: [("Mohammed", "PERSON"), ("Donald Trump", "PERSON")], 1: [("Mohammed", "PERSON")]},
    )
    return [first, second]


def test_a_given_name_an_apposition_introduces_is_not_the_briefings_bearer(content):
    """ "Mohammed, a shopkeeper in Cairo, said …" in an article sharing Donald Trump with one
    naming "Mohammed bin Salman": the indefinite apposition introduces someone new, so the
    lone name is not the crown prince (joined to him on main)."""
    articles = _bearer_and_stranger(
        "Mohammed, a shopkeeper in Cairo, said prices had doubled since Donald Trump imposed "
        "the tariffs."
    )
    _found, by_text, _resolved, ids = resolve_articles(content, articles)
    prince = by_text[ids[0], "Mohammed bin Salman"]
    assert by_text.get((ids[1], "Mohammed")) != prince


def test_a_given_name_introduced_by_an_age_is_not_the_briefings_bearer(content):
    """ "Mohammed, 45, said …": an age in apposition introduces someone new too."""
    articles = _bearer_and_stranger(
        "Mohammed, 45, said prices had doubled since Donald Trump imposed the tariffs."
    )
    _found, by_text, _resolved, ids = resolve_articles(content, articles)
    assert by_text.get((ids[1], "Mohammed")) != by_text[ids[0], "Mohammed bin Salman"]


def test_a_given_name_given_as_a_new_persons_name_is_not_the_briefings_bearer(content):
    """ "A trader who gave his name only as Mohammed", "a man named Mohammed": the words give
    a new person's name; main joined it to Mohammed bin Salman."""
    for opening in (
        "A trader who gave his name only as Mohammed said Donald Trump had raised prices.",
        "A man named Mohammed said Donald Trump had raised prices.",
    ):
        articles = _bearer_and_stranger(opening)
        _found, by_text, _resolved, ids = resolve_articles(content, articles)
        prince = by_text[ids[0], "Mohammed bin Salman"]
        assert by_text.get((ids[1], "Mohammed")) != prince, opening


def test_a_given_name_without_an_introduction_still_joins_its_bearer(content):
    """The guard: "Mohammed told reporters …" with no apposition still joins the one bearer
    (actors92's familiar form)."""
    articles = _bearer_and_stranger(
        "Mohammed told reporters that Donald Trump was a friend of the kingdom."
    )
    _found, by_text, _resolved, ids = resolve_articles(content, articles)
    assert by_text.get((ids[1], "Mohammed")) == by_text[ids[0], "Mohammed bin Salman"]


def test_a_persons_name_is_no_slip_of_a_bodys_first_word(content):
    """ "The Marine Corps said … Marnie, the widow of one of them, said": "Marnie" is
    "Marine" with two letters swapped, but the NER reads it as a person's name; it joined the
    Marine Corps on main."""
    texts = [
        "The Marine Corps said three soldiers died in the crash.",
        "Marnie, the widow of one of them, said the Marine Corps had ignored warnings.",
    ]
    ner = {
        0: [("The Marine Corps", "ORG")],
        1: [("Marnie", "PERSON"), ("the Marine Corps", "ORG")],
    }
    _found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    assert by_text.get((ids[0], "Marnie")) != by_text[ids[0], "The Marine Corps"]


def test_a_possessive_pronoun_before_a_possessive_stays_in_the_name():
    """ "His Master's Voice" (a record label): the pronoun belongs to the name; main cut it to
    "Master's Voice". "Her Christian Democratic Union" still loses its pronoun."""
    assert clean_name("His Master's Voice") == "His Master's Voice"
    assert clean_name("Her Christian Democratic Union") == "Christian Democratic Union"


def test_a_summit_named_by_what_it_gathers_is_an_event():
    """ "the Leaders' Summit on Climate", "the Summit of the Americas": a summit named with
    "on/of/for" is a meeting, as "Earth Summit" is (an organisation page on main); the
    "Conference on Disarmament", a standing body, and "Summit Entertainment" stay actors."""
    assert not_an_actor("Leaders' Summit on Climate") == "names an event ('Summit …')"
    assert not_an_actor("Summit of the Americas") == "names an event ('Summit …')"
    assert not_an_actor("Conference on Disarmament") is None
    assert not_an_actor("Summit Entertainment") is None


def test_a_name_a_possessive_pronoun_opens_is_read_whole(content):
    """ "Her Majesty's Revenue and Customs" read by the NER as "Majesty" (a person) and
    "Customs", "His Master's Voice" as "Master's Voice": on main a person "Her Majesty" and a
    body "Customs", and a label without its first word. The name is read whole; "Her Majesty
    the Queen" (no possessive) is untouched."""
    texts = [
        "Her Majesty's Revenue and Customs fined the bank on Friday.",
        "EMI sold the His Master's Voice label.",
        "His Master's Voice records were popular in India.",
    ]
    ner = {
        0: [("Majesty", "PERSON"), ("Customs", "ORG")],
        1: [("EMI", "ORG"), ("Master's Voice", "ORG")],
        2: [("Master's Voice", "ORG"), ("India", "GPE")],
    }
    found, _by_text, _resolved, _ids = resolve_articles(content, [(texts, ner)])
    names = sorted(e.name for e in found.values())
    assert "Her Majesty's Revenue and Customs" in names, names
    assert "His Master's Voice" in names, names
    assert "Customs" not in names and "Master's Voice" not in names, names


def test_a_given_name_after_a_verb_of_naming_still_joins_its_bearer(content):
    """The guard: "President Uhuru Kenyatta called Raila a traitor" names no one new ("called"
    after a person, not after an indefinite noun); "Raila" still joins Raila Odinga."""
    first = (
        ["Raila Odinga rejected the result.", "Uhuru Kenyatta called for calm."],
        {0: [("Raila Odinga", "PERSON")], 1: [("Uhuru Kenyatta", "PERSON")]},
    )
    second = (
        ["President Uhuru Kenyatta called Raila a traitor.", "Raila said he would go to court."],
        {0: [("Uhuru Kenyatta", "PERSON"), ("Raila", "PERSON")], 1: [("Raila", "PERSON")]},
    )
    _found, by_text, _resolved, ids = resolve_articles(content, [first, second])
    assert by_text.get((ids[1], "Raila")) == by_text[ids[0], "Raila Odinga"]
