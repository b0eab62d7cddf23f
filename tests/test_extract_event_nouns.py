"""Happenings named by a noun (issue 7, branch events57): the nouns of the event verbs, and the
event noun as the passive subject of a light verb ("the summit was attended by ..."). Names
are invented or rewritten; the shapes are those of the pool articles that missed them
(benchmarks/README.md, events57)."""

from __future__ import annotations

import pytest

from generator.extract import match
from generator.extract.vocabulary import _EVENT_WORDS, _VERB_NOUNS, EVENT_NOUNS, EVENT_VERBS


def test_verb_nouns_are_new_and_of_types_with_their_verbs():
    hand = {noun for _, nouns in _EVENT_WORDS.values() for noun in nouns}
    for type_, nouns in _VERB_NOUNS.items():
        assert type_ in _EVENT_WORDS
        assert not hand & set(nouns), "a hand-listed noun listed again"
        assert all(EVENT_NOUNS[n] == type_ for n in nouns)
        assert type_ in EVENT_VERBS.values(), "a noun of a type no verb frames"


@pytest.mark.parametrize(
    "word",
    # another first sense in news, or mostly asked for (vocabulary._VERB_NOUNS' docstring)
    ["destruction", "theft", "retreat", "warning", "recognition", "nomination", "extradition",
     "prosecution", "apprehension", "battle", "slaughter", "room", "lunch"],
)  # fmt: skip
def test_a_noun_that_must_stay_out(word):
    assert word not in EVENT_NOUNS


def _one(nlp, text, type_):
    (frame,) = [f for f in match(nlp(text), 0).events if f.type == type_]
    return frame


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        # events43's Hamas story: "after the capture of Gilad Shalit"
        ("He was arrested after the capture of Gilad Shalit by Hamas in June 2006.", "seizure",
         "Hamas"),
        ("The Israeli blockade of Gaza began in 2007.", "sanctions", "Israeli"),
        ("The massacre of villagers by the Janjaweed took place in Silea.", "killing",
         "Janjaweed"),
        ("Zambia ordered the expulsion of two British diplomats on Monday.", "sanctions",
         "Zambia"),
        ("The acquittal of Jean Dupont by the Paris court angered his victims.", "ruling",
         "court"),
    ],
)  # fmt: skip
def test_a_verb_noun_makes_its_event(nlp, text, type_, who):
    frame = _one(nlp, text, type_)
    assert who in " ".join(r.text for r in (*frame.agents, *frame.patients))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        # events54's Third South American Summit
        ("The summit, held between 7-9 December at Cusco in Peru, was attended by heads of "
         "state from Bolivia, Brazil, Chile and Venezuela.", "meeting", "Bolivia"),
        ("The summit was attended by Angela Merkel and Xi Jinping on Friday.", "meeting",
         "Angela Merkel"),
        ("The meeting was held by the Arab League in Cairo on Sunday.", "meeting",
         "Arab League"),
        ("The attack was carried out by Hamas on Tuesday.", "strike", "Hamas"),
    ],
)  # fmt: skip
def test_the_by_agent_of_a_passive_light_verb_takes_part(nlp, text, type_, who):
    frame = _one(nlp, text, type_)
    assert who in " ".join(r.text for r in frame.agents)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The climbers reached the summit of the mountain on Friday.",
        "Edmund Hillary stood on the summit of Mount Everest in 1953.",
        "The delegates waited in the meeting room on Friday.",
        "Carbon capture was discussed by the engineers on Friday.",
        "The destruction of the forest worried the villagers.",
        # dev: a reward's formula asks for a capture; a document's passive issuer (the act's
        # own proposal names it already)
        "The State Department offered a reward for information leading to his capture.",
        "The Colombian government paid a reward for the capture of Roberto Granda.",
        "The subpoena was issued jointly by Eliot Engel, Adam Schiff, and Elijah Cummings.",
    ],
)
def test_no_event_from_a_noun_that_is_no_happening(nlp, text):
    assert not match(nlp(text), 0).events
