"""Ground taken, talks joined and visits paid (issue 7, branch events70): an armed party that
captures a dam or villages, takes or imposes control over a town, or advances on a place
attacks it; who participates or takes part in talks, or is invited to them, takes part in
them; whoever "paid a visit" made it; a person confined to their home or office, or under
arrest or in custody, is held. Sentences of the shapes of the events70 pool (fresh news
of the Syrian war, UN envoys' diplomacy), names kept or invented."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


def _frames(nlp, text: str, *types: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Each frame of ``text`` of one of ``types``: type, trigger, agents and patients."""
    return [
        (f.type, f.trigger.text, [r.text for r in f.agents], [r.text for r in f.patients])
        for f in match(nlp(text), 0).events
        if f.type in types
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "A US-backed alliance of Kurdish and Arab rebel groups has captured a dam from "
            "Daesh, an alliance spokesman said.",
            "captured",
            "alliance",
        ),
        ("The SDF has captured more than 40 villages from IS.", "captured", "SDF"),
        (
            "Syrian rebels have captured a major hydroelectric dam on the Euphrates river.",
            "captured",
            "rebels",
        ),
    ],
)
def test_ground_captured_is_seized(nlp, text, trigger, agent):
    found = [f for f in _frames(nlp, text, "seizure") if f[1] == trigger]
    assert found and any(agent in a for a in found[0][2])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Syrian troops had taken control over the town of Rasm ad-Dahl after a day-long "
            "battle with ISIS.",
            "taken",
        ),
        (
            "The Syrian Arab Army has imposed control over another town in northeast Hama.",
            "imposed",
        ),
        (
            "Government troops and militia advanced on Syria's largest dam with Russian air "
            "support on Monday.",
            "advanced",
        ),
        ("Iraqi troops pushed into the town of Hit on Tuesday.", "pushed"),
    ],
)
def test_armed_control_over_or_advance_on_ground_is_a_strike(nlp, text, trigger):
    assert any(f[1] == trigger for f in _frames(nlp, text, "strike"))


@pytest.mark.parametrize(
    ("text", "agent", "patient"),
    [
        (
            "The United Nations on Sunday formally invited the Syrian regime to a new round "
            "of peace talks with the opposition.",
            "The United Nations",
            "the Syrian regime",
        ),
        (
            "On Friday, the HNC decided to participate in the talks after receiving "
            "assurances from the United Nations.",
            "the HNC",
            None,
        ),
        ("Gbagbo agreed to take part in the talks.", "Gbagbo", None),
    ],
)
def test_who_joins_or_is_invited_to_talks_takes_part(nlp, text, agent, patient):
    talks = [f for f in _frames(nlp, text, "meeting") if f[1] == "talks"]
    assert talks and talks[0][2] == [agent]
    assert patient is None or patient in talks[0][3]


@pytest.mark.parametrize(
    "text",
    [
        "Gbagbo declined to take part in the talks.",
        "The opposition did not participate in the negotiations.",
    ],
)
def test_no_part_in_talks_refused(nlp, text):
    assert not any(f[2] for f in _frames(nlp, text, "meeting"))


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "The Special Envoy paid a courtesy visit to the delegation at their hotel in Geneva.",
            "The Special Envoy",
        ),
        (
            'Ramzy Ezzeldin Ramzy also on Sunday afternoon paid a "courtesy" visit to the hotel '
            "of the government delegation.",
            "Ramzy Ezzeldin Ramzy",
        ),
    ],
)
def test_who_paid_a_visit_made_it(nlp, text, visitor):
    visits = _frames(nlp, text, "visit")
    assert visits and visits[0][2] == [visitor]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The MoD expressed its "deep regret" at the incident.', "The MoD"),
        (
            "Mr Ouattara indicated his willingness to ensure a dignified exit for Mr Gbagbo.",
            "Mr Ouattara",
        ),
        ("The ministry expressed concern over the arrests on Monday.", "The ministry"),
    ],
)
def test_a_stance_expressed_is_a_statement(nlp, text, speaker):
    said = [f for f in _frames(nlp, text, "statement") if f[1] in ("expressed", "indicated")]
    assert said and said[0][2] == [speaker]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The BNP and its allies have staged weeks of deadly protests, strikes and transport "
            "blockades to try to force Prime Minister Sheikh Hasina to resign.",
            "The BNP and its allies",
        ),
        ("Protesters staged a wave of protests against Hasina.", "Protesters"),
    ],
)
def test_events_measured_out_are_the_light_verbs_subjects(nlp, text, agent):
    protests = [f for f in _frames(nlp, text, "protest") if f[1] == "protests"]
    assert protests and protests[0][2] == [agent]


@pytest.mark.parametrize(
    "text", ["The union called off weeks of protests.", "The city saw weeks of protests."]
)
def test_no_agent_for_events_measured_out_without_a_light_verb(nlp, text):
    assert not any(f[2] for f in _frames(nlp, text, "protest"))


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Bangladesh police on Sunday banned all protest rallies in the capital and confined "
            "opposition leader Khaleda Zia to her office amid fears of violence.",
            "opposition leader Khaleda Zia",
        ),
        ("Police confined the opposition leader to his home on Monday.", "the opposition leader"),
        ("Aung San Suu Kyi has been under house arrest since 2003.", "Aung San Suu Kyi"),
        ("The suspect is in custody.", "The suspect"),
    ],
)
def test_a_person_confined_or_under_arrest_is_held(nlp, text, held):
    arrests = _frames(nlp, text, "arrest")
    assert arrests and held in arrests[0][3]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The film captured the mood of the country.", ("seizure", "strike")),
        ("The party captured 52% of the vote in the district.", ("seizure", "strike")),
        ("The photographer captured the bridge on camera.", ("seizure", "strike")),
        ("The government imposed control over food prices in the capital.", ("strike",)),
        ("The team advanced to the final on Sunday.", ("strike",)),
        ("Thousands of protesters marched on parliament on Monday.", ("strike",)),
        ("The airline took control of the airport's catering.", ("strike",)),
        ("The results indicated strong support for the measure.", ("statement",)),
        ("The president did not express regret.", ("statement",)),
        ("He expressed no regret for his actions.", ("statement",)),
        ("Polls signalled growing support for Labour.", ("statement",)),
        ("The fire was confined to the first floor.", ("arrest",)),
        ("The company is under investigation.", ("arrest",)),
        ("He was in prison in 2005.", ("arrest",)),
        ("He was not in custody.", ("arrest",)),
    ],
)
def test_no_frame_where_the_shape_is_not_there(nlp, text, types):
    """A figure, a vote, a photograph; no arms or no ground; a stance not a speaker's or not
    expressed; a thing confined, an investigation, a biography's prison."""
    assert not _frames(nlp, text, *types)
