"""actors58: a body the NER leaves unread, or reads as a nationality's, that speaks twice or
more in its article ("In a statement the RSPCA said", "Icstis said", "Haaretz says") has its
page (issue 8: actors named twice or more with no page)."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text


def test_an_unread_body_that_speaks_and_is_named_again_has_a_page(content):
    """Shapes of BBC tech and Wikinews articles of the actors pools (RSPCA, Icstis, Haaretz):
    unread, or read as a nationality's, then a reporting verb; named a second time."""
    found, by_text, _ = resolve_text(
        content,
        [
            "In a statement the RSPCA said it had grave concerns about the site.",
            "It is something the RSPCA accepts is the intention of the hunter.",
            "They must warn people earlier about possible fraud, Icstis said.",
            "Icstis spokesman Rob Dwight said phone companies should act.",
            "Haaretz says, in the past, Israel has pressed the EU not to publish.",
            "The report was leaked to Israel's Haaretz daily newspaper.",
        ],
        {
            0: [],
            1: [],
            2: [("Icstis", "NORP")],
            3: [("Icstis", "NORP"), ("Rob Dwight", "PERSON")],
            4: [("Israel", "GPE"), ("EU", "ORG")],
            5: [("Israel", "GPE")],
        },
    )
    for name in ("RSPCA", "Icstis", "Haaretz"):
        assert found[by_text[name]].type == "organisation", name


def test_a_speaker_that_is_a_word_a_day_a_title_or_named_once_gets_no_page(content):
    """ "Police said" (the article writes "police" too), "Officials said", "On Monday said",
    "Mr Tallis said" (a title), "Dorne said" read as a person's elsewhere, "Indian said" (a
    people) and a body named only once ("Vexcom said") make no page."""
    found, _, _ = resolve_text(
        content,
        [
            "Police said the man was armed. The police arrived. Police said more.",
            "Officials said the toll rose. Officials said it would rise.",
            "Mr Tallis said it was over. Mr Tallis said no more.",
            "Dorne said he would stay. Ann Dorne was born in Leeds. Dorne said so.",
            "Indian said it was late. Indian said so again.",
            "Vexcom said profits rose.",
        ],
        {
            0: [],
            1: [],
            2: [],
            3: [("Ann Dorne", "PERSON"), ("Leeds", "GPE")],
            4: [],
            5: [],
        },
    )
    names = entity_names(found)
    assert not {"Police", "Officials", "Mr Tallis", "Indian", "Vexcom"} & names
    assert not any(e.name == "Dorne" and e.type == "organisation" for e in found.values())


def test_a_group_of_people_that_speaks_gets_no_page(content):
    """ "Witnesses said", "Analysts say", "Rebels claimed", "Democrats warned": a capitalised
    plural of people opening a sentence twice, never written in lower case in the article, is
    a group, not a body's name (lead's review of actors58: each made a page)."""
    groups = ["Witnesses", "Analysts", "Rebels", "Democrats", "Authorities", "Sources",
              "Locals", "Critics", "Experts", "Shareholders", "Medics", "Researchers"]  # fmt: skip
    paragraphs = [f"{w} said the toll rose. {w} said it would rise." for w in groups]
    found, _, _ = resolve_text(content, paragraphs, {i: [] for i in range(len(paragraphs))})
    assert not set(entity_names(found)) & set(groups)


def test_a_common_word_that_only_opens_sentences_is_no_speaker(content):
    """ "Troops said ... Troops said", "Some said", "Women said", "Muslims said", "MPs said":
    a word written only where a sentence opens is capitalised for the sentence, not as a
    name, and an acronym's plural is of people or things (review16: each made a page, the
    groups of people ``_PEOPLE_PLURAL`` does not match and quantifiers alike). A body named
    once inside a sentence keeps its page ("the RSPCA", "Israel's Haaretz")."""
    words = ["Troops", "Staff", "Crew", "Neighbours", "Friends", "Colleagues", "Children",
             "Women", "People", "Gunmen", "Hostages", "Bishops", "Guards", "Muslims",
             "Britons", "Kurds", "Many", "Some", "Both", "Several", "Everyone", "Media",
             "Management", "Family", "Aides", "Clergy", "Youths", "MPs", "MEPs"]  # fmt: skip
    for word in words:
        paragraphs = [f"{word} said the toll rose on Monday.", f"{word} said it would rise."]
        found, _, _ = resolve_text(content, paragraphs, {0: [], 1: []})
        assert word not in entity_names(found), word
    found, by_text, _ = resolve_text(
        content,
        ["Haaretz says Israel has pressed the EU.", "A report in Israel's Haaretz followed."],
        {0: [("Israel", "GPE"), ("EU", "ORG")], 1: [("Israel", "GPE")]},
    )
    assert found[by_text["Haaretz"]].type == "organisation"
