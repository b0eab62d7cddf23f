"""Words the statement rules share: heads of speaker phrases (titles, bodies, sources),
cues of speech, and the closed sets read both when quotations are matched and when they are
attributed."""

from __future__ import annotations

import re

from ..vocabulary import SPEECH, SPEECH_NOUNS, forms

TITLES = frozenset(
    "spokesman spokeswoman spokesperson president minister leader chancellor secretary "
    "ambassador envoy premier chairman chairwoman governor senator".split()
)
"""Head words of a speaker phrase that stand for someone named before ("the spokesman
said"); any other common noun ("sources said", "a protester said") is an unnamed source."""
DEFINITE_TITLES = frozenset(
    "judge justice mayor sheriff commissioner general commander official professor "
    "co-author author director prosecutor attorney lawyer scientist researcher".split()
)
"""Head words that stand for someone named before only with a definite article or an owner
("the judge's statement", "The Wooster professor added"); "a professor said" is a source."""
SOURCES = frozenset(
    "analyst analysts expert experts professor researcher researchers scientist scientists "
    "prosecutor attorney lawyer lawyers executive economist witness witnesses eyewitness "
    "resident residents survivor doctor journalist reporter correspondent historian "
    "commentator academic lecturer director dr".split()
)
"""Words of a speaker phrase that make the speaker a source commenting on the news ("former
federal prosecutor Elie Honig", "United States Attorney Jessie K. Liu", "said Dr. Livermore":
the title "Dr." is a doctor's or a scholar's), not someone whose words are an act of policy."""
NAMES = frozenset(("PERSON", "ORG", "GPE", "NORP"))
BODIES = frozenset(
    "court tribunal army police commission committee council ministry department "
    "agency coalition company bank government office party union parliament forces".split()
)
"""Head words of a speaker phrase that stand for the body of that kind the article names
("the court said" after "the Court of Session"; "the Commission said")."""
OFFICES_LIKE_SOURCES = (
    "attorney general",
    "chief executive",
    "fbi",
    "cia",
    "national intelligence",
    "federal bureau",
    "central intelligence",
)
"""Offices of government that contain a source's word."""
REPRESENTATIVES = frozenset(
    "official officials spokesman spokeswoman spokesperson representative representatives "
    "government administration authorities".split()
)
"""Unnamed speakers who speak for the body or state they are "from" or "of" ("an official
from TfL", "the government of American Samoa")."""
ORGANISATION_WORDS = BODIES | frozenset(
    "foundation institute university society association group center centre corporation "
    "company inc ltd news times post network agency fund club league federation".split()
)
"""Words of a name that make it an organisation's, whatever the NER said."""
NAMING = frozenset("called named dubbed titled entitled labelled labeled termed".split())
"""Participles that give a thing its name ("a program called "Learning Together"")."""
PLATFORMS = frozenset("twitter facebook instagram youtube tiktok telegram weibo".split())
"""Where words are posted, which the NER may take for a person: no one named."""
OWNERS = frozenset("his her its their".split())
"""Possessive pronouns that own a speech noun ("his letter read") and stand, as the pronoun
would, for someone named before."""
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
"""Titles of someone who speaks for another: "the spokesman" is whoever the article called
so, never the one he speaks for."""
PREPOSITIONS = frozenset("for of to with by from about on at".split())
ISSUING = forms(
    "issue", "release", "publish", "post", "deliver", "share", "tweet", "write", "send", "make",
    "put", "give",
)  # fmt: skip
"""Verbs whose subject makes the statement or letter they take ("issued a statement saying")."""
VIEWS = forms("believe")
"""Speech verbs that report a view, not words spoken: whoever says someone "believed" the
lockdown "the only way" gives her own account of it."""
PERSONAL = frozenset("he she him her his".split())
"""Pronouns that stand for a person, not a body."""
POSTNOMINALS = frozenset("MP MPs MSP MEP MLA MS AM QC KC OBE MBE CBE KBE".split())
"""Letters after a person's name that say what seat or honour they hold ("Tom McCabe MSP")."""
MAX_GAP = 2
"""Paragraphs back that a pronoun or title may look for the speaker it stands for."""
REPLIES = forms("reply", "respond", "answer", "counter", "retort")
"""Verbs of answering: whoever replies is not the one who spoke just before."""
CUES = SPEECH | forms("counter", "retort", "commend", "complain")
"""Verbs that attribute quoted words: the speech verbs and replies that answer someone
("but Parry countered: "…""), and complaints ("Chavez complained that "…"", statements43)."""
HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.? [A-Z][\w'’-]+")
"""Someone named by honorific and surname ("Ms Detakats said she was a collector")."""


_HANDLE = re.compile(r"@\w{3,}")
"""A social-media handle ("@DrAmyActon")."""


DOCUMENTS = frozenset(
    "proclamation letter order decree memo memorandum directive edict resolution".split()
)
"""Documents someone signs or issues: the words quoted from one are its author's."""


REPORTS = SPEECH_NOUNS | DOCUMENTS | frozenset(("report",))
"""What a body's words may be quoted from ("says its report")."""


KINDS_OF_BODY = frozenset(
    "organization organisation group newspaper paper daily broadcaster network charity "
    "association league party movement company firm".split()
)
"""Common nouns for a kind of body that stand for the body named just before ("the
organization said" after Reporters Without Borders; "The newspaper also claims" after the
Sunday Telegraph; statements44; "the youth league said" after the African National Congress,
statements45), when no body's name is headed by them."""
