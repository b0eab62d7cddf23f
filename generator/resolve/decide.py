"""Whether a found name is an actor, which one, and of what type, from all its mentions.

The NER labels one name differently in different sentences ("Hagia Sophia" as an
organisation once, a building twice); the decision is a vote over every mention in the
briefing, then the word rules (titles, events, laws, places). A name that means a curated
actor, a state, the government of a state, or a capital read as an organisation ("Moscow
said") is that actor; a city or region read as an organisation is a place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..gazetteer import (
    capital_state,
    demonym_state,
    federal_units,
    place_kind,
    state_name,
    states_named_like_us_states,
    territory_names,
    us_state_names,
)
from .names import (
    BODIES_OF,
    NUMBERED_BODY,
    OUTLET_HEADS,
    given_name,
    is_common_word,
    looks_like_name,
    not_an_actor,
)
from .vocab import (
    ACTOR_LABELS,
    BREAKAWAY_STATES,
    BUILDING_NOUNS,
    CONSTITUENT_COUNTRIES,
    ETHNIC_DEMONYMS,
    GOVERNMENT_WORDS,
    HEADLINE_VERBS,
    MEDIUM,
    NOT_ACTING_REGIONS,
    NOT_ACTOR_LABELS,
    PREMISES_NOUNS,
    PROGRAMME,
    SEATS_OF_GOVERNMENT,
    SETTLEMENT_HEADS,
    SMALL_US_TERRITORIES,
    TOPONYM_HEADS,
    UTTERANCE,
    WELL_KNOWN_GROUPS,
)


def is_demonym(word: str) -> bool:
    """A people's adjective, a state's ("Chinese", from ``demonym_state``) or a stateless
    people's ("Kurdish", ``ETHNIC_DEMONYMS``): the checks that want either ask this once."""
    return bool(demonym_state(word)) or word in ETHNIC_DEMONYMS


def region_that_acts(name: str) -> bool:
    """A constituent country, a breakaway state, a US state, a federation's unit ("Goa", "New
    South Wales", ``federal_units``) or a dependent territory (a small US one, "Christmas
    Island", "Mayotte", "Macau"): each has its own government, so it is a state
    where its article has it act ("Ohio postponed its primary", "the Macau government has
    made public") and a place named where it does not ("primaries were held in Ohio", "asylum
    seekers held on Christmas Island"), as the gold's dev conventions type them. Not "Georgia"
    (also a country), nor "Washington"."""
    return (
        name in CONSTITUENT_COUNTRIES
        or name in BREAKAWAY_STATES
        or name in SMALL_US_TERRITORIES
        or name in territory_names()
        or name in federal_units()
        or (
            name in _fifty_states()
            and name not in states_named_like_us_states()
            and name not in NOT_ACTING_REGIONS
        )
    )


@cache
def _fifty_states() -> frozenset[str]:
    """The fifty US states: not DC, nor Puerto Rico or the other outlying areas (states of
    their own in the gazetteer; the small ones are ``SMALL_US_TERRITORIES``)."""
    return frozenset(
        n
        for n in us_state_names()
        if n != "District of Columbia" and "Islands" not in n and not state_name(n)
    )


_BUILDING_NAME = re.compile(
    r" (?:Detention (?:Centre|Center|Camp)|"
    + "|".join(sorted(n.title() for n in BUILDING_NOUNS))
    + r")$"
)
"""The end of a building's name of two words or more: a place, never the body that runs it
("Christmas Island Immigration Detention Centre", "Evin Prison", "Villa Rose Hotel")."""


@dataclass(frozen=True)
class Verdict:
    """What a name is: an actor (``name`` and ``type``) or not (``reason``)."""

    name: str | None = None
    """The actor's canonical name; None when rejected."""
    type: str | None = None
    reason: str = ""
    curated_key: str | None = None


LEVELS = frozenset("federal central".split())
"""Words for a state's whole government against its regions' ("the US Federal Government",
"China's central government"): still the state's government, which ``../shared/GOLD.md``
folds into the state; with no state named, the state its article names most."""


_BODY_PREPOSITION = re.compile(
    r"(?<=\S )(?:(?i:sans|sin|sem|ohne|für|avec|para|por|senza|zonder|without|against)"
    r"|(?i:POUR)(?= (?:[^A-Z]|(?i:la|le|les|l['’]|un|une|des|du)\b))|pour)(?= \S)"
)
"""Prepositions of French, Spanish, Portuguese, German, Italian, Dutch and English inside a
name ("Médecins Sans Frontières", "Ärzte ohne Grenzen", "Reporters Without Borders"): a
body's name, never a person's, whose particles are others ("de", "y", "van", "bin"). A
capitalised "Pour" before a capitalised word other than an article is the Persian
patronymic ("Mostafa Pour Mohammadi", review32), not French "pour" ("Union Pour la …")."""


