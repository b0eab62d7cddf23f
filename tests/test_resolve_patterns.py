"""Resolve's searches that stand in for a pattern compiled per name: each finds what the
pattern it replaced finds (the pattern is built here as it was), on texts made to catch the
edges (word boundaries, spaces, words in between, texts' ends)."""

from __future__ import annotations

import re

import pytest

from generator.resolve import (
    _INSIDE_AFTER,
    _INSIDE_BEFORE,
    _SMALL,
    _spelling,
    _state_use,
    _state_used,
    _Texts,
)

STATE_TEXTS = [
    "refugees in Jordan",
    "refugees xin Jordan",
    "refugees in Jordanian camps",
    "in Jordan_",
    "in  Jordan",
    "in\nJordan",
    "visiting Jordan",
    "revisiting Jordan",
    "a.visiting Jordan",
    "Jordan's king",
    "Jordan’s border",
    "aJordan's king",
    "Jordan's kingdom",
    "Jordan's crown prince",
    "King Abdullah II of Jordan",
    "King A B C of Jordan",
    "King A B C D of Jordan",
    "(King A of Jordan",
    "xKing A of Jordan",
    "King  A of Jordan",
    "Emir of  Jordan",
    "Sultan of Jordan",
    "of Jordan",
    "Michael Jordan said. Jordan scored.",
    "Jim Jordan met Pompeo, who had visited Jordan",
    "",
]


@pytest.mark.parametrize("text", STATE_TEXTS)
def test_state_used_is_the_state_pattern(text: str) -> None:
    for name in ("Jordan", "Chad"):
        placed = text.replace("Jordan", name)
        assert _state_used(name, placed) == bool(_state_use(name).search(placed)), placed


def _old_spelling(acronym: str, text: str) -> list[str]:
    pattern = re.compile(
        r"(?<![\w'’-])" + _SMALL.join(f"{ch}[a-z][\\w'’-]*" for ch in acronym) + r"(?![\w'’-])"
    )
    return [m.group(0) for m in pattern.finditer(text)]


SPELT_TEXTS = [
    "the Islamic Revolutionary Guard Corps Quds Force said",
    "Islamic  Revolutionary\tGuard Corps' Quds",
    "Islamic Revolutionary of the Guard Corps",
    "Islamic Revolutionary of, Guard Corps",
    "xIslamic Revolutionary Guard Corps",
    "Islamic Revolutionary Guard Corps-x and Islamic Revolutionary Guard Corps",
    "Islamic Revolutionary Guard Corps Islamic Revolutionary Guard Corps",
    "Islamic Revolutionary Guard of Corps",
    "Islamic Revolutionary Guard inthe Corps",
    "I Revolutionary Guard Corps",
    "IRevolutionary Guard Corps",
    "Islamic Revolutionary Guard Corps’s men",
    "Institute of Revolutionary Guard Corps Of Now",
    "New Rules Apply, the National Rifle Association",
    "Élan Tea Art",
    "",
]


@pytest.mark.parametrize("text", SPELT_TEXTS)
def test_spelling_is_the_acronym_pattern(text: str) -> None:
    chains: dict = {}
    for acronym in ("IRGC", "IRG", "RGC", "NRA", "GCQF", "IOR", "ÉTA"):
        assert list(_spelling(acronym, text, chains)) == _old_spelling(acronym, text), acronym


PARTY_TEXTS = [
    "the Labour party",
    "an attack on Labour's record",
    "Labour",
    "x Labour",
    "Labour\nParty",
    "a Labour  Party",
    "in Labour Party",
    ", Labour won",
    "Tea prices rose",
    "",
    "Laboured, Labour",
]


def test_texts_find_what_each_text_holds() -> None:
    joined = _Texts(PARTY_TEXTS)
    inside = re.compile(rf"{_INSIDE_BEFORE.pattern}Labour{_INSIDE_AFTER.pattern}")
    for word in ("Labour", "Labour ", "Tea", "x", "\n", "a"):
        assert joined.holding(word) == [t for t in PARTY_TEXTS if word in t], word
    assert joined.holding("Labour", " Party") == ["in Labour Party"]
    for texts in (PARTY_TEXTS, PARTY_TEXTS[:3], ["Labour"], [], ["a Labour", "won"]):
        found = _Texts(texts).search("Labour", _INSIDE_BEFORE, _INSIDE_AFTER)
        assert found == any(inside.search(t) for t in texts), texts
    # The ends of two texts are no context of each other's: "of a " then "Labour" is not
    # "of a Labour".
    assert not _Texts(["the end of a ", "Labour"]).search("Labour", _INSIDE_BEFORE, _INSIDE_AFTER)


def _swapped_in_as_it_was(word: str, name: str) -> bool:
    """``_swapped_in`` before it compared the letters first (session 26)."""
    from generator.gazetteer import capital_state, place_kind, state_name
    from generator.resolve import OSA, SWAP_DISTANCE, Levenshtein, person_words

    tokens = person_words(name)
    if len(tokens) < 2 or len(word) < 5 or not word[0].isupper():
        return False
    if state_name(word) or capital_state(word) or place_kind(word):
        return False
    return any(
        len(part) == len(word)
        and part[0] == word[0]
        and part[-1] == word[-1]
        and OSA.distance(word, part) == SWAP_DISTANCE
        and Levenshtein.distance(word, part) == 2 * SWAP_DISTANCE
        for part in (tokens[0], tokens[-1])
    )


SWAP_WORDS = [
    "Demriel",
    "Demirel",
    "Amuary",
    "Sapin",
    "Spain",
    "Carlo",
    "Elias",
    "Süleyman",
    "Sülyeman",
    "Xi",
    "demriel",
    "Jroge",
    "Paris",
    "Prais",
    "Aabcd",
    "Aabdc",
    "",
]
SWAP_NAMES = [
    "Süleyman Demirel",
    "Amaury Leveaux",
    "Michel Sapin",
    "Carol Blanchard",
    "Elisa Lam",
    "Jorge",
    "Jorge Prais",
    "Aabdc Aabcd",
    "Ab",
    "",
    "Xi Jinping",
    "Jorge Demirel Jr.",
    "Sülyeman al-Demirel",
]


def test_swapped_in_is_what_it_was() -> None:
    from generator.resolve import _swapped_in

    for word in SWAP_WORDS:
        for name in SWAP_NAMES:
            assert _swapped_in(word, name) == _swapped_in_as_it_was(word, name), (word, name)
    assert _swapped_in("Demriel", "Süleyman Demirel")
    assert not _swapped_in("Spain", "Michel Sapin")
