"""The numbers spelt out that resolve, dates and extraction share (``generator.numerals``)."""

from __future__ import annotations

from generator.numerals import SPELT_NUMBERS


def test_a_spelt_number_is_at_its_place_less_one():
    assert len(set(SPELT_NUMBERS)) == len(SPELT_NUMBERS) == 20
    assert (SPELT_NUMBERS[0], SPELT_NUMBERS[6], SPELT_NUMBERS[19]) == ("one", "seven", "twenty")
