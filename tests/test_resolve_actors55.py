"""actors55: a firm's or a state's lone name is no given name of a name glued to it ("Yahoo
Messenger", "Microsoft IE", "In Venezuela Chavez doesn't rule"), so the firm or state keeps
its own page, the one other articles give it (issue 8: splits)."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

from generator.resolve.bodies import local_folds


def _entity_of(by_text, article, text):
    return by_text.get((article, text))


YAHOO_ELSEWHERE = (
    [
        "Yahoo said its profits rose in the last quarter.",
        "Yahoo has also bought a photo-sharing site.",
    ],
    {0: [("Yahoo", "ORG")], 1: [("Yahoo", "ORG")]},
)


def test_a_firm_named_alone_is_no_given_name_of_its_product_read_as_a_person(content):
    """actors52's t337 (BBC tech): "Yahoo" alone again and again, "Yahoo Messenger" once and
    read as a person's name; "Yahoo" was the product-person's given name, a page apart from
    the Yahoo of another article. The NER reads the lone word as a firm (ORG) more often
    than as a person (``FIRM_READINGS`` more): it stays the firm's, even where it once reads
    it as a person."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Yahoo has reached the grand old age of 10.",
                    "For many, Yahoo remains synonymous with the internet.",
                    "He believes Yahoo failed to see how crucial search would become.",
                    "Yahoo was the first internet firm to offer shares.",
                    "It is a battle that Yahoo is currently winning, he believes.",
                    "Search will be a key focus as will making Yahoo Messenger available on "
                    "mobiles, he says.",
                ],
                {
                    0: [("Yahoo", "ORG")],
                    1: [("Yahoo", "ORG")],
                    2: [("Yahoo", "PERSON")],
                    3: [("Yahoo", "ORG")],
                    4: [("Yahoo", "ORG")],
                    5: [("Yahoo Messenger", "PERSON")],
                },
            ),
            YAHOO_ELSEWHERE,
        ],
    )
    firm = _entity_of(by_text, ids[1], "Yahoo")
    assert firm is not None and found[firm].name == "Yahoo"
    on_firm = [m for m in _resolved.mentions if m.entity == firm and m.article == ids[0]]
    assert len(on_firm) == 5


def test_a_state_glued_before_a_surname_keeps_its_own_mentions(content):
    """actors44's Wikinews row (a44t140): "In Venezuela Chavez doesn't rule" read as one
    person, whose given name "Venezuela" then took the state's lone mentions."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Hugo Chavez spoke to supporters in Caracas.",
                    "Venezuela is the largest oil producer in South America.",
                    "In Venezuela Chavez doesn't rule alone, critics said.",
                    "Venezuela will hold elections next year.",
                ],
                {
                    0: [("Hugo Chavez", "PERSON"), ("Caracas", "GPE")],
                    1: [("Venezuela", "GPE"), ("South America", "LOC")],
                    2: [("Venezuela Chavez", "PERSON")],
                    3: [("Venezuela", "GPE")],
                },
            )
        ],
    )
    states = {by_text[ids[0], "Venezuela"]}
    assert states == {e for (a, t), e in by_text.items() if t == "Venezuela"}
    assert found.get(next(iter(states))) is None or found[next(iter(states))].type == "state"


def test_a_firm_and_its_product_glued_are_no_longer_name_of_the_firm(content):
    """actors52's t196: "Microsoft IE has dominated the browser market" beside "investments in
    IE" and "Microsoft" alone: the firm's lone name was folded into the glued one, a page
    apart from Microsoft's in other articles."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "The proportion of surfers using Microsoft's Internet Explorer (IE) has "
                    "dropped.",
                    "Microsoft IE has dominated the browser market for some time.",
                    "Microsoft continues to make significant investments in IE.",
                    "Microsoft said it respected the choice of customers.",
                ],
                {
                    0: [("Microsoft", "ORG"), ("Internet Explorer", "ORG"), ("IE", "ORG")],
                    1: [("Microsoft IE", "ORG")],
                    2: [("Microsoft", "ORG"), ("IE", "ORG")],
                    3: [("Microsoft", "ORG")],
                },
            ),
            (
                ["Microsoft said profits rose.", "Microsoft shares fell."],
                {0: [("Microsoft", "ORG")], 1: [("Microsoft", "ORG")]},
            ),
        ],
    )
    firm = by_text[ids[1], "Microsoft"]
    assert found[firm].name == "Microsoft"
    assert by_text[ids[0], "Microsoft"] == firm


def test_a_given_name_or_a_firm_read_as_a_person_stays_the_persons(content):
    """What must not change: a given name alone the NER reads as a person's ("Hamza" for
    "Hamza bin Laden"), and a firm read as a person throughout ("Pernod Ricard ... Pernod
    said", actors44's a44c2), and a given name the NER reads as an organisation twice ("Natasha"
    for "Natasha Gownaris", a44t82): the lone word is the name's, one page."""
    _found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "Hamza bin Laden appeared in a new video.",
                    "Hamza called for attacks.",
                    "French drinks group Pernod Ricard made the offer.",
                    "Pernod said the deal would be completed in July.",
                    "Pernod will sell some brands.",
                    "Natasha Gownaris studies penguins.",
                    "Natasha said the birds were thriving.",
                    "Natasha added that the colony had grown.",
                ],
                {
                    0: [("Hamza bin Laden", "PERSON")],
                    1: [("Hamza", "PERSON")],
                    2: [("Pernod Ricard", "PERSON")],
                    3: [("Pernod", "PERSON")],
                    4: [("Pernod", "ORG")],
                    5: [("Natasha Gownaris", "PERSON")],
                    6: [("Natasha", "ORG")],
                    7: [("Natasha", "ORG")],
                },
            )
        ],
    )
    assert by_text[ids[0], "Hamza"] == by_text[ids[0], "Hamza bin Laden"]
    assert by_text[ids[0], "Pernod"] == by_text[ids[0], "Pernod Ricard"]
    assert by_text[ids[0], "Natasha"] == by_text[ids[0], "Natasha Gownaris"]


def test_a_person_read_as_an_organisation_keeps_the_short_form_fold():
    """``local_folds``' one-word short form ("Dai", "Dai Bingguo") still folds; two names
    of the article glued ("Microsoft IE", both words written alone) do not."""
    present = {"a": {"Dai": True, "Dai Bingguo": True, "Microsoft": True, "Microsoft IE": True}}
    types = dict.fromkeys(present["a"], "organisation")
    counts = dict.fromkeys(present["a"], 1)
    written = {"a": {"Dai", "Dai Bingguo", "Microsoft", "Microsoft IE", "IE"}}
    folds = local_folds(present, types, {}, counts, written=written)  # type: ignore[arg-type]
    assert folds[("a", "Dai")][0] == "Dai Bingguo"
    assert ("a", "Microsoft") not in folds
    assert local_folds(present, types, {}, counts)[("a", "Microsoft")][0] == "Microsoft IE"
