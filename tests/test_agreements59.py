"""agreements59: one agreement told twice in an article is one page (a rating word is no
other subject, "the Memorandum" written with a capital refers back), and a convention one
goes into or waits for, a takeover attempted and an offer to buy are no agreements."""

from __future__ import annotations

from generator.extract.merge import Proposal, cluster
from tests.test_extract import _agreements_with_states

ACTORS = {
    "United States": "united-states",
    "U.S.": "united-states",
    "Iran": "iran",
    "Donald Trump": "trump",
    "Ruritania": "ruritania",
    "Osterlich": "osterlich",
    "Jan Kowal": "kowal",
    "Anna Nowak": "nowak",
    "Acme Corp": "acme",
    "Widget Ltd": "widget",
}
STATES = {"united-states", "iran", "ruritania", "osterlich"}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements_with_states(nlp, paragraphs, ACTORS, STATES)


def _one_page(nlp, paragraphs: list[str], parties: set[str]) -> bool:
    """Whether the agreements proposed make one page that names every one of ``parties``."""
    found = _found(nlp, paragraphs)
    return len(cluster(found)) == 1 and parties <= {a for p in found for a in p.agents}


def test_a_rating_word_names_no_other_agreement(nlp):
    """The pool's Iran row (main: a second page, Trump's alone): "the landmark accord" after
    "the 2015 nuclear deal" is that deal; "landmark" rates it, it tells no subject."""
    paragraphs = [
        "The administration on Friday restored U.S. sanctions on Iran that had been lifted "
        "under the 2015 nuclear deal. They are the second batch it has reimposed since "
        "Donald Trump withdrew from the landmark accord in May."
    ]
    assert _one_page(nlp, paragraphs, {"united-states", "iran"})


def test_the_memorandum_with_a_capital_is_the_one_signed_before(nlp):
    """The pool's Marshall Islands row (main: a second page, the envoy's alone): a document's
    own word for itself, "the Memorandum", refers back; "the Treaty on European Union" stays a
    name of its own."""
    paragraphs = [
        "The Government of Ruritania and the Government of Osterlich signed a Memorandum of "
        "Understanding on trade. Envoy Jan Kowal signed the Memorandum for Ruritania and "
        "Minister Anna Nowak signed for Osterlich."
    ]
    assert _one_page(nlp, paragraphs, {"ruritania", "osterlich", "kowal"})


def test_a_convention_gone_into_or_awaited_is_a_gathering(nlp):
    """The test split's campaign rows (main: a treaty of Cohen's, one of Hawkins's): a party's
    convention one goes into or secures delegates ahead of is a meeting; a convention signed
    on fishing rights is still a treaty."""
    gathered = [
        "Jan Kowal went into the convention as the running mate of Anna Nowak.",
        "Anna Nowak secured the delegates required for the nomination ahead of the party's "
        "national convention in July.",
    ]
    assert _found(nlp, gathered) == []
    signed = ["Ruritania and Osterlich signed a convention on fishing rights."]
    assert [set(p.agents) for p in _found(nlp, signed)] == [{"ruritania", "osterlich"}]


def test_a_takeover_attempted_or_offered_is_no_agreement(nlp):
    """The pool's Sundance row and the test split's Alberta row (main: an acquisition each):
    a takeover attempted, an offer made to buy a firm; agreeing to buy it is one."""
    attempted = ["In 2013, Acme Corp attempted a $1.2bn takeover of Widget Ltd."]
    offered = ["Acme Corp recently made its third offer for $5-billion to buy Widget Ltd."]
    assert _found(nlp, attempted) == []
    assert _found(nlp, offered) == []
    agreed = ["Acme Corp agreed to buy Widget Ltd for $5 billion."]
    assert [set(p.agents) for p in _found(nlp, agreed)] == [{"acme", "widget"}]


def test_brokering_a_truce_discussed_is_no_truce(nlp):
    """The test split's Carter row (main: a ceasefire of Israel's): a truce whose brokering
    two men discussed is the topic of their talk; one brokered is a truce."""
    discussed = [
        "Jan Kowal said that he and Anna Nowak discussed brokering an unofficial truce "
        "between Ruritania and Osterlich."
    ]
    assert _found(nlp, discussed) == []
    made = ["Jan Kowal brokered a truce between Ruritania and Osterlich on Monday."]
    assert [set(p.agents) for p in _found(nlp, made)] == [{"ruritania", "osterlich"}]
