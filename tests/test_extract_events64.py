"""events64: reported speech the statement cues missed: a person named after "according to"
says the sentence's clause, "confirmed that …" is reported speech, and a state's embassy
speaks for its state."""

from __future__ import annotations

import pytest

from generator.extract import match


def _speakers(nlp, text: str) -> list[str]:
    return [
        " ".join(r.text for r in f.agents)
        for f in match(nlp(text), 0).events
        if f.type == "statement"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Fourteen people were injured in the crash, according to Commissioner James "
            "Rovella of the Connecticut Department of Emergency Services.",
            "Rovella",
        ),
        (
            "According to Senator Richard Blumenthal, the airplane is one of eighteen B-17s "
            "still in the United States.",
            "Blumenthal",
        ),
    ],
)
def test_a_person_named_after_according_to_makes_a_statement(nlp, text, speaker):
    assert any(speaker in s for s in _speakers(nlp, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "At least 30 people died in the blast, according to Reuters.",
        "According to eyewitness Vinnie DeVita, the truck exploded within seconds.",
        'According to Senator Richard Blumenthal, "this is one of eighteen B-17s left."',
    ],
)
def test_according_to_an_outlet_a_witness_or_a_quote_is_no_new_statement(nlp, text):
    """An outlet sources the news, a witness comments on it, and a quotation is the statement
    event already (not an "according" frame besides)."""
    frames = [f for f in match(nlp(text), 0).events if f.trigger.text.lower() == "according"]
    assert frames == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Secret Service confirmed a single male was transported to a local hospital.",
            "Secret Service",
        ),
        (
            "Many guests were Indian; the Myanma embassy confirmed two pilgrims from Myanmar "
            "also died.",
            "embassy",
        ),
    ],
)
def test_confirmed_that_is_reported_speech(nlp, text, speaker):
    assert any(speaker in s for s in _speakers(nlp, text))


@pytest.mark.slow
def test_a_nominee_confirmed_is_still_no_statement(nlp):
    frames = match(nlp("The House of Representatives confirmed him on Friday."), 0).events
    assert [f.type for f in frames if f.trigger.text == "confirmed"] != ["statement"]


@pytest.mark.slow
def test_what_the_speaker_says_does_not_date_the_saying(nlp):
    """ "According to a 1989 report from the NTSB, the aircraft was involved in an incident on
    August 23, 1987": the report's year, not the incident's day (the clause is an aside)."""
    text = (
        "According to a 1989 report from the National Transportation Safety Board, the same "
        "aircraft was involved in an incident in Beaver Falls, Pennsylvania on August 23, 1987."
    )
    (frame,) = [f for f in match(nlp(text), 0).events if f.trigger.text == "According"]
    assert [r.text for r in frame.agents] == ["the National Transportation Safety Board"]
    assert any("1987" in r.text for r in frame.asides)
    assert not any("1989" in r.text for r in frame.asides)


@pytest.mark.slow
def test_a_bulletin_is_an_outlet(nlp):
    text = "According to Manila Bulletin, the earthquake was the strongest recorded in the city."
    assert _speakers(nlp, text) == []


@pytest.mark.slow
def test_the_name_in_apposition_speaks_not_whose_aide_he_is(nlp):
    text = (
        "According to the Russian president's aide, Yuri Ushakov, discussions between the "
        "leaders focused on bilateral relations."
    )
    assert _speakers(nlp, text) == ["Yuri Ushakov"]
