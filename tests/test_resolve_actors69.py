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
    article, the honorific tells which; the lone 'Bush' is the President's, the one bearer
    not told as another's kin (actors88: it was no one's, its mention lost)."""
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
    assert _owners(resolved, names, "a0") == [
        "George W. Bush",
        "Laura Bush",
        "Laura Bush",
        "George W. Bush",
    ]
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


def test_middle_initials_and_short_middle_names_join_the_full_name():
    """'George H. W. Bush' (and 'George H.W. Bush', 'George HW Bush') is 'George Herbert
    Walker Bush'; 'Daniel Pat Moynihan' is 'Daniel Patrick Moynihan'; 'Lauren Bush' is not
    'Laura Bush' (another given name of the family, not another spelling)."""
    found = [
        _found("George Herbert Walker Bush", "a0"),
        _found("George H. W. Bush", "a1"),
        _found("George HW Bush", "a2"),
        _found("Daniel Patrick Moynihan", "a3"),
        _found("Daniel Pat Moynihan", "a3"),
        _found("Laura Bush", "a4"),
        _found("Lauren Bush", "a4"),
    ]
    into = {m.name: m.into for m in merges(found, {})}
    assert into["George H. W. Bush"] == "George Herbert Walker Bush"
    assert into["George HW Bush"] == "George Herbert Walker Bush"
    assert into["Daniel Pat Moynihan"] == "Daniel Patrick Moynihan"
    assert "Lauren Bush" not in into and "Laura Bush" not in into
    # Two spellings of one given name still join ("Mohammed", "Mohammad").
    found = [_found("Mohammed Javad Zarif", "a0"), _found("Mohammad Javad Zarif", "a0")]
    assert merges(found, {})


def test_an_untitled_surname_beside_a_second_bearer_s_title_is_no_one_s(content):
    """'Hillary Rodham Clinton met ... President Clinton said ... Clinton was upbeat': the
    title names a second Clinton, so the untitled one is not given to the one in full."""
    articles = [
        _full("President", "Bill", "Clinton"),
        (
            [
                "First lady Hillary Rodham Clinton met the senator.",
                "President Clinton said no decision was near.",
                "Clinton was quietly upbeat.",
            ],
            {
                0: [("Hillary Rodham Clinton", "PERSON")],
                1: [("Clinton", "PERSON")],
                2: [("Clinton", "PERSON")],
            },
        ),
    ]
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a1") == ["Hillary Rodham Clinton", "Bill Clinton"]


def test_mrs_with_no_bearer_in_the_article_is_the_one_named_a_woman(content):
    """'President and Mrs. Bush traveled': the article names no Bush in full; the briefing
    names one Bush as a woman ('First Lady Laura Bush'), three times as often as another
    ('her sister, Barbara Bush')."""
    articles = [
        _full("President", "George W.", "Bush"),
        (
            [f"First Lady Laura Bush toured the gardens on day {n}." for n in range(3)],
            {n: [("Laura Bush", "PERSON")] for n in range(3)},
        ),
        (
            ["Her sister, Barbara Bush, spoke."],
            {0: [("Barbara Bush", "PERSON")]},
        ),
        _lone(["President Bush traveled to Brazil.", "President and Mrs. Bush met Lula."], "Bush"),
    ]
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a3") == ["George W. Bush", "Laura Bush"]


def test_a_surname_in_a_list_of_names_is_not_guessed_by_counts(content):
    """'former Presidents Obama, Bush, Clinton, and Carter': no title before it tells a
    bearer and a list is no place to guess the most-mentioned one."""
    articles = [_full("Senator", "Hillary", "Clinton") for _ in range(4)]
    articles.append(_full("Governor", "Bill", "Clinton"))
    articles.append(_lone(["Former Presidents Obama, Bush, Clinton, and Carter came."], "Clinton"))
    resolved, names = resolve_articles(content, articles)
    assert "Hillary Clinton" not in _owners(resolved, names, "a5")
    articles[-1] = _lone(["Clinton came to Iowa on Friday."], "Clinton")
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a5") == ["Hillary Clinton"]


def test_a_state_and_24_is_a_news_channel_not_a_score(content):
    """'France 24 reported' (the NER reads 'France' and leaves out '24'): the outlet; 'beat
    France 24-17' and 'France 24 Wales 18' are scores, 'France 24 hours' a count."""
    articles = [
        (
            ["France 24 reported that talks failed.", "The minister told France 24 so."],
            {0: [("France", "GPE")], 1: [("France", "GPE")]},
        ),
        (
            [
                "Wales beat France 24-17 in Cardiff.",
                "It ended France 24 Wales 18.",
                "In France 24 hours passed.",
            ],
            {
                0: [("Wales", "GPE"), ("France", "GPE")],
                1: [("France", "GPE")],
                2: [("France", "GPE")],
            },
        ),
    ]
    resolved, names = resolve_articles(content, articles)
    assert {(m.text, names.get(m.entity)) for m in resolved.mentions if m.article == "a0"} == {
        ("France 24", "France 24")
    }
    assert "France 24" not in {m.text for m in resolved.mentions if m.article == "a1"}
