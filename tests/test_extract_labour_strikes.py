"""Labour strikes (review20): CAMEO files a strike of workers under 143, a protest, and keeps
19x for armed force; "strike" is read by its neighbours. Sentences are invented in the shapes
of news reports (events59's probes "nurses went on strike", "workers struck over pay")."""

from __future__ import annotations

import pytest

from generator.extract import match


def _events(nlp, text):
    return [
        (f.type, f.trigger.text, [a.text for a in f.agents]) for f in match(nlp(text), 0).events
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Railway workers staged a strike in France on Thursday.", "strike", "Railway workers"),
        ("Thousands of nurses went on strike in Kenya on Monday.", "strike",
         "Thousands of nurses"),
        ("Miners in Chile are on strike for a third week.", "strike", "Miners in Chile"),
        ("Workers at the Ford plant struck over pay on Tuesday.", "struck",
         "Workers at the Ford plant"),
        ("Air France pilots struck on Saturday, grounding flights.", "struck",
         "Air France pilots"),
        ("The strike by London Underground workers closed the network on Monday.", "strike",
         "London Underground workers"),
        ("The hunger strike of the prisoners entered its tenth day.", "strike", "the prisoners"),
        ("Doctors in Nigeria held a 48-hour strike over unpaid wages.", "strike",
         "Doctors in Nigeria"),
        ("Junior doctors staged a walkout in England on Tuesday.", "walkout", "Junior doctors"),
        ("Workers staged a strike on Monday.", "strike", "Workers"),  # "on" a date
        ("A general strike paralysed Greece on Wednesday.", "strike", None),
    ],
)  # fmt: skip
def test_a_strike_of_workers_is_a_protest_with_its_strikers(nlp, text, trigger, who):
    events = _events(nlp, text)
    assert not [e for e in events if e[0] == "strike"]
    protests = [e for e in events if e[0] == "protest" and e[1] == trigger]
    assert protests
    if who is not None:
        assert who in protests[0][2]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Israel struck targets in Gaza on Sunday.", "struck"),
        ("An air strike killed ten people in Yemen on Monday.", "strike"),
        ("Missile strikes hit Kyiv overnight.", "strikes"),
        ("A US drone strike killed a militant commander in Somalia.", "strike"),
        ("Russia launched strikes on Ukrainian cities.", "strikes"),
        ("The army staged a strike against rebel positions in Idlib.", "strike"),
        ("Troops struck the rebel camp at dawn.", "struck"),
        ("Two strikes by the Israeli army hit Gaza.", "strikes"),
    ],
)
def test_a_strike_with_arms_stays_a_strike(nlp, text, trigger):
    events = _events(nlp, text)
    assert ("strike", trigger) in [(e[0], e[1]) for e in events]
    assert not [e for e in events if e[0] == "protest"]


@pytest.mark.slow
def test_a_blow_struck_is_a_figure(nlp):
    assert not _events(nlp, "Farmers struck a blow against the government.")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Unite members took strike action on Monday at the Grangemouth refinery in Scotland.",
         "Unite members"),
        ("Nurses in Scotland took industrial action on Friday.", "Nurses in Scotland"),
        ("Industrial action by rail workers in Britain disrupted services on Tuesday.",
         "rail workers in Britain"),
    ],
)  # fmt: skip
def test_strike_action_is_a_protest(nlp, text, who):
    protests = [e for e in _events(nlp, text) if e[0] == "protest"]
    assert protests and who in protests[0][2]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The United States took military action against Syria in 2017.",
        "Postal workers in Canada voted to take strike action.",  # to come
    ],
)
def test_other_action_or_action_to_come_is_no_protest(nlp, text):
    assert not [e for e in _events(nlp, text) if e[0] == "protest"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The union called off the strike on Friday.", "protest"),
        ("Teachers called off a strike planned for Monday.", "protest"),
        ("Trump called off the meeting with Kim in May.", "meeting"),
    ],
)
def test_what_was_called_off_did_not_happen(nlp, text, type_):
    assert not [e for e in _events(nlp, text) if e[0] == type_]


@pytest.mark.slow
def test_a_union_that_called_a_strike_is_its_striker(nlp):
    text = "The union called a strike at British Airways for Friday."
    assert ("protest", "strike", ["The union"]) in _events(nlp, text)
