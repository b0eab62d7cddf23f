"""An election told of as already held that names no one (issue 7, branch events23):
"after recent presidential elections in the country", "from last week's election" is the
event of the one state its sentence names, else of the one state the article named before it;
not an election to come, nor one where two states are named. Sentences are rewritten with
other names."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract import match
from generator.extract.events import propose_events
from generator.extract.tie import Context
from generator.model import Article, Mention, Sentence

pytestmark = pytest.mark.slow

STATES = ("Vorland", "Lumo")


def _context(text: str) -> Context:
    """The sentences of one paragraph, with the first mention of each state named."""
    article = Article("a", "T", "2011-04-10", "Wire", None, "en", (text,))
    sentences, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + 1
        sentences.append(Sentence(0, start, min(end, len(text)), text[start:end], ()))
        start = end + 1
    mentions = tuple(
        Mention(f"actors/{name.lower()}", "a", 0, index, at, at + len(name), name, "ner")
        for name in STATES
        if (at := text.find(name)) >= 0
        for index, s in enumerate(sentences)
        if s.start <= at < s.end
    )
    return Context(
        article,
        tuple(sentences),
        mentions,
        date(2011, 4, 10),
        adjectives={"Vorlandian": "vorland", "Lumoan": "lumo"},
        states=frozenset({"actors/vorland", "actors/lumo"}),
    )


def _elections(nlp, text: str) -> list[tuple[str, ...]]:
    found = propose_events(_context(text), match(nlp(text), 0).events)
    return [(*p.agents, *p.patients) for p in found if p.type == "election"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The rights group asked that Vorland free reporters jailed in the unrest that "
            "followed recent presidential elections in the country.",
            [("vorland",)],
        ),
        (
            "State television gave no coverage of rallies in Vorland after last week's "
            "election, but lifted the ban days later.",
            [("vorland",)],
        ),
        (
            "Observers in Vorland questioned the disputed March elections.",
            [("vorland",)],
        ),
        # to come, or not said to be held: nothing
        ("Observers in Vorland are preparing for next week's election.", []),
        ("Observers in Vorland said the election would be close.", []),
        # none in its sentence: the one the article named before
        (
            "Talks resumed in Vorland. The opposition rejected the disputed December elections.",
            [("vorland",)],
        ),
        # no state, or two: whose is not told
        ("The opposition rejected the disputed December elections.", []),
        (
            "Envoys of Lumo met in Vorland. The opposition rejected the disputed December "
            "elections.",
            [],
        ),
        ("Observers from Lumo criticised last week's election in the capital of Vorland.", []),
    ],
)
def test_a_held_election_is_the_state_s_its_sentence_names(nlp, text, parties):
    assert _elections(nlp, text) == parties
