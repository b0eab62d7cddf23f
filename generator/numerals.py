"""Numbers spelt out: one list for every stage that reads them.

Resolve joins a name with its number spelt out to the name with the figure ("Group of Seven"
and "G7", "Channel Four" and "Channel 4"); dates reads a count before "ago" ("eleven years
ago"); extraction reads a count of people ("thirteen were killed").
"""

from __future__ import annotations

SPELT_NUMBERS = tuple(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty
    """.split()
)
"""One to twenty spelt out, in order: ``SPELT_NUMBERS[n - 1]`` spells ``n``."""