def government_of(name: str) -> str | None:
    """'Hungarian government', 'Government of Iraq', 'Saudi authorities', 'the US Federal
    Government', 'Federal Government of Somalia': the state; 'Goa's government': the region
    with its own government (``region_that_acts``)."""
    words = "|".join(GOVERNMENT_WORDS)
    level = rf"(?:(?:{'|'.join(sorted(LEVELS))}) )?"
    match = re.fullmatch(
        rf"(?:(?P<x>.+?)(?:['’]s)? {level}(?:{words})|{level}(?:{words}) of (?:the )?(?P<y>.+))",
        name,
        flags=re.IGNORECASE,
    )
    if not match:
        return None
    place = match.group("x") or match.group("y")
    # "Goa's government announced": a region's own government is the region acting.
    return state_name(place) or demonym_state(place) or (place if region_that_acts(place) else None)


COALITIONS = frozenset("coalition unity interim transitional caretaker minority".split())
"""Words for who holds a government ("the Coalition Government", "a caretaker government"),
which name a state's government at one time as a leader's name does: the state."""
_LED = re.compile(r"(.+?) (?:administration|government|regime)", re.IGNORECASE)


def led_by(name: str, people: frozenset[str], surnames: frozenset[str] = frozenset()) -> str | None:
    """'Trump administration', 'Johnson government' -> the leader's name, one of the words
    ``people`` (the NER's person names) hold; None when the name is not a government named for
    a person ("Federal Aviation Administration"; a state's is ``government_of``'s). "Ian
    Smith's government" names the person, and may be another state's than the article's.
    A leader's name that is also a place's ("Howard", a town) is the leader's only where it
    ends a person's full name the NER read or is read alone more as a person's than as a
    place's (``surnames``: "John Howard ... the Howard Government", "President Bush ... Bush
    Administration officials"); else the government may be the town's."""
    match = _LED.fullmatch(name)
    if not match or government_of(name):
        return None
    leader = match.group(1)
    if leader.lower() in COALITIONS | LEVELS:
        # "the Coalition Government": named for who holds office, no body; "the Federal
        # Government": the state's own, its state unnamed
        return leader
    named = all(word in people or word in surnames for word in leader.split())
    return leader if named and (not place_kind(leader) or leader in surnames) else None


_LED_BY_ONE = re.compile(r"([A-Z][a-z]+) (?:[Aa]dministration|[Gg]overnment|[Rr]egime)")


def named_only_as_leaders(names: Iterable[str], lowercase: frozenset[str]) -> frozenset[str]:
    """'the Howard Government', where no sentence reads "Howard" as a person (nor as a town:
    the gazetteer's town of that name is never written alone): a capitalised word the
    briefing writes only right before "government", "administration" or "regime" names a
    leader, not a place or body, which its articles would name alone or in other names too
    ("in Howard", "Hamas said"). Not a common word, a region ("the Punjab government"), a
    capital, a state or its adjective (``government_of``'s), nor "Coalition" or "Federal"."""
    names = list(names)
    led = {m.group(1): name for name in names if (m := _LED_BY_ONE.fullmatch(name))}
    if not led:
        return frozenset()
    led_names = set(led.values())
    words = {
        word.removesuffix("'s").removesuffix("’s")
        for name in names
        if name not in led_names
        for word in name.split()
    }
    return frozenset(
        word
        for word in led
        if word not in words
        and word.lower() not in lowercase | COALITIONS | LEVELS
        and place_kind(word) != "a region"
        and not (capital_state(word) or state_name(word) or demonym_state(word))
    )


def _region_adjective(name: str) -> bool:
    """'Kashmiri', 'Punjabis': a region's name and "-i" (or "-is"), the adjective for its
    people ("the Kashmiri people", "Kashmiris' concerns"); a state's are ``demonym_state``'s."""
    stem = name.removesuffix("s")[:-1]
    return stem[-1:] not in "aeiou" and place_kind(stem) == "a region"


def _people_of(name: str) -> bool:
    """'American Samoans', 'Puerto Ricans': the people of a state or region of two words."""
    return any(state_name(p) or place_kind(p) for p in (name[:-2], name[:-3] + "o"))


