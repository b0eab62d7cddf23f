"""actors57: a given name the NER reads alone as an organisation ("Raila" for Raila Odinga in
Kenyan papers) stays the person's where the article writes the full name more than once;
actors55's glued names ("Yahoo Messenger", one sentence's accident) are written once (issue 8:
splits)."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

RAILA = [
    "Raila Odinga has called for fresh talks on the electoral commission.",
    "Raila told supporters in Kisumu that the reforms could not wait.",
    "Raila said the opposition would not take part in the vote.",
    "Speaking later, Raila Odinga accused the government of delaying the reforms.",
    "Raila added that the talks must begin this month.",
]
RAILA_NER = {
    0: [("Raila Odinga", "PERSON")],
    1: [("Raila", "ORG"), ("Kisumu", "GPE")],
    2: [("Raila", "ORG")],
    3: [("Raila Odinga", "PERSON")],
    4: [("Raila", "ORG")],
}


def test_a_given_name_read_as_an_organisation_stays_the_person_named_twice(content):
    """The lead's test article (session 34): "Raila" alone read as an organisation three
    times, "Raila Odinga" written in full; actors55's rule gave the lone word a page of its
    own. The full name written twice is a person's, not a glue."""
    found, by_text, _resolved, ids = resolve_articles(content, [(RAILA, RAILA_NER)])
    person = by_text[ids[0], "Raila Odinga"]
    assert found[person].type == "person"
    assert by_text.get((ids[0], "Raila")) == person
    assert not any(e.name == "Raila" for e in found.values())


def test_a_state_and_a_person_sharing_the_word_stay_apart(content):
    """Two different actors that share a word: the state Jordan, named alone and read as a
    place again and again, and a footballer Jordan Henderson written twice; the state's lone
    name is not the footballer's given name."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Jordan has closed its border with Syria.",
                    "Jordan said the crossing would stay shut.",
                    "Liverpool captain Jordan Henderson visited a refugee camp.",
                    "Jordan Henderson said the camp needed help.",
                    "Jordan hosts more than 600,000 refugees.",
                ],
                {
                    0: [("Jordan", "GPE"), ("Syria", "GPE")],
                    1: [("Jordan", "GPE")],
                    2: [("Liverpool", "ORG"), ("Jordan Henderson", "PERSON")],
                    3: [("Jordan Henderson", "PERSON")],
                    4: [("Jordan", "GPE")],
                },
            )
        ],
    )
    person = by_text[ids[0], "Jordan Henderson"]
    assert found[person].type == "person"
    assert by_text.get((ids[0], "Jordan")) != person


def test_a_familiar_name_inside_a_full_name_in_another_article_is_that_person(content):
    """The lead (session 45, a reader's briefing of blind42): "President Lula" in one article,
    "Luiz Inácio Lula da Silva" in another, both beside Hugo Chávez: one person, not two pages.
    A father's name after "bin" is no familiar name of the son's."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Brazilian President Lula met Hugo Chávez in Caracas.",
                    "Lula said the two countries would build a refinery.",
                    "Rashid was praised by the crowd.",
                    "Rashid thanked Hugo Chávez.",
                ],
                {
                    0: [("Lula", "PERSON"), ("Hugo Chávez", "PERSON"), ("Caracas", "GPE")],
                    1: [("Lula", "PERSON")],
                    2: [("Rashid", "PERSON")],
                    3: [("Rashid", "PERSON"), ("Hugo Chávez", "PERSON")],
                },
            ),
            (
                [
                    "Luiz Inácio Lula da Silva and Hugo Chávez signed an accord.",
                    "Hugo Chávez thanked Mohammed bin Rashid Al Maktoum for his help.",
                ],
                {
                    0: [("Luiz Inácio Lula da Silva", "PERSON"), ("Hugo Chávez", "PERSON")],
                    1: [("Hugo Chávez", "PERSON"), ("Mohammed bin Rashid Al Maktoum", "PERSON")],
                },
            ),
        ],
    )
    lula = by_text[ids[1], "Luiz Inácio Lula da Silva"]
    assert by_text[ids[0], "Lula"] == lula
    assert not any(e.name == "Lula" for e in found.values())
    maktoum = by_text[ids[1], "Mohammed bin Rashid Al Maktoum"]
    assert by_text.get((ids[0], "Rashid")) != maktoum
