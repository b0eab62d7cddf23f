"""People: names of persons, their titles and offices, and persons glued to other words.

``_ranked``, ``_holder``, ``_in_office``, ``_honoured`` and ``_titled`` (a title, a rank or an
honorific before a name), ``_glued_person``, ``_town_glued``, ``_place_people_glued`` and
``_labelled_person`` (a person's name the NER glued to a place or a label),
``_extend_cut_people`` and ``_given_name`` (a given name or a particle the NER cut off),
``_join_cut_names``, ``_full_name_written`` and ``_speaker_name`` (a surname to the full name
the article writes)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...gazetteer import demonym_noun, place_kind, state_name, us_state_names
from ...model import Article, QuoteFrame, Span
from ...titles import TITLE_WORDS
from ..bodies import body_key
from ..decide import demonym_state, media_name
from ..names import (
    ABBREVIATED_TITLES,
    GIVEN_NAME_PLACES,
    OFFICE_NOUNS,
    clean_name,
    given_name,
    is_acronym,
    strip_glued_prefix,
    strip_titles,
    title_only,
)
from ..vocab import (
    CALENDAR_WORDS,
    COMPANY_SUFFIXES,
    CONNECTORS,
    LOCATIVES,
    NOT_ACTOR_HEADS,
    PERSON_LABELS,
    PLACE_NOUNS,
    POST_NOMINALS,
    SURNAME_HONORIFICS,
)
from .words import (
    _OPENERS,
    _SENTENCE_OPENERS,
    BODY_HEADS,
    HONORIFICS,
    NOT_OFFICES,
    ONE_NAME_ROLES,
    ORG_HEADS,
    ORG_WORDS,
    RANK_QUALIFIERS,
    ROLE_NOUNS,
    SPEAKER_NOT_PERSON,
    SURNAME_RANKS,
    _a_place,
    _low_title,
    _name_word,
    body_word,
    person_like,
    rank_name_word,
    title_word,
)

_WORD = re.compile(r"\S+")
_EDGE = "\"“”‘’'.,;:()[]—–-"


def _titled(paragraphs: Sequence[str]) -> set[str]:
    """The words an article writes right after an honorific ("Mr |Joyce|", "Ms Cole"):
    people's surnames, which no company's noun beside them makes a company's."""
    return {m.group(1) for text in paragraphs for m in _TITLED.finditer(text)}


_TITLED = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, sorted(SURNAME_HONORIFICS)))})\s+([A-Z][\w'’-]*)"
)


def _located_title(words: list[str]) -> bool:
    """'in Sheikh |Jarrah|', 'near Sultan |Hamad|': a place named for someone, after a
    preposition of place; the NER keeps the title out of the name it reads as a person's."""
    return len(words) == 2 and words[0] in LOCATIVES and words[1].lower() in HONORIFICS


def _opens_with_people(cut: re.Match[str], before: str) -> bool:
    """'Fighters of |Hayat Tahrir al-Sham|', 'Members of |Congress|': a plural noun that opens
    the sentence, capitalised only for that, then 'of': the name after it is whole."""
    word = cut.group(1)
    opening = before[: cut.start(1)].rstrip()
    return (not opening or opening[-1] in '.!?"”') and re.fullmatch(
        r"[A-Z][a-z]+[^s]s", word
    ) is not None


def _named(name: str) -> bool:
    """A person's name or an acronym: no place, even at the end of a list of places ("in
    Helsinki and |Kim Jong-un|")."""
    return person_like(name.split()) or name.isupper()


_ROLES = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
_ROLE_BEFORE = re.compile(rf"(?<![\w-])({_ROLES})s?(,?) $")
"""'ex-CIA |official| Paul Pillar', 'Their French |colleague|, Laurent Fabius,', 'two ex-CIA
|operatives|, Paul Pillar and': a role noun in lower case right before the name."""
_ROLE_AFTER = re.compile(
    r"^, (?:(?:a|an|the|his|her|their|[A-Z][\w'’-]*['’]s) )?"
    r"(?:(?!(?:whose|which|that|where|said|company|firm|group)\b)[\w'’-]+ ){0,4}?"
    rf"({_ROLES})s?(?=[,.;:)]| (?:of|for|at|in|to|from|with|who|and|on|responsible|since)\b)"
)
"""'|Borg Palm|, Kazemi's solicitor,', '|SK Sharif|, senior deputy director of', '|Gáspár
Maróth|, the Hungarian Government commissioner responsible': an apposition naming a role
(its noun ends the phrase; not "a company spokesman", whose name would be the company's)."""
_OFFICE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted((r.title() for r in ROLE_NOUNS), key=len, reverse=True))})"
    r" (?:to|of|for|at) (?:the )?(?:[A-Z][\w'’.&-]* ){1,5}$"
)
"""'Former US Ambassador to the United Nations |Nikki Haley|': an office named with the body
or state it serves, then its holder."""
_TOOK_OFFICE_AFTER = re.compile(
    r"^ (?:has |had |was |is )?(?:resigned|served|sworn in|appointed|named|elected|re-elected|"
    r"installed) as (?:the |a |an |its )?(?:[\w'’-]+ ){0,3}?"
    rf"(?:{_ROLES})s?\b"
)
"""'|Ricardo Rosselló Nevares| resigned as the governor': a name that took or left an office
held by a person."""
_CLOSED_AFTER = re.compile(r"^(?:[,;:)]| and [A-Z])")
"""What follows a name set off after a role noun and a comma ("colleague, |Laurent Fabius|,
said", "operatives, |Paul Pillar| and Ellen"); not "said a spokesman, |Associated Press|
reported", where the comma ends the clause."""
_OF_STATE_AFTER = re.compile(r"^ of (?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})")
_PAIRED_AFTER = re.compile(r"^,?(?: and)? [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2} of (?:the )?[A-Z]")
_PAIRED_BEFORE = re.compile(
    r"[A-Z][\w'’.-]* of (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:,| and|, and) $"
)
"""'|Micheline Calmy-Rey| of Switzerland and Moussa Koussa of Libya', 'Muhammadu Buhari of
Nigeria and |Patrice Talon| of Benin': names listed each with the state they speak for."""


