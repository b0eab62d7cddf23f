"""actors78 (issue 8): a region with its own government written as its article writes it.
The acronym an article defines for it ("the Parliament of New South Wales (NSW)"), or whose
letters spell a region the article writes out ("NSW has announced ... in New South Wales"),
is the region, no organisation; and the region's name written again where the NER read no
span, its words making it act ("Goa's government announced"), is one more mention. An
Arabic name without its article in another romanisation ("Shebab") is the group named with
it ("Al-Shabaab")."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.resolve import _REGION_NAME_BEFORE, _region_spelt
from generator.resolve.merge import Found, _without_arabic_article, acronym_definitions, merges


def test_a_regions_defined_acronym_is_the_region_where_it_acts(content):
    text = [
        "Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the bill.",
        "Until then, NSW had the most restrictive law. The NSW legislature abolished it.",
        "Member of parliament Kevin Conolly called it a sad day for NSW.",
    ]
    spans = {
        0: [("the Parliament of New South Wales", "ORG"), ("NSW", "ORG"), ("Australia", "GPE")],
        1: [("NSW", "ORG"), ("NSW", "ORG")],
        2: [("Kevin Conolly", "PERSON"), ("NSW", "ORG")],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    names = {e.name: e.type for e in found.values()}
    assert names.get("New South Wales") == "state"
    assert "NSW" not in names
    assert found[by_text["NSW"]].name == "New South Wales"
    assert not [d for d in resolved.decisions if d.name == "NSW" and d.action == "rejected"]


def test_an_undefined_acronym_spelling_a_region_written_out_is_the_region(content):
    text = [
        "NSW has announced strict new lockdown rules after 642 new cases.",
        "Masks will be mandated across NSW from Monday, Gladys Berejiklian said.",
        "Two things shifted this week in New South Wales, she said.",
    ]
    spans = {
        0: [("NSW", "ORG")],
        1: [("NSW", "ORG"), ("Gladys Berejiklian", "PERSON")],
        2: [("New South Wales", "GPE")],
    }
    found, _, _ = resolve_text(content, text, spans)
    names = {e.name: e.type for e in found.values()}
    assert names.get("New South Wales") == "state"
    assert "NSW" not in names
    # the long form not written: no region guessed from the letters alone
    assert _region_spelt("NSW", ("NSW reported 466 cases.",)) is None
    assert _region_spelt("NSW", ("All of New South Wales is in lockdown.",)) == "New South Wales"
    # two letters spell too much else ("AP", "SA")
    assert _region_spelt("AP", ("Andhra Pradesh voted, the AP said.",)) is None


def test_a_region_named_again_acting_with_no_span_is_a_mention(content):
    text = [
        "Francis D'Souza, Deputy Chief Minister of the state of Goa, India, died.",
        "Goa's government announced three days of mourning for D'Souza.",
    ]
    spans = {
        0: [("Francis D'Souza", "PERSON"), ("Goa", "GPE"), ("India", "GPE")],
        1: [("D'Souza", "PERSON")],
    }
    found, _, resolved = resolve_text(content, text, spans)
    names = {e.name: e.type for e in found.values()}
    assert names.get("Goa") == "state"
    goa = next(k for k, e in found.items() if e.name == "Goa")
    assert sum(1 for m in resolved.mentions if m.entity == goa) == 2


def test_a_region_named_again_as_a_place_or_inside_a_name_is_no_mention(content):
    text = [
        "Francis D'Souza, Deputy Chief Minister of the state of Goa, India, died.",
        "Tourists flock to Goa every winter; the North Goa district is busy.",
    ]
    spans = {
        0: [("Francis D'Souza", "PERSON"), ("Goa", "GPE"), ("India", "GPE")],
        1: [],
    }
    found, _, _ = resolve_text(content, text, spans)
    assert "Goa" not in {e.name for e in found.values()}
    assert _REGION_NAME_BEFORE.search("the North ")
    assert not _REGION_NAME_BEFORE.search("mourning. The ")


def test_an_arabic_name_without_its_article_in_another_romanisation_is_one_group():
    def org(name: str, count: int) -> Found:
        return Found(name, "organisation", count, frozenset({"a1"}), frozenset({"Somalia"}))

    merged = {m.name: m for m in merges([org("Al-Shabaab", 1), org("Shebab", 2)], {})}
    assert merged["Shebab"].into == "Al-Shabaab"
    assert merged["Shebab"].reason == "'Al-Shabaab' without its article 'al-'"
    # a person's name, a short one, or two groups that fit: no merge
    person = Found("Shabab", "person", 2, frozenset({"a1"}), frozenset())
    assert not merges([org("Al-Shabaab", 1), person], {})
    assert not merges([org("Al-Nour", 1), org("Nour", 2)], {})
    two = [org("Al-Shabaab", 1), org("Ash-Shabab", 1), org("Shebab", 2)]
    assert "Shebab" not in {m.name for m in merges(two, {})}
    assert _without_arabic_article("Al-Shabaab") == "Shabaab"
    assert _without_arabic_article("al Qaeda") == "Qaeda"
    assert _without_arabic_article("Al-Qaeda in the Arabian Peninsula") is None
    assert _without_arabic_article("Alabama") is None


def test_an_acronym_after_a_name_that_ends_a_longer_one_is_not_that_names():
    texts = ["The African Union Transition Mission in Somalia (ATMIS) praised the response."]
    assert "ATMIS" not in acronym_definitions(texts, ["Somalia", "African Union"])
    kept = ["The Kurdistan Workers' Party (PKK) was absent."]
    assert acronym_definitions(kept, ["Kurdistan Workers' Party"]) == {
        "PKK": "Kurdistan Workers' Party"
    }
    # A verb's preposition before the name is no longer name's ("blamed on ... (PKK)").
    blamed = ["Attacks have been blamed on Kurdistan Workers Party (PKK) rebels in Iraq."]
    assert acronym_definitions(blamed, ["Kurdistan Workers Party"]) == {
        "PKK": "Kurdistan Workers Party"
    }
    assert "CPC" not in acronym_definitions(["the Communist Party of Cuba (CPC)"], ["Cuba"])


def test_an_acronym_that_leaves_out_its_bodys_state_adjective_is_the_body_whole():
    """The lead (session 45, a reader's briefing): "The Indian Ministry of External Affairs
    (MEA)" made two pages, the ministry's and "MEA"; a place the acronym spells stays the
    place ("Parliament of New South Wales (NSW)")."""
    texts = ["The Indian Ministry of External Affairs (MEA) denounced the report."]
    assert acronym_definitions(texts, ["Indian Ministry of External Affairs"]) == {
        "MEA": "Indian Ministry of External Affairs"
    }
    nsw = ["The Parliament of New South Wales (NSW) sat."]
    assert acronym_definitions(nsw, ["Parliament of New South Wales"]) == {"NSW": "New South Wales"}
