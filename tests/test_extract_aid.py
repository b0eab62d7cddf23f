"""Aid, a type of its own (issue 7, branch events60; CAMEO 07 "provide aid", PLOVER AID): the
gifts that make one, the help in a task, the figures and the sport that must not, and the name
its pages read. The sentences are the shapes of the pools' articles (benchmarks/pools/events60),
names kept or invented."""

from __future__ import annotations

import pytest

from generator.extract import match
from generator.extract.merge import Proposal, event_name
from generator.extract.vocabulary import EVENT_TYPES as CODED
from generator.model import EVENT_TYPES, Mention, type_name


def test_the_type_is_in_the_schema_with_its_readable_name_and_codes():
    assert "aid" in EVENT_TYPES and type_name("aid") == "Aid"
    assert CODED["aid"].cameo == "070" and CODED["aid"].plover == "AID"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("12,000 donors have donated over $1.2 million to the Red Cross through Yahoo.com.",
         "donated"),
        ("The United States gave $67 million last year to Yemen, according to the Associated "
         "Press.", "gave"),
        ("All three nations offered military assistance after the flight vanished in December "
         "2014.", "offered"),
        ("Mwangi said his organization has provided some assistance to most of the displaced.",
         "provided"),
        ("Japan sent humanitarian aid to the Philippines on Monday.", "sent"),
        ("The European Union provided 10 million euros in emergency assistance to Haiti.",
         "provided"),
    ],
)  # fmt: skip
def test_a_gift_of_aid_is_aid(nlp, text, trigger):
    frames = [f for f in match(nlp(text), 0).events if f.type == "aid"]
    assert trigger in [f.trigger.text for f in frames]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The FBI offered assistance in the investigation.",
        "The company provided assistance to the police.",
        "She was given first aid at the scene by paramedics.",
        "He gave his hearing aid to his brother.",
        "The rate cut offered little relief to borrowers.",
        "Militant groups said that they would send fighters to help aid al-Qaeda in Yemen.",
        "Critics said Britain could send aid to Yemen.",  # what could happen
        "Barcelona gave $5 million to Liverpool for the striker.",  # a transfer fee
        "The striker provided assistance for both goals in the win over Chelsea.",
        "Shareholders were offered $40 a share by Microsoft.",
        "The bank provided $2 billion in loans to Ford.",
        "The government gave the green light to the merger.",
        "Microsoft offered technical assistance to customers after the outage.",  # a service
        "The Fed offered relief to markets on Wednesday.",
        "Messi provided the assist for the second goal.",
    ],
)
def test_help_in_a_task_a_figure_or_a_fee_is_no_aid(nlp, text):
    assert not [f for f in match(nlp(text), 0).events if f.type == "aid"]


def test_aid_is_by_its_giver_to_its_receiver():
    names = {"actors/united-states": "United States", "actors/yemen": "Yemen"}
    types = {"actors/united-states": "state", "actors/yemen": "state"}
    mention = Mention("events/x", "a", 0, 0, 0, 4, "gave", "extract")
    proposal = Proposal(
        "events", "aid", ("united-states",), ("yemen",), None, None, None, mention, None
    )
    assert event_name([proposal], names, None, types) == "Aid by the United States to Yemen"
