"""Curated actors keep their type for extraction (issue 7/8).

The curated-name ruler once labelled every curated name ``ACTOR``, so each extraction rule that
asks for a person, an organisation or a state skipped curated actors: curating an actor made
extraction find less. These parse sentences of real news shape with the real model and a ruler
of curated actors, one rule per extraction module that asks for the type.
"""

from __future__ import annotations

from datetime import date

import pytest

from generator.annotate import (
    choose_model,
    load_pipeline,
    paragraph_sentences,
    ruler_label,
    ruler_patterns,
)
from generator.extract import match
from generator.extract.merge import Proposal, absorbing
from generator.extract.tie import Context
from generator.model import Article, Entity, Frames, Mention

CURATED = (
    Entity("actors", "iran", "Iran", "state"),
    Entity("actors", "china", "China", "state"),
    Entity("actors", "russia", "Russia", "state"),
    Entity("actors", "austria", "Austria", "state"),
    Entity("actors", "walter-munk", "Walter Munk", "person", aliases=("Munk",)),
    Entity("actors", "tierra-curry", "Tierra Curry", "person"),
    Entity("actors", "cbd", "Center for Biological Diversity", "organisation"),
    Entity("actors", "rosatom", "Rosatom", "organisation"),
    Entity("actors", "acme", "Acme", "organisation"),
    Entity("actors", "bbc", "BBC", "media"),
    Entity("agreements", "pact", "the Pact", "treaty"),
)


def test_a_curated_actors_ruler_label_is_its_types_ner_label() -> None:
    labels = {e.id: ruler_label(e) for e in CURATED}
    assert labels["iran"] == "GPE"
    assert labels["walter-munk"] == "PERSON"
    assert labels["rosatom"] == "ORG"
    assert labels["bbc"] == "ORG"
    assert labels["pact"] == "AGREEMENT"
    assert {p["label"] for p in ruler_patterns(CURATED) if p["id"] == "actors/walter-munk"} == {
        "PERSON"
    }


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(choose_model(), ruler_patterns(CURATED))


def frames(nlp, text: str) -> Frames:
    return match(nlp(text), 0)


@pytest.mark.slow
def test_spans_keep_the_entity_key_and_carry_the_type(nlp) -> None:
    # resolution knows a curated span by its key; the label is the type's
    (sentence,) = paragraph_sentences(nlp("Walter Munk was born in Austria."), 0)
    spans = {s.text: (s.label, s.entity) for s in sentence.spans}
    assert spans["Walter Munk"] == ("PERSON", "actors/walter-munk")
    assert spans["Austria"] == ("GPE", "actors/austria")


@pytest.mark.slow
def test_agreements_parties_may_be_curated_states(nlp) -> None:
    found = frames(
        nlp,
        "As both nations navigate sanctions, Iran is solidifying long-term agreements "
        "with key partners like China and Russia.",
    )
    parties = {tuple(sorted(r.text for r in a.parties)) for a in found.agreements}
    assert parties == {("China", "Iran"), ("Iran", "Russia")}


@pytest.mark.slow
def test_an_acquisition_between_curated_organisations(nlp) -> None:
    (found,) = frames(nlp, "Rosatom bought Acme for $2 billion.").agreements
    assert found.type == "acquisition"
    assert [r.text for r in found.parties] == ["Rosatom", "Acme"]


@pytest.mark.slow
def test_events_place_may_be_a_curated_state(nlp) -> None:
    text = "Munk was born in Austria, but he emigrated to the United States."
    (birth,) = [e for e in frames(nlp, text).events if e.type == "birth"]
    assert [r.text for r in birth.places] == ["Austria"]


@pytest.mark.slow
def test_statements_speaker_may_be_a_curated_person(nlp) -> None:
    text = (
        "Remarked Center for Biological Diversity scientist Tierra Curry, "
        '"This reprieve from bad news on monarchs is a thank-you from the butterflies."'
    )
    (quote,) = frames(nlp, text).quotes
    assert quote.speaker is not None and quote.head is not None
    assert quote.head.text == "Curry"


