"""Agreements: treaties, deals, contracts, memoranda, letters of intent, ceasefires.

``match_agreements`` (annotate stage, cached) finds each agreement noun outside quotations
and what its clause says: the governing verb and the status it gives ("signed" -> signed,
"withdrew from" -> withdrawn), the parties (the verb's subject, "with" and "between" phrases,
names inside the noun phrase: "Russia-Iran pact"), the value (money in the phrase or the
clause), the subject ("to build four nuclear power plants") and a proper name if it has one.

The package holds one concern per module, lowest first (each imports only from those before):
``clauses`` (the governing verb and what the clause says of it: denied, hypothetical, made),
``companies`` (is a phrase a firm, its buyer), ``known`` (known and short names),
``statuses`` (pledged, sought, hoped, scheduled), ``nouns`` (tests on the agreement noun),
``deals`` (purchases, sales, mergers, loans, leases, settlements, exchanges),
``undertakings`` (commitments not to attack), ``parties`` and
``sides`` (who the parties are in the parse, wars and alliances), ``frame`` (``_frame``),
``verbal`` (``_verbal``, ``_agreed``), ``naming`` (an agreement's own name),
``matching`` (``match_agreements``); then, after resolve, ``owners`` (firms, owners, brokers,
signers), ``resolved_sides`` (the sides a sentence names) and ``propose``
(``propose_agreements``, ``signings``).
"""

from __future__ import annotations

from .matching import match_agreements
from .owners import _whole_name
from .propose import propose_agreements, signings
from .resolved_sides import SAID_BY, SOURCE_AFTER

__all__ = [
    "SAID_BY",
    "SOURCE_AFTER",
    "_whole_name",
    "match_agreements",
    "propose_agreements",
    "signings",
]
