"""actors71: a person named once in full and then by the given name alone, which the NER
reads as an organisation ("Raila" in Kenyan papers), stays one person where the article
calls the lone word "he" rather than "it"; a city's name read as a club beside a person
who bears it as a given name ("Chelsea" beside "Chelsea Clinton") stays apart (issue 8:
splits and wrong joins)."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

from generator.resolve import _called_a_person

RAILA_ONCE = [
    "That was Raila Odinga's solemn plea to the continent as he embarked on his campaign.",
    "It is this gathering that Raila reached out to as he was unveiled as Kenya's candidate.",
    "Raila said if elected to office, his vision will be to unite the continent.",
    "He vowed to use the transition period to analyse the proposals for reform.",
    "Raila assured the meeting that he would serve the voiceless majority.",
]
RAILA_ONCE_NER = {
    0: [("Raila Odinga", "PERSON")],
    1: [("Raila", "ORG"), ("Kenya", "GPE")],
    2: [("Raila", "ORG")],
    4: [("Raila", "ORG")],
}


def test_a_given_name_read_as_a_firm_stays_the_person_called_he(content):
    """The shape actors57 left: the full name written once, the given name alone read as an
    organisation three times; the article calls it "he", so it is the person's."""
    found, by_text, _resolved, ids = resolve_articles(content, [(RAILA_ONCE, RAILA_ONCE_NER)])
    person = by_text[ids[0], "Raila Odinga"]
    assert found[person].type == "person"
    assert by_text.get((ids[0], "Raila")) == person
    assert not any(e.name == "Raila" for e in found.values())


def test_a_firm_glued_before_a_word_stays_the_firm():
    """actors55's "Yahoo Messenger": the firm alone is "it", so it is no given name."""
    texts = (
        "Yahoo said it would close the service.",
        "Users of Yahoo Messenger were told to move.",
        "Yahoo added that its users could keep their data. It did not say more.",
    )
    assert not _called_a_person("Yahoo", texts)
    assert _called_a_person("Raila", tuple(RAILA_ONCE))
    assert not _called_a_person("Raila", ("Raila said the talks would go on.",))


def test_a_city_read_as_a_club_stays_apart_from_a_person_of_that_given_name(content):
    """ "Chelsea" (a city's name, here a football club read as an organisation) beside
    "Chelsea Clinton": two actors, not the person's given name."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Chelsea Clinton spoke at a charity dinner in London on Monday.",
                    "Chelsea beat Arsenal 2-0 on Saturday at Stamford Bridge.",
                    "Chelsea have now won five matches in a row.",
                ],
                {
                    0: [("Chelsea Clinton", "PERSON"), ("London", "GPE")],
                    1: [("Chelsea", "ORG"), ("Arsenal", "ORG"), ("Stamford Bridge", "FAC")],
                    2: [("Chelsea", "ORG")],
                },
            )
        ],
    )
    person = by_text[ids[0], "Chelsea Clinton"]
    assert found[person].type == "person"
    assert by_text.get((ids[0], "Chelsea")) != person


def test_an_acronym_brand_and_its_longer_forms_are_one_firm(content):
    """ "TD", "TD Bank", "TD Canada Trust" in one article: the brand and its kinds of firm,
    one page (the shortest longer form); "TD Ameritrade" would be another firm's name."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "TD Bank said on Thursday it would close 20 branches in the United States.",
                    "Its Canadian arm, TD Canada Trust, will add 500 jobs.",
                    "TD reported a profit of C$3 billion for the quarter.",
                    "Shares of TD rose 2 percent in Toronto.",
                ],
                {
                    0: [("TD Bank", "ORG"), ("the United States", "GPE")],
                    1: [("TD Canada Trust", "ORG")],
                    2: [("TD", "ORG")],
                    3: [("TD", "ORG"), ("Toronto", "GPE")],
                },
            )
        ],
    )
    bank = by_text[ids[0], "TD Bank"]
    assert found[bank].name == "TD Bank"
    assert by_text[ids[0], "TD"] == bank
    assert by_text[ids[0], "TD Canada Trust"] == bank


def test_an_acronym_spelt_out_in_brackets_in_another_tongue_is_one_body(content):
    """ "ELAM (Escuela Latinoamericana de Medicina)", the Spanish name read as a person: the
    text spells the acronym out, so the long name joins the acronym's page."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Cuba's Latin American School of Medicine (ELAM) has trained 30,000 doctors.",
                    "ELAM (Escuela Latinoamericana de Medicina) was founded in 1999.",
                    "ELAM graduates work in Haiti and Honduras.",
                ],
                {
                    0: [
                        ("Cuba", "GPE"),
                        ("Latin American School of Medicine", "ORG"),
                        ("ELAM", "ORG"),
                    ],
                    1: [("ELAM", "ORG"), ("Escuela Latinoamericana de Medicina", "PERSON")],
                    2: [("ELAM", "ORG"), ("Haiti", "GPE"), ("Honduras", "GPE")],
                },
            )
        ],
    )
    school = by_text[ids[0], "Latin American School of Medicine"]
    assert by_text[ids[0], "ELAM"] == school
    assert by_text[ids[0], "Escuela Latinoamericana de Medicina"] == school
    assert found[school].type == "organisation"


def test_a_quoted_speakers_pronoun_is_not_the_firms():
    """actors55's BBC piece: an analyst's "he believes" after "Yahoo", and a next sentence
    that names Yahoo again, say nothing of what Yahoo is."""
    texts = (
        "For many, Yahoo remains synonymous with the internet. He believes Yahoo failed.",
        "It is a battle that Yahoo is currently winning, he believes.",
        "Making Yahoo Messenger available on mobiles is next, he says.",
    )
    assert not _called_a_person("Yahoo", texts)
    assert _called_a_person("Raila", ("Raila said the talks would go on. He vowed to win.",))
