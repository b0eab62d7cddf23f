"""One attack, one event, told by its munitions (issue 7, branch events68): an attack's dead
fold only into the attack their sentence points to (not "the second bombing", "a separate
attack", nor an attack in another place), so twin attacks stay two events; a bomb's or blast's
toll ("a car bomb detonated near a hotel, killing 30", "the blast killed 25", "killed in the
blast") and a participle after an attack verb ("attacked a checkpoint, killing X") are the
attack's; an act told inside a denial ("denied that its forces shelled a school") is none.
Sentences of the shapes of real reports (benchmarks/pools/events68), names invented or kept."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import propose_events

pytestmark = pytest.mark.slow

NAMES = ("Islamic State", "Taliban", "Ahmed Khan", "Vorland", "Somalia")


def _proposed(nlp, text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """The type, actors and date of each event proposed in a one-paragraph article of
    Thursday 24 January 2019 (statements left out)."""
    doc, context = paragraph_context(
        nlp, text, date(2019, 1, 24), NAMES, {"actors/ahmed-khan"},
        {"actors/vorland", "actors/somalia"},
    )  # fmt: skip
    return [
        (p.type, p.actors, p.date)
        for p in propose_events(context, match(doc, 0).events)
        if p.type != "statement"
    ]


@pytest.mark.parametrize(
    "toll",
    [
        "Ahmed Khan was killed in the second bombing, at a bus station.",
        "Gunmen attacked a church in Basra. Ahmed Khan was killed in the attack in Basra.",
        "Ahmed Khan was killed in a separate attack.",
    ],
)
def test_a_toll_pointing_to_another_attack_stays_apart(nlp, toll):
    found = _proposed(
        nlp, f"Islamic State militants bombed a mosque in Baghdad on Thursday. {toll}"
    )
    assert found[0][0] == "strike" and "ahmed-khan" not in found[0][1]
    assert any("ahmed-khan" in actors for _, actors, _ in found[1:])  # its own event


def test_a_toll_of_the_attack_told_still_folds(nlp):
    found = _proposed(
        nlp, "Islamic State militants bombed a mosque in Baghdad on Thursday. "
        "Ahmed Khan was killed in the bombing."
    )  # fmt: skip
    assert [t for t, _, _ in found] == ["strike"]
    assert "ahmed-khan" in found[0][1]


def test_a_place_no_other_attack_is_told_in_renames_the_attacks(nlp):
    found = _proposed(
        nlp, "Islamic State militants attacked a mosque in Kabul on Thursday. Ahmed Khan was "
        "killed in the attack in the Afghan capital."
    )  # fmt: skip
    assert [t for t, _, _ in found] == ["strike"]
    assert "ahmed-khan" in found[0][1]


def test_a_toll_in_the_place_of_one_of_two_attacks_folds_into_that_one(nlp):
    found = _proposed(
        nlp, "Islamic State militants bombed a police station in Kirkuk on Thursday and bombed a "
        "mosque in Tikrit hours later. Ahmed Khan was killed in the bombing in Tikrit."
    )  # fmt: skip
    assert [t for t, _, _ in found] == ["strike", "strike"]
    assert "ahmed-khan" not in found[0][1] and "ahmed-khan" in found[1][1]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants attacked a mosque in Kabul on Thursday. Ahmed Khan was killed "
        "in the blast.",
        "An Islamic State suicide bomber blew himself up inside a mosque in Kabul on Thursday. "
        "The blast killed Ahmed Khan.",
        "Taliban fighters attacked a checkpoint in Vorland on Thursday, killing Ahmed Khan.",
    ],
)
def test_a_blast_or_a_participle_after_the_attack_is_its_toll(nlp, text):
    found = _proposed(nlp, text)
    assert [t for t, _, _ in found] == ["strike"]
    assert "ahmed-khan" in found[0][1]


def test_a_car_bombs_toll_is_a_bombing_when_no_attack_is_proposed(nlp):
    found = _proposed(
        nlp, "A car bomb detonated near a hotel in Mogadishu, Somalia on Thursday, killing 30 "
        "people."
    )  # fmt: skip
    assert [t for t, _, _ in found] == ["strike"]


def test_an_explosion_told_anew_is_not_an_earlier_attacks_toll(nlp):
    found = _proposed(
        nlp, "Taliban fighters attacked a checkpoint in Vorland on Thursday. Ahmed Khan was "
        "killed in an explosion at a chemical plant."
    )  # fmt: skip
    assert any(t == "strike" and "ahmed-khan" not in a for t, a, _ in found)
    assert any(t != "strike" and "ahmed-khan" in a for t, a, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Vorland denied shelling a school in Somalia on Thursday.",
        "Vorland denied that its forces shelled a school in Somalia on Thursday.",
        "Vorland dismissed reports that its jets struck a convoy in Somalia on Thursday.",
    ],
)
def test_an_act_told_inside_a_denial_is_no_event(nlp, text):
    assert not any(t == "strike" for t, _, _ in _proposed(nlp, text))


def test_a_denial_refused_is_no_denial(nlp):
    found = _proposed(nlp, "Vorland did not deny shelling a school in Somalia on Thursday.")
    assert any(t == "strike" and "vorland" in a for t, a, _ in found)


def test_a_hazards_toll_is_no_attacks(nlp):
    found = _proposed(nlp, "Typhoon Hagibis hit Somalia on Thursday, killing Ahmed Khan.")
    assert not any(t == "strike" for t, _, _ in found)


def test_a_participle_the_parser_hangs_on_a_later_verb_is_the_attacks_toll(nlp):
    found = _proposed(
        nlp, "Taliban fighters attacked a checkpoint in Vorland as the sun rose on "
        "Thursday, killing Ahmed Khan."
    )  # fmt: skip
    assert [t for t, _, _ in found] == ["strike"]
    assert "ahmed-khan" in found[0][1]


def _frames(nlp, text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.type, f.trigger.text, [r.text for r in f.patients]) for f in match(nlp(text), 0).events
    ]


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("Russia refused to lift its sanctions on Georgia on Monday.", "its sanctions on Georgia"),
        ("Barr and Ross, however, refused to hand over the documents.", "the documents"),
        ("The judge declined to dismiss the lawsuit.", "the lawsuit"),
        ("Iran declined to meet the delegation.", "the delegation"),
    ],
)
def test_a_refused_act_is_a_refusal_not_the_act(nlp, text, patient):
    found = _frames(nlp, text)
    assert [t for t, _, _ in found] == ["refusal"]
    assert patient in found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to comment on the report.",
        "The company declined to give details.",
        "The ministry refused to confirm the report.",
        "The Senate did not refuse to confirm him.",
        "He refused to resign.",
        "Refusing to give up power, Mugabe agreed to power-sharing.",
        "Holder was held in contempt in 2012 for refusing to turn over documents.",
        "Iran refuses to recognise Israel's right to exist.",
    ],
)
def test_a_saying_refused_or_a_refusal_denied_is_no_refusal(nlp, text):
    assert not any(t == "refusal" for t, _, _ in _frames(nlp, text))


def test_refusal_is_a_coded_type():
    from generator.extract.vocabulary import EVENT_TYPES as CODED
    from generator.model import EVENT_TYPES, type_name

    assert "refusal" in EVENT_TYPES and type_name("refusal") == "Refusal"
    assert (CODED["refusal"].cameo, CODED["refusal"].plover) == ("120", "REJECT")
