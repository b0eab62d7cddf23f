"""Review of events67 and actors78 on text outside their pools (issues 7 and 8, branch
review31): a bomb planted and then defused, or that failed to go off, struck nothing; the dead
of an attack told just before, of another day and proposed for no one, are not the toll of an
earlier attack the article proposed; a longer name written without its Arabic article ("Nusra
Front") is the group written with it ("Al-Nusra Front")."""

from __future__ import annotations

import pytest
from test_extract_events67 import _proposed, _strikes

from generator.resolve.merge import Found, merges

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Militants planted a bomb near the main market in Quetta, but police defused it.",
        "A bomb was planted under the bridge in Kabul but failed to explode.",
        "A bomb planted near the embassy in Kabul did not explode.",
    ],
)
def test_a_bomb_defused_or_that_did_not_go_off_is_no_strike(nlp, text):
    assert not _strikes(nlp, text)


def test_a_bomb_planted_near_a_place_is_still_a_strike(nlp):
    assert _strikes(nlp, "Militants planted a bomb near the embassy in Kabul.")


def test_the_dead_of_an_unproposed_attack_of_another_day_are_not_an_earlier_attacks(nlp):
    found = _proposed(
        nlp,
        "Taliban fighters attacked a convoy in Vorland on Monday. In 2017, Islamic State militants "
        "bombed a mosque in Jalalabad. Ahmed Khan was killed in the bombing.",
    )
    assert not any(t == "strike" and "ahmed-khan" in actors for t, actors, _ in found)
    assert any(t == "killing" and "ahmed-khan" in actors for t, actors, _ in found)


def test_the_dead_of_an_attack_told_again_still_fold(nlp):
    found = _proposed(
        nlp,
        "Taliban fighters attacked an army base in Vorland on Monday. The attack was the "
        "deadliest this year. Ahmed Khan was killed in the attack.",
    )
    assert [t for t, _, _ in found] == ["strike"]
    assert "ahmed-khan" in found[0][1]


def test_a_longer_name_without_its_arabic_article_is_the_group():
    def org(name: str, count: int, article: str = "a1") -> Found:
        return Found(name, "organisation", count, frozenset({article}), frozenset({"Syria"}))

    merged = {m.name: m for m in merges([org("Al-Nusra Front", 1), org("Nusra Front", 1)], {})}
    assert merged["Nusra Front"].into == "Al-Nusra Front"
    # an English word before the name, or two groups that fit: no merge
    assert merges([org("Al-Nusra Front", 1, "a1"), org("Nusra Front", 2, "a2")], {})
    assert not merges([org("At Home Group", 1, "a1"), org("Home Group", 2, "a2")], {})
    two = [org("Al-Nusra Front", 1), org("El-Nusra Front", 1), org("Nusra Front", 2)]
    assert "Nusra Front" not in {m.name for m in merges(two, {})}
