"""actors96 (issue 8): shapes an honest held-out block split or missed, found again in other
real news (pool: benchmarks/pools/actors96): a place whose name joins two words with "and"
cut by the NER into a person ("|Azad Jammu| and Kashmir"), that place's acronym made a body
("AJK"), a state's formal name on a page of its own ("the |Union of India|"), and an office's
portfolio glued to its holder's name ("Assistant Secretary of |State for African Affairs
Jendayi Frazer|")."""

from __future__ import annotations

from test_resolve_actors86 import _pages

from generator.gazetteer import state_name


def test_a_place_cut_before_its_and_is_no_person(content):
    texts = [
        "Shafqat Ali Khan said instead of making baseless claims about Azad Jammu and Kashmir,"
        " India should vacate the territories.",
        "Shafqat Ali Khan rejected the remarks on the Union Territory of Jammu and Kashmir.",
    ]
    ner = {
        0: [("Shafqat Ali Khan", "PERSON"), ("Azad Jammu", "PERSON"), ("India", "GPE")],
        1: [("Shafqat Ali Khan", "PERSON"), ("the Union Territory of Jammu", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "Azad Jammu" not in pages
    assert "Union Territory of Jammu" not in pages
    assert pages.get("Shafqat Ali Khan") == "person"


def test_a_name_before_and_that_makes_no_place_stays(content):
    texts = [
        "Tony Blair and Gordon Brown met on Monday.",
        "Tony Blair said the talks went well.",
    ]
    ner = {0: [("Tony Blair", "PERSON"), ("Gordon Brown", "PERSON")], 1: [("Tony Blair", "PERSON")]}
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Tony Blair") == "person"


def test_the_acronym_a_text_defines_for_a_region_is_no_body(content):
    texts = [
        "The Foreign Office rejected remarks on Azad Jammu and Kashmir (AJK) on Thursday.",
        "The Foreign Office said India's claims over AJK held no legal standing.",
    ]
    ner = {
        0: [("The Foreign Office", "ORG"), ("Azad Jammu", "PERSON"), ("AJK", "ORG")],
        1: [("The Foreign Office", "ORG"), ("India", "GPE"), ("AJK", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "AJK" not in pages
    assert pages.get("Foreign Office") == "organisation"


def test_a_states_formal_name_is_the_state():
    assert state_name("Union of India") == "India"
    assert state_name("the Kingdom of Saudi Arabia") == "Saudi Arabia"
    assert state_name("Kingdom of the Netherlands") == "Netherlands"
    assert state_name("Federation of Bosnia and Herzegovina") is None  # an entity of the state
    assert state_name("State of Uttarakhand") is None  # a region, no state
    assert state_name("Bank of India") is None


def test_the_union_of_india_is_no_page_beside_india(content):
    texts = [
        "The Union of India told the court that the order was lawful.",
        "India said the move was an internal matter, and India summoned the envoy.",
    ]
    ner = {0: [("The Union of India", "ORG")], 1: [("India", "GPE"), ("India", "GPE")]}
    pages, _resolved = _pages(content, texts, ner)
    assert "Union of India" not in pages
    assert pages.get("India") == "state"


def test_a_portfolio_glued_to_its_holder_is_the_holder(content):
    texts = [
        "Assistant Secretary of State for African Affairs Jendayi Frazer met officials.",
        "Frazer said the hybrid force must deploy.",
    ]
    ner = {
        0: [("State for African Affairs Jendayi Frazer", "ORG")],
        1: [("Frazer", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Jendayi Frazer") == "person"
    assert not any("Affairs" in name for name in pages)
