"""Relative dates in article sentences, resolved against the article's own day."""

from datetime import date

import pytest

from generator.dates import find_dates, reference_date, support_note
from generator.model import Article

MONDAY = date(2025, 10, 20)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the Kremlin said on Monday.", [("on Monday", "2025-10-20")]),
        ("signed an agreement in January, although", [("in January", "2025-01")]),
        ("In January, they signed", [("In January", "2025-01")]),
        ("signed a deal last month with Iran", [("last month", "2025-09")]),
        ("strikes earlier this year", [("this year", "2025")]),
        ("yesterday and today", [("yesterday", "2025-10-19"), ("today", "2025-10-20")]),
        ("on October 1 and since April", [("October 1", "2025-10-01"), ("since April", "2025-04")]),
        ("in November", [("in November", "2024-11")]),  # not yet this year: last year's
        (
            "last October and this December",
            [("last October", "2024-10"), ("this December", "2025-12")],
        ),
        ("last Monday", [("last Monday", "2025-10-13")]),
        (
            "on 17 January 2025 and January 17 2025",
            [("17 January 2025", "2025-01-17"), ("January 17 2025", "2025-01-17")],
        ),
        ("in 2024, and in June 2023", [("in 2024", "2024"), ("in June 2023", "2023-06")]),
        (  # an earlier century after "in"; a count is no year
            "Clinton was impeached in 1998, and Andrew Johnson in 1868; in 1,800 homes",
            [("in 1998", "1998"), ("in 1868", "1868")],
        ),
        ("sanctions on the airline since 2011", [("since 2011", "2011")]),
        ("signed March 2024", [("March 2024", "2024-03")]),
        ("on 29 February", [("29 February", "2024-02-29")]),
        (
            "on Oct. 1, Jan. 17, 2025 and Sept 5",
            [("Oct. 1", "2025-10-01"), ("Jan. 17, 2025", "2025-01-17"), ("Sept 5", "2025-09-05")],
        ),
        (
            "Yesterday, they met. Today he left.",
            [("Yesterday", "2025-10-19"), ("Today", "2025-10-20")],
        ),
        ("signed in March, 2024, in Oslo", [("in March, 2024", "2024-03")]),
        # Monday's vote; last week (the calendar week before, when one month holds it)
        (
            "Saturday's attack and Monday's vote",
            [("Saturday's", "2025-10-18"), ("Monday's", "2025-10-20")],
        ),
        ("Last week a car bombing killed five", [("Last week", "2025-10")]),
        # A part of a weekday, or "late"/"early" before it (not a named day: "Easter Sunday")
        (
            "announced his resignation shortly before midnight Wednesday night in a video",
            [("Wednesday night", "2025-10-15")],
        ),
        (
            "Late Saturday, troops moved; early Sunday morning",
            [("Late Saturday", "2025-10-18"), ("early Sunday", "2025-10-19")],
        ),
        ("the Easter Sunday morning bombings; a Good Friday evening mass", []),
        ("due by Monday morning, or until late Friday", []),
        ("the warnings apply from tomorrow night into Friday morning, through Sunday night", []),
        # A day within the month after the article's is to come, not last year's
        ("his resignation, effective next Wednesday, October 29", []),
        ("on 2 November and on November 25", [("November 25", "2024-11-25")]),
        # A span of years begins with its first: "served from 1999 to 2004", "1980–1987"
        ("served as governor from 1999 to 2004", [("from 1999 to 2004", "1999")]),
        ("prime minister, 1980–1987; then", [("1980–1987", "1980")]),
        ("between 2001 and 2005", [("between 2001 and 2005", "2001")]),
        # the latest season of that name over by then; this one: this year's
        ("convicted last summer, last spring", [("last summer", "2025"), ("last spring", "2025")]),
        ("this autumn and last autumn", [("this autumn", "2025"), ("last autumn", "2024")]),
        # Names, counts and forward-looking words are not dates.
        ("until March 2026, by January 2026, next March 2026, in May's government", []),
        ("They may meet. March on. On February 30 nothing.", []),
        ("Russia Today and USA Today reported; the Good Friday Agreement; Super Tuesday.", []),
        ("Super Tuesday's results; a score of 2004-1999", []),
        ("a letter from May; a deal due by June; About May 3,000 people; next Friday", []),
        # After a plan or a forecast a weekday is ahead (or today: unsaid) and a month is ahead,
        # unless a reporting verb between dates the report or a quotation ends the plan
        ("Meteorologists predict landfall Saturday morning; it will be buried on Tuesday", []),
        ("An envoy is set to meet Larijani later on Monday", [("on Monday", "2025-10-20")]),
        ("Parliament would meet briefly in early September", [("early September", "2026-09")]),
        ("The vote is expected in June", [("in June", "2026-06")]),
        (
            "The vote is expected in June 2024, since last March",
            [("in June 2024", "2024-06"), ("last March", "2025-03")],
        ),
        (
            "Trump will visit Japan, the White House said on Monday",
            [("on Monday", "2025-10-20")],
        ),
        (
            '"Policy will not change," he said. "Nothing will," Pompeo told them on Saturday',
            [("on Saturday", "2025-10-18")],
        ),
        # ... but not a past clause after it, a cause, an adjective or a noun
        (
            "The Senate is expected to vote on the bill, which the House passed in May",
            [("in May", "2025-05")],
        ),
        (
            "He is expected to be sentenced in November, after he pleaded guilty in March",
            [("in November", "2025-11"), ("in March", "2025-03")],
        ),
        (
            "Johnson, who will face a vote next month, met Merkel in August",
            [("in August", "2025-08")],
        ),
        (
            "Protesters, who would later be arrested, gathered outside parliament on Saturday",
            [("on Saturday", "2025-10-18")],
        ),
        ("He would go on to win the election in March", [("in March", "2025-03")]),
        ("Flights were grounded due to the storm on Saturday", [("on Saturday", "2025-10-18")]),
        ("The long-expected report was published in March", [("in March", "2025-03")]),
        ("The expected vote took place on Saturday", [("on Saturday", "2025-10-18")]),
        ("Against the will of the people, they voted on Saturday", [("on Saturday", "2025-10-18")]),
        ("The aim is to cut emissions; the plan was unveiled in March", [("in March", "2025-03")]),
        ("The report, which had been expected in March, was out", [("in March", "2025-03")]),
        ("The flight is due to land on Saturday; Nevada will vote on Tuesday", []),
        ("It would pass Bermuda, before weakening on Saturday", []),
    ],
)
def test_date_expressions_resolve_against_the_reference_day(text, expected):
    assert [(d.text, d.value) for d in find_dates(text, MONDAY)] == expected


