"""Events: who did what to whom, where and when, from verbs and nouns of the vocabulary.

``match_events`` (annotate stage, cached) finds each event word outside quotations and the
phrases filling its roles: the subject acts ("Germany banned Mahan Air"), the object and
"with", "on", "against" phrases are acted on or met, "in"/"at" a place puts it somewhere. A
negated or hypothetical verb ("did not meet", "could strike") is no event.

The package holds one concern per module, lowest first (each imports only from those before):
``tokens`` (tests on a token shared by every kind), ``clauses`` (negated, hypothetical, denied),
``antecedents`` (who a pronoun is), ``phrases`` (a role's phrase, its place, a frame),
``settings`` (when and amid what), the shapes of one kind of act each (``speech``, ``courts``,
``offices``, ``tolls``, ``acts``, ``force``, ``measures``: a state's sanctions in all but the
word), ``cues`` (words that are events in a context only),
``verbal`` and ``nominal`` (frames from a verb, from a noun), ``patterns`` (CAMEO patterns),
``general`` (a named actor's act no word list names), ``matching`` (``match_events``); then,
after resolve, ``naming``, ``counts``, ``folding`` and ``propose`` (``propose_events``,
``statement_events``, ``fold_interviews``, ``unnamed_acts``), ``carried`` (``carry_days``: the
day a narrative carries to the next sentence), ``occasions``
(``with_occasions``: the audience or setting of each statement, one event per occasion).
"""

from __future__ import annotations

from .carried import carry_days
from .counts import TELLING
from .matching import match_events
from .naming import YEAR_BEFORE, _adjectival, _law
from .occasions import with_occasions
from .propose import fold_interviews, propose_events, statement_events, unnamed_acts

__all__ = [
    "TELLING",
    "YEAR_BEFORE",
    "_adjectival",
    "_law",
    "carry_days",
    "fold_interviews",
    "match_events",
    "propose_events",
    "statement_events",
    "unnamed_acts",
    "with_occasions",
]
