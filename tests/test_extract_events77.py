"""Deaths the generator did not propose (issue 7, branch events77): the dead of a natural hazard
("A fire killed five girls") died, though nobody attacked them; a state's soldiers who died
("626 Ethiopian troops have died") are the state's loss, as when they are killed; and the last
word of a name the parser split at its "and" ("the National Council for Peace and Order, who
announced") is that name's bearer, so the junta's act is tied to it. Near-misses:
a hazard that kills no one counted or named, the nationals of a state (never the state), an
attack by someone, which stays a killing. Sentences of the shapes of the events77 pool (2019
Wikinews) and of a read block's miss, names invented."""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_counted import _parties

from generator.extract import match
from generator.extract.events import propose_events
from generator.extract.tie import Context
from generator.model import Article, Mention, Role, Sentence

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("A fire yesterday afternoon killed five girls at an escape room in Vorland.",
         [("vorland",)]),
        ("At least 30 people were killed by the earthquake in Vorland on Monday.",
         [("vorland",)]),
        ("The storm killed crops across Vorland.", []),  # no one died
    ],
)  # fmt: skip
def test_the_dead_of_a_natural_hazard_died(nlp, text, parties):
    """A hazard is no attacker (no killing, no strike), but those it killed died: a death,
    the state's where unnamed people are counted, as "Nearly 100 people died in Vorland"."""
    assert _parties(nlp, text, "death") == parties
    assert not _parties(nlp, text, "killing")
    assert not _parties(nlp, text, "strike")


def test_an_attack_by_someone_stays_a_killing(nlp):
    text = "Gunmen killed five villagers in Vorland on Monday."
    assert [f.type for f in match(nlp(text), 0).events] == ["killing"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The rebels say 626 Vorlandian troops have died in the fighting.", [("vorland",)]),
        ("Thirteen Vorlandian soldiers died on Sunday.", [("vorland",)]),
        # nationals are not the state (shared/GOLD.md): no one it lost
        ("Eight Vorlandian tourists died in the crash.", []),
    ],
)  # fmt: skip
def test_a_state_whose_soldiers_died_takes_part(nlp, text, parties):
    """A state is never the one who died, but its soldiers who died are its loss, as
    ``_soldiers_of`` makes them when they are killed."""
    assert _parties(nlp, text, "death") == parties


def _named(text: str, names: dict[str, str]) -> Context:
    """One sentence naming each of ``names`` (text -> actor id) once, as a mention."""
    article = Article("a", "T", "2014-06-03", "Wire", None, "en", (text,))
    mentions = tuple(
        Mention(f"actors/{key}", "a", 0, 0, at, at + len(name), name, "ner")
        for name, key in names.items()
        if (at := text.find(name)) >= 0
    )
    sentences = (Sentence(0, 0, len(text), text, ()),)
    return Context(article, sentences, mentions, date(2014, 6, 3))


def test_the_last_word_of_a_name_split_at_its_and_is_the_name_s(nlp):
    """ "the National Council for Peace and Order, who announced": the parser hangs the clause
    on "Order", the conjunct after the name's "and"; the junta announced and would arrest."""
    text = (
        "The protest drew the attention of Thailand's military junta, the National Council "
        "for Peace and Order, who announced its intent on Tuesday to arrest protestors."
    )
    context = _named(text, {"National Council for Peace and Order": "ncpo", "Thailand": "th"})
    found = propose_events(context, match(nlp(text), 0).events)
    assert [p.agents for p in found if p.type == "announcement"] == [("ncpo",)]
    # a word inside such a name stays the word: "Contract" of "Project and Contract Office"
    text = "The Project and Contract Office signed a contract."
    context = _named(text, {"Project and Contract Office": "office"})
    at = text.index("Contract")
    assert context.actors_in(0, [Role(at, at + len("Contract"), "Contract")]) == ()
    end = text.index(" signed")
    assert context.actors_in(0, [Role(end - len("Office"), end, "Office")]) == ("office",)
