"""Words that several stages read (resolve and extract; extract and evidence), kept outside
their packages: the annotate stage's process imports extraction (to match frames on its parse)
but not resolve, whose import (about 0.13 s of CPU) a rebuild's spaCy process would otherwise
wait for."""

from __future__ import annotations

POSSESSIVES = ("'s", "\u2019s")
"""An owner's ending, a word of its own ("Japan 's") or the end of one ("Spain's"); the
extraction stage's too."""

OPENING_FUNCTION_WORDS = frozenset(
    "neither either nor but and yet both although though whereas unless because".split()
)
"""Conjunctions that open a sentence before a name and that the NER glues to it ("Neither
Rover nor Shanghai Automotive commented", "But B&B - which has ..."; actors48): no word of any
actor's name. Not "Or", a given name ("Or Sasson"), nor "If" or "While", which lead titles
of works more than prose."""


def folded_quote(quote: str) -> str:
    """Quoted words as two reports of one quotation may differ: case, curly or straight
    apostrophes, spacing, the closing punctuation. Extraction joins two articles' statement
    events by it, and the evidence stage lists such a quotation once."""
    text = quote.replace("\u2019", "'").replace("\u2018", "'").casefold()
    return " ".join(text.split()).rstrip(".,;:!?… ")
