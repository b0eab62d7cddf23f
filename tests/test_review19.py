"""review19: adversarial probes of this session's merges that found a bug (each test failed on
``main`` at 66ec3ff)."""

from __future__ import annotations

import pytest
from conftest import entity_names
from test_resolve_briefing import resolve_text

from generator.extract import match


def test_a_one_word_person_speaking_of_another_owner_is_no_company(content):
    """actors63's "its" cue: "|Ivan| said its army" (Russia's) made Ivan a company although the
    article writes him as a person ("Ivan lost his cow"); likewise "Pele, who", "Pele's wife"."""
    found, _, _ = resolve_text(
        content,
        [
            "Ivan, a farmer near Kharkiv, watched the tanks roll past his house.",
            "Ivan said its army had taken everything. Ivan lost his cow.",
            "Brazil won the World Cup in 1958. Pele has met its players since.",
            "Pele, who scored twice in the final, was 17. Pele's wife was there.",
        ],
        {
            0: [("Ivan", "PERSON"), ("Kharkiv", "GPE")],
            1: [("Ivan", "PERSON"), ("Ivan", "PERSON")],
            2: [("Brazil", "GPE"), ("Pele", "PERSON")],
            3: [("Pele", "PERSON"), ("Pele", "PERSON")],
        },
    )
    assert not {"Ivan", "Pele"} & entity_names(found)


def test_shares_in_what_a_one_word_person_owns_make_no_company(content):
    """actors63's "Shares in |Solidere|" opening a sentence: "Shares in Murdoch's media empire"
    are in what Murdoch owns, which makes him no company."""
    found, _, _ = resolve_text(
        content,
        [
            "Shares in Murdoch's media empire fell sharply on Monday.",
            "Murdoch bought the Times in 1981.",
        ],
        {0: [("Murdoch", "PERSON")], 1: [("Murdoch", "PERSON"), ("Times", "ORG")]},
    )
    assert "Murdoch" not in entity_names(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held by video link on Monday.",
        "The talks were held by telephone.",
        "The election was held by secret ballot.",
        "The meeting was held by order of the court.",
        "The summit was carried live by CNN.",
    ],
)
def test_an_occasion_held_by_a_means_or_carried_by_a_broadcaster_has_no_agent(nlp, text):
    """events57's occasion passive ("the summit was attended by ..."): a "by" of how it was
    held, or a broadcaster's "carried live by", is no one who held or attended it."""
    assert not [f for f in match(nlp(text), 0).events if f.agents]


@pytest.mark.slow
def test_an_occasion_carried_out_or_held_by_someone_keeps_them(nlp):
    (frame,) = match(nlp("The blockade was carried out by the Israeli navy."), 0).events
    assert [a.text for a in frame.agents] == ["the Israeli navy"]
    (frame,) = match(nlp("The vote was held by the Senate on Tuesday."), 0).events
    assert [a.text for a in frame.agents] == ["the Senate"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The company wound up its operations in Spain.",
        "The talks wound down on Friday without a deal.",
        "The queue wound around the block.",
        "He hails from Ohio.",
        "The singer, who hails from Texas, won the award.",
    ],
)
def test_wind_and_hailing_from_are_no_cameo_events(nlp, text):
    """events56's CAMEO verbs: "wound" is also the past of "wind" (business news: "wound up its
    operations"), and "hails from" a birthplace is no acclaim."""
    assert not [f for f in match(nlp(text), 0).events if f.type in ("assault", "statement")]


@pytest.mark.slow
def test_wounding_and_hailing_stay(nlp):
    (frame,) = match(nlp("Gunmen wounded three soldiers in Kabul."), 0).events
    assert frame.type == "assault"
    (frame,) = match(nlp("Microsoft hailed the ruling as a victory."), 0).events
    assert frame.type == "statement"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The motion capture of Andy Serkis was praised.",
        "The capture of carbon dioxide by forests slows warming.",
        "Shell invested in the capture of carbon at its plant in Alberta.",
    ],
)
def test_a_capture_of_stuff_or_an_image_is_no_seizure(nlp, text):
    """events57's "capture": "motion capture of Andy Serkis" made a seizure of him."""
    assert not [f for f in match(nlp(text), 0).events if f.type == "seizure"]


@pytest.mark.slow
def test_a_rampage_of_someone_is_theirs_and_a_capture_by_someone_stays(nlp):
    """events57's "rampage" (an intransitive verb's noun): "the rampage of the gunman" is his,
    not an assault on him; "the Hamas capture of Gilad Shalit" is still a seizure."""
    (frame,) = match(nlp("The rampage of the gunman lasted an hour in Oslo."), 0).events
    assert ([a.text for a in frame.agents], frame.patients) == (["the gunman"], ())
    (frame,) = match(nlp("The Hamas capture of Gilad Shalit shocked Israel."), 0).events
    assert frame.type == "seizure"
    assert [p.text for p in frame.patients] == ["Gilad Shalit"]
