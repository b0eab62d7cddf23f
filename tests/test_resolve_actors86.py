"""actors86 (issue 8): places, buildings, events, phrases and vessels read as actors — a town's
name glued before a person's ("|Beledweyne Ali Hassan|"), a people's word in -i glued before a
name ("|Qatari Nasser al-Attiyah|"), a ship named after a person by rank ("the frigate Admiral
|Gorshkov|"), a phrase shouted once and written once more ("shouted |Allahu Akbar|"), an
epithet with no bearer named ("the Bandit King"), a competition named by its place ("the
Dakar Rally"), an era named by its decade ("the Sixties Scoop"), household goods ("Kleenex
Toilet Tissue"), a place before "intersection" or "regional", an arena, a canal, a "Lac", and
a concert glossed as one ("|Live Aid|, the greatest charity rock concert")."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

from generator.resolve.names import not_an_actor, strip_glued_prefix


def _pages(content, texts, ner):
    found, _by_text, resolved, _ids = resolve_articles(content, [(texts, ner)])
    return {e.name: e.type for e in found.values()}, resolved


def _rejected(resolved, name):
    return next(
        (d.reason for d in resolved.decisions if d.name == name and d.action == "rejected"), ""
    )


def test_a_town_the_article_reads_as_a_place_is_cut_from_the_persons_name(content):
    texts = [
        "Gunmen attacked the town of Beledweyne on Sunday.",
        "Beledweyne Ali Hassan, the district commissioner, said five died.",
        "Ali Hassan said reinforcements were sent.",
    ]
    ner = {
        0: [("Beledweyne", "PERSON")],
        1: [("Beledweyne Ali Hassan", "PERSON")],
        2: [("Ali Hassan", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "Beledweyne Ali Hassan" not in pages
    assert pages.get("Ali Hassan") == "person"


def test_a_place_that_is_a_given_name_is_not_cut(content):
    """'Jordan' is a state and a given name: 'Jordan Peterson Smith' keeps it."""
    texts = [
        "He flew to Jordan on Monday.",
        "Jordan Peterson Smith said the talks went well.",
        "Jordan Peterson Smith left on Tuesday.",
    ]
    ner = {
        0: [("Jordan", "GPE")],
        1: [("Jordan Peterson Smith", "PERSON")],
        2: [("Jordan Peterson Smith", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Jordan Peterson Smith") == "person"


def test_a_peoples_word_in_i_glued_before_a_full_name_is_cut():
    assert strip_glued_prefix("Qatari Nasser al-Attiyah") == "Nasser al-Attiyah"
    assert strip_glued_prefix("Briton Jane Doe") == "Jane Doe"
    assert strip_glued_prefix("Finn Russell") == "Finn Russell"


def test_a_ship_named_after_a_person_by_rank_is_the_ship(content):
    texts = [
        "The Russian frigate Admiral Gorshkov sailed into the Caribbean on Wednesday.",
        "The frigate Admiral Gorshkov was accompanied by a submarine.",
    ]
    ner = {0: [("Gorshkov", "PERSON"), ("Caribbean", "LOC")], 1: [("Gorshkov", "PERSON")]}
    pages, resolved = _pages(content, texts, ner)
    assert "Gorshkov" not in pages
    assert "frigate Admiral Gorshkov" in _rejected(resolved, "Gorshkov")


def test_a_captain_named_after_a_ships_noun_and_a_comma_stays(content):
    texts = [
        "The crew boarded the vessel, Captain John Smith said.",
        "John Smith said the crew was safe.",
    ]
    ner = {0: [("John Smith", "PERSON")], 1: [("John Smith", "PERSON")]}
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("John Smith") == "person"


def test_a_phrase_shouted_once_and_written_once_more_is_no_person(content):
    texts = [
        "Witnesses said the attacker shouted Allahu Akbar before opening fire.",
        "The crowd heard Allahu Akbar twice, one witness said.",
    ]
    ner = {0: [("Allahu Akbar", "PRODUCT")], 1: [("Allahu Akbar", "PERSON")]}
    pages, _resolved = _pages(content, texts, ner)
    assert "Allahu Akbar" not in pages


def test_an_epithet_always_after_the_is_no_actor_but_a_bare_name_is(content):
    texts = [
        "Police arrested a man they called the Bandit King after a long hunt.",
        "The Bandit King had robbed forty banks, police said.",
        "Officers said the Bandit King did not resist.",
    ]
    ner = {
        0: [("the Bandit King", "ORG")],
        1: [("The Bandit King", "ORG")],
        2: [("the Bandit King", "ORG")],
    }
    pages, resolved = _pages(content, texts, ner)
    assert "Bandit King" not in pages
    assert "[NA-EPITHET]" in _rejected(resolved, "Bandit King")
    texts = ["Burger King said it would close stores.", "The Burger King chain is losing money."]
    ner = {0: [("Burger King", "ORG")], 1: [("The Burger King", "ORG")]}
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Burger King") == "organisation"


def test_name_shapes_of_events_eras_places_and_goods():
    assert "competition named by its place" in (not_an_actor("Dakar Rally") or "")
    assert "competition named by its place" in (not_an_actor("Boston Marathon") or "")
    assert not_an_actor("National Rally") is None
    assert not_an_actor("Arab League") is None
    assert "decade" in (not_an_actor("Sixties Scoop") or "")
    assert "decade" in (not_an_actor("Roaring Twenties") or "")
    assert not_an_actor("Kleenex Toilet Tissue")
    assert not_an_actor("Manchester Arena")
    assert not_an_actor("Panama Canals")
    assert not_an_actor("Lac La Ronge")


def test_a_place_before_intersection_and_a_concert_glossed_are_no_actors(content):
    texts = [
        "Heavy fighting broke out at the Banadir intersection on Monday.",
        "Traffic stopped at the Banadir intersection, police said.",
        "This summer will see the anniversary of Live Aid, the greatest charity rock concert"
        " the world has ever seen.",
    ]
    ner = {0: [("Banadir", "ORG")], 1: [("Banadir", "ORG")], 2: [("Live Aid", "ORG")]}
    pages, _resolved = _pages(content, texts, ner)
    assert "Banadir" not in pages
    assert "Live Aid" not in pages
