"""actors69 (issue 8): two bearers of one surname kept apart and each lone mention given to
the right one (father and son named alike, a wife, a brother, the most-mentioned bearer), and
outlets' names the rules cut or rejected (benchmarks/pools/actors69/probe.py)."""

from __future__ import annotations

from test_resolve_actors66 import resolve_articles
from test_resolve_review21 import _full, _lone, _owners

from generator.resolve.merge import Found, merges
from generator.resolve.names import looks_like_name, not_an_actor


def _found(name: str, article: str) -> Found:
    return Found(name, "person", 2, frozenset({article}), frozenset())


def test_a_son_named_with_one_initial_fewer_is_not_his_father():
    """'George W. Bush' inside 'George H. W. Bush' in order: both give middle initials and
    the longer adds one, so they are two people; 'George Bush' fits both, so neither."""
    found = [
        _found("George H. W. Bush", "a0"),
        _found("George W. Bush", "a1"),
        _found("George Bush", "a2"),
    ]
    assert not [m for m in merges(found, {}) if "Bush" in m.name]
    # One name written fuller is still one person ("John Bolton", "John R. Bolton").
    found = [_found("John R. Bolton", "a0"), _found("John Bolton", "a1")]
    assert [(m.name, m.into) for m in merges(found, {})] == [("John Bolton", "John R. Bolton")]


def test_a_title_the_article_s_bearer_never_has_goes_to_the_one_who_has_it(content):
    """'Prime Minister Johnson's brother Jo Johnson': the one Johnson named in full in the
    article is never called Prime Minister; Boris Johnson is."""
    articles = [
        _full("Prime Minister", "Boris", "Johnson"),
        (
            [
                "Prime Minister Johnson's brother Jo Johnson resigned on Thursday.",
                "Jo Johnson said he was torn.",
            ],
            {0: [("Johnson", "PERSON"), ("Jo Johnson", "PERSON")], 1: [("Jo Johnson", "PERSON")]},
        ),
    ]
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a1") == ["Boris Johnson", "Jo Johnson", "Jo Johnson"]


def test_a_title_two_other_bearers_have_is_not_given_to_the_article_s_bearer(content):
    """'President Bush and Laura Bush': two Presidents Bush elsewhere tell neither, but the
    President is not the First Lady; 'Mrs Bush' is hers."""
    articles = [
        _full("President", "George H. W.", "Bush"),
        _full("President", "George W.", "Bush"),
        (
            ["President Bush and Laura Bush visited a school.", "Mrs Bush read to them."],
            {0: [("Bush", "PERSON"), ("Laura Bush", "PERSON")], 1: [("Bush", "PERSON")]},
        ),
    ]
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a2") == ["Laura Bush", "Laura Bush"]


def test_a_woman_s_honorific_goes_to_the_bearer_named_as_a_woman(content):
    """'President George W. Bush and his wife Laura Bush ... Mrs Bush': two bearers in the
    article, the honorific tells which; the lone 'Bush' stays no one's."""
    articles = [
        (
            [
                "President George W. Bush and his wife Laura Bush visited a school.",
                "Mrs Bush read to the children.",
                "Bush praised the teachers.",
            ],
            {
                0: [("George W. Bush", "PERSON"), ("Laura Bush", "PERSON")],
                1: [("Bush", "PERSON")],
                2: [("Bush", "PERSON")],
            },
        ),
    ]
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a0") == ["George W. Bush", "Laura Bush", "Laura Bush"]
    merged = [d for d in resolved.decisions if d.name == "Bush" and d.action == "merged"]
    assert "as a woman" in merged[0].reason


def _johnsons(boris: int) -> list:
    articles = [_full("Prime Minister", "Boris", "Johnson") for _ in range(boris)]
    articles.append(
        (
            ["Boris Johnson's brother Jo Johnson voted against him.", "Jo Johnson left."],
            {
                0: [("Boris Johnson", "PERSON"), ("Jo Johnson", "PERSON")],
                1: [("Jo Johnson", "PERSON")],
            },
        )
    )
    articles.append(_lone(["Johnson told police officers he would rather be dead."], "Johnson"))
    return articles


def test_a_lone_surname_goes_to_the_bearer_mentioned_most(content):
    """Boris Johnson named 9 times, his brother Jo twice (and only as his brother): a lone
    'Johnson' in an article naming neither is Boris's; with the counts close, no one's."""
    resolved, names = resolve_articles(content, _johnsons(4))
    assert _owners(resolved, names, "a5") == ["Boris Johnson"]
    resolved, names = resolve_articles(content, _johnsons(1))
    assert _owners(resolved, names, "a2") in ([], [None])


def test_outlets_names_with_an_edition_or_a_slash_are_names():
    assert looks_like_name("BBC Radio 5 Live", "ORG")
    assert looks_like_name("Radio 5 Live", "ORG")
    assert looks_like_name("Radio Free Europe/Radio Liberty", "ORG")
    assert not looks_like_name("Radio Free Europe/", "ORG")
    assert not looks_like_name("Europe/Asia", "ORG")
    assert not_an_actor("ABC Radio National") is None
    assert not_an_actor("Australian National") is not None
