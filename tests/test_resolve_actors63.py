"""actors63: a one-word company the NER reads only as a person's name, and so rejected as "a
fragment or a word", has its page when its article has it act as a company, as no person
does (issue 8: actors named twice or more with no page)."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text

from generator.resolve.merge import Found, merges


def test_a_one_word_firm_read_as_a_person_that_acts_as_a_company_has_a_page(content):
    """Shapes of BBC business articles of the actors pools (Pfizer, BAA, Arcelor, Solidere):
    "its" after the name as subject, a plural verb, its shares moving or held."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The inhibitors were developed by drug companies, including Merck and Pfizer.",
            "Pfizer is still selling its Celebrex and Bextra products.",
            "BAA's expansion of Stansted Airport is one of the most fiercely opposed plans.",
            "BAA are also owners of the airports at Heathrow and Gatwick.",
            "In Europe, Arcelor shed 2.1% to 17.58 euros in Paris.",
            "Arcelor was the steel maker hit hardest.",
            "Shares in Solidere, the Lebanese company founded by Rafik Hariri, fell.",
            "Solidere, in which Mr Hariri was a major shareholder, was the major drag.",
        ],
        {
            0: [("Merck", "ORG"), ("Pfizer", "PERSON")],
            1: [("Pfizer", "PERSON"), ("Celebrex", "PRODUCT")],
            2: [("BAA", "PERSON"), ("Stansted Airport", "FAC")],
            3: [("BAA", "PERSON"), ("Heathrow", "FAC"), ("Gatwick", "FAC")],
            4: [("Europe", "LOC"), ("Arcelor", "PERSON"), ("Paris", "GPE")],
            5: [("Arcelor", "PERSON")],
            6: [("Solidere", "PERSON"), ("Lebanese", "NORP"), ("Rafik Hariri", "PERSON")],
            7: [("Solidere", "PERSON"), ("Hariri", "PERSON")],
        },
    )
    for name in ("Pfizer", "BAA", "Arcelor", "Solidere"):
        assert found[by_text[name]].type == "organisation", name


def test_people_named_by_one_word_stay_fragments(content):
    """Given names alone (Wikinews: "Cherie ... recalled", "Wyatt and Zachary", "Łukasz ...
    armed himself"), a list subject's plural verb ("Merck and Pfizer are"), "its" of another
    owner ("Ivan ... with its"), "it" after a reporting verb ("Max said it was") and a storm
    named like a person ("Dorian made its landfall", after "Hurricane Dorian") make no page."""
    found, _, _ = resolve_text(
        content,
        [
            "Cherie, known as Lucky, recalled receiving a plush toy. Cherie said it was fun.",
            "He is survived by his two sons Wyatt and Zachary. Wyatt and Zachary are ranchers.",
            "Ivan was rescued with its mother. Ivan's condition is not life-threatening.",
            "Max said it was over. Max said it had been a long day.",
            "Hurricane Dorian struck the Bahamas. Dorian made its initial landfall on Sunday.",
        ],
        {
            0: [("Cherie", "PERSON"), ("Cherie", "PERSON")],
            1: [
                ("Wyatt", "PERSON"),
                ("Zachary", "PERSON"),
                ("Wyatt", "PERSON"),
                ("Zachary", "PERSON"),
            ],
            2: [("Ivan", "PERSON"), ("Ivan", "PERSON")],
            3: [("Max", "PERSON"), ("Max", "PERSON")],
            4: [("Hurricane Dorian", "EVENT"), ("Bahamas", "GPE"), ("Dorian", "PERSON")],
        },
    )
    assert not {"Cherie", "Wyatt", "Zachary", "Ivan", "Max", "Dorian"} & entity_names(found)


def test_a_short_name_joins_a_longer_one_written_two_ways():
    """ "George Bush" beside "George W Bush" and "George W. Bush" (BBC and Wikinews articles in
    one briefing, actors61): the two longer spellings are one name, so the short one joins it;
    two different middle names ("John F. Kennedy", "John B. Kennedy") still stop it."""
    bush = [
        Found("George W Bush", "person", 7, frozenset({"a1"}), frozenset({"Congress"})),
        Found("George W. Bush", "person", 28, frozenset({"a2"}), frozenset({"Congress"})),
        Found("George Bush", "person", 6, frozenset({"a3"}), frozenset({"Congress"})),
    ]
    made = {m.name: m.into for m in merges(bush, {})}
    assert made["George Bush"] in ("George W Bush", "George W. Bush")
    kennedy = [
        Found("John F. Kennedy", "person", 3, frozenset({"a1"}), frozenset({"Congress"})),
        Found("John B. Kennedy", "person", 3, frozenset({"a2"}), frozenset({"Congress"})),
        Found("John Kennedy", "person", 2, frozenset({"a3"}), frozenset({"Congress"})),
    ]
    assert "John Kennedy" not in {m.name for m in merges(kennedy, {})}
