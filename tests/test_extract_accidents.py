"""Accidents, a type of their own (issue 7, branch events59): the vehicles and buildings that
make one, the figures that must not, and the name its pages read. The sentences are the shapes
of the shape-chosen pool's articles (Wikinews 2019 rows, benchmarks/pools/events59), names kept
or invented."""

from __future__ import annotations

import pytest

from generator.extract import match
from generator.extract.merge import Proposal, event_name
from generator.extract.vocabulary import EVENT_TYPES as CODED
from generator.model import EVENT_TYPES, Mention, type_name


def test_the_type_is_in_the_schema_with_its_readable_name_and_no_code():
    assert "accident" in EVENT_TYPES and type_name("accident") == "Accident"
    assert CODED["accident"].cameo is None and CODED["accident"].plover is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("An Iranian military cargo plane crashed into houses in Karaj on Monday.", "crashed"),
        ("A bus operated by Viazul crashed on Thursday between Baracoa and Guantanamo.",
         "crashed"),
        ("A war-damaged five-storey block of flats collapsed in Aleppo on Saturday.",
         "collapsed"),
        ("A ferry carrying 300 passengers sank off the coast of Bangladesh on Sunday.", "sank"),
        ("The Hotel Arpit Palace in New Delhi caught fire yesterday morning.", "caught"),
        ("On Friday a pickup truck and a group of ten motorcycles collided, the truck catching "
         "fire in the process.", "collided"),
        ("Zhukovskyy's truck collided with a group of motorcycles on Route 2.", "collided"),
        ("Fourteen people were injured in the crash of the plane near the airport.", "crash"),
    ],
)  # fmt: skip
def test_a_vehicle_or_building_wrecked_is_an_accident(nlp, text, trigger):
    frames = [f for f in match(nlp(text), 0).events if f.type == "accident"]
    assert trigger in [f.trigger.text for f in frames]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The stock market crashed in October 1929.",
        "Shares crashed after the announcement on Monday.",
        "Investors feared a crash in share prices.",
        "The website crashed on Monday.",
        "The coalition government collapsed in March.",
        "Other buildings in Salaheddin could collapse.",  # what could happen
        "Woods sank a long putt on the 18th hole.",
        "The Labour campaign caught fire in the final week.",
    ],
)
def test_a_figure_or_what_could_happen_is_no_accident(nlp, text):
    assert not [f for f in match(nlp(text), 0).events if f.type == "accident"]


def _name(actors: dict[str, tuple[str, str]], agents: tuple[str, ...]) -> str:
    names = {f"actors/{k}": v[0] for k, v in actors.items()}
    types = {f"actors/{k}": v[1] for k, v in actors.items()}
    mention = Mention("events/x", "a", 0, 0, 0, 4, "crashed", "extract")
    proposal = Proposal("events", "accident", agents, (), None, None, None, mention, None)
    return event_name([proposal], names, None, types)


def test_an_accident_involves_its_operator_and_happens_in_its_state():
    actors = {"viazul": ("Viazul", "organisation"), "cuba": ("Cuba", "state")}
    assert _name(actors, ("viazul", "cuba")) == "Accident involving Viazul in Cuba"
    assert _name(actors, ("cuba",)) == "Accident in Cuba"
