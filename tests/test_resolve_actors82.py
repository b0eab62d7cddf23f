"""actors82 (issue 8): names whose shape says they are no actor's — a law or order by its
number, a time zone, a portfolio ("African Affairs", "State for African Affairs"), a
country's sports team ("Team Estonia"), a name glued to the rank of the person after it
("AFRICOM Commanding"), two names read across a comma ("Meet the Press, Petraeus") — and the
names of the same shapes that stay actors."""

from __future__ import annotations

from conftest import entity_names, rejected_reasons
from test_resolve_briefing import resolve_text

from generator.resolve.names import not_an_actor


def test_a_law_or_order_named_with_its_number_is_no_actor():
    for name in ("Executive Order 13769", "Republic Act No. 7925", "RA No. 10175"):
        assert (not_an_actor(name) or "").startswith("names a law or document"), name
    assert not_an_actor("Resolution 2334") is not None
    # a unit or a group with a number is no law
    for name in ("Unit 8200", "Group of 77", "Charter 08 Movement"):
        assert not (not_an_actor(name) or "").startswith("names a law"), name


def test_a_time_zone_is_no_actor():
    for name in ("Central European Time", "Eastern Standard Time", "Gulf Standard Time"):
        assert not_an_actor(name) == f"a time zone ('{name.split()[-2]} Time'), not an actor"
    assert not_an_actor("Coordinated Universal Time") is not None
    assert not_an_actor("Time") is None  # the magazine
    assert "time zone" not in (not_an_actor("Prime Time") or "")


def test_a_portfolio_is_no_body_but_a_body_named_for_it_is():
    why = "a portfolio or subject ('… Affairs'), not a body"
    assert not_an_actor("African Affairs") == why
    assert not_an_actor("Near Eastern Affairs") == why
    assert not_an_actor("State for African Affairs") == why
    assert not_an_actor("State for Foreign and Commonwealth Affairs") == why
    assert not_an_actor("State for Europe") == (
        "a portfolio cut from a title ('Secretary of State for …'), not a body"
    )
    for name in (
        "Bureau of African Affairs",
        "Ministry of Foreign Affairs",
        "Department of Veterans Affairs",
        "Royal Institute of International Affairs",
        "House Foreign Affairs",
        "Senate Foreign Affairs",
        "Council on Foreign Relations",
        "State Department",
        "State Council",
    ):
        assert not_an_actor(name) is None, name


def test_a_countrys_team_is_no_actor_but_a_team_named_otherwise_stays():
    assert not_an_actor("Team Estonia") == "a country's sports team ('Team …'), not an actor"
    assert not_an_actor("Team Rubicon") is None  # a charity


def test_a_name_glued_to_a_rank_after_it_is_no_actor():
    assert not_an_actor("AFRICOM Commanding") == (
        "a name glued to a rank ('… Commanding'), the rank of a person named after it"
    )
    assert not_an_actor("Libreville Lieutenant Colonel") is not None
    for name in ("Dollar General", "Consulate General", "Captain Marvel", "Mehmet Colonel Ali"):
        assert "rank" not in (not_an_actor(name) or ""), name


def test_two_names_read_across_a_comma_are_no_actor():
    why = "two names read across a comma ('…, …'), neither whole"
    assert not_an_actor("Meet the Press, Petraeus") == why
    assert not_an_actor("Reuters, Jalaluddin") == why
    for name in (
        "Apple, Inc.",
        "Washington, D.C.",
        "Martin Luther King, Jr.",
        "Bosnia",
        "Boycott, Divestment",  # the NER's cut of "Boycott, Divestment and Sanctions"
        "Liberty, Equality",
    ):
        assert not_an_actor(name) is None, name


def test_a_ship_the_ner_reads_as_a_person_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The French navy ship La Foudre arrived in Beirut on Friday.",
            "La Foudre carried aid, and Captain Jean Morel said La Foudre would stay.",
            "Morel said the crew was tired.",
        ],
        {
            0: [("La Foudre", "PERSON")],
            1: [("La Foudre", "PERSON"), ("Jean Morel", "PERSON"), ("La Foudre", "PERSON")],
            2: [("Morel", "PERSON")],
        },
    )
    names = entity_names(found)
    assert "La Foudre" not in names
    assert "Jean Morel" in names  # a person named after no ship noun
    assert (
        rejected_reasons(resolved)["La Foudre"] == 'a ship: the articles name it "ship La Foudre"'
    )


def test_a_person_a_ship_is_named_after_stays_when_written_as_a_person(content):
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "The rescue ship Aylan Kurdi docked in Malta.",
            "Aylan Kurdi's father spoke at the ceremony.",
        ],
        {0: [("Aylan Kurdi", "PERSON")], 1: [("Aylan Kurdi's", "PERSON")]},
    )
    assert "Aylan Kurdi" in entity_names(found)
    # the NER's span may leave the possessive out
    found, _by_text, _resolved = resolve_text(
        content,
        ["The rescue ship Aylan Kurdi docked in Malta.", "Aylan Kurdi's father spoke."],
        {0: [("Aylan Kurdi", "PERSON")], 1: [("Aylan Kurdi", "PERSON")]},
    )
    assert "Aylan Kurdi" in entity_names(found)


def test_a_name_listing_words_across_a_comma_stays_whole():
    for name in (
        "Institute of Epidemiology, Disease Control and Research",
        "Crosby, Stills, Nash & Young",
    ):
        assert "comma" not in (not_an_actor(name) or ""), name
    assert "comma" in (not_an_actor("Blakehurst, New South Wales") or "")


def test_a_mine_is_a_place_not_its_operator():
    assert not_an_actor("Acland Mine") == "names a place or building ('Mine')"
    assert not_an_actor("Grasberg Quarry") == "names a place or building ('Quarry')"
    for name in ("Chamber of Mines", "Ministry of Mines", "Anglo American", "Mine Action Service"):
        assert "Mine" not in (not_an_actor(name) or ""), name
