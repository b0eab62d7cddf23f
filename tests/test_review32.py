"""review32: wrong results found probing the rounds merged in session 40 on new real news
shapes (issues 7 and 8)."""

from __future__ import annotations

import pytest
from test_resolve_fix77 import resolve_articles

from generator.resolve.decide import _BODY_PREPOSITION
from generator.resolve.names import not_an_actor
from tests.test_extract import _agreements


def test_a_persian_pour_in_a_persons_name_is_no_french_preposition(content):
    """Iranian news writes the patronymic "Pour" apart ("Justice Minister Mostafa Pour
    Mohammadi"): capitalised, before a capitalised name, it is a person's name, not the
    French "pour" of a body's ("Rassemblement pour la République"), which actors81 read in
    it, typing the minister an organisation apart from "Pour Mohammadi"."""
    texts = [
        "In Tehran, Justice Minister Mostafa Pour Mohammadi said on Friday that the courts "
        "would review the cases.",
        "Pour Mohammadi told reporters the government would not bow to pressure.",
    ]
    ner = {
        0: [("Tehran", "GPE"), ("Mostafa Pour Mohammadi", "PERSON")],
        1: [("Pour Mohammadi", "PERSON")],
    }
    found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    person = by_text[ids[0], "Mostafa Pour Mohammadi"]
    assert found[person].type == "person"
    assert by_text[ids[0], "Pour Mohammadi"] == person


def test_a_french_pour_still_makes_a_body_however_it_is_capitalised():
    for name in (
        "Rassemblement pour la République",
        "Union Pour la Démocratie Française",
        "Comité Pour L'Annulation de la Dette",
        "Médecins Sans Frontières",
        "Médicos Sin Fronteras",
    ):
        assert _BODY_PREPOSITION.search(name), name
    for name in ("Mostafa Pour Mohammadi", "Ali Akbar Pour Ebrahimi"):
        assert not _BODY_PREPOSITION.search(name), name


def test_a_generations_number_or_a_firms_legal_form_after_a_comma_leaves_the_name_whole():
    """actors82's comma rule rejected a person's name with its generation after a comma
    ("Rep. Joseph P. Kennedy, III") and firms with a European legal form ("Airbus, SE",
    "Koninklijke Philips, N.V."), as two names read across a comma; like "Jr." and "Inc."
    they end one name. Two names across a comma are still rejected."""
    for name in (
        "Joseph P. Kennedy, III",
        "Thurston Howell, IV",
        "Airbus, SE",
        "Koninklijke Philips, N.V.",
        "Siemens Healthineers, GmbH",
    ):
        assert not_an_actor(name) is None, name
    assert not_an_actor("Meet the Press, Petraeus")
    assert not_an_actor("Deutsche Bank, Frankfurt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salvator Mundi, which Prince Badr bought in 2017 for $450 million, has not been seen "
         "in public since.", []),
        ("Activision Blizzard, which Microsoft bought in 2023 for $69 billion, makes Call of "
         "Duty.", [("acquisition", {"activision", "microsoft"})]),
    ],
)  # fmt: skip
def test_a_name_which_follows_read_as_a_persons_is_bought_as_a_company_only_by_a_body(
    nlp, text, expected
):
    """agreements48 read "X, which Y bought" as Y's acquisition of X; with the priced-name
    rule, a painting the NER read as a person ("Salvator Mundi", bought by a prince) became
    a company bought, the painting its party. "Which" follows no person: such a name is a
    firm only where an organisation buys it."""
    actors = {
        "Salvator Mundi": "salvator-mundi",
        "Activision Blizzard": "activision",
        "Microsoft": "microsoft",
    }
    found = [(p.type, set(p.agents)) for p in _agreements(nlp, [text], actors)]
    assert [f for f in found if f[0] == "acquisition"] == expected
