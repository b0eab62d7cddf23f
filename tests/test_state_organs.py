"""States named only by their adjective before one of their organs (events50, issue 7):
"Nigerian authorities raised the toll", "Iranian forces seized a tanker", "South Korean riot
police" are a mention of the state, so an article that never writes the state's name still has
it as an actor; and a bare force after such a phrase ("On Monday, police raided the offices")
is that state's, though the article names other states as places. Sentence shapes from
Wikinews articles (events49's Seoul and Rann stories), rewritten with other names."""

from __future__ import annotations

from datetime import date

from test_resolve_briefing import resolve_text

from generator.extract.tie import Context
from generator.model import Role
from tests.test_extract_anaphora import _context


def test_a_state_adjective_before_an_organ_is_the_state(content):
    """With or without "the", after a date's words too ("On Monday Nigerian authorities"),
    and a state of two words with "n" added ("South Korean")."""
    found, by_text, _ = resolve_text(
        content,
        [
            "On Monday Nigerian authorities raised the official death toll to 236.",
            "South Korean riot police sprayed water cannons at the protesters.",
            "Iranian forces seized a tanker. Israeli jets struck targets near the coast.",
        ],
        {
            0: [("Monday", "DATE"), ("Nigerian", "NORP")],
            1: [("South Korean", "NORP")],
            2: [("Iranian", "NORP"), ("Israeli", "NORP")],
        },
    )
    names = {
        text: found[key].name
        for text, key in by_text.items()
        if key in found and found[key].type == "state"
    }
    assert names == {
        "Nigerian authorities": "Nigeria",
        "South Korean riot police": "South Korea",
        "Iranian forces": "Iran",
        "Israeli jets": "Israel",
    }


def test_people_firms_and_names_after_a_state_adjective_are_not_the_state(content):
    """Officers who may act for themselves, a ruler, a firm, a people, a coalition a state
    leads, a section of a force, an airline's name, a region ("Latin American") and a part's
    devolved government ("the Scottish government") are no mention of a state."""
    found, _, _ = resolve_text(
        content,
        [
            "Two French police officers were found guilty of rape.",
            "The Chilean military ruler fled. Chinese firms bought the stake.",
            "The Iranian people voted. The Saudi-led coalition struck the port.",
            "The Cuban military's tourist section runs the bus. British Airways flew.",
            "Latin American officials met. The Scottish government said no.",
        ],
        {
            0: [("French", "NORP")],
            1: [("Chilean", "NORP"), ("Chinese", "NORP")],
            2: [("Iranian", "NORP"), ("Saudi", "NORP")],
            3: [("Cuban", "NORP"), ("British Airways", "ORG")],
            4: [("Latin American", "NORP"), ("Scottish", "NORP")],
        },
    )
    assert not [e.name for e in found.values() if e.type == "state"]


def test_an_expert_or_critic_after_a_state_adjective_and_organ_is_not_the_state(content):
    """ "Russian military analysts", "an American military historian", "a Chinese government
    critic", "an Egyptian army general", "British army veterans", "a French government
    adviser": people named by the organ they study, criticise or served, who speak for
    themselves as "officers" and "commanders" do (review15); the organ alone still is."""
    found, _, _ = resolve_text(
        content,
        [
            "Russian military analysts said the drill was routine.",
            "An American military historian wrote the book. A Chinese government critic was held.",
            "An Egyptian army general retired. British army veterans marched.",
            "A French government adviser resigned.",
        ],
        {
            0: [("Russian", "NORP")],
            1: [("American", "NORP"), ("Chinese", "NORP")],
            2: [("Egyptian", "NORP"), ("British", "NORP")],
            3: [("French", "NORP")],
        },
    )
    assert not [e.name for e in found.values() if e.type == "state"]


SEOUL = [
    "South Korean authorities are refusing to allow protests against beef imports from the "
    "United States.",
    "On Monday, police raided the offices of two civic groups.",
]


def _seoul(paragraphs: list[str], names: dict[str, str], p: int, phrase: str) -> tuple:
    states = frozenset(f"actors/{key}" for key in names.values())
    context: Context = _context(paragraphs, names, date(2008, 6, 30), states)
    at = paragraphs[p].rfind(phrase)
    return context.actors_in(p, [Role(at, at + len(phrase), phrase)])


def test_a_bare_force_is_the_state_whose_organ_was_named():
    """ "South Korean authorities … from the United States. … police raided": the police are
    South Korea's, though the United States is named (as the beef's origin)."""
    names = {"South Korean authorities": "south-korea", "United States": "united-states"}
    assert _seoul(SEOUL, names, 1, "police") == ("south-korea",)


def test_no_state_for_a_bare_force_when_two_states_organs_were_named():
    """ "The Venezuelan government said … The Colombian government said … police": whose
    police is a guess; so where the phrase's sentence names another state, and for bare
    "officials", who are as often a town's or the ones reporting."""
    two = [
        "The Venezuelan government protested. The Colombian government denied it.",
        "On Monday, police raided the offices of two civic groups.",
    ]
    names = {"Venezuelan government": "venezuela", "Colombian government": "colombia"}
    assert _seoul(two, names, 1, "police") == ()
    other = [SEOUL[0], "On Monday, police in Mexico raided the offices of two civic groups."]
    names = {
        "South Korean authorities": "south-korea",
        "United States": "united-states",
        "Mexico": "mexico",
    }
    assert _seoul(other, names, 1, "police") == ()
    reporting = [SEOUL[0], "On Monday, officials said the groups had led the rallies."]
    assert _seoul(reporting, names, 1, "officials") == ()


def test_no_state_for_a_bare_force_after_an_organs_analysts():
    """ "Russian military analysts said … United States … police raided": analysts are no
    organ of Russia's (review15), so the police are no state's."""
    paragraphs = [
        "Russian military analysts said the drill near the United States was routine.",
        "On Monday, police raided the offices of two civic groups.",
    ]
    names = {"Russian": "russia", "United States": "united-states"}
    assert _seoul(paragraphs, names, 1, "police") == ()
    organ = [
        "Russian military officials said the drill near the United States was routine.",
        paragraphs[1],
    ]
    assert _seoul(organ, names, 1, "police") == ("russia",)


def test_no_state_for_a_bare_force_after_what_resolve_refuses_as_an_organ():
    """What resolve reads as no mention of the state is no organ named for ``tie`` either
    (fix80: one list for both): officers, a ruler, a state's bonds, a possessive section, a
    hyphened adjective ("pro-Russian forces", a side that is not Russia)."""
    names = {"United States": "united-states", "French": "france", "Chinese": "china"}
    names |= {"Chilean": "chile", "Cuban": "cuba", "Russian": "russia"}
    for first in (
        "Two French police officers were found guilty near the United States.",
        "Chinese government bonds fell after the United States spoke.",
        "The Chilean military ruler fled to the United States.",
        "The Cuban military's tourist section sued the United States.",
        "The pro-Russian forces met envoys of the United States.",
    ):
        paragraphs = [first, "On Monday, police raided the offices of two civic groups."]
        assert _seoul(paragraphs, names, 1, "police") == (), first
