"""Aid probed on text nobody tuned on (review22): a donated organ, blood or time, state aid
to a firm and help to a market at home (buyers, developers, an airline) are no aid between
actors; gifts to a state or a charity still are."""

from __future__ import annotations

import pytest

from generator.extract import match


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "He donated a kidney to his brother last year.",
        "She donated her time to the campaign.",
        "Fans donated blood at the stadium on Saturday.",
        "The government provided financial assistance to the airline.",
        "Ministers offered state aid to the carmaker MG Rover.",
        "The EU granted state aid to Alstom.",
        "The firm provides technical assistance to software developers.",
        "The government will provide assistance to first-time buyers.",
    ],
)
def test_an_organ_state_aid_or_help_at_home_is_no_aid(nlp, text):
    assert not [f for f in match(nlp(text), 0).events if f.type == "aid"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Britain sent aid to Bangladesh after the floods.", "sent"),
        ("The band donated all royalties to the Red Cross.", "donated"),
        ("The UN provided food aid to Niger.", "provided"),
    ],
)  # fmt: skip
def test_a_gift_to_a_state_or_a_charity_is_still_aid(nlp, text, trigger):
    frames = [f for f in match(nlp(text), 0).events if f.type == "aid"]
    assert trigger in [f.trigger.text for f in frames]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Google offered assistance to advertisers hit by the bug.",
        "The airline offered assistance to passengers stranded by the strike.",
        "The bank offered help to depositors after the collapse.",
    ],
)
def test_help_to_a_firms_clientele_is_no_aid(nlp, text):
    """events62: advertisers, passengers, depositors deal with the firm that helps them."""
    assert not [f for f in match(nlp(text), 0).events if f.type == "aid"]
