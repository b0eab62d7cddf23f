"""A firm named in full once, then by the first word(s) of its name (issue 8, actors46):
"Sumitomo Mitsui Financial ... Sumitomo said", "WMC Resources ... WMC", "Federated
Department Stores ... Federated", "Black Lotus Communications ... Black Lotus" (the shapes
of actors44's split pairs, BBC business and Wikinews)."""

from __future__ import annotations

import pytest
from test_resolve_briefing import resolve_text

from generator.resolve.merge import Found, merges


def _org(name: str, *articles: str, count: int = 1) -> Found:
    return Found(name, "organisation", count, frozenset(articles), frozenset())


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("WMC", "WMC Resources"),  # "mining firm WMC Resources ... WMC said"
        ("Black Lotus", "Black Lotus Communications"),  # "... when Black Lotus contacted"
        ("Federated", "Federated Department Stores"),  # "... Federated expects the merger"
        ("Sumitomo", "Sumitomo Mitsui Financial"),  # "... Sumitomo said in a statement"
        ("Sun", "Sun Microsystems"),  # the trade word, as before
    ],
)
def test_a_firm_by_its_leading_words_in_the_same_article_is_one(short, long):
    made = merges([_org(short, "a1", count=5), _org(long, "a1")], {})
    assert [(m.name, m.into) for m in made] == [(short, long)]


def test_a_parent_and_its_unit_and_two_firms_of_one_first_word_stay_apart():
    # a unit named after its parent with a trade word between: Sony is no page of its unit
    assert merges([_org("Sony", "a1"), _org("Sony Pictures Entertainment", "a1")], {}) == []
    # unit words are no firm's full-name ending ("GE Capital", "EDF Energy")
    assert merges([_org("GE", "a1"), _org("GE Capital", "a1")], {}) == []
    assert merges([_org("EDF", "a1"), _org("EDF Energy", "a1")], {}) == []
    # two firms of one first word in the article: the short name is either
    two = [
        _org("Mitsubishi", "a1"),
        _org("Mitsubishi Motors", "a1"),
        _org("Mitsubishi UFJ Financial", "a1"),
    ]
    assert merges(two, {}) == []
    # the word between is a firm named alone in the article ("Mitsui said")
    pair = [_org("Sumitomo", "a1"), _org("Sumitomo Mitsui Financial", "a1")]
    assert merges(pair, {}, named={"Mitsui": {"a1"}}) == []
    assert merges([*pair, _org("Mitsui", "a1")], {}) == []
    # the short name also in an article without the long one may be another firm
    assert merges([_org("WMC", "a1", "a2"), _org("WMC Resources", "a1")], {}) == []


@pytest.mark.parametrize(
    ("short", "unit"),
    [
        ("Sears", "Sears Canada Stores"),  # a state between: the firm's unit there
        ("Toyota", "Toyota Europe Financial"),  # a region between
        ("Citigroup", "Citigroup Global Financial"),
        ("Sony", "Sony Music Entertainment"),  # a trade between ("Music"), like "Pictures"
    ],
)
def test_a_parent_and_its_unit_named_by_place_or_trade_stay_apart(short, unit):
    """fix75: the word between a firm's name and its ending names where or what the unit
    is, not part of the parent's own name: the parent is no page of its unit."""
    assert merges([_org(short, "a1", count=3), _org(unit, "a1")], {}) == []


def _at(name: str, **first: int) -> Found:
    """A firm with the rank of its first mention in each article (``Found.firsts``)."""
    return Found(
        name, "organisation", 3, frozenset(first), frozenset(), tuple(sorted(first.items()))
    )


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("WMC", "WMC Resources"),  # "Australian mining firm WMC Resources has seen ... WMC said"
        ("Federated", "Federated Department Stores"),  # "US retail giant Federated ..."
        ("Black Lotus", "Black Lotus Communications"),  # the article's first words
        ("Sumitomo", "Sumitomo Mitsui Financial"),  # "Japan's Sumitomo Mitsui Financial ..."
    ],
)
def test_a_firm_named_in_full_first_is_one_with_its_short_name(short, long):
    """fix76: actors46's pairs, as their articles order them: the full name first."""
    made = merges([_at(short, a1=4), _at(long, a1=0)], {})
    assert [(m.name, m.into) for m in made] == [(short, long)]


@pytest.mark.parametrize(
    ("parent", "unit"),
    [
        ("Apple", "Apple Stores"),  # "Apple said ... its retail arm, Apple Stores"
        ("GM", "GM Financial"),  # "GM reported ... its lending arm GM Financial"
        ("Rio Tinto", "Rio Tinto Minerals"),
        ("Anglo American", "Anglo American Mining"),
        ("BHP", "BHP Billiton Minerals"),
    ],
)
def test_a_parent_named_before_its_unit_is_two(parent, unit):
    """fix76 (fix75's probes): the very shape of "WMC Resources ... WMC", but the short name
    comes first: news names a firm in full first, so a short name before the long one is a
    firm of its own, the parent, and the long name its unit."""
    assert merges([_at(parent, a1=0), _at(unit, a1=5)], {}) == []
    # in any article of the two: "GM ... GM Financial" in one is enough to keep them apart
    assert merges([_at(parent, a1=6, a2=0), _at(unit, a1=1, a2=3)], {}) == []


def test_a_one_word_parent_named_before_its_two_word_unit_is_two_in_the_briefing(content):
    """fix76: "Apple said ... its retail arm, Apple Stores": the article's own fold of a word
    opening a two-word name ("Dai", "Dai Bingguo") and the merges keep the parent apart when
    it comes first; "Tyson Foods ... Tyson said", the full name first, stays one."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Apple said its profit rose. Its retail arm, Apple Stores, will open 30 shops.",
            "Apple Stores employs 50,000 people, Apple said.",
            "US meat processor Tyson Foods raised its forecast. Tyson said sales were strong.",
            "Tyson expects beef prices to stay high.",
        ],
        {
            0: [("Apple", "ORG"), ("Apple Stores", "ORG")],
            1: [("Apple Stores", "ORG"), ("Apple", "ORG")],
            2: [("Tyson Foods", "ORG"), ("Tyson", "ORG")],
            3: [("Tyson", "ORG")],
        },
    )
    assert by_text["Apple"] != by_text["Apple Stores"]
    assert found[by_text["Apple"]].type == "organisation"
    assert by_text["Tyson"] == by_text["Tyson Foods"]
