"""Titles, ranks, offices and honorifics: one list for every stage that reads names.

Resolve strips them from the front of a person's name and never makes one an actor alone;
extraction reads them as no first name before a surname ("Senator Spearman").
"""

from __future__ import annotations

import re

TITLE_WORDS = frozenset(
    """
    president vice prime minister ministers foreign defence defense secretary spokesman
    spokeswoman spokesperson ayatollah supreme leader king queen prince princess sheikh sir lord
    dr mr mrs ms general gen senator sen rep representative governor mayor chancellor pope deputy
    chief judge justice commander colonel col captain capt lt lieutenant emperor crown chairman
    chairwoman director head envoy ambassador aide officials official minister-president premier
    president-elect speaker agency ministry government council parliament taoiseach cde comrade
    marshal field admiral sergeant sgt major maj brigadier emir sultan imam rabbi reverend rev
    father archbishop bishop cardinal saint st ex former late acting interim self-declared
    attorney advisor adviser national security state mp mep lawmaker congressman congresswoman
    representatives senators delegate delegates broadcaster journalist reporter presenter
    anchor host actor actress singer author writer comedian economist analyst professor
    scientist researcher activist lawyer superintendent sheriff assemblyman assemblywoman
    assemblymember mme mlle detective inspector constable councillor councilor commandant
    commissioner corporal cpl bombardier ceo cfo cto coo honourable honorable excellency
    """.split()
)
"""Titles, ranks, offices and honorifics: stripped from the front of a person's name, and never
an actor alone ("Field Marshal", "National Security Advisor", "Deputy"), with the acronyms of a
firm's chief officers ("appoint Gary as |CTO|", actors91) and the forms of address of office
("the Honourable Sitiveni Rabuka", actors94)."""

RANK_LEADS = frozenset("master staff command technical senior petty warrant lance first".split())
"""Words that open a compound rank before a title word ("Master Sgt.", "Staff Sgt.", "First
Lt."): part of the rank, not a given name, when a title word follows them at once (actors42:
"Master Sgt. Corine Lombardo" made a "Master Sgt" page)."""


NAME_PLURALS = frozenset(
    "king queen prince lord saint st head chief state national director".split()
)
"""Titles whose plural opens the names of places, bodies and teams ("Kings Cross", "Queens Park
Rangers", "Princes Street", "Lords Reform Bill", "Heads Up", "Directors Guild of America"),
which a tagger may read as a person's: no label to strip from before a name (fix72)."""

RANKS_AFTER_LANCE = frozenset({"sergeant", "sgt", "corporal", "cpl", "bombardier"})
"""'Lance' opens a rank only before these ("Lance Sergeant", "Lance Cpl."); before another title
word it is a given name before a surname ("Lance King", "Lance Bishop"), fix72."""


def plural_title(word: str) -> bool:
    """'Presidents' in "Presidents George W. Bush and Barack Obama": a title's plural before the
    first of several names (actors42), which the title list, all singular, does not hold."""
    low = word.lower().rstrip(".")
    return len(low) > 3 and low.endswith("s") and low[:-1] in TITLE_WORDS


STYLE_OF_HONOUR = re.compile(
    r"""^(?:
        (?:Tun|Toh\ Puan|Tan\ Sri|Puan\ Sri|Datin|Datuk|Dato['’]?|Tunku|Tengku|Ungku|Tuanku
           |Al-Sultan|Ratu|Daw|Yang\ (?:Amat\ )?Berhormat|YB|YAB)
        (?:\ (?:Seri|Sri|Paduka|Patinggi|Amar|Wira|Utama))*
        (?:\ |$)
    )+""",
    re.VERBOSE,
)
"""Styles of honour conferred or inherited in Malaysia and Brunei ("Tun", "Tan Sri", "Datuk
Seri", "Dato' Sri", "Datin Paduka", "Tunku"), Fiji's chiefly "Ratu", Myanmar's "Daw" and
Malaysia's forms of address of office ("Yang Berhormat", "YB"), with the grades that follow them
("Seri", "Paduka", "Utama"): written before the bearer's name, often two together ("Tun Dr",
"Datuk Seri Utama"), they are no part of it (actors96 and actors98: "Tan Sri Muhyiddin" and
"Muhyiddin Yassin" were two pages). Matched as whole phrases at a name's front only: "Tan"
and "Sri" alone are a surname and a given name ("Tony Tan", "Sri Mulyani"), and "Tun Razak" in
"Najib Tun Razak" is his father's name."""

ROYAL_OFFICE = re.compile(
    r"^(?:Yang\ )?(?:di-?\ ?)?(?:Pertuan|Dipertua)(?:\ (?:Agong|Besar|Muda|Negeri))*$"
    r"|^(?:Raja\ Permaisuri\ )?Agong$|^Tengku\ Mahkota$",
    re.VERBOSE | re.IGNORECASE,
)
"""Malay rulers' offices, written before a ruler's name or for him: "Yang di-Pertuan Agong"
(the elected king; "Pertuan Agong" where a tagger cuts at the hyphen, "the Agong" alone), "Yang
di-Pertuan Besar", "Yang Dipertua Negeri" (a state's governor), "Tengku Mahkota" (a crown
prince). Offices, like "the President", never an actor alone (actors96 and actors98 found five
such pages)."""
