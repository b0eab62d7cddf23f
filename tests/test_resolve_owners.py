"""Resolve's index of an article's persons (``_Owners``) finds what asking every person of
the article finds, in the same order: it only spares the pairs that cannot match."""

from __future__ import annotations

import pytest

from generator.resolve import _names_person, _Owners, _owners_named, _swapped_in

NAMES = {
    "actors/omar-al-bashir": "Omar al-Bashir",
    "actors/bashar-al-assad": "Bashar al-Assad",
    "actors/yahya-sarea": "Yahya Sarea",
    "actors/suleyman-demirel": "Süleyman Demirel",
    "actors/john-lee-ka-chiu": "John Lee Ka-chiu",
    "actors/carrie-lam-cheng-yuet-ngor": "Carrie Lam Cheng Yuet-ngor",
    "actors/lam-cheng-yuet-ngor": "Lam Cheng Yuet-ngor",
    "actors/pedro-r-pierluisi-urrutia": "Pedro R. Pierluisi Urrutia",
    "actors/david-turpin": "David Turpin",
    "actors/louise-turpin": "Louise Turpin",
    "actors/mohammed-bin-salman": "Mohammed bin Salman",
    "actors/kim-jong-un": "Kim Jong Un",
    "actors/xi-jinping": "Xi Jinping",
    "actors/madonna": "Madonna",
    "actors/carol-smith": "Carol Smith",
}
WORDS = (
    "Al-Bashir Bashir Assad Saree Sarea Demriel Demirel Lee Lam Pierluisi Urrutia Turpins "
    "Turpin Salman Mohammed Kim Xi Madonna Carlo Carol Smith Smiht Omar Jong Un W We Yahya"
).split()


def _scan(word: str, here: list[str]) -> list[str]:
    """``_owners_named`` as it was: every person of the article asked."""
    owners = [k for k in here if _names_person(word, NAMES.get(k, ""))]
    return owners or [k for k in here if _swapped_in(word, NAMES.get(k, ""))]


@pytest.mark.parametrize("word", WORDS)
def test_the_index_finds_what_asking_every_person_finds(word: str) -> None:
    here = sorted(NAMES)
    index = _Owners(here, NAMES)
    found = index.named(word, NAMES) or index.swapped(word, NAMES)
    assert found == _scan(word, here)
    assert index.named(word, NAMES) == [k for k in here if _names_person(word, NAMES[k])]
    assert index.swapped(word, NAMES) == [k for k in here if _swapped_in(word, NAMES[k])]
    reverse = here[::-1]
    assert _Owners(reverse, NAMES).named(word, NAMES) == [
        k for k in reverse if _names_person(word, NAMES[k])
    ]


def test_the_index_answers_as_the_names_rules_do() -> None:
    """A few of the rules' own cases, through ``_owners_named``."""
    here = sorted(NAMES)
    index = _Owners(here, NAMES)
    assert _owners_named("Al-Bashir", index, NAMES) == ["actors/omar-al-bashir"]
    assert _owners_named("Turpins", index, NAMES) == ["actors/david-turpin", "actors/louise-turpin"]
    assert _owners_named("Saree", index, NAMES) == ["actors/yahya-sarea"]
    assert _owners_named("Demriel", index, NAMES) == ["actors/suleyman-demirel"]
    assert _owners_named("Lam", index, NAMES) == ["actors/carrie-lam-cheng-yuet-ngor"]
    assert _owners_named("Salman", index, NAMES) == []
    assert _owners_named("Madonna", index, NAMES) == []
