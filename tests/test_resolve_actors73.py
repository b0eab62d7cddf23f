"""actors73: a state in brackets after a person's name says where the person is from and
defines no acronym ("Jakaya Kikwete (Tanzania)"); a one-word name written after an honorific
is a person's even where the NER reads it as a body's as often ("Sheikh Hasina ... Hasina
said"); a small business's premises named for its owner is no person ("his car garage Anwar
Workshop"), so the owner's lone given name is his (issue 8, real Kenyan and Bangladeshi
news: actors71's pool)."""

from __future__ import annotations

from collections import Counter

from test_resolve_fix77 import resolve_articles

from generator.resolve.decide import decide
from generator.resolve.merge import acronym_definitions


def test_a_state_in_brackets_after_a_person_defines_no_acronym():
    names = ["Jakaya Kikwete", "Tanzania", "United Arab Emirates", "UAE", "Nigeria"]
    texts = [
        "They included former Presidents Jakaya Kikwete (Tanzania) and Olusegun Obasanjo "
        "(Nigeria).",
        "The United Arab Emirates (UAE) sent a delegation.",
    ]
    found = acronym_definitions(texts, names)
    assert "Tanzania" not in found
    assert found["UAE"] == "United Arab Emirates"  # a state's acronym in capitals still is one


def test_a_state_in_brackets_keeps_its_own_page(content):
    """The pool's article: "Tanzania" stays the state, not a second name of Kikwete."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "The guests included Tanzania President Samia Suluhu Hassan.",
                    "Also present were former President Jakaya Kikwete (Tanzania) and others.",
                ],
                {
                    0: [("Tanzania", "GPE"), ("Samia Suluhu Hassan", "PERSON")],
                    1: [("Jakaya Kikwete", "PERSON"), ("Tanzania", "GPE")],
                },
            )
        ],
    )
    person = by_text[ids[0], "Jakaya Kikwete"]
    assert found[person].type == "person"
    assert by_text.get((ids[0], "Tanzania")) != person
    assert found[by_text[ids[0], "Tanzania"]].type == "state"


def test_a_name_after_an_honorific_read_once_as_a_body_is_a_person(content):
    """Dhaka Tribune's shape: "Prime Minister Sheikh Hasina" once, "Hasina said" twice, one
    of them read as an organisation's: a tie the body's label won; the honorific tells."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Bangladesh Prime Minister Sheikh Hasina said she spoke to Donald Trump.",
                    "As Trump left the event, Hasina said she stopped him for a few minutes.",
                    "Hasina told reporters that he made no comment about the refugees.",
                ],
                {
                    0: [
                        ("Bangladesh", "GPE"),
                        ("Sheikh Hasina", "PERSON"),
                        ("Donald Trump", "PERSON"),
                    ],
                    1: [("Trump", "PERSON"), ("Hasina", "ORG")],
                    2: [("Hasina", "WORK_OF_ART")],
                },
            )
        ],
    )
    key = by_text[ids[0], "Hasina"]
    assert found[key].type == "person"
    assert by_text[ids[0], "Sheikh Hasina"] == key


def test_a_premises_named_for_its_owner_is_no_person():
    verdict = decide("Anwar Workshop", Counter({"PERSON": 1}), None, frozenset())
    assert verdict.name is None
    assert "premises" in verdict.reason
    # a body the NER reads as one keeps its name
    body = decide("Sesame Workshop", Counter({"ORG": 2}), None, frozenset())
    assert body.name == "Sesame Workshop"


def test_the_owner_keeps_his_given_name_once_his_garage_is_no_person(content):
    """Dhaka Tribune's shape: "Anwar Hossain" once, "Anwar" seven times, and "his car garage
    Anwar Workshop" read as a person's: the lone "Anwar" was ambiguous between two people and
    went to neither."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Anwar Hossain, a suspected militant, was picked up by detectives in July.",
                    "Anwar's family filed a general diary the day after he was taken away.",
                    "Police confirmed that Anwar had been picked up by detectives.",
                    "Anwar had been working at his car garage Anwar Workshop for ten years.",
                ],
                {
                    0: [("Anwar Hossain", "PERSON")],
                    1: [("Anwar", "PERSON")],
                    2: [("Anwar", "PERSON")],
                    3: [("Anwar", "PERSON"), ("Anwar Workshop", "PERSON")],
                },
            )
        ],
    )
    person = by_text[ids[0], "Anwar Hossain"]
    assert by_text.get((ids[0], "Anwar")) == person
    assert not any(e.name == "Anwar Workshop" for e in found.values())
