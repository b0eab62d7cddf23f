"""The small wrongs left by the last reviews (issues 7 and 8, branch review49), one test each
of the shape real news takes."""

from __future__ import annotations

import pytest
from test_extract_events79 import _name, _proposal


@pytest.mark.parametrize("trigger", ["recognising", "recognizing", "recognised", "recognizes"])
def test_a_recognition_told_in_any_form_is_no_statement_by_the_recognised(trigger):
    # "Montenegro angered Belgrade after recognising Kosovo": the recogniser is "the country"
    # or unresolved, so only Kosovo is left, and it recognised no one
    actors = {"kosovo": ("Kosovo", "state")}
    recognised = _proposal("statement", (), ("kosovo",), trigger=trigger)
    assert _name([recognised], actors) == "Recognition of Kosovo"
    # a statement by someone is still one
    said = _proposal("statement", (), ("kosovo",), trigger="said")
    assert _name([said], actors) == "Statement by Kosovo"
