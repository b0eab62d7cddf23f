"""agreements53: two wrong shapes of the wide check on news nobody tuned on: a deal there is
only "a chance of agreeing", and things taken over whose describing clause names a firm
("Twitter accounts belonging to the Church's spokeswoman were taken over") (issue 7)."""

from __future__ import annotations

from generator.extract.merge import Proposal
from tests.test_extract import _agreements

ACTORS = {
    "Boris Johnson": "johnson",
    "European Union": "eu",
    "Israel": "israel",
    "Hamas": "hamas",
    "Anonymous": "anonymous",
    "Oracle": "oracle",
    "Sun Microsystems": "sun",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements(nlp, paragraphs, ACTORS)


def test_a_chance_of_agreeing_a_deal_is_none(nlp):
    """ "there was a chance of agreeing a new Brexit deal with the European Union": a deal
    that may yet be made (main: a signed deal with the EU)."""
    text = (
        "British Prime Minister Boris Johnson told his Cabinet of top ministers that there was "
        "a chance of agreeing a new Brexit deal with the European Union, his spokesman said "
        "on Wednesday."
    )
    assert _found(nlp, [text]) == []


def test_a_chance_of_reaching_a_peace_deal_is_none(nlp):
    """The same with "reaching" (main: a signed Israel–Hamas deal)."""
    text = "There is a good chance of reaching a peace deal between Israel and Hamas."
    assert _found(nlp, [text]) == []


def test_a_deal_agreed_is_kept(nlp):
    """Guard: the deal agreed itself, with no chance before it, stays."""
    text = "Israel and Hamas agreed a peace deal on Monday."
    assert [set(p.agents) for p in _found(nlp, [text])] == [{"israel", "hamas"}]


def test_accounts_taken_over_are_no_acquisition(nlp):
    """ "Twitter accounts belonging to …, the Church's spokeswoman, … were hacked and taken
    over by Anonymous": the firm is in a clause saying whose the accounts are (main: an
    "Anonymous acquisition")."""
    text = (
        "Twitter accounts belonging to Shirley Phelps-Roper, the Church's spokeswoman, and "
        "leader Fred Phelps, were hacked and taken over by Anonymous."
    )
    assert _found(nlp, [text]) == []


def test_a_firm_taken_over_is_still_an_acquisition(nlp):
    """Guard: a firm taken over, described by an apposition, is still bought."""
    text = "Oracle took over Sun Microsystems, a company founded by Scott McNealy."
    assert any({"oracle", "sun"} <= set(p.agents) for p in _found(nlp, [text]))


ASKED = {"UN Security Council": "unsc", "Israel": "israel", "Hamas": "hamas", "Ukraine": "ua"}


def test_a_ceasefire_a_council_calls_on_sides_to_maintain_is_not_the_councils(nlp):
    """ "called on Israel and Hamas to "act seriously" to maintain their tentative ceasefire":
    the council only asks, through two "to" verbs (main: a ceasefire with the council)."""
    text = (
        'The UN Security Council on Wednesday called on Israel and Hamas to "act seriously" to '
        "maintain their tentative ceasefire, AFP reported."
    )
    assert not any("unsc" in p.agents for p in _agreements(nlp, [text], ASKED))


def test_a_brokered_deal_sides_are_called_on_to_abide_by_is_not_the_councils(nlp):
    """ "called on all parties in eastern Ukraine to stop fighting and abide by a
    European-brokered peace deal": a name in "-brokered" tells who brokered it, not the
    deal's name (main: a peace deal of the council)."""
    text = (
        "The UN Security Council called on all parties in eastern Ukraine to stop fighting and "
        "abide by a European-brokered peace deal that aims to end months of conflict."
    )
    assert not any("unsc" in p.agents for p in _agreements(nlp, [text], ASKED))


def test_sides_that_agreed_to_abide_by_a_brokered_ceasefire_keep_it(nlp):
    """Guard: the sides themselves agreeing to stop and abide by it keep their ceasefire."""
    text = "Israel and Hamas agreed to stop fighting and abide by an Egypt-brokered ceasefire."
    found = _agreements(nlp, [text], ASKED)
    assert [set(p.agents) for p in found] == [{"israel", "hamas"}]


def test_a_number_of_memorandums_still_to_be_signed_is_none(nlp):
    """ "a number of memorandums of understanding will be signed": a batch is new as "a
    memorandum" is, and its signing still to come (main: a signed memorandum)."""
    text = (
        "Following the talks, a number of memorandums of understanding will be signed between "
        "Pakistan and Sri Lanka."
    )
    actors = {"Pakistan": "pk", "Sri Lanka": "lk"}
    assert _agreements(nlp, [text], actors) == []


def test_a_number_of_memorandums_signed_is_kept(nlp):
    """Guard: the batch signed is their agreement."""
    text = "Pakistan and Sri Lanka signed a number of memorandums of understanding on Monday."
    actors = {"Pakistan": "pk", "Sri Lanka": "lk"}
    assert [set(p.agents) for p in _agreements(nlp, [text], actors)] == [{"pk", "lk"}]
