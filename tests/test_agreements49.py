"""agreements49: agreements named with no verb of agreeing (a treaty stayed in, an article of
it invoked by "it"), acquisitions told as nouns with their year, understandings, statutes; and
a year that tells one agreement from another introduced undated."""

from __future__ import annotations

import pytest

from generator.extract.merge import Proposal, _one_agreement_each
from generator.model import Mention
from tests.test_extract import _agreements

ACTORS = {
    "Iran": "iran",
    "Turkey": "turkey",
    "Poland": "poland",
    "IBM": "ibm",
    "Red Hat": "red-hat",
    "Japan": "japan",
    "South Korea": "south-korea",
    "Russia": "russia",
    "Niger": "niger",
    "Malaysia": "malaysia",
    "International Criminal Court": "icc",
    "Donald Trump": "trump",
    "Ukraine": "ukraine",
    "Germany": "germany",
    "France": "france",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements(nlp, paragraphs, ACTORS)


def _parties(nlp, paragraphs: list[str]) -> list[set[str]]:
    return [set(p.agents) for p in _found(nlp, paragraphs)]


@pytest.mark.parametrize(
    "text",
    [
        "Iran said on Monday it would remain in the Nuclear Non-Proliferation Treaty.",
        "Ukraine said on Monday it would stay in the Energy Charter Treaty despite the dispute.",
    ],
)
def test_a_named_treaty_a_state_stays_in_is_its_agreement(nlp, text):
    """No verb of agreeing, but staying in a treaty named by its proper name is being bound
    by it: the state (the reporter of "it") is its party, and "would" makes it no proposal."""
    found = _found(nlp, [text])
    assert [set(p.agents) for p in found] in ([{"iran"}], [{"ukraine"}])
    assert found[0].status is None


def test_what_stays_in_an_unnamed_deal_is_no_party(nlp):
    """ "The clause remains in the deal": a deal unnamed, no state staying in it."""
    assert _parties(nlp, ["Iran said the clause would remain in the deal."]) == []


def test_an_article_of_a_treaty_invoked_by_it_is_the_reporter_s(nlp):
    """ "Turkey said it would invoke Article 5 of the NATO treaty": only a party can invoke a
    treaty's article, whether it would or did; "it" is the one reporting."""
    text = "Turkey said on Friday it would invoke Article 5 of the NATO treaty after the attack."
    assert _parties(nlp, [text]) == [{"turkey"}]


def test_an_article_not_invoked_names_no_party(nlp):
    """A negated invoking says nothing of who is bound."""
    text = "Poland said on Tuesday that it would not invoke Article 4 of the NATO treaty."
    assert _parties(nlp, [text]) == []


def test_an_acquisition_s_year_in_its_phrase_dates_it_and_a_copula_tells_it_again(nlp):
    """ "IBM's acquisition of Red Hat in 2019 was the largest software deal of the year": the
    year in its phrase is its date (as "the 2019 acquisition" would be), and the deal the
    copula says it was is the same acquisition, not a second agreement."""
    found = _found(
        nlp,
        ["IBM's acquisition of Red Hat in 2019 was the largest software deal of the year, "
         "analysts said on Monday."],
    )  # fmt: skip
    assert [(p.type, set(p.agents), p.date) for p in found] == [
        ("acquisition", {"ibm", "red-hat"}, "2019")
    ]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Japan and South Korea reached a joint understanding on the comfort women issue on "
         "Monday.", {"japan", "south-korea"}),
        ("Japan and South Korea signed an understanding on fisheries on Monday.",
         {"japan", "south-korea"}),
    ],
)  # fmt: skip
def test_an_understanding_reached_or_signed_is_an_agreement(nlp, text, parties):
    """An understanding made by a verb of agreeing is an agreement between its makers."""
    found = _found(nlp, [text])
    assert [(p.type, set(p.agents), p.status) for p in found] == [("agreement", parties, "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan and South Korea need a better understanding of the virus, the minister said.",
        "Japan and South Korea want to promote mutual understanding between their peoples.",
    ],
)
def test_an_understanding_of_something_is_none(nlp, text):
    """The understanding people have is no agreement."""
    assert _found(nlp, [text]) == []


def test_a_statute_withdrawn_from_is_a_treaty_and_its_court_no_party(nlp):
    """ "the Rome Statute" names no agreement noun, but withdrawing from it is leaving a
    treaty; the court it founds ("of the International Criminal Court") is no party, "their
    withdrawal" is no party either, and the name stops before an unclosed bracket."""
    found = _found(
        nlp,
        ["Mali, Burkina Faso, and Niger announced their withdrawal from the Rome Statute of the "
         "International Criminal Court (ICC)."],
    )  # fmt: skip
    assert [(set(p.agents), p.status, p.name) for p in found] == [
        ({"niger"}, "withdrawn", "Rome Statute of the International Criminal Court")
    ]
    russia = _found(nlp, ["Russia withdrew from the Rome Statute on Wednesday."])
    assert [(set(p.agents), p.status) for p in russia] == [({"russia"}, "withdrawn")]


