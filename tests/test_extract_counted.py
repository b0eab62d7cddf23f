"""Events of issue 7's misses and false proposals on the tune-11 Wikinews block (branch
events22): a number of unnamed people killed, executed, arrested or dead is the event of the
state where it happened; a name in apposition after a title's "of" phrase is the one it
happened to; talking "with" a news outlet is an interview, no meeting. Sentences are
rewritten with other names; each class has cases that must not change."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from generator.extract import match
from generator.extract.events import propose_events
from generator.extract.tie import Context
from generator.model import Article, Mention, Sentence

pytestmark = pytest.mark.slow

STATES = ("Vorland", "Lumo")


def _context(text: str) -> Context:
    """One sentence of one paragraph, with each state it names as a mention of that state."""
    article = Article("a", "T", "2011-04-10", "Wire", None, "en", (text,))
    mentions = tuple(
        Mention(f"actors/{name.lower()}", "a", 0, 0, at, at + len(name), name, "ner")
        for name in STATES
        if (at := text.find(name)) >= 0
    )
    return Context(
        article,
        (Sentence(0, 0, len(text), text, ()),),
        mentions,
        date(2011, 4, 10),
        adjectives={"Vorlandian": "vorland", "Lumoan": "lumo"},
        states=frozenset({"actors/vorland", "actors/lumo"}),
    )


def _parties(nlp, text: str, type_: str) -> list[tuple[str, ...]]:
    found = propose_events(_context(text), match(nlp(text), 0).events)
    return [(*p.agents, *p.patients) for p in found if p.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "parties"),
    [
        ("Since January, 36 people have been executed in Vorland.", "killing", [("vorland",)]),
        ("More than 50 people have been killed after a plane crashed in Vorland.", "killing",
         [("vorland",)]),
        ("Three officials have been charged with corruption by Vorlandian authorities.",
         "arrest", [("vorland",)]),
        ("Nearly 100 people died in the violence in Vorland.", "death", [("vorland",)]),
        # whose the people are is not where: a state is never the one killed; but the state
        # of nationals detained takes part in the arrest, one state's act against another's
        # people (events71: "Four Italian citizens have been detained", blind44's gold)
        ("Four Vorlandian citizens have been detained at the airport.", "arrest",
         [("vorland",)]),
        ("On Sunday, thirteen Lumoan citizens were killed in the border town.", "killing", []),
        # one person is someone's own (the tie step names him or nobody)
        ("A man was arrested in Vorland on Monday.", "arrest", []),
        # two states: which one's is not said
        ("Two million people died in the war between Vorland and Lumo.", "death", []),
    ],
)  # fmt: skip
def test_unnamed_people_counted_are_the_state_s_where_it_happened(nlp, text, type_, parties):
    assert _parties(nlp, text, type_) == parties


def test_the_accused_are_not_the_ones_killed(nlp):
    """ "eleven individuals have been charged with the murder": the charge is the state's
    (where), the murder is not a killing of the eleven."""
    text = (
        "A trial is underway in Vorland in which eleven individuals have been charged with the "
        "murder."
    )
    assert _parties(nlp, text, "killing") == []


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("This afternoon, the former prime minister of Vorland, Peter Vance, was taken into "
         "custody for 15 days.", "Peter Vance", None),
        ("A former advisor for Peter Vance was sentenced on Monday.", None, "Peter Vance"),
        ("The brother of Anna Berg was arrested in Ostrava.", None, "Anna Berg"),
    ],
)  # fmt: skip
def test_a_name_after_a_title_s_of_phrase_is_the_title_s(nlp, text, person, absent):
    """The parser hangs "Peter Vance" on "Vorland": the name is the former prime minister's,
    so the phrase of the one taken into custody keeps it; a person the phrase only relates
    the one acted on to is still left out."""
    frames = [f for f in match(nlp(text), 0).events if f.type in ("arrest", "sentencing")]
    (frame,) = frames
    patients = " ".join(r.text for r in frame.patients)
    if person is not None:
        assert person in patients
    if absent is not None:
        assert absent not in patients


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("His uncle spoke with CNN on condition of anonymity.", False),
        ("The commissioner spoke with Agence France-Presse about the incident.", False),
        ("Ortiz spoke with Wikinews to discuss her campaign.", False),
        ("Ortiz spoke with Peter Vance on Monday.", True),
        ("Ortiz spoke with Foreign Minister Anna Berg by telephone.", True),
    ],
)
def test_speaking_with_a_news_outlet_is_no_meeting(nlp, text, met):
    frames = [
        f
        for f in match(nlp(text), 0).events
        if f.type == "meeting" and f.trigger.text.lower().startswith("spok")
    ]
    assert bool(frames) is met


# Branch fix54: what the counted-people rule got wrong on 2019 Wikinews and probes.


@pytest.mark.parametrize(
    ("text", "type_", "parties"),
    [
        # who told of the deaths is not where they happened
        ("The Lumoan foreign ministry said 12 sailors died on Tuesday.", "death", []),
        ("Lumo accuses the group of a 2008 bombing in which 14 people were killed.",
         "killing", []),
        ("At least nine people died on Monday in a fire near a market, Lumoan officials "
         "said.", "death", []),
        ("Officials in Lumo said eight Vorlandians died.", "death", []),
        # a state the sentence opens "in" is still where, and so is one before a word of
        # telling that has no clause of its own
        ("At least 30 people died in Vorland last week police said.", "death", [("vorland",)]),
        ("In Vorland, police said 30 people died in the floods.", "death", [("vorland",)]),
        ("Vorland's health ministry said that in Lumo 40 people died in the floods.", "death",
         [("lumo",)]),
        # people told of already ("the two parents") are someone's, not a count
        ("The two parents were arrested in Vorland last year.", "arrest", []),
        ("Two parents were arrested in Vorland last year.", "arrest", [("vorland",)]),
        # where people come from is not where they died
        ("Many of the affected guests were Lumoan; the Lumoan embassy confirmed two Buddhist "
         "pilgrims from Vorland also died.", "death", []),
    ],
)  # fmt: skip
def test_the_reporter_and_the_origin_are_no_place(nlp, text, type_, parties):
    assert _parties(nlp, text, type_) == parties


def _with_group(text: str) -> Context:
    """Each sentence, each mention of a state and of an armed group, "Red Hand"."""
    plain = _context(text)
    found = [
        Mention(f"actors/{name.lower().replace(' ', '-')}", "a", 0, 0, m.start(), m.end(), name,
                "ner")
        for name in (*STATES, "Red Hand")
        for m in re.finditer(name, text)
    ]  # fmt: skip
    sentences = []
    start = 0
    for part in text.split(". "):
        told = part if part.endswith(".") else part + "."
        sentences.append(Sentence(0, start, start + len(told), told, ()))
        start += len(part) + 2
    mentions = tuple(
        replace(m, sentence=next(i for i, s in enumerate(sentences) if s.start <= m.start < s.end))
        for m in found
    )
    return Context(
        plain.article,
        tuple(sentences),
        mentions,
        plain.reference,
        adjectives={"Vorlandian": "vorland", "Lumoan": "lumo"},
        states=frozenset({"actors/vorland", "actors/lumo"}),
    )


@pytest.mark.parametrize(
    ("text", "killings"),
    [
        # the attack the sentence names is the occurrence; its dead are no second event
        ("Fifteen workers were killed in an attack in Vorland on Thursday.", []),
        ("Lumo said 16 militants were killed in air strikes in northern Vorland on Monday.", []),
        # the attack named again, proposed with who did it
        ("Gunmen from Red Hand attacked a hotel in Vorland on Saturday. At least 20 people "
         "were killed in the attack in Vorland.", []),
        # an attack the sentence only compares with: the dead are another attack's
        ("A bomb exploded in a market on Monday. It was the deadliest attack in Vorland since "
         "2015, when 148 people were killed at a university.", [("vorland",)]),
        # no attack told of before: the dead are the state's
        ("At least 20 people were killed in Vorland on Saturday.", [("vorland",)]),
    ],
)  # fmt: skip
def test_the_dead_of_an_attack_already_proposed_are_not_proposed_again(nlp, text, killings):
    found = propose_events(_with_group(text), match(nlp(text), 0).events)
    assert [(*p.agents, *p.patients) for p in found if p.type == "killing"] == killings
