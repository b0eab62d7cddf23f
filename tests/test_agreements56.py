"""agreements56: shapes a fresh pool of news excerpts missed or got wrong (issue 7): sales of
named goods to a state, approved or told by a future verb; a memorandum still to be signed;
"Memorandum of Understanding" written in capitals, which names no one agreement."""

from __future__ import annotations

from generator.extract.merge import Proposal, cluster
from tests.test_extract import _agreements

ACTORS = {
    "US State Department": "us-state-department",
    "U.S. State Department": "us-state-department",
    "Israel": "israel",
    "Sikorsky": "sikorsky",
    "Lithuania": "lithuania",
    "Australia": "australia",
    "Brazil": "brazil",
    "Venezuela": "venezuela",
    "Russia": "russia",
    "Iran": "iran",
    "China": "china",
    "Syria": "syria",
    "Saudi Arabia": "saudi-arabia",
    "OVL": "ovl",
    "Petrovietnam": "petrovietnam",
    "Government of India": "india",
    "India": "india",
    "Sri Lanka": "sri-lanka",
    "Department of Natural Resources of Canada": "nrcan",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements(nlp, paragraphs, ACTORS)


def test_a_sale_of_helicopters_approved_is_a_proposed_deal_of_seller_and_buyer(nlp):
    """The pool's Israel row (main: nothing): "it" of the reported clause is the department
    that said so; only approved, the sale is proposed, at its price."""
    text = (
        "The US State Department said on Friday that it had approved the possibility of "
        "selling 18 CH-53K heavy lift helicopters to Israel in a transaction worth up to "
        "$3.4 billion."
    )
    (found,) = _found(nlp, [text])
    assert set(found.agents) == {"us-state-department", "israel"}
    assert found.status == "proposed"
    assert found.value is not None and "3.4 billion" in found.value


def test_approval_to_sell_goods_to_a_government_names_its_state(nlp):
    """The pool's Lithuania row: the seller is who received the approval, the buyer the state
    of "the government of Lithuania"; "a potential $380 million deal" is no deal made."""
    text = (
        "Sikorsky has received approval from the U.S. State Department to sell six of its "
        "UH-60M Black Hawk helicopters and related equipment to the government of Lithuania "
        "in a potential $380 million deal."
    )
    (found,) = _found(nlp, [text])
    assert set(found.agents) == {"sikorsky", "lithuania"}
    assert found.status == "proposed"


def test_a_potential_sale_named_by_its_noun_is_the_approvers_and_the_buyers(nlp):
    """The pool's Australia row: "approved the potential sale of … to Australia for … $1.95
    billion"; the sale of goods is priced, so a deal put forward."""
    text = (
        "The U.S. State Department has approved the potential sale of military helicopters "
        "and related equipment to Australia for an estimated cost of $1.95 billion, the "
        "Pentagon said on Thursday."
    )
    (found,) = _found(nlp, [text])
    assert set(found.agents) == {"us-state-department", "australia"}
    assert found.status == "proposed"


def test_goods_counted_after_the_buyer_are_sold_to_that_state(nlp):
    """The read blind42's shape: "will sell to Venezuela 26 attack airplanes", the count after
    the buyer (the parse hangs it on the buyer's name)."""
    text = "Brazil will sell to Venezuela 26 attack airplanes, the government said."
    (found,) = _found(nlp, [text])
    assert set(found.agents) == {"brazil", "venezuela"}


def test_goods_in_general_or_a_commodity_measured_are_no_sale_agreement(nlp):
    """Guards: no count, model or price ("sold weapons to Syria", "the sale of weapons to
    Saudi Arabia"), and a commodity measured ("2 million barrels of oil"): trade, no deal."""
    texts = [
        "Russia sold weapons to Syria.",
        "He opposed the sale of weapons to Saudi Arabia.",
        "Iran sold 2 million barrels of oil to China last month.",
    ]
    for text in texts:
        assert _found(nlp, [text]) == [], text


def test_a_memorandum_that_will_be_signed_is_none_yet(nlp):
    """The pool's Indian Express row (main: a memorandum of OVL, signed): the subject of a
    future passive of signing is still to be made, whatever its determiner; the same
    memorandum "was signed" is one."""
    assert (
        _found(nlp, ["The MoU for oil exploration will be signed between OVL and Petrovietnam."])
        == []
    )
    (found,) = _found(nlp, ["The MoU for oil exploration was signed between OVL and Petrovietnam."])
    assert set(found.agents) == {"ovl", "petrovietnam"}


def test_memorandum_of_understanding_in_capitals_is_no_name(nlp):
    """The pool's row of three MoUs (main: the first two one page, and with another article's
    MoU, all "named" "Memorandum of Understanding (MoU"): the kind's title in capitals names
    none, so memoranda with other sides stay apart."""
    paragraphs = [
        "The Government of India has signed a Memorandum of Understanding (MoU) with the "
        "Department of Natural Resources of Canada concerning cooperation in science.",
        "The government of India has signed a Memorandum of Understanding (MoU) with Sri Lanka "
        "for promoting cooperation in the field of Information Technology.",
    ]
    found = _found(nlp, paragraphs)
    assert [p.name for p in found] == [None, None]
    assert sorted(sorted(p.agents) for g in cluster(found) for p in g[:1]) == [
        ["india", "nrcan"],
        ["india", "sri-lanka"],
    ]
