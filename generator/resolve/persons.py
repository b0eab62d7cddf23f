"""People's names as the briefing-wide passes compare them: the index of the words that may
name a person alone (``_surname_index``), which lone word names which person (a surname, a
family's plural, a spelling with two letters swapped or without the Arabic article, a
regnal number, Western then Chinese order), an article's persons indexed by those words
(``_Owners``), and a royal title right before a name. The lowest of the passes' modules, so
every pass that asks "is this word that person?" asks it the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from ..gazetteer import capital_state, place_kind, state_name
from ..model import Entity
from ..titles import TITLE_WORDS
from .article import Candidate
from .merge import SPELLING_THRESHOLD, skeleton
from .names import person_words

ROYAL_TITLES = frozenset("king queen prince princess emir sultan sheikh sheikha crown".split())
"""Titles a royal's one name follows ("Queen Rania", "Emir Tamim")."""


class _Owners:
    """One article's persons (keys, in order) indexed by what a lone word that names one
    must share with their name: ``_names_person`` and ``_swapped_in`` are asked only of the
    persons whose index entries the word meets, not of every person of the article (some
    30,000 pairs a build at 1,000 articles, a few hundred of them true). The entries are a
    superset: each pair found is still asked, so the answer and its order are the scan's."""

    def __init__(self, here: Sequence[str], name_of: Mapping[str, str]):
        self.here = here
        words: dict[str, list[int]] = defaultdict(list)
        skeletons: dict[str, list[int]] = defaultdict(list)
        shapes: dict[tuple[int, str, str], list[int]] = defaultdict(list)
        for i, key in enumerate(here):
            tokens = _person_words(name_of.get(key, ""))
            if len(tokens) < 2:
                continue  # names no one alone (``_names_person``, ``_swapped_in``)
            surname = tokens[-1]
            # Every word of the name, the family's plural and the surname without its
            # Arabic article; another spelling shares the surname's skeleton.
            for word in {*tokens, surname + "s", _without_article(surname)}:
                words[word].append(i)
            skeletons[skeleton(surname)].append(i)
            # A swap keeps the given name's or surname's length and first and last letters.
            for part in {tokens[0], surname}:
                shapes[len(part), part[:1], part[-1:]].append(i)
        self._words, self._skeletons, self._shapes = words, skeletons, shapes

    def named(self, word: str, name_of: Mapping[str, str]) -> list[str]:
        """The persons ``_names_person`` says ``word`` names, in the article's order."""
        forms = [word]
        if word[:3] in ("Al-", "El-"):
            forms.append(word[0].lower() + word[1:])  # as ``_names_person`` reads it
        found: set[int] = set()
        for form in forms:
            found.update(self._words.get(form, ()))
        if len(word) >= 5:
            found.update(self._skeletons.get(skeleton(word), ()))
        return [
            self.here[i]
            for i in sorted(found)
            if _names_person(word, name_of.get(self.here[i], ""))
        ]

    def swapped(self, word: str, name_of: Mapping[str, str]) -> list[str]:
        """The persons ``_swapped_in`` says ``word`` misspells, in the article's order."""
        found = set(self._shapes.get((len(word), word[:1], word[-1:]), ()))
        return [
            self.here[i] for i in sorted(found) if _swapped_in(word, name_of.get(self.here[i], ""))
        ]


def _owners_named(name: str, here: _Owners, name_of: Mapping[str, str]) -> list[str]:
    """The persons of ``here`` (an article's) whose name ``name`` (one word) may be alone."""
    owners = here.named(name, name_of)
    if not owners:
        # "Demriel" beside "Süleyman Demirel": two letters swapped in the same article.
        owners = here.swapped(name, name_of)
    if len(owners) > 1:
        # "Lam Cheng Yuet-ngor" ends "Carrie Lam Cheng Yuet-ngor": one person's two
        # forms, not two people sharing the word; the fuller one is the person.
        full = {k: name_of.get(k, "") for k in owners}
        owners = [k for k in owners if not any(_ends_name(full[k], full[o]) for o in owners)]
    return owners


def _titled_before(
    c: Candidate, paragraphs: Mapping[str, tuple[str, ...]], titles: frozenset[str] = TITLE_WORDS
) -> bool:
    """'President |Wiranto|': a title word right before the name."""
    before = paragraphs[c.article][c.paragraph][: c.start].split()[-1:]
    return bool(before) and before[0].lower().rstrip(".") in titles


def _name_of(key: str, curated: Mapping[str, Entity], names_of: Mapping[str, str]) -> str:
    return curated[key].name if key in curated else names_of.get(key, "")


def _surname_index(
    persons: set[str], curated: dict[str, Entity], names_of: dict[str, str]
) -> dict[str, set[str]]:
    """Each word that may name a person alone (first name, surname, its plural, the
    surname's skeleton) -> those persons: the candidates ``_names_person`` then confirms,
    so a lone word is compared with a few persons, not every person in the briefing."""
    index: dict[str, set[str]] = defaultdict(set)
    for key in persons:
        tokens = person_words(_name_of(key, curated, names_of))
        if len(tokens) < 2:
            continue
        for word in (tokens[0], tokens[-1], tokens[-1] + "s", skeleton(tokens[-1])):
            index[word].add(key)
        if _western_then_chinese(tokens):
            index[tokens[1]].add(key)
        if bare := _without_article(tokens[-1]):
            index[bare].add(key)
    return index


