"""agreements48: documents signed between named sides, a company bought told in a relative
clause, and a named agreement whose keeping is denied (it was still made)."""

from __future__ import annotations

import pytest

from generator.extract.merge import Proposal, cluster
from generator.model import Mention
from tests.test_extract import _agreements, _mentions

ACTORS = {
    "Pakistan": "pakistan",
    "China": "china",
    "Vladimir Putin": "putin",
    "Recep Tayyip Erdogan": "erdogan",
    "Donald Trump": "trump",
    "Google": "google",
    "Android Inc.": "android",
    "Urchin": "urchin",
    "Rosneft": "rosneft",
    "ZANU-PF": "zanu-pf",
    "MDC": "mdc",
    "Morgan Tsvangirai": "tsvangirai",
    "Russia": "russia",
    "Ukraine": "ukraine",
    "Israel": "israel",
    "Hamas": "hamas",
}


def _parties(nlp, paragraphs: list[str]) -> list[tuple[str, set[str]]]:
    return [(p.type, set(p.agents)) for p in _agreements(nlp, paragraphs, ACTORS)]


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        (["Several documents were signed between Pakistan and China on Monday, officials said."],
         {"pakistan", "china"}),
        (["Pakistan and China signed several documents on Monday, officials said."],
         {"pakistan", "china"}),
        (["Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday. The two sides signed 15 "
          "documents, officials said."], {"putin", "erdogan"}),
    ],
)  # fmt: skip
def test_documents_signed_between_named_sides_are_their_agreement(nlp, paragraphs, parties):
    """ "Documents" names no kind of agreement, but documents two named sides sign are one
    between them (GOLD: an agreement is between parties)."""
    assert _parties(nlp, paragraphs) == [("agreement", parties)]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump signed documents on Monday declaring a national emergency.",
        "Pakistan did not sign the documents with China, officials said.",
        "Reporters obtained documents signed by Vladimir Putin in 2014.",
        "Pakistan and China leaked documents on Monday.",
    ],
)
def test_documents_one_side_signed_or_none_signed_are_no_agreement(nlp, text):
    """One signer's papers, papers not signed, or papers not signed at all are no deal."""
    assert _parties(nlp, [text]) == []


@pytest.mark.parametrize(
    ("text", "bought"),
    [
        ("Initially developed by Android Inc., which Google bought in 2005, Android was unveiled "
         "in 2007.", "android"),
        ("UTM comes from Urchin, which Google bought in 2005, and the name stayed.", "urchin"),
    ],
)  # fmt: skip
def test_a_company_a_relative_clause_says_was_bought_is_acquired(nlp, text, bought):
    """ "X, which Y bought": the relative pronoun is the name it follows, as "X, which was
    bought by Y" already was; the buyer is the clause's subject."""
    assert _parties(nlp, [text]) == [("acquisition", {"google", bought})]


@pytest.mark.parametrize(
    "text",
    [
        "The shares, which Google bought in 2005, were sold on Monday.",
        "Rosneft said the shell company which it bought in 2004 was worth little.",
    ],
)
def test_an_unnamed_thing_a_relative_clause_says_was_bought_is_no_acquisition(nlp, text):
    """Shares, or a company the sentence does not name, are no company bought by name."""
    assert [t for t, _ in _parties(nlp, [text]) if t == "acquisition"] == []


def test_a_named_agreement_never_implemented_was_still_made(nlp):
    """A negated verb of keeping ("has never been implemented") says the agreement is not
    kept, not that it was never made: its parties stand."""
    text = (
        "The Global Political Agreement between ZANU-PF and the MDC has never been fully "
        "implemented, Morgan Tsvangirai said on Sunday."
    )
    assert _parties(nlp, [text]) == [("agreement", {"zanu-pf", "mdc"})]


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas did not sign a ceasefire on Monday.",
        "Israel and Hamas did not respect a ceasefire, officials said.",
    ],
)
def test_an_agreement_introduced_under_a_negated_verb_is_none(nlp, text):
    """A deal introduced ("a ceasefire") under a negated verb is still denied."""
    assert _parties(nlp, [text]) == []


def _bought(article: str, text: str, parties: str, day: str) -> Proposal:
    mention = Mention("", article, 0, 0, 0, len(text), text, "extract")
    return Proposal(
        "agreements", "acquisition", tuple(parties.split()), (), day, day, None, mention,
        "2019-02-01", status="signed",
    )  # fmt: skip


