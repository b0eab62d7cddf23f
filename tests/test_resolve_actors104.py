"""actors104 (issue 8): names cut short, the largest class of junk pages a name can explain on
the read blocks (``benchmarks/quality.py``'s breakdown line) and on a fresh pool
(benchmarks/pools/actors104): a newspaper named for its place is not cut to its last word
("The New York Times" joined "The Times"' page), and a French, Spanish, Italian, Portuguese or
German body's name goes on past that language's "and" ("Brigade de Recherche et
d’Intervention", cut at its elided "d’")."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.resolve.glued import _paper_of_place
from generator.resolve.names import looks_like_name


def test_a_newspaper_named_for_its_place_keeps_the_place():
    assert _paper_of_place(["The", "New", "York"], ["Times"])
    assert _paper_of_place(["Jordan"], ["Times"])
    assert _paper_of_place(["Jakarta"], ["Post"])
    # Not a paper's last word, or more words after the place: still cut where known.
    assert not _paper_of_place(["Iran"], ["Foreign", "Ministry"])
    assert not _paper_of_place(["Reuters"], ["Times"])


def test_the_new_york_times_is_not_the_times(content):
    """Pool actors104 (rows 109 and 163): "an e-mail to The New York Times" in one article,
    "The Times" of London in another; the place was cut off as glued and both were one page."""
    text = (
        "Cattelan wrote in an e-mail to The New York Times that it was a prank.",
        "One of them died inside the hall, according to The Times. The Times said more.",
    )
    spans = {0: [("The New York Times", "ORG")], 1: [("The Times", "ORG"), ("Times", "ORG")]}
    found, by_text, _resolved = resolve_text(content, text, spans)
    assert found[by_text["The New York Times"]].name == "The New York Times"
    assert by_text["The New York Times"] != by_text["The Times"]


def test_a_foreign_name_goes_on_past_its_own_and():
    assert looks_like_name("Brigade de Recherche et d’Intervention", "ORG")
    assert looks_like_name("Conservatoire National des Arts et Métiers", "ORG")
    # An English name joined by "et" is no name; nor a name that ends in it.
    assert not looks_like_name("Smith et Jones", "ORG")
    assert not looks_like_name("Brigade de Recherche et", "ORG")


def test_a_french_body_cut_at_its_elided_article_is_extended(content):
    """Pool actors104 (row 22): the NER stops at "d’" with a curly apostrophe."""
    text = (
        "They worked for the Brigade de Recherche et d’Intervention, an elite unit.",
        "The Brigade de Recherche et d’Intervention declined to comment.",
    )
    spans = {0: [("Brigade de Recherche", "ORG")], 1: [("Brigade de Recherche", "ORG")]}
    found, by_text, _resolved = resolve_text(content, text, spans)
    assert found[by_text["Brigade de Recherche et d’Intervention"]].name == (
        "Brigade de Recherche et d’Intervention"
    )
    assert "Brigade de Recherche" not in by_text
