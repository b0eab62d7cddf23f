"""Acts whose participant the clause names only through another (events81, issue 7): a
relative clause on the description of a name ("Mohamed Nasheed, a former president who was
jailed in March": Nasheed was jailed), and "he" or "she" as the subject of a clause joined to
one whose subject is a named person ("Nouri al-Maliki did not mention al-Sadr's movement, and
he said": Maliki said; "before she ended her campaign, Amy Klobuchar was leading"), which the
tie step leaves unnamed when two people are named in the sentence. Near-misses: the other
clause acts on a named person ("Kerry met Condoleezza Rice and she said"), the subject is a
state ("Russia expelled the envoy, and he said"). Sentences of the shapes of the events81
pool and the read blocks' misses."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import propose_events

pytestmark = pytest.mark.slow

DAY = date(2015, 5, 2)


def _proposed(nlp, text: str, names: tuple[str, ...], states=()) -> list[tuple[str, set[str]]]:
    """Type and actors (agents and patients) of each event proposed from one paragraph."""
    slug = {n: f"actors/{n.lower().replace(' ', '-')}" for n in names}
    doc, context = paragraph_context(
        nlp, text, DAY, names, {slug[n] for n in names if n not in states},
        {slug[n] for n in states},
    )  # fmt: skip
    proposals = propose_events(context, match(doc, 0).events)
    return [(p.type, {*p.agents, *p.patients}) for p in proposals]


def test_a_relative_clause_on_a_names_description_is_the_names(nlp):
    found = _proposed(
        nlp,
        "The MDP is the party of Mohamed Nasheed, a former president who was jailed in March.",
        ("Mohamed Nasheed",),
    )
    assert ("arrest", {"mohamed-nasheed"}) in found


@pytest.mark.parametrize(
    ("text", "names", "kind", "who"),
    [
        (  # two people named in the sentence: the conjoined clause goes on with its subject
            "Iraqi Prime Minister Nouri al-Maliki did not mention Moqtada al-Sadr's movement, "
            "and he said the crackdown was only aimed at gangs.",
            ("Nouri al-Maliki", "Moqtada al-Sadr"),
            "statement",
            "nouri-al-maliki",
        ),
        (  # the pronoun before the name, in a clause set before the main one
            "Before she ended her campaign, Amy Klobuchar was leading in the polls in Minnesota.",
            ("Amy Klobuchar",),
            "campaign-end",
            "amy-klobuchar",
        ),
    ],
)
def test_a_pronoun_subject_goes_on_with_the_named_subject_of_its_clause(
    nlp, text, names, kind, who
):
    assert any(t == kind and who in actors for t, actors in _proposed(nlp, text, names))


@pytest.mark.parametrize(
    ("text", "names", "states"),
    [
        (  # the main clause acts on another person: "she" may be either
            "John Kerry met Condoleezza Rice on Monday and she said the talks had gone well.",
            ("John Kerry", "Condoleezza Rice"),
            (),
        ),
        (  # a state does not say "he"
            "Russia expelled the British envoy on Tuesday, and he said it was revenge.",
            ("Russia",),
            ("Russia",),
        ),
    ],
)
def test_no_pronoun_subject_is_taken_from_a_clause_it_may_not_go_on_with(nlp, text, names, states):
    assert not any(t == "statement" and a for t, a in _proposed(nlp, text, names, states))


def _acts(nlp, text: str, names: tuple[str, ...], states=()) -> list[tuple[str, tuple, tuple]]:
    """Type and agents of each event kept for one paragraph, the general acts weighed
    against the others (``unnamed_acts``), and patients."""
    from generator.extract.events import unnamed_acts

    slug = {n: f"actors/{n.lower().replace(' ', '-')}" for n in names}
    doc, context = paragraph_context(
        nlp, text, DAY, names, {slug[n] for n in names if n not in states},
        {slug[n] for n in states},
    )  # fmt: skip
    kept = unnamed_acts((), propose_events(context, match(doc, 0).events))
    return [(p.type, p.agents, p.patients) for p in kept]


def test_an_act_beside_another_actors_words_is_kept(nlp):
    """ "Sea-Eye renamed its ship on Sunday and Javad Zarif praised the charity": Zarif's
    statement, and Sea-Eye's act, which no word list names; another's words in the sentence
    do not stand for it."""
    found = _acts(
        nlp,
        "Sea-Eye renamed its ship on Sunday and Javad Zarif praised the charity.",
        ("Sea-Eye", "Javad Zarif"),
    )
    assert any(t == "statement" and a == ("javad-zarif",) for t, a, _ in found)
    assert any(t == "other" and a == ("sea-eye",) for t, a, _ in found)


def test_an_act_beside_its_own_actors_words_is_those_words(nlp):
    """ "Zarif renamed his foundation on Sunday and praised its staff": one speaker's words
    and act in one sentence, the act told by the statement (events78's rule stands)."""
    text = "Javad Zarif renamed his foundation on Sunday and praised its staff."
    found = _acts(nlp, text, ("Javad Zarif",))
    assert any(t == "statement" for t, _, _ in found)
    assert not any(t == "other" for t, _, _ in found)