_CHINESE_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Chinese given name romanised in two syllables joined by a hyphen ("Ka-chiu")."""


def _western_then_chinese(tokens: Sequence[str]) -> bool:
    """'John Lee Ka-chiu', 'Carrie Lam Cheng Yuet-ngor': a Western given name, then the
    family name and a hyphenated Chinese given name; the family name is the second word."""
    return (
        len(tokens) >= 3
        and bool(_CHINESE_GIVEN.fullmatch(tokens[-1]))
        and tokens[1][:1].isupper()
        and tokens[1].isalpha()
    )


@lru_cache(maxsize=1 << 14)
def _person_words(name: str) -> tuple[str, ...]:
    """``person_words`` of a person's name, once: ``_names_person`` and ``_swapped_in`` ask
    for each name's words with each lone word of its articles (~60,000 pairs a build)."""
    return tuple(person_words(name))


@lru_cache(maxsize=1 << 16)  # pure; asked for the same pairs across a briefing's articles
def _names_person(word: str, name: str) -> bool:
    """A lone word that names this person: their surname, a family's plural ("the
    Turpins"), or another spelling of the surname ("Saree" for "Yahya Sarea")."""
    tokens = _person_words(name)
    if len(tokens) < 2 or len(word) < 2:
        return False  # "[W]e" is no mention of "Stefan W"
    surname = tokens[-1]
    if word[:3] in ("Al-", "El-") and surname[:3] in ("al-", "el-"):
        word = word[0].lower() + word[1:]  # "Al-Bashir" opening a sentence, "Omar al-Bashir"
    if len(tokens) >= 3 and tokens[-2].lower() in ("bin", "ibn", "bint") and word == surname:
        return False  # "Salman" is the father of "Mohammed bin Salman", not him
    if word == _without_article(surname):
        return True  # "Assad" for "Bashar al-Assad"
    if word == tokens[0] and len(word) >= 2 and word[0].isupper():
        # "Hamza" for "Hamza bin Laden", unique in the article; "Xi" for "Xi Jinping" and
        # "Kim" for "Kim Jong Un", whose family name comes first.
        return True
    if _western_then_chinese(tokens) and word == tokens[1]:
        return True  # "Lee" for "John Lee Ka-chiu", "Lam" for "Carrie Lam Cheng Yuet-ngor"
    if word in tokens[1:-1] and len(word) >= 4 and word[0].isupper() and "." not in word:
        return True  # "Pierluisi" for "Pedro R. Pierluisi Urrutia": a first surname
    return word in (surname, surname + "s") or (
        len(word) >= 5
        and word[0] == surname[0]
        and skeleton(word) == skeleton(surname)
        and fuzz.ratio(word.lower(), surname.lower()) >= SPELLING_THRESHOLD
    )


SWAP_DISTANCE = 1
"""rapidfuzz OSA distance of a lone word to a person's given name or surname for it to be
that name with two neighbouring letters swapped ("Demriel", "Demirel"; "Amuary", "Amaury"):
one transposition and nothing else, not of the last two letters, which make another name
("Carol", "Carlo"). Only in the article that names the person in full, only
where no name matches exactly, and only for words of five letters or more, so no curated name
(never re-read) and no short name ("Ali", "Ila") is another's misspelling."""


def _swapped_in(word: str, name: str) -> bool:
    """``word`` is the given name or surname of ``name`` with two neighbouring letters
    swapped: a misspelling of a name the article writes correctly too (``SWAP_DISTANCE``)."""
    if len(word) < 5 or not word[0].isupper():
        return False
    tokens = _person_words(name)
    if len(tokens) < 2:
        return False
    # The letters compared first: they rule out all but a few of the 30,000 pairs a build
    # at 1,000 articles asks, before the place tables and the distances are read.
    parts = [
        part
        for part in (tokens[0], tokens[-1])
        if len(part) == len(word)
        and part[0] == word[0]
        and part[-1] == word[-1]  # "Carlo", "Elias" beside "Carol", "Elisa": other names
    ]
    if not parts or state_name(word) or capital_state(word) or place_kind(word):
        return False  # "Spain" beside "Michel Sapin": a place's own name is no misspelling
    return any(
        OSA.distance(word, part) == SWAP_DISTANCE
        and Levenshtein.distance(word, part) == 2 * SWAP_DISTANCE
        for part in parts
    )


def _regnal(name: str) -> bool:
    """'Elizabeth II', 'Felipe VI': a monarch's given name and regnal number."""
    tokens = name.split()
    return len(tokens) == 2 and bool(re.fullmatch(r"[IVX]+", tokens[1]))


def _ends_name(words: str, name: str) -> bool:
    """'Rivera Schatz' ends 'Thomas Rivera Schatz'; 'De Blasio' ends 'Bill de Blasio'; 'Vance
    Jr.' ends 'Cyrus R. Vance, Jr.' (a generation's comma is no word of the name)."""
    short, full = (s.casefold().replace(",", "").split() for s in (words, name))
    return len(full) > len(short) and full[-len(short) :] == short


def _without_article(surname: str) -> str:
    """'al-Assad' -> 'Assad', 'el-Sisi' -> 'Sisi': the Arabic article a surname is often
    written without; '' when the surname has none."""
    head, dash, rest = surname.partition("-")
    return (
        rest
        if dash
        and head.lower() in ("al", "el", "ad", "ash", "as", "at", "az")
        and rest[:1].isupper()
        else ""
    )
