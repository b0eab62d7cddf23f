"""A state's organs named by no name (events49, issue 7): "Police have opened a criminal case",
"Federal authorities are investigating" are the one state the text has named, and no one's
when the text names two states (by name or adjective, actors or not), when the force is a
local one, or when the words are inside a quotation. Sentence shapes from Wikinews articles,
rewritten with other names."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract import match
from generator.extract.events import propose_events
from generator.extract.tie import Context
from generator.model import Role
from tests.test_extract import parsed_context
from tests.test_extract_anaphora import _context as _plain_context


def _context(paragraphs: list[str], states: dict[str, str]) -> Context:
    """A context of plain sentences naming each of ``states`` as a state (the anaphora
    tests' context, with these names' keys as the states)."""
    keys = frozenset(f"actors/{s}" for s in states.values())
    return _plain_context(paragraphs, states, date(2019, 2, 6), keys)


def _agent(paragraphs: list[str], states: dict[str, str], p: int, phrase: str) -> tuple:
    at = paragraphs[p].rfind(phrase)
    return _context(paragraphs, states).actors_in(p, [Role(at, at + len(phrase), phrase)])


BUS = [
    "A bus carrying children overturned on Sunday in Babyninsky, Russia.",
    "Police have opened a criminal case against the driver and detained him.",
]


def test_police_are_the_one_state_named_before():
    assert _agent(BUS, {"Russia": "russia"}, 1, "Police") == ("russia",)
    text = [
        "A gunman shot shoppers in the U.S. border city of El Paso on Saturday.",
        "Federal authorities are investigating the shooting as domestic terrorism.",
    ]
    assert _agent(text, {"U.S.": "united-states"}, 1, "Federal authorities") == ("united-states",)


def test_two_states_named_give_no_state():
    """ "… between Iran and Kyrgyzstan. The army said …": which army is a guess; so is a
    state named only by its adjective beside the one actor ("Nigerian authorities … near the
    border with Cameroon": not Cameroon's military), and one named later in the sentence."""
    text = ["A plane from Kyrgyzstan crashed in Iran on Monday.", "The army said it had burned."]
    states = {"Kyrgyzstan": "kyrgyzstan", "Iran": "iran"}
    assert _agent(text, states, 1, "The army") == ()
    camp = [
        "Nigerian authorities raised the toll. The camp lies near the border with Cameroon.",
        "The military said a jet mistook refugees for rebels.",
    ]
    assert _agent(camp, {"Cameroon": "cameroon"}, 1, "The military") == ()
    later = ["A bus overturned in Russia.", "Police detained the driver, a citizen of Belarus."]
    assert _agent(later, {"Russia": "russia", "Belarus": "belarus"}, 1, "Police") == ()


def test_a_state_named_only_after_the_organ_is_not_its_state():
    """review14: "… in Texas. Police said the suspect fled to Mexico": the one state named is
    where he went, not whose police spoke (Texas, a U.S. state, is no state of the
    gazetteer's). The state must be named before the phrase, or right after it as "Police
    in Russia"; a state named later in the sentence only says that the state is unsure."""
    fled = ["A man shot two people in Texas on Monday.", "Police said the suspect fled to Mexico."]
    assert _agent(fled, {"Mexico": "mexico"}, 1, "Police") == ()
    alone = ["Police said the suspect fled to Mexico on Monday."]
    assert _agent(alone, {"Mexico": "mexico"}, 0, "Police") == ()
    within = ["Police in Russia detained the driver on Monday."]
    assert _agent(within, {"Russia": "russia"}, 0, "Police") == ("russia",)


def test_a_state_known_only_by_its_adjective_is_no_agent():
    """ "… from American IT giant EDS. … the government has suspended its plan": the article
    names no state actor, and the adjective's state is another's, not the government's."""
    text = ["The MPs criticised the system from American IT giant EDS.", "The government has "
            "suspended its plan to cut staff."]  # fmt: skip
    assert _agent(text, {}, 1, "The government") == ()


def test_local_forces_and_quoted_words_are_no_state():
    """ "State prosecutors", "Local officials" are a province's or a town's, not the state's;
    "police" inside someone's quotation is his word."""
    assert _agent(BUS, {"Russia": "russia"}, 1, "Police") == ("russia",)
    local = [*BUS[:1], "Local officials said 24 people were hospitalised."]
    assert _agent(local, {"Russia": "russia"}, 1, "Local officials") == ()
    quoted = [*BUS[:1], 'A parent said: "Police have done nothing for us."']
    assert _agent(quoted, {"Russia": "russia"}, 1, "Police") == ()


@pytest.mark.slow
def test_an_arrest_by_unnamed_police_is_the_states(nlp):
    """The whole event step: the arrest's agent is Russia; with two states named, nobody,
    so no event is proposed."""

    def arrests(text: str, states: dict[str, str]) -> list[tuple[str, ...]]:
        doc, context = parsed_context(nlp, text, date(2019, 2, 6), states, states=states.values())
        found = propose_events(context, match(doc, 0).events)
        return [(*p.agents, *p.patients) for p in found if p.type == "arrest"]

    one = " ".join(BUS)
    assert arrests(one, {"Russia": "russia"}) == [("russia",)]
    two = (
        "A bus carrying children from Belarus overturned on Sunday in Babyninsky, Russia. "
        "Police have opened a criminal case against the driver and detained him."
    )
    assert arrests(two, {"Russia": "russia", "Belarus": "belarus"}) == []
