"""Acts no word list names (issue 7, branch events78): a main clause whose subject is a named
actor and whose verb tells something done, in the past or a perfect tense ("Vale crossed the
Lumo Strait on Sunday"), is proposed as an act of type "other" named by its verb and object,
when the vocabulary proposed nothing of that sentence or of that actor and date. Near-misses:
a verb of being, having or perceiving, a denied or hoped-for act, a passive one, a news outlet
attending, an unnamed subject, a subordinate clause, and an act the vocabulary names already.
Sentences of the shapes of the events78 pool (2019 Wikinews), names invented."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract import match
from generator.extract.events import propose_events, unnamed_acts
from generator.extract.merge import event_name
from generator.extract.tie import Context
from generator.model import Article, Mention, Sentence

pytestmark = pytest.mark.slow

NAMES = ("Franky Vale", "Harbour Institute", "Vorland Times", "Vorland")


def _proposals(nlp, text: str):
    """The proposals of one paragraph, its sentences as the parser splits them, each name
    (every occurrence) a mention of its actor."""
    doc = nlp(text)
    article = Article("a", "T", "2019-08-06", "Wire", None, "en", (text,))
    sentences = tuple(Sentence(0, s.start_char, s.end_char, s.text, ()) for s in doc.sents)
    mentions = tuple(
        Mention(f"actors/{name.lower().replace(' ', '-')}", "a", 0, number, at, at + len(name),
                name, "ner")
        for name in NAMES
        for number, s in enumerate(sentences)
        for at in range(len(text))
        if text.startswith(name, at) and s.start <= at < s.end
    )  # fmt: skip
    context = Context(
        article,
        sentences,
        mentions,
        date(2019, 8, 6),
        persons=frozenset({"actors/franky-vale"}),
        states=frozenset({"actors/vorland"}),
    )
    return unnamed_acts((), propose_events(context, match(doc, 0).events))


@pytest.mark.parametrize(
    ("text", "agent", "done"),
    [
        ("On Sunday, inventor Franky Vale crossed the Lumo Strait on a hoverboard.",
         "franky-vale", "crossed the Lumo Strait"),
        ("The Harbour Institute has located three wrecks off the coast.",
         "harbour-institute", "located three wrecks"),
        ("Franky Vale performed the first crossing, which took 22 minutes, in 2016.",
         "franky-vale", "performed the first crossing"),
    ],
)  # fmt: skip
def test_a_named_actor_s_act_no_word_list_names(nlp, text, agent, done):
    found = [p for p in _proposals(nlp, text) if p.type == "other"]
    assert [(p.agents, p.subject) for p in found] == [((agent,), done)]
    names = {f"actors/{n.lower().replace(' ', '-')}": n for n in NAMES}
    assert event_name(found, names, None).startswith(f"{names[f'actors/{agent}']}: {done}")


@pytest.mark.parametrize(
    "text",
    [
        "Franky Vale lived in a small town for years.",  # a state, not an act
        "Franky Vale did not cross the Lumo Strait on Sunday.",  # denied
        "Franky Vale hopes to cross the Lumo Strait next year.",  # hoped for
        "Franky Vale was escorted by three helicopters on Sunday.",  # passive: no subject's act
        "The Vorland Times attended the fair on Saturday.",  # an outlet: the news's source
        "Three scientists crossed the Lumo Strait on Sunday.",  # nobody named
        "When Franky Vale crossed the strait, the crowd cheered.",  # a subordinate clause
        "Franky Vale visited Vorland on Sunday.",  # the vocabulary's own act: a visit
    ],
)
def test_no_general_act(nlp, text):
    assert not [p for p in _proposals(nlp, text) if p.type == "other"]


def test_the_vocabulary_s_act_keeps_its_match(nlp):
    """A second verb of an act already proposed, in another sentence ("Vale visited Vorland
    on Sunday. He toured Vorland on Sunday"): told again, not another act."""
    text = "Franky Vale visited Vorland on Sunday. Franky Vale toured Vorland on Sunday."
    assert [p.type for p in _proposals(nlp, text)] == ["visit"]


def test_verbs_cameo_weighed_and_left_out_are_no_general_act():
    """A verb the CAMEO file's "# out" lines turned down (sport's "repelled a shot") is kept
    out of the general proposal too, in every inflection, doubled consonant included."""
    from generator.extract.events.matching import CONSIDERED
    from generator.extract.vocabulary import read_cameo_left_out

    left_out = read_cameo_left_out()
    assert {"repel", "repelled", "repelling", "steals", "saluted", "devastated"} <= left_out
    assert {"repelled", "marched", "audited"} <= CONSIDERED
    assert "crossed" not in left_out  # "Zapata crossed the English Channel" stays an act
