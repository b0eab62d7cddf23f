"""Who a participant's phrase names (the lead's reading of a read block's page "Arrest of
Muammar al-Gaddafi", whose son was held "for two days" by "the Swiss"): a relative, not the one
whose relative they are; a doer without the time the parser hung on it."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract import match
from generator.extract.tie import Context
from generator.model import Article, Mention, Role, Sentence


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


def test_the_time_hung_on_a_doer_is_not_its_name(nlp):
    text = "In July 2008, the Swiss for two days detained Hannibal, a businessman."
    frames = [e for e in match(nlp(text), 0).events if e.type == "arrest"]
    assert frames, f"no arrest in {text!r}"
    assert [r.text for r in frames[0].agents] == ["the Swiss"]


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("He was charged with inciting public violence, said MDC spokesman Nelson Chamisa.", []),
        ("He was arrested on Friday, the party's spokesman Nelson Chamisa said.", []),
        ("Police confirmed that two suspects were arrested.", ["Police"]),
    ],
)
def test_who_tells_of_an_arrest_made_it_only_as_a_body(nlp, text, doers):
    frames = [e for e in match(nlp(text), 0).events if e.type == "arrest"]
    assert frames, f"no arrest in {text!r}"
    assert [r.text for r in frames[0].agents] == doers


def test_a_place_the_ner_cut_at_its_of_is_whole(nlp):
    """ "in the Democratic Republic of the Congo", which the small model reads as "the
    Democratic Republic of the" + "Congo": the place is the whole name."""
    text = (
        "More than 50 people have been killed after a plane crashed in the Democratic Republic "
        "of the Congo, causing president Joseph Kabila to fire his transport minister."
    )
    frames = [e for e in match(nlp(text), 0).events if e.type == "accident"]
    assert frames, f"no accident in {text!r}"
    places = [r.text for f in frames for r in (*f.places, *f.patients)]
    assert "the Democratic Republic of the" not in places
    assert any(p.endswith("Democratic Republic of the Congo") for p in places)


def test_the_last_word_of_a_states_long_name_is_that_state():
    """The parser's place "Congo" at the end of the mention "the Democratic Republic of the
    Congo" ties to that state (not to nothing, nor to the other Congo); a word at the end of a
    body's name does not ("Russia's Foreign Ministry" is no state)."""
    text = (
        "A plane crashed in the Democratic Republic of the Congo, and in Russia's Foreign Ministry."
    )
    article = Article("a", "T", "2007-10-06", "Wire", None, "en", (text,))
    sentences = (Sentence(0, 0, len(text), text, ()),)
    drc = Mention("actors/drc", "a", 0, 0, 19, 55, "the Democratic Republic of the Congo", "ner")
    ministry = Mention("actors/mfa", "a", 0, 0, 64, 89, "Russia's Foreign Ministry", "ner")
    context = Context(
        article, sentences, (drc, ministry), date(2007, 10, 6), states=frozenset({"actors/drc"})
    )
    assert text[50:55] == "Congo" and text[81:89] == "Ministry"
    assert context.actors_in(0, [Role(50, 55, "Congo")]) == ("drc",)
    assert context.actors_in(0, [Role(81, 89, "Ministry")]) == ()


def test_a_place_that_is_the_participant_with_its_the_is_not_said_twice():
    from generator.extract.merge import Proposal, event_name

    mention = Mention("events/x", "a", 0, 0, 0, 4, "word", "extract")
    proposal = Proposal(
        "events", "accident", (), ("drc",), None, None, "the Democratic Republic of the Congo",
        mention, "2007-10-06",
    )  # fmt: skip
    names = {"actors/drc": "Democratic Republic of the Congo"}
    types = {"actors/drc": "state"}
    assert event_name([proposal], names, None, types) == (
        "Accident in the Democratic Republic of the Congo"
    )