_SURNAME_PLACE_HEADS = frozenset({"arena"})
"""Building's nouns ending a place's name (``NOT_ACTOR_HEADS``, actors86's "Manchester
Arena") that are surnames too ("Bruce Arena"): a person's where the NER reads a person and the
article writes the surname alone. Not "Bay", "Avenue" (a place's noun still names a place)."""


def _surname_like_a_noun(
    name: str, label: str, why: str, alone: frozenset[str], lowercase: frozenset[str]
) -> bool:
    """'Doris Day', 'Jeremy Hunt': a person's name whose surname is a noun that ends events',
    laws' or products' names ('Day', 'Hunt'), when its article writes that surname alone
    ("Day was born Doris Mary Ann Kappelhoff") or its given name is a word the briefing never
    writes in lower case ("Jeremy", not "witch" of a "Witch Hunt"); a place's noun ('Bay',
    'Avenue') still names a place. 'Carla Bishop': an office's word after a given name (no
    title, common word or place, as "Environment" of "Environment Minister" is) is a surname."""
    tokens = name.split()
    if (
        label == "PERSON"
        and len(tokens) == 2
        and why == f"an office ('… {tokens[-1]}'), not its holder"
        and given_name(tokens[0], lowercase, places=name not in alone)
    ):
        # "Carla Bishop"; "Ada Bishop … Ms Bishop": a town's name ("Ada") is a given name too
        # where the article writes the surname alone
        return True
    if (
        label == "PERSON"
        and len(tokens) == 2
        and why == f"names a place or building ('{tokens[-1]}')"
        and name in alone
        and tokens[0].lower() not in lowercase
        and tokens[-1].lower() in _SURNAME_PLACE_HEADS
    ):
        return True  # "Bruce Arena … Arena said": the coach, not a venue (review36)
    kinds = ("event", "law or document", "product or idea", "award")
    return (
        label == "PERSON"
        and (name in alone or (len(tokens) == 2 and tokens[0].lower() not in lowercase))
        and any(
            why == f"names {'an' if k[0] in 'aeiou' else 'a'} {k} ('{tokens[-1]}')" for k in kinds
        )
        and all(t[:1].isupper() for t in tokens)
    )


def newspaper(name: str) -> bool:
    """'South China Morning Post', 'Jakarta Post', 'USA Today': two capitalised words or
    more, ending in a newspaper's word."""
    tokens = name.split()
    return (
        len(tokens) >= 2
        and (tokens[-1].lower() in OUTLET_HEADS or tokens[-1] == "Today")
        and all(t[:1].isupper() for t in tokens if t.lower() not in ("of", "the"))
    )


_CAMEL = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]+[A-Z][A-Za-z]*")
"""One word with a capital inside it after lower-case letters ("UpGuard", "SoftBank"): a
company's or a brand's name, no person's (a family name's prefix apart: "McArthur",
"DeSantis", "LaToya")."""


def shouted(name: str, lowercase: frozenset[str]) -> bool:
    """'RUSSIA ABSTAINS AS COUNCIL VOTES', 'ABSTAINS': a headline or label set in capitals,
    which the NER reads as an organisation's name. Some word of it (four letters or more; five
    when it stands alone, as "NATO", "OPEC" or the charity "CARE" do) is one the articles
    write in lower case, or that word's verb or plural is ("abstained", "voted"), or a verb
    headlines use ("TRUMP SUES"), or, in a name of several words, a state's name of four
    letters or more ("BRAZIL SENATE", which no acronym spells). An acronym is no word
    ("WHO")."""
    tokens = [t.strip(".,:;!?'’\"") for t in name.split()]
    if not tokens or not all(t.isupper() for t in tokens if any(ch.isalpha() for ch in t)):
        return False
    shortest = 4 if len(tokens) > 1 else 5
    for token in tokens:
        word = token.lower()
        if len(tokens) > 1 and word in HEADLINE_VERBS:
            return True  # "TRUMP SUES", though no article writes "sues"
        if len(tokens) > 1 and len(word) >= 4 and word.isalpha() and state_name(word.title()):
            return True  # "BRAZIL SENATE": a state's name set in capitals
        if len(word) < shortest or not word.isalpha():
            continue
        if any(form in lowercase for form in _forms(word)):
            return True
    return False