_OF_BODY_AFTER = re.compile(
    r"^ of (?:the )?(?:[A-Z][\w'’.-]*['’]s )?"
    r"((?:[A-Z][\w'’.&-]*|\d+)(?: (?:[A-Z][\w'’.&-]*|\d+|of|the|and|for)){0,6})"
    r"(?: (news|assembly|council|party|ministry|agency|newspaper|radio|television|police))?\b"
)
"""'|Nikki Holland| of the UK's National Crime Agency', '|Paul Rivera| of WESH 2 news',
'|Suman Haripriya| of the Hajo assembly': a person named with the body or medium they work
for (a body's or medium's word in its name, or its noun after it)."""


def _of_a_body(after: str) -> bool:
    """A body's or a medium's name, or its noun, right after 'of' (``_OF_BODY_AFTER``)."""
    found = _OF_BODY_AFTER.match(after)
    if not found:
        return False
    name = found.group(1).removesuffix(" of").removesuffix(" the").removesuffix(" and")
    return bool(found.group(2) or media_name(name) or any(body_word(w) for w in name.split()))


def _of_a_state(after: str) -> int:
    """Where 'of Switzerland', 'of the United States', 'of Utah' right after the name ends
    (in ``after``); 0 when no state's or US state's name follows 'of'."""
    found = _OF_STATE_AFTER.match(after)
    if not found:
        return 0
    words = found.group(1).split()
    for n in range(len(words), 0, -1):
        run = " ".join(words[:n])
        if state_name(run) or run in us_state_names():
            return found.start(1) + len(run)
    return 0


