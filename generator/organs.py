"""A state's organs and the nouns after them that make the phrase no organ: one list for every
stage that reads a state named by its organ (fix80).

Resolve reads "Nigerian authorities" as a mention of Nigeria (``_DEMONYM_ORGAN``); extraction
reads a bare "police" later on as the state's whose organ the text named (``tie.STATE_ORGAN``).
Both must agree on what an organ is, or a bare force would be given to a state resolve never
saw ("Two French police officers … police raided": France).
"""

from __future__ import annotations

STATE_ORGANS = (
    "forces", "troops", "soldiers", "police", "military", "army", "navy", "air force",
    "coast guard", "border guards", "officials", "authorities", "government", "diplomats",
    "warships", "warplanes", "jets",
)  # fmt: skip
"""Organs through which a state acts, its adjective before them with or without "the"
("Nigerian authorities raised the toll", "Iranian forces seized a tanker", "Israeli jets
struck"). Not "officers", "police officers" (people who may act for themselves: "two French
police officers were found guilty"), "court" (a court is a body of its own), "firms",
"companies" or "people" (a state's firms and people are not the state)."""

GOVERNMENT_ORGANS = ("administration", "regime", "cabinet")
"""A government's other nouns: an organ after a state's name or adjective ("Mexico's
administration"); resolve reads them only after "the" ("the Iranian regime",
``GOVERNMENT_WORDS``), since without it they lead a name as often ("Iranian regime change")."""

GOVERNMENT_NOUNS = frozenset(("government", "authorities", *GOVERNMENT_ORGANS))
"""A government's nouns, which a state's adjective or name makes the state ("the Samoan
government", "Iraqi authorities"): a government folds into its state (GOLD.md). Resolve adds
"state" (``GOVERNMENT_WORDS``); ``extract.events`` reads them as a parse's head words."""

ORGAN_MODIFIERS = ("security", "armed", "riot", "government", "military", "border", "naval")
"""At most one of these stands between the state's word and its organ ("South Korean riot
police", "Sudanese government forces")."""

NOT_AN_ORGAN_AFTER = (
    # People who may act for themselves ("Argentine police officer", "an Egyptian army
    # general"), or who speak for the organ but are no organ acting.
    "officers?", "officials?", "chiefs?", "commanders?", "generals?",
    "spokes(?:man|woman|person)", "sources?",
    # People who study, criticise or once served the organ ("Russian military analysts", "a
    # Chinese government critic", "British army veterans": review15).
    "analysts?", "experts?", "historians?", "critics?", "observers?", "correspondents?",
    "veterans?", "advis[eo]rs?",
    # A ruler or a régime of its own ("Chilean military ruler"), a body of its own.
    "ruler", "rulers", "dictatorship", "junta", "court", "courts", "academy",
    # Things the organ has, not the organ acting ("Iranian military cargo plane", "Chinese
    # government bonds", "Russian military spending", "Chinese government media").
    "bases?", "hospital", "cargo", "plane", "aircraft", "vehicles?", "uniforms?", "bonds",
    "debt", "spending", "budget", "contracts?", "media",
)  # fmt: skip
"""Nouns (regular expressions) after an organ that make the phrase no organ of the state."""

NOT_IN_A_WORD = r"(?<![-'’])"
"""Before the state's word: not inside a hyphened or possessive word ("pro-Russian forces", a
side that is not Russia; "Saudi-led")."""


def organ_tail(organs: tuple[str, ...]) -> str:
    """What follows a state's word in a phrase naming one of these organs, as a regular
    expression: one of ``ORGAN_MODIFIERS`` at most, the organ, then neither a hyphened or
    possessive word ("the Cuban military's tourist section") nor a noun of
    ``NOT_AN_ORGAN_AFTER``."""
    return (
        rf"(?:(?:{'|'.join(ORGAN_MODIFIERS)}) )?(?:{'|'.join(organs)})\b"
        rf"(?![-'’])(?! (?:{'|'.join(NOT_AN_ORGAN_AFTER)})\b)"
    )
