"""review21 (issue 8): actors66's title rule probed with two bearers of one surname and
their titles (benchmarks/pools/review21/probes.csv): no titled mention goes to the wrong
bearer; one known wrong join of an untitled mention is pinned as such."""

from __future__ import annotations

import pytest
from test_resolve_actors66 import resolve_articles


def _full(title: str, given: str, surname: str) -> tuple[list[str], dict]:
    name = f"{given} {surname}"
    return (
        [f"{title} {name} spoke on Monday.", f"{name} left."],
        {0: [(name, "PERSON")], 1: [(name, "PERSON")]},
    )


def _lone(sentences: list[str], surname: str) -> tuple[list[str], dict]:
    return sentences, {i: [(surname, "PERSON")] for i in range(len(sentences))}


def _owners(resolved, names, article: str) -> list[str | None]:
    return [names.get(m.entity) for m in resolved.mentions if m.article == article]


@pytest.mark.parametrize(
    ("bearers", "titled", "owner"),
    [
        # "Senator Clinton" is Hillary's title here, "President Clinton" Bill's.
        ([("Senator", "Hillary"), ("President", "Bill")], "Senator", "Hillary Clinton"),
        ([("Senator", "Hillary"), ("President", "Bill")], "President", "Bill Clinton"),
        # Boris Johnson is the Prime Minister, Lyndon Johnson the President.
        ([("Prime Minister", "Boris"), ("President", "Lyndon")], "Prime Minister", "Boris Johnson"),
        ([("Prime Minister", "Boris"), ("President", "Lyndon")], "President", "Lyndon Johnson"),
        # Jeb Bush the Governor, George W. Bush the President.
        ([("Governor", "Jeb"), ("President", "George W.")], "Governor", "Jeb Bush"),
    ],
)
def test_a_titled_surname_goes_to_the_bearer_of_that_title(content, bearers, titled, owner):
    surname = owner.split()[-1]
    articles = [_full(title, given, surname) for title, given in bearers]
    articles.append(_lone([f"{titled} {surname} said so on Friday."], surname))
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, f"a{len(bearers)}") == [owner]


def test_two_titles_of_one_surname_in_an_article_decide_nothing(content):
    """'Governor Bush said ... President Bush promised ... Bush and his brother toured':
    two bearers are meant, and the lone 'Bush' tells neither."""
    articles = [_full("Governor", "Jeb", "Bush"), _full("President", "George W.", "Bush")]
    articles.append(
        _lone(
            [
                "Governor Bush said the damage ran to billions.",
                "President Bush promised federal help.",
                "Bush and his brother toured Pensacola.",
            ],
            "Bush",
        )
    )
    resolved, names = resolve_articles(content, articles)
    assert not {"Jeb Bush", "George W. Bush"} & set(_owners(resolved, names, "a2"))


def test_a_woman_s_honorific_does_not_follow_the_titled_bearer(content):
    """review21's probe, mended by actors69: 'Mrs Clinton' beside 'President Clinton' with
    two Clintons in the briefing does not follow the titled bearer."""
    articles = [_full("Senator", "Hillary", "Clinton"), _full("President", "Bill", "Clinton")]
    articles.append(
        _lone(
            ["President Clinton spoke at the convention.", "Mrs Clinton sat in the front row."],
            "Clinton",
        )
    )
    resolved, names = resolve_articles(content, articles)
    mrs = [m for m in resolved.mentions if m.article == "a2" and m.text == "Mrs Clinton"]
    assert _owners(resolved, names, "a2")[0] == "Bill Clinton"
    assert not [m for m in mrs if names.get(m.entity) == "Bill Clinton"]
