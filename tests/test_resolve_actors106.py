"""Generic bodies many states name alike are each state's own (actors106, issue 8)."""

from __future__ import annotations

from dataclasses import replace

from test_resolve import annotation_for

from generator.resolve import resolve
from generator.resolve.bodies import body_key
from generator.resolve.names import not_an_actor, strip_titles


def _resolve(content, texts):
    """Resolve one article per (id, paragraphs, spans) of ``texts``; (article, text) -> name."""
    base = content.articles[0]
    articles, notes = [], []
    for key, paragraphs, spans in texts:
        article = replace(base, id=key, paragraphs=tuple(paragraphs), annotations=())
        articles.append(article)
        notes.append(
            annotation_for(
                article, {p: [(t, label, None) for t, label in found] for p, found in spans.items()}
            )
        )
    resolved = resolve(replace(content, articles=tuple(articles)), notes)
    names = {e.key: e.name for e in resolved.entities}
    return {(m.article, m.text): names[m.entity] for m in resolved.mentions}


def test_legislatures_and_election_bodies_are_keyed_by_their_state():
    assert body_key("Legislative Assembly") == (None, "legislative assembly", "")
    assert body_key("Tongan Legislative Assembly") == ("Tonga", "legislative assembly", "")
    assert body_key("Electoral Commission of Fiji") == ("Fiji", "electoral commission", "")
    assert body_key("Kenya House of Assembly") == ("Kenya", "house of assembly", "")


def test_a_bare_legislative_assembly_or_electoral_commission_is_its_articles_states(content):
    """Tonga's bare "Legislative Assembly" is no page of its own, nor Puerto Rico's; Fiji's
    "Electoral Commission" is not Solomon Islands' (one page for two bodies on main)."""
    where = _resolve(
        content,
        [
            (
                "tonga",
                [
                    "NUKU'ALOFA, Tonga -- The Legislative Assembly passed the budget.",
                    "Tonga will borrow less, the Legislative Assembly heard.",
                ],
                {
                    0: [("Tonga", "GPE"), ("Legislative Assembly", "ORG")],
                    1: [("Tonga", "GPE"), ("Legislative Assembly", "ORG")],
                },
            ),
            (
                "puerto",
                ["The Legislative Assembly of Puerto Rico began hearings on Saturday."],
                {0: [("Legislative Assembly of Puerto Rico", "ORG")]},
            ),
            (
                "fiji",
                [
                    "SUVA, Fiji -- Fiji's Electoral Commission said results would be late.",
                    "The Electoral Commission will meet on Saturday. Fiji votes in May.",
                ],
                {
                    0: [("Fiji", "GPE"), ("Electoral Commission", "ORG")],
                    1: [("Electoral Commission", "ORG"), ("Fiji", "GPE")],
                },
            ),
            (
                "solomons",
                ["The Electoral Commission of Solomon Islands began counting on Thursday."],
                {0: [("Electoral Commission of Solomon Islands", "ORG")]},
            ),
        ],
    )
    assert where["tonga", "Legislative Assembly"] == "Legislative Assembly of Tonga"
    assert where["puerto", "Legislative Assembly of Puerto Rico"] == (
        "Legislative Assembly of Puerto Rico"
    )
    assert where["fiji", "Electoral Commission"] == "Electoral Commission of Fiji"
    assert where["solomons", "Electoral Commission of Solomon Islands"] == (
        "Electoral Commission of Solomon Islands"
    )


def test_the_commonwealths_hon_and_rt_hon_are_no_part_of_a_name():
    """'Hon Samiu Vaipulu told the House': a page of its own beside "Vaipulu" on main; only
    before a whole name, so a one-word name after it stays ("Hon Hai", a firm's)."""
    assert strip_titles("Hon Samiu Vaipulu") == "Samiu Vaipulu"
    assert strip_titles("Hon. Samiu Vaipulu") == "Samiu Vaipulu"
    assert strip_titles("Rt Hon Jacinda Ardern") == "Jacinda Ardern"
    assert strip_titles("Hon Hai") == "Hon Hai"


