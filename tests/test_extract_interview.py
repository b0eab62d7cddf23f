"""Interviews, announcements, pledges, proposals, reports and nominations as events (issue 7,
branch events69): an interview is the speaker's and the news outlet's, one per outlet, and no
second event beside the speaker's statement; announcing, pledging, proposing, reporting and
publishing are statements of their own types. The sentences are the shapes of the pool's
Wikinews articles (benchmarks/pools/events69), names kept or invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import fold_interviews, propose_events
from generator.extract.merge import Proposal, cluster, event_name
from generator.extract.vocabulary import EVENT_TYPES as CODED
from generator.model import EVENT_TYPES, Mention, type_name

NEW = ("interview", "announcement", "pledge", "proposal", "report", "publication", "nomination")


def test_the_types_are_in_the_schema_with_codes_where_cameo_has_one():
    assert all(t in EVENT_TYPES and t in CODED for t in NEW)
    assert type_name("interview") == "Interview"
    assert CODED["interview"].cameo == "010" and CODED["announcement"].cameo == "010"
    assert CODED["pledge"].cameo == "030" and CODED["proposal"].cameo == "030"


def _frames(nlp, text: str, type_: str):
    return [f for f in match(nlp(text), 0).events if f.type == type_]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        ('Stamenković told National Geographic, "We were absolutely flabbergasted."',
         "Stamenković", "National Geographic"),
        ('Team leader Tim Taylor told the Washington Post, "It was amazing."',
         "Tim Taylor", "the Washington Post"),
        ("Adam Kokesh, an Iraq War veteran, spoke with Wikinews to discuss his background and "
         "his campaign.", "Adam Kokesh", "Wikinews"),
        ("In an interview with Fox News on Sunday, Trump said the talks had failed.",
         "Trump", "Fox News"),
        ("Since then, a Republican, Mark Amodei, has voiced support for the inquiry, telling "
         'the Nevada Independent: "I am a big fan of oversight."', "Mark Amodei",
         "the Nevada Independent"),
        ("Wikinews interviews planetary scientist Vlada Stamenković", "Vlada Stamenković",
         "Wikinews"),
        ("Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha "
         "Gownaris", "Natasha Gownaris", "Wikinews"),
        ("Wikinews interviews 2020 US Libertarian Party presidential candidate Adam Kokesh",
         "Adam Kokesh", "Wikinews"),
    ],
)  # fmt: skip
def test_someone_named_speaking_to_a_news_outlet_gives_it_an_interview(nlp, text, speaker, outlet):
    (frame,) = _frames(nlp, text, "interview")
    assert speaker in frame.agents[0].text
    assert [r.text for r in frame.patients] == [outlet]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        'The minister told Congress, "We will act."',  # testimony to a body
        'Guterres told the United Nations, "The world is watching."',
        "Police interviewed witnesses at the scene.",  # questioning, no outlet
        "He announced his 2020 candidacy in 2013 during a jailhouse interview.",  # no outlet
        "Trump spoke with Erdogan on Tuesday.",  # a meeting
        "Merkel told Macron the deal was dead.",  # a person told
    ],
)
def test_no_outlet_named_is_no_interview(nlp, text):
    assert not _frames(nlp, text, "interview")


def _proposal(type_: str, agents, patients=(), sentence: int = 0) -> Proposal:
    mention = Mention("events/x", "a", 0, sentence, 0, 4, "told", "extract")
    return Proposal(
        "events", type_, tuple(agents), tuple(patients), None, None, None, mention, "2019-01-09"
    )


def test_an_interview_of_a_speaker_with_a_statement_event_is_that_statement():
    statement = _proposal("statement", ["mike-pompeo"])
    interview = _proposal("interview", ["mike-pompeo"], ["cnn"])
    commentator = _proposal("interview", ["vlada-stamenkovic"], ["wikinews"])
    assert fold_interviews([statement], [interview, commentator]) == [commentator]
    announced = _proposal("announcement", ["mike-pompeo"])
    assert fold_interviews([], [announced, interview]) == [announced]


def test_one_speaker_s_interviews_with_two_outlets_are_two_events():
    names = {
        "actors/vlada-stamenkovic": "Vlada Stamenković",
        "actors/wikinews": "Wikinews",
        "actors/national-geographic": "National Geographic",
    }
    types = dict.fromkeys(names, "person") | {
        "actors/wikinews": "media",
        "actors/national-geographic": "media",
    }
    first = _proposal("interview", ["vlada-stamenkovic"], ["national-geographic"], 1)
    second = _proposal("interview", ["vlada-stamenkovic"], ["wikinews"], 2)
    again = _proposal("interview", ["vlada-stamenkovic"], ["wikinews"], 3)
    groups = cluster([first, second, again])
    assert sorted(len(g) for g in groups) == [1, 2]
    assert event_name([second], names, None, types) == "Interview of Vlada Stamenković by Wikinews"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Trump announced the withdrawal of US troops from northern Syria on Sunday.",
         "announcement"),
        ("The Senate announced it would meet on Monday.", "announcement"),
        ("Thunberg promised protests every week until Sweden joined the Paris Agreement.",
         "pledge"),
        ("Pelosi proposed legislation to fund the government.", "proposal"),
        ("Brazil's National Institute for Space Research has reported there have been 72,843 "
         "fires this year.", "report"),
        ("The ministry released its report on Friday.", "publication"),
        ("Trump nominated William Barr as attorney general in December.", "nomination"),
    ],
)  # fmt: skip
def test_announcing_pledging_proposing_reporting_and_nominating_are_their_own_types(
    nlp, text, type_
):
    found = [f.type for f in match(nlp(text), 0).events]
    assert type_ in found and "statement" not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Hickenlooper made his official announcement via a YouTube video.",
        "The ministry issued a press release on Monday.",
        "He renewed his pledge to cut taxes.",
    ],
)
def test_the_nouns_of_announcing_pledging_or_releasing_stay_the_speaker_s_statement(nlp, text):
    found = [f.type for f in match(nlp(text), 0).events]
    assert not set(found) & {"announcement", "pledge", "publication"}


@pytest.mark.slow
def test_an_announcement_is_an_event_beside_the_speaker_s_quoted_comments(nlp):
    text = (
        'Trump announced the withdrawal of US troops from Syria on Sunday. "We are bringing '
        'our soldiers home," Trump said.'
    )
    doc, context = paragraph_context(nlp, text, date(2019, 10, 8), ("Trump", "Syria"))
    found = propose_events(context, match(doc, 0).events)
    assert "announcement" in [p.type for p in found]
