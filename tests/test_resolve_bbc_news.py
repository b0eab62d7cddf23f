"""One actor, one page, on sentences shaped like BBC news (actors36): a nationality's
adjective the NER read as a body or a person, and two names it glued into one span."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text


def test_a_nationalitys_adjective_read_as_a_body_names_no_page(content):
    """'|Welsh| patients', 'three |Welsh| quangos', 'whose father was |Welsh|': the adjective
    before a lowercase noun or after "was" is a nationality, whatever the NER called it."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Critics of Welsh arts funding met in Ludbury, Ann Pryce said.",
            "Three Welsh quangos will close, Ann Pryce said.",
            "Ms Pryce, whose father was Welsh, grew up in Perth.",
        ],
        {
            0: [("Welsh", "ORG"), ("Ludbury", "GPE"), ("Ann Pryce", "PERSON")],
            1: [("Welsh", "ORG"), ("Ann Pryce", "PERSON")],
            2: [("Ms Pryce", "PERSON"), ("Welsh", "ORG"), ("Perth", "GPE")],
        },
    )
    assert "Welsh" not in entity_names(found)
    assert "Welsh" not in by_text or not by_text["Welsh"].startswith("actors/welsh")
    assert "Ann Pryce" in entity_names(found)


def test_a_nationalitys_word_acting_as_a_name_is_kept(content):
    """'Swiss said', 'Swiss has cut': an airline's short name before its verb is no
    adjective, so the NER's reading stands."""
    found, _by_text, _ = resolve_text(
        content,
        [
            "Swiss said it would cut ten routes.",
            "Swiss has cut fares to Rome, Swiss said on Monday.",
        ],
        {0: [("Swiss", "ORG")], 1: [("Swiss", "ORG"), ("Rome", "GPE"), ("Swiss", "ORG")]},
    )
    assert "Swiss" in entity_names(found)


def test_two_names_glued_by_and_are_two_pages_where_one_is_written_alone(content):
    """'|Korvex and Baltneft|' where the article writes 'Korvex' and 'Baltneft' alone, and
    '|Marlow, Baltneft|' in a list: each name is its own page, no page for the pair."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The gas firm Korvex will merge with Baltneft, a state oil firm.",
            "Analysts said Korvex and Baltneft could not trade freely.",
            "Plaintiffs sued Marlow, Baltneft and a shell firm, Korvex said.",
        ],
        {
            0: [("Korvex", "ORG"), ("Baltneft", "ORG")],
            1: [("Korvex and Baltneft", "ORG")],
            2: [("Marlow, Baltneft", "PERSON"), ("Korvex", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Korvex and Baltneft" not in names and "Marlow, Baltneft" not in names
    assert {"Korvex", "Baltneft"} <= names
    assert found[by_text["Baltneft"]].type == "organisation"


def test_a_name_joined_by_and_with_no_half_written_alone_stays_one(content):
    """'Pellow and Grange' (no half written alone) and 'Tandy and Tandy' (halves alike)
    are one name each, as the NER read them."""
    found, _by_text, _ = resolve_text(
        content,
        [
            "Pellow and Grange said its profits rose; Pellow and Grange shares fell.",
            "Tandy and Tandy said sales fell, and Tandy and Tandy will cut jobs.",
        ],
        {
            0: [("Pellow and Grange", "ORG"), ("Pellow and Grange", "ORG")],
            1: [("Tandy and Tandy", "ORG"), ("Tandy and Tandy", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Pellow" not in names and "Grange" not in names and "Tandy" not in names


def test_a_town_written_with_its_state_is_no_glued_pair(content):
    """'born in |Carvel, Ostland|' where 'Ostland' is written alone: a town and its state
    after "in", one place, not two names to split (split, 'Ostland' counts a second mention
    and gets a page; on b1k the town joined a newspaper named for it)."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "Ann Pryce was born in Carvel, Ostland, in 1951.",
            "The Carvel Courier said Ann Pryce left Ostland in 1990.",
        ],
        {
            0: [("Ann Pryce", "PERSON"), ("Carvel, Ostland", "ORG")],
            1: [("The Carvel Courier", "ORG"), ("Ann Pryce", "PERSON"), ("Ostland", "ORG")],
        },
    )
    assert "Carvel" not in by_text and "Ostland" not in by_text  # no mention split off


