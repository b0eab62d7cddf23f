"""review36 (issue 7): agreements49's known NPT took another subject's treaty named after it
("the Fossil Fuel Non-Proliferation Treaty") for the NPT, with its endorsers as parties."""

from __future__ import annotations

from tests.test_extract import _agreements

ACTORS = {"Colombia": "colombia", "North Korea": "north-korea", "Iran": "iran"}


def test_another_subjects_non_proliferation_treaty_is_not_the_npt(nlp):
    found = _agreements(
        nlp, ["Colombia signed the Fossil Fuel Non-Proliferation Treaty on Tuesday."], ACTORS
    )
    assert "Treaty on the Non-Proliferation of Nuclear Weapons" not in [p.name for p in found]


def test_the_npt_by_its_short_name_after_a_possessive_or_a_year_is_still_the_npt(nlp):
    for text in (
        "Iran said it would remain in the 1968 Non-Proliferation Treaty.",
        "North Korea withdrew from the Nuclear Non-Proliferation Treaty in 2003.",
    ):
        found = _agreements(nlp, [text], ACTORS)
        assert [p.name for p in found] == ["Treaty on the Non-Proliferation of Nuclear Weapons"]
