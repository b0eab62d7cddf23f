"""A party's name a news lead writes before a politician's ("Lib Dem Norman Baker"), cut
from the name; found auditing British political news (BBC), where "Tory" and "Lib Dem" stand
where American news puts "Senator". Its own module so ``article`` can use it without
importing the rules that use ``article``'s candidates."""

from __future__ import annotations

from .names import BODIES_OF
from .vocab import PARTY_LABELS, PARTY_OFFICES


def strip_party(name: str) -> str:
    """'Lib Dem Norman Baker' -> 'Norman Baker', 'Tory Treasurer Lord Ashcroft' -> 'Lord
    Ashcroft': a party's name, and an office of the party after it, before a person's name
    are no part of it. Two capitalised words must remain ("Labour Party" is the party's)."""
    for party in PARTY_LABELS:
        if not name.startswith(party + " "):
            continue
        words = name[len(party) + 1 :].split()
        if words and words[0].lower() == "party":
            words = words[1:]  # "Labour Party Chairman Ian McCartney"
        if words and words[0].lower() in PARTY_OFFICES:
            words = words[1:]
        if (
            len(words) >= 2
            and all(w[:1].isupper() for w in words)
            and words[-1].lower() not in BODIES_OF  # "Republican National Committee"
        ):
            return " ".join(words)
    return name
