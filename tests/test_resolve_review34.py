"""review34 (issue 8): wrong rejections and types this session's reviews found on `main`: a
ship's name cut before its number ("the rescue ship |Sea-Watch| 3") is no reason to call its
operator, the charity Sea-Watch, a ship."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

SHIP = [
    "Police arrested Carola Rackete, the captain of the rescue ship Sea-Watch 3, on Saturday.",
    "The German charity Sea-Watch said the ship had carried 40 migrants.",
    "Sea-Watch appealed for donations.",
]
SHIP_NER = {
    0: [("Carola Rackete", "PERSON"), ("Sea-Watch", "ORG")],
    1: [("German", "NORP"), ("Sea-Watch", "ORG")],
    2: [("Sea-Watch", "ORG")],
}


def test_a_ships_name_cut_before_its_number_leaves_its_operator_a_body(content):
    found, _, resolved, _ = resolve_articles(content, [(SHIP, SHIP_NER)])
    assert any(e.name == "Sea-Watch" and e.type == "organisation" for e in found.values())
    assert not any(
        d.name == "Sea-Watch" and d.action == "rejected" and "ship" in d.reason
        for d in resolved.decisions
        if "cut before its number" not in d.reason
    )


def test_a_ship_named_after_its_noun_without_a_number_stays_a_ship(content):
    text = ["The tanker Stena Impero was seized on Friday.", "The Stena Impero was boarded."]
    ner = {0: [("Stena Impero", "ORG")], 1: [("Stena Impero", "ORG")]}
    found, _, _, _ = resolve_articles(content, [(text, ner)])
    assert not any(e.name == "Stena Impero" for e in found.values())


CHANNEL = [
    "South Korean broadcaster TV Chosun reported that the leader would travel by train.",
    "TV Chosun said the train left Pyongyang on Saturday.",
]
CHANNEL_NER = {
    0: [("South Korean", "NORP"), ("Chosun", "PERSON")],
    1: [("Chosun", "PERSON"), ("Pyongyang", "GPE"), ("Saturday", "DATE")],
}


def test_a_name_always_written_after_tv_is_the_channel(content):
    """'broadcaster TV |Chosun|': the NER left the medium's word out; the article never
    writes "Chosun" alone, so the name is the channel's, "TV Chosun"."""
    found, _, resolved, _ = resolve_articles(content, [(CHANNEL, CHANNEL_NER)])
    assert any(e.name == "TV Chosun" for e in found.values())
    assert not any(d.name == "Chosun" and d.action == "rejected" for d in resolved.decisions)


def test_a_name_also_written_alone_or_after_another_name_keeps_its_reading(content):
    """'Press TV |Ali|' (the medium after a name) and a name also written alone stay."""
    text = [
        "Iran's Press TV Ali Rezaei reported from Tehran.",
        "Viewers of TV Tokyo live in Tokyo, the capital.",
    ]
    ner = {
        0: [("Iran", "GPE"), ("Ali Rezaei", "PERSON"), ("Tehran", "GPE")],
        1: [("Tokyo", "GPE"), ("Tokyo", "GPE")],
    }
    found, _, _, _ = resolve_articles(content, [(text, ner)])
    assert not any(e.name in ("TV Tokyo", "TV Ali Rezaei") for e in found.values())


def test_an_office_of_a_subject_is_a_body_and_the_office_of_a_post_no_actor():
    """'Office of Foreign Affairs', 'Office of Fair Trading': "office" heads a body's name;
    "the Office of President" is the post."""
    from generator.resolve.names import not_an_actor

    assert not_an_actor("Office of Foreign Affairs") is None
    assert not_an_actor("Office of Fair Trading") is None
    assert not_an_actor("Office of President") is not None
    assert not_an_actor("Office of the Prime Minister") is not None
    assert not_an_actor("Office of the UN") is not None  # cut before "High Commissioner"


def test_a_hyphenated_title_is_a_title():
    """'Inspector-General of Police' is an office, as "Inspector General of Police" was;
    'Secretary-General' alone a title; no other hyphenated name is one."""
    from generator.resolve.names import not_an_actor, title_only

    assert not_an_actor("Inspector-General of Police") is not None
    assert title_only("Secretary-General")
    assert not title_only("Rolls-Royce")
    assert not title_only("Anglo-American")