def _forms(word: str) -> set[str]:
    """The word, its stem and the forms the stem takes as a verb or a plural ('VOTE': vote,
    votes, voted, voting; 'ABSTAINS': abstain, abstained; 'RALLIES': rally, rallied)."""
    stems = {word, word.removesuffix("s"), word.removesuffix("es")}
    if word.endswith("ies"):
        stems.add(word[:-3] + "y")
    forms = set(stems)
    for stem in stems:
        forms |= {stem + "s", stem + "ed", stem + "ing"}
        if stem.endswith("e"):
            forms |= {stem + "d", stem[:-1] + "ing"}
        if stem.endswith("y"):
            forms |= {stem[:-1] + "ied", stem[:-1] + "ies"}
    return forms


def vote(labels: Counter[str], name: str) -> tuple[str | None, str]:
    """The actor label most mentions give, or None and the reason when non-actor labels
    outvote the actor ones (a GPE that is no state counts as a place)."""
    actor, other = Counter[str](), Counter[str]()
    for label, n in labels.items():
        if label == "GPE" and not state_name(name):
            other["GPE"] += n
        elif label in ACTOR_LABELS:
            actor[label] += n
        elif label in NOT_ACTOR_LABELS:
            other[label] += n
    if (
        not actor
        or sum(other.values()) > sum(actor.values())
        or (other[UTTERANCE] and sum(other.values()) == sum(actor.values()))
    ):
        # a tie with a phrase shouted goes to the phrase ("shouted |Allahu Akbar| … heard
        # |Allahu Akbar|", actors86): one shouts a person's name only as owner ("chanting
        # Trump's name", ``article._uttered``), and a person named once besides is little
        top = max(sorted(other), key=lambda k: other[k]) if other else "GPE"
        if top == MEDIUM:
            return None, f"{NOT_ACTOR_LABELS[top]} ('a YouTube video', 'on Twitter')"
        if top == PROGRAMME:
            return None, f"{NOT_ACTOR_LABELS[top]} ('told Meet the Press', 'on NBC's Today')"
        if top == UTTERANCE:
            return None, f"{NOT_ACTOR_LABELS[top]} ('shouting Allahu Akbar')"
        return None, f"the language model reads it as {NOT_ACTOR_LABELS[top]}"
    return max(sorted(actor), key=lambda k: actor[k]), ""


_PLACED_COURT = re.compile(
    r"((?:[A-Z][\w'’.-]* ){0,2}[A-Z][\w'’.-]*) "
    r"(?:District|Circuit|County|Municipal|Magistrates['’]?|High|Supreme|Appeals?|Criminal|"
    r"Federal|Constitutional|Military|Regional|Provincial|Administrative) Court"
)
"""A court named by its seat and its level ("Jerusalem District Court", "Seoul High Court"):
a body, though the NER reads the seat's name as a place or the court as its building
(actors94); not a place named "… Court" ("Earls Court", "Hampton Court"), which has no level."""

COMMON_WORD = "a common word the articles also write in lower case"
"""The reason a one-word name is rejected as a word; ``resolve._parties`` reads it back."""


_CHAMBER_COMMITTEE = re.compile(
    r"((?:[A-Z][\w.]* )*)(House of Representatives|House of Commons|House of Lords|Senate|"
    r"House|Congress|Parliament)['’]s? ((?:[A-Z][\w-]* )*(?:Sub)?[Cc]ommittee\b.*)"
)
"""A chamber's possessive glued before its committee's name ("House of Representatives'
Committee on X", "Senate's Judiciary Committee"); a committee's own name puts the chamber
first, without the possessive."""