def test_the_dateline_day_is_the_reference_when_it_gives_one():
    article = Article("2025-10-21-a", "A", "2025-10-21", "Reuters", None, "en", ("Text.",))
    assert reference_date(article) == date(2025, 10, 21)
    with_dateline = Article(
        "2025-10-21-a",
        "A",
        "2025-10-21",
        "Reuters",
        None,
        "en",
        ("Text.",),
        dateline="MOSCOW, Oct 20 (Reuters)",
    )
    assert reference_date(with_dateline) == MONDAY
    # A late-December dateline on a story published on 2 January is last year's.
    new_year = Article(
        "2025-01-02-a", "A", "2025-01-02", "Wire", None, "en", ("Text.",), dateline="PARIS, Dec 31"
    )
    assert reference_date(new_year) == date(2024, 12, 31)
    for dateline, expected in [
        ("BRUSSELS, 19 October", date(2025, 10, 19)),
        ("MARSEILLE 2 (AFP)", date(2025, 10, 21)),  # a place, not March
        ("WASHINGTON", date(2025, 10, 21)),
    ]:
        dated = Article(
            "2025-10-21-a", "A", "2025-10-21", "W", None, "en", ("Text.",), dateline=dateline
        )
        assert reference_date(dated) == expected, dateline


def test_only_a_date_as_precise_as_the_record_or_less_supports_it():
    assert support_note("2025-01-17", "2025-01-17") == "as recorded"
    # reader7: a proposal's date is no editor's record.
    assert support_note("2025-01-17", "2025-01-17", proposed=True) == "as proposed"
    assert support_note("2025-01-17", "2025-01", proposed=True) == (
        "the article gives only the month"
    )
    assert support_note("2025-01-17", "2025-01") == "the article gives only the month"
    assert support_note("2025-06", "2025") == "the article gives only the year"
    # editor1: "Last week" read as "the article gives only the month".
    assert support_note("2019-01-14", "2019-01", "Last week") == "the article gives only the week"
    assert support_note("2019-01-14", "2019-01", "three weeks ago") == (
        "the article gives only the week"
    )
    assert support_note("2019-01-14", "2019-01", "in January") == "the article gives only the month"
    assert support_note("2019-01-30", "2019", "last week") == "the article gives only the week"
    assert support_note("2025-10", "2025-10-20") is None  # "Monday" may be another day's event
    assert support_note("2024-09-27", "2024-10-01") is None


