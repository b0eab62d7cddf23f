"""Technology news: software, protocols and formats the NER reads as organisations (actors74,
issue 8). Shapes from Free Software Magazine's events reviews (benchmarks/pools/actors74); the
names here are invented. Each rule with the names it must keep."""

from __future__ import annotations

from conftest import entity_names, rejected_reasons
from test_resolve_briefing import resolve_text

from generator.resolve.things import _versions


def test_an_acronym_cut_before_a_slash_and_a_word_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Influential members of the GNU/Linux community backed Kestrel Systems.",
            "Kestrel Systems said GNU/Linux users would gain, and the US/UK talks went on.",
        ],
        {
            0: [("GNU", "ORG"), ("Kestrel Systems", "ORG")],
            1: [("Kestrel Systems", "ORG"), ("GNU", "ORG"), ("US", "GPE")],
        },
    )
    names = entity_names(found)
    assert "GNU" not in names
    assert {"Kestrel Systems", "United States"} <= names  # a state after the slash stays
    assert rejected_reasons(resolved)["GNU"] == (
        "cut from a compound name ('GNU/…'), never written alone [NA-CUT-SLASH]"
    )


def test_software_listed_after_applications_including_and_a_colon_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The library is used in many applications including: Pinewood Communicator,"
            " Larch Anti-Virus and others.",
            "Tarnfield Software said the library would stay free.",
        ],
        {
            0: [("Pinewood Communicator", "ORG"), ("Larch Anti-Virus", "ORG")],
            1: [("Tarnfield Software", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"Pinewood Communicator", "Larch Anti-Virus"} & names
    assert "Tarnfield Software" in names
    assert "[NA-LISTED-WORK]" in rejected_reasons(resolved)["Larch Anti-Virus"]


def test_a_name_written_with_a_version_number_and_never_acting_is_a_product(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "An event that interested me was the release of tarnWidgets 2.6.3 this month.",
            "TarnWidgets stands out from other toolkits in two ways.",
            "Many programs now use TarnWidgets.",
            "Quillbrowser 9.5 is out this week.",
            "Quillbrowser said more would follow.",
        ],
        {
            1: [("TarnWidgets", "ORG")],
            2: [("TarnWidgets", "ORG")],
            3: [("Quillbrowser", "ORG")],
            4: [("Quillbrowser", "ORG")],
        },
    )
    names = entity_names(found)
    assert "TarnWidgets" not in names  # "tarnWidgets 2.6.3", in any case
    assert "Quillbrowser" in names  # "Quillbrowser said": the maker, an actor
    assert rejected_reasons(resolved)["TarnWidgets"] == (
        "a product: the text writes it with a version number, never acting [TH-VERSION]"
    )


def test_a_version_is_dotted_and_no_amount():
    assert _versions(["CUPS version 1.2.0 and SUSE 10.1 and Linux 2.6.16."]) == {
        "cups",
        "suse",
        "linux",
    }
    assert not _versions(["Kestrel 2.5 percent, Sony 3.5 billion, the Dow 1.2%."])
    assert not _versions(["Fedora Core 5 and Resolution 1244 of 2."])


def test_a_name_before_a_protocol_or_formats_and_never_acting_is_a_thing(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Files moved over the Tarnlink protocol, and the Quill formats were patented.",
            "Norvale Networks asserted rights over the Quill formats.",
            "Clients of the Tarnlink protocol grew, Norvale Networks said.",
        ],
        {
            0: [("Tarnlink", "ORG"), ("Quill", "ORG")],
            1: [("Norvale Networks", "ORG"), ("Quill", "ORG")],
            2: [("Tarnlink", "ORG"), ("Norvale Networks", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Tarnlink" not in names
    assert {"Norvale Networks", "Quill"} <= names  # one plain word before a plural: a maker's
    assert "[TH-GOODS]" in rejected_reasons(resolved)["Tarnlink"]


def test_acronyms_of_formats_protocols_and_property_are_no_actors(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The PBX project ships an entire PBX system; JPEG files and IP grabbing followed.",
            "Kestrel Systems said the PBX market would grow.",
        ],
        {
            0: [("PBX", "ORG"), ("PBX", "ORG"), ("JPEG", "ORG"), ("IP", "ORG")],
            1: [("Kestrel Systems", "ORG"), ("PBX", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"PBX", "JPEG", "IP"} & names
    assert "Kestrel Systems" in names
    assert "[TH-JARGON]" in rejected_reasons(resolved)["PBX"]


def test_a_name_quoted_after_a_is_an_item(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "To get it to work you needed to purchase a “Tarn Kit” from Kestrel Systems.",
            "The firm hired a “Big Four” auditor, and Kestrel Systems said it was pleased.",
            "Kestrel Systems later sold the Tarn Kit to Ann Dale.",
        ],
        {
            0: [("Tarn Kit", "PERSON"), ("Kestrel Systems", "ORG")],
            1: [("Big Four", "ORG"), ("Kestrel Systems", "ORG")],
            2: [("Kestrel Systems", "ORG"), ("Ann Dale", "PERSON")],
        },
    )
    names = entity_names(found)
    assert "Tarn Kit" not in names  # every mention quoted after "a"
    assert {"Kestrel Systems", "Ann Dale"} <= names
    assert rejected_reasons(resolved)["Tarn Kit"] == (
        "an item's name: the text quotes it after 'a' ('a “…”') [TH-QUOTED-ITEM]"
    )