def decide(
    name: str,
    labels: Counter[str],
    curated_key: str | None,
    lowercase: frozenset[str],
    place: str | None = None,
    people: frozenset[str] = frozenset(),
    alone: frozenset[str] = frozenset(),
    titled: frozenset[str] = frozenset(),
    traded: frozenset[str] = frozenset(),
    surnames: frozenset[str] = frozenset(),
    own_words: frozenset[str] = frozenset(),
) -> Verdict:
    """The verdict on one found name; ``curated_key`` when it is a curated actor's name,
    ``place`` the longer place name the articles also use for it ("Hagia Sophia Museum"),
    ``people`` the words of the names the NER reads as people's ("Trump administration"),
    ``alone`` the people's names whose surname an article writes alone ("Day was born"),
    ``titled`` the one-word names written after a title ("Mr. |CreepyPasta|"), ``traded``
    the one-word names an article calls a company's ("oil firm |Yukos|", ``Candidate.traded``),
    which no place's name nor a lone mention outweighs; ``surnames`` the last words of the
    people's full names the NER read and the one-word names it reads most as a person's
    (``led_by``); ``own_words`` the one-word names no
    article naming them writes in lower case (``names.own_words_only``): no common word."""
    if curated_key:
        return Verdict(name, None, curated_key=curated_key)
    if name in WELL_KNOWN_GROUPS:
        return Verdict(name, "organisation", "a well-known group")
    if region_that_acts(name) and not (
        name in federal_units() and (labels["PERSON"] + labels["ORG"]) * 2 > labels.total()
    ):
        # A federation's unit read mostly as a person or a body is one ("Punjab said" of a
        # party's leader is rare; the guard keeps a namesake off the region's page).
        # Found only where it acts in its article (``resolve._nations_acting``).
        # "Macau" is Macao's page, as ``state_name`` spells it; a US state keeps its name.
        return Verdict(
            state_name(name) or name,
            "state",
            "a region with its own government that acts in its article",
        )
    if led_by(name, people, surnames):
        return Verdict(reason="a leader's government: the state it governs, not a person")
    if name in states_named_like_us_states() and labels["LOC"] * 2 > labels.total():
        return Verdict(reason="a US state (a place), as most mentions say")
    if state := state_name(name):
        return Verdict(state, "state")
    if seat := SEATS_OF_GOVERNMENT.get(name):
        return Verdict(seat, "state", "the seat of its government")
    if (state := government_of(name)) and (
        state_name(state) or labels["LOC"] * 2 < labels.total()
    ):  # "in the |State of Uttarakhand|": a region written as a place, no government (actors96)
        return Verdict(state, "state", "its government")
    label, reason = vote(labels, name)
    if label == "PERSON" and _CAMEL.fullmatch(name) and (labels["ORG"] or name not in titled):
        # "UpGuard", "SpaceX", read as a person's name: a company's; not a handle after a
        # title ("YouTube personality Mr. |CreepyPasta|"), unless also read as a body's.
        label = "ORG"
    if label == "PERSON" and NUMBERED_BODY.fullmatch(name):
        label = "ORG"  # "G8", "MI6" read as a person's name: no person's has a figure
    if label == "PERSON" and _BODY_PREPOSITION.search(name):
        label = "ORG"  # "Médecins Sans Frontières": "sans" is in no person's name
    if (
        label is None
        and "place" in reason
        and (court := _PLACED_COURT.fullmatch(name))
        and not state_name(court.group(1))  # "U.S. District Court": one of 94, its district cut
    ):
        label = "ORG"  # "the |Jerusalem District Court|", read as a place: the court that sits
    if label is None and newspaper(name):
        label = "ORG"  # "The Hong Kong-based |South China Morning Post|", read as a place
    elif label == "PERSON" and newspaper(name) and not name.endswith(" Post"):
        label = "ORG"  # "the |Manila Bulletin| reported", read as a person ("Wiley Post" is one)
    if label is None:
        return Verdict(reason=reason)
    if label == "PERSON" and " " in name and name.rsplit(" ", 1)[1].lower() in PREMISES_NOUNS:
        return Verdict(reason="a business's premises named for its owner ('Anwar Workshop')")
    folk = re.fullmatch(r"(.+?)ers", name)  # "Hong Kongers"; not "New Yorker", an outlet
    one = re.fullmatch(r"(.+?)er", name)  # "Hong Konger": one of a state's people
    if (
        (
            re.fullmatch(r"[A-Z][a-z]+s", name)
            and demonym_state(name[:-1])
            and labels["PERSON"] * 2 <= labels.total()  # "Francis" is no people of France
        )
        or (folk and (state_name(folk.group(1)) or place_kind(folk.group(1))))
        # "Kashmiri", "Kashmiris", "Punjabis": a region's people, by its adjective (actors96)
        or (re.fullmatch(r"[A-Z][a-z]+is?", name) and _region_adjective(name))
        or (one and " " in name and state_name(one.group(1)))
        or (name.endswith("ans") and " " in name and _people_of(name))
    ):
        return Verdict(reason="a nationality's people ('Samoans'), not an actor")
    if label == "ORG" and (state := capital_state(name)):
        return Verdict(state, "state", "its capital, the seat of its government")
    if label == "ORG" and _BUILDING_NAME.search(name):
        # "Phosphate Hill Immigration Detention Centre", "Casuarina Prison": no body.
        return Verdict(reason="a building's name (a prison, a hotel, a camp): a place")
    if label == "ORG" and place:
        what = "a ship" if place.endswith(name) else "a place"
        return Verdict(reason=f'{what}: the articles also call it "{place}"')
    if (
        (label == "ORG" or (label == "PERSON" and " " in name))
        and not name.isupper()  # "UN" is no town of that name
        and name not in traded  # "car maker |Mercedes|", "mobile operator |Orange|"
        and (kind := place_kind(name))
    ):
        return Verdict(reason=f"{kind}'s name: a place, not an organisation")  # nor a person
    if (why := not_an_actor(name)) and not _surname_like_a_noun(name, label, why, alone, lowercase):
        return Verdict(reason=why)
    if (
        label in ("PERSON", "ORG")
        and 2 <= len(words := name.split()) <= 3
        and words[0] in TOPONYM_HEADS
        and not any(w.lower() in BODIES_OF | {"brigade", "army", "forces"} for w in words)
        # "Ras Baraka said ... Baraka told": a person's surname alone; "Kfar" is no given name
        and (name not in alone or words[0] in SETTLEMENT_HEADS)
    ):
        return Verdict(reason="a town's name ('Ras al-Ain', 'Deir ez-Zor'): a place")
    if shouted(name, lowercase):
        return Verdict(reason="words of a headline or label in capitals, not a name")
    if not looks_like_name(name, label) and not (label == "ORG" and newspaper(name)):
        return Verdict(reason="a fragment or a word, not a full name")
    if label != "GPE" and is_common_word(name, lowercase) and name not in own_words:
        return Verdict(reason=COMMON_WORD)
    if (
        label == "ORG"
        and labels.total() == 1
        and " " not in name
        and not name.isupper()
        and name not in traded  # "Spanish builder firm |Ferrovial|": told by its noun
    ):
        return Verdict(reason="named once, in one word: too little to tell an organisation")
    if chamber := _CHAMBER_COMMITTEE.fullmatch(name):
        # "House of Representatives' Committee on Oversight and Reform": the committee,
        # named as its chamber names it ("House Committee on Oversight and Reform").
        head = "House" if chamber.group(2) == "House of Representatives" else chamber.group(2)
        return Verdict(f"{chamber.group(1)}{head} {chamber.group(3)}", "organisation")
    return Verdict(name, ACTOR_LABELS[label])


