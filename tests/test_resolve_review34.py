"""review34 (issue 8): wrong rejections and types this session's reviews found on `main`: a
ship's name cut before its number ("the rescue ship |Sea-Watch| 3") is no reason to call its
operator, the charity Sea-Watch, a ship."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

SHIP = [
    "Police arrested Carola Rackete, the captain of the rescue ship Sea-Watch 3, on Saturday.",
    "The German charity Sea-Watch said the ship had carried 40 migrants.",
    "Sea-Watch appealed for donations.",
]
SHIP_NER = {
    0: [("Carola Rackete", "PERSON"), ("Sea-Watch", "ORG")],
    1: [("German", "NORP"), ("Sea-Watch", "ORG")],
    2: [("Sea-Watch", "ORG")],
}


def test_a_ships_name_cut_before_its_number_leaves_its_operator_a_body(content):
    found, _, resolved, _ = resolve_articles(content, [(SHIP, SHIP_NER)])
    assert any(e.name == "Sea-Watch" and e.type == "organisation" for e in found.values())
    assert not any(
        d.name == "Sea-Watch" and d.action == "rejected" and "ship" in d.reason
        for d in resolved.decisions
        if "cut before its number" not in d.reason
    )


def test_a_ship_named_after_its_noun_without_a_number_stays_a_ship(content):
    text = ["The tanker Stena Impero was seized on Friday.", "The Stena Impero was boarded."]
    ner = {0: [("Stena Impero", "ORG")], 1: [("Stena Impero", "ORG")]}
    found, _, _, _ = resolve_articles(content, [(text, ner)])
    assert not any(e.name == "Stena Impero" for e in found.values())
