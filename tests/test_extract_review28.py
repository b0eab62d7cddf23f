"""review28: events65's orders and court steps read on real news. Goods ordered are a
purchase, not an order given; a court upholding a conviction rules (the conviction is another
day's); what a body decided or voted against was not done; "upheld" is the past of "uphold"."""

from __future__ import annotations

import pytest

from generator.extract import match
from generator.extract.vocabulary import forms


def _types(nlp, text: str, word: str) -> list[str]:
    return [f.type for f in match(nlp(text), 0).events if f.trigger.text == word]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ryanair ordered 75 more Boeing 737 MAX jets to be delivered from 2024.",
        "Emirates ordered 30 Boeing 787 aircraft to replace its ageing fleet.",
        "Qantas has ordered a further 12 aircraft built by Airbus, the company said.",
        "Egypt ordered 24 Rafale jets worth $5.9 billion.",
        "US carrier Delta has ordered a dozen Airbus passenger jets worth a combined $1.1 "
        "billion, the planemaker said on Tuesday.",
        "Toyota ordered parts from suppliers in China to keep production running.",
    ],
)
def test_goods_ordered_are_no_order_given(nlp, text):
    assert _types(nlp, text, "ordered") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Pakistan ordered 3,000 troops to deploy to the border.", "statement"),
        ("Putin ordered the military to begin exercises on Friday.", "statement"),
        ("Trump ordered a delay of $400 million in military aid.", "statement"),
        ("U.S. District Judge Tanya Chutkan ordered the military to let the ACLU see the "
         "detainee.", "ruling"),
    ],
)  # fmt: skip
def test_orders_to_troops_and_acts_stay_orders(nlp, text, type_):
    assert type_ in _types(nlp, text, "ordered")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "An appeals court upheld the ban on Tuesday.",
        "The Supreme Court upheld the conviction of former president Lula da Silva on Wednesday.",
    ],
)
def test_a_court_that_upheld_rules(nlp, text):
    assert _types(nlp, text, "upheld") == ["ruling"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court upheld the conviction of former president Lula da Silva on Wednesday.",
        "Luna Luna appealed his conviction on Wednesday.",
        "The court overturned his conviction on Monday.",
    ],
)
def test_a_conviction_reviewed_is_no_new_conviction(nlp, text):
    assert _types(nlp, text, "conviction") == []


@pytest.mark.slow
def test_a_conviction_named_is_still_one(nlp):
    assert _types(nlp, "The conviction of Smith on Monday shocked the town.", "conviction") == [
        "sentencing"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The cabinet decided against imposing a curfew.", "imposing"),
        ("The Senate voted against sending troops to Syria.", "sending"),
    ],
)
def test_what_was_decided_against_was_not_done(nlp, text, word):
    assert _types(nlp, text, word) == []


def test_upheld_is_a_form_of_uphold():
    assert "upheld" in forms("uphold")
    assert "upholded" not in forms("uphold")
