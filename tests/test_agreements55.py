"""agreements55: a ceasefire named only by its violations, a shape the read blind42 block
missed ("over 800 ceasefire violations along the Line of Control … between India and
Pakistan"), and agreements counted as "a total of" (this round's pool) (issue 7)."""

from __future__ import annotations

from generator.extract.merge import Proposal
from tests.test_extract import _agreements

ACTORS = {
    "India": "india",
    "Pakistan": "pakistan",
    "Line of Control": "loc",
    "Philippines": "philippines",
    "Russia": "russia",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements(nlp, paragraphs, ACTORS)


def test_violations_between_two_sides_are_their_ceasefire_in_force(nlp):
    """blind42's Kashmir report (main: nothing): the ceasefire its violations tell of."""
    text = (
        "In 2017, there were over 800 ceasefire violations along the heavily-militarised Line "
        "of Control in Kashmir between India and Pakistan."
    )
    (found,) = _found(nlp, [text])
    assert found.type == "ceasefire"
    assert set(found.agents) == {"india", "pakistan"}
    assert found.status == "in force"


def test_violations_by_one_side_name_that_side(nlp):
    """ "ceasefire violations by Pakistan" (Deccan Herald, 2020): who broke it is a side."""
    text = "There has been a huge surge in ceasefire violations by Pakistan along the LoC."
    (found,) = _found(nlp, [text])
    assert found.agents == ("pakistan",)


def test_violations_of_a_ceasefire_the_article_names_are_no_second_page(nlp):
    """The violations beside "entered into a border ceasefire agreement with Pakistan": one
    agreement, not a second page for the violations."""
    paragraphs = [
        "There has been a huge surge in ceasefire violations by Pakistan along the LoC.",
        "The Government of India had entered into a border ceasefire agreement with Pakistan "
        "along the LoC on November 26, 2003.",
    ]
    (found,) = _found(nlp, paragraphs)
    assert set(found.agents) == {"india", "pakistan"}
    assert "ceasefire agreement" in found.mention.text


def test_violations_with_no_side_or_other_compounds_are_none(nlp):
    """Guards: violations in general, and a ceasefire compound that is no violation."""
    texts = [
        "Ceasefire violations increase during times of crisis, including small arms fire.",
        "India and Pakistan held ceasefire talks in Islamabad.",
    ]
    for text in texts:
        assert _found(nlp, [text]) == [], text


def test_a_total_of_agreements_sealed_is_a_batch(nlp):
    """ "The Philippines and Russia sealed a total of 10 bilateral agreements" (Canadian
    Inquirer, 2017; main: nothing): the total is the verb's object, as "a number of" is."""
    text = (
        "The Philippines and Russia sealed a total of 10 bilateral agreements after President "
        "Rodrigo Duterte's official visit to Moscow."
    )
    (found,) = _found(nlp, [text])
    assert set(found.agents) == {"philippines", "russia"}
    assert found.status == "signed"
