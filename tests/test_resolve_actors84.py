"""actors84: a body's former name the text gives beside its name ("the Constitution Party
(formerly the U.S. Taxpayers Party)", "X, formerly known as Y", "X, named Y until 1999", "Y,
renamed X in 1988") is one
body with the current name: the old name is an alias on its page, not a page of its own."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

FORMER = [
    (
        [
            "The Constitution Party (formerly the U.S. Taxpayers Party) nominated Darrell Castle.",
            "The Constitution Party said it would be on the ballot in 25 states.",
            "The U.S. Taxpayers Party was founded in 1992.",
        ],
        {
            0: [
                ("The Constitution Party", "ORG"),
                ("the U.S. Taxpayers Party", "ORG"),
                ("Darrell Castle", "PERSON"),
            ],
            1: [("The Constitution Party", "ORG")],
            2: [("The U.S. Taxpayers Party", "ORG")],
        },
        "Constitution Party",
        "U.S. Taxpayers Party",
    ),
    (
        [
            "The Islamic Salvation Army, formerly known as the Armed Islamic Movement, disarmed.",
            "The Islamic Salvation Army said it would support the amnesty.",
            "The Armed Islamic Movement had fought the government since 1992.",
        ],
        {
            0: [("The Islamic Salvation Army", "ORG"), ("the Armed Islamic Movement", "ORG")],
            1: [("The Islamic Salvation Army", "ORG")],
            2: [("The Armed Islamic Movement", "ORG")],
        },
        "Islamic Salvation Army",
        "Armed Islamic Movement",
    ),
    (
        [
            "The Burma Socialist Programme Party, renamed the National Unity Party in 1988,"
            " contested the election.",
            "The National Unity Party said on Monday it had won seats.",
            "The Burma Socialist Programme Party had ruled since 1962.",
        ],
        {
            0: [
                ("The Burma Socialist Programme Party", "ORG"),
                ("the National Unity Party", "ORG"),
            ],
            1: [("The National Unity Party", "ORG")],
            2: [("The Burma Socialist Programme Party", "ORG")],
        },
        "National Unity Party",
        "Burma Socialist Programme Party",
    ),
    (
        [
            "The Constitution Party, named the U.S. Taxpayers' Party until 1999, met on Friday.",
            "The Constitution Party said it would field a candidate.",
            "Those who left formed the Christian Liberty Party, then known as the American"
            " Heritage Party.",
        ],
        {
            0: [("The Constitution Party", "ORG"), ("the U.S. Taxpayers' Party", "ORG")],
            1: [("The Constitution Party", "ORG")],
            2: [("the Christian Liberty Party", "ORG"), ("the American Heritage Party", "ORG")],
        },
        "Constitution Party",
        "U.S. Taxpayers' Party",
    ),
]


def test_a_former_name_the_text_gives_is_an_alias_of_the_current_one(content):
    for texts, ner, current, former in FORMER:
        found, _by_text, _resolved, _ids = resolve_articles(content, [(texts, ner)])
        bodies = {e.name: e for e in found.values() if e.type == "organisation"}
        assert current in bodies and former not in bodies, (current, sorted(bodies))
        assert former in bodies[current].aliases
        if "Christian Liberty Party" in bodies:  # "X, then known as Y": X's other name
            assert sorted(bodies) == ["Christian Liberty Party", current]
            assert "American Heritage Party" in bodies["Christian Liberty Party"].aliases
        else:
            assert sorted(bodies) == [current]


def test_formerly_before_no_name_of_the_body_joins_nothing(content):
    """'Siemens, formerly the largest employer in Erlangen': a description, not a name; 'X,
    previously Y's partner' names Y's, not Y; a verb 'renamed' with no comma or bracket."""
    texts = [
        "Siemens AG, formerly the largest employer in Erlangen, cut jobs at Siemens AG.",
        "Alstom SA, previously Bombardier Inc's partner, said Alstom SA would bid.",
        "Bombardier Inc said on Friday that Bombardier Inc renamed Alstom SA a rival.",
        "Siemens AG, named Bombardier Inc's partner in 2019, said nothing.",
    ]
    ner = {
        0: [("Siemens AG", "ORG"), ("Erlangen", "GPE"), ("Siemens AG", "ORG")],
        1: [("Alstom SA", "ORG"), ("Bombardier Inc", "ORG"), ("Alstom SA", "ORG")],
        2: [("Bombardier Inc", "ORG"), ("Bombardier Inc", "ORG"), ("Alstom SA", "ORG")],
        3: [("Siemens AG", "ORG"), ("Bombardier Inc", "ORG")],
    }
    found, _by_text, _resolved, _ids = resolve_articles(content, [(texts, ner)])
    names = sorted(e.name for e in found.values() if e.type == "organisation")
    assert names == ["Alstom SA", "Bombardier Inc", "Siemens AG"], names
