"""review36 (issue 8): real actors this session's merges rejected — a regional body before
"regional" ("the |IGAD| regional bloc", read as a place since actors86), a coach whose surname
is a building's noun ("Bruce Arena", actors86's arena head), a business's name always after
"the" but before a trade's noun ("the |Burger King| restaurant", actors86's epithets), a body
files are uploaded to that acts elsewhere ("uploaded the files to |WikiLeaks|", actors85), and
a band named by its decade ("the Nineties Group", actors86's eras); and a project that goes to
court or reports ("the Innocence Project filed", actors85 read only speech); and a given name
that is a town of the article ("Victoria Anne Coates", cut by actors86)."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

from generator.resolve.names import not_an_actor


def _pages(content, texts, ner):
    found, _by_text, resolved, _ids = resolve_articles(content, [(texts, ner)])
    return {e.name: e.type for e in found.values()}, resolved


def test_a_body_before_regional_is_no_place(content):
    texts = [
        "The Quorra regional bloc called on both sides to hold talks.",
        "Quorra said it would send envoys next week.",
    ]
    ner = {0: [("Quorra", "ORG")], 1: [("Quorra", "ORG")]}
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Quorra") == "organisation"


def test_a_surname_that_is_a_buildings_noun_keeps_its_bearer(content):
    texts = [
        "Bruce Arena, the team's coach, resigned on Friday.",
        "Arena said he took full responsibility for the defeat.",
    ]
    ner = {0: [("Bruce Arena", "PERSON")], 1: [("Arena", "PERSON")]}
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Bruce Arena") == "person"
    assert not_an_actor("Manchester Arena")  # a venue stays a place


def test_a_business_before_a_trades_noun_is_no_epithet(content):
    texts = [
        "Workers at the Burger King restaurant in Miami walked out on Friday.",
        "The Burger King franchise owner said the dispute would be settled.",
    ]
    ner = {0: [("Burger King", "ORG")], 1: [("Burger King", "ORG")]}
    pages, resolved = _pages(content, texts, ner)
    assert pages.get("Burger King") == "organisation"
    assert not any(d.name == "Burger King" and d.action == "rejected" for d in resolved.decisions)


def test_a_body_uploaded_to_that_acts_is_an_actor(content):
    texts = [
        "The soldier uploaded the files to Veritleaks in 2010.",
        "Veritleaks published the cables months later.",
    ]
    ner = {0: [("Veritleaks", "ORG")], 1: [("Veritleaks", "ORG")]}
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Veritleaks") == "organisation"


def test_a_bodys_name_with_a_decade_is_no_era():
    assert not_an_actor("Nineties Group") is None
    assert "decade" in (not_an_actor("Sixties Scoop") or "")


def test_a_project_that_goes_to_court_or_reports_is_an_organisation(content):
    texts = [
        "The Quill Project filed a motion on Tuesday to reopen the case.",
        "The Larch Project reported that a hundred lawmakers had urged a stay.",
        "The Zephyr Project built the first bomb in secret.",
    ]
    ner = {
        0: [("The Quill Project", "ORG")],
        1: [("The Larch Project", "ORG")],
        2: [("The Zephyr Project", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Quill Project") == "organisation"
    assert pages.get("Larch Project") == "organisation"
    assert "Zephyr Project" not in pages  # built: a project, no body acting


def test_a_given_name_that_is_a_town_of_the_article_is_not_cut(content):
    """actors86 cuts a town glued before a person's name; a town that is a given name stays."""
    texts = [
        "Victoria recorded 200 new cases on Sunday.",
        "Victoria Anne Coates, a former security official, said the lockdown was right.",
        "Coates said the state had acted fast.",
    ]
    ner = {
        0: [("Victoria", "GPE")],
        1: [("Victoria Anne Coates", "PERSON")],
        2: [("Coates", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Victoria Anne Coates") == "person"
    assert "Anne Coates" not in pages
