"""agreements58: agreement recall (issue 7): a "since" clause's date is no agreement's making,
collective phrases of three or four or "of each country" stand for the states named before,
and a second act of agreeing in one article with other parties is a second agreement."""

from __future__ import annotations

from generator.extract.merge import Proposal, cluster
from tests.test_extract import _agreements_with_states

ACTORS = {
    "Egypt": "egypt",
    "Iran": "iran",
    "Colombia": "colombia",
    "Ecuador": "ecuador",
    "Venezuela": "venezuela",
    "Nicaragua": "nicaragua",
    "Daniel Ortega": "ortega",
    "France": "france",
    "Germany": "germany",
    "Italy": "italy",
    "Spain": "spain",
    "IBM": "ibm",
    "Red Hat": "red-hat",
}
STATES = {"egypt", "iran", "colombia", "ecuador", "venezuela", "nicaragua"} | {
    "france",
    "germany",
    "italy",
    "spain",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements_with_states(nlp, paragraphs, ACTORS, STATES)


def test_a_date_in_a_since_clause_is_not_the_agreements(nlp):
    """The pool's Egypt-Iran row (main: the agreement dated 1979): "for the first time since
    … fell apart in 1979" dates the rupture, not the signing; a date of the signing's own
    clause still dates it, and so does one of a "since" clause that holds the agreement."""
    since = (
        "Egypt and Iran have signed an agreement to resume direct flights between them for the "
        "first time since the two nations' diplomatic relations fell apart in 1979."
    )
    (found,) = _found(nlp, [since])
    assert set(found.agents) == {"egypt", "iran"}
    assert found.date is None
    dated = "Since 1979, relations were frozen, but Egypt and Iran signed an agreement on Sunday."
    (found,) = _found(nlp, [dated])
    assert found.date == "2019-11-03"
    own = "IBM has grown since it acquired Red Hat in 2019."
    assert [p.date for p in _found(nlp, [own]) if p.type == "acquisition"] == ["2019"]


def test_the_presidents_of_each_country_are_the_states_named_before(nlp):
    """The test split's South American row: "The presidents of each country agreed to end the
    conflict" after the three states of the dispute; a count says how many ("the three
    countries" after four states: which three is not told, none)."""
    paragraphs = [
        "A handshake marked the end of the dispute between the nations of Colombia, Ecuador, "
        "and Venezuela. The presidents of each country agreed to end the conflict."
    ]
    (found,) = _found(nlp, paragraphs)
    assert set(found.agents) == {"colombia", "ecuador", "venezuela"}
    four = ["France, Germany, Italy and Spain met in Rome. The three countries signed a treaty."]
    assert [set(p.agents) for p in _found(nlp, four) if p.agents] == []


def test_a_second_act_of_agreeing_with_other_parties_is_its_own_agreement(nlp):
    """The same row (main: one page, the first agreement matched to Ortega's): "Nicaragua's
    president, Daniel Ortega, also agreed to reinstate diplomatic ties with Colombia" is a
    second agreement, one party shared."""
    paragraphs = [
        "A handshake marked the end of the dispute between the nations of Colombia, Ecuador, "
        "and Venezuela. The presidents of each country agreed to end the conflict.",
        "Nicaragua's president, Daniel Ortega, also agreed to reinstate diplomatic ties with "
        "Colombia.",
    ]
    found = _found(nlp, paragraphs)
    assert len(found) == 2
    groups = cluster(found)
    assert len(groups) == 2
