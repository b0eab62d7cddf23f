"""The small wrongs left by the last reviews (issues 7 and 8, branch review49), one test each
of the shape real news takes."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations
from pathlib import Path

import pytest
from test_extract_events79 import _name, _proposal
from test_resolve import _speaker_frame

from generator.extract import vocabulary
from generator.extract.events import general as events_general
from generator.ids import name_order, slugify
from generator.model import Entity
from generator.render.jumps import _letter, by_name
from generator.resolve.article.people import first_person_speakers
from generator.resolve.article.records import Candidate
from generator.resolve.glued import _lower_word_glued
from tests.test_extract import _agreements_with_states


@pytest.mark.parametrize("trigger", ["recognising", "recognizing", "recognised", "recognizes"])
def test_a_recognition_told_in_any_form_is_no_statement_by_the_recognised(trigger):
    # "Montenegro angered Belgrade after recognising Kosovo": the recogniser is "the country"
    # or unresolved, so only Kosovo is left, and it recognised no one
    actors = {"kosovo": ("Kosovo", "state")}
    recognised = _proposal("statement", (), ("kosovo",), trigger=trigger)
    assert _name([recognised], actors) == "Recognition of Kosovo"
    # a statement by someone is still one
    said = _proposal("statement", (), ("kosovo",), trigger="said")
    assert _name([said], actors) == "Statement by Kosovo"


@pytest.mark.parametrize(
    ("quote", "one"),
    [
        ("I will not stand again at the next election.", True),
        ("My decision is final and the party knows it.", True),  # sentence-initial "My"
        ("It was a hard year. My family stood by me.", True),
        ("Today I'm asking the council to think again.", True),
        ("Yesterday I met the families of the victims.", True),
        # a Roman numeral, no speaker saying "I"
        ("The reign of Elizabeth I shaped the Church of England.", False),
        ("Phase I of the programme ends in March.", False),
        ("The memorial honours the dead of World War I and later wars.", False),
        ("Elizabeth I's portrait hangs in the hall.", False),
        ("Traffic on I-95 was stopped for hours.", False),
        # "My" or "Me" within a sentence is a name's word
        ("The My Lai massacre shocked the nation.", False),
        ("The Me Too movement changed the industry.", False),
        # a person speaking for many is a body's voice
        ("I think we have done our best.", False),
    ],
)  # fmt: skip
def test_a_speaker_saying_i_is_a_person_but_a_roman_numeral_says_nothing(quote, one):
    text = f'Dominic Hare said, "{quote}"'
    frame = _speaker_frame(0, text, "Dominic Hare", "Hare")
    assert first_person_speakers([frame]) == ({(0, 8)} if one else set())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date"),
    [
        # no comma closes the "since" phrase: it ends with its own date, not the sentence's end
        ("Egypt and Iran signed their first agreement since 1979 on Sunday.", "2019-11-03"),
        ("Egypt and Iran signed their first agreement since relations fell apart in 1979 on "
         "Sunday.", "2019-11-03"),
        # the phrase ends before the agreement, which its date does not date
        ("For the first time since 1979 Egypt and Iran signed an agreement to resume direct "
         "flights.", None),
        ("For the first time since 1979 Egypt and Iran signed an agreement on Sunday to resume "
         "direct flights.", "2019-11-03"),
    ],
)  # fmt: skip
def test_a_since_phrase_ends_with_its_date_and_leaves_the_signings(nlp, text, date):
    (found,) = _agreements_with_states(nlp, [text], {"Egypt": "egypt", "Iran": "iran"},
                                       {"egypt", "iran"})  # fmt: skip
    assert set(found.agents) == {"egypt", "iran"}
    assert found.date == date


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        # a third state the report never names: which three is not told, so none
        (["Egypt and Iran sent envoys to the talks in Geneva. The three countries signed an "
          "agreement on water rights."], []),
        (["Egypt and Iran sent envoys to the talks in Geneva, and the three countries signed "
          "an agreement on water rights."], []),
        # the count met, the states named are the parties
        (["Egypt, Iran and Sudan sent envoys to the talks in Geneva. The three countries signed "
          "an agreement on water rights."], [{"egypt", "iran", "sudan"}]),
        (["Egypt and Iran sent envoys to the talks in Geneva. The two countries signed an "
          "agreement on water rights."], [{"egypt", "iran"}]),
    ],
)  # fmt: skip
def test_a_counted_group_stands_for_as_many_states_or_none(nlp, paragraphs, parties):
    actors = {"Egypt": "egypt", "Iran": "iran", "Sudan": "sudan"}
    found = _agreements_with_states(nlp, paragraphs, actors, set(actors.values()))
    assert [set(p.agents) for p in found if p.agents] == parties


def test_lower_word_glued_names_do_not_hang_on_the_order_of_the_candidates():
    # "Remarked |Center| for Biological Diversity": the body the text goes on with is counted
    # as a name of the briefing; "Reportedly Center for Biological Diversity" is then cut to
    # it, whichever of the two the NER listed first
    paragraphs = {
        "a": (
            'Remarked Center for Biological Diversity scientist Tierra Curry, "This reprieve is '
            'welcome."',
            "Reportedly Center for Biological Diversity lawyers will appeal the ruling.",
        )
    }
    remarked = Candidate("a", 0, 0, 0, 15, "Remarked Center", "Remarked Center", "PERSON")
    text = "Reportedly Center for Biological Diversity"
    reportedly = Candidate("a", 1, 1, 0, len(text), text, text, "ORG")
    lowercase = frozenset({"remarked", "reportedly"})
    found = [
        sorted((c.paragraph, c.name, c.label) for c in _lower_word_glued(list(order), paragraphs,
                                                                         lowercase))
        for order in permutations([remarked, reportedly])
    ]  # fmt: skip
    body = "Center for Biological Diversity"
    assert found[0] == found[1] == [(0, body, "ORG"), (1, body, "ORG")]


def test_the_catch_all_act_has_one_name_the_events_and_merge_import():
    # "Zapata crossed the English Channel": proposed by the events as GENERAL, named by merge
    assert events_general.GENERAL is vocabulary.GENERAL == "other"
    actors = {"zapata": ("Franky Zapata", "person")}
    crossed = replace(
        _proposal(vocabulary.GENERAL, ("zapata",), trigger="crossed"),
        subject="crossed the English Channel",
    )
    assert _name([crossed], actors) == "Franky Zapata: crossed the English Channel"
    # nowhere else in extraction is the type written out
    written = [
        path.name
        for path in Path(vocabulary.__file__).parent.rglob("*.py")
        if path.name != "vocabulary.py" and re.search(r"""["']other["']""", path.read_text())
    ]
    assert written == []


def test_every_list_by_name_has_one_order_and_its_letters_agree():
    names = ["Zola", "'t Hooft", "Émile Zola", "Eorn", "Eilo", "1st Battalion", "Østergaard",
             "ABC News", "abc", "Ödön von Horváth", "Olaf Scholz", "Сергей Лавров"]  # fmt: skip
    rows = sorted((Entity("actors", slugify(n), n, "person") for n in names), key=by_name)
    assert [r.name for r in rows][:6] == [
        "1st Battalion", "abc", "ABC News", "Eilo", "Émile Zola", "Eorn",
    ]  # fmt: skip
    # each letter's rows are one run, as the jump list's links assume (one anchor a letter)
    letters = [_letter(r.name)[1] for r in rows]
    assert letters == sorted(letters, key=lambda x: (x != "other", x))
    assert _letter("Émile Zola") == ("E", "e") and _letter("'t Hooft") == ("T", "t")
    # the evidence sorts by the same words the slugs are made of
    assert name_order("Ödön von Horváth") == " ".join(slugify("Ödön von Horváth").split("-"))
