"""The one catalogue of reasons the non-actor rules give (``generator.resolve.reasons``)."""

from __future__ import annotations

from generator.resolve.nonactors import contest, people
from generator.resolve.reasons import NotActor
from generator.resolve.things import money


def test_every_reason_has_its_own_code_and_text() -> None:
    codes = [r.code for r in NotActor]
    assert len(codes) == len(set(codes))
    assert len({r.text for r in NotActor}) == len(codes)
    assert all(c.startswith(("NA-", "TH-", "RS-")) and c == c.upper() for c in codes)


def test_a_reason_shows_its_text_filled_in_then_its_code() -> None:
    assert NotActor.WORK.why(noun="film") == "a film's title: the text calls it a film [NA-WORK]"
    assert NotActor.TAX.why() == "a tax or a public grant, not an actor [TH-TAX]"


def test_both_rule_sets_give_reasons_from_the_catalogue() -> None:
    assert people("Neandertals") == NotActor.PEOPLES.why()
    assert contest("New Hampshire Primary") == NotActor.CONTEST.why(word="Primary")
    assert money("Common Fisheries Policy") == NotActor.POLICY.why()


def test_resolves_jargon_rule_gives_reasons_from_the_catalogue() -> None:
    assert NotActor.PRODUCT_OF.why(head="IBM", last="Power") == (
        "a product of 'IBM' ('Power'), never acting [TH-PRODUCT-OF]"
    )
    assert "{" not in NotActor.KIND_OF_THING.why(thing="an", name="ETA")
