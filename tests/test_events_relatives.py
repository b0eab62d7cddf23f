"""A relative is the participant of what happens to them, not the one whose relative they are
(the lead's reading of a read block's page "Arrest of Muammar al-Gaddafi": his son was held)."""

from __future__ import annotations

import pytest

from generator.extract import match


@pytest.mark.parametrize(
    ("text", "type_", "held", "not_held"),
    [
        ("In July 2008, the Swiss for two days detained Libyan leader Muammar al-Gaddafi's son, "
         "Hannibal, after hotel staff in Geneva complained of being assaulted.", "arrest",
         "Hannibal", "Gaddafi"),
        ("Israeli troops killed Hamas leader Ismail Haniyeh's brother, Ahmed, in Gaza.",
         "killing", "Ahmed", "Haniyeh"),
        ("Police arrested Mugabe's nephew Leo Mugabe in Harare.", "arrest", "Leo Mugabe",
         "Mugabe's"),
        ("The army detained the wife of opposition leader Morgan Tsvangirai.", "arrest", "wife",
         "Tsvangirai"),
    ],
)  # fmt: skip
def test_a_relative_not_whose_relative(nlp, text, type_, held, not_held):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    patients = " | ".join(r.text for r in frames[0].patients)
    assert held in patients
    assert not_held not in patients


def test_a_relative_named_alone_is_still_the_phrase(nlp):
    """ "Police arrested the president's son": no name, the kin noun alone names no actor."""
    frames = [e for e in match(nlp("Police arrested the president's son."), 0).events]
    assert [r.text for f in frames for r in f.patients] == ["son"]
