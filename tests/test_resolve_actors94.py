"""actors94 (issue 8): on fresh politics news from Europe, the Middle East, East Asia and the
Pacific, a forum of states lost as an event, an acronym split from its name by padded
brackets, a common noun's acronym made an organisation, and a style of address or a possessive
glued to a name — "among |Pacific Islands Forum| countries", "National Economy and Industry
Committee ( |KEIN| )", "a memorandum of understanding (|MoU|)", "the |Honourable Sitiveni
Rabuka|", "|Her Christian Democratic Union| (CDU) won" (pool: benchmarks/pools/actors94)."""

from __future__ import annotations

from test_resolve_actors86 import _pages, _rejected

from generator.resolve.bodies import forums_with_members
from generator.resolve.merge import acronym_definitions
from generator.resolve.names import clean_name, not_an_actor, strip_titles
from generator.resolve.nonactors import _lower_case_definitions


def test_a_forum_written_with_its_member_countries_is_a_body(content):
    texts = [
        "Prime Minister John Key believes there is still consensus among Pacific Islands Forum"
        " countries that the suspension of Fiji should continue.",
        "Fiji's military leader Frank Bainimarama skipped the Pacific Islands Forum again.",
    ]
    ner = {
        0: [("John Key", "PERSON"), ("Pacific Islands Forum", "ORG"), ("Fiji", "GPE")],
        1: [("Fiji", "GPE"), ("Frank Bainimarama", "PERSON"), ("Pacific Islands Forum", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Pacific Islands Forum") == "organisation"


def test_a_forum_held_as_a_meeting_stays_an_event(content):
    texts = [
        "Thirty-one companies signed agreements at the Indonesia-China Business Forum in"
        " Beijing, SOEs Minister Erick Thohir said.",
        "The Business Forum runs from Oct. 16 to 18, Erick Thohir said.",
    ]
    ner = {
        0: [("the Indonesia-China Business Forum", "ORG"), ("Erick Thohir", "PERSON")],
        1: [("Erick Thohir", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "Indonesia-China Business Forum" not in pages


def test_member_words_before_and_after_a_forum():
    forum = ["Pacific Islands Forum"]
    assert forums_with_members(forum, ["Fiji was suspended from the Pacific Islands Forum."])
    assert forums_with_members(forum, ["The Pacific Islands Forum secretariat said so."])
    assert forums_with_members(forum, ["Kiribati will rejoin the Pacific Islands Forum."])
    assert not forums_with_members(forum, ["The 42nd Pacific Islands Forum opens today."])
    assert not forums_with_members(forum, ["He spoke at the Pacific Islands Forum."])


def test_an_acronym_padded_inside_its_brackets_is_defined():
    texts = ["National Economy and Industry Committee ( KEIN ) chairman Sutrisno Bachir came."]
    names = ["National Economy and Industry Committee", "KEIN"]
    assert acronym_definitions(texts, names) == {"KEIN": "National Economy and Industry Committee"}


def test_a_padded_acronym_and_its_name_are_one_page(content):
    texts = [
        "He was accompanied by National Economy and Industry Committee ( KEIN ) chairman"
        " Sutrisno Bachir.",
        "KEIN said the talks went well, Sutrisno Bachir added.",
    ]
    ner = {
        0: [("National Economy and Industry Committee", "ORG"), ("KEIN", "ORG")],
        1: [("KEIN", "ORG"), ("Sutrisno Bachir", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "KEIN" not in pages
    assert pages.get("National Economy and Industry Committee") == "organisation"


def test_a_mixed_case_acronym_of_lower_case_words_abbreviates_a_thing():
    text = "It was marked with the signing of a memorandum of understanding (MoU) in Bogor."
    assert _lower_case_definitions([text]) == [("MoU", "memorandum of understanding")]
    assert _lower_case_definitions(["Exports of liquefied natural gas ( LNG ) rose."]) == [
        ("LNG", "liquefied natural gas")
    ]
    assert _lower_case_definitions(["He met the ruling party (ANC) on Monday."]) == []


def test_a_memorandum_of_understandings_acronym_gets_no_page(content):
    texts = [
        "Commitment was marked with the signing of a memorandum of understanding (MoU) by"
        " Minister Paik Un-gyu.",
        "The MoU was on industry, investment and transfer of technology, Paik Un-gyu said.",
    ]
    ner = {
        0: [("MoU", "ORG"), ("Paik Un-gyu", "PERSON")],
        1: [("MoU", "ORG"), ("Paik Un-gyu", "PERSON")],
    }
    pages, resolved = _pages(content, texts, ner)
    assert "MoU" not in pages
    assert "lower case" in _rejected(resolved, "MoU")


def test_the_honourable_is_no_part_of_a_name(content):
    assert strip_titles("Honourable Sitiveni Rabuka") == "Sitiveni Rabuka"
    texts = [
        "Prime Minister Albanese agreed with Fiji's Prime Minister the Honourable Sitiveni"
        " Rabuka to negotiate a new security treaty.",
        "Sitiveni Rabuka welcomed the talks.",
    ]
    ner = {
        0: [("Albanese", "PERSON"), ("Fiji", "GPE"), ("Honourable Sitiveni Rabuka", "PERSON")],
        1: [("Sitiveni Rabuka", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "Honourable Sitiveni Rabuka" not in pages
    assert pages.get("Sitiveni Rabuka") == "person"


def test_a_possessive_opening_a_sentence_is_no_part_of_a_bodys_name():
    assert clean_name("Her Christian Democratic Union") == "Christian Democratic Union"
    assert clean_name("Their Liberal Democratic Party") == "Liberal Democratic Party"
    assert clean_name("His Majesty's Government") == "His Majesty's Government"
    assert clean_name("Her Royal Highness") == "Her Royal Highness"
    assert clean_name("Her Majesty") == "Her Majesty"  # two words: left to the title rules


def test_a_states_possessive_before_a_firms_registered_name_is_no_part_of_it():
    assert (
        clean_name("China’s Contemporary Amperex Technology Co. Limited")
        == "Contemporary Amperex Technology Co. Limited"
    )
    assert clean_name("China's Foreign Ministry") == "China's Foreign Ministry"  # bodies' rules
    assert clean_name("McDonald's Holdings Co. Ltd") == "McDonald's Holdings Co. Ltd"


def test_a_quoted_nickname_inside_a_persons_name_is_left_out():
    assert clean_name("Joko “Jokowi” Widodo") == "Joko Widodo"
    assert clean_name('Rodrigo "Rody" Duterte') == "Rodrigo Duterte"
    assert clean_name('the "Iron Lady"') == "Iron Lady"


def test_a_named_affair_or_scandal_is_an_event():
    assert "event" in (not_an_actor("Talansky Affair") or "")
    assert "event" in (not_an_actor("Holyland Scandal") or "")
    assert not_an_actor("Ministry of Foreign Affairs") is None


def test_a_court_named_by_its_seat_and_level_is_a_body_though_read_as_a_place(content):
    texts = [
        "The trial of Benjamin Netanyahu at the Jerusalem District Court resumed on Monday.",
        "The trial began in 2020 at the Jerusalem District Court, Benjamin Netanyahu said.",
    ]
    ner = {
        0: [("Benjamin Netanyahu", "PERSON"), ("the Jerusalem District Court", "FAC")],
        1: [("the Jerusalem District Court", "FAC"), ("Benjamin Netanyahu", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Jerusalem District Court") == "organisation"


def test_a_place_named_court_without_a_level_stays_a_place(content):
    texts = [
        "Protesters gathered at Earls Court on Monday, Jane Smith said.",
        "Police cleared Earls Court by night, Jane Smith said.",
    ]
    ner = {
        0: [("Earls Court", "FAC"), ("Jane Smith", "PERSON")],
        1: [("Earls Court", "FAC"), ("Jane Smith", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "Earls Court" not in pages


def test_leaders_or_officials_end_no_bodys_name():
    assert "office-holders" in (not_an_actor("Pacific Leaders") or "")
    assert "office-holders" in (not_an_actor("Forum Leaders") or "")
    assert not_an_actor("Council of Religious Leaders") is None  # a body of them


def test_a_states_district_court_read_as_a_place_stays_out(content):
    texts = [
        "The states sued in U.S. District Court in San Francisco, Xavier Becerra said.",
        "Xavier Becerra said the U.S. District Court would hear it.",
    ]
    ner = {
        0: [("U.S. District Court", "FAC"), ("San Francisco", "GPE"), ("Xavier Becerra", "PERSON")],
        1: [("Xavier Becerra", "PERSON"), ("the U.S. District Court", "FAC")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "U.S. District Court" not in pages
