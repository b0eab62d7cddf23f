"""Fresh politics news (actors97, issue 8): a tribunal named for a state that is no more, a
body's name the NER cut after its first word, two names joined by a hyphen into a modifier,
and a party named for its state and "First". Shapes from the actors97 pool (ICTY, WADA,
"the Japan-South Korea relationship", New Zealand First); the people and most bodies here are
invented. Each rule with the names it must keep."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text

from generator.gazetteer import state_name
from generator.resolve.names import looks_like_name


def test_a_tribunal_for_a_former_state_is_named_whole_with_its_acronym(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "Dario Vell was convicted by the Residual Tribunal for former Yugoslavia (RTY).",
            "The RTY said its judges were unanimous.",
        ],
        {
            0: [("Dario Vell", "PERSON"), ("the Residual Tribunal", "ORG"), ("Yugoslavia", "GPE")],
            1: [("RTY", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Residual Tribunal for former Yugoslavia" in names
    assert "Residual Tribunal" not in names
    assert by_text["RTY"] == by_text["the Residual Tribunal for former Yugoslavia"]


def test_former_after_for_is_a_word_of_a_name():
    assert looks_like_name("Residual Tribunal for the former Yugoslavia", "ORG")
    assert looks_like_name("Residual Tribunal for former Yugoslavia", "ORG")
    assert not looks_like_name("Tribunal former Yugoslavia", "ORG")


def test_a_name_cut_after_its_first_word_is_whole_where_its_acronym_is_used(content):
    found, by_text, resolved = resolve_text(
        content,
        [
            "A damning World Anti-Fraud Agency report found fraud in the federation.",
            "A second WAFA-backed inquiry found more, and WAFA and others asked for a ban.",
        ],
        {
            0: [("Anti-Fraud Agency", "ORG")],
            1: [("WAFA", "ORG"), ("WAFA", "ORG")],
        },
    )
    names = entity_names(found)
    assert "World Anti-Fraud Agency" in names
    assert "Anti-Fraud Agency" not in names
    assert by_text["WAFA"] == by_text["World Anti-Fraud Agency"]
    assert "WAFA" not in {d.name for d in resolved.decisions if d.action == "rejected"}


def test_a_name_whose_own_initials_are_used_is_not_extended(content):
    found, _by_text, _resolved = resolve_text(
        content,
        ["On Monday the Freight Union (FU) met the Road Board.", "The FU struck in May."],
        {0: [("the Freight Union", "ORG"), ("the Road Board", "ORG")], 1: [("FU", "ORG")]},
    )
    assert "Monday the Freight Union" not in entity_names(found)


def test_two_states_joined_by_a_hyphen_are_two_mentions_and_no_page(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "The Japan-South Korea relationship soured, and Japan imposed export controls.",
            "Guinea-Bissau said it would mediate.",
        ],
        {
            0: [("Japan-South Korea", "ORG"), ("Japan", "GPE")],
            1: [("Guinea-Bissau", "GPE")],
        },
    )
    names = entity_names(found)
    assert "Japan-South Korea" not in names
    assert {"Japan", "South Korea", "Guinea-Bissau"} <= names
    assert found[by_text["South Korea"]].type == "state"


def test_a_party_named_for_its_state_and_first_is_one_party(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "New Zealand will have a Labour-New Zealand First coalition, with the Labour "
            "Party's 46 MPs.",
            "NZ First leader Hone Tamati said the New Zealand First party chose Labour.",
        ],
        {
            0: [
                ("New Zealand", "GPE"),
                ("a Labour-New Zealand", "ORG"),
                ("First", "ORDINAL"),
                ("the Labour Party's", "ORG"),
            ],
            1: [
                ("NZ", "GPE"),
                ("Hone Tamati", "PERSON"),
                ("the New Zealand", "GPE"),
                ("First", "ORDINAL"),
                ("Labour", "ORG"),
            ],
        },
    )
    names = entity_names(found)
    assert "Labour-New Zealand" not in names
    party = by_text["New Zealand First"]
    assert by_text["NZ First"] == party
    assert found[party].type == "organisation"
    assert found[by_text["New Zealand"]].type == "state"


def test_first_after_a_state_without_a_party_noun_is_no_party(content):
    found, _by_text, _resolved = resolve_text(
        content,
        ["Ministers from Japan First met in Osaka, then flew to Seoul."],
        {0: [("Japan", "GPE"), ("First", "ORDINAL"), ("Osaka", "GPE"), ("Seoul", "GPE")]},
    )
    assert "Japan First" not in entity_names(found)


def test_nz_is_new_zealand():
    assert state_name("NZ") == "New Zealand"


def test_the_eu_listed_among_states_is_the_european_union(content):
    found, by_text, resolved = resolve_text(
        content,
        [
            "China and the EU asked the trade body to act.",
            "So far, Canada, China, the EU and Mexico have imposed tariffs.",
            "Canada, the EU and Norway filed complaints.",
        ],
        {
            0: [("China", "GPE"), ("EU", "ORG")],
            1: [("Canada", "GPE"), ("China", "GPE"), ("EU", "GPE"), ("Mexico", "GPE")],
            2: [("Canada", "GPE"), ("EU", "GPE"), ("Norway", "GPE")],
        },
    )
    union = found[by_text["EU"]]  # named under the first form the briefing writes
    assert union.type == "organisation"
    assert {m.entity for m in resolved.mentions if m.text == "EU"} == {union.key}


def test_a_nationality_is_no_ones_first_name(content):
    _found, by_text, _resolved = resolve_text(
        content,
        [
            "Georgian Dream will get 39 seats, the Georgian ambassador Tamaz Kovali said.",
            "The Georgian courts are challenging the results, Kovali said.",
        ],
        {
            0: [("Georgian Dream", "PERSON"), ("Georgian", "NORP"), ("Tamaz Kovali", "PERSON")],
            1: [("Georgian", "NORP"), ("Kovali", "PERSON")],
        },
    )
    assert by_text.get("Georgian") != by_text["Georgian Dream"]
    assert by_text["Kovali"] == by_text["Tamaz Kovali"]


def test_a_state_glued_after_an_office_before_a_name_is_split_off(content):
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "The Georgian ambassador to Azerbaijan Teymo Sharadze said the vote was fair.",
            "The special envoy to Uzbekistan Bakhtiyar Saidali called him.",
            "Saidali congratulated his colleague.",
            "Chad Michael Morrow, a lawyer, said Chad would appeal.",
        ],
        {
            0: [("Azerbaijan Teymo Sharadze", "ORG")],
            1: [("Uzbekistan Bakhtiyar Saidali", "PERSON")],
            2: [("Saidali", "PERSON")],
            3: [("Chad Michael Morrow", "PERSON"), ("Chad", "GPE")],
        },
    )
    names = entity_names(found)
    assert {"Teymo Sharadze", "Bakhtiyar Saidali", "Chad Michael Morrow"} <= names
    assert not {"Azerbaijan Teymo Sharadze", "Uzbekistan Bakhtiyar Saidali"} & names


def test_a_party_named_by_a_title_word_is_the_party(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "Tama Reid wished her well and said he would stay as National leader.",
            "National will have 56 seats, the largest the National Party has held.",
        ],
        {
            0: [("Tama Reid", "PERSON"), ("National", "ORG")],
            1: [("National", "ORG"), ("the National Party", "ORG")],
        },
    )
    party = found[by_text["National"]]
    assert party.type == "organisation"
    assert by_text["the National Party"] == party.key
