"""Event dates (issue 7, branch events82): the day a narrative carries to the next sentence
when it goes on with the same actor ("Mato announced her resignation … on Wednesday. Mato
denied any complicity …"), "Earlier in the day" told by the day before it, and the
near-misses: a sentence of another time ("had previously called it", "later said", "is to
leave office") or another actor's keeps no date. Sentences of the shapes of the test split's
and the events82 pool's misses (real reports, names kept)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.dates import bare_weekdays, continues_day, find_dates, told_days
from generator.extract import match
from generator.extract.events import carry_days, propose_events


@pytest.mark.parametrize(
    "text",
    [
        "He also said there is no suggestion of specific increased threat.",
        'He posted on Twitter: "Thank you @POTUS for the warm personal welcome."',
        "Mato denied any complicity in the corruption case.",
    ],
)
def test_a_sentence_of_no_other_time_goes_on_with_the_day_before(text):
    assert continues_day(text)


@pytest.mark.parametrize(
    "text",
    [
        'The president had previously called it "a matter of public health".',
        "General Moeldoko reportedly later said the media had misreported him.",
        "Rosselló said he is to leave office next month on August 2.",
        "Instead, he put a stay on his ruling until the issue is resolved upon appeal.",
        "He said on Monday that the talks failed.",  # its own day
        "He died that night.",  # a day told by the one before, ``told_days``'s
        "She was born in a village near the coast.",
        "Kohail claims the confession was obtained under duress.",  # a present claim
    ],
)
def test_a_sentence_of_another_time_or_its_own_day_does_not(text):
    assert not continues_day(text)


def test_earlier_in_the_day_is_the_day_told_before_it():
    """ "Mato announced her resignation … on Wednesday … Earlier in the day, Spanish judge
    Pablo Ruz said": the same Wednesday."""
    assert told_days("Earlier in the day, Spanish judge Pablo Ruz said it.") == [(0, 18, 0)]
    assert told_days("Later in the evening the crowd left.") == [(0, 20, 0)]
    assert told_days("He will decide later in the day.") == []  # a plan's


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In the 2016 United States presidential election, Sanders lost to Clinton.", "2016"),
        ("Liberals, which had secured a majority in the 2015 election, lost it.", "2015"),
        ("Eight years earlier, at the 1972 Democratic National Convention, she won.", "1972"),
    ],
)
def test_a_year_naming_the_occasion_of_the_clause_dates_it(text, value):
    assert [d.value for d in find_dates(text, date(2020, 3, 11))] == [value]


def test_an_occasion_year_gives_way_to_another_date_and_to_an_act_related_to_it():
    text = (
        "Yesterday, Joe Biden announced Kamala Harris as his choice for running mate in the "
        "2020 United States presidential election."
    )
    assert [d.value for d in find_dates(text, date(2020, 8, 12))] == ["2020-08-11"]
    text = "Following victories in the 2018 midterm elections, Cummings became chair."
    assert find_dates(text, date(2019, 10, 17)) == []


def test_a_year_of_a_document_or_a_decade_is_no_occasion():
    assert find_dates("The figures are in the 2016 report of the agency.", date(2020, 1, 1)) == []
    assert find_dates("She worked in the 1990s as a nurse.", date(2020, 1, 1)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The British Foreign Office released a statement Wednesday which identified the crew.",
        "The audio recording was uploaded Wednesday on an anonymous YouTube channel.",
    ],
)
def test_a_bare_weekday_before_which_or_on_is_a_day(text):
    assert [d.value for d in bare_weekdays(text, date(2020, 1, 17))] == ["2020-01-15"]


def test_a_coming_weekday_before_on_is_no_day():
    assert bare_weekdays("Talks will resume Friday on the border.", date(2020, 1, 15)) == []


def _carried(nlp, text: str, names: tuple[str, ...], day: date) -> list[tuple[str, str | None]]:
    """Type and date of each event proposed in a one-paragraph article of ``day``, after
    ``carry_days``."""
    doc, context = paragraph_context(
        nlp, text, day, names, {f"actors/{n.lower().replace(' ', '-')}" for n in names}
    )
    _, events = carry_days(context, [], propose_events(context, match(doc, 0).events))
    return [(p.type, p.date) for p in events]


@pytest.mark.slow
def test_the_same_actor_going_on_takes_the_day_before(nlp):
    text = (
        "Mato announced her resignation in a statement on Wednesday. "
        "Mato denied any complicity in the corruption case."
    )
    found = _carried(nlp, text, ("Mato",), date(2014, 11, 27))
    assert ("statement", "2014-11-26") in found


@pytest.mark.slow
def test_another_actor_or_another_time_keeps_no_date(nlp):
    text = (
        "Mato announced her resignation on Wednesday. "
        "Prime Minister Mariano Rajoy praised her work."
    )
    found = _carried(nlp, text, ("Mato", "Mariano Rajoy"), date(2014, 11, 27))
    assert ("statement", None) in found
    text = (
        "On Sunday, President Alberto Fernández announced a bill to legalise abortion. "
        "Fernández had previously said it was a matter of public health."
    )
    found = _carried(nlp, text, ("Alberto Fernández",), date(2020, 3, 2))
    assert ("statement", None) in found and ("statement", "2020-03-01") not in found
