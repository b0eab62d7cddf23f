"""A state's measures, court steps and nationals detained (issue 7, branch events71): an envoy
recalled, a visa or entry refused or revoked, supplies cut off to someone named are sanctions
(PLOVER SANCTION); one who appears in court has a hearing, one given or handed a sentence is
sentenced (PLOVER COERCE); the state whose citizens or businessmen were detained takes part in
the arrest. Sentences of the shapes of the blind43/44 misses and the events71 pool (real
reports of diplomatic rows, gas cut-offs and opposition leaders in court), names kept or
invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import propose_events
from generator.model import type_name

pytestmark = pytest.mark.slow


def _frames(nlp, text: str, type_: str) -> list[tuple[str, list[str], list[str]]]:
    """Each frame of ``text`` of ``type_``: trigger, agents and patients."""
    return [
        (f.trigger.text, [r.text for r in f.agents], [r.text for r in f.patients])
        for f in match(nlp(text), 0).events
        if f.type == type_
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Minsk recalled its ambassador to Russia, Vladimir Grigoryev, over the dispute.",
         "recalled", "Russia"),
        ("Yasser Said, the Egyptian ambassador in Israel, was recalled by the Egyptian "
         "government yesterday.", "recalled", "Israel"),
        ("The United States revoked the visa of Venezuela's ambassador to Washington.",
         "revoked", "Venezuela"),
        ("Prime Minister Baghdadi Mahmudi and other officials have been denied Schengen visas.",
         "denied", "Baghdadi Mahmudi"),
        ("Washington had refused visa accreditation to the families of 27 Russian diplomats.",
         "refused", "Russian diplomats"),
        ("In a similar dispute earlier this year, Gazprom cut off supplies to Ukraine.", "cut",
         "Ukraine"),
    ],
)  # fmt: skip
def test_a_states_measure_is_a_sanction(nlp, text, trigger, patient):
    found = [f for f in _frames(nlp, text, "sanctions") if f[0] == trigger]
    assert found, text
    assert any(patient in p for p in found[0][2])


@pytest.mark.parametrize(
    "text",
    [
        "He recalled that the meeting with the ambassador had been tense.",
        "The spokesman denied the allegations of vote rigging.",
        "The government cut taxes for small firms.",
        "Russia cut off the gas.",  # against no one named
        "She refused to comment on the visa.",
    ],
)
def test_no_measure_without_an_envoy_a_visa_or_a_supply_to_someone(nlp, text):
    assert not _frames(nlp, text, "sanctions")


def test_a_visa_measure_told_after_a_suspension_is_that_suspension(nlp):
    doc = nlp("Libya has suspended and revoked visas given to citizens of the Schengen Area.")
    assert [f.type for f in match(doc, 0).events] == ["suspension"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Secretary-General of the MDC, Tendai Biti, appeared in court today after being "
         "arrested on Thursday.", "Tendai Biti"),
        ("Tanzania's main opposition leader appeared in court on Monday.", "Tanzania"),
        ("Lissu appeared before a magistrate in Dar es Salaam.", "Lissu"),
    ],
)  # fmt: skip
def test_one_who_appears_in_court_has_a_hearing(nlp, text, who):
    found = _frames(nlp, text, "hearing")
    assert found and any(who in a for a in found[0][1])


@pytest.mark.parametrize(
    "text",
    [
        "Koroma faces two counts of failing to appear in court.",
        "Mutambara is expected to appear in court on Tuesday.",
        "His name appeared in court documents filed on Monday.",
        "She appeared on television on Monday.",
    ],
)
def test_no_hearing_to_come_nor_a_name_in_documents(nlp, text):
    assert not _frames(nlp, text, "hearing")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Hannibal was given a suspended sentence and released.", "Hannibal"),
        ("A judge handed him a ten-year sentence on Monday.", "him"),
    ],
)
def test_one_given_a_sentence_is_sentenced(nlp, text, who):
    found = _frames(nlp, text, "sentencing")
    assert found and who in found[0][2]


@pytest.mark.parametrize(
    "text", ["He could be given a life sentence.", "She gave a sentence of thanks."]
)
def test_no_sentencing_to_come_nor_a_sentence_spoken(nlp, text):
    assert not _frames(nlp, text, "sentencing")


def test_the_hearing_type_reads_as_a_court_appearance():
    assert type_name("hearing") == "Court appearance"


NAMES = ("Libya", "Italy", "Switzerland", "Ali Hassan")


def _proposed(nlp, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The type and actors of each event proposed in a one-paragraph article of Thursday 18
    February 2010 (statements left out)."""
    doc, context = paragraph_context(
        nlp, text, date(2010, 2, 18), NAMES, {"actors/ali-hassan"},
        {"actors/libya", "actors/italy", "actors/switzerland"},
    )  # fmt: skip
    return [
        (p.type, p.actors)
        for p in propose_events(context, match(doc, 0).events)
        if p.type != "statement"
    ]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Libya and Italy are at odds. Four Italian citizens have been detained at the Tripoli "
         "airport.", "italy"),
        ("Libya and Switzerland are at odds. Libya detained two Swiss businessmen.",
         "switzerland"),
    ],
)  # fmt: skip
def test_the_state_of_nationals_detained_takes_part(nlp, text, state):
    found = [actors for type_, actors in _proposed(nlp, text) if type_ == "arrest"]
    assert found and state in found[0]


def test_the_state_of_a_title_is_still_no_one_arrested(nlp):
    found = _proposed(
        nlp, "Libya and Italy are at odds. Italian Ambassador Ali Hassan was detained."
    )
    arrests = [actors for type_, actors in found if type_ == "arrest"]
    assert arrests and "italy" not in arrests[0]


def test_a_states_people_stand_for_it(nlp):
    found = _proposed(
        nlp, "Libya and Switzerland are at odds. The Libyans recalled their ambassador in Bern."
    )
    sanctions = [actors for type_, actors in found if type_ == "sanctions"]
    assert sanctions and "libya" in sanctions[0]


def test_an_easing_one_is_told_to_make_is_none(nlp):
    doc = nlp("Abbas told Israel to ease their restrictions on Palestinians.")
    assert not [f for f in match(doc, 0).events if f.type == "easing"]