def test_the_quick_check_never_hides_a_date_the_patterns_find():
    """``_MAYBE_DATE`` only skips sentences no pattern can match: every pattern's match holds
    one of its words, checked over sentences of news shape with every date form above."""
    import generator.dates as dates

    sentences = [
        "Speaking to reporters in Tehran on Tuesday, Lavrov said the talks would resume.",
        "The treaty, signed Jan. 17, 2025, came into force in March.",
        "Yesterday, the ministry said troops withdrew on 3 March, not by June 2024.",
        "Protests began last year and grew this month, police said today.",
        "The bill passed in 2019 after a vote in the Senate on 12 Sept.",
        "Saturday's attack came last week; he served from 1999 to 2004 and 2006–2010.",
        "After his conviction last summer, he was released this spring.",
        "The minister resigned, and his deputy took over the portfolio.",
    ]
    for text in sentences:
        for pattern in dates.PATTERNS:
            for match in pattern.finditer(text):
                assert dates._MAYBE_DATE.search(match.group(0)), (text, match.group(0))
    assert find_dates(sentences[-1], MONDAY) == []
    assert [d.text for d in find_dates(sentences[2], MONDAY)] == ["Yesterday", "3 March"]


def test_a_bare_weekday_after_a_plan_is_left_alone_as_find_dates_does():
    from generator.dates import bare_weekdays

    friday = date(2019, 7, 12)
    assert bare_weekdays("The storm will make landfall Saturday, forecasters said.", friday) == []
    assert [d.value for d in bare_weekdays("He died Saturday, aged 78.", friday)] == ["2019-07-06"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left the ministry five years ago, after the crash.", [("five years ago", "2020")]),
        ("whom Jansen appointed little more than a year ago", [("a year ago", "2024")]),
        (  # tidy10: a calendar week, as "last week" is: 29 September to 5 October
            "a ban imposed three weeks ago on the use of the aircraft",
            [("three weeks ago", "2025")],
        ),
        ("a ban imposed two weeks ago", [("two weeks ago", "2025-10")]),  # 6 to 12 October
        ("a ban imposed a week ago", [("a week ago", "2025-10")]),  # as "last week"
        ("the vote 42 weeks ago", []),  # 30 December 2024 to 5 January 2025: no one year
        ("stepping down two months ago after protests", [("two months ago", "2025-08")]),
        ("the yacht was captured 388 days ago", [("388 days ago", "2024-09-27")]),
        ("since he came to power eleven years ago.", [("eleven years ago", "2014")]),
        ("plans made months ago and a few days ago", []),  # no count: not resolved
        ("Twenty-five years ago the dam burst.", [("Twenty-five years ago", "2000")]),
        # tidy13: the ends of the shared list (generator/numerals.py) and its one to nine
        ("a law passed nineteen years ago", [("nineteen years ago", "2006")]),
        ("a dam built forty-nine years ago", [("forty-nine years ago", "1976")]),
        ("Five years ago, she was elected.", [("Five years ago", "2020")]),
        # the end of a larger or decimal number is no count of its own
        ("a temple built 1,000 years ago and a treaty 2.5 years ago", []),
    ],
)
def test_a_counted_time_ago_is_as_precise_as_its_unit(text, expected):
    assert [(d.text, d.value) for d in find_dates(text, MONDAY)] == expected
