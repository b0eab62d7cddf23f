"""review19: adversarial probes of this session's merges that found a bug (each test failed on
``main`` at 66ec3ff)."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text


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
