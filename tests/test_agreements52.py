"""agreements52: signed packages of state visits in the words news prints them ("inked three
memorandums", "a letter of cooperation was signed between", "an intention protocol"), and an
agreement told again as a copula's or a manner phrase's noun is one agreement (issue 7)."""

from __future__ import annotations

from generator.extract.agreements import match_agreements
from generator.extract.merge import Proposal
from tests.test_extract import _agreements

ACTORS = {
    "India": "india",
    "United States": "us",
    "France": "france",
    "Bharat Petroleum": "bharat",
    "ExxonMobil": "exxon",
    "Petrobras": "petrobras",
    "PDVSA": "pdvsa",
    "Gazprom": "gazprom",
    "CNPC": "cnpc",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements(nlp, paragraphs, ACTORS)


def _parties(nlp, paragraphs: list[str]) -> list[set[str]]:
    return [set(p.agents) for p in _found(nlp, paragraphs)]


def test_memorandums_inked_by_two_states_are_their_agreement(nlp):
    """ "India and the United States inked three memorandums of understanding": "ink" is
    news's verb of signing and "memorandums" the plural it prints (main: nothing)."""
    text = (
        "India and the United States inked three memorandums of understanding (MoUs) on "
        "Tuesday in New Delhi."
    )
    assert {"india", "us"} in _parties(nlp, [text])


def test_a_deal_inked_is_signed(nlp):
    """ "Petrobras and PDVSA inked a deal": signed, as "signed a deal" is."""
    found = _found(nlp, ["Petrobras and PDVSA inked a deal on Friday to build a refinery."])
    assert [p.status for p in found] == ["signed"]


def test_a_letter_of_cooperation_signed_between_firms_is_their_agreement(nlp):
    """ "A letter of cooperation was signed between Bharat Petroleum and ExxonMobil"
    (main: nothing, "cooperation" naming no agreement)."""
    text = (
        "A letter of cooperation was signed between Bharat Petroleum and ExxonMobil "
        "on Tuesday."
    )
    assert _parties(nlp, [text]) == [{"bharat", "exxon"}]


def test_a_letter_of_cooperation_only_sent_is_none(nlp):
    """Guard: a letter written or sent is no agreement."""
    text = "Bharat Petroleum sent a letter of understanding to ExxonMobil on Tuesday."
    assert _found(nlp, [text]) == []


def test_an_intention_protocol_signed_is_an_agreement(nlp):
    """ "Petrobras and PDVSA signed an intention protocol" and "a protocol of intentions": a
    lower-case protocol of intent is an agreement (main: none, a lower-case protocol being
    taken for a medical one)."""
    for text in (
        "Petrobras and PDVSA signed an intention protocol for a refinery in Brazil.",
        "Petrobras and PDVSA signed a protocol of intentions for a refinery in Brazil.",
    ):
        assert _parties(nlp, [text]) == [{"petrobras", "pdvsa"}], text


def test_a_protocol_signed_on_a_subject_is_an_agreement(nlp):
    """ "signed a protocol on cooperation": a verb of signing makes the protocol one."""
    text = "Petrobras and PDVSA signed a protocol on cooperation in oil exploration."
    assert _parties(nlp, [text]) == [{"petrobras", "pdvsa"}]


def test_a_medical_or_diplomatic_protocol_is_none(nlp):
    """Guard: protocols followed, not signed, are none."""
    for text in (
        "Doctors at the hospital followed a new protocol for treating patients with sepsis.",
        "The ambassador was received at the palace according to diplomatic protocol.",
    ):
        assert match_agreements(nlp(text), 0) == (), text


def test_a_deal_in_a_manner_phrase_of_a_signing_is_that_agreement(nlp):
    """ "India has signed a formal agreement with France to buy 36 Rafale fighter jets, in a
    major defence deal": one agreement (main: a second frame for the deal, a second page)."""
    text = (
        "India has signed a formal agreement with France to buy 36 Rafale fighter jets for "
        "$8.7bn, in a major defence deal."
    )
    frames = match_agreements(nlp(text), 0)
    assert [f.noun.text for f in frames] == ["a formal agreement with France"]


def test_a_deal_a_signing_came_in_after_talks_stays(nlp):
    """Guard: "in the deal" with no agreement signed by the clause is no restatement."""
    text = "India will get 36 jets in the deal signed with France on Friday."
    assert len(match_agreements(nlp(text), 0)) == 1


def test_an_agreement_that_represents_a_contract_is_one_agreement(nlp):
    """ "The agreement ... and represents the biggest contract in the history of Gazprom":
    the contract is the agreement told again (main: a frame for "contract")."""
    text = (
        "The agreement is expected to deliver 38 billion cubic metres of gas a year, and "
        "represents the biggest contract in the entire history of Russia and Gazprom."
    )
    frames = match_agreements(nlp(text), 0)
    assert [f.noun.text for f in frames] == ["The agreement"]
