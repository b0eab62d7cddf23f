"""Event verbs added by the PLOVER audit (branch events53): each proposes its type with who
did it and to whom; a figurative use does not. Probe sentences are invented, in the shapes the
pools showed ("an allegation he assaulted Neka Dorokashvili", "was gang raped by Quirin,
Redouane", "Warren commended Biden", "Trump congratulated Pelosi")."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "agent", "patient"),
    [
        # PLOVER ASSAULT (CAMEO 18): harm done to a person
        ("John Smith assaulted Mary Green on Tuesday.", "assault", "John Smith", "Mary Green"),
        ("Mary Green was assaulted by John Smith in Paris.", "assault", "John Smith",
         "Mary Green"),
        ("The arrest came after an allegation he assaulted Mary Green, his ex-wife.", "assault",
         "he", "Mary Green"),
        ("Four girls were raped at gunpoint by Vorlandian soldiers.", "assault",
         "Vorlandian soldiers", "girls"),
        # CAMEO 051 (praise or endorse; PLOVER SUPPORT): our statement, with whom it is about
        ("Elizabeth Warren endorsed Joe Biden on Tuesday.", "statement", "Elizabeth Warren",
         "Joe Biden"),
        ("Donald Trump congratulated Nancy Pelosi on Thursday.", "statement", "Donald Trump",
         "Nancy Pelosi"),
        ("Warren commended Joe Biden for his empathy.", "statement", "Warren", "Joe Biden"),
        ("The National Audit Office praised ministers on Monday.", "statement",
         "National Audit Office", "ministers"),
    ],
)  # fmt: skip
def test_an_audited_verb_proposes_its_type(nlp, text, type_, agent, patient):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, text
    (frame,) = frames
    assert agent in " ".join(r.text for r in frame.agents)
    assert patient in " ".join(r.text for r in frame.patients)


@pytest.mark.parametrize(
    "text",
    [
        "Critics said Vorneft had raped the American economy.",  # a figure
        "The tariffs assault the economy of Vorland, Martin said.",
        "Liverpool beat Arsenal 2-0 on Saturday.",  # "beat" stays out: sport
        "The band toured Europe in 2010.",  # "tour" stays out
    ],
)
def test_a_figurative_use_is_no_assault(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type in ("assault", "strike", "visit")]


@pytest.mark.parametrize(
    "text",
    [
        "The army assaulted the town of Marawi on Friday.",
        "Troops assaulted the rebel stronghold at dawn.",
        "Israeli forces assaulted Gaza City on Friday.",
    ],
)
def test_an_assault_on_a_place_is_a_strike(nlp, text):
    """review16: the verb of a military assault on a town or a position is a strike, as the
    noun "assault" already is ("an assault on the town"): PLOVER's ASSAULT is harm done to
    people (CAMEO 18), fighting is CAMEO 19."""
    types = {e.type for e in match(nlp(text), 0).events}
    assert "strike" in types and "assault" not in types, text


@pytest.mark.parametrize(
    "text", ["The noise assaulted the ears of residents.", "The smell assaulted his nostrils."]
)
def test_an_assault_on_the_senses_is_no_event(nlp, text):
    """review16: a figure like "assaults the senses" (``HARMED_THINGS``), of one sense."""
    assert not [e for e in match(nlp(text), 0).events if e.type in ("assault", "strike")]
