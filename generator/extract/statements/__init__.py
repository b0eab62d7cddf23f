"""Statements: quoted words and who said them.

``match_quotes`` runs in the annotate stage on each paragraph's parse and records, per
quotation, the cue ("said", "told", "according to") and the phrase of its speaker; the
result is cached with the annotation. ``attribute`` runs after resolve and is cheap: it turns
each speaker phrase into an actor, and a pronoun or title ("he said", "the spokesman said"),
a quotation that continues another or one introduced by the paragraph before ("Peskov said:")
into the speaker named just before.

The package holds one concern per module, lowest first (each imports only from those before):
``words`` (shared word sets), ``cues`` (the cue of a quotation), ``speakers`` (its speaker
phrase), ``frames`` (``match_quotes``); then, after resolve, ``found`` (``new_speakers``,
``commentators``), ``sentences`` (readings the passes share), ``issuers`` (who issued a
document), ``reports`` (a report's author), ``earlier`` (the speaker named before), ``named``
(the actor a phrase names) and ``attribution`` (``attribute``).
"""

from __future__ import annotations

from .attribution import attribute
from .found import commentators, new_speakers
from .frames import match_quotes

__all__ = ["attribute", "commentators", "match_quotes", "new_speakers"]