MEDIA_WORDS = frozenset(
    "news times post herald tribune radio tv television broadcasting press journal gazette".split()
)
"""Words that make an organisation's name a news medium's ("Fox News", "Miami Herald",
"Associated Press", "Radio Free Asia"); "Agency" only after "News" or "Press" (the
International Atomic Energy Agency is none)."""

_NOT_MEDIA_WORDS = frozenset(
    "ministry council committee assembly parliament party government department office "
    "university court police army forces union commission bank mission club hall congress "
    "senate house conference institute institution foundation association society "
    "organization organisation federation center centre observatory survey".split()
)
"""Words of a body's name that no outlet's has ("told the UN Security Council", "the
Press Council", "according to the National Conference of State Legislatures"): such a name
told something is an audience, and cited, a body's source, not a medium."""

_CUE_BEFORE = re.compile(
    r"\b(?i:told|telling|interview(?:ed)?\s+(?:with|on|to|by)|reported by|speaking to|"
    r"in remarks to)\s+(?:the\s+)?"
)
_CUE_AFTER = re.compile(
    r"\b(?:correspondents?|reporters?|journalists?|interviewer|anchor|editor|host|presenter|"
    r"photographer|interview)\b"
)
"""'NBC's correspondent', 'BBC's Middle East editor', 'an AFP photographer', 'in a CBS
interview', 'CNN's host': a name whose reporter, editor, host or interview the text names (the
word found first, the name before it read back: ``_STAFF_OF``)."""
_STAFF_OF = re.compile(r"(?:(['’]s?)\s+(?:[A-Z][\w-]+\s+)*|\s+)$")
"""Before ``_CUE_AFTER``'s word: the possessive, if any, and a desk's capitalised words ("'s
Middle East editor")."""
_MEDIUM_NOUN = (
    r"(?:newspaper|broadcaster|news agency|news outlet|news website|news site|tabloid|"
    r"magazine|radio station|television channel|TV channel|television station)"
)
_REPORTS = (
    r"\s+(?:reported|reports|revealed|reveals|said|says|wrote|writes|quoted|quotes|published|"
    r"cited)\b"
)
"""A medium's verbs as a source: what it reported, revealed, said, wrote or quoted."""
_TOLD_AFTER = re.compile(
    rf"\s*(?:[.,:;\"“”]|$|\s(?:that|on|in|last|this|earlier)\b|\s+{_MEDIUM_NOUN}\b)"
)
"""What follows a medium told something: the end of the clause or a quotation opening
("told Reuters "it almost…""), "that", a time ("told CNN on Monday"), its kind ("told the
|Agence France-Presse| news agency that"), not a clause of what was said ("he told AMD he had
to stop")."""
_NOUN_BEFORE = re.compile(rf"\b{_MEDIUM_NOUN}\s+(?:the\s+)?(?=[A-Z])")
"""'television broadcaster |PBS| revealed', 'daily newspaper |Magyar Nemzet| revealed': a
medium's kind, then its name, then a source's verb (``_REPORTS``): a medium cited as a source,
not only named ("employees of the newspaper Kalameh Sabz were arrested": a body, GOLD.md). Not
"daily" or "weekly" alone, which may say how often ("the weekly Cabinet meeting")."""
_REPORTS_AFTER = re.compile(_REPORTS)
_TOLD_KIND = re.compile(
    r"\b(?i:told|telling|said to|speaking to|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$"
)
"""Before a medium's kind, what makes its name a source: "said to the news agency |Reuters|.",
"told the state broadcaster |NHK| that", "reported by the daily newspaper |Le Monde|"."""
_NOUN_AFTER = re.compile(rf"\s+(?:{_MEDIUM_NOUN}|daily|weekly)(?={_REPORTS})")
"""'the |Guardian| newspaper reported', 'the |Kommersant| daily said': a name, then its kind,
then a source's verb; not a kind that a noun follows ("the EU weekly meeting") nor a name
("the Hamas newspaper Felesteen" names a body's paper)."""
_REPORTED_AFTER = re.compile(r"\s+(?:reported|reports|, citing)\b")
_ACCORDING_TO = re.compile(r"\b(?i:according to)\s+(?:the\s+)?(?=[A-Z])")
"""The shapes that cite a name as a source without telling a medium from a body ("Reuters
reported", "according to CNN"; ministries, police and watchdogs are cited so too): each only a
vote (``reported_among``)."""
WEAK = ""
"""The last item of a citation of ``_REPORTED_AFTER``'s or ``_ACCORDING_TO``'s shape, which no
name is: a vote for a medium, not a proof (``reported_among``)."""
_AND = re.compile(r"\s(?:and|&)\s+(?:the\s+)?(?=[A-Z])")
"""'According to Reuters and |NBC|', 'told the BBC and |CNN|': a second name cited alike."""