def test_one_buyer_s_buys_of_two_firms_are_two_acquisitions():
    """ "Android Inc., which Google bought in 2005" and, in another article, "Urchin, which
    Google bought in 2005": one buyer, one year, two firms bought, so two acquisitions (main
    joined them on the shared buyer into one page naming three parties); the same firm
    bought, told again, stays one."""
    android = _bought("a", "Android Inc., which Google bought in 2005", "android google", "2005")
    urchin = _bought("b", "Urchin, which Google bought in 2005", "urchin google", "2005")
    assert len(cluster([android, urchin])) == 2
    again = _bought("b", "Google bought Android Inc. in 2005", "google android", "2005")
    assert len(cluster([android, again])) == 1


GRANTED = {
    "US": "united-states",
    "Kyrgyzstan": "kyrgyzstan",
    "Iran": "iran",
    "Russia": "russia",
    "China": "china",
}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Kyrgyzstan said on Monday that a 1994 agreement extending immunity to US staff "
         "would be reviewed.", "united-states"),
        ("A deal allowing Iran to enrich uranium was reached in 2015.", "iran"),
        ("An accord giving Russia access to the port of Tartus was signed in 2017.", "russia"),
    ],
)  # fmt: skip
def test_whom_an_agreement_grants_something_is_its_party(nlp, text, party):
    """An agreement no other words give a party, told by what it grants and to whom ("a
    1994 agreement extending immunity to US staff"): that state is a party."""
    found = _agreements(nlp, [text], GRANTED)
    assert [set(p.agents) for p in found] == [{party}]


def test_what_an_agreement_acts_against_is_no_party(nlp):
    """ "banning imports from China": China is what it acts on, not whom it is made for."""
    text = "A 2010 agreement banning imports from China expired on Monday."
    assert _agreements(nlp, [text], GRANTED) == []


PLEDGERS = {
    "Donald Trump": "trump",
    "Joe Biden": "biden",
    "Bernie Sanders": "sanders",
    "Iran": "iran",
    "Canada": "canada",
    "Mexico": "mexico",
}


def _agreements_of_people(nlp, text: str, actors: dict[str, str], people: set[str]):
    """``_agreements`` with the actors of ids in ``people`` typed as persons."""
    from datetime import date

    from generator.annotate import paragraph_sentences
    from generator.extract import match
    from generator.extract.agreements import propose_agreements
    from generator.extract.tie import Context
    from generator.model import Article

    article = Article("a", "T", "2019-11-07", "Wire", None, "en", (text,))
    doc = nlp(text)
    sentences = list(paragraph_sentences(doc, 0))
    mentions = _mentions([text], sentences, actors)
    persons = frozenset(f"actors/{p}" for p in people)
    context = Context(article, sentences, mentions, date(2019, 11, 7), persons=persons)
    return propose_agreements(context, match(doc, 0).agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump has vowed to renegotiate NAFTA if elected, his campaign said on Monday.",
        "During the campaign, Joe Biden promised to rejoin the Paris Agreement on his first day "
        "in office.",
        "Bernie Sanders pledged on Tuesday to sign a treaty banning nuclear weapons if elected.",
    ],
)
def test_a_campaign_pledge_makes_no_agreement_and_no_party(nlp, text):
    """A person who vows, pledges or promises to make, rejoin or renegotiate an agreement is
    no party to it, and a new one only pledged is none yet (GOLD: no planned occurrence)."""
    people = {"trump", "biden", "sanders"}
    assert _agreements_of_people(nlp, text, PLEDGERS, people) == []


def test_a_state_that_threatens_to_leave_a_treaty_stays_its_party(nlp):
    """A state's threat about a treaty it is in is no campaign pledge: it stays a party."""
    text = "Iran threatened on Monday to withdraw from the Non-Proliferation Treaty."
    assert [set(p.agents) for p in _agreements(nlp, [text], PLEDGERS)] == [{"iran"}]


def test_a_pledged_agreement_keeps_the_parties_the_article_names(nlp):
    """NAFTA named with its states keeps them; only the pledging person is dropped."""
    text = (
        "Donald Trump has vowed to renegotiate NAFTA with Canada and Mexico if elected, his "
        "campaign said."
    )
    found = _agreements(nlp, [text], PLEDGERS)
    assert [set(p.agents) for p in found] == [{"canada", "mexico"}]
