"""agreements50: a mediator is no party; the sides a mediator brought together are (issue 7)."""

from __future__ import annotations

from generator.extract.merge import Proposal
from tests.test_extract import _agreements

ACTORS = {
    "Kofi Annan": "annan",
    "Mwai Kibaki": "kibaki",
    "Raila Odinga": "odinga",
    "Egypt": "egypt",
    "Israel": "israel",
    "Hamas": "hamas",
    "Robert Mugabe": "mugabe",
    "Morgan Tsvangirai": "tsvangirai",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements(nlp, paragraphs, ACTORS)


def _parties(nlp, paragraphs: list[str]) -> list[set[str]]:
    return [set(p.agents) for p in _found(nlp, paragraphs)]


def test_the_sides_a_mediator_led_to_an_agreement_are_its_parties(nlp):
    """ "Flown in to mediate the crisis, Annan led the two sides to a power-sharing agreement
    that made Kibaki president and his rival Odinga prime minister": Annan mediated; the
    parties are the two the agreement's clause gives offices to (main: Annan alone)."""
    text = (
        "Flown in to mediate the crisis, Kofi Annan led the two sides to a power-sharing "
        "agreement that made Mwai Kibaki president and his rival Raila Odinga prime minister."
    )
    assert _parties(nlp, [text]) == [{"kibaki", "odinga"}]


def test_the_two_sides_led_to_an_agreement_are_the_rivals_named_before(nlp):
    """ "The two sides" a mediator led to a deal stand for the rivals of the sentence before;
    the mediator, subject of "led", is none of them (main: Annan alone)."""
    paragraphs = [
        "Mwai Kibaki and Raila Odinga disputed the December election. Kofi Annan led the two "
        "sides to a power-sharing agreement on Thursday."
    ]
    assert _parties(nlp, paragraphs) == [{"kibaki", "odinga"}]


def test_sides_named_as_objects_of_leading_are_the_parties(nlp):
    """ "Egypt brought Israel and Hamas to a ceasefire": those brought are its sides."""
    found = _parties(nlp, ["Egypt brought Israel and Hamas to a ceasefire on Monday."])
    assert found == [{"israel", "hamas"}]


def test_a_mediator_with_no_sides_named_makes_no_proposal(nlp):
    """A subject who came to mediate ("Sent to mediate the crisis, Annan secured a
    power-sharing agreement") is no party; with no side named, nothing is proposed rather
    than an agreement of the mediator's."""
    text = "Sent to mediate the crisis, Kofi Annan secured a power-sharing agreement on Monday."
    assert all("annan" not in p for p in _parties(nlp, [text]))


def test_who_led_the_talks_to_an_agreement_is_no_party(nlp):
    """ "Annan led the talks to a power-sharing agreement": who leads others' talks to a deal
    chairs them, a mediator; with no side named, no proposal (main: Annan's agreement)."""
    text = "Kofi Annan led the talks on Monday to a power-sharing agreement."
    assert all("annan" not in p for p in _parties(nlp, [text]))


def test_guard_the_with_partner_of_a_deal_one_led_a_party_to_stays(nlp):
    """Guard: "led his party to a power-sharing agreement with Tsvangirai" leaves the deal's
    "with" partner a party."""
    text = "Robert Mugabe led his party to a power-sharing agreement with Morgan Tsvangirai."
    assert any("tsvangirai" in p for p in _parties(nlp, [text]))


def test_a_signer_who_came_to_mediate_nothing_stays_a_party(nlp):
    """Guard: no verb of mediating, no leading: "Mugabe and Tsvangirai signed a
    power-sharing agreement" keeps both."""
    text = "Robert Mugabe and Morgan Tsvangirai signed a power-sharing agreement on Monday."
    assert _parties(nlp, [text]) == [{"mugabe", "tsvangirai"}]


def test_witnesses_the_parse_hangs_on_the_agreement_are_no_parties(nlp):
    """ "The agreement was signed in the presence of the Emir of Qatar …, Sudanese President
    Omar Al Bashir and the Chadian President Idris Deby": the parse hangs the witnesses on
    "agreement", so the phrase of its passive subject spanned the sentence and named them all
    (main: Bashir, Deby and Afwerki parties); the broken-off words are no part of it."""
    paragraphs = [
        "A ceasefire agreement between the Sudanese government and the Justice and Equality "
        "Movement was signed late on Tuesday in Doha. The agreement was signed in the presence "
        "of the Emir of Qatar Shaikh Hamad Bin Khalifa Al Thani, Sudanese President Omar Al "
        "Bashir and the Chadian President Idris Deby and President Isaias Afwerki of Eritrea, "
        "among other officials."
    ]
    people = {
        "Justice and Equality Movement": "jem",
        "Sudan": "sudan",
        "Omar Al Bashir": "bashir",
        "Idris Deby": "deby",
        "Isaias Afwerki": "afwerki",
    }
    found = [set(p.agents) for p in _agreements(nlp, paragraphs, people)]
    assert found and all(not ({"bashir", "deby", "afwerki"} & p) for p in found)


def test_a_so_called_agreement_is_named_by_its_proper_name(nlp):
    """ "the so-called Lusaka Agreement" is the Lusaka Agreement (main named its page
    "So-called Lusaka Agreement", apart from the same treaty named plainly); its party is
    only the one the text binds by it (Congo, the violator), never the reporter."""
    people = {"Congo": "congo", "Rwanda": "rwanda"}
    for text in (
        "Rwanda said on Monday that Congo had violated the so-called Lusaka Agreement.",
        "Rwanda said on Monday that Congo had violated the Lusaka Agreement.",
    ):
        found = _agreements(nlp, [text], people)
        assert [(p.name, set(p.agents)) for p in found] == [("Lusaka Agreement", {"congo"})]


def test_matters_agreed_in_a_named_agreement_name_no_party(nlp):
    """ "the matters agreed to in the Doha Agreement" says nobody signed: no proposal rather
    than one of the speaker's."""
    text = "Sudan said on Monday the matters agreed to in the Doha Agreement would be implemented."
    assert _agreements(nlp, [text], {"Sudan": "sudan"}) == []


def test_agreeing_to_share_power_with_a_named_rival_is_their_agreement(nlp):
    """ "Mugabe agreed to share power with Tsvangirai": a power-sharing agreement of both
    (main: none, the "with" hanging on "share"); sharing anything else is none."""
    text = "President Robert Mugabe agreed to share power with Morgan Tsvangirai on Thursday."
    assert _parties(nlp, [text]) == [{"mugabe", "tsvangirai"}]
    assert _parties(nlp, ["Egypt agreed to share data with Israel."]) == []


def test_guard_a_possessive_inside_a_treaty_s_name_keeps_it_whole(nlp):
    """Guard: "the People's Trade Treaty" is not cut to "Trade Treaty" by the so-called
    rule (the possessive is part of the name; an earlier draft cut it)."""
    people = {"Bolivia": "bolivia", "Cuba": "cuba"}
    found = _agreements(nlp, ["Bolivia and Cuba signed the People's Trade Treaty."], people)
    assert found and all(p.name != "Trade Treaty" for p in found)


def test_a_dateline_s_place_is_no_party(nlp):
    """ "DOHA, Feb 11 – The Sudanese government signed a ceasefire agreement with … JEM": the
    parse makes the dateline's "DOHA" the subject (main: Qatar a party, through its capital,
    and Sudan none); the place is where the story was written, the government signed."""
    people = {"DOHA": "qatar", "Sudan": "sudan", "Justice and Equality Movement": "jem"}
    text = (
        "DOHA, Feb 11 – The Sudanese government signed a ceasefire agreement with a faction of "
        "the Justice and Equality Movement (JEM), state news agency QNA reported."
    )
    found = _agreements(nlp, [text], people)
    assert [set(p.agents) for p in found] == [{"sudan", "jem"}]
