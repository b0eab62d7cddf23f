"""review29 (issue 8), a review of actors74–77 on real news. A territory acts through its
ministers ("Greenland's Foreign Minister Vivian Motzfeldt", real: actors75 had lost Greenland's
page), through its head's title written right after its name ("Puerto Rico Gov. Jenniffer
González", real: actors75 had lost Puerto Rico's) and when it asks ("Queensland would ask the
federal government"). "Sunak told The Times" beside "The Times of India" names two papers, and
a sentence's end before "The Times" is no other paper's name ("in June. The Times")."""

from __future__ import annotations

from test_resolve_briefing import resolve_text
from test_resolve_fix77 import resolve_articles

from generator.resolve import _NATION_ACTS, _after_list, _papers_in_text
from generator.resolve.bodies import short_of


def test_a_region_acts_through_its_ministers_and_when_it_asks():
    for after in (
        "'s Foreign Minister Vivian Motzfeldt",
        "'s Chief Minister said",
        "'s Premier said",
        " would ask the federal government for help",
        " asked Canberra for help",
        " Gov. Jenniffer González has signed six measures",
        " Governor Pedro R. Pierluisi signed",
        " premier has extended condolences",
        " Chief Minister Pinarayi Vijayan",
    ):
        assert _NATION_ACTS.match(_after_list(after)), after
    for after in (" is a minister's birthplace", "'s foreign tourists", " was asked about"):
        assert not _NATION_ACTS.match(_after_list(after)), after


def test_greenland_with_its_foreign_minister_is_a_state(content):
    """The dailyguardian.eu excerpt's shape: Greenland named seven times, acting only through
    its foreign minister (and "talk to Greenland", no act): a state, as on main before
    actors75."""
    text = [
        "Asked if Greenland had conveyed the message, Egede said his government was working.",
        "Such a meeting could be held soon, said Greenland's Foreign Minister Vivian Motzfeldt.",
        "Egede ruled out the possibility of Greenland becoming an American state.",
    ]
    spans = {
        0: [("Greenland", "GPE"), ("Egede", "PERSON")],
        1: [("Greenland", "GPE"), ("Vivian Motzfeldt", "PERSON")],
        2: [("Egede", "PERSON"), ("Greenland", "GPE"), ("American", "NORP")],
    }
    found, _, _ = resolve_text(content, text, spans)
    assert {e.name: e.type for e in found.values()}.get("Greenland") == "state"


TIMES = [
    "The Times reported on Saturday that Rishi Sunak would call an election in July.",
    "Sunak told The Times that he was confident.",
    "In India, The Times of India reported that Narendra Modi would visit London in June.",
    "The Times said the date had not been fixed.",
    "Modi told the Times of India that trade talks were close to a deal.",
]
TIMES_NER = {
    0: [("Times", "ORG"), ("Rishi Sunak", "PERSON")],
    1: [("Sunak", "PERSON"), ("Times", "ORG")],
    2: [("India", "GPE"), ("The Times of India", "ORG"), ("Narendra Modi", "PERSON")],
    3: [("Times", "ORG")],
    4: [("Modi", "PERSON"), ("the Times of India", "ORG")],
}


def test_the_times_and_the_times_of_india_are_two_papers(content):
    """Main left "The Times" out (three mentions, no page): "in June. The Times" read as
    another paper's name made "Times" ambiguous, and "The Times" would have folded into the
    Times of India as a word opening its name."""
    found, by_text, _resolved, ids = resolve_articles(content, [(TIMES, TIMES_NER)])
    times = {by_text.get((ids[0], "Times")), by_text.get((ids[0], "The Times"))} - {None}
    india = {by_text.get((ids[0], "The Times of India")), by_text.get((ids[0], "Times of India"))}
    india -= {None}
    assert len(times) == 1 and len(india) == 1 and times != india
    assert found[times.pop()].name == "The Times"


def test_a_short_paper_in_an_indian_article_is_still_the_times_of_india(content):
    """Without "told The Times" mid-sentence, a sentence-start "The Times said" after the Times
    of India is its short form, as before."""
    text = [
        "The Times of India reported that Narendra Modi would visit London in June.",
        "The Times said the visit was confirmed by officials.",
    ]
    spans = {0: [("The Times of India", "ORG"), ("Narendra Modi", "PERSON")], 1: [("Times", "ORG")]}
    found, by_text, _resolved, ids = resolve_articles(content, [(text, spans)])
    india = by_text[ids[0], "The Times of India"]
    assert by_text.get((ids[0], "Times")) in (india, None)
    assert "The Times" not in {e.name for e in found.values()}


def test_a_sentence_end_is_no_part_of_a_papers_name():
    assert _papers_in_text(["He visits London in June. The Times said so."], "Times") == set()
    assert _papers_in_text(["The New York Times said so."], "Times") == {"New York Times"}
    assert not short_of("The Times", "Times of India")
    assert short_of("Dai", "Dai Bingguo")


def test_puerto_rico_with_its_governor_titled_before_the_name_is_a_state(content):
    """The newsismybusiness.com and broadcastunited.com excerpts' shape: the territory's
    governor's title right after its name, no possessive."""
    text = [
        "Puerto Rico Gov. Jenniffer González has signed six measures into law.",
        "The new laws address the island's condo-hotel framework in Puerto Rico.",
    ]
    spans = {
        0: [("Puerto Rico", "GPE"), ("Jenniffer González", "PERSON")],
        1: [("Puerto Rico", "GPE")],
    }
    found, _, _ = resolve_text(content, text, spans)
    assert {e.name: e.type for e in found.values()}.get("Puerto Rico") == "state"