def test_a_bare_legislative_assembly_is_no_united_states_body(content):
    """An article on Puerto Rico that names the United States more: its bare "Legislative
    Assembly" is Puerto Rico's (the United States has none), and Tonga's is Tonga's, two pages
    (one page on main, "the known unfixed" of actors105)."""
    us = ("United States", "GPE")
    where = _resolve(
        content,
        [
            (
                "puerto",
                [
                    "Puerto Rico asked United States courts, United States banks and "
                    "United States funds for help.",
                    "Puerto Rico swore in a new governor. The Legislative Assembly must confirm "
                    "him, United States officials said. United States lawyers agreed.",
                ],
                {
                    0: [("Puerto Rico", "GPE"), us, us, us],
                    1: [("Puerto Rico", "GPE"), ("Legislative Assembly", "ORG"), us, us],
                },
            ),
            (
                "tonga",
                ["Tonga's parliament, the Legislative Assembly, was suspended. Tonga mourned."],
                {0: [("Tonga", "GPE"), ("Legislative Assembly", "ORG"), ("Tonga", "GPE")]},
            ),
        ],
    )
    assert where["puerto", "Legislative Assembly"] == "Legislative Assembly of Puerto Rico"
    assert where["tonga", "Legislative Assembly"] == "Legislative Assembly of Tonga"


def test_an_exclamation_and_a_personification_name_no_one():
    """'with a cry of Allahu Akbar (God is Great)' (a person's page on the test split), 'in the
    hands of Mother Nature' (the pool): said, never acting."""
    assert not_an_actor("Allahu Akbar") == "an exclamation or a personification, which names no one"
    assert not_an_actor("Mother Nature") == not_an_actor("Allahu Akbar")
    assert not_an_actor("Mother Teresa") is None


def test_a_lone_bare_court_or_national_assembly_is_its_articles_states(content):
    """The one article of a briefing that names "the Supreme Court" and "the National
    Assembly" bare, about Kenya alone: Kenya's, named so (a page "Supreme Court" on main, which
    a later article on another state would have joined)."""
    where = _resolve(
        content,
        [
            (
                "kenya",
                [
                    "Kenya's opposition went to the Supreme Court on Monday. Kenya votes in May.",
                    "The National Assembly will debate the ruling, Kenya's officials said.",
                ],
                {
                    0: [("Kenya", "GPE"), ("Supreme Court", "ORG"), ("Kenya", "GPE")],
                    1: [("National Assembly", "ORG"), ("Kenya", "GPE")],
                },
            )
        ],
    )
    assert where["kenya", "Supreme Court"] == "Supreme Court of Kenya"
    assert where["kenya", "National Assembly"] == "National Assembly of Kenya"


def test_a_bare_election_commission_is_the_one_its_article_names_in_full(content):
    """ "The Election Commission" beside "The Independent Election Commission of Afghanistan"
    is that body (briefing-wide containment did it before "Election Commission" was a state's
    body; a page "Election Commission of Afghanistan" beside it in a first version), and
    beside Nigeria's "Independent National Electoral Commission" that one."""
    where = _resolve(
        content,
        [
            (
                "afghanistan",
                [
                    "The Independent Election Commission of Afghanistan announced results.",
                    "The Election Commission said turnout was low in Afghanistan. Afghanistan's "
                    "president agreed.",
                ],
                {
                    0: [("The Independent Election Commission of Afghanistan", "ORG")],
                    1: [
                        ("The Election Commission", "ORG"),
                        ("Afghanistan", "GPE"),
                        ("Afghanistan", "GPE"),
                    ],
                },
            ),
            (
                "nigeria",
                [
                    "Nigeria's Independent National Electoral Commission delayed the vote.",
                    "The Electoral Commission said Nigeria would vote next week. Nigeria agreed.",
                ],
                {
                    0: [("Nigeria", "GPE"), ("Independent National Electoral Commission", "ORG")],
                    1: [
                        ("The Electoral Commission", "ORG"),
                        ("Nigeria", "GPE"),
                        ("Nigeria", "GPE"),
                    ],
                },
            ),
        ],
    )
    assert where["afghanistan", "The Election Commission"] == (
        "Independent Election Commission of Afghanistan"
    )
    assert where["nigeria", "The Electoral Commission"] == (
        "Independent National Electoral Commission"
    )


def test_a_bare_legislative_assembly_is_no_federations(content):
    """An article on New Delhi that names India alone: its bare "Legislative Assembly" is
    Delhi's, no "Legislative Assembly of India" (a first version named it so: regress corpus);
    India's bare "Election Commission" stays India's."""
    where = _resolve(
        content,
        [
            (
                "delhi",
                [
                    "India's capital votes on Saturday. The Legislative Assembly has 70 seats.",
                    "The Election Commission said India would count the votes on Tuesday.",
                ],
                {
                    0: [("India", "GPE"), ("Legislative Assembly", "ORG")],
                    1: [("The Election Commission", "ORG"), ("India", "GPE")],
                },
            )
        ],
    )
    assert where["delhi", "Legislative Assembly"] == "Legislative Assembly"
    assert where["delhi", "The Election Commission"] == "Election Commission of India"