def _he_arrested(nlp, first: str) -> tuple[str, ...]:
    """Whom "He" in a second paragraph's arrest means, Walter Munk a curated person."""
    paragraphs = (first, "He was arrested in 1963.")
    article = Article("a", "T", "2019-02-09", "Wire", None, "en", paragraphs)
    docs = [nlp(p) for p in paragraphs]
    sentences = tuple(s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i))
    mentions = (Mention("actors/walter-munk", "a", 0, 0, 0, 11, "Walter Munk", "curated"),)
    (arrest,) = [e for e in match(docs[1], 1).events if e.type == "arrest"]
    assert [r.text for r in arrest.patients] == ["He"]
    persons = frozenset({"actors/walter-munk"})
    context = Context(article, sentences, mentions, date(2019, 2, 9), persons=persons)
    return context.actors_in(1, arrest.patients)


@pytest.mark.slow
def test_tie_counts_a_curated_person_among_the_people_named(nlp) -> None:
    # "he" after two people is a guess (tie's antecedent counts the PERSON spans before it):
    # with the curated Munk read as no person, "he" was Munk, though John Smith is named too
    assert _he_arrested(nlp, "Walter Munk met John Smith in Vienna.") == ()
    assert _he_arrested(nlp, "Walter Munk met the press in Vienna.") == ("walter-munk",)


def test_a_curated_record_of_the_groups_type_absorbs_it_before_one_sharing_an_actor() -> None:
    """ "condemned U.S. strikes on Iranian nuclear sites" in an article whose curated
    statement about the strikes names the United States too: the strikes absorb it."""
    statement = Entity(
        "events", "khamenei-rebuffs-trump", "Khamenei rebuffs Trump", "statement",
        parties=("ali-khamenei", "united-states"),
    )  # fmt: skip
    strikes = Entity(
        "events", "us-strikes", "US strikes", "strike", parties=("united-states", "iran")
    )
    mention = Mention("events/x", "a", 0, 1, 0, 7, "strikes", "extract")
    group = [Proposal("events", "strike", ("united-states",), (), None, None, None, mention, "")]
    named = {strikes.key, statement.key}
    assert absorbing(group, [statement, strikes], named) == strikes
    assert absorbing(group, [statement], named) == statement  # sharing an actor is enough


def test_which_curated_record_absorbs_a_group_does_not_hang_on_the_files_order() -> None:
    """A record of the group's type that the sentences name wins; then one of its type found
    by its acting party and date ("Moscow condemned U.S. strikes": the Kremlin's statement);
    then one of another type the sentences name for a shared actor (the strikes), whichever
    of them the curated files list first (the first listed used to win)."""
    mention = Mention("events/x", "a", 0, 1, 0, 7, "strikes", "extract")
    group = [
        Proposal("events", "strike", ("united-states",), (), "2020-01-03", None, None, mention, "")
    ]
    dated = Entity(
        "events", "us-strikes", "US strikes", "strike", date="2020-01-03",
        parties=("united-states", "iraq"),
    )  # fmt: skip
    named_same = Entity(
        "events", "baghdad-strike", "Baghdad strike", "strike", parties=("united-states",)
    )
    named_other = Entity(
        "events", "khamenei-rebuffs-trump", "Khamenei rebuffs Trump", "statement",
        parties=("ali-khamenei", "united-states"),
    )  # fmt: skip
    named = {named_same.key, named_other.key}
    for records in ([dated, named_same], [named_same, dated]):
        assert absorbing(group, records, named) == named_same
    for records in ([dated, named_other], [named_other, dated]):
        assert absorbing(group, records, named) == dated
    for records in ([dated, named_other, named_same], [named_other, dated, named_same]):
        assert absorbing(group, records, named) == named_same
    assert absorbing(group, [named_other], named) == named_other  # a shared actor at last
    assert absorbing(group, [named_other], set()) is None
