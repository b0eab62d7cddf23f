"""actors76 (issue 8): programmes, laws, reports, events and shouted phrases the NER reads as
organisations or people ("the |Deferred Action for Childhood Arrivals| (DACA) program",
"finally won the |Dakar Rally|", "shouted |Allahu Akbar|", "|Meet the Press| host Chuck
Todd") get no page; a body's name before such a noun ("the World Bank program") keeps its."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.resolve.article import _designated, _programme, _uttered
from generator.resolve.article.firms import _glossed
from generator.resolve.names import not_an_actor


def test_a_noun_after_or_set_off_after_a_name_designates_a_law_programme_or_report():
    known: set[str] = set()
    daca = "Deferred Action for Childhood Arrivals"
    assert _designated(daca, "ORG", "to continue the ", " (DACA) program.", known) == "PRODUCT"
    assert _designated(daca, "ORG", "to end the ", " program going", known) == "PRODUCT"
    train = "Tax Reform for Acceleration and Inclusion"
    assert _designated(train, "ORG", "No. 10963 or the ", ") bill on December", known) == "LAW"
    nca = "National Climate Assessment"
    after = ", a congressionally mandated interagency report."
    assert _designated(nca, "ORG", "working on the ", after, known) == "PRODUCT"
    assert _designated(nca, "ORG", "dismissed scientists on the sixth ", ".", known)
    # a concert set off after a name is glossed as an event (actors91), which then decides
    assert _glossed("PERSON", "organised ", ", a benefit concert held") == "an event"
    # a body's name before the noun runs it; one word or a possessive is no designation
    assert _designated("World Bank", "ORG", "The ", " program will lend", known) is None
    assert _designated("European Union", "ORG", "said the ", " policy was unfair", known) is None
    assert _designated("Trump", "ORG", "The ", " campaign said", known) is None
    assert _designated("Jane Doe", "ORG", "said ", "'s campaign", known) is None
    # a person set off with a role whose phrase holds a preposition keeps the role as head
    assert (
        _designated(
            "Nathan Martin", "PERSON", "as well as ", ", a co-organizer of the rally.", known
        )
        is None
    )


def test_what_one_wins_or_attends_is_an_event():
    known: set[str] = set()
    assert _designated("Dakar Rally", "PERSON", "Toyota finally won the ", ".", known) == "EVENT"
    assert _designated("Dakar Rally", "PERSON", "first victory in the ", " in Peru", known)
    # a body one attends stays the body; a host after a show's title is no event
    assert _designated("Harvard University", "ORG", "she attended ", ".", known) is None
    assert (
        _designated("Chuck Todd", "PERSON", "spoke to Meet the Press host ", " on", known) is None
    )


def test_a_phrase_shouted_or_chanted_is_no_actor():
    assert _uttered("Two men repeatedly shouted ", " into a microphone")
    assert _uttered("When someone shouts ", " while playing")
    assert _uttered("protesters began chanting '", "' in Washington")
    assert _uttered("amid cries of ", ".")
    assert not _uttered("Supporters chanted ", "'s name as he arrived")
    assert not _uttered("The crowd shouted at ", ".")
    assert not _uttered("Two men spoke to ", ".")


def test_a_shows_title_before_its_host_is_the_programme():
    assert _programme("Meet the Press", "ORG", "spoke to ", " host Chuck Todd on Sunday")
    assert _programme("Morning Joe", "PERSON", "", " co-host Mika Brzezinski asked")
    assert not _programme("Chuck Todd", "PERSON", "", " host of the show")  # no show's shape


def test_programmes_events_and_phrases_get_no_page_in_a_briefing(content):
    text = (
        "The court kept the Deferred Action for Childhood Arrivals (DACA) program alive.",
        "Officials vowed to end the Deferred Action for Childhood Arrivals program.",
        "Nasser Al-Attiyah finally won the Dakar Rally. Al-Attiyah thanked his team.",
        "Two men repeatedly shouted Allahu Akbar into a microphone, the Met Police said.",
        "When someone shouts Allahu Akbar it is meant to alarm, Jane Miller said.",
        "The World Bank program will lend $2 billion, the World Bank said.",
    )
    spans = {
        0: [("Deferred Action for Childhood Arrivals", "ORG"), ("DACA", "ORG")],
        1: [("Deferred Action for Childhood Arrivals", "ORG")],
        2: [("Nasser Al-Attiyah", "PERSON"), ("Dakar Rally", "PERSON"), ("Al-Attiyah", "PERSON")],
        3: [("Allahu Akbar", "PERSON"), ("the Met Police", "ORG")],
        4: [("Allahu Akbar", "PERSON"), ("Jane Miller", "PERSON")],
        5: [("The World Bank", "ORG"), ("the World Bank", "ORG")],
    }
    found, _, resolved = resolve_text(content, text, spans)
    names = {e.name for e in found.values()}
    assert {"Nasser Al-Attiyah", "Jane Miller", "World Bank"} <= names
    assert not names & {"Deferred Action for Childhood Arrivals", "Dakar Rally", "Allahu Akbar"}
    rejected = {d.name: d.reason for d in resolved.decisions if d.action == "rejected"}
    assert rejected["Allahu Akbar"].startswith("a phrase or slogan shouted")


def test_a_measure_an_illness_a_report_and_a_protest_are_named_by_their_head():
    assert not_an_actor("Gross Domestic Product") == "names a product or idea ('Product')"
    assert not_an_actor("Multiple Sclerosis") == "names an illness ('Sclerosis')"
    assert not_an_actor("National Climate Assessment") == "names a law or document ('Assessment')"
    assert not_an_actor("Capitol Hill Occupied Protest") == "names an event ('Protest')"
    # a body's own head last, or a company's plural, keeps the body
    assert not_an_actor("National Multiple Sclerosis Society") is None
    assert not_an_actor("Air Products") is None
    assert "Assessment" not in (not_an_actor("Office of Technology Assessment") or "")