AFFAIRS = [
    "The Department of Veterans Affairs runs 170 hospitals.",
    "Veterans Affairs said in a statement that the hospital had been closed.",
]
AFFAIRS_NER = {
    0: [("The Department of Veterans Affairs", "ORG"), ("170", "CARDINAL")],
    1: [("Veterans Affairs", "ORG")],
}


def test_a_portfolio_that_speaks_is_the_body_its_article_names_for_it(content):
    found, by_text, resolved, ids = resolve_articles(content, [(AFFAIRS, AFFAIRS_NER)])
    body = next(k for k, e in found.items() if e.name == "Department of Veterans Affairs")
    assert by_text[(ids[0], "Veterans Affairs")] == body
    assert not any(
        d.name == "Veterans Affairs" and d.action == "rejected" for d in resolved.decisions
    )


def test_a_portfolio_that_does_not_act_or_has_no_body_stays_a_subject(content):
    text = [
        "The Department of Veterans Affairs runs 170 hospitals.",
        "She studied Veterans Affairs at college.",
        "Home Affairs said it would respond.",
    ]
    ner = {
        0: [("The Department of Veterans Affairs", "ORG")],
        1: [("Veterans Affairs", "ORG")],
        2: [("Home Affairs", "ORG")],
    }
    found, by_text, _, ids = resolve_articles(content, [(text, ner)])
    assert not any(e.name in ("Home Affairs", "Department of Home Affairs") for e in found.values())
    assert (ids[0], "Home Affairs") not in by_text


def test_a_constituent_country_that_wins_a_match_is_its_team_not_its_government(content):
    """'England beat Wales 2-0': a score or a game's word after the win; England's team,
    no act of England's (a place named, as everywhere it does not act)."""
    text = ["England beat Wales 2-0 in the warm-up on Saturday.", "Wales had few chances."]
    ner = {0: [("England", "GPE"), ("Wales", "GPE"), ("Saturday", "DATE")], 1: [("Wales", "GPE")]}
    found, _, _, _ = resolve_articles(content, [(text, ner)])
    assert not any(e.name == "England" for e in found.values())


def test_a_constituent_country_that_acts_or_wins_a_vote_stays_a_state(content):
    text = [
        "Scotland won final approval for the new law on Tuesday.",
        "Wales announced new restrictions.",
    ]
    ner = {0: [("Scotland", "GPE"), ("Tuesday", "DATE")], 1: [("Wales", "GPE")]}
    found, _, _, _ = resolve_articles(content, [(text, ner)])
    names = {e.name for e in found.values()}
    assert {"Scotland", "Wales"} <= names


def test_a_peoples_noun_of_a_place_named_glued_to_a_person_is_not_her_name(content):
    """'Chagossian Liseby Elysé', read as one body: "Chagos" is a place the article names;
    'Christian Louboutin Smith' keeps his given name (no place "Christ" named)."""
    text = [
        "The court ruled that Britain must hand the Chagos Islands to Mauritius.",
        "Chagossian Liseby Elysé told the court she had been forced to leave.",
        "Christian Mark Jones of Christchurch said he agreed.",
    ]
    ner = {
        0: [("Britain", "GPE"), ("the Chagos Islands", "LOC"), ("Mauritius", "GPE")],
        1: [("Chagossian Liseby Elysé", "ORG")],
        2: [("Christian Mark Jones", "PERSON"), ("Christchurch", "GPE")],
    }
    found, _, _, _ = resolve_articles(content, [(text, ner)])
    names = {e.name: e.type for e in found.values()}
    assert "Chagossian Liseby Elysé" not in names
    assert names.get("Liseby Elysé") == "person"
    assert "Christian Mark Jones" in names


def test_a_person_after_in_whose_possessive_names_what_follows_is_no_place(content):
    """'playing with him early on in |Alexis Korner's| Blues Incorporated' (a free Wikinews
    row, 2019): "in" governs the band; the owner is the musician, no place."""
    text = [
        "Drummer Ginger Baker died on Sunday.",
        "Jagger said he played with him early on in Alexis Korner's Blues Incorporated.",
    ]
    ner = {
        0: [("Ginger Baker", "PERSON"), ("Sunday", "DATE")],
        1: [("Jagger", "PERSON"), ("Alexis Korner's", "PERSON"), ("Blues Incorporated", "ORG")],
    }
    found, _, resolved, _ = resolve_articles(content, [(text, ner)])
    assert any(e.name == "Alexis Korner" and e.type == "person" for e in found.values())
    assert not any(d.name == "Alexis Korner" and d.action == "rejected" for d in resolved.decisions)
