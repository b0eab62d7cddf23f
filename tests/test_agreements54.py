"""agreements54: three shapes of agreement with no agreement noun that the read blind44 block
missed: sides agreeing to meet, a lease told by its verb, and an undertaking not to attack
(issue 7)."""

from __future__ import annotations

from generator.extract import match
from generator.extract.merge import Proposal
from tests.test_extract import _agreements

ACTORS = {
    "Libya": "libya",
    "Switzerland": "switzerland",
    "Japan": "japan",
    "South Korea": "south-korea",
    "Siegel": "siegel",
    "Africa One": "africa-one",
    "Manilla Airlift": "manilla",
    "BOC Aviation": "boc",
    "AirBridgeCargo": "abc",
    "United States": "us",
    "Iran": "iran",
    "North Korea": "nk",
    "Hans Blix": "blix",
    "DPRK": "nk",
    "U.S.": "us",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements(nlp, paragraphs, ACTORS)


def test_two_sides_agreeing_to_meet_is_an_agreement(nlp):
    """ "Libya and Switzerland have reportedly agreed to meet" (blind44; main: nothing)."""
    text = (
        "Libya and Switzerland have reportedly agreed to meet in an effort to resolve a "
        "diplomatic row about travel visas."
    )
    (found,) = _found(nlp, [text])
    assert set(found.agents) == {"libya", "switzerland"}
    assert found.subject == "to meet"


def test_officials_of_two_states_agreeing_to_arrange_a_meeting(nlp):
    """ "The foreign ministers of Japan and South Korea agreed Saturday to arrange for … to
    meet" (Nikkei, 2019): the states the ministers are of."""
    text = (
        "The foreign ministers of Japan and South Korea agreed Saturday to arrange for Prime "
        "Minister Shinzo Abe and President Moon Jae In to meet in late December."
    )
    (found,) = _found(nlp, [text])
    assert {"japan", "south-korea"} <= set(found.agents)


def test_one_side_agreeing_to_answer_questions_or_unnamed_ministers_are_none(nlp):
    """Guards: one person agreeing to an interview, ministers no sentence names, a meeting
    agreed to as a thing ("a future meet") and an opinion shared."""
    texts = [
        "Siegel agreed to answer some questions for Wikinews's correspondent.",
        "The Ministers agreed to hold a joint meeting on the margins of the OSCE council.",
        "The foreign ministers agreed to a future meet on Crete.",
        "While all agreed that time off was rare, Leisha Riddell emphasized the need for rest.",
    ]
    for text in texts:
        assert match(nlp(text), 0).agreements == (), text


def test_a_thing_leased_to_a_named_firm_is_a_lease_of_owner_and_user(nlp):
    """ "The plane belonged to Africa One, but had been leased to Manilla Airlift" (blind44;
    main: nothing): the owner the clause before names, and the user."""
    text = "The plane belonged to Africa One, but had been leased to Manilla Airlift."
    (frame,) = match(nlp(text), 0).agreements
    assert frame.type == "contract"
    assert [r.text for r in frame.parties] == ["Africa One", "Manilla Airlift"]
    assert frame.subject == "plane lease" and frame.status is None


def test_a_lease_in_a_relative_clause_keeps_the_names_alone(nlp):
    """ "the plane, which BOC Aviation had leased to Russia's AirBridgeCargo": not Russia."""
    text = (
        "Flight trackers followed the plane, which BOC Aviation had leased to Russia's "
        "AirBridgeCargo, from Hong Kong to California on March 25."
    )
    (frame,) = match(nlp(text), 0).agreements
    assert [r.text for r in frame.parties] == ["BOC Aviation", "AirBridgeCargo"]


def test_leasing_with_no_named_other_side_is_none(nlp):
    """Guards: offices a firm leases, aircraft leased to airlines no name says."""
    texts = [
        "The company leases offices in London.",
        "The Singapore-based company leased aircraft to Russian airlines before the sanctions.",
    ]
    for text in texts:
        assert match(nlp(text), 0).agreements == (), text


def test_a_commitment_not_to_attack_recommended_and_one_given_are_two(nlp):
    """Blix "recommended that the United States give a similar commitment not to attack Iran
    …, just as it apparently has given to North Korea" (blind44; main: nothing): one proposed
    with Iran, one given to North Korea."""
    text = (
        "On January 25, 2006, Hans Blix recommended that the United States give a similar "
        "commitment not to attack Iran with either conventional or nuclear weapons, just as it "
        "apparently has given to North Korea."
    )
    found = {frozenset(p.agents): p for p in _found(nlp, [text])}
    assert set(found) == {frozenset({"us", "iran"}), frozenset({"us", "nk"})}
    assert found[frozenset({"us", "iran"})].status == "proposed"
    assert found[frozenset({"us", "nk"})].status is None


def test_a_promise_not_to_threaten_is_an_undertaking(nlp):
    """ "The U.S. … promised not to threaten the DPRK with nukes" (KCNA, 2003)."""
    text = "In 1993 the United States promised not to threaten North Korea with nuclear weapons."
    (frame,) = match(nlp(text), 0).agreements
    assert [r.text for r in frame.parties] == ["the United States", "North Korea"]
    assert frame.subject == "not to threaten North Korea"


def test_a_pledge_to_attack_or_a_refused_commitment_is_none(nlp):
    """Guards: a pledge to attack is a threat; a commitment refused was not given."""
    texts = [
        "Iran pledged to attack Israel if it struck its nuclear sites.",
        "The United States did not give any commitment not to attack Iran.",
    ]
    for text in texts:
        assert match(nlp(text), 0).agreements == (), text


def test_agreeing_to_join_forces_with_a_named_side_is_an_agreement(nlp):
    """ "Mutambara subsequently agreed to join forces with Tsvangirai" (blind43; main:
    nothing): an alliance of the two, as "agreed to share power with" is."""
    text = (
        "Mutambara subsequently agreed to join forces with Tsvangirai, although no official "
        "merge has taken place."
    )
    (frame,) = match(nlp(text), 0).agreements
    assert [r.text for r in frame.parties] == ["Mutambara", "Tsvangirai"]
    assert frame.subject == "to join forces"


def test_what_sides_only_try_to_do_is_no_agreement(nlp):
    """ "met … to try to settle the dispute" (Moscow Times, 2014), "tried to buy Yahoo": an
    attempt, not a settlement or a purchase (main: both signed)."""
    texts = [
        "Russia's Gazprom and Ukraine state energy company Naftogaz met for two days in Berlin "
        "last week to try to settle the dispute which could threaten gas flows to Europe.",
        "Microsoft tried to buy Yahoo in 2008.",
    ]
    for text in texts:
        assert match(nlp(text), 0).agreements == (), text


def test_a_dispute_settled_is_still_an_agreement(nlp):
    """Guard: the settlement itself stays."""
    text = "Gazprom and Naftogaz settled the dispute over gas prices on Monday."
    assert match(nlp(text), 0).agreements != ()