def _persons_by_role(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> tuple[list[tuple[int, Span]], set[tuple[int, int, int]]]:
    """A name the NER read as a body's, a place's or a people's that the words around it give
    a person's role is a person's: after a role noun ("ex-CIA official |Paul Pillar|", "Their
    French colleague, |Laurent Fabius|,") or an office of a body ("Ambassador to the United
    Nations |Nikki Haley|"), before an apposition naming one ("|Borg Palm|, Kazemi's
    solicitor") or the office taken or left ("|X| resigned as the governor"), named with the
    body or medium they work for ("|Nikki Holland| of the UK's National Crime Agency"), or
    listed with the state each speaks for ("|Micheline Calmy-Rey| of Switzerland and Moussa
    Koussa of Libya"). The small model reads such names as organisations (blind43, blind44:
    persons typed organisation). The name must look like a person's (``person_like``; one
    word only after a role only people hold, "singer |Netta|"): no body's, medium's, state's
    or place's word, no acronym. A curated span keeps its label.
    Also returns where each retyped span stood (paragraph, start, end): the words around it
    say what it is, so its vote counts twice (``Candidate.said_what``)."""
    out: list[tuple[int, Span]] = []
    retyped: set[tuple[int, int, int]] = set()
    for p, span in spans:
        if span.entity is None and span.label in ("ORG", "GPE", "NORP"):
            text = paragraphs[p]
            if _role_read(span.text, text[: span.start], text[span.end :]):
                span = Span(span.text, "PERSON", span.start, span.end, None)
                retyped.add((p, span.start, span.end))
        out.append((p, span))
    return out, retyped


def _role_read(name: str, before: str, after: str) -> bool:
    """The words around ``name`` give it a person's role (``_persons_by_role``). The shapes
    around it are tested first: most names stand in none, and the name's own tests cost more."""
    role = _ROLE_BEFORE.search(before[-40:])
    if role and role.group(2) and not _CLOSED_AFTER.match(after):
        role = None
    state = 0
    shaped = bool(
        role
        or _ROLE_AFTER.match(after)
        or _TOOK_OFFICE_AFTER.match(after)
        or _OFFICE_BEFORE.search(before[-80:])
        or _of_a_body(after)
        or (
            (state := _of_a_state(after))
            and (_PAIRED_BEFORE.search(before[-80:]) or _PAIRED_AFTER.match(after[state:]))
        )
    )
    tokens = name.split()
    if (
        not shaped
        or not tokens
        or state_name(name)
        or place_kind(name)
        or demonym_state(name)
        or media_name(name)
        or any(body_word(t) for t in tokens)
        # initials may open a person's name ("SK Sharif"), no other word is an acronym
        or any(
            is_acronym(t) and not (i == 0 < len(tokens) - 1 and len(t) <= 3)
            for i, t in enumerate(tokens)
        )
    ):
        return False
    if role and len(tokens) == 1:
        return role.group(1) in ONE_NAME_ROLES and tokens[0].istitle()
    return person_like(tokens)


def _in_office(span: Span, after: str, others: set[int]) -> bool:
    """'the |Senate| Minority Leader', 'Thames Valley Police| and Crime Commissioner', 'Police
    and Crime| Commissioner': an organisation's name inside an office's name, or cut out of
    one joined by 'and', which ends in a capitalised title word; not when the words after
    'and' are a name of their own ("Bank of England and |Barclays| Chairman", ``others``:
    where the paragraph's other spans start)."""
    if _LEADS.match(after):
        return True  # "the |Senate| Minority Leader", "|Police| Commissioner"
    if " and " in span.text:
        title = re.match(r"^ ([A-Z][a-z]+)\b", after)
    else:
        title = re.match(r"^ and (?:[A-Z][\w'’-]+ ){1,3}?([A-Z][a-z]+)\b", after)
        if title and span.end + len(" and ") in others:
            return False
    return title is not None and title.group(1).lower() in TITLE_WORDS | OFFICE_NOUNS


_LEADS = re.compile(
    r"^ (?:(?:Majority|Minority|Deputy|Acting) )?(?:Leader|Whip|Chairman|Chairwoman|"
    r"Chairperson|Chair|Spokesman|Spokeswoman|Spokesperson|Commissioners?)\b"
    r"|^ (?i:majority|minority) (?i:leader|whip)\b"
    r"|^ (?:colonel|general|captain|major|sergeant|lieutenant|corporal|personnel|veterans?|"
    r"soldiers?|officers?)\b"
)
"""An office or rank after a body's name, which is then no mention of the body: "the Senate
Minority Leader, Chuck Schumer" names Schumer's office, "a former Army colonel" a rank, "two
Cabinet officers" people."""


def _owner_before_name(text: str, after: str) -> bool:
    """A possessive ends the span or follows it, and a name follows that ("Alexis Korner's
    Blues Incorporated"): the span names the owner of the next name."""
    if text.endswith(("'s", "’s")):
        return bool(re.match(r"\s+[A-Z]", after))
    return bool(re.match(r"['’]s\s+[A-Z]", after))


def _place_people_glued(name: str, place_words: set[str]) -> str | None:
    """'|Chagossian Liseby Elysé|' (actors83's pool): a people's noun ("-ian", "-ians") formed
    on a place the article names ("the Chagos Islands", read as a place) glued before a
    person's name of two words or more: the person, the noun saying whose people she is. Not
    a given name ("Christian", "Julian"), whose stem names no place of the article."""
    tokens = name.split()
    first = tokens[0] if len(tokens) >= 3 else ""
    stem = re.sub(r"(?:s?ians?|eans?)$", "", first)
    if (
        stem == first
        or len(stem) < 4
        or not any(w.startswith(stem) and len(w) <= len(stem) + 1 for w in place_words)
        or not person_like(tokens[1:])
    ):
        return None
    return " ".join(tokens[1:])


_OFFICE_TO = re.compile(r"\b([A-Za-z]+) (?:to|of|in) (?:the )?$")
"""An office and the word that names where it serves, right before a name: 'ambassador to',
'Minister of Foreign Affairs of'."""


def _office_state_glued(name: str, before: str) -> str | None:
    """'the Georgian ambassador to |Azerbaijan Teymuraz Sharashenidze|' (actors97): a state's
    name the NER glued before the name of two to four words of the person holding the office
    just before it ("ambassador to", "Minister of Foreign Affairs of"): the person, the state
    saying where the office serves; None if not so. Not a state that is also a given name
    ("Chad", ``GIVEN_NAME_PLACES``)."""
    office = _OFFICE_TO.search(before[-40:])
    if not office or office.group(1).lower() not in TITLE_WORDS | {"affairs"}:
        return None
    tokens = name.split()
    for cut in (3, 2, 1):
        head, rest = " ".join(tokens[:cut]), tokens[cut:]
        if (
            state_name(head)
            and head not in GIVEN_NAME_PLACES
            and 2 <= len(rest) <= 4
            and person_like(rest)
        ):
            return " ".join(rest)
    return None


_TOWN_OF = re.compile(
    r"\b(?i:town|village|city|municipality|district|province|suburb|hamlet|commune|county|"
    r"region) of $"
)
"""'the town of |Beledweyne|': a place's name, whatever the NER read (``_town_glued``)."""


def _town_glued(name: str, towns: set[str]) -> str | None:
    """'|Beledweyne Ali Hassan|, the district commissioner' (actors86): a town's one-word name,
    which the same article reads alone as a place (a place's label, or "the town of
    |Beledweyne|"), glued by the NER
    before a person's name of two words or more: the person, the town saying where he is. Not
    a place that is also a given name ("Jordan", ``GIVEN_NAME_PLACES``)."""
    tokens = name.split()
    if (
        len(tokens) < 3
        or tokens[0] not in towns
        or tokens[0] in GIVEN_NAME_PLACES
        or not person_like(tokens[1:])
    ):
        return None
    return " ".join(tokens[1:])


def _without_nationality(name: str) -> str:
    """'Iranian Foreign Minister Javad Zarif' -> 'Foreign Minister Javad Zarif', 'Kremlin
    spokesman Dmitry Peskov' -> 'Dmitry Peskov': what comes before an office is the
    office's, not part of the holder's name."""
    tokens = name.split()
    offices = [i for i, t in enumerate(tokens[:-2]) if t.islower() and t in TITLE_WORDS]
    if offices:  # "Kremlin spokesman Dmitry Peskov": the words after the office
        return " ".join(tokens[offices[-1] + 1 :])
    if (
        len(tokens) > 3
        and tokens[1].lower().rstrip(".") in TITLE_WORDS
        and (state_name(tokens[0]) or demonym_state(tokens[0]))
    ):
        return " ".join(tokens[1:])
    return name


def _glued_person(name: str, glued: set[str], lone_people: set[str]) -> str | None:
    """'|TransCanada Grady Semmens|' read as one organisation, where the article also names
    "TransCanada" alone as one and "Semmens" alone as a person: the person after the body's
    name the NER glued to it; None if not so."""
    rest = strip_glued_prefix(name, glued - {name})
    head = name.removesuffix(rest).strip()
    if rest == name or head not in glued:
        return None  # not an acronym alone ("NPR Hamza bin Laden"): a body the article names
    return rest if rest.split()[-1] in lone_people and person_like(rest.split()) else None


def _labelled_person(name: str, titled: set[str]) -> str | None:
    """'|Irishmen JP McManus| and John Magnier', read as one organisation (actors48, b179):
    a nationality's noun before a name whose last word the article writes after an honorific
    ("Mr McManus") labels that person; None if not so."""
    rest = strip_glued_prefix(name)
    if rest == name or not demonym_noun(name.split()[0]) or rest.split()[-1] not in titled:
        return None
    return rest if person_like(rest.split()) else None


_CHAMBERS = frozenset({"Senate", "House", "Assembly", "House of Representatives", "Legislature"})
"""A chamber's bare name, a U.S. state's own after "state" ("ran for the state Senate")."""

_US_OBJECT_OF = re.compile(
    r"\b(?i:help|tell|let|give|save|join|follow|contact|show|protect|leave|ask|send|pay|"
    r"forgive|trust|believe|hear|call|free|kill|feed|spare|rescue|please) $"
)
"""Verbs (and "please") that take "us" as their object: '"Help US!"'."""


def _pronoun_us(text: str, start: int, end: int) -> bool:
    """'"Please help US," she said', 'GOD SAVE US ALL': "US" as the object pronoun written in
    capitals, after such a verb and before a stop or "all", in a quotation or after a verb in
    capitals (not "Pakistan agreed to help US." in a headline, where it is the state)."""
    before = text[:start]
    if not (verb := _US_OBJECT_OF.search(before)) or re.match(
        r"\s*(?!all\b|both\b)[\w$-]", text[end:]
    ):
        return False
    quoted = (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1
    return quoted or verb.group().strip().isupper()


DOMAINS = (
    frozenset(
        """house senate commons lords state interior treasury foreign affairs defence defense
        justice finance health education congress energy commerce agriculture labor labour
        transport transportation trade environment housing veterans homeland security
        immigration industry industries forestry fisheries mines mining petroleum tourism
        heritage information communications science technology infrastructure planning
        development economy welfare pensions resources aviation investment college school
        academy""".split()
    )
    | SPEAKER_NOT_PERSON
    | ORG_WORDS
)
"""What an office is of ("Speaker of the House", "Secretary of State", "Deputy Secretary of
|Energy Daniel Poneman|", "Minister of |Tourism Najib Balala|"): no part of a name. Beyond the
US departments' portfolios too: ministries elsewhere are of "Industry", "Fisheries", "Mines".
No word that also begins a body's name after an office ("the boss of |Sports Direct Mike
Ashley|", "the chair of |Sport England|"). "College" and "School" are bodies' words that no
person's name holds, so "the President of |University College London|" keeps its name."""


def _after_place(name: str, office: bool = False) -> str | None:
    """'Scotland Nicola Sturgeon' -> 'Nicola Sturgeon': after an ``office`` and 'of' or 'from',
    the person's name after a state's, region's or city's ("First Minister of |Scotland Nicola
    Sturgeon|", "Mayor of |Koszalin Piotr Jedlinski|") or after one or two words of its domain
    ("Speaker of the |House Nancy Pelosi|", "Secretary of |Veterans Affairs David Shulkin|",
    the portfolio whole), never before a domain's word ("President of |Imperial College
    London|"); None when no such words begin the name. After no office nothing is
    cut: places' names are given names too ("the administration of |George W. Bush|", "the
    resignation of |Ali Mohamed Gedi|", "the death of |Isabel Maria Santos|", a region's; "a
    team from |University College London|"), and no glued name after no office was a place's
    in some 200 real articles (Wikinews 2019, BBC)."""
    if not office:
        return None
    tokens = name.split()
    for cut in range(1, len(tokens) - 1):
        head, tail = " ".join(tokens[:cut]), tokens[cut:]
        if tail[0].lower() in DOMAINS:
            continue  # "Veterans |Affairs David Shulkin|", "Imperial |College London|": no name
        domain = cut <= 2 and all(t.lower() in DOMAINS for t in tokens[:cut])
        if (state_name(head) or place_kind(head) or domain) and person_like(tail):
            return " ".join(tail)
    return None


def _honoured(name: str, surnames: set[str]) -> str | None:
    """'Mr Stone', 'Dr Fox', 'Prof Reddy': an honorific (or "Prof", a title only ever written
    before a name) and one or two capitalised words, which the NER read as an organisation's
    name: the person's surname, or None. The article must name a person of that surname
    ("Frank Stone", or "Mr |Stone|" read as a person once): "Dr Pepper", "Dr Martens" and
    "Miss Selfridge" are companies."""
    tokens = name.split()
    if (
        2 <= len(tokens) <= 3
        and (tokens[0] in SURNAME_HONORIFICS or tokens[0] in ABBREVIATED_TITLES)
        and all(t[:1].isupper() for t in tokens)
        and tokens[-1] in surnames
    ):
        return " ".join(tokens[1:])
    return None


def _ranked(name: str, surnames: set[str], text: str) -> str | None:
    """'|General Petraeus| said', '|Colonel Hirale|': a rank, office or honorific and a
    surname, which the NER read as an organisation's name: the person's surname (with given
    names, if the span holds them), or None. Some evidence must say it is a person's: the
    article gives a person that surname with a title before the full name ("General David
    Petraeus", "Gen. David Petraeus"; any person of the surname where the title opens no
    organisation's name, ``SURNAME_RANKS``), or writes the surname alone elsewhere
    ("Petraeus said"; not after a given name, "Heather Mills" beside "General Mills"; no
    company is named by its second word: "General Motors", "GM"), or the title word opens no
    organisation's name (``SURNAME_RANKS``: "Colonel", "Sheikh", "Governor"); the name's
    words are no word the article writes in lower case ("Admiral Insurance" beside
    "insurance"), nor an acronym or any body's, place's or office's word."""
    tokens = name.split()
    compound = len(tokens) > 2 and tokens[0].lower() in RANK_QUALIFIERS and title_word(tokens[1])
    if not 2 <= len(tokens) <= 5 or not (compound or title_word(tokens[0])):
        return None
    if not tokens[1][:1].isupper():
        return None
    rest = strip_titles(name).split()
    if not rest or len(rest) >= len(tokens) or not all(rank_name_word(t) for t in rest):
        return None
    title = tokens[len(tokens) - len(rest) - 1]  # "Marshal" of "Field Marshal Haftar"
    ranked = title.lower().rstrip(".") in SURNAME_RANKS
    surname = re.escape(rest[-1])
    if rest[-1] in surnames and (
        ranked
        or any(
            title_word(m.group(1))
            for m in re.finditer(rf"(\S+) (?:[A-Z][\w'’.-]* ){{1,3}}{surname}(?![\w-])", text)
        )
    ):
        return " ".join(rest)
    lowered = "|".join(re.escape(t.lower()) for t in rest)
    if re.search(rf"(?<![\w-])(?:{lowered})(?![\w-])", text):
        return None
    if ranked:
        return " ".join(rest)
    for m in re.finditer(rf"(?<![\w'’.-]){surname}(?![\w-])", text):
        before = text[: m.start()].split()[-1:] or [""]
        if before[0] == title or (before[0][:1].isupper() and not before[0].endswith(_ENDS)):
            continue  # "General Petraeus" itself; "Heather Mills", another's full name
        return " ".join(rest)
    return None


_ENDS = (".", "!", "?", '"', "”", ":", ";")
"""What ends the word before a sentence's first word ("... on Friday. Kayani said")."""


def _holder(name: str) -> str | None:
    """'Assemblywoman Selena Torres', 'United States Representative Elijah Cummings', 'Kama
    Melly QC': an office (after a state or place) and the person holding it, which the NER
    read as one organisation's name; None when no office word leads or follows."""
    tokens = name.split()
    if not any(t.lower().rstrip(".") in TITLE_WORDS for t in tokens[:-1]) and (
        tokens[-1].replace(".", "") not in POST_NOMINALS
    ):
        return None
    start = next(
        (
            cut
            for cut in range(len(tokens) - 2, 0, -1)
            if state_name(" ".join(tokens[:cut])) or place_kind(" ".join(tokens[:cut]))
        ),
        # "MEA Spokesperson Vikas Swarup": a body's acronym before the office (actors96)
        1 if len(tokens) > 3 and is_acronym(tokens[0]) and tokens[1].lower() in TITLE_WORDS else 0,
    )
    rest = tokens[start:]
    person = strip_titles(" ".join(rest))
    if person == " ".join(rest):
        return None
    office = rest[: len(rest) - len(person.split())] if rest[0] != person.split()[0] else []
    if office and office[-1].lower().rstrip(".") in NOT_OFFICES:
        return None  # "State Fire Brigade", "National Bison Range": an adjective, no office
    return person if person_like(person.split()) else None


_PARTICLE_AFTER = re.compile(
    r"^ (?:[dl]['’][A-ZÀ-Ý][\w'’-]*|(?:de|da|di|du|del|della|van|von|van der|van den|von der|"
    r"bin|ibn|al|el)[ -][A-ZÀ-Ý][\w'’-]*)"
)
"""'Valéry Giscard| d'Estaing|', 'Hamza| bin Laden|': a surname's particle and the rest."""


_GENERATION_AFTER = re.compile(r"^(?:,? (?:Jr|Sr)\.?|,? (?:II|III|IV))(?![\w'’-])")
"""'Cyrus R. Vance|, Jr.|', 'Martin Luther King| Jr.|', 'John Smith| III|': a generational
suffix the NER left out of the name; GOLD.md's fullest name keeps it."""
_HYPHEN_AFTER = re.compile(r"^-[a-z]{2,4}\b(?!-)")
"""'Moon Jae|-in|', 'Kim Jong|-un|': the lower-case end of a hyphenated given name."""
_PARTICLES = frozenset("von der van den de da di du bin ibn".split())
_SURNAME_AFTER = re.compile(r"^ ([A-Z][a-z'’-]+)(?= [a-z]|[,.;:]|$)")
"""'Amy Berman| Jackson| to': one more capitalised word, then a lower-case one or the end."""
_SURNAMES_AFTER = re.compile(
    r"^ ([A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+)?)(?= [a-z]|[,.;:]|$)"
)
"""'Amy Berman| Jackson| to', 'María Ximena| Lombana Villalba;', 'Abdulla Yameen| Abdul
Gayoom,' (actors93): one or two more capitalised words (a second surname, a patronymic), then
a lower-case word or the end."""


_COMPOUND_GIVEN = re.compile(r"(?:Abd|Abdel|Abdul|Abdal|Abdol|Abu|Abou)-[A-Z][a-z'’]+")
"""'Abd-Rabbu', 'Abdel-Fattah', 'Abu-Bakr' (actors99): an Arabic compound given name
("servant of", "father of") written with a hyphen, never a whole name by itself."""
_NAME_REST_AFTER = re.compile(r"^((?: [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,3})(?= [a-z\"“(]|[,.;:!?\"”)]|$)")
"""'President Abd-Rabbu| Mansour Hadi| "very soon"': the one to three capitalised words of
the name after a compound given name, then a lower-case word, a quotation mark or the end."""


def _surname_word(word: str) -> bool:
    """A capitalised word that may end a person's name: no generation ("Jr"), state, demonym,
    title, calendar, speaker's, organisation's or place's word."""
    return (
        word not in ("Jr", "Sr")
        and not (state_name(word) or demonym_state(word))
        and word.lower()
        not in TITLE_WORDS | CALENDAR_WORDS | SPEAKER_NOT_PERSON | ORG_WORDS | PLACE_NOUNS
    )


def _extend_cut_people(
    spans: list[tuple[int, Span]],
    paragraphs: tuple[str, ...],
    given: set[tuple[int, int]] | None = None,
) -> list[tuple[int, Span]]:
    """A person's name the NER cut short: before a surname's particle ("Valéry Giscard" +
    "d'Estaing"), before a last surname no span holds ("Judge Amy Berman| Jackson| to"), or
    after an honorific ("Princess |Ubolratana| Rajakanya Sirivadhana Mahidol"), where the
    capitalised words between the honorific and the span belong to the name; the honorific
    itself stays out."""
    out: list[tuple[int, Span]] = []
    grown: list[tuple[int, int, int]] = []
    starts = {(p, span.start) for p, span in spans}
    lowered = " ".join(paragraphs)
    for p, span in spans:
        starts_or_ends = {s for q, other in spans if q == p for s in (other.start, other.end)}
        if span.label != "PERSON" or span.entity is not None:
            out.append((p, span))
            continue
        text = paragraphs[p]
        start, end = span.start, span.end
        if generation := _GENERATION_AFTER.match(text[end:]):
            end += len(generation.group(0))  # "Cyrus R. Vance|, Jr.|", "John Smith| III|"
        elif after := _PARTICLE_AFTER.match(text[end:]):
            end += len(after.group(0))
        elif (rest := _HYPHEN_AFTER.match(text[end:])) or (
            span.text.split()[-1] in _PARTICLES
            and len(span.text.split()[0]) >= 3
            and (rest := _SURNAME_AFTER.match(text[end:]))
        ):
            end += len(rest.group(0))  # "Moon Jae|-in|", "Ursula von der| Leyen|"
        elif (
            _COMPOUND_GIVEN.fullmatch(span.text)
            and (rest := _NAME_REST_AFTER.match(text[end:]))
            and all(_surname_word(w) for w in rest.group(1).split())
        ):
            end += len(rest.group(1))  # "Abd-Rabbu| Mansour Hadi|": the rest of the name
        elif (
            (last := _SURNAMES_AFTER.match(text[end:]))
            and len(span.text.split()) >= 2
            and all(w[:1].isupper() for w in span.text.split())
            and not span.text.endswith(("'s", "’s"))  # "Ben Ali's Presidency"
            and not title_only(clean_name(span.text))  # "Field Marshal" + "Haftar"
            and (p, end + 1) not in starts
            and all(_surname_word(w) for w in last.group(1).split())
            and (p, end + 2 + len(last.group(1).split()[0])) not in starts
        ):
            end += len(last.group(0))
        if (before := _GIVEN_BEFORE.search(text[:start])) and _given_name(
            before.group(1), span.text, text, starts_or_ends, lowered
        ):
            # "the Archbishop of Gdańsk, |Sławoj| Leszek Głódź", "|Carmen| Yulín Cruz said": a
            # given name the NER left out, after a comma or at the sentence's start.
            start = before.start(1)
            if given is not None:
                given.add((p, start))
        words = list(re.finditer(r"\S+", text[:start]))
        taken = 0
        while taken < len(words) and taken < 3:
            word = words[-1 - taken].group(0)
            if _low_title(word):
                break
            if not (
                (re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+", word) and _name_word(word))
                or word in _KIN_PARTICLES  # "Princess Haya bint |Hussein|"
            ):
                taken = 0
                break
            taken += 1
        if (
            0 < taken < 3
            and taken < len(words)
            and words[-1 - taken].group(0).lower().rstrip(".") in HONORIFICS
            and words[-taken].group(0) not in _KIN_PARTICLES
        ):
            start = words[-taken].start()
        if (start, end) != (span.start, span.end):
            span = Span(text[start:end], "PERSON", start, end, None)
            grown.append((p, start, end))
        out.append((p, span))
    # "Cyrus R. Vance|, Jr.|" where the NER also read "Jr." as a name: a part of the grown
    # name is no name of its own.
    return [
        (p, span)
        for p, span in out
        if span.entity is not None
        or not any(
            q == p and s <= span.start and span.end <= e and (s, e) != (span.start, span.end)
            for q, s, e in grown
        )
    ]


_GIVEN_BEFORE = re.compile(r"(?:^|[.!?]\s+|[^\s\w]\s?[\"“]|, )([^\W\d_]{3,}) $")
"""One capitalised word right before a person's name, after a comma or at a sentence's start."""
_OCCUPATION_ENDS = ("ator", "utor", "itor", "ist", "yer", "ician")
"""Endings of occupations ("Legislator", "Activist", "Lawyer", "Politician"), of no given
name."""


_ADDRESS_WORDS = frozenset(
    "madam madame mme mademoiselle mlle miss mrs ms mister monsieur senor señor senora señora "
    "senhor senhora signor signora herr frau".split()
)
"""Forms of address written before a name (actors93: "the First Lady of Azerbaijan, |Madam|
Mehriban Aliyeva"): the honorific, never the given name the NER left out."""


def _given_name(word: str, name: str, text: str, edges: set[int], article: str) -> bool:
    """``word`` is a given name of the one- or two-word ``name`` after it ("|Junius| Ho, a
    lawmaker"): no title, place, party or sentence opener, written nowhere in its ``article``
    in lower case (nor its plural: "the prosecutors", "a legislator"), and no other span's."""
    low = word.lower()
    return (
        word[0].isupper()
        and word[1:].islower()
        and len(name.split()) <= 2
        and all(w[:1].isupper() for w in name.split())
        and not name.endswith(("'s", "’s"))
        and _name_word(word)
        and low not in TITLE_WORDS | CALENDAR_WORDS | CONNECTORS | _OPENERS | PLACE_NOUNS
        and low not in PERSON_LABELS  # "Voter |Kitty Mak|": a caption's label
        and low not in HONORIFICS | _ADDRESS_WORDS  # ", |Madam| Mehriban Aliyeva"
        and not low.endswith(_OCCUPATION_ENDS)
        and not re.search(rf"\b{re.escape(low)}(?:s|es)?\b", article)
        and not any(text.find(word) <= e <= text.find(word) + len(word) for e in edges)
    )


_KIN_PARTICLES = frozenset("bin bint ibn binti al".split())
"""Lower-case words inside an Arabic or Malay name ("son of", "daughter of"): "Princess Haya
bint Hussein" is one name, though the NER may see only its last word."""


_HYPHENED_GIVEN = re.compile(r"(?<![\w'’.-])[A-ZÀ-Ý][a-zà-ÿ]+-$")
"""'|Yves-|François Blanchet', '|Jean-|Claude Juncker': the first half of a given name."""


_PLACE_OR_BODY = ("GPE", "ORG", "LOC")
"""Labels the NER gives the halves of a state's long name it cut in two."""


def _join_cut_names(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'Zine El Abidine' + 'Ben Ali': two person spans one space apart are one name the NER
    cut in two (a list of people is separated by commas or 'and'); so are a body and the
    state after its 'of' ("Supreme Court of the United Kingdom")."""
    out: list[tuple[int, Span]] = []
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start, -ps[1].end)):
        if (
            span.label == "PERSON"
            and span.entity is None
            and (cut := _HYPHENED_GIVEN.search(paragraphs[p], max(0, span.start - 20), span.start))
            and not any(q == p and o.start <= cut.start() < o.end for q, o in out)
        ):
            # "Yves-" + "François Blanchet": the NER cut a hyphened given name at its hyphen.
            text = paragraphs[p][cut.start() : span.end]
            span = Span(text, "PERSON", cut.start(), span.end, None)
        if out:
            q, last = out[-1]
            whole = paragraphs[p][last.start : span.end]
            if (
                q == p
                and last.label == "ORG"
                and span.label == "GPE"
                and last.entity is None
                and span.entity is None
                and paragraphs[p][last.end : span.start] == " of "
                and (key := body_key(clean_name(whole)))
                and key[0]
            ):
                # "the Supreme Court" + "of" + "the United Kingdom": one body's name.
                out[-1] = (p, Span(whole, "ORG", last.start, span.end, None))
                continue
            if (
                q == p
                and last.label in _PLACE_OR_BODY
                and span.label in _PLACE_OR_BODY
                and last.entity is None
                and span.entity is None
                and paragraphs[p][last.end : span.start] == " "
                and (state := state_name(re.sub(r"^[Tt]he ", "", whole)))
                and state not in (state_name(last.text), state_name(span.text))
            ):
                # "the Democratic Republic of the" + "Congo": one state's name the NER cut in
                # two, whose tail alone names another state (the Republic of the Congo).
                out[-1] = (p, Span(whole, "GPE", last.start, span.end, None))
                continue
            if (
                q == p
                and last.label == "ORG"
                and span.label in ("ORG", "PERSON")
                and last.entity is None
                and span.entity is None
                and paragraphs[p][last.end : span.start] == " and "
                and (of := re.search(r" of ([A-Z][\w'’-]*)$", last.text))
                and not _a_place(of.group(1))
                and re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", span.text)
                and not person_like(span.text.split())
                and not any(
                    w.lower() in ORG_WORDS | ORG_HEADS | BODY_HEADS or _a_place(w)
                    for w in span.text.split()
                )
            ):
                # "the Rosenstiel School of Marine" + "and" + "Atmospheric Science": the tail
                # of one body's name, not a name of its own ("University of Miami and Chris
                # Fallows", "Bank of England and Barclays Bank" are two).
                out[-1] = (
                    p,
                    Span(paragraphs[p][last.start : span.end], "ORG", last.start, span.end, None),
                )
                continue
            if (
                q == p
                and last.label == "ORG"
                and last.entity is None
                and span.entity is None
                and span.start == last.end + 1
                and paragraphs[p][last.end] == " "
                and span.text.split()[-1].lower() in COMPANY_SUFFIXES
            ):
                # "HDT" + "Védelmi Ipari Kft": a company's name with its legal form, which the
                # NER cut in two (and may read the second half as a person's).
                text = paragraphs[p][last.start : span.end]
                out[-1] = (p, Span(text, "ORG", last.start, span.end, None))
                continue
            gap = paragraphs[p][last.end : span.start] if q == p else ""
            if (
                q == p
                and last.label == span.label == "PERSON"
                and last.entity is None
                and span.entity is None
                and (gap == " " or _name_word_between(gap))
                and len(paragraphs[p][last.start : span.end].split()) <= 6
                and not title_only(clean_name(last.text))  # "Field Marshal" + "Haftar"
                and not last.text.endswith(("'s", "’s"))  # "Yulia Tymoshenko's" + "Batkivshchyna"
            ):
                text = paragraphs[p][last.start : span.end]
                out[-1] = (p, Span(text, "PERSON", last.start, span.end, None))
                continue
            if (
                q == p
                and last.label == "PERSON"
                and span.label in ("ORG", "GPE", "NORP")
                and last.entity is None
                and span.entity is None
                and span.start == last.end + 1
                and paragraphs[p][last.end] == " "
                and 2 <= len(last.text.split()) <= 3
                and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", span.text)
                and _name_word(span.text)
                and span.text.lower() not in TITLE_WORDS | PLACE_NOUNS | ORG_WORDS
                and not title_only(clean_name(last.text))
                and not last.text.endswith(("'s", "’s"))  # "Boris Johnson's" + "Conservatives"
            ):
                # "Foreign Minister Shah Mahmood" + "Qureshi": the surname, which the NER read
                # as a place's or an organisation's name, ends the person's.
                text = paragraphs[p][last.start : span.end]
                out[-1] = (p, Span(text, "PERSON", last.start, span.end, None))
                continue
        out.append((p, span))
    return out


def _name_word_between(gap: str) -> bool:
    """' Indha ' between "Dahir Aden" and "Qarshe": one capitalised word of a long name the NER
    left out between two person spans ("General Dahir Aden Indha Qarshe", actors91); no
    title's, calendar's, place's or body's word, nor a state's or its people's."""
    word = gap.strip()
    return (
        gap == f" {word} "
        and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", word) is not None
        and _name_word(word)
        and word.lower() not in TITLE_WORDS | CALENDAR_WORDS | PLACE_NOUNS | ORG_WORDS
        and not (state_name(word) or demonym_state(word))
    )


_NOT_GIVEN = _OPENERS | _SENTENCE_OPENERS
"""Words that open a clause before a quoted speaker's surname ("However Matsoi"), which
``given_name`` takes for no given name beside its own lists."""


def _full_name_written(
    article: Article, surname: str, spans: Sequence[tuple[int, Span]]
) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the first 'Given Surname' the article writes for a quoted
    speaker named by his surname alone, where the NER read no name ("Irshad Matsoi, the
    bureau chief, said ... 'Matsoi said'"): one capitalised word before the surname that
    ``given_name`` takes (no title, opener, state or nationality), and none after it
    ("Helmut Schmidt Street"); None when there is none, or when the article writes two given
    names for the surname ("Ed Miliband ... David Miliband ... 'Miliband said'": which one
    spoke is not in the words)."""
    pattern = re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b(?![-'’]\w| [A-Z])")
    found: list[tuple[int, int, int]] = []
    names: set[str] = set()
    for p, paragraph in enumerate(article.paragraphs):
        for match in pattern.finditer(paragraph):
            given = match.group(1)
            if not given_name(given, _NOT_GIVEN, places=False) or any(
                q == p and span.start < match.end() and match.start() < span.end
                for q, span in spans
            ):
                continue
            found.append((p, match.start(), match.end()))
            names.add(given)
    return found[0] if len(names) == 1 else None


def _speaker_name(article: Article, frame: QuoteFrame) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the capitalised words around a named speaker's head word,
    when they read as a person's name; None otherwise."""
    if frame.form != "name" or frame.head is None or frame.speaker is None:
        return None
    text = article.paragraphs[frame.paragraph]
    words = [
        (m.start(), m.end()) for m in _WORD.finditer(text, frame.speaker.start, frame.speaker.end)
    ]
    at = next((i for i, (s, e) in enumerate(words) if s <= frame.head.start < e), None)
    if at is None:
        return None

    def capital(i: int) -> bool:
        word = text[words[i][0] : words[i][1]].strip(_EDGE)
        return bool(word) and word[0].isupper()

    if not capital(at):
        return None
    first = last = at
    while first > 0 and capital(first - 1) and text[words[first - 1][1] - 1] not in ",;:":
        first -= 1
    while last + 1 < len(words) and capital(last + 1) and text[words[last][1] - 1] not in ",;:":
        last += 1
    start, end = words[first][0], words[last][1]
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    while start < end and text[start] in _EDGE:
        start += 1
    tokens = [w.lower() for w in text[start:end].split()]
    if not tokens or len(tokens) > 4 or tokens[-1] in SPEAKER_NOT_PERSON | TITLE_WORDS:
        return None
    if any(t in heads for t in tokens for heads in NOT_ACTOR_HEADS.values()):
        return None
    if all(t in TITLE_WORDS for t in tokens):
        return None
    return frame.paragraph, start, end


_FIRST_PERSON_ONE = re.compile(r"\b(?:I(?:['’](?:m|ve|ll|d))?|[Mm]e|[Mm]y|[Mm]yself)\b")
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)\s+$")
"""A capitalised word just before a bare "I": a name's numeral ("Elizabeth I", "World War I",
"Phase I"), unless the word is one a sentence opens with before the pronoun."""
_BEFORE_PRONOUN = frozenset(
    "and but or nor so then now today yesterday tomorrow tonight here there when whenever if "
    "as because since though although while once until unless before after where why how what "
    "yes no oh well maybe perhaps still again also can could should would will shall do did "
    "does am was have had must may might".split()
)
"""Words before which "I" is the pronoun though they are capitalised ("Today I", "Can I")."""
_OPENING = frozenset(".!?:;\"“‘'(—–-") | {""}
"""What a sentence of a quotation opens after (or nothing: the quotation's start)."""
_FIRST_PERSON_MANY = re.compile(r"\b(?:we|We|us|our|Our|ourselves|we're|we’re|we've|we’ve)\b")


def first_person_speakers(quotes: Sequence[QuoteFrame]) -> set[tuple[int, int]]:
    """(paragraph, head word's start) of each named speaker whose quotation speaks as one
    person ("I", "me", "my") and never as many ("we", "our"): "Dominic Hare said, "I will
    not stand again"" quotes a person, though the NER read the name as a body's; a body, or
    its spokesman speaking for it, says "we". The head word, not the whole phrase: "Martin
    Indyk of the Brookings Institution" is a person of a body (actors105)."""
    return {
        (frame.paragraph, frame.head.start)
        for frame in quotes
        if frame.form == "name"
        and frame.head is not None
        and _speaks_as_one(frame.quote.text)
        and not _FIRST_PERSON_MANY.search(frame.quote.text)
    }


def _speaks_as_one(text: str) -> bool:
    """Whether quoted words say "I", "me" or "my" (sentence-initial "My" too): a bare "I" after
    a name ("Elizabeth I", "World War I", "Phase I"), before a possessive ("Elizabeth I's")
    or a hyphen ("I-95") is a numeral, and "My" or "Me" within a sentence a name's word ("My
    Lai"), no speaker (review49)."""
    for found in _FIRST_PERSON_ONE.finditer(text):
        if found.group()[0] == "M" and text[: found.start()].rstrip()[-1:] not in _OPENING:
            continue  # "the My Lai massacre", "the Me Too movement": a name's word
        if found.group() != "I":
            return True
        if text.startswith(("'s", "’s", "-"), found.end()):
            continue
        before = _NAME_BEFORE.search(text, 0, found.start())
        if before is None or before.group(1).casefold() in _BEFORE_PRONOUN:
            return True
    return False