def test_one_body_named_for_two_written_whole_twice_stays_one(content):
    """'|Pask and Dunmore|' twice and its short name 'Pask' alone (a firm named for its two
    founders, as "Procter and Gamble" and "Procter"): one firm, no page "Dunmore" (fix63)."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Pask and Dunmore said profits rose 5%.",
            "Shares in Pask fell 5p on Monday.",
            "Analysts praised Pask and Dunmore on Tuesday.",
        ],
        {
            0: [("Pask and Dunmore", "ORG")],
            1: [("Pask", "PERSON")],
            2: [("Pask and Dunmore", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Pask and Dunmore" in names
    assert "Dunmore" not in names and "Dunmore" not in by_text


def test_two_bodies_glued_twice_split_where_both_are_written_alone(content):
    """'|Korvex and Baltneft|' twice, but each firm also written alone: two firms still."""
    found, _by_text, _ = resolve_text(
        content,
        [
            "Korvex and Baltneft will merge.",
            "The gas firm Korvex said the deal would close in May.",
            "Baltneft said it agreed, and Korvex and Baltneft shares rose.",
        ],
        {
            0: [("Korvex and Baltneft", "ORG")],
            1: [("Korvex", "ORG")],
            2: [("Baltneft", "ORG"), ("Korvex and Baltneft", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Korvex and Baltneft" not in names
    assert {"Korvex", "Baltneft"} <= names


def test_a_states_two_part_name_is_not_split_by_one_half_written_alone(content):
    """'|Trinidad and Tobago|' read as a body, 'Trinidad' written alone: the gazetteer knows
    the whole name as one state's, so no page "Tobago" (fix63)."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "Trinidad and Tobago signed a gas deal, Ann Pryce said.",
            "Officials in Trinidad said the deal would create jobs.",
        ],
        {0: [("Trinidad and Tobago", "ORG"), ("Ann Pryce", "PERSON")], 1: [("Trinidad", "GPE")]},
    )
    assert "Tobago" not in by_text
    assert by_text["Trinidad and Tobago"] == "actors/trinidad-and-tobago"


def test_a_nationalitys_word_the_article_uses_as_a_name_stays_a_name(content):
    """The airline 'Swiss' that "cut ten routes" and "flew" is the 'Swiss' that "said": a
    word the article uses as a name acting is that name in each of its uses (fix63)."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Swiss cut ten routes on Monday.",
            "Swiss flew ten million people last year.",
            "Swiss said it would add flights to Rome.",
        ],
        {0: [("Swiss", "ORG")], 1: [("Swiss", "ORG")], 2: [("Swiss", "ORG"), ("Rome", "GPE")]},
    )
    assert "Swiss" in entity_names(found)
    assert by_text["Swiss"] == "actors/swiss"


def test_two_names_glued_by_a_comma_inside_a_list_are_no_page(content):
    """'Sony Pictures, |Walt Disney, Touchstone|, Miramax', 'like Commodore, |Atari,
    Spectrum|,', 'such as |Eastenders, Casualty|, Top Gear' (BBC technology news, actors52):
    two items of a list the NER read as one name, neither written alone; no page for the
    pair. A town and its state ("born in Carvel, Ostland, in 1951") and a name's own suffix
    ("Apple, Inc. and Google") stay whole."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Movies from Sony Pictures, Walt Disney, Touchstone, Miramax and Buena Vista are"
            " on offer, Telewest said.",
            "He used old school stuff like Commodore, Atari, Spectrum, Telewest said.",
            "BBC programmes such as Eastenders, Casualty, Top Gear and Antiques Roadshow will"
            " be offered, Telewest said.",
        ],
        {
            0: [
                ("Sony Pictures", "ORG"),
                ("Walt Disney, Touchstone", "ORG"),
                ("Miramax", "ORG"),
                ("Buena Vista", "ORG"),
                ("Telewest", "ORG"),
            ],
            1: [("Commodore", "ORG"), ("Atari, Spectrum", "ORG"), ("Telewest", "ORG")],
            2: [
                ("BBC", "ORG"),
                ("Eastenders, Casualty", "ORG"),
                ("Top Gear", "ORG"),
                ("Antiques Roadshow", "ORG"),
                ("Telewest", "ORG"),
            ],
        },
    )
    names = entity_names(found)
    assert not {n for n in names if ", " in n}, names
    assert "Walt Disney, Touchstone" not in by_text
    assert "Telewest" in names


def test_a_name_and_its_suffix_after_a_comma_stay_one_in_a_list(content):
    """'|Pellow Holdings, Inc.| and Grange': the comma belongs to the name; no page 'Inc.'."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Shares in Pellow Holdings, Inc. and Grange rose, analysts said.",
            "Pellow Holdings, Inc. said profits rose 5%.",
        ],
        {
            0: [("Pellow Holdings, Inc.", "ORG"), ("Grange", "ORG")],
            1: [("Pellow Holdings, Inc.", "ORG")],
        },
    )
    assert "Inc." not in by_text and "Inc." not in entity_names(found)
