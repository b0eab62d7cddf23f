"""review38: agreements50's mediator and dateline rules dropped real parties (issue 7).

Each test fails on main at 465a469d: an acronym opening a sentence before a dash read as a
dateline, a signer's own purpose ("to broker peace", "hoping to mediate") read as a
mediator's errand, the leader of its own allies read as a mediator, and a dateline's
subject parsed as the place's apposition lost with the place.
"""

from __future__ import annotations

from tests.test_extract import _agreements

ACTORS = {
    "IBM": "ibm",
    "Red Hat": "red-hat",
    "NATO": "nato",
    "Russia": "russia",
    "Egypt": "egypt",
    "Israel": "israel",
    "Ethiopia": "ethiopia",
    "Eritrea": "eritrea",
    "Turkey": "turkey",
    "Kibaki": "kibaki",
    "Odinga": "odinga",
    "Hamas": "hamas",
}


def _parties(nlp, text: str) -> list[set[str]]:
    return [set(p.agents) for p in _agreements(nlp, [text], ACTORS)]


def test_an_acronym_before_a_dash_is_a_party_not_a_dateline(nlp):
    """A dateline names a place in capitals; "IBM –" and "NATO -" name the signers."""
    found = _parties(nlp, "IBM – the computer maker – signed a deal with Red Hat on Friday.")
    assert found == [{"ibm", "red-hat"}]
    found = _parties(nlp, "NATO - the Western alliance - signed an agreement with Russia.")
    assert found == [{"nato", "russia"}]


def test_a_signer_s_own_purpose_of_brokering_peace_keeps_it_a_party(nlp):
    """Only one sent in to mediate is a mediator; one that signs "to broker peace" or
    "hoping to mediate" signs for itself."""
    found = _parties(nlp, "To broker peace with Israel, Egypt signed a peace treaty in 1979.")
    assert found == [{"egypt"}]
    text = "Hoping to mediate future disputes, Ethiopia signed a peace agreement with Eritrea."
    assert _parties(nlp, text) == [{"ethiopia", "eritrea"}]


def test_one_sent_in_to_mediate_is_still_no_party(nlp):
    """agreements50's mediator, kept: "Sent to mediate, Egypt signed a ceasefire"."""
    text = "Sent to mediate, Egypt signed a ceasefire with Hamas on Monday."
    assert _parties(nlp, text) == [{"hamas"}]


def test_the_leader_of_its_own_allies_is_a_party_with_them(nlp):
    """ "Turkey led its NATO allies to a deal": the allies are its peers; Turkey is no
    mediator but one of the sides."""
    text = "Turkey led its NATO allies to a deal on defence spending on Thursday."
    assert _parties(nlp, text) == [{"turkey", "nato"}]


def test_a_subject_parsed_as_the_dateline_s_apposition_is_kept(nlp):
    """ "NAIROBI – Kenya's rivals Kibaki and Odinga signed …": the parse makes the place the
    subject and the rivals its apposition; the place goes, the rivals stay."""
    text = "NAIROBI – Kenya's rivals Kibaki and Odinga signed a power-sharing agreement."
    found = _parties(nlp, text)
    assert len(found) == 1 and {"kibaki", "odinga"} <= found[0]
