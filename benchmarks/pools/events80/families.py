"""What-if for the lead (events80, issue 7): ``quality_extract`` with its ``FAMILIES`` given
the gold's own words for kinds it already has (``SYNONYMS``: "execution" a violence,
"imprisonment" a legal act, "swearing-in" an office's), to size how much of the gap between
the ``events`` and ``events of the same family`` lines is the scorer's word list rather than
the generator's types. The words were read off the kinds study's lists (``kinds.py -v``) on
read sets, so the figures it prints measure the scorer, never the generator; nothing else in
the tree uses it.

Usage: ``.venv/bin/python benchmarks/pools/events80/families.py --gold G --split S``
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import quality_extract

SYNONYMS = {
    "legal": (
        *("imprisonment", "warrant", "arrest warrant", "summons", "testimony", "verdict"),
        *("plea", "commutation", "clemency", "stay", "referral"),
    ),
    "violence": (
        *("execution", "shooting", "battle", "raid", "kidnapping", "overthrow", "fighting"),
        *("uprising", "coup attempt", "shootdown", "military advance", "hijacking"),
    ),
    "office": ("swearing-in", "ouster", "legislation", "candidacy", "designation"),
    "meeting": ("negotiations", "negotiation", "diplomacy"),
    "speaking": (
        *("press briefing", "briefing", "disclosure", "admission", "ultimatum"),
        *("allegation", "recommendation", "invitation", "legal notice"),
    ),
}
"""Gold types outside ``FAMILIES`` read as the family their words plainly belong to."""

for name, words in SYNONYMS.items():
    quality_extract._FAMILY.update(dict.fromkeys(words, name))

if __name__ == "__main__":
    quality_extract.main()