def media_name(name: str) -> bool:
    """'Miami Herald', 'Fox News', 'Press TV', 'Xinhua News Agency': a name holding a
    news medium's word and no body's word."""
    words = [w.strip(".,'’").casefold() for w in name.split()]
    if any(w in _NOT_MEDIA_WORDS for w in words):
        return False
    if any(w in MEDIA_WORDS for w in words) or (len(words) > 1 and words[-1] in OUTLET_HEADS):
        return True  # "Manila Bulletin", "The Daily Telegraph": a newspaper's last word
    return any(a in ("news", "press") and b == "agency" for a, b in pairwise(words))


def cited_as_media(names: Iterable[str], texts: Iterable[str]) -> frozenset[str]:
    """The names some text cites as news media (``_CUE_BEFORE``, ``_CUE_AFTER``), a body's
    name apart: the words right after or before a cue, up to six, read as a known name."""
    return cited_among(names, media_citations(texts))


def media_citations(texts: Iterable[str]) -> list[list[str]]:
    """Each citation of a name as news media in ``texts``, as the names it may cite, longest
    first: up to six words right after a cue (``_CUE_BEFORE``, ``_NOUN_BEFORE``; after "told",
    only a name that ends the clause) or before one (``_CUE_AFTER``, ``_NOUN_AFTER``; a bare "X
    reporter" only for a name in capitals), and a second name joined by "and". Citations of a
    weaker shape ("Reuters reported", "according to CNN") end with ``WEAK``. What a citation
    cites depends on the briefing's names (``cited_among``); what it may cite only on its
    article's text, so a rebuild keeps it per article."""
    found: list[list[str]] = []
    for text in texts:
        for m in _CUE_BEFORE.finditer(text):
            told = m.group().split()[0].casefold() in ("told", "telling")
            found.extend(_names_after(text, m.end(), _TOLD_AFTER if told else None))
        for m in _NOUN_BEFORE.finditer(text):
            to_it = _TOLD_KIND.search(text, max(0, m.start() - 40), m.start())
            found.extend(_names_after(text, m.end(), _TOLD_AFTER if to_it else _REPORTS_AFTER))
        for m in _ACCORDING_TO.finditer(text):
            found.extend([*names, WEAK] for names in _names_after(text, m.end()))
        for m in _CUE_AFTER.finditer(text):
            owner = _STAFF_OF.search(text, max(0, m.start() - 40), m.start())
            if owner and (names := _names_before(text, owner.start(), bool(owner.group(1)))):
                found.append(names)
        for m in _NOUN_AFTER.finditer(text):
            if names := _names_before(text, m.start(), True):
                found.append(names)
        for m in _REPORTED_AFTER.finditer(text):
            if names := _names_before(text, m.start(), True):
                found.append([*names, WEAK])
    return found


