"""actors83: a place named like a person, written only as a place's ("debris found on |Diego
Garcia| ... officials at Diego Garcia"), is no person; an island territory after its
preposition ("the detention centre on |Christmas Island| would reopen") does not act; a name
given as an alias ("a passport under the name |Kim Chol|") is the one person of the article who
shares a name with it, so the family name alone ("Kim") is his too."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

ISLAND = [
    "Debris from the missing airliner was found on Diego Garcia, investigators said.",
    "Officials said the search would move from Diego Garcia to the Indian Ocean.",
    "Officials at Diego Garcia declined to comment.",
]
ISLAND_NER = {
    0: [("Diego Garcia", "PERSON")],
    1: [("Diego Garcia", "PERSON"), ("the Indian Ocean", "LOC")],
    2: [("Diego Garcia", "PERSON")],
}


def test_a_person_shaped_name_written_only_after_a_places_preposition_is_a_place(content):
    found, by_text, resolved, ids = resolve_articles(content, [(ISLAND, ISLAND_NER)])
    assert (ids[0], "Diego Garcia") not in by_text
    assert not any(e.name == "Diego Garcia" for e in found.values())
    assert any(d.name == "Diego Garcia" and d.action == "rejected" for d in resolved.decisions)


def test_a_person_written_after_prepositions_who_acts_or_is_named_alone_stays(content):
    """'confidence in Donald Trump ... pressure on Donald Trump ... Trump said': the man; a
    name only after 'on' and 'to' (no place's own preposition) is a person's ("sanctions on
    Ali Hassan ... a letter to Ali Hassan")."""
    cases = [
        (
            [
                "Voters lost confidence in Donald Trump this year.",
                "The pressure on Donald Trump grew.",
                "Trump said he would fight.",
            ],
            {
                0: [("Donald Trump", "PERSON")],
                1: [("Donald Trump", "PERSON")],
                2: [("Trump", "PERSON")],
            },
            "Donald Trump",
        ),
        (
            ["Sanctions were imposed on Ali Hassan.", "They sent a letter to Ali Hassan."],
            {0: [("Ali Hassan", "PERSON")], 1: [("Ali Hassan", "PERSON")]},
            "Ali Hassan",
        ),
    ]
    for texts, ner, name in cases:
        found, _by_text, _resolved, _ids = resolve_articles(content, [(texts, ner)])
        assert any(e.name == name and e.type == "person" for e in found.values()), name


def test_an_island_territory_after_its_preposition_does_not_act(content):
    texts = [
        "Peter Dutton said the detention centre on Christmas Island would reopen.",
        "Medical transfers from Christmas Island began on Monday.",
    ]
    ner = {
        0: [("Peter Dutton", "PERSON"), ("Christmas Island", "GPE")],
        1: [("Christmas Island", "GPE")],
    }
    found, _by_text, _resolved, _ids = resolve_articles(content, [(texts, ner)])
    assert not any(e.name == "Christmas Island" for e in found.values())


KIM = [
    "Kim Jong Nam, the estranged half-brother of North Korea's leader, was attacked at the"
    " airport.",
    "Kim was travelling on a passport under the name Kim Chol.",
    "Police said Kim died on the way to hospital. Kim Jong Nam was 45.",
]
KIM_NER = {
    0: [("Kim Jong Nam", "PERSON"), ("North Korea's", "GPE")],
    1: [("Kim", "PERSON"), ("Kim Chol", "PERSON")],
    2: [("Kim", "PERSON"), ("Kim Jong Nam", "PERSON")],
}


def test_a_name_given_as_an_alias_is_the_one_person_sharing_a_name_with_it(content):
    found, by_text, _resolved, ids = resolve_articles(content, [(KIM, KIM_NER)])
    person = by_text[ids[0], "Kim Jong Nam"]
    assert found[person].name == "Kim Jong Nam"
    assert by_text[ids[0], "Kim Chol"] == person
    assert by_text[ids[0], "Kim"] == person
    assert "Kim Chol" in found[person].aliases
    assert [e.name for e in found.values() if e.type == "person"] == ["Kim Jong Nam"]


def test_an_alias_two_people_share_a_name_with_stays_apart(content):
    texts = [KIM[0] + " His brother Kim Jong Un was not there. Kim Jong Un was away.", *KIM[1:]]
    ner = {
        0: [*KIM_NER[0], ("Kim Jong Un", "PERSON"), ("Kim Jong Un", "PERSON")],
        1: KIM_NER[1],
        2: KIM_NER[2],
    }
    _found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    assert by_text[ids[0], "Kim Chol"] not in (
        by_text[ids[0], "Kim Jong Nam"],
        by_text[ids[0], "Kim Jong Un"],
    )
