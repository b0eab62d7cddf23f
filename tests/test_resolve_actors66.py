"""actors66 (issue 8): a lone surname after a title ("President |Bush|") in a briefing where
several people bear that surname goes to the one the briefing names in full after the same
title; and names resolve used to cut short ("JP Morgan" → "Morgan")."""

from __future__ import annotations

from dataclasses import replace

from test_resolve import annotation_for
from test_resolve_briefing import resolve_text

from generator.resolve import resolve


def resolve_articles(content, articles):
    """Resolve a briefing of ``articles``: [(paragraphs, {paragraph: [(text, label)]})]."""
    base = content.articles[0]
    made, annotations = [], []
    for n, (paragraphs, spans) in enumerate(articles):
        article = replace(base, id=f"a{n}", paragraphs=tuple(paragraphs), annotations=())
        made.append(article)
        found = {p: [(t, label, None) for t, label in s] for p, s in spans.items()}
        annotations.append(annotation_for(article, found))
    resolved = resolve(replace(content, articles=tuple(made)), annotations)
    names = {e.key: e.name for e in resolved.entities}
    return resolved, names


BUSH_ARTICLES = [
    (
        ["President George W. Bush signed the budget on Monday.", "George W. Bush spoke."],
        {0: [("George W. Bush", "PERSON")], 1: [("George W. Bush", "PERSON")]},
    ),
    (
        ["Florida Governor Jeb Bush announced his campaign.", "Jeb Bush said he would run."],
        {0: [("Florida", "GPE"), ("Jeb Bush", "PERSON")], 1: [("Jeb Bush", "PERSON")]},
    ),
]


def test_a_titled_surname_goes_to_the_one_bearer_with_that_title(content):
    """Shapes of the actors pools' big briefing (a 2006 Wikinews article writing only
    "President Bush", a 2015 one naming Jeb Bush): the title tells the bearer; the
    article's untitled "Bush" follows it."""
    resolved, names = resolve_articles(
        content,
        [
            *BUSH_ARTICLES,
            (
                ["President Bush visited Kuwait on Friday.", "Bush urged allies to act."],
                {0: [("Bush", "PERSON"), ("Kuwait", "GPE")], 1: [("Bush", "PERSON")]},
            ),
        ],
    )
    lone = [m for m in resolved.mentions if m.article == "a2" and m.text == "Bush"]
    assert len(lone) == 2
    assert {names[m.entity] for m in lone} == {"George W. Bush"}
    merged = [d for d in resolved.decisions if d.name == "Bush" and d.action == "merged"]
    assert "that title" in merged[0].reason


def test_a_title_no_bearer_or_two_bearers_have_decides_nothing(content):
    """'Mr Bush' tells no office; 'Senator Bush' is no bearer's title here; two Presidents
    Bush (father and son) are both called President: none of these is given to anyone."""
    for title in ("Mr", "Senator"):
        resolved, names = resolve_articles(
            content,
            [
                *BUSH_ARTICLES,
                (
                    [f"{title} Bush visited Kuwait on Friday.", "Bush urged allies to act."],
                    {0: [("Bush", "PERSON"), ("Kuwait", "GPE")], 1: [("Bush", "PERSON")]},
                ),
            ],
        )
        lone = [m for m in resolved.mentions if m.article == "a2" and "Bush" in m.text]
        assert not {names.get(m.entity) for m in lone} & {"George W. Bush", "Jeb Bush"}, title
    johnsons = [
        (
            [f"President {given} Johnson signed the bill.", f"{given} Johnson spoke."],
            {0: [(f"{given} Johnson", "PERSON")], 1: [(f"{given} Johnson", "PERSON")]},
        )
        for given in ("Lyndon", "Andrew")
    ]
    resolved, names = resolve_articles(
        content,
        [
            *johnsons,
            (
                ["President Johnson vetoed it on Friday.", "Johnson urged Congress to act."],
                {0: [("Johnson", "PERSON")], 1: [("Johnson", "PERSON"), ("Congress", "ORG")]},
            ),
        ],
    )
    lone = [m for m in resolved.mentions if m.article == "a2"]
    assert not {names.get(m.entity) for m in lone} & {"Lyndon Johnson", "Andrew Johnson"}


def test_initials_and_a_place_after_an_acronym_stay_in_the_name(content):
    """Shapes of the actors pools (BBC business, Wikinews 2019): a firm's two-letter
    initials ("JP Morgan", "MG Rover") and a branch named for its place ("AOL Europe", "CNN
    Philippines") were cut to the word after them, which the briefing writes alone: a
    person's surname, a place, a state. Two words after an acronym the briefing writes
    alone are still cut ("UN Security Council" is the Security Council's). "AOL Europe" is
    no longer cut here, but a later pass still reads it as "Europe" (left, see README)."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The bid is backed by JP Morgan, the investment bank. JP Morgan declined to comment.",
            "Morgan said the talks were over.",
            "BMW will pay for MG Rover staff. MG Rover has been looking for a partner.",
            "The Rover brand was sold. Revenue at AOL Europe fell. AOL Europe cut jobs.",
            "Europe saw growth.",
            "Governor Alexander Pimentel told CNN Philippines the towns were damaged.",
            "CNN Philippines reported the governor said so. The Philippines sent aid.",
            "The UN Security Council met. The Security Council condemned the launch.",
        ],
        {
            0: [("JP Morgan", "ORG"), ("JP Morgan", "ORG")],
            1: [("Morgan", "PERSON")],
            2: [("BMW", "ORG"), ("MG Rover", "ORG"), ("MG Rover", "ORG")],
            3: [("Rover", "ORG"), ("AOL Europe", "ORG"), ("AOL Europe", "ORG")],
            4: [("Europe", "LOC")],
            5: [("Alexander Pimentel", "PERSON"), ("CNN Philippines", "ORG")],
            6: [("CNN Philippines", "ORG"), ("Philippines", "GPE")],
            7: [("UN Security Council", "ORG"), ("Security Council", "ORG")],
        },
    )
    for name in ("JP Morgan", "MG Rover", "CNN Philippines"):
        assert found[by_text[name]].name == name, name
    assert by_text["UN Security Council"] == by_text["Security Council"]
