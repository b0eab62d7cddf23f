"""What a found name is: cleaning a span's text, and the reasons a name is not an actor.

Each rule is a pure function of the name (and, where needed, the briefing's lower-case
words), so every rejection carries a reason an editor can read in the review.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..gazetteer import demonym_noun, demonym_state, place_kind, state_name, us_state_names
from ..model import Article
from ..titles import (
    NAME_PLURALS,
    RANK_LEADS,
    RANKS_AFTER_LANCE,
    ROYAL_OFFICE,
    STYLE_OF_HONOUR,
    TITLE_WORDS,
    plural_title,
)
from ..words import POSSESSIVES as POSSESSIVES  # the extraction stage's too
from .vocab import (
    AMPERSAND_JARGON,
    BREAK_TIMES,
    BREAKS,
    CALENDAR_WORDS,
    CHAIN_HEADS,
    COMMUNITIES,
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    COMPETITION_HEADS,
    CONNECTORS,
    DESCRIPTIVE_WORDS,
    EVENT_FIRST_WORDS,
    GEONAMES_PLACE_HEADS,
    HYPHEN_PARTICIPLES,
    JOINED_PLACES_OK,
    JOINT_PARENTS,
    MAX_NAME_TOKENS,
    MONTH_NAMES,
    NOT_ACTOR_HEADS,
    NOT_ACTORS,
    OPENING_FUNCTION_WORDS,
    PARTY_LABELS,
    PARTY_OFFICES,
    PERSON_LABELS,
    PHENOMENA,
    PLACE_FIRST_WORDS,
    PLACE_NOUNS,
    POST_NOMINALS,
    PROGRAMMES,
    QUANTIFIERS,
    SAYINGS,
    SHIP_PREFIX,
    SHORT_HONORIFICS,
    SPORTS_COMPETITIONS,
    SURNAME_HONORIFICS,
)

_PARTICLE = re.compile(r"(?:d|l|dell)['’][A-ZÀ-Ý]|[ae](?:[dlnrstz]|sh|th|dh)-[A-ZÀ-Ý]")
"""An elided particle that begins a surname in lower case ("d'Estaing", "l'Hôpital"), or the
Arabic article written as it sounds ("Deir ez-Zor", "Hafez al-Assad", "Abd ar-Rahman")."""
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LEADING_A = re.compile(r"^An? (?=[A-Z][\w'’.-]+ [A-Z])")
"""An indefinite article the NER took into a name of two capitalised words or more at a
sentence's start ("|A European Union| (EU) directive requires", found on the lead's blind
block of session 37): no name opens with it; an initial does not stand for it ("A Q Khan",
one letter after it, keeps it)."""
_QUOTED_NICKNAME = re.compile(r"(?<=[A-Za-z.]) [“\"]\w[\w.-]*(?: \w[\w.-]*)?[”\"] (?=[A-Z])")
"""A quoted nickname of one or two words between two words of a name ('Joko “Jokowi”
Widodo')."""
_POSSESSIVE_DETERMINERS = frozenset("His Her Its Their".split())
_STYLES = frozenset("Majesty Majesty's Majesty’s Royal Highness Excellency Holiness Grace".split())
"""A possessive that opens a sentence before a body's name the NER glued to it, and the words of
a style of address that such a possessive opens ("His Majesty's Government")."""
DESCRIPTORS = frozenset(
    "news agency newspaper daily channel network broadcaster website wire outlet company group "
    "firm".split()
)
DENOMINATIONS = frozenset(
    """catholic orthodox anglican methodist lutheran episcopal presbyterian baptist evangelical
    reformed coptic protestant pentecostal apostolic adventist mennonite""".split()
)
"""Words of a denomination's name: "Roman Catholic Church" is a body, not a building."""
_DENOMINATION_LEADS = frozenset(
    "roman united eastern oriental free african syriac chaldean".split()
)
"""Words before a denomination's that keep it one ("the Roman Catholic Church", "the United
Methodist Church"); a nationality's do too ("the Ukrainian Orthodox Church")."""
LONE_EVENTS = frozenset(
    "olympiad olympics paralympics expo festival championship championships tournament".split()
)
"""Event nouns that are events even alone ("the Olympiad")."""
_ORG_HEADS = frozenset("agency ministry government council parliament office".split())
OFFICE_NOUNS = frozenset(
    """commandant spokesman spokeswoman spokesperson chairman chairwoman commander minister
    secretary governor ambassador envoy whip councillor councilor bishop fellow commissioners
    ministers secretaries governors ambassadors envoys commanders councillors officer
    officers""".split()
)
_HOLDERS = frozenset("leaders officials".split())
"""Plural nouns of people who hold offices, which end no body's name ("G7 Leaders")."""
OFFICES = OFFICE_NOUNS | frozenset("adviser advisor director spokesperson".split())
"""Offices an adjective may open ("Presidential Adviser"), before the holder's name."""
PARTY_ADJECTIVES = frozenset("republican democratic democrat conservative labour".split())
PARTY_MEMBERS = frozenset(
    "senate house representatives senators lawmakers congressmen members majority "
    "leadership".split()
)
"""'Republican Senate', 'Democratic lawmakers': a party's side of a body, no actor of its own."""
_NO_SHIP_AFTER = (
    r"(?!(?:President|Prime|Minister|Deputy|Vice|Commissioner|Chief|Director|Governor|Chairman|"
    r"Secretary|Spokesman|Spokeswoman|Spokesperson|Ambassador|Senator|Mayor) [A-Z][\w'’.-]* [A-Z])"
    r"(?!.*\b(?:Service|Ministry|Government|Bank|Holdings|Group|Society|Authority|Company|"
    r"Corporation|Ltd|Inc|Limited|Plc|Party|Council|Committee|Commission|Department|Agency)\b)"
)
"""After a ship's prefix, no office before a person's name ("KRI President Nechirvan Barzani",
"INS Commissioner Doris Meissner") and no body's word ("RFA Uyghur Service", Radio Free
Asia's; "KRI Government", the Kurdistan Region of Iraq's; "MS Society"): prefixes that are
also bodies' and regions' acronyms. A ship named for a president stays one ("SS President
Coolidge")."""
SHIP = re.compile(rf"^(?:{SHIP_PREFIX})\.? (?=[A-Z]){_NO_SHIP_AFTER}")
"""Prefixes of a ship's name ("USS Cole", "MV Namse Bangdzod")."""
COURT_LEVELS = frozenset("district circuit county municipal magistrates magistrates' city".split())
"""'The District Court ruled': one of hundreds of courts of that level; the NER cut its place
off ("U.S. |District Court| for the Northern District of California")."""
CUT_AFTER = frozenset("against with from to by at".split())
"""Last words that leave a name cut off ("Iraq Veterans Against" for "... Against the War")."""
"""Last words that make a name an office ("Coast Guard Commandant", "Senate Minority Whip")."""


BODIES_OF = frozenset(
    """government council committee commission party movement front union organisation
    organization league alliance coalition ministry department office agency authority
    court bank board institute association federation fund""".split()
)
"""Words before 'of' that make a name a body's, whatever ends it ("Government of National
Accord" is no accord, "Party of the Revolution" no revolution)."""
BROADCAST_WORDS = frozenset({"Radio", "TV", "Television", "News", "Channel"})
"""Words that make a name a broadcaster's ("BBC Radio", "Sky News", "Fox News Channel")."""

OUTLET_HEADS = frozenset(
    "post times herald tribune journal gazette telegraph chronicle guardian observer "
    "inquirer courier examiner bulletin".split()
)
"""Last words of a newspaper's name, which the NER may read as a place's ("South China
Morning Post")."""

KINDS_OF_BODIES = frozenset(
    """organizations organisations ngos groups agencies companies corporations parties
    governments militias""".split()
)
"""Plural heads that name a kind of body, not one ("Non-Governmental Organizations",
"Opposition Parties"); a group's name in the plural ("Syrian Democratic Forces") has
another head."""


ACADEMIC_POSTS = frozenset("chair professor professorship lecturer reader fellow".split())
"""A university's post held 'in' a subject ("Chair in Global Islamic Politics"): an office."""
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")


def without_the(text: str) -> str:
    """A name without the leading article a span took in ("the Department for Education",
    "The Hague Group"), and nothing else cleaned: for comparing spans' own texts."""
    return text.removeprefix("the ").removeprefix("The ")


def clean_name(text: str) -> str:
    """A span's text without a leading 'the' (or 'a'), a trailing possessive, stray punctuation or
    invisible characters ("Daily Xtra\u200d's": a zero-width joiner pasted from the web)."""
    text = " ".join(_INVISIBLE.sub("", text).split())
    # 'Joko “Jokowi” Widodo', 'Rodrigo "Rody" Duterte': a nickname quoted inside a person's
    # name is no word of it; the name is the rest (actors94).
    text = _QUOTED_NICKNAME.sub(" ", text)
    if "[" in text and "]" in text:  # an editor's words in a quotation: "[Bashar al] Assad"
        text = " ".join(text.replace("[", " ").replace("]", " ").split())
    elif "[" in text or "]" in text:  # a bracket the span cuts: keep the side the name is on
        text = max(re.split(r"[\[\]]", text), key=len).strip()
    if text.count("(") != text.count(")"):  # "Movement for Democratic Change (MDC": the name
        text = max(re.split(r"[()]", text), key=len).strip()
    text = _LEADING_A.sub("", _LEADING_THE.sub("", text))
    text = _POSSESSIVE.sub("", text)
    text = text.strip(" \"'“”‘’,;:()-–—")
    # "IRNA news agency": lower-case words after a name that say what it is are no part of it.
    words = text.split()
    while len(words) > 1 and words[-1] in DESCRIPTORS:
        words.pop()
    # "Longtime Imus friend": an adjective that starts the sentence is no part of the name.
    while len(words) > 1 and words[0].lower() in DESCRIPTIVE_WORDS:
        words.pop(0)
    # "Neither Rover nor ...", "But B&B": a conjunction opening the sentence, capitalised.
    while len(words) > 1 and words[0][:1].isupper() and words[0].lower() in OPENING_FUNCTION_WORDS:
        words.pop(0)
    # "Her Christian Democratic Union (CDU) won": whose it is, no word of its name; not "His
    # Majesty's Government", "Her Royal Highness", a style of address (actors94).
    # A possessive after it makes it part of a fixed name ("His Master's Voice", review41).
    if (
        len(words) > 2
        and words[0] in _POSSESSIVE_DETERMINERS
        and words[1] not in _STYLES
        and not _POSSESSIVE.search(words[1])
    ):
        words.pop(0)
    # "China’s Contemporary Amperex Technology Co. Limited": a firm's registered name (its
    # legal form last) never opens with a state's possessive; the state is whose firm it is.
    if (
        len(words) > 2
        and words[-1].lower() in COMPANY_SUFFIXES
        and (owner := _POSSESSIVE.sub("", words[0])) != words[0]
        and state_name(owner)
    ):
        words.pop(0)
    text = " ".join(words)  # "Cyrus R. Vance, Jr.": a generation's comma is the name's, as written
    # A final full stop is punctuation, except after an initial ("U.S.", "Jr.").
    return text if re.search(r"(?:\b[A-Z]|Jr|Sr|St)\.$", text) else text.rstrip(".")


GENERATION = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")


def person_words(name: str) -> list[str]:
    """A person's name's words without a generational suffix or its comma: "Cyrus R. Vance,
    Jr." is "Cyrus R. Vance", so "Vance" alone is his surname, never "Jr."."""
    tokens = name.split()
    if len(tokens) > 2 and GENERATION.fullmatch(tokens[-1]):
        tokens = tokens[:-1]
    return [*tokens[:-1], tokens[-1].rstrip(",")] if tokens else []


def _low(token: str) -> str:
    return token.lower().rstrip(".")


_OFFICE_ADJECTIVE = re.compile(
    r"[A-Z][a-z]{3,}(?:ial|[tri]ary|ive|[ts]ory|[tml]ic|ical|ional|eral|ipal|oral|ntal|ural|inal"
    r"|opal)"
)
"""An adjective that opens an office's name ("Presidential Spokesperson", "Provincial
Governor", "Parliamentary Secretary"), which no title list holds. Its endings are the
adjectives' ("-ial", "-tary", "-tic", "-eral"), not a given name's that ends alike ("Dominic",
"Crystal", "Gregory", "Rosemary", "Faisal"), which may stand before an office-like surname
("Gregory Bishop")."""


# A news lead writes a party's name before a politician's ("Lib Dem Norman Baker"); found
# auditing British political news (BBC), where "Tory" and "Lib Dem" stand where American
# news puts "Senator".
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


def strip_titles(name: str) -> str:
    """'Ayatollah Ali Khamenei' -> 'Ali Khamenei', 'Student Joshua Wong' -> 'Joshua Wong':
    titles, and the common nouns a caption puts before a name as a label, are not part of a
    person's name."""
    tokens = without_style(name).split()
    if len(tokens) > 2 and tokens[0] in ("Said", "Says") and tokens[1] in SURNAME_HONORIFICS:
        tokens = tokens[1:]  # "Said Mr Fogg: …", a quote's tag set first; not "Said Jalili"
    if len(tokens) > 3 and _OFFICE_ADJECTIVE.fullmatch(tokens[0]) and _low(tokens[1]) in OFFICES:
        tokens = tokens[1:]  # "Presidential Spokesperson Harry Roque": the office's adjective
    if len(tokens) > 3 and [_low(t) for t in tokens[:2]] == ["first", "lady"]:
        tokens = tokens[1:]  # "First Lady Rosalind Carter": "Lady" goes below
    while len(tokens) > 1 and (
        _low(tokens[0]) in TITLE_WORDS
        or tokens[0] in ABBREVIATED_TITLES
        or (len(tokens) > 2 and _low(tokens[0]) in _LABELS_AND_HONOURS)
        or (len(tokens) > 2 and _rank_lead([_low(t) for t in tokens[:2]]) and _title(tokens[1]))
        or (len(tokens) > 2 and _plural_label(tokens))
    ):
        tokens = tokens[1:]
    cut = len(name.split()) - len(tokens)
    if cut and _OFFICE_OF.search(" ".join(name.split()[:cut]) + " of "):
        tokens = _office_object(tokens)
    while len(tokens) > 2 and tokens[-1].replace(".", "") in POST_NOMINALS:
        tokens = tokens[:-1]  # "Kama Melly QC"
    for i in range(len(tokens) - 3, -1, -1):
        # "Vermont Senator Bernie Sanders", "(Senator) from Vermont Bernie Sanders": where a
        # person's state, party or country and office come before the name, the name is
        # what follows them (two words at least).
        if _low(tokens[i]) in TITLE_WORDS and _home(tokens[:i]):
            return strip_titles(" ".join(tokens[i + 1 :]))  # "U.S. Senator from Vermont …"
        if i and _low(tokens[0]) == "from" and _home(tokens[: i + 1]):
            return " ".join(tokens[i + 1 :])
    return " ".join(tokens)


def without_style(name: str) -> str:
    """'Tan Sri Muhyiddin Yassin' -> 'Muhyiddin Yassin', 'Yang di-Pertuan Agong Sultan
    Muhammad V' -> 'Sultan Muhammad V': a style of honour (``STYLE_OF_HONOUR``) or a Malay
    ruler's office (``ROYAL_OFFICE``) at a name's front is cut when a name follows it; the
    title words after it ("Tun Dr", "Sultan") are ``strip_titles``'s."""
    style = STYLE_OF_HONOUR.match(name)
    if style and style.end() < len(name):
        name = name[style.end() :]
    words = name.split()
    for size in (4, 3, 2, 1):
        if len(words) > size and ROYAL_OFFICE.match(" ".join(words[:size])):
            return " ".join(words[size:])
    return name


def style_cut(name: str, before: str) -> str:
    """'Tan |Sri Muhyiddin|', 'Datuk |Seri Najib|': where the tagger's span opens inside a style
    of honour written just before it, the style's words in the span are cut too ('Muhyiddin').
    Only when the words before the span open the style: "Sri Mulyani" alone keeps its name. A
    style that opens the span itself is cut as ``without_style`` cuts it ('Tun Mahathir')."""
    words = before.split()[-3:] if before[-1:].isspace() else []
    for k in range(len(words) + 1):
        joined = " ".join([*words[k:], name])
        style = STYLE_OF_HONOUR.match(joined)
        if style and len(joined) - len(name) < style.end() < len(joined):
            return joined[style.end() :]
    return name


def _office_object(tokens: list[str]) -> list[str]:
    """What is left of "Chancellor of the Exchequer Gordon Brown" once the title word is cut
    ("of the Exchequer Gordon Brown"): the office's object ("of the Exchequer", "of State") is
    no part of the holder's name, which is the two words after it. Only after a portfolio's
    office or a chancellor's (``_OFFICE_OF``; "Parliament", a title word of "Member of
    Parliament", is also a body's head: "Parliament of New South Wales"), and only one word
    of object before a name of two: "of Foreign Affairs Javad Zarif" is not cut."""
    lead = 2 if tokens[:2] == ["of", "the"] else 1 if tokens[:1] == ["of"] else 0
    if lead and len(tokens) == lead + 3 and all(t[:1].isupper() for t in tokens[lead:]):
        return tokens[lead + 1 :]
    return tokens


def office_object_before(before: str) -> bool:
    """The text before a person's span ends with an office of several words whose object the
    span opens with: "Chancellor of the |Exchequer Gordon Brown|", "Minister of |Finance Ngozi
    Okonjo-Iweala|" (actors48's b195, b210). Only a portfolio's office or a chancellor's stands
    before "of" so: "the son of |Anna Maria Lind|" keeps its words; the caller cuts one word
    before a name of two only."""
    return bool(_OFFICE_OF.search(before))


_OFFICE_OF = re.compile(r"\b(?:Chancellor|Secretary|Minister)s? of (?:the )?$")


def _title(token: str) -> bool:
    return _low(token) in TITLE_WORDS


def _plural_label(tokens: list[str]) -> bool:
    """'Presidents' of "Presidents George W. Bush": a title's plural labelling the names after
    it; not one that opens a place's or body's name a tagger took for a person's ("Kings Cross
    Station", "Directors Guild of America", "Chiefs of Staff"), fix72."""
    return (
        plural_title(tokens[0]) and _low(tokens[0])[:-1] not in NAME_PLURALS and "of" not in tokens
    )


ABBREVIATED_TITLES = frozenset({"Prof", "Prof."})
"""'Prof Hale': British news's abbreviation of "Professor" (a title word), stripped
like it; written capitalised only, so no word of a name ("Proff") is cut (actors33)."""

_HONOURS = frozenset({"lady", "dame", "hon", "rt"})
"""Titles stripped only before a whole name ("(First) Lady Rosalind Carter", "Dame Judi
Dench"), not before one word, which may be the name ("Lady Gaga"); the Commonwealth's "Hon"
and "Rt Hon" ("Hon Samiu Vaipulu told the House", actors106: a page of its own beside
"Vaipulu"), which "Honourable" written in full already was."""
_LABELS_AND_HONOURS = PERSON_LABELS | _HONOURS
"""Joined once, not at every ``strip_titles`` call."""


_AFFILIATIONS = frozenset("from of former then-former independent democratic republican".split())
"""Words of where a title's holder comes from or sits for. Its party words are American
adjectives ("Democratic Senator"), not ``PARTY_LABELS`` (the nouns ``strip_party`` cuts: "Tory",
"Lib Dem", "Democrat"), which would let "Conservative MP …" lose its title here too."""


def _home(words: list[str]) -> bool:
    """'Vermont', 'from Vermont', 'Independent', 'U.S.': where a person comes from or which
    party they sit for, as a title's qualifier puts it; nothing at all counts too. The
    gazetteer knows "US", "U.S.", "UK" and "U.K." as states' names."""
    place = " ".join(w for w in words if _low(w) not in _AFFILIATIONS)
    return all(w[:1].isupper() or _low(w) in _AFFILIATIONS for w in words) and (
        not place or bool(state_or_us_state(place))
    )


GIVEN_NAME_PLACES = frozenset(
    "Georgia Virginia Carolina Dakota Indiana Montana Florida Nevada Jordan India Israel Chad "
    "Kenya Chelsea Austin Sierra Victoria Florence Charlotte Sydney Adelaide Madison Savannah "
    "Regina Sofia Paris Orlando Houston Lincoln Dallas Tyler Jackson Eugene Warren Marion "
    "Douglas Hamilton Stanley Brooklyn Alexandria Medina Santiago Salem Aden Hodan".split()
)
"""States, US states and towns that are also given names ("Virginia Roberts Giuffre", "Chad
Michael Murray", "Victoria Anne Coates" beside the state of Victoria, "Hodan Ahmed Ali" beside
Hodan district: review36): never taken for a place glued before a name."""


def state_or_us_state(head: str) -> str | None:
    """A state (its name) or a US state ('Vermont'), not any region of the gazetteer ("Paul"
    is one). Shared with the article's cue of motion ("from Louisiana to")."""
    return state_name(head) or (head if head in us_state_names() else None)


def _glued_place(head: str) -> str | None:
    """A state or a US state that may be glued before a person's name; not one that is also
    a given name. Before an office ("Florida Governor Ron DeSantis") it is a place whatever
    it is, which is why `_home` asks `state_or_us_state`."""
    if head in GIVEN_NAME_PLACES:
        return None
    return state_or_us_state(head)


_PLACE_FOLLOWERS = PLACE_NOUNS | {"state"}
"""Words that make a state's name part of a longer one (a city, a team, a university)
rather than a place glued before a person's name."""


def strip_glued_prefix(name: str, known: Iterable[str] = ()) -> str:
    """'NPR Hamza bin Laden' -> 'Hamza bin Laden': an outlet's acronym, a state, a US state
    ('Vermont Bernie Sanders'), a nationality's noun ('Briton Jane Doe', 'New Zealander Jane
    Doe', 'Qatari Nasser al-Attiyah') or another known name that the NER glued in front of a
    person's name is not part of it."""
    tokens = name.split()
    if len(tokens) < 3:
        return name  # "Finn Russell", "Dane Cook": a given name, with no full name after it
    lead = 2 if tokens[:2] == ["New", "Zealander"] else 1
    first = tokens[lead - 1]
    if (
        # "Qatari Nasser al-Attiyah" (actors86): a people's word in -i is its noun too
        (demonym_noun(first) or (first.endswith("i") and demonym_state(first)))
        and len(tokens) - lead >= 2
        and all(t[:1].isupper() or _PARTICLE.match(t) for t in tokens[lead:])
    ):
        return " ".join(tokens[lead:])
    if re.fullmatch(r"[A-Z]{2,5}", tokens[0]) and not SHIP.match(name):
        return " ".join(tokens[1:])
    known = set(known)
    for cut in range(len(tokens) - 2, 0, -1):
        head = " ".join(tokens[:cut])
        if head in known or (
            _glued_place(head) and tokens[cut].lower() not in _PLACE_FOLLOWERS
        ):  # "Vermont Bernie Sanders"; not "Kansas City Chiefs", "Mississippi State University"
            return " ".join(tokens[cut:])
    return name


def _community(tokens: list[str]) -> bool:
    """'Druze', 'Bahá'í Faith': a community alone, or its religion named as a faith."""
    words = [t.replace("’", "'") for t in tokens]
    if len(words) == 1:
        return words[0] in COMMUNITIES
    return words[-1] == "Faith" and all(w in COMMUNITIES for w in words[:-1])


def honoured_surname(name: str) -> bool:
    """'Ms King', 'Mr Judge': a short honorific before one capitalised title word names a
    person whose surname that word is; not an office one addresses ("Mr President", "Mr
    Speaker"), whose holder has no such surname in news prose (fix61)."""
    tokens = name.split()
    return (
        len(tokens) == 2
        and tokens[0] in SURNAME_HONORIFICS
        and tokens[1][:1].isupper()
        and _low(tokens[1]) in TITLE_WORDS
        and _low(tokens[1]) not in ADDRESSED_OFFICES
        and _low(tokens[1]) not in SURNAME_HONORIFICS_LOW
    )


ADDRESSED_OFFICES = frozenset(
    """president vice speaker chairman chairwoman secretary minister ministers premier mayor
    ambassador governor senator commissioner deputy prime director spokesman spokeswoman
    spokesperson representative chief head justice acting former interim late ex""".split()
)
"""Title words an honorific stands before as a form of address ("Mr President", "Madam
Speaker", "Mr Chairman") or a qualifier ("Mr Former"), never as a surname: "Ms King", "Mr
Judge", "Mr Major" and "Ms Bishop" stay people."""

SURNAME_HONORIFICS_LOW = frozenset(_low(h) for h in SURNAME_HONORIFICS)
"""'Mr Dr': an honorific after another is no surname."""


def _rank_lead(lowered: list[str]) -> bool:
    """'Master' of "Master Sgt", 'First' of "First Minister": a compound rank's first word. Not
    'Lance' before a surname that is a title word ("Lance King"), nor a lead before "National"
    or "State" alone, a bank's or a firm's name ("First National", "First State"), fix72."""
    return (
        len(lowered) > 1
        and lowered[0] in RANK_LEADS
        and (lowered[0] != "lance" or lowered[1] in RANKS_AFTER_LANCE)
        and lowered[-1] not in ("national", "state")
    )


def title_only(name: str) -> bool:
    """'Field Marshal', 'National Security Advisor', 'Deputy': an office, not its holder.
    'Ms King' is a person (``honoured_surname``). A style of honour alone ("Datuk Seri", "Tun
    Dr") and a Malay ruler's office ("Yang di-Pertuan Agong") are titles too."""
    if ROYAL_OFFICE.match(name):
        return True
    style = STYLE_OF_HONOUR.match(name)
    if style and not name[style.end() :].strip():
        return True
    if style:
        name = name[style.end() :]
    lowered = [_low(t) for t in name.split()]
    return (
        bool(lowered)
        and not honoured_surname(name)
        and all(
            t in TITLE_WORDS
            or t in CONNECTORS
            or (i == 0 and _rank_lead(lowered))
            # "Inspector-General", "Director-General": a hyphenated title is one
            or ("-" in t and all(part in TITLE_WORDS for part in t.split("-")))
            for i, t in enumerate(lowered)
        )
        and not any(t in _ORG_HEADS for t in lowered)  # "Ministry of Defence" is a body
    )


def _plural(word: str) -> bool:
    """'clubs', 'people': a plural noun, as a number of bodies or people ends ('Society' no)."""
    return word in ("people", "men", "women", "children") or (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )


def _denomination(words: list[str]) -> bool:
    """The words before "Church" name a denomination: one of its words, with only a
    nationality or a denomination's lead before it ("Russian Orthodox", "Roman Catholic"); a
    saint's, a founder's or an ordinal's word names one church, a building ("St Anthony's
    Catholic Church", "Emanuel African Methodist Episcopal Church", "First Baptist Church")."""
    lowered = [_low(w) for w in words]
    first = next((i for i, w in enumerate(lowered) if w in DENOMINATIONS), None)
    return first is not None and all(
        w in _DENOMINATION_LEADS or demonym_state(words[i]) for i, w in enumerate(lowered[:first])
    )


_PLACE_KINDS = ("place or building", "trade area or zone")
_PLACE_HEADS = frozenset().union(*(NOT_ACTOR_HEADS[kind] for kind in _PLACE_KINDS))
_PLACE_LEADS = frozenset(
    """area zone island palace bay gulf strait sea ocean river valley desert forest mountains
    square prison atoll peninsula archipelago territory bridge""".split()
)
"""Places that may come before 'of' in a place's name ("Schengen Area of Europe", "Strait of
Hormuz", "Palace of Westminster"); not a city, county or port, whose names are also their
governments' ("City of Sydney", "Port of Rotterdam"), nor a church ("Church of England")."""


def _singular(word: str) -> str:
    """'regions' -> 'region', 'territories' -> 'territory': a place head's plural."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_STATE_MEDIA = re.compile(
    r"(?:The )?(?:State|State-run|State-owned|Government|Government-run) "
    r"(?:TV|Television|Media|Radio|Broadcaster|Broadcasting|News Agency|News|Press)"
)
"""A state's media described by its kind, written with capitals ("State TV", "State
Television", "State-run Media"): no outlet's own name, however many articles write it."""


def _state_media(tokens: list[str]) -> bool:
    """'Iranian State TV', 'Syria's State Media', 'State Television': ``_STATE_MEDIA`` after at
    most a demonym or a state's name (maybe possessive), which says whose the media are."""
    for cut in range(min(len(tokens), 3) + 1):
        owner = " ".join(tokens[:cut])
        if _STATE_MEDIA.fullmatch(" ".join(tokens[cut:])) and (
            not owner or demonym_state(owner) or state_name(re.sub(r"['’]s?$", "", owner))
        ):
            return True
    return False


CLOSE_TO = frozenset(
    "associates allies supporters friends relatives aides followers loyalists".split()
)
"""Plural nouns of people close to someone, which open "Associates of Mr Navalny": a
description of some people, named in passing, not a group's name (actors91)."""


def _close_to_a_person(tokens: list[str]) -> bool:
    """'Associates of Mr Navalny', 'Supporters of Alexei Navalny': ``CLOSE_TO`` + "of" + a
    person (an honorific or a title and a name, or two or three capitalised words that name
    no state and hold no body's word). A group named for a state, a region or a cause stays
    ("Friends of Syria", "Friends of Europe", "Friends of the Earth")."""
    if len(tokens) < 3 or _low(tokens[0]) not in CLOSE_TO or tokens[1] != "of":
        return False
    rest = tokens[2:]
    if rest[0].rstrip(".") in SHORT_HONORIFICS or _title(rest[0]):
        return len(rest) > 1
    return (
        2 <= len(rest) <= 3
        and all(t[:1].isupper() for t in rest)
        and not state_name(" ".join(rest))
        and not state_name(rest[0])  # "Friends of Israel Initiative"
        and not any(_low(t) in _PLACE_BODY_ENDS for t in rest)
        and not _names_a_place(rest)
    )


def _names_a_place(words: list[str]) -> bool:
    """Whether capitalised ``words`` after "Friends of" hold a place rather than a person's
    name: a state or US state anywhere in them ("Democratic |Pakistan|", "Free |Syria|",
    "|New York|"; not one that is also a given name), a state's adjective ("|Syrian|
    People"), a place's first word ("|Lake| Victoria", "|Fort| Greene Park") or a place's
    last ("Grand |Canyon|"): groups named for a place or a cause keep their page (review40)."""
    lowered = [_low(w) for w in words]
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return (
        any(_glued_place(span) for span in spans)
        or any(demonym_state(w) for w in words)
        or lowered[0] in PLACE_FIRST_WORDS
        or lowered[-1] in _PLACE_HEADS | PLACE_NOUNS
    )


_PLANT_KINDS = frozenset(
    """power hydroelectric hydropower nuclear coal gas thermal solar wind chemical treatment
    desalination steel processing assembly bottling enrichment reprocessing""".split()
)
"""What a plant makes or does, before "Plant": infrastructure (GOLD.md: no actor)."""


def not_an_actor(name: str) -> str | None:
    """Why ``name`` is not an actor, judged from its words alone; None when it may be one."""
    tokens = name.split()
    if not tokens:
        return "empty"
    if title_only(name):
        return "a title or rank alone"
    office = name.split(" of ", 1)[0]
    if office != name and title_only(office):
        return f"an office ('{office} of …'), not its holder"
    chair = re.split(r" [Ii]n ", name, maxsplit=1)[0]
    if chair != name and (title_only(chair) or chair.lower() in ACADEMIC_POSTS):
        return f"an office ('{chair} in …'), not its holder"  # "Chair in Global Islamic Politics"
    if re.fullmatch(
        r"Best (?:Supporting )?(?:Actor|Actress|Director|Picture|Film|Song|Album)", name
    ):
        return "an award's category ('Best …'), not an actor"
    if "-" in name and len(parts := re.split(r"[-–]", name)) > 1:
        full = set(JOINT_PARENTS.values())
        if all(JOINT_PARENTS.get(part, part) in full for part in parts):
            # "UN-African Union peacekeepers", "the African Union-UN mission" (actors96)
            return "two bodies joined as a modifier ('UN-African Union …'), no body of its own"
    lowered = [_low(t) for t in tokens]
    if (
        len(tokens) > 1
        and lowered[-1] in OFFICE_NOUNS
        and not any(t in _ORG_HEADS or t in CONNECTORS for t in lowered)
    ):
        return f"an office ('… {tokens[-1]}'), not its holder"
    if (
        len(tokens) > 1
        and lowered[-1] in _HOLDERS
        and not any(t in _ORG_HEADS or t in CONNECTORS for t in lowered)
    ):
        # "Forum Leaders endorsed", "Pacific Leaders": the people who lead, no body (actors94)
        return f"a group of office-holders ('… {tokens[-1]}'), no body"
    if name in NOT_ACTORS:
        return "an abbreviation of a thing, not an actor"
    if name in SAYINGS:
        return "an exclamation or a personification, which names no one"
    if _state_media(tokens):
        return "a state's media described ('state TV'), no outlet's name"
    after = name.split(" and ", 1)[-1].removeprefix("the ").split()
    if " and " in name and len(tokens) > 3 and after[:1] == tokens[:1]:
        # "Center for Biological Diversity and Center for Food Safety": two bodies, each
        # named in full, joined by "and"
        return "two names joined by 'and'"
    if _two_bodies(name):
        return "two names joined by 'and'"
    if len(tokens) == 1 and name.rstrip(".") in LONE_COMPANY_SUFFIXES:
        return f"a company's suffix alone ('{name}'), no company"
    if len(tokens) > 1 and lowered[0] in QUANTIFIERS and _plural(lowered[-1]):
        return f"a number of bodies or people ('{tokens[0]} …'), none in particular"
    if _close_to_a_person(tokens):
        return f"people described by whom they are close to ('{tokens[0]} of …'), no body"
    if name in PROGRAMMES:
        return "a government programme, not an actor"
    if name in SPORTS_COMPETITIONS:
        return "a sports competition, not an actor"
    if len(tokens) > 1 and lowered[-1] in KINDS_OF_BODIES:
        return f"a kind of body ('… {tokens[-1]}'), not one"
    if len(tokens) == 2 and lowered[0] in PARTY_ADJECTIVES and lowered[1] in PARTY_MEMBERS:
        return "a party's members or majority in a body, not an actor"
    if len(tokens) == 2 and lowered[1] == "court" and lowered[0] in COURT_LEVELS:
        return "a court named by its level alone, no court in particular"
    if name in PHENOMENA:
        return "a natural phenomenon, not an actor"
    if _community(tokens):
        return "a religious or ethnic community ('Druze', 'the Bahá'í Faith'), not an actor"
    if SHIP.match(name):
        return "a ship"
    if (
        len(tokens) > 1
        and _low(tokens[0]) in PLACE_FIRST_WORDS
        and not _prison_body(lowered)
        and not any(t in _PLACE_BODY_ENDS for t in lowered[1:])
    ):
        return f"names a place ('{tokens[0]}')"
    if lowered[-2:] == ["national", "park"]:
        return "names a place ('National Park')"  # not "Park" alone: a Korean surname
    if lowered[-1] == "plant" and lowered[-2:-1] and lowered[-2] in _PLANT_KINDS:
        return f"names a place or building ('{tokens[-2]} Plant')"  # "La Vueltosa
        # Hydroelectric Plant"; not "Plant" alone: "Robert Plant" is a person
    if len(tokens) == 2 and lowered[0] in DOCUMENT_PARTS and _PART_MARK.fullmatch(tokens[1]):
        return f"a part of a document ('{tokens[0]} {tokens[1]}')"
    if len(tokens) > 1 and _low(tokens[0]) in EVENT_FIRST_WORDS:
        return f"names an event ('{tokens[0]}')"
    if len(tokens) == 2 and tokens[0] == "Model":
        return "names a product's model ('Model …')"  # "the Model S", "Model 3"
    head = _low(tokens[-1])
    if len(tokens) == 1 and head in LONE_EVENTS:
        return f"names an event ('{tokens[-1]}')"
    if len(tokens) == 1 and head in NOT_ACTOR_HEADS["technology product"]:
        # "Linux", "Windows" alone, or left of "Enterprise |Linux|" when a sentence's first
        # word is dropped: the product, whose maker or project has a name of its own
        return f"names a technology product ('{tokens[-1]}')"
    # "Government of National Accord", "Organisation of the Islamic Conference": a body.
    body = office != name and _low(office.split()[-1]) in BODIES_OF
    # "Committee on Rules", "Ministry for Regulation": a body whose subject is laws or rules.
    holder = re.split(r" (?:for|on) ", name, maxsplit=1)[0].split()
    rules = bool(holder) and holder != tokens and _low(holder[-1]) in BODIES_OF
    # "Federally Administered Tribal Areas", "Frontier Regions": a place's head in the plural
    # (not a chain's: "Wynn Resorts").
    single = _singular(head)
    place_head = single if single in _PLACE_HEADS and single not in CHAIN_HEADS else head
    # Bodies named by a word of one kind's list (each word is in that kind's list only).
    kept = (
        # agencies named systems: "Selective Service System", "Federal Reserve System"
        (head == "system" and lowered[-2:-1] in (["service"], ["reserve"]))
        # a denomination, a body: "Roman Catholic Church", "Russian Orthodox Church"
        or (place_head == "church" and _denomination(tokens[:-1]))
        or (head == "report" and _report_outlet(tokens))  # an outlet named as a report
        # a legislature: "Grand National Assembly", not the UN's annual session
        or (head == "assembly" and len(tokens) > 1 and _legislature(tokens, lowered))
        # the UN's assembly named in full, as resolve names it where it acts (votes, adopts)
        or name == UN_ASSEMBLY
        # a standing body named for its cause: "Ireland Palestine Solidarity Campaign",
        # "Campaign for Nuclear Disarmament" (not "the 2019 campaign", "Trump Campaign")
        or (head == "campaign" and len(tokens) > 2 and lowered[-2] in _CAUSES)
    )
    # No place: where a body works ("Al-Qaeda in the Arabian Peninsula"), a title or a firm
    # named as one's own ("Harper's Bazaar").
    placed = not (
        " in " in name
        or (
            place_head in GEONAMES_PLACE_HEADS
            and _POSSESSIVE.search(tokens[-2] if tokens[1:] else "")
        )
    )
    if len(tokens) > 1 and not body and not kept:
        for kind, heads in NOT_ACTOR_HEADS.items():
            if (
                placed and place_head in heads
                if kind in _PLACE_KINDS
                else head in heads and not (rules and kind == "law or document")
            ):
                return f"names {'an' if kind[0] in 'aeiou' else 'a'} {kind} ('{tokens[-1]}')"
    lead = _low(office.split()[-1]) if office != name and office.split() else ""
    for kind in ("award", "law or document"):
        if lead in NOT_ACTOR_HEADS[kind]:
            # "the US National Medal of Science", "the Treaty of Versailles"
            return (
                f"names {'an' if kind[0] in 'aeiou' else 'a'} {kind} ('{office.split()[-1]} of …')"
            )
    # "Leaders' Summit on Climate", "Summit of the Americas": a summit named by what or whom
    # it gathers is a meeting, as "Earth Summit" is (review41); no body is named so.
    meeting = re.split(r" (?:of|on|for) ", name, maxsplit=1)[0].split()
    if meeting != tokens and meeting and _low(meeting[-1]) == "summit":
        return f"names an event ('{meeting[-1]} …')"
    if _singular(lead) in _PLACE_LEADS and not any(
        t in _PLACE_BODY_ENDS | _ORG_HEADS for t in lowered
    ):
        return f"names a place or building ('{office.split()[-1]} of …')"  # "Area of Europe"
    if why := _law(tokens, lowered):
        return why
    if len(tokens) > 1 and lowered[-1] in BREAKS and lowered[-2] in BREAK_TIMES | CALENDAR_WORDS:
        return f"names an event ('{tokens[-1]}')"  # "Lenten Break", not "Virgin Holidays"
    if len(tokens) == 1 and lowered[0] in LONE_HEADS:
        return f"a kind of body alone ('{tokens[0]}'), no body in particular"
    if DESIGNATION.fullmatch(name):
        return "a designation a government gives, not an actor"
    if BRANCH.fullmatch(name):
        return "a branch of government in general, no body in particular"
    if (
        re.match(r"^(?:Economy|History|Politics) of\b", name)
        # "Office of Foreign Affairs", "Office of Fair Trading" are bodies ("office" is one
        # of ``BODIES_OF``)
        # "the Office of President": the post; "Office of the |UN| High Commissioner" cut
        # after the body or state whose office it is
        or (
            (post := re.match(r"Office of (?:the )?(.+)", name))
            and (
                title_only(post.group(1))
                or is_acronym(post.group(1))
                or bool(state_name(post.group(1)))
            )
        )
    ) or re.fullmatch(r"(?:Foreign|Internal|Home|Public|Veterans['’]?|Consumer) Affairs", name):
        return "a subject, not an actor"
    if (
        len(tokens) > 1
        and tokens[-1] != "International"
        and tokens[-2] not in BROADCAST_WORDS  # "ABC Radio National": a national channel
        and re.search(r"(?:ional|ific|ural|omic|ical)$", tokens[-1])
    ):
        return f"a name cut off after the adjective '{tokens[-1]}'"
    if why := _named_thing(tokens, lowered):
        return why
    joined = re.fullmatch(r"(.+?) (and|in) (.+)", name)
    if joined and name.lower() not in JOINED_PLACES_OK:
        left, right = joined.group(1), joined.group(3)
        if (state_name(left) or state_name(right)) and not (
            joined.group(2) == "in" and (" for " in left or _SERVING.search(left))
        ):  # not a body named for a cause and its place: "Students for Justice in Palestine",
            # nor a mission for the state it serves: "UN Stabilization Mission in Haiti"
            return "two places joined into one name"
        if joined.group(2) == "in" and place_kind(right) and not _MISSION.search(left):
            return f"a place in another ('… in {right}')"  # "Cahors Cathedral in Cahors"
    return None


REPORT_OUTLETS = frozenset(
    {"Drudge Report", "Washington Report", "Daily Report", "Cook Political Report"}
)
"""Outlets named '… Report', where a report ("Climate Science Special Report") is a
document."""


def _report_outlet(tokens: list[str]) -> bool:
    """'(The) Drudge Report', 'U.S. News & World Report': an outlet, written with or without
    its article, or a name with "News" in it; not a report ("Mueller Report")."""
    words = tokens[1:] if tokens[0] in ("The", "the") else tokens
    return " ".join(words) in REPORT_OUTLETS or "News" in words


_PLACE_BODY_ENDS = (
    BODIES_OF
    | COMPANY_WORDS
    | COMPANY_SUFFIXES
    | frozenset("foundation society trust institute network".split())
    | frozenset("school college university academy club".split())
)
"""Words of a body or a company named for a place ("Port of London Authority", "Lake Chad
Basin Commission", "Strait of Kestrel Holdings"), which a place's first word ("Port", "Lake")
or lead before "of" ("Strait of …") would otherwise make a place; schools and clubs too
("Mount Holyoke College", "Port Said University", "Villa Maria College": review40)."""
_PRISON_BODIES = frozenset("trust fellowship inspectorate".split())
"""With ``_TWO_BODY_ENDS``, nouns of a body named for prisons ("Prison Reform Trust")."""


def _prison_body(lowered: list[str]) -> bool:
    """'Prison Service', 'Prison Officers Association', 'Prison Reform Trust': a body named
    for prisons, where "Prison Barlinnie" (of "HM Prison Barlinnie") is a place."""
    return lowered[0] == "prison" and any(
        w in _TWO_BODY_ENDS or w in _PRISON_BODIES for w in lowered[1:]
    )


def legislature(name: str) -> bool:
    """'Legislative Assembly', 'the Welsh Assembly', 'National Assembly of Kenya': ``name``
    is an assembly named as a legislature (``_legislature``), one a bare "Assembly" in its
    article is short for."""
    tokens = name.partition(" of ")[0].split()
    return (
        len(tokens) > 1
        and _low(tokens[-1]) == "assembly"
        and _legislature(tokens, [_low(t) for t in tokens])
    )


def _legislature(tokens: list[str], lowered: list[str]) -> bool:
    """'Legislative Assembly', 'Kenya's National Assembly', 'the Welsh Assembly', 'Northern
    Ireland Assembly': an assembly named as a legislature's or for a state or region, where
    "General Assembly" or "World Health Assembly" is a body's yearly session."""
    place = without_the(" ".join(tokens[:-1]))
    return (
        lowered[-2] in LEGISLATURES
        or demonym_state(tokens[-2]) is not None
        or bool(state_name(place) or place_kind(place))
    )


UN_ASSEMBLY = "United Nations General Assembly"
"""The one "General Assembly" a body: ``article._un_assembly`` names it so where it acts
("the General Assembly voted", "the UN General Assembly adopted") in an article naming the UN,
and drops its session ("attend the UN General Assembly"), an event as GOLD.md has it."""


LONE_COMPANY_SUFFIXES = frozenset("LLC LLP Inc Ltd Corp Plc PLC GmbH".split())
"""The legal forms that end a company's name which the NER may read alone ("… Data |LLC|"):
those of ``vocab.COMPANY_SUFFIXES`` that, so cased, mean nothing else alone (not "AG", the
Attorney General, nor "SA", "Co", "Limited")."""
_TWO_BODY_ENDS = BODIES_OF | frozenset(
    "force forces army navy police service services agency security bureau treasury".split()
)
"""Last words of each body's name that ``_two_bodies`` joins: not ``BODY_ENDS`` (resolve),
the last words of an organisation's name."""


def _two_bodies(name: str) -> bool:
    """'IDF and the Coastal Security Agency', 'Bank of England and the Treasury': a body's
    name (ending in a body's noun, or that noun and "of" its place), "and the", then another's
    ending in a body's noun; a single name joins its words with "and" alone ("Food and
    Agriculture Organization") or ends only once in such a noun."""
    left, _, right = name.partition(" and the ")
    if not right or not right[:1].isupper():
        return False
    head = left.split()[-1]
    owner = left.partition(" of ")[0].split()[-1] if " of " in left else ""
    return (head.isupper() or _low(head) in _TWO_BODY_ENDS or _low(owner) in BODIES_OF) and _low(
        right.split()[-1]
    ) in _TWO_BODY_ENDS


LEGISLATURES = frozenset(
    "national legislative federal constituent consultative provincial parliamentary".split()
)
"""Adjectives that make an "Assembly" a legislature ("Turkey's Grand National Assembly",
"the Legislative Assembly"), a body, where "General Assembly" is most often the UN's session,
an event by GOLD's convention."""

DOCUMENT_PARTS = frozenset(
    "division section subsection title part chapter article annex schedule appendix clause "
    "paragraph".split()
)
"""Nouns that, with a letter or a number, name a part of a bill or a treaty ("Division A of
the bill", "Title IX", "Article 5"): no actor, though the NER reads some as bodies."""
_PART_MARK = re.compile(r"[A-Z]|[IVX]+|\d+[A-Za-z]?")
"""The letter, roman or arabic number of a document's part ("A", "IX", "5", "3a")."""

LAW_NUMBER = frozenset("no no. number nr".split())
"""Words after a law's kind that a number follows ("Republic Act No. 3846")."""
LONE_HEADS = frozenset("embassy consulate consulate-general branch".split())
"""Heads of a body that say only its kind when alone ("the Embassy said"): the embassy its
article names in full where there is one (``bodies.local_folds``), else no page."""
DESIGNATION = re.compile(
    r"(?:(?:Foreign|Designated|Specially Designated) )?(?:Global )?Terrorist"
    r" (?:Organi[sz]ations?|Entity|Entities)|Specially Designated (?:Global )?Terrorists?"
    r"|State Sponsors? of Terrorism"
)
"""A status a government gives a group ("a Foreign Terrorist Organization"): GOLD.md's
designations are no actors."""
BRANCH = re.compile(r"(?:Executive|Legislative|Judicial) Branch(?:es)?")
"""'The Executive Branch': a branch of government in general, no body (not "Special
Branch", a police unit)."""


_CAUSES = frozenset("solidarity rights justice disarmament action boycott peace".split())
"""Causes a standing campaign is named for ("Solidarity Campaign"), unlike an election's."""
_AGREEMENT_LEADS = frozenset("convention treaty protocol agreement charter covenant accord".split())
"""First words of an agreement's or a law's name before its subject ("Convention on ...")."""

_MISSION = re.compile(r"\b(?:Embassy|Consulate)\b")
_SERVING = re.compile(r" (?:Mission|Operation|Office|Force)$")
"""A peacekeeping or political mission's head word before "in" and the state it serves
("United Nations Mission in Liberia", "Interim Force in Lebanon", actors96)."""
"""A state's mission abroad, named with its city ("US Embassy in Baghdad"): no place."""


def _law(tokens: list[str], lowered: list[str]) -> str | None:
    """'Republic Act No' (of "Republic Act No. 3846"), 'Bus Regulations for Buses': a law or a
    rule book named by its number, or with 'for' what it governs; a government's white or green
    paper ("an energy White Paper"), a document of policy or of proposals, not its
    issuer (found auditing BBC politics news, actors33)."""
    if len(tokens) > 1 and lowered[-1] == "paper" and lowered[-2] in ("white", "green"):
        return f"names a law or document ('{tokens[-2]} {tokens[-1]}')"
    if len(tokens) > 1 and lowered[-1] in LAW_NUMBER and lowered[-2] in _NUMBERED:
        # "Executive Order No" (of "Executive Order No. 13224"), "Proclamation No": a
        # government's act by its number; "Order of Malta" has no number.
        return f"names a law or document ('{tokens[-2]} {tokens[-1]}')"
    if len(tokens) == 2 and lowered[0] in _ISSUERS and lowered[1] in _NUMBERED:
        return f"names a law or document ('{tokens[0]} {tokens[1]}')"  # not its issuer
    first = 1 if lowered[:1] == ["the"] else 0
    if (
        lowered[first : first + 1]
        and lowered[first] in _AGREEMENT_LEADS
        and (lowered[first + 1 : first + 2] in (["on"], ["for"], ["of"], ["against"]))
    ):  # "the Convention on the Rights of the Child", "Treaty of Rome": an agreement
        return f"names a law or document ('{tokens[first]} {tokens[first + 1]} …')"
    lead = next((i for i, t in enumerate(lowered) if t == "for"), 0)
    # "Regulations for Buses" alone too; not a body named for its cause ("Act for Peace"), nor
    # a party or movement named a convention or accord for one ("National Convention for
    # Democracy").
    if (lead > 1 or (lead == 1 and lowered[0].endswith("s"))) and lowered[lead - 1] in _LAWS - {
        "convention",
        "accord",
    }:
        return f"names a law or document ('{tokens[lead - 1]} for …')"
    return None


def _named_thing(tokens: list[str], lowered: list[str]) -> str | None:
    """Shapes of a name that say it is no actor's (actors82, issue 8): a law or order by its
    number ("Executive Order 13769", "Republic Act No. 7925", "RA No. 10175": the number the
    NER kept, where ``_law`` sees "… No" without it); a mine ("Acland Mine"); a clock's zone
    ("Central European Time", "Eastern Standard Time"); a portfolio, the subject of an office
    ("African Affairs", no body's word in it) or cut from "Secretary of |State for African
    Affairs|"; a country's team in a sports event ("Team Estonia"); a name glued to the rank
    of the person named after it ("Libreville Lieutenant Colonel", "AFRICOM Commanding
    General David Rodriguez": the rank is that person's); two names the NER read across a
    comma ("Meet the Press, Petraeus"), not a name listing words ("Institute of
    Epidemiology, Disease Control and Research")."""
    n = len(tokens)
    if (
        n > 1
        and _NUMBER.fullmatch(tokens[-1])
        and (lowered[-2] in LAW_NUMBER or lowered[-2] in _NUMBERED)
    ):
        return f"names a law or document ('{tokens[-2]} {tokens[-1]}')"
    if n > 1 and lowered[-1] == "time" and lowered[-2] in _CLOCK_WORDS:
        return f"a time zone ('{tokens[-2]} Time'), not an actor"
    if (
        n > 1
        and lowered[-1] == "affairs"
        and not any(t in BODIES_OF or t in _ORG_HEADS or t in _AFFAIRS_BODIES for t in lowered)
    ):
        return "a portfolio or subject ('… Affairs'), not a body"
    if n > 2 and tokens[0] == "State" and lowered[1] == "for":
        return "a portfolio cut from a title ('Secretary of State for …'), not a body"
    if n > 1 and lowered[-1] in _WORKINGS and "of" not in lowered:
        return f"names a place or building ('{tokens[-1]}')"
    if n > 1 and tokens[0] == "Team" and state_name(" ".join(tokens[1:])):
        return "a country's sports team ('Team …'), not an actor"
    if n > 1 and lowered[-1] in _RANK_ENDS and not title_only(" ".join(tokens[:-1])):
        return f"a name glued to a rank ('… {tokens[-1]}'), the rank of a person named after it"
    if (
        n > 1
        and (lowered[0] in _DECADES or lowered[-1] in _DECADES)
        and lowered[-1] not in BODY_NOUNS | COMPANY_WORDS  # "the Nineties Group", a band
    ):
        decade = lowered[0] if lowered[0] in _DECADES else lowered[-1]
        return f"an era or what happened in it, named by its decade ('{decade}'), no actor"
    if (
        n > 1
        and lowered[-1] in COMPETITION_HEADS
        and (state_name(" ".join(tokens[:-1])) or place_kind(" ".join(tokens[:-1])) == "a city")
    ):  # not a region's word, which a body's name holds too ("Northern League")
        return f"a competition named by its place ('… {tokens[-1]}'), not an actor"
    joined = " ".join(tokens)
    if (
        (glued := _COMMA_GLUED.search(joined))
        and glued.group(1) not in _COMMA_SUFFIXES
        and not _LISTED.search(joined, glued.start())
        and not _ABSTRACT.search(glued.group(1))
    ):
        return "two names read across a comma ('…, …'), neither whole"
    return None


_NUMBER = re.compile(r"\d[\d/-]*[A-Za-z]?")
"""A law's or an order's number ("13769", "7925", "2000/84")."""
_DECADES = frozenset(
    "twenties thirties forties fifties sixties seventies eighties nineties".split()
)
"""A decade's name, first or last in a name ("the |Sixties Scoop|", "the |Roaring Twenties|"):
a period or a policy of its time, not an actor (actors86)."""
_WORKINGS = frozenset("mine colliery quarry".split())
"""A mine's name, in the singular ("Acland Mine"): a place, its operator the actor; not
"Chamber of Mines", a body named for them."""
_CLOCK_WORDS = frozenset(
    """standard daylight summer winter mean universal saving savings european pacific eastern
    central western mountain atlantic alaska hawaii arabia gulf moscow indochina""".split()
)
"""Words before "Time" in a time zone's name ("Central European Time", "Greenwich Mean
Time", "Coordinated Universal Time"); not "Prime Time" nor a magazine's "Time"."""
_AFFAIRS_BODIES = frozenset(
    """bureau directorate secretariat division unit service institute centre center council
    commission committee cabinet house senate parliament assembly congress chamber""".split()
)
"""With ``BODIES_OF``, words that make a name ending "Affairs" a body's ("Bureau of African
Affairs", "Royal Institute of International Affairs"), or a chamber's committee cut before
its noun ("the |House Foreign Affairs| Committee")."""
_RANK_ENDS = frozenset("lieutenant colonel brigadier sergeant commanding".split())
"""Ranks that end no body's name: after a place or body, the rank of the person whose name
follows ("Libreville |Lieutenant Colonel| Kelly Ondo Obiang"). Not "General" ("Dollar
General", "Consulate General") nor "Captain" or "Major" (words of brands and leagues)."""
_COMMA_GLUED = re.compile(r"\S, ([A-Z][\w.]*)")
"""A comma inside a name, then a capitalised word: the NER's span ran over a comma."""
_LISTED = re.compile(r" (?:and|&) ")
"""After a name's comma, the end of a list the name holds ("Institute of Epidemiology,
Disease Control and Research", "Sears, Roebuck & Co"): one name, whole."""
_ABSTRACT = re.compile(r"..(?:ment|tion|sion|ance|ence|ness|ity|ism|ship)s?$")
"""A common noun's ending: after a name's comma, a word of a name that lists nouns, cut by the
NER before its "and" ("|Boycott, Divestment| and Sanctions", "Liberty, Equality"), not a
second name ("Meet the Press, Petraeus")."""
_COMMA_SUFFIXES = frozenset(
    """Inc Inc. Ltd Ltd. LLC LLP L.P. LP PLC Plc Co Co. Corp Corp. SE N.V. NV B.V. GmbH S.p.A.
    P.C. Jr Jr. Sr Sr. II III IV D.C. S.A. N.A. AG""".split()
)
"""What a name carries after a comma ("Apple, Inc.", "Washington, D.C.", "Martin Luther
King, Jr."): a firm's legal form ("Philips, N.V.", "Airbus, SE") or a generation's number
("Joseph P. Kennedy, III", review32), which leaves it whole."""


_LAWS = NOT_ACTOR_HEADS["law or document"]
_NUMBERED = _LAWS | frozenset(
    "order proclamation directive memorandum decision instruction".split()
)
"""What a government issues by number ("Executive Order No. 13224", "Proclamation No. 9705")."""
_ISSUERS = frozenset("executive presidential ministerial administrative".split())


_CAMPUS_OF = frozenset({"University", "College"})
"""Words of a body whose name goes on with 'at' and its campus ("University of Texas at
Austin")."""


_NUMBERED_CHANNEL = re.compile(r"(?:BBC )?(?:Channel|Radio) \d{1,2}(?: (?:Live|Extra))?")
"""A broadcaster or station named by its number ("Channel 4", "BBC Radio 4"), the one kind of
name with a digit an actor has: found auditing BBC entertainment news (actors23); with its
edition after the number ("BBC Radio 5 Live", "Radio 4 Extra", actors69)."""

SPACED_DASH = re.compile(r" [–—] ")
"""A dash with spaces around it, between a name's two parts ('Zimbabwe African National Union
– Patriotic Front'): ``looks_like_name``, the merge of a dashed acronym, the acronym tail."""
_JOINED_OUTLETS = re.compile(
    r"((?:Radio|Television|TV) [A-Z][\w ]*)/((?:Radio|Television|TV) [A-Z][\w ]*)"
)
"""One broadcaster's two names joined by a slash ("Radio Free Europe/Radio Liberty"), each a
broadcast word and a name: read as the words of both, whose slash is no fragment's mark."""


JOINED_COUNT = re.compile(r"(?<![\w.+-])[A-Z]\d\+\d(?![\w+-])")
"""A group of states named by a letter, its count and the count added ("P5+1", "E3+3"): the
Security Council's five permanent members and Germany, a name no person nor product has (nor
camera, where a "G7" can be a phone's). Whole as a name (``fullmatch``) or found in a text."""
NUMBERED_BODY = re.compile(r"([A-Z]{1,3})(\d{1,2})")
"""Capitals and a number ("G8", "G20", "MI6"), read as an organisation's or a person's name (no
person's has a figure): a group of states or an agency named by its count or its number.
Found auditing BBC politics news (actors33), where the G8 (two articles) and MI6 had no page;
a product's number has a hyphen ("F-16") or more figures ("A380"). The two groups (capitals,
number) are for ``resolve._counted_groups``."""


NUMBER_LED_NAME = re.compile(r"\d(?:[A-Z]{3,5}|[A-Z][a-z]{3,})(?: [A-Z][\w'’-]*){0,5}")
"""A figure glued to a capitalised word or to capitals that open an organisation's name
("1Malaysia Development Berhad", its acronym "1MDB"): a state fund's, a campaign's or a firm's
brand, read as an organisation's (no person's nor place's name starts with a figure). Three
capitals at least, or a word of four letters, so no generation of a network ("5G", "4G LTE")
and no count ("3M" is a firm, lost). Found on Malaysian news (actors98: 1MDB, three
articles)."""


def looks_like_name(name: str, label: str) -> bool:
    """True when an NER guess is plausibly an actor's proper name, not a fragment."""
    tokens = name.split()
    # "United States District Court for the Southern District of New York": a court's seat
    longest = MAX_NAME_TOKENS + (
        4 if re.search(r" for the .*\b(?:District|Circuit)\b", name) else 0
    )
    # "Democratic Alliance for the Betterment and Progress of Hong Kong": small words inside
    # a long name do not count
    words = [t for t in tokens if _low(t) not in CONNECTORS]
    if not tokens or len(words) > longest or len(name) > 80:
        return False
    if _NUMBERED_CHANNEL.fullmatch(name) or (
        label == "ORG" and (NUMBERED_BODY.fullmatch(name) or JOINED_COUNT.fullmatch(name))
    ):
        return True
    if joined := _JOINED_OUTLETS.fullmatch(name):
        return looks_like_name(f"{joined.group(1)} {joined.group(2)}", label)
    if label == "ORG" and len(parts := SPACED_DASH.split(name)) == 2:
        # "Zimbabwe African National Union – Patriotic Front": a party's two names (actors100)
        return all(looks_like_name(part, label) for part in parts)
    if label == "ORG" and name.endswith(" 24") and state_name(name[:-3]):
        return True  # "France 24", "Russia 24": a 24-hour news channel (article's reading)
    if label == "ORG" and NUMBER_LED_NAME.fullmatch(name):
        return looks_like_name(name[1:], label)  # "1MDB": the name's words, the figure apart
    if any(ch.isdigit() for ch in name) or re.search(r"[\"“”!?@#/\\<>{}\[\]|*_]", name):
        return False
    if not name[0].isupper() and not (
        re.match(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]", name) or _ARTICLE_SPACED.match(name)
    ):
        return False  # "al-Qaeda", "al-Shabaab": the Arabic article in lower case
    lowered = [_low(t) for t in tokens]
    if lowered[-1] in CONNECTORS | CUT_AFTER:  # cut off mid-name: "Alliance Party of"
        return False
    if (
        len(name) <= 3
        and not name.isalnum()
        and not (_FIRM_INITIALS.fullmatch(name) and name not in AMPERSAND_JARGON)
    ):
        return False  # "Q&A"; not "S&N", a firm's initials joined by "&"
    if title_only(name) or name in NOT_ACTORS:
        return False
    if any(t in CALENDAR_WORDS for t in _calendar_candidates(lowered, label)):
        return False
    for i, (token, low) in enumerate(zip(tokens, lowered, strict=True)):
        if low in CONNECTORS or (low in ("a", "an") and 0 < i < len(tokens) - 1):
            continue  # "Union for a Popular Movement"
        if low in FOREIGN_ANDS and 0 < i < len(tokens) - 1 and FOREIGN_PARTICLES & {*lowered[:i]}:
            continue  # "Brigade de Recherche et d’Intervention": that language's "and"
        if (
            low == "&"
            and 0 < i < len(tokens) - 1
            and label != "PERSON"
            and "," not in name
            and not state_name(name.replace(" & ", " and "))
        ):
            # "Johnson & Johnson"; not people listed ("Deirdre, Wyatt & Zach") nor a state's
            # name written with "&" ("Trinidad & Tobago"), which is no company's
            continue
        if low == "at" and 0 < i < len(tokens) - 1 and _CAMPUS_OF.intersection(tokens[:i]):
            continue  # "University of Hawaii at Mānoa": a university's campus
        if low == "former" and 0 < i < len(tokens) - 1 and lowered[i - 1] in ("for", "the"):
            continue  # "Tribunal for the former Yugoslavia": named for a state no more
        if not (
            token[0].isupper()
            or token[0] == "'"
            or token[:2].lower() in ("al", "el")
            or _PARTICLE.match(token)  # "Valéry Giscard d'Estaing"
        ):
            return False
    if label == "PERSON":
        return len(tokens) >= 2
    return len(name) >= 2


FOREIGN_PARTICLES = frozenset("de du des del della di da do dos das der von".split())
"""The small words inside a French, Spanish, Italian, Portuguese or German name ("Brigade de
Recherche"), which no English name of a body has."""
FOREIGN_ANDS = frozenset("et e und".split())
"""Those languages' "and" (Spanish "y" is a ``CONNECTORS`` word already): inside a name that
has one of ``FOREIGN_PARTICLES`` before it, a word of the name ("Conservatoire National des
Arts et Métiers"), not two names joined."""


_ARTICLE_SPACED = re.compile(r"(?:al|el) [A-Z][a-z]+$")
"""'al Qaeda', 'al Shabaab': the Arabic article written apart, before one capitalised word (a
spelling of 'al-Qaeda'); not 'al' before a longer run of words."""

_FIRM_INITIALS = re.compile(r"[A-Z]&[A-Z]")
"""Two capitals joined by "&": a firm's initials ("S&N", "P&O"), unless jargon
(``AMPERSAND_JARGON``: "Q&A", "R&D", "M&A")."""


def _calendar_candidates(lowered: list[str], label: str) -> list[str]:
    """The words that must not be a day or month: all of them, except that a person's
    surname may be a month's name ("Theresa May", "Brian May")."""
    if label == "PERSON" and len(lowered) >= 2 and lowered[-1] in MONTH_NAMES:
        return lowered[:-1]
    return lowered


def lowercase_words(articles: Iterable[Article]) -> frozenset[str]:
    """Words the briefing's articles write in lower case somewhere: common nouns, not names."""
    return frozenset(
        word
        for article in articles
        for paragraph in article.paragraphs
        for word in _SMALL_WORD.findall(paragraph)
    )


_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
"""A word written in lower case, whole: not part of "well-known" or "Baker's"."""


def is_common_word(name: str, lowercase: frozenset[str]) -> bool:
    """A lone capitalised word that the articles also use as an ordinary word.

    The NER tags "Administration", "Board" or "Senate" as organisations; which one is meant
    is not in the word, so none gets a page (an editor can curate the right one). Acronyms
    are names even when they spell a word ("WHO").
    """
    return " " not in name and not name.isupper() and name.lower() in lowercase


BODY_NOUNS = BODIES_OF | frozenset(
    """senate congress parliament cabinet assembly house legislature administration treasury
    executive opposition regime presidency military judiciary army navy police duma
    chamber intelligence defence defense finance justice health""".split()
)
"""One-word names of a kind of body every state or firm has ("the Senate", "the Board",
"the Administration"), and a committee's or ministry's field cut from its name ("the House
Intelligence, Oversight and Foreign Affairs committees": dev, actors50): which one is meant is
not in the word, so a body noun stays a common word if any article of the briefing writes it
small (``own_words_only``)."""


def own_words_only(
    names: Iterable[tuple[str, str]],
    small: Mapping[str, Iterable[str]],
    lowercase: frozenset[str],
) -> frozenset[str]:
    """The one-word names that ``is_common_word`` would reject only for words other articles
    write: most articles naming them never write the word in lower case. A firm called by a
    word ("Shell has signed", actors49) keeps its page when another article of the briefing
    mentions a shell; a page must not vanish because an unrelated article arrived, nor because
    one more article naming it writes it small: the party of eight articles ("Labour") stays
    when one of them writes "immigrant labour" (actors61: a larger briefing lost it), while
    "Budget" or "Education", written small in most articles naming them, stay words.
    ``names`` are (name, article id) pairs, ``small`` each article's words in lower case
    (``lowercase_words`` of that article alone, kept per article by resolve: no text is
    scanned again here). Body nouns (``BODY_NOUNS``) stay common briefing-wide: Puerto
    Rico's "Senate" is not the US one."""
    where: dict[str, set[str]] = {}
    for name, article in names:
        if is_common_word(name, lowercase) and name.lower() not in BODY_NOUNS:
            where.setdefault(name, set()).add(article)
    words = {article: frozenset(small.get(article, ())) for w in where.values() for article in w}
    return frozenset(
        name
        for name, articles in where.items()
        if 2 * sum(name.lower() in words[article] for article in articles) < len(articles)
    )


def initials(name: str, skip: frozenset[str] = CONNECTORS) -> str:
    """'Syrian Democratic Forces' -> 'SDF'; small words are skipped ('Bank of England' -> BE).
    ``skip`` is the lower-case words to skip: an acronym a text defines keeps "Al"
    ('Al-Qaeda in the Arabian Peninsula': AQAP), which CONNECTORS drops. A word a figure opens
    gives the figure and its first capital ("1Malaysia Development Berhad" -> 1MDB)."""
    return "".join(
        t[:2] if t[0].isdigit() and t[1:2].isupper() else t[0].upper()
        for t in re.split(r"[\s-]+", name)
        if t and t.lower() not in skip
    )


def is_acronym(name: str) -> bool:
    """'SDF', 'U.N.', 'NATO': two to six capitals, optionally with full stops."""
    return bool(_ACRONYM.fullmatch(name))


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
"""Compiled once: the briefing-wide merge asks it of every pair of similar names."""


INITIALISM = re.compile(r"(?=\w*[a-z])[A-Z](?:[a-z]?[A-Z]){1,4}")
"""Capitals with single small letters between them ("MoD", "DfES", "TfL", "BoE")."""


def is_initialism(name: str) -> bool:
    """'MoD', 'DfES', 'TfL': the initials of a body's name with its small words' ("of",
    "for") in lower case, as British news writes its departments and banks. Not an acronym
    (``is_acronym`` wants capitals only), nor a name ("SpaceX", "McDonald": two small letters
    together)."""
    return bool(INITIALISM.fullmatch(name))


def spells_initialism(short: str, long: str) -> bool:
    """Whether the initialism ``short`` spells ``long`` letter by word: each capital the
    initial of a capitalised word, each small letter that of a small word, in order, every
    capitalised word spelt; a small word may go unspelt ("DfES": the Department for Education
    and Skills, its "and" skipped). Found in BBC news: "the MoD", "the BoE's figures", "TfL"
    named beside the Ministry of Defence, the Bank of England, Transport for London."""
    if not short:
        return False
    words = [w for w in re.split(r"[\s-]+", long) if w]
    at = 0
    for word in words:
        letter = short[at] if at < len(short) else ""
        if word[0].isupper():
            if letter != word[0]:
                return False
            at += 1
        elif word not in CONNECTORS:
            return False
        elif letter == word[0]:
            at += 1  # else a small word the initialism leaves out
    return at == len(short)


def given_name(word: str, lowercase: frozenset[str], *, places: bool = True) -> bool:
    """A capitalised word that may be a given name: no title, common word (``lowercase``),
    place, state or nationality, month or day. Shared by the resolver's full-name searches
    and the article's quoted-speaker one, so that both read a given name alike.
    ``places=False`` keeps a town's name that is as often a given name ("Adam", a town in
    Oman: "Adam Schiff"), where the surname after it is already known to be a person's."""
    return not (
        word.lower() in TITLE_WORDS
        or plural_title(word)  # "to |Presidents| George W. Bush and Barack Obama"
        or word.lower() in lowercase
        or word.lower() in CALENDAR_WORDS
        or state_name(word)
        or demonym_state(word)
        or (places and place_kind(word))
        or word in ("The", "A", "An", "In", "On", "At", "But", "And")
        or word in SHORT_HONORIFICS  # capitalised words only: no "Mr."; "miss" is in _MORE_TITLES
        or word.lower() in _MORE_TITLES
        or "'" in word
        or "’" in word
        or bool(PARTICIPLE_END.search(word))
    )


PARTICIPLE_END = re.compile(rf"-(?:{'|'.join((*HYPHEN_PARTICIPLES, 'born', 'linked'))})$")
"""A word that ends in a hyphenated participle ("Yemen-based", "NATO-led") says where or by
whom, no given name: "the Yemen-based Houthi movement" names no person "Yemen-based Houthi",
though the article writes "Houthi" alone elsewhere as if a surname."""


_MORE_TITLES = frozenset("miss madam mufti elder cleric sister brother uncle aunt".split())
"""Honorifics and kin words that precede a name as titles do ("Mufti Abdul Qawi", "Elder
Nelson White"), which no given name is."""
