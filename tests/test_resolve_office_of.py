"""An office named for the holder it serves, which the NER cut at "of" (the lead, session 45,
from a reader's briefing: a page "UN Office" for "the UN Office of the High Commissioner for
Human Rights"). A state after "of" is the office's state, not its name."""

from __future__ import annotations

import pytest

from generator.model import Span
from generator.resolve.article.extend import _extend_cut_bodies


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "The ministry denounced the report by the UN Office of the High Commissioner for "
            "Human Rights, calling it false.",
            "the UN Office",
            "the UN Office of the High Commissioner for Human Rights",
        ),
        (
            "A report by the Office of the Director of National Intelligence said so.",
            "the Office",
            "the Office of the Director of National Intelligence",
        ),
        ("He wrote to the Foreign Office of the United Kingdom on Monday.", "the Foreign Office",
         "the Foreign Office"),
    ],
)  # fmt: skip
def test_an_office_cut_before_the_holder_it_serves_is_named_whole(text, cut, whole):
    at = text.index(cut)
    spans = [(0, Span(cut, "ORG", at, at + len(cut), None))]
    assert [s.text for _, s in _extend_cut_bodies(spans, (text,))] == [whole]
