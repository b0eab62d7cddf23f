"""agreements52: signed packages of state visits in the words news prints them ("inked three
memorandums", "a letter of cooperation was signed between", "an intention protocol"), and an
agreement told again as a copula's or a manner phrase's noun is one agreement (issue 7)."""

from __future__ import annotations

from generator.extract.agreements import match_agreements
from generator.extract.merge import Proposal, _one_agreement_each
from generator.model import Mention
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
    text = "A letter of cooperation was signed between Bharat Petroleum and ExxonMobil on Tuesday."
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


def test_warring_parties_agreeing_to_share_posts_is_a_power_sharing_agreement(nlp):
    """ "South Sudan's warring parties agreed on Thursday to share ministerial positions in a
    transitional government of national unity, the chair of the body monitoring a peace deal
    said": the sides' power-sharing agreement, though no partner follows "with" and an
    agreement noun stands in the attribution (main: nothing)."""
    text = (
        "South Sudan's warring parties agreed on Thursday to share ministerial positions in a "
        "transitional government of national unity, the chair of the body monitoring a peace "
        "deal said."
    )
    frames = [f for f in match_agreements(nlp(text), 0) if f.verb == "agreed"]
    assert [(f.subject, [p.text for p in f.parties]) for f in frames] == [
        ("power-sharing", ["South Sudan's warring parties"])
    ]


def test_two_named_sides_agreeing_to_share_power_is_their_agreement(nlp):
    """ "Salva Kiir and Riek Machar agreed to share power in a government of national unity"."""
    people = {"Salva Kiir": "kiir", "Riek Machar": "machar"}
    text = "Salva Kiir and Riek Machar agreed on Monday to share power in a unity government."
    assert [set(p.agents) for p in _agreements(nlp, [text], people)] == [{"kiir", "machar"}]


def test_one_side_agreeing_to_share_power_names_no_agreement(nlp):
    """Guard (agreements50): "Mugabe agreed to share power" with no partner is none."""
    text = "Mugabe agreed on Monday to share power in a government of national unity."
    assert _agreements(nlp, [text], {"Mugabe": "mugabe"}) == []


def _told(text: str, start: int, type_: str, name: str | None = None) -> Proposal:
    mention = Mention("", "a", 0, 0, start, start + len(text), text, "extract")
    return Proposal(
        "agreements", type_, ("india", "pakistan"), (), None, None, None, mention,
        "2025-05-03", name=name,
    )  # fmt: skip


def test_a_ceasefire_agreement_and_a_named_treaty_of_its_sides_stay_two():
    """ "Pakistani troops continued to violate the ceasefire agreement along the Line of
    Control" and "India announced the suspension of the Indus Waters Treaty": the first's
    words call it a ceasefire, the second is a treaty (main: one page, the ceasefire
    lost in the treaty's)."""
    truce = [_told("the ceasefire agreement along the Line of Control", 20, "agreement")]
    treaty = [_told("the Indus Waters Treaty", 300, "treaty", "Indus Waters Treaty")]
    assert len(_one_agreement_each([truce, treaty])) == 2


def test_a_ceasefire_agreement_told_again_as_the_truce_stays_one():
    """Guard: "the ceasefire agreement" and "the truce" of the same sides are one."""
    agreement = [_told("the ceasefire agreement along the Line of Control", 20, "agreement")]
    truce = [_told("the truce", 300, "ceasefire")]
    assert len(_one_agreement_each([agreement, truce])) == 1


def test_an_agreement_a_copula_says_is_between_two_sides_is_theirs(nlp):
    """ "The MoU on mental health is between the Department of Health and Family Welfare and
    the Department of Health and Human Services": "between" hangs on "is" (main: no party,
    no proposal)."""
    people = {
        "Department of Health and Family Welfare": "dhfw",
        "Department of Health and Human Services": "hhs",
    }
    text = (
        "The MoU on mental health is between the Department of Health and Family Welfare and "
        "the Department of Health and Human Services."
    )
    assert [set(p.agents) for p in _agreements(nlp, [text], people)] == [{"dhfw", "hhs"}]
