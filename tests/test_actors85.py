"""Technology news: operating systems and machines named as products, a vendor's name cut
before its product's word, a website uploaded to (actors85, issue 8). Shapes from Free
Software Magazine's newsletters (benchmarks/pools/actors85) and the brief; the names here are
invented. Each rule with the names it must keep."""

from __future__ import annotations

from conftest import entity_names, rejected_reasons
from test_resolve_briefing import resolve_text

from generator.resolve.names import not_an_actor


def test_a_name_ending_in_an_operating_system_or_machine_is_a_product():
    assert not_an_actor("Quokka Linux") == "names a technology product ('Linux')"
    assert not_an_actor("Enterprise Linux") == "names a technology product ('Linux')"
    assert not_an_actor("Zorble OS") == "names a technology product ('OS')"
    assert not_an_actor("Large Hadron Collider") == "names a technology product ('Collider')"
    assert not_an_actor("Linux") == "names a technology product ('Linux')"
    # a body named for the product ends in its body's noun
    assert not_an_actor("Linux Foundation") is None
    assert not_an_actor("Quokka Linux Users Group") is None


def test_a_sentence_initial_word_glued_to_an_operating_system_is_no_person(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Well Linux is no longer the stronghold of geeks, Quokka Linux users say.",
            "Quokka Linux ships on laptops, and the Quokka Foundation said sales rose.",
        ],
        {
            0: [("Well Linux", "PERSON"), ("Quokka Linux", "ORG")],
            1: [("Quokka Linux", "ORG"), ("Quokka Foundation", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"Well Linux", "Quokka Linux"} & names
    assert "Quokka Foundation" in names
    assert rejected_reasons(resolved)["Well Linux"] == "names a technology product ('Linux')"


def test_a_vendor_name_cut_before_its_operating_system_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Corvid Hat said Corvid Hat Enterprise Linux 9 would be supported until 2032.",
            "Corvid Hat Enterprise Linux 9 runs on servers, Corvid Hat said.",
            "The Plexi Linux Foundation said Plexi would grow.",
        ],
        {
            0: [("Corvid Hat", "ORG"), ("Corvid Hat Enterprise", "ORG"), ("Linux 9", "PERSON")],
            1: [("Corvid Hat Enterprise", "ORG"), ("Linux 9", "PERSON"), ("Corvid Hat", "ORG")],
            2: [("Plexi Linux Foundation", "ORG"), ("Plexi", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Corvid Hat Enterprise" not in names
    assert "Corvid Hat" in names  # the vendor acts, on a page of its own name
    assert rejected_reasons(resolved)["Corvid Hat Enterprise"] == (
        "cut from a product's name ('Corvid Hat Enterprise Linux …'), never written alone"
        " [NA-CUT-PRODUCT]"
    )
    assert "Plexi Linux Foundation" in names  # "… Linux Foundation": a body named for it


def test_a_website_uploaded_to_is_a_medium(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The photos were uploaded to Quill Commons, and the files are free to use.",
            "Volunteers upload their pictures to Quill Commons every day.",
            "Larkspur Archive said it uploaded the scans to its own servers.",
        ],
        {
            0: [("Quill Commons", "ORG")],
            1: [("Quill Commons", "ORG")],
            2: [("Larkspur Archive", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Quill Commons" not in names
    assert "Larkspur Archive" in names  # the one who uploads acts
    assert rejected_reasons(resolved)["Quill Commons"].startswith(
        "a website or app named as the medium of a message"
    )


def test_a_thing_glued_to_its_owner_is_no_actor(content):
    # Each part also written alone: "Quokka", "Burrow", "Plexi", "Zephyr"; "King" and "College"
    # too, but "College" is an institution's word.
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Quokka's Burrow opened on Monday, and Quokka's Burrow drew 300 developers.",
            "Quokka said it was pleased, and Plexi said Plexi's Zephyr browser would ship.",
            "Plexi's Zephyr is fast, Plexi said, and King's College said it would use it.",
            "King said so too, and College staff agreed; Burrow will last four days.",
            "Zephyr is free.",
        ],
        {
            0: [("Quokka's Burrow", "ORG"), ("Quokka's Burrow", "ORG")],
            1: [("Quokka", "ORG"), ("Plexi", "ORG"), ("Plexi's Zephyr", "ORG")],
            2: [("Plexi's Zephyr", "ORG"), ("Plexi", "ORG"), ("King's College", "ORG")],
            3: [("King", "PERSON"), ("College", "ORG"), ("Burrow", "PERSON")],
            4: [("Zephyr", "PRODUCT")],
        },
    )
    names = entity_names(found)
    assert not {"Quokka's Burrow", "Plexi's Zephyr"} & names
    assert "Plexi" in names
    reasons = rejected_reasons(resolved)
    assert "[NA-OWNED]" not in reasons.get("King's College", "")  # a body's word: its own name
    assert reasons["Quokka's Burrow"] == (
        "a thing of 'Quokka' glued to its owner ('Quokka's …'): no actor's own name [NA-OWNED]"
    )


def test_free_software_terms_are_jargon(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The FAQ says the QA process found DRM bugs, and the FOSS community agreed.",
            "See the FAQ; the QA team said rivals were spreading patent FUD.",
        ],
        {
            0: [("FAQ", "ORG"), ("QA", "ORG"), ("DRM", "ORG"), ("FOSS", "ORG")],
            1: [("FAQ", "ORG"), ("QA", "ORG"), ("FUD", "ORG")],
        },
    )
    assert not {"FAQ", "QA", "DRM", "FOSS", "FUD"} & entity_names(found)
    assert rejected_reasons(resolved)["QA"] == (
        "an acronym of a technology, a format or finance jargon, not an actor [TH-JARGON]"
    )


def test_a_product_named_after_its_vendor_leaves_no_page_of_its_last_word(content):
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "Many firms run Corvid Hat Enterprise Linux on their servers. Enterprise Linux is"
            " the company's flagship, and Corvid Hat said sales rose.",
            "Corvid Hat said it would hire.",
        ],
        {
            0: [
                ("Corvid Hat Enterprise Linux", "ORG"),
                ("Enterprise Linux", "PERSON"),
                ("Corvid Hat", "ORG"),
            ],
            1: [("Corvid Hat", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"Linux", "Enterprise Linux", "Corvid Hat Enterprise Linux"} & names
    assert "Corvid Hat" in names


def test_a_project_that_speaks_is_an_organisation(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The Quokka Project announced on Tuesday that Quokka 8 would reach its end of life.",
            "The Zephyr Project built the first bomb, and the Zephyr Project was secret.",
            "Burrow Linux said it has 650 contributors.",
            'Plexi said Plexi Linux would stay free; "it is ready," said the Ferret Project.',
        ],
        {
            0: [("The Quokka Project", "ORG")],
            1: [("The Zephyr Project", "ORG"), ("the Zephyr Project", "ORG")],
            2: [("Burrow Linux", "ORG")],
            3: [("Plexi", "ORG"), ("Plexi Linux", "ORG"), ("the Ferret Project", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Ferret Project" in names  # the speaker after its words
    assert "Plexi Linux" not in names  # what Plexi said something of
    assert "Quokka Project" in names  # GOLD.md: a project acting as an organisation
    assert "Burrow Linux" in names  # a distribution's project that speaks
    assert "Zephyr Project" not in names  # built, was: a project, no speaker
    assert rejected_reasons(resolved)["Zephyr Project"] == "names a product or idea ('Project')"


def test_a_distribution_with_aims_is_its_project(content):
    """A verb of intent has a body for subject: 'Burrow Linux aims to …' is the project
    acting (an organisation by GOLD.md); 'Burrow Linux runs on …' stays a product."""
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "Burrow Linux aims to function as a downstream build of the old system.",
            "Marmot Linux runs on most servers.",
        ],
        {0: [("Burrow Linux", "ORG")], 1: [("Marmot Linux", "ORG")]},
    )
    names = entity_names(found)
    assert "Burrow Linux" in names
    assert "Marmot Linux" not in names
