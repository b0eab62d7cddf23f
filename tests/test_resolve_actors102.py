"""Persons the NER read as bodies, retyped by the words around them (actors102, issue 8): a
role noun before the name, an apposition naming a role after it, an office of a body before
it, an office taken or left after it, the body or medium one works for after it, and names
listed each with its state. Shapes from
blind43, blind44, the dev split and the actors102 pool; the people here are invented. Each
rule with the bodies it must leave alone."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.model.nlp import Span
from generator.resolve.article.people import _persons_by_role


def _types(found) -> dict[str, str]:
    return {e.name: e.type for e in found.values()}


def test_a_role_noun_before_the_name_makes_it_a_persons(content):
    found, _, _ = resolve_text(
        content,
        [
            "The report was led by ex-CIA official Dario Venn, an analyst said.",
            "Their French colleague, Lucien Marot, said the strike was unjustified.",
            "Israeli singer Talya won the contest in Lisbon; fans cheered Talya.",
        ],
        # a role read counts twice in the vote: one other reading as a body does not win
        {
            0: [("Dario Venn", "ORG")],
            1: [("Lucien Marot", "ORG")],
            2: [("Talya", "ORG"), ("Talya", "ORG")],
        },
    )
    types = _types(found)
    assert types["Dario Venn"] == "person"
    assert types["Lucien Marot"] == "person"
    assert types["Talya"] == "person"


def test_an_apposition_naming_a_role_makes_it_a_persons(content):
    found, _, _ = resolve_text(
        content,
        [
            "Orla Bensen, Kazemi's solicitor, stated he was pleased.",
            "KJ Otieno, senior deputy director of health services, said cases rose.",
            "An interview with Gaspar Morvath, the Hungarian Government commissioner "
            "responsible for defence, appeared on Monday.",
        ],
        {
            0: [("Orla Bensen", "ORG")],
            1: [("KJ Otieno", "ORG")],
            2: [("Gaspar Morvath", "ORG"), ("Hungarian Government", "ORG")],
        },
    )
    types = _types(found)
    assert types["Orla Bensen"] == "person"
    assert types["KJ Otieno"] == "person"
    assert types["Gaspar Morvath"] == "person"


def test_an_apposition_is_a_cue_even_where_the_surname_is_a_towns_name(content):
    """The full name read as an organisation's, its surname a town's ('Mason', Ohio) and
    written alone as a place: the apposition alone says it is a person's (before actors102
    the name kept the NER's reading, ``test_resolve_bbc_politics``)."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Gerald Mason, the council's finance chief, set out the idea.",
            "Savers in Mason would gain most, the report said.",
        ],
        {0: [("Gerald Mason", "ORG")], 1: [("Mason", "GPE")]},
    )
    assert found[by_text["Gerald Mason"]].type == "person"


def test_an_office_before_or_taken_after_makes_it_a_persons(content):
    found, _, _ = resolve_text(
        content,
        [
            "Former US Ambassador to the United Nations Nora Hale wrote on Twitter.",
            "On Friday, Ricardo Vela Nunez resigned as the governor of the island.",
        ],
        {
            0: [("US", "GPE"), ("the United Nations", "ORG"), ("Nora Hale", "ORG")],
            1: [("Ricardo Vela Nunez", "ORG")],
        },
    )
    types = _types(found)
    assert types["Nora Hale"] == "person"
    assert types["Ricardo Vela Nunez"] == "person"


def test_a_name_of_the_body_or_medium_one_works_for_is_a_persons(content):
    found, _, _ = resolve_text(
        content,
        [
            "Nora Pell of the UK's National Crime Agency (NCA) said arrests followed.",
            'One resident told Jim Dale of WKRN 2 news, "We are used to it."',
            "Ravi Haldar of the Tezpur assembly said the cure works.",
        ],
        {
            0: [("Nora Pell", "ORG"), ("UK", "GPE"), ("National Crime Agency", "ORG")],
            1: [("Jim Dale", "ORG"), ("WKRN 2", "ORG")],
            2: [("Ravi Haldar", "ORG"), ("Tezpur", "GPE")],
        },
    )
    types = _types(found)
    assert types["Nora Pell"] == "person"
    assert types["Jim Dale"] == "person"
    assert types["Ravi Haldar"] == "person"


def test_names_listed_each_with_its_state_are_persons(content):
    found, _, _ = resolve_text(
        content,
        ["Marta Kessel of Switzerland and Omar Dabbous of Libya will meet in Madrid."],
        {
            0: [
                ("Marta Kessel", "ORG"),
                ("Switzerland", "GPE"),
                ("Omar Dabbous", "ORG"),
                ("Libya", "GPE"),
            ]
        },
    )
    types = _types(found)
    assert types["Marta Kessel"] == "person"
    assert types["Omar Dabbous"] == "person"


def test_bodies_in_the_same_shapes_stay_bodies(content):
    found, _, _ = resolve_text(
        content,
        [
            "Germany bans Kestrel Air of Iran, citing security.",
            "The Federal Aviation Office of Germany suspended Kestrel Air's permit.",
            "Talks with the French company, Norvex Atomique, resumed; Norvex Atomique agreed.",
            "Kestrel Air, a company spokesman said, will appeal.",
        ],
        {
            0: [("Germany", "GPE"), ("Kestrel Air", "ORG"), ("Iran", "GPE")],
            1: [("The Federal Aviation Office", "ORG"), ("Germany", "GPE"), ("Kestrel Air", "ORG")],
            2: [("Norvex Atomique", "ORG"), ("Norvex Atomique", "ORG")],
            3: [("Kestrel Air", "ORG")],
        },
    )
    types = _types(found)
    assert types["Kestrel Air"] == "organisation"
    assert types["Federal Aviation Office of Germany"] == "organisation"
    assert types["Norvex Atomique"] == "organisation"


def test_a_curated_span_keeps_its_label_and_a_state_is_no_person():
    paragraph = "Kremlin spokesman Rosatom said so; member states Germany and France agreed."
    curated = Span("Rosatom", "ORG", 18, 25, "actors/rosatom")
    state = Span("Germany", "GPE", 49, 56, None)
    assert paragraph[18:25] == "Rosatom" and paragraph[49:56] == "Germany"
    out, retyped = _persons_by_role([(0, curated), (0, state)], (paragraph,))
    assert [s.label for _, s in out] == ["ORG", "GPE"]
    assert retyped == set()
