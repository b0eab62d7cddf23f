"""actors48's leads (fix77): an acronym joined to a person's initials across the briefing, the
Treasury of two states on one page, a word glued before a name on its page's title."""

from __future__ import annotations

from dataclasses import replace

from test_resolve import annotation_for

from generator.resolve import resolve
from generator.resolve.merge import Found, merges


def resolve_articles(content, articles):
    """Resolve several articles, each (paragraphs, NER spans {paragraph: [(text, label)]})."""
    base = content.articles[0]
    made, notes = [], []
    for i, (paragraphs, spans) in enumerate(articles):
        article = replace(base, id=f"{base.id}-{i}", paragraphs=tuple(paragraphs), annotations=())
        spans = {p: [(t, label, None) for t, label in found] for p, found in spans.items()}
        made.append(article)
        notes.append(annotation_for(article, spans))
    resolved = resolve(replace(content, articles=tuple(made)), notes)
    found = {e.key: e for e in resolved.entities if not e.curated}
    by_text = {(m.article, m.text): m.entity for m in resolved.mentions}
    return found, by_text, resolved, [a.id for a in made]


def _found(name, type_, articles):
    return Found(name, type_, 2, frozenset(articles), frozenset())


def test_a_firms_acronym_is_no_persons_initials_in_another_article():
    """b222's "BP" (the oil firm, never written in full) and a_belgium's footballer Benjamin
    Pavard: the only long name of the briefing with those initials, but a person's, and in
    another article: a person's initials are no acronym the text uses for him."""
    bp = _found("BP", "organisation", {"b222"})
    pavard = _found("Benjamin Pavard", "person", {"belgium"})
    assert merges([bp, pavard], {}) == []
    # Probes that must not change: a body's acronym across articles, a definition.
    imf = _found("IMF", "organisation", {"b210"})
    fund = _found("International Monetary Fund", "organisation", {"b241"})
    assert [(m.name, m.into) for m in merges([imf, fund], {})] == [
        ("IMF", "International Monetary Fund")
    ]
    assert [(m.name, m.into) for m in merges([bp, pavard], {"BP": "Benjamin Pavard"})] == [
        ("BP", "Benjamin Pavard")
    ]


def test_a_persons_initials_join_him_only_where_an_article_names_both_as_a_person():
    """ "AMLO" read as a person in the article that names Andrés Manuel López Obrador is him;
    an organisation's acronym in that article ("BP" beside a "Bob Pearson") is not."""
    amlo = _found("AMLO", "person", {"mx"})
    lopez = _found("Andres Manuel Lopez Obrador", "person", {"mx"})
    assert [(m.name, m.into) for m in merges([amlo, lopez], {})] == [
        ("AMLO", "Andres Manuel Lopez Obrador")
    ]
    bp = _found("BP", "organisation", {"oil"})
    pearson = _found("Bob Pearson", "person", {"oil"})
    assert merges([bp, pearson], {}) == []
    assert merges([_found("AMLO", "person", {"other"}), lopez], {}) == []


def test_bp_in_a_business_article_is_not_a_footballer_of_another(content):
    """The whole shape of actors48's pair, through resolve: two articles, BP named twice."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "French defender Benjamin Pavard scored twice on Tuesday.",
                    "Pavard said the team was strong.",
                ],
                {0: [("Benjamin Pavard", "PERSON")], 1: [("Pavard", "PERSON")]},
            ),
            (
                [
                    "Miner Highland Gold said it regretted the limit while BP, a big investor,"
                    " declined to comment.",
                    "BP spent $7.5bn to create an oil company, and Exxon signed agreements.",
                ],
                {
                    0: [("Highland Gold", "ORG"), ("BP", "ORG")],
                    1: [("BP", "ORG"), ("Exxon", "ORG")],
                },
            ),
        ],
    )
    pavard = by_text[ids[0], "Benjamin Pavard"]
    assert by_text.get((ids[1], "BP")) != pavard
    assert found[pavard].aliases == () or "BP" not in found[pavard].aliases
