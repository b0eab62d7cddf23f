"""Event dates (issue 7, branch events73): a day told by the day before it ("On the same day,
Volker resigned", "He died that night", "Just the previous day"), "earlier this week", a bare
weekday after a name or opening its sentence ("visited the White House Monday to", "Friday,
the House issued"), and the near-misses: a date hung on a noun the object is about ("a
transcript of a call … in late July") is not the verb's, a plan's "the same day" dates
nothing, a noun named in the clause takes no told day. Sentences of the shapes of the dev,
blind38-44 and events73-pool misses (real reports, names kept)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.dates import bare_weekdays, find_dates
from generator.extract import match
from generator.extract.events import propose_events

FRIDAY = date(2019, 9, 27)


def test_this_week_is_the_week_of_the_reference_day():
    """ "Earlier this week, Britain's Foreign Secretary David Miliband stated": the article's
    calendar week, as its month (or its year when the week spans two months)."""
    assert [(d.text, d.value) for d in find_dates("Earlier this week, he stated", FRIDAY)] == [
        ("this week", "2019-09")
    ]
    monday = date(2019, 9, 30)  # the week of 30 September to 6 October spans two months
    assert [d.value for d in find_dates("banned earlier this week", monday)] == ["2019"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bertie Ahern visited the White House Monday to mark the day.", "2019-09-23"),
        ("Friday, the United States House of Representatives issued a subpoena.", "2019-09-27"),
        ("He told CNN Sunday that he would run.", "2019-09-22"),
    ],
)
def test_a_bare_weekday_after_a_name_or_opening_a_sentence_is_a_day(text, value):
    assert [d.value for d in bare_weekdays(text, FRIDAY)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered on Good Friday, as every year.",
        "Shops opened early for Black Friday, analysts said.",
        "Next Monday, the court sits again.",
        "Friday, September 27, 2019",  # a dateline: its date is read whole
        "The Mail on Sunday, a tabloid, reported it.",
    ],
)
def test_a_named_day_or_a_coming_weekday_is_no_bare_day(text):
    assert [
        d for d in bare_weekdays(text, FRIDAY) if d.text != "Friday" or "2019" not in text
    ] == []


def test_a_day_told_by_the_day_before_it_and_its_shift():
    """ "the same day", "that night" (0), "the following day" (+1), "the previous day" (-1);
    not "the day before the blast" (the blast's day) nor a plan's."""
    from generator.dates import told_days

    assert [s for *_, s in told_days("On the same day, Volker resigned.")] == [0]
    assert [s for *_, s in told_days("He died that night.")] == [0]
    assert [s for *_, s in told_days("The following day, he resigned.")] == [1]
    assert [s for *_, s in told_days("Just the previous day, Kipchoge ran.")] == [-1]
    assert told_days("The tenant moved in the day before the blast.") == []
    assert told_days("He is to present them on October 14, the same day the Queen speaks.") == []


def _dated(nlp, text: str, names: tuple[str, ...], day: date) -> list[tuple[str, str | None]]:
    """Type and date of each event proposed in a one-paragraph article of ``day``."""
    doc, context = paragraph_context(
        nlp, text, day, names, {f"actors/{n.lower().replace(' ', '-')}" for n in names}
    )
    return [(p.type, p.date) for p in propose_events(context, match(doc, 0).events)]


@pytest.mark.slow
def test_on_the_same_day_takes_the_day_before_it(nlp):
    """The U.S. House article: "Friday, the House issued a subpoena … On the same day, Kurt
    Volker … resigned": Volker resigned on that Friday."""
    text = (
        "On Friday, the committee chairman Eliot Engel issued a subpoena. On the same day, "
        "Kurt Volker, the special envoy, resigned without public explanation."
    )
    found = _dated(nlp, text, ("Eliot Engel", "Kurt Volker"), date(2019, 9, 30))
    assert ("resignation", "2019-09-27") in found


@pytest.mark.slow
def test_the_previous_day_and_that_night_shift_from_the_last_day_told(nlp):
    text = "Arnav Gupta set himself on fire on Wednesday near the White House. He died that night."
    found = _dated(nlp, text, ("Arnav Gupta",), date(2019, 6, 1))
    assert ("death", "2019-05-29") in found
    text = (
        "Yesterday, the Senate passed the budget bill. Just the previous day, Nancy Pelosi met "
        "Mitch McConnell at the Capitol."
    )
    found = _dated(nlp, text, ("Senate", "Nancy Pelosi", "Mitch McConnell"), date(2019, 10, 14))
    assert ("meeting", "2019-10-12") in found


@pytest.mark.slow
def test_no_day_before_it_no_told_day(nlp):
    """Only a year comes before "the same day": nothing to count from."""
    text = "Volker joined the office in 2017. On the same day, Kurt Volker resigned."
    found = _dated(nlp, text, ("Kurt Volker",), date(2019, 9, 30))
    assert ("resignation", None) in found


@pytest.mark.slow
def test_a_noun_in_the_clause_takes_no_told_day(nlp):
    """ "The High Court also ruled on the same day as the Scottish court, finding that the
    prorogation of Parliament was not a matter for the courts": the ruling's day, not the
    prorogation's (which the Queen ordered a day before)."""
    text = (
        "The Court of Session ruled on September 11 that it was unlawful. The High Court also "
        "ruled on the same day as the Scottish court, finding that the prorogation of "
        "Parliament was not a matter for the courts."
    )
    names = ("Court of Session", "High Court", "Parliament")
    doc, context = paragraph_context(nlp, text, date(2019, 9, 24), names)
    found = [(p.type, p.date) for p in propose_events(context, match(doc, 0).events)]
    assert ("ruling", "2019-09-11") in found
    assert not [t for t, d in found if t == "suspension" and d]


@pytest.mark.slow
def test_a_date_of_what_the_object_is_about_is_not_the_verbs(nlp):
    """ "the House subpoenaed a full transcript of a call between Trump and Zelensky in late
    July": the call was in July, the subpoena was not."""
    text = (
        "Among other things, the House subpoenaed a full transcript of a call between Trump "
        "and then-newly elected President Zelensky in late July."
    )
    doc, context = paragraph_context(nlp, text, date(2019, 9, 30), ("House", "Trump", "Zelensky"))
    found = [(p.type, p.date) for p in propose_events(context, match(doc, 0).events)]
    assert ("subpoena", None) in found


def _vote(sentence: int, actors: tuple[str, ...], date_: str | None, place: str | None):
    from generator.extract.merge import Proposal
    from generator.model import Mention

    mention = Mention("", "a", 0, sentence, sentence * 10, sentence * 10 + 5, "won", "extract")
    return Proposal("events", "election", actors, (), date_, None, place, mention, "2020-03-19")


def test_a_dated_vote_somewhere_told_apart_from_votes_placed_nowhere_is_another_contest():
    """ "On Tuesday, the United States Democratic Party held primary elections … Former Vice
    President of the United States Joe Biden won all three elections. … The same day,
    incumbent President of the United States Donald Trump became the Republican Party's
    presumptive nominee after winning the party's primaries in Florida and Illinois": two
    contests, though the title's state is named in both; told in the next sentence, a placed
    result is still the group's vote."""
    from generator.extract.merge import cluster

    held = _vote(0, ("democratic-party",), "2020-03-17", None)
    biden = _vote(1, ("united-states", "joe-biden"), None, None)
    trump = _vote(3, ("united-states", "donald-trump"), "2020-03-17", "Florida")
    groups = [[p.mention.sentence for p in g] for g in cluster([held, biden, trump])]
    assert groups == [[0, 1], [3]]
    next_to = _vote(2, ("united-states", "donald-trump"), "2020-03-17", "Florida")
    assert [[p.mention.sentence for p in g] for g in cluster([held, biden, next_to])] == [[0, 1, 2]]
