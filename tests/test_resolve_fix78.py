"""fix78: an office of several words before its holder's name ("Minister of Foreign Affairs
Javad Zarif", "Minister for Trade and Industry Patricia Hewitt", "Chairman of the Joint Chiefs
of Staff Mark Milley"): the office's object is no part of the holder's name, and bodies' and
places' names after "of" keep their words."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.resolve.names import not_an_actor, open_office_at, strip_titles


def _names(found):
    return {e.name for e in found.values()}


def test_an_office_of_several_words_is_cut_whole_from_a_span():
    assert strip_titles("Minister of Foreign Affairs Javad Zarif") == "Javad Zarif"
    assert strip_titles("Minister for Trade and Industry Patricia Hewitt") == "Patricia Hewitt"
    assert strip_titles("Chairman of the Joint Chiefs of Staff Mark Milley") == "Mark Milley"
    assert strip_titles("Secretary of State for Northern Ireland Paul Murphy") == "Paul Murphy"
    assert strip_titles("Secretary of Justice Wanda Vázquez Garced") == "Wanda Vázquez Garced"
    assert strip_titles("Speaker of the House Nancy Pelosi") == "Nancy Pelosi"
    assert strip_titles("Director-General of the WHO Tedros Adhanom") == "Tedros Adhanom"
    assert strip_titles("Ambassador to the United Nations Nikki Haley") == "Nikki Haley"
    # as fix77 left them
    assert strip_titles("Chancellor of the Exchequer Gordon Brown") == "Gordon Brown"
    assert strip_titles("Secretary of State Condoleezza Rice") == "Condoleezza Rice"


def test_bodies_and_places_after_of_keep_their_words():
    assert strip_titles("Bank of England") == "Bank of England"
    assert strip_titles("Duke of York") == "Duke of York"
    # as before (the title rules; a body's span is no person's, whose words these rules cut)
    assert strip_titles("Ministry of Foreign Affairs") == "of Foreign Affairs"
    assert strip_titles("Parliament of New South Wales") == "of New South Wales"
    assert strip_titles("President of Imperial College London") == "of Imperial College London"
    assert strip_titles("Governor of Tyumen Oblast") == "of Tyumen Oblast"
    assert strip_titles("President of the United States") == "of the United States"
    assert strip_titles("Secretary of State") == "of State"


def test_an_office_still_open_before_a_span():
    """The text before a name ends inside an office of several words ("Minister for Trade
    and |Industry ...|"): where its head word opens it; not after a person's name ("Prime
    Minister Boris Johnson and |Carrie Symonds|") nor after a lower-case noun ("the son of")."""
    assert open_office_at("proposals by the Minister for Trade and ") is not None
    assert open_office_at("Chairman of the Joint Chiefs of ") == 0
    assert open_office_at("He said Director-General of the ") == 8
    assert open_office_at("Prime Minister Boris Johnson and ") is None
    assert open_office_at("the son of ") is None
    assert open_office_at("Secretary of State Mike Pompeo, and ") is None
    assert open_office_at("Minister of Finance ") is None  # no link last: the object is whole


def test_a_name_after_an_office_of_several_words_gets_no_word_of_it(content):
    """BBC politics 001's "Trade and Industry Secretary Patricia Hewitt" written as "the
    Minister for Trade and Industry Patricia Hewitt", "Chairman of the Joint Chiefs of Staff
    Mark Milley", the NER reading the person alone: the word before the name ends the office,
    no given name (``_given_names_cut_in``)."""
    found, _, _ = resolve_text(
        content,
        [
            "Maternity pay is to rise under proposals announced by the Minister for Trade and"
            " Industry Patricia Hewitt.",
            "Chairman of the Joint Chiefs of Staff Mark Milley told Congress it was a failure.",
            "Ms Hewitt and Mr Milley spoke. Her aunt, Gertrude Vanderbilt Whitney, was there.",
        ],
        {
            0: [("the Minister for Trade and Industry", "ORG"), ("Patricia Hewitt", "PERSON")],
            1: [
                ("the Joint Chiefs of Staff", "ORG"),
                ("Mark Milley", "PERSON"),
                ("Congress", "ORG"),
            ],
            2: [("Hewitt", "PERSON"), ("Milley", "PERSON"), ("Vanderbilt Whitney", "PERSON")],
        },
    )
    names = _names(found)
    assert {"Patricia Hewitt", "Mark Milley", "Joint Chiefs of Staff"} <= names
    assert not {"Industry Patricia Hewitt", "Staff Mark Milley"} & names
    assert "Minister for Trade and Industry" not in names  # an office, no body
    assert "Gertrude Vanderbilt Whitney" in names  # a given name after a comma: as before


def test_an_office_for_a_portfolio_is_no_actor():
    assert not_an_actor("Minister for Trade and Industry") is not None
    assert not_an_actor("Secretary of State") is not None
    # must not change: bodies
    for body in ("Ministry for Foreign Affairs", "Commission for Africa", "Bank of England"):
        assert not_an_actor(body) is None, body


def test_a_body_glued_before_a_holder_after_his_office(content):
    """ "Director-General of the WHO Tedros Adhanom said", read as one organisation "the WHO
    Tedros Adhanom": after an office and "of", the body is the office's object and the person
    its holder, whom the text names again ("Tedros"). A body after an office keeps its name
    ("Chairman of the |Federal Reserve Board|")."""
    found, _, _ = resolve_text(
        content,
        [
            "Director-General of the WHO Tedros Adhanom said the outbreak was an emergency.",
            "Tedros spoke in Geneva. The Parliament of New South Wales passed the bill.",
            "The Ministry of Foreign Affairs and the Bank of England said nothing.",
            "Chairman of the Federal Reserve Board said rates would rise.",
        ],
        {
            0: [("the WHO Tedros Adhanom", "ORG")],
            1: [  # the NER reads no "Tedros" here
                ("Geneva", "GPE"),
                ("Parliament of New South Wales", "ORG"),
            ],
            2: [("The Ministry of Foreign Affairs", "ORG"), ("the Bank of England", "ORG")],
            3: [("the Federal Reserve Board", "ORG")],
        },
    )
    names = _names(found)
    assert "Tedros Adhanom" in names
    assert not {"WHO Tedros Adhanom", "Adhanom"} & names
    assert {e.type for e in found.values() if e.name == "Tedros Adhanom"} == {"person"}
    assert {
        "Parliament of New South Wales",
        "Ministry of Foreign Affairs",
        "Bank of England",
        "Federal Reserve Board",
    } <= names