def test_a_year_the_earlier_agreement_never_had_is_another_agreement(nlp):
    """ "Iran has threatened to quit a global nuclear treaty … over Tehran's commitments to
    the 2015 nuclear deal": the treaty, introduced undated and not made there, is not the
    2015 deal (main took the deal for the treaty, one page with its year)."""
    found = _found(
        nlp,
        ["Iran has threatened to quit a global nuclear treaty if European countries go to the "
         "Security Council over Tehran's commitments to the 2015 nuclear deal.",
         "Germany and France accused Iran of violating the 2015 nuclear deal."],
    )  # fmt: skip
    assert sorted((p.date or "", p.mention.text) for p in found) == [
        ("", "a global nuclear treaty"),
        ("2015", "the 2015 nuclear deal"),
    ]


def test_an_agreement_made_undated_takes_the_year_told_after(nlp):
    """ "Iran and Russia reached a nuclear deal in Vienna. The 2015 deal …": made there,
    undated, so the later year may be its own: one agreement."""
    found = _found(
        nlp,
        ["Iran and Russia reached a nuclear deal in Vienna. The 2015 deal lifted sanctions on "
         "Iran, officials said on Monday."],
    )  # fmt: skip
    assert len({p.name or p.mention.text for p in found if p.date in (None, "2015")}) >= 1
    assert len([p for p in found if p.date not in (None, "2015")]) == 0


def _told(text: str, start: int, parties: str, day: str | None, status: str | None) -> Proposal:
    mention = Mention("", "a", 0, 0, start, start + len(text), text, "extract")
    return Proposal(
        "agreements", "deal" if "deal" in text else "treaty", tuple(parties.split()), (), day,
        day, None, mention, "2020-01-20", status=status,
    )  # fmt: skip


def test_an_undated_treaty_quit_and_a_2015_deal_stay_two_pages():
    """One article: "quit a global nuclear treaty" (introduced, undated, not made) and "the
    2015 nuclear deal" sharing Iran and Trump are two agreements; "reached a nuclear deal"
    (made there) and "the 2015 deal" stay one."""
    treaty = [_told("a global nuclear treaty", 10, "iran trump", None, "withdrawn")]
    deal = [_told("the 2015 nuclear deal", 90, "iran trump", "2015", None)]
    assert len(_one_agreement_each([treaty, deal])) == 2
    made = [_told("a nuclear deal", 10, "iran trump", None, "signed")]
    assert len(_one_agreement_each([made, deal])) == 1


def test_an_elusive_deal_is_none_until_it_is_made(nlp):
    """ "could help pave the way for an elusive power-sharing deal between Fatah and Hamas":
    a deal sought and not reached is none (GOLD counts no planned occurrence); "the elusive
    deal was finally signed" was made."""
    people = {"Fatah": "fatah", "Hamas": "hamas"}
    sought = (
        "The resignation could help pave the way for an elusive power-sharing deal between "
        "Fatah and Hamas."
    )
    assert _agreements(nlp, [sought], people) == []
    made = "Fatah and Hamas finally signed the elusive power-sharing deal on Monday."
    assert [set(p.agents) for p in _agreements(nlp, [made], people)] == [{"fatah", "hamas"}]


@pytest.mark.parametrize(
    "text",
    [
        "Iran said on Monday it would remain in the Nuclear Non-Proliferation Treaty.",
        "North Korea withdrew from the NPT in 2003, officials said on Monday.",
        "Iran may withdraw from the Treaty on the Non-Proliferation of Nuclear Weapons, Iran said.",
    ],
)
def test_the_npt_by_any_of_its_names_is_one_known_treaty(nlp, text):
    """The NPT, named in full, by its short name or by its acronym, is one known treaty (one
    page across articles), with no party but those its sentence names."""
    found = _agreements(nlp, [text], {**ACTORS, "North Korea": "north-korea"})
    assert [(p.name, p.type) for p in found] == [
        ("Treaty on the Non-Proliferation of Nuclear Weapons", "treaty")
    ]


def test_the_rome_statute_by_either_name_is_one_known_treaty(nlp):
    """ "the Rome Statute of the ICC" and "the Rome Statute": one treaty, one name."""
    for text in (
        "Russia had signed in 2000 the Rome Statute of the ICC, officials said.",
        "Russia withdrew from the Rome Statute on Wednesday.",
    ):
        found = _found(nlp, [text])
        assert [p.name for p in found] == ["Rome Statute of the International Criminal Court"]
