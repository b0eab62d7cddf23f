"""Technology news: a company's staff, licences, acronyms of what is run or used, and acronyms
defined in lower case (actors80, issue 8). Shapes from Free Software Magazine's newsletters
(benchmarks/pools/actors80) and the brief; the names here are invented. Each rule with the
names it must keep."""

from __future__ import annotations

from dataclasses import replace

from conftest import entity_names, rejected_reasons
from test_resolve_briefing import annotation_for, resolve_text

from generator.resolve import resolve
from generator.resolve.nonactors import _lower_case_definitions, _staff_stems


def test_a_company_staff_written_as_its_name_plus_a_suffix_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Corvid Hat said on Monday that the Corvid Hatters would help the Zorble project.",
            "Several Zorblers and Plexisofties joined them, Plexisoft said.",
            "The Rangers won, and Roger Vane and the Rogers family watched.",
        ],
        {
            0: [("Corvid Hat", "ORG"), ("Corvid Hatters", "ORG"), ("Zorble", "ORG")],
            1: [("Zorblers", "NORP"), ("Plexisofties", "ORG"), ("Plexisoft", "ORG")],
            2: [("Rangers", "ORG"), ("Roger", "PERSON"), ("Rogers", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"Corvid Hatters", "Zorblers", "Plexisofties"} & names
    assert "Corvid Hat" in names
    reasons = rejected_reasons(resolved)
    for kept in ("Plexisoft", "Rangers", "Rogers"):  # no body's name before the suffix
        assert "[NA-STAFF]" not in reasons.get(kept, "")
    assert reasons["Corvid Hatters"] == (
        "the people of 'Corvid Hat' (its staff, members or followers: a plural of its name),"
        " not an actor [NA-STAFF]"
    )


def test_staff_stems():
    assert "Red Hat" in _staff_stems("Red Hatters")
    assert "Google" in _staff_stems("Googlers")
    assert _staff_stems("Microsofties") == ["Microsoft"]
    assert _staff_stems("Trotskyites") == ["Trotsky"]
    assert _staff_stems("Google") == []


def test_a_licence_named_or_written_before_licences_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The code is released under the Tessellate Public License this week.",
            "The photos carry Quill Commons licences, and the Tessellate Public License is old.",
            "Larkspur Commons said it would change its Larkspur Commons licences.",
        ],
        {
            0: [("Tessellate Public License", "ORG")],
            1: [("Quill Commons", "ORG"), ("Tessellate Public License", "ORG")],
            2: [("Larkspur Commons", "ORG"), ("Larkspur Commons", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"Tessellate Public License", "Quill Commons"} & names
    assert "Larkspur Commons" in names  # "Larkspur Commons said": the body acts
    reasons = rejected_reasons(resolved)
    assert reasons["Tessellate Public License"] == "names a law or document ('License')"
    assert reasons["Quill Commons"] == (
        "a licence's name: the text writes it before 'licences' and never has it act [TH-LICENCE]"
    )


def test_an_acronym_only_run_used_or_read_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Developers chat on ZRC and most users migrate to QHEL soon.",
            "Many QHEL users read the manual; see the QFAQ for more, or use the ZDM-free build.",
            "The ZDM-free music sells, and Kalder staff talked to KBX on ZRC.",
            "KBX said it would cover the story in a broadcast.",
        ],
        {
            0: [("ZRC", "ORG"), ("QHEL", "ORG")],
            1: [("QHEL", "ORG"), ("QFAQ", "ORG"), ("ZDM", "ORG")],
            2: [("ZDM", "ORG"), ("Kalder", "ORG"), ("KBX", "ORG"), ("ZRC", "ORG")],
            3: [("KBX", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"ZRC", "QHEL", "QFAQ", "ZDM"} & names
    assert "KBX" in names  # "talked to KBX", "KBX said": a body
    reasons = rejected_reasons(resolved)
    assert reasons["ZRC"].endswith("[TH-ACRONYM-USED]")
    assert reasons["ZDM"].endswith("[TH-ACRONYM-MODIFIER]")  # "ZDM-free" only


def test_an_acronym_led_by_a_verb_of_use_but_run_by_someone_stays(content):
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "Jane Orrin ran the KSB for a decade and left the KSB in 2010.",
            "Staff at the KSB were using QXL then.",
        ],
        {
            0: [("Jane Orrin", "PERSON"), ("KSB", "ORG"), ("KSB", "ORG")],
            1: [("KSB", "ORG"), ("QXL", "ORG")],
        },
    )
    names = entity_names(found)
    assert "KSB" in names  # "ran the KSB": a body a person runs
    assert "QXL" not in names


def test_an_acronym_whose_long_form_in_another_article_is_a_document_is_one_too(content):
    base = content.articles[0]
    first = replace(
        base,
        id=base.id + "-a",
        paragraphs=("Marlin Systems released its code under the TPL.",),
        annotations=(),
    )
    second = replace(
        base,
        id=base.id + "-b",
        paragraphs=("The Tessellate Public License is long; Marlin Systems said so.",),
        annotations=(),
    )
    spans_a = {0: [("Marlin Systems", "ORG", None), ("TPL", "ORG", None)]}
    spans_b = {0: [("Tessellate Public License", "ORG", None), ("Marlin Systems", "ORG", None)]}
    briefing = replace(content, articles=(first, second))
    resolved = resolve(briefing, [annotation_for(first, spans_a), annotation_for(second, spans_b)])
    names = {e.name for e in resolved.entities if not e.curated}
    assert "TPL" not in names
    assert "Marlin Systems" in names
    assert rejected_reasons(resolved)["TPL"] == (
        "the initials of 'Tessellate Public License', which names a law or document ('License')"
    )


def test_an_acronym_defined_as_lower_case_words_for_short_is_no_actor():
    assert _lower_case_definitions(
        ["my favourite is the computer role-playing game, or CRPG for short."]
    ) == [("CRPG", "computer role-playing game")]
    assert _lower_case_definitions(["the Kestrel Party, or KP for short"]) == []


def test_an_office_title_cut_from_a_longer_one_is_no_person(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The Chief Technological Officer said the release was late.",
            "Marta Quillon, the firm's Executive Director, said so, and John Major agreed.",
            "The Chief Technology Officer of Plexa said it flew on Marine One.",
        ],
        {
            0: [("Technological Officer", "PERSON")],
            2: [("Technology Officer", "PERSON"), ("Marine One", "ORG")],
            1: [
                ("Marta Quillon", "PERSON"),
                ("Executive Director", "PERSON"),
                ("John Major", "PERSON"),
            ],
        },
    )
    names = entity_names(found)
    assert not {"Technological Officer", "Executive Director", "Technology Officer"} & names
    assert "Marine One" not in names  # a helicopter's call sign
    assert {"Marta Quillon", "John Major"} <= names
    assert rejected_reasons(resolved)["Technological Officer"] == (
        "an office's title ('Technological Officer'), no person's name [NA-OFFICE-CUT]"
    )


def test_a_maker_named_for_its_craft_with_an_article_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The plane, a Veltair 777, crashed on landing; the Veltair was carrying 200 people.",
            "A Korrin A320 landed later.",
            "Korrin said its jets were safe.",
            "A Zephra 25 percent stake was sold.",
        ],
        {
            0: [("Veltair", "ORG"), ("Veltair", "ORG")],
            1: [("Korrin", "ORG")],
            2: [("Korrin", "ORG")],
            3: [("Zephra", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Veltair" not in names
    assert "Korrin" in names  # "Korrin said": the maker, named bare
    assert "[TH-CRAFT-MAKER]" not in rejected_reasons(resolved).get("Zephra", "")  # no model
    assert rejected_reasons(resolved)["Veltair"].endswith("[TH-CRAFT-MAKER]")


def test_an_acronym_that_acts_does_not_follow_a_long_form_of_another_article(content):
    base = content.articles[0]
    first = replace(
        base,
        id=base.id + "-a",
        paragraphs=("TPL has a strong tradition of research, Marlin Systems said.",),
        annotations=(),
    )
    second = replace(
        base,
        id=base.id + "-b",
        paragraphs=("The Tessellate Public License is long; Marlin Systems said so.",),
        annotations=(),
    )
    spans_a = {0: [("TPL", "ORG", None), ("Marlin Systems", "ORG", None)]}
    spans_b = {0: [("Tessellate Public License", "ORG", None), ("Marlin Systems", "ORG", None)]}
    briefing = replace(content, articles=(first, second))
    resolved = resolve(briefing, [annotation_for(first, spans_a), annotation_for(second, spans_b)])
    assert "the initials of" not in rejected_reasons(resolved).get("TPL", "")


def test_a_technology_the_text_glosses_as_a_thing_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The image was uploaded to Quillmedia Commons, a media repository, last week.",
            "It runs on the Larch Pi, a single-board computer, last week.",
            "Ferrowin Systems, a computer maker, said so.",
        ],
        {
            0: [("Quillmedia Commons", "ORG")],
            1: [("Larch Pi", "ORG")],
            2: [("Ferrowin Systems", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"Quillmedia Commons", "Larch Pi"} & names
    assert "Ferrowin Systems" in names  # "a computer maker": the noun goes on, a firm
    assert rejected_reasons(resolved)["Larch Pi"] == "a technology: the text says what it is"
