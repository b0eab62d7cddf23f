"""Events of issue 7's misses and false proposals on the tune-10 Wikinews block (branch
events21): consulting someone named (talking to, communicating or discussing with), a vote won
by most votes, statements decrying or recommending, a state's body named with others, what is
planned, feared or failed (none happened), and asking for the help of someone named.
Sentences are rewritten with other names; each class has cases that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract import match
from generator.extract.tie import Context
from generator.model import Article, Role, Sentence

pytestmark = pytest.mark.slow


def _events(nlp, text: str, type_: str) -> list:
    return [e for e in match(nlp(text), 0).events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("The President of Lumo, Ana Ortiz, intervened and talked to Peter Vance and Omar Haddad.",
         "Omar Haddad"),
        ("Ortiz communicated with President Peter Vance by telephone.", "Peter Vance"),
        ("Ortiz discussed the crisis with President Omar Haddad.", "Omar Haddad"),
        ("She says she discussed some of the outstanding issues affecting the deployment with "
         "Vorlandian President Omar Haddad.", "Omar Haddad"),
        ("Ortiz talked to reporters about the crisis.", None),  # no one named
        ("Ortiz spoke to the BBC on Monday.", None),  # an outlet: a statement
        ("Speaking to Peter Vance of the Daily Post, she said it was over.", None),  # interview
        ("They discussed the deal with Vorland's parliament.", None),  # no person consulted
        ("Ortiz discussed the crisis.", None),
        ("In an interview, Ortiz spoke to Peter Vance about the crisis.", None),  # for the public
        ("Ortiz spoke to presenter Peter Vance on Monday.", None),
    ],
)  # fmt: skip
def test_consulting_someone_named_is_a_meeting(nlp, text, met):
    frames = [
        f
        for f in _events(nlp, text, "meeting")
        if f.trigger.text.lower().startswith(("talk", "communicat", "discuss", "spok"))
    ]
    if met is None:
        assert frames == []
        return
    (frame,) = frames
    assert met in " ".join(r.text for r in frame.patients)
    assert "issues" not in " ".join(r.text for r in frame.patients)  # the topic is no party


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        ("Attacks followed the contested March election, in which Peter Vance won the most "
         "votes but failed to secure a majority.", "Peter Vance"),
        ("Vance won the most votes.", "Vance"),
        ("The senator won votes to pass the bill.", None),  # support, no election
        ("Vance won the support of the union.", None),
    ],
)  # fmt: skip
def test_winning_the_most_votes_is_an_election(nlp, text, winner):
    frames = [f for f in _events(nlp, text, "election") if f.trigger.text == "won"]
    if winner is None:
        assert frames == []
        return
    (frame,) = frames
    assert [r.text for r in frame.agents] == [winner]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Vorlandian envoy, Professor Anna Berg, decried the play mocking the soldier.",
         "Anna Berg"),
        ("The Lumo foreign ministry denounced the raid.", "Lumo foreign ministry"),
        ("On January 25, former inspector Hans Olsen recommended that Vorland give a similar "
         "commitment.", "Hans Olsen"),
        ("The doctor recommended rest.", None),  # no clause said, no one named
        ("Watts recommended Baker to be his replacement.", None),  # a person put forward
    ],
)  # fmt: skip
def test_decrying_or_recommending_is_a_statement(nlp, text, who):
    frames = [
        f
        for f in _events(nlp, text, "statement")
        if f.trigger.text.lower().startswith(("decri", "denounc", "recommend"))
    ]
    if who is None:
        assert frames == []
        return
    (frame,) = frames
    assert who in " ".join(r.text for r in frame.agents)


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("The newspaper has reported on alleged plans for a Vorlandian attack on Lumo.", False),
        ("There have been other threats of military response by Vorland.", False),
        ("The paper reported that the alleged plans to attack Lumo may be a motivation.", False),
        ("Vorland attacked Lumo on Monday.", True),
        ("The attack on Lumo was planned by Vorland.", True),  # the attack itself, told as done
    ],
)  # fmt: skip
def test_a_planned_or_threatened_attack_is_none(nlp, text, struck):
    frames = _events(nlp, text, "strike")
    assert bool(frames) is struck


@pytest.mark.parametrize(
    ("text", "eased"),
    [
        ("Hamid said that Vorland had failed to ease its blockade of Lumo.", False),
        ("Vorland eased its blockade of Lumo.", True),
    ],
)
def test_what_failed_is_not_done(nlp, text, eased):
    assert bool(_events(nlp, text, "easing")) is eased


def test_a_state_s_body_named_with_others_is_the_state_s():
    """ "the Sudanese military and armed militias": the state's military attacked, with others
    the article does not name; not a body of no state ("the local police and volunteers")."""
    from generator.extract.events import _adjectival

    text = "The Vorlandian military and armed militias attacked four villages."
    article = Article("a", "T", "2008-03-20", "Wire", None, "en", (text,))
    context = Context(
        article,
        (Sentence(0, 0, len(text), text, ()),),
        (),
        date(2008, 3, 20),
        adjectives={"Vorlandian": "vorland"},
        states=frozenset({"actors/vorland"}),
    )
    both = "Vorlandian military and armed militias"
    assert _adjectival(context, [Role(4, 4 + len(both), both)]) == ("vorland",)
    other = "local police and volunteers"
    assert _adjectival(context, [Role(0, len(other), other)]) == ()
    alone = "Vorlandian militias and armed men"
    assert _adjectival(context, [Role(0, len(alone), alone)]) == ()


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("According to the newspaper, Ortiz asked for President Peter Vance's help on May 21.",
         "President Peter Vance"),
        ("Ortiz asked for Vorland's assistance.", "Vorland"),
        ("Ortiz asked for help.", None),  # no one named to give it
        ("Ortiz asked for his help.", None),
    ],
)  # fmt: skip
def test_asking_for_someone_s_help_is_a_request_of_them(nlp, text, asked):
    frames = _events(nlp, text, "request")
    if asked is None:
        assert frames == []
        return
    (frame,) = frames
    assert [r.text for r in frame.patients] == [asked]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Ortiz talked to Merkel about Brexit.", "Merkel"),  # "about" hangs on the name
        ("Ortiz discussed the nuclear deal with Vorland on Monday.", "Vorland"),  # on the verb
        ("Scientists discussed the findings with NASA.", "NASA"),
    ],
)  # fmt: skip
def test_who_was_consulted_is_the_only_party_met(nlp, text, met):
    """The one talked to or consulted is the party met, never the topic beside them."""
    frames = [
        f
        for f in _events(nlp, text, "meeting")
        if f.trigger.text.lower().startswith(("talk", "discuss"))
    ]
    (frame,) = frames
    assert [r.text for r in frame.patients] == [met]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Vance failed to win re-election in November.", True),  # held and lost
        ("The senator failed to win the Democratic nomination.", True),
        ("Ortiz failed to win the Nevada caucuses.", True),
        ("Ortiz won the most votes but failed to win the runoff.", True),
    ],
)  # fmt: skip
def test_a_contest_failed_was_held(nlp, text, held):
    """ "failed to win" a contest: the contest took place, unlike what failed to happen."""
    assert bool(_events(nlp, text, "election")) is held


def test_what_failed_to_happen_is_none(nlp):
    assert _events(nlp, "Police failed to arrest the suspect.", "arrest") == []