def _names_after(text: str, start: int, ending: re.Pattern[str] | None = None) -> list[list[str]]:
    """The names a cue ending at ``start`` may cite (up to six words, longest first; only one
    that ``ending`` follows, if given: after "told", one that ends the clause), and, with no
    ``ending``, those of a name joined to it by "and"."""
    window = text[start : start + 80]
    words = window.split()[:6]
    names = []
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip('.,;:)"”’')
        if name.endswith(("'s", "’s")):
            continue
        end = start + window.find(name) + len(name)  # matched in place, not copied
        if ending is None or ending.match(text, end):
            names.append(name)
    found = [names] if names else []
    joined = _AND.search(window)
    if joined and ending is None and words and joined.start() < window.find(words[-1]):
        # "according to Reuters and |NBC|": the words after "and" begin a second citation
        found.extend(_names_after(text, start + joined.end())[:1])
    return found


def _names_before(text: str, end: int, named: bool) -> list[str]:
    """The names (up to six words, longest last word first) that a cue starting at ``end``
    may cite: any where ``named`` (a possessive, a medium's kind, "reported"), else only a
    name in capitals ("an AFP reporter")."""
    words = text[max(0, end - 80) : end].split()[-6:]
    names = []
    for n in range(len(words), 0, -1):
        name = " ".join(words[-n:]).lstrip('("“')
        if named or name.isupper():
            names.append(name)
    return names


def cited_among(names: Iterable[str], citations: Iterable[Sequence[str]]) -> frozenset[str]:
    """The names of ``names`` that some citation (``media_citations``) cites: the first it
    may cite that is one, a body's name apart; a citation of a weaker shape (``WEAK``) only
    by the vote of ``reported_among``."""
    known = _known(names)
    found: set[str] = set()
    for citation in citations:
        if citation and citation[-1] == WEAK:
            continue
        if name := _first_known(citation, known):
            found.add(name)
    return frozenset(found)


def reported_among(
    counts: dict[str, Counter[str]], citations: Iterable[Sequence[str]]
) -> frozenset[str]:
    """The names the texts cite as a source ("Reuters reported", "according to CNN": ``WEAK``)
    at least twice, in half their mentions or more: a vote over a name's mentions, since a
    ministry or a watchdog is cited so now and then but mostly acts ("the ministry said", "the
    WHO urged"), a news agency mostly only reports. ``counts`` are the labels of each name's
    mentions in the briefing, a body's name apart."""
    known = _known(counts)
    votes: Counter[str] = Counter()
    for citation in citations:
        if citation and citation[-1] == WEAK and (name := _first_known(citation, known)):
            votes[name] += 1
    return frozenset(n for n, v in votes.items() if v >= 2 and 2 * v >= counts[n].total())


def _known(names: Iterable[str]) -> set[str]:
    """The names that may be a medium's: none holding a body's word (``_NOT_MEDIA_WORDS``)."""
    return {
        n
        for n in names
        if not any(w.strip(".,'’").casefold() in _NOT_MEDIA_WORDS for w in n.split())
    }


def _first_known(citation: Sequence[str], known: set[str]) -> str | None:
    """The first name a citation may cite that is one of ``known``."""
    return next((name for name in citation if name in known), None)


def as_media(verdict: Verdict, cited: frozenset[str]) -> Verdict:
    """An organisation the text shows is news media (its name's word, ``media_name``, or a
    citation's shape, ``cited_as_media``) is an outlet: its type ``media`` puts it among
    "News outlets" and "Reported by". A curated type stands (a verdict with a curated key
    carries none)."""
    if (
        verdict.type == "organisation"
        and verdict.name
        and (media_name(verdict.name) or verdict.name in cited)
    ):
        return Verdict(verdict.name, "media", verdict.reason or "news media", verdict.curated_key)
    return verdict
