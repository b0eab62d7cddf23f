"""agreements57: shapes a fresh pool of news excerpts got wrong or missed (issue 7): a letter
telling of an intent, a passive verb of inviting whose "to" is a place, a deal a free relative
ranks, a sale of a model given the green light, and a deal reached days before its signing."""

from __future__ import annotations

from generator.extract.merge import Proposal
from tests.test_extract import _agreements, _agreements_with_states

ACTORS = {
    "Office of the U.S. Trade Representative": "ustr",
    "Japan": "japan",
    "Sean Spicer": "spicer",
    "Toyota": "toyota",
    "Idriss Deby": "deby",
    "Chad": "chad",
    "Libya": "libya",
    "Carlyle Group": "carlyle",
    "ADT Caps": "adt-caps",
    "Disney": "disney",
    "Fox": "fox",
    "Moscow": "russia",
    "Russia": "russia",
    "Pakistan": "pakistan",
    "Turkey": "turkey",
    "Robert Mugabe": "mugabe",
    "Mugabe": "mugabe",
    "Movement for Democratic Change": "mdc",
    "MDC": "mdc",
    "Morgan Tsvangirai": "tsvangirai",
}
STATES = {"japan", "chad", "libya", "russia", "pakistan", "turkey"}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements_with_states(nlp, paragraphs, ACTORS, STATES)


def test_letters_of_such_intent_are_a_notice_not_a_letter_of_intent(nlp):
    """The pool's TPP row (main: a letter of intent of the trade office): "letters of such
    intent" tell of the withdrawal the sentence before announced; the term "a letter of
    intent" still names an agreement."""
    notice = (
        "The Office of the U.S. Trade Representative sent letters of such intent to Japan and "
        "other TPP members, White House press secretary Sean Spicer said at a press briefing."
    )
    assert _found(nlp, [notice]) == []
    term = "Japan signed a letter of intent with Toyota on Monday."
    (found,) = _agreements(nlp, [term], ACTORS)
    assert found.type == "letter-of-intent"
    assert set(found.agents) == {"japan", "toyota"}


def test_those_invited_to_a_place_to_ratify_an_accord_are_its_parties_not_the_place(nlp):
    """The pool's Chad row (main: a second accord, of Libya): "had been invited to Libya to
    ratify an accord" names where, the passive's subject who is asked."""
    paragraphs = [
        "Chadian President Idriss Deby and leaders of Chad's four main rebel groups signed "
        "Thursday a peace accord, a Libyan official said.",
        "The rebel movements from eastern Chad had been invited to Libya to ratify an accord "
        "which had been initialled in Tripoli on October 3.",
    ]
    found = _found(nlp, paragraphs)
    assert found
    assert all("libya" not in p.agents for p in found)


def test_a_deal_a_free_relative_ranks_is_no_deal_of_the_names_around_it(nlp):
    """The pool's Hayleys row (main: a deal of ADT Caps alone): "planning a sale of … ADT Caps
    in what could be the country's biggest M&A deal" ranks a sale no buyer is named for; an
    acquisition the clause makes is still told, ranked the same way."""
    ranked = (
        "Private equity firm Carlyle Group is planning a sale of South Korean security systems "
        "company ADT Caps in what could be the country's biggest M&A deal in two years, "
        "sources with knowledge of the matter said."
    )
    assert _found(nlp, [ranked]) == []
    made = "Disney agreed to buy Fox in what would be the biggest media deal of the decade."
    found = _found(nlp, [made])
    assert any(set(p.agents) == {"disney", "fox"} for p in found)


def test_a_sale_of_a_model_given_the_green_light_is_a_proposed_deal(nlp):
    """The pool's Pakistan row (main: nothing): "Moscow had given the green light to the sale
    of MI-35 helicopters to Pakistan" (the buyer hung on the goods); a sale of a model halted
    or made without approval stays a trade, no deal (agreements56's guards)."""
    green = (
        "The visit came weeks after reports that Moscow had given the green light to the sale "
        "of MI-35 helicopters to Pakistan, which is interested in purchasing up to 20 "
        "helicopters."
    )
    unapproved = [
        "The sale of F-35 jets to Turkey was halted.",
        "Russia sold S-400 missile systems to Turkey last year.",
    ]
    assert [(set(p.agents), p.status) for p in _found(nlp, [green])] == [
        ({"russia", "pakistan"}, "proposed")
    ]
    assert [_found(nlp, [t]) for t in unapproved] == [[], []]


def test_a_deal_reached_days_before_its_signing_is_the_deal_signed(nlp):
    """The pool's Zimbabwe row (main: a second page dated "last Thursday"): "signed … a
    power-sharing deal" on Monday, "reached the power-sharing deal last Thursday": one deal,
    dated by its signing."""
    paragraphs = [
        "The Zimbabwean ruling and opposition parties on Monday formally signed in Harare a "
        "power-sharing deal which is aimed at solving the crisis in the country.",
        "The deal was inked by Zimbabwean President Robert Mugabe and opposition leaders at "
        "a hotel in Harare.",
        "Mugabe and the opposition Movement for Democratic Change (MDC) led by Morgan "
        "Tsvangirai reached the power-sharing deal last Thursday.",
    ]
    found = _found(nlp, paragraphs)
    assert found
    assert {p.date for p in found} == {"2019-11-04"}  # the Monday before 7 November 2019
    assert all("mugabe" in p.agents for p in found)


def test_a_purchase_of_the_stake_tells_again_the_purchase_of_a_stake(nlp):
    """The pool's Hayleys row (main: two acquisitions, one dated, one not): "is to buy a 61.73
    percent stake in Singer Sri Lanka Plc … said it has agreed to buy the stake from Retail
    Holdings": one acquisition, its date and both firms."""
    actors = {
        "Hayleys Plc": "hayleys",
        "Hayleys": "hayleys",
        "Singer Sri Lanka Plc": "singer",
        "Retail Holdings": "rhsl",
    }
    paragraphs = [
        "Sri Lankan conglomerate Hayleys Plc is to buy a 61.73 percent stake in Singer Sri "
        "Lanka Plc for 10.9 billion rupees ($71 million), the company said on Wednesday.",
        "Hayleys said it has agreed to buy the stake from Retail Holdings (Sri Lanka) BV at a "
        "price of 47 rupees per share.",
    ]
    found = _agreements(nlp, paragraphs, actors)
    assert len(found) == 2
    assert {p.date for p in found} == {"2019-11-06"}
    assert set(found[1].agents) == {"hayleys", "singer", "rhsl"}
