"""Statements of statements45: bodies speaking through an unnamed spokesperson, a state's
ministry named with the state, a resolution a body passed, a release or statement by a body
named after it, and a body's noun ("the youth league said"); with near-misses (a named
spokesperson speaks for himself; a spokesman for a person is nobody's statement)."""

from __future__ import annotations

from datetime import date

import pytest
from test_extract import _mentions
from test_extract_statements42 import _spoken

from generator.annotate import paragraph_sentences
from generator.extract import match
from generator.extract.statements import attribute
from generator.extract.tie import Context
from generator.model import Article

pytestmark = pytest.mark.slow


def _said_with_states(nlp, paragraphs: list[str], names: dict[str, str], states: set[str]):
    """(speaker id, quotation start) of an article whose actors ``names`` are all bodies or
    states (``states``: the ids the tie step knows as states)."""
    article = Article("a", "T", "2018-06-14", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = list(_mentions(paragraphs, sentences, names))
    frames = [q for i, doc in enumerate(docs) for q in match(doc, i).quotes]
    day = date(2018, 6, 14)
    keys = frozenset(f"actors/{s}" for s in states)
    context = Context(article, sentences, mentions, day, states=keys)
    found = attribute(article, frames, sentences, mentions, frozenset(), day, context=context)
    return [(s.speaker.split("/")[1], s.quote[:10]) for s in found]


def test_an_unnamed_spokesman_speaks_for_the_ministry_named_before(nlp):
    """ "Russia's Defence Ministry spokesman denied the report, saying that "…"" after "the
    Russian Defence Ministry" was named: the ministry's words (blind42), not Russia's."""
    paragraphs = [
        "The Russian Defence Ministry said troops would leave by Friday.",
        "Russia's Defence Ministry spokesman denied the report, saying that \"Russian "
        'peacekeepers have been given no orders to move to these populated areas."',
    ]
    bodies = {"Russian Defence Ministry": "mod", "Russia": "russia"}
    assert _said_with_states(nlp, paragraphs, bodies, {"russia"}) == [("mod", "Russian pe")]


ONE_BODY = [
    # "the Foreign and Commonwealth Office has now confirmed …, with a spokesperson for them
    # saying: "…"": the office's words (statements45 pool)
    (
        "The body has yet to be found but the Foreign and Commonwealth Office has now "
        'confirmed that he died on Wednesday, with a spokesperson for them saying: "We are '
        'aware of the death of a British national in a plane crash near Curaçao."',
        "Foreign and Commonwealth Office",
        "We are aware",
    ),
    # "In an official release from Amnesty International put out Friday, the organization
    # said …. "…," read the statement.": the release's issuer (blind41)
    (
        "In an official release from Amnesty International put out Friday, the organization "
        'said that the authorities were hiding information. "It is shocking that journalists '
        'are being detained," read the statement.',
        "Amnesty International",
        "It is shocki",
    ),
    # "The text of the agreement, as released by the Indian Ministry of External Affairs,
    # states, "…"": the ministry's words (blind42)
    (
        "The text of the agreement, as released by the Indian Ministry of External Affairs, "
        'states, "[The mechanism will] undertake other tasks that are mutually agreed upon by '
        'the two sides."',
        "Indian Ministry of External Affairs",
        "[The mechani",
    ),
    # "The youth sector of the African National Congress supported the President. … "…," the
    # youth league said.": the congress named before (blind41)
    (
        "The youth sector of the African National Congress supported the President. It "
        'expressed its disgust at the reports. "British media seem to have developed a habit '
        'of rubbishing our president," the youth league said.',
        "African National Congress",
        "British medi",
    ),
]


@pytest.mark.parametrize(("text", "body", "start"), ONE_BODY)
def test_a_body_speaks_through_its_spokesperson_release_text_or_noun(nlp, text, body, start):
    """The one body an article names is the speaker of a spokesperson "for them", a release
    "read the statement" closes, a text it released and its kind's noun ("the youth league")."""
    assert _spoken(nlp, [text], {body: "body"}, bodies={"body"}) == [("body", start)]


def test_a_spokesman_for_a_person_is_still_nobody(nlp):
    """ "a spokesman for Abdul-Mahdi said" stays unnamed: a person's aide speaks for
    himself, not for the person (blind42's "A spokesperson for candidate Roberto Lavagna")."""
    text = '"We will not resign," a spokesman for Adil Abdul-Mahdi said on Sunday.'
    people = {"Adil Abdul-Mahdi": "abdul-mahdi"}
    assert _spoken(nlp, [text], people) == []


def test_a_resolution_is_the_body_that_passed_it(nlp):
    """ "Earlier, the Dublin city council passed a resolution … The resolution read, "…"":
    the council's words, found by the words of its name (blind38), not Israel's."""
    text = (
        "Earlier, the Dublin city council passed a resolution to endorse the movement. The "
        'resolution read, "Since its violent establishment in 1948 the state of Israel has '
        'denied Palestinians their rights [...] this City Council fully supports the movement."'
    )
    bodies = {"City Council": "city-council", "Israel": "israel"}
    assert _spoken(nlp, [text], bodies, bodies=set(bodies.values())) == [
        ("city-council", "Since its vi")
    ]


def test_a_statement_by_a_body_named_after_it_and_continued(nlp):
    """'"…," read a statement by the ONLF.' and, next paragraph, '"…," the statement
    continued': the front's words, named by the alias the article gave it (blind43)."""
    paragraphs = [
        "The Ogaden National Liberation Front (ONLF) launched an offensive. ONLF offices in "
        "Europe sent the communiqué.",
        '"The operation involved thousands of ONLF troops," read a statement by the ONLF.',
        'They said that they entered seven towns. "ONLF forces were warmly welcomed by the '
        'population in these areas," the statement continued.',
    ]
    bodies = {"Ogaden National Liberation Front": "onlf", "ONLF": "onlf"}
    assert _spoken(nlp, paragraphs, bodies, bodies={"onlf"}) == [
        ("onlf", "The operatio"),
        ("onlf", "ONLF forces "),
    ]


def test_a_state_ministry_named_with_the_state_is_the_ministry(nlp):
    """'"…," India's External Affairs ministry said in their statement' after "The Indian
    Ministry of External Affairs (MEA) denounced the report": the ministry, not India (a
    state's government would fold into it; its ministry is a body of its own, blind42)."""
    paragraphs = [
        "The Indian Ministry of External Affairs (MEA) denounced the report on Kashmir.",
        "\"The report violates India's sovereignty and territorial integrity. The entire state "
        "of Jammu and Kashmir is an integral part of India\", India's External Affairs ministry "
        "said in their statement.",
    ]
    names = {"Indian Ministry of External Affairs": "mea", "India": "india", "Kashmir": "k"}
    assert _said_with_states(nlp, paragraphs, names, {"india"}) == [("mea", "The report")]


def test_it_after_a_communique_or_an_article_is_no_state(nlp):
    """ "The communiqué, believed to be sent from ONLF offices, says …. It described ONLF
    casualties as "minimal"": "it" is the communiqué, not Ethiopia named in it; and "The April
    20 article was published …. It … accused Mugabe of … leaving the opposition "bludgeoned
    and brutalized."": the article's, not Zimbabwe's (blind43)."""
    communique = (
        "The communiqué, believed to be sent from offices in Europe, says 626 Ethiopian "
        "troops have died. It described the rebels' casualties as \"minimal but painful for "
        'all of us", but gave no details.'
    )
    article = (
        "The April 20 article was published in The Standard, Zimbabwe's only private paper. "
        "It criticized the courts and accused Mugabe's party of using violence to leave the "
        'opposition "bludgeoned and brutalized by the state."'
    )
    for text, state in ((communique, "Ethiopian"), (article, "Zimbabwe")):
        assert _said_with_states(nlp, [text], {state: "state"}, {"state"}) == []


def test_they_of_unnamed_prosecutors_is_not_the_body_named_before(nlp):
    """ "Prosecutors said they planned to charge him … for "publishing a document …"": they
    are the prosecutors, unnamed, not the MDC the paragraph before names (blind44)."""
    paragraphs = [
        '"It is clearly impossible to talk about a free election," the MDC said.',
        "The Secretary-General of the MDC appeared in court today. Prosecutors said they "
        'planned to charge him with treason for "publishing a document that was explaining a '
        'transitional strategy around March 26".',
    ]
    bodies = {"MDC": "mdc"}
    assert _spoken(nlp, paragraphs, bodies, bodies={"mdc"}) == [("mdc", "It is clearl")]


def test_a_statement_owned_by_the_name_before_its_noun(nlp):
    """'"…," a Kremlin statement said': the Kremlin's words (resolve folds it into Russia);
    "a US-backed statement" is no one's owned statement."""
    kremlin = ['Russia rejected the plan. "This is unacceptable," a Kremlin statement said.']
    names = {"Russia": "russia", "Kremlin": "russia"}
    assert _said_with_states(nlp, kremlin, names, {"russia"}) == [("russia", "This is un")]
    backed = ['A US-backed statement said "This is unacceptable to all of us."']
    assert _said_with_states(nlp, backed, {"US": "us"}, {"us"}) == []
