"""Names the NER reads as actors that the words around them show are something else.

Rules found by auditing pages built from news unlike the politics the other rules were tuned
on (interviews, obituaries, science, sport): a creative work or a journal, a name cut before
"and" ("|Rogaland Fire| and Rescue"), a people ("Aboriginal Australians"), a party's
nominating contest, a street. Each rule is its own function and says why, for the review.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from ..gazetteer import place_kind, state_name, us_state_names
from ..steps import decode_columns
from .article import Candidate, after_spaces, aligned, body_word, by_article, every_read, runs
from .bodies import body_key
from .decide import is_demonym
from .names import BODIES_OF, BODY_NOUNS, TITLE_WORDS, initials, is_acronym, not_an_actor
from .reasons import NotActor
from .vocab import (
    BRITISH_SPELLINGS,
    BROADCAST_DETERMINERS,
    BROADCAST_MODIFIERS,
    BROADCAST_WORK_NOUNS,
    LISTED_WORK_NOUNS,
    MENTION_WORK_NOUNS,
    PEOPLE_ADJECTIVES,
    PEOPLES,
    PRIMARY_AFTER,
    STREET_NOUNS,
    SURNAME_PARTICLES,
    WORK_NOUNS,
    WORK_OF_NOUNS,
)

_WORK_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(WORK_NOUNS))}) (?:The )?$")
"""A work's noun right before the name, or before the title's own "The" the NER left out of
the span ("Horror movie The |Grudge|", actors68)."""
_WORK_SPACES = max(noun.count(" ") for noun in WORK_NOUNS) + 2
"""The most spaces a ``_WORK_BEFORE`` match holds: searched after the one before them."""
_STARRING_AFTER = re.compile(
    r"['’]?,? (?:[-–—] )?(?:co-)?starring\b(?! (?:in|as|alongside|opposite|with|on)\b)"
)
"""Right after a name, "starring" and its cast ("The Last Samurai, starring Tom Cruise", "In
Good Company - starring Dennis Quaid"): no person or body stars anyone, a film or a show does
(actors68, BBC entertainment news). Not "starring" intransitive ("Volodymyr Zelensky,
starring in the comedy …", "Ronald Reagan, starring as a cowboy"): the name is the star, a
person (review23)."""
_ABOUT_BEFORE = re.compile(r"\b(?:about|biopic of) $")
"""Right before a name, what a work is about ("a documentary about |Vladimir Putin|,
starring Oliver Stone", "a biopic of |Margaret Thatcher|, starring Meryl Streep"): the
"starring" after it is the work's, the name its subject's (review23)."""
_TITLE_SHAPE_AFTER = re.compile(r" and [Tt]he ([A-Z][a-z]+) [Oo]f (?:[Tt]he )?[A-Z]")
"""Right after a name, "and the Noun of Name", the shape of a title that opens with its hero
("Harry Potter and the Prisoner of Azkaban", "Indiana Jones and the Temple of Doom"); not when
the noun is an office's or a body's ("Blair and the Secretary of State", "Jones and the Ministry
of Defence") or the NER found a name there ("Smith and |the Church of England|"): two actors."""
_NUMBERED_AFTER = re.compile(
    r"['’]s (?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen)"
    r"\b(?![-–]| [A-Z0-9])|\d+(?![.,]\d)(?=[,.;:)]|$))"
)
"""Right after a name, a possessive and a bare number and nothing it counts ("displacing
|Ocean|'s 12.", "|Ocean|'s Twelve, the sequel"): a title the NER cut before its number, not an
owner ("Sony's 12 factories" counts factories; a digit before a word is not read). Not a
number word that opens a name of the owner's ("Labour's One Nation programme", "China's One
Belt, One Road"), nor a decimal or a thousand ("Apple's 1.5 billion devices", "Alibaba's
2,000 warehouses"; review23): things counted, the owner an actor."""
_NUMBERED_TITLE = re.compile(
    r".+['’]s (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|\d+)"
)
"""A name that is a possessive and a number ("Ocean's Eleven", "Ocean's 12"): a title."""
_TITLE_TAIL_BEFORE = re.compile(r"\bLords? of the $")
"""Right before a name, "Lord of the", a title's words ("the Lord of the |Rings| trilogy",
"First Lord of the |Treasury|"): the name the NER cut from it is part of the title there."""
_BROADCAST_MODIFIER = rf"(?i:{'|'.join(sorted(map(re.escape, BROADCAST_MODIFIERS)))})"
_BROADCAST_BEFORE = re.compile(
    rf"(?:(?<![\w'’-])(?i:{'|'.join(sorted(BROADCAST_DETERMINERS))})|\w['’]s?)"
    rf" (?:(?:{_BROADCAST_MODIFIER}|[A-Z0-9][\w-]*[^\Ws]|[A-Z0-9]|[A-Z]{{2,}}) ){{0,3}}"
    rf"(?:{'|'.join(sorted(BROADCAST_WORK_NOUNS))}) $"
    rf"|(?<![\w'’-]){_BROADCAST_MODIFIER} (?:{_BROADCAST_MODIFIER} ){{0,2}}"
    rf"(?:{'|'.join(sorted(BROADCAST_WORK_NOUNS))}) $"
    rf"|\b(?:{'|'.join(sorted(WORK_OF_NOUNS))}) (?:of|to) $"
)
"""A broadcast's noun, or a remake's or an adaptation's, right before a title: found auditing
BBC entertainment news (actors23), whose TV shows the NER reads as organisations and people.
The noun opens its phrase with a determiner or a possessive, before only a broadcast's
modifiers or a channel's name ("its programme", "ITV's hit show", "the Channel 4 show"): not
the verb of "polls show |Labour| ahead", not "the nuclear programme |Iran| runs" (fix42)."""


_BROADCAST_ENDS = (*(f"{noun} " for noun in sorted(BROADCAST_WORK_NOUNS)), " of ", " to ")
_NOUN_REACH = 300
"""Characters before a name that a work's or broadcast's noun and its words may take up: the
patterns anchored at the name are searched there, not in the whole paragraph before it (each
search of a paragraph's start cost more than all else ``works`` does, at 1,000 articles)."""


def _broadcast(text: str, c: Candidate) -> re.Match[str] | None:
    """A broadcast's noun right before the name (``c`` in its paragraph ``text``), unless the
    name is the title's owner ("talk show |Doris Day|'s Best Friends", "an adaptation of |Sarah
    Waters|' novel"): a person."""
    if not text.endswith(_BROADCAST_ENDS, 0, c.start):
        return None  # the pattern ends with one of these: most names stop here, cheaply
    if text[c.end : c.end + 1] in ("'", "’") or c.text.endswith(("'s", "’s", "'", "’")):
        return None
    return _BROADCAST_BEFORE.search(text, max(0, c.start - _NOUN_REACH), c.start)


_LISTED_AFTER = re.compile(
    rf"\b({'|'.join(sorted(LISTED_WORK_NOUNS))})\b"
    r"(?: (?:for|on|from|of) [^,.;:]{0,39}[^s,.;:])?,?"
    r" (?:such as|includ(?:e|es|ing)|like):?"
    r" (?:[A-Z0-9][^,.;]{0,60}?(?:,| and| or|:) )*"
    r"(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’]s? )?(?:The |A |An )?$"
)
"""Before a name, a plural noun of works, then "such as", "include" or "like" and the titles
listed before it ("games for the console include Ape Academy, |Formula One|"). Not after a
plural noun of its own ("films from studios such as |Pixar|", "books of writers like |Amis|"):
the list is of those, its makers. A colon may end the list's words ("applications
including: |AOL Communicator|", actors74). A title's maker's possessive or its article may
stand before it ("works such as Philip Roth's The |Plot Against America|", "hits like The
|Grudge|")."""
_LISTING = ("such as", "includ", "like")
"""Words every ``_LISTED_AFTER`` match holds: a text before a name without one is not searched
(the pattern may start at any word: searching every name's 300 characters cost 0.1 s at 1,000
articles)."""
_AND_NEXT = re.compile(r" and ([A-Z][\w'’.-]*)((?: [A-Z][\w'’.-]*)*)(?: ([a-z]+))?")
_HYPHEN_NEXT = re.compile(r"-([A-Z0-9]+)(?![a-z])|(/)[A-Z][A-Za-z0-9]*\b(?!/)")
_PRODUCT_NEXT = re.compile(r" (Linux|Unix|BSD|OS|Windows)\b(?!-| Foundation| Project)")
"""After a name, a space and an operating system's word that ends a product's name ("|Red
Hat Enterprise| Linux 9", the NER's cut): the name is the product's start (actors85); not a
body named for it ("the Linux Foundation")."""
"""After an acronym, a hyphen and capitals (group 1: "|EV|-DO"), or a slash and a capitalised
word (group 2: "|GNU|/Linux", a compound name of a thing, actors74)."""
_STREET_BEFORE = re.compile(r"\b(?:on|along|off) $")
_BRACKETED_ACRONYM = re.compile(
    r"\( ?([A-Z]{2,6}|[A-Z][a-z]?[A-Z][A-Za-z]?) ?\)|,? or ([A-Z]{2,6}) for short\b"
)
"""An acronym defined after the words it stands for: in brackets ("the anterior cingulate
cortex (ACC)"), or "or X for short" ("the computer role-playing game, or CRPG for short");
in brackets also in mixed case, a small word's letter small ("a memorandum of understanding
(MoU)", actors94), and padded with spaces ("( MoU )")."""
_LOWER_WORDS_BEFORE = re.compile(r"(?:[a-z][a-z-]*(?: |$)){1,6}$")
_PLACE_THEN_THE = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) the [A-Z]")


def works(candidates: Sequence[Candidate], nouns: Sequence[str | None]) -> dict[str, str]:
    """Names some sentence writes right after a work's noun ("the superhero film |Black
    Panther|", "in the journal |Current Biology|"), with why: the name is that work's in every
    sentence ("the director of Black Panther"), as a gloss is (``_glossed_things``). Not a
    work named after a person ("the film |Steve Jobs|") whom the NER reads as a person in an
    article that calls nothing by the name a work: the person is an actor, and the name's one
    verdict is theirs. Collect marks the mention after the noun itself (``article``), with
    more nouns ("song", "book", "single"), too loose to judge every sentence by. ``nouns``:
    each candidate's ``_work_noun`` (``read_article``)."""
    found: dict[str, str] = {}
    in_articles: dict[str, set[str]] = defaultdict(set)
    for c, noun in zip(candidates, nouns, strict=True):
        if noun is not None:
            found.setdefault(c.name, _work_why(noun))
            in_articles[c.name].add(c.article)
    person = {
        c.name
        for c in candidates
        if c.name in found
        and c.article not in in_articles[c.name]
        and "PERSON" in (c.label, c.ner_label)
    }
    return {name: why for name, why in found.items() if name not in person}


def _work_why(noun: str) -> str:
    """The reason for a work's noun or shape that ``_work_noun`` found."""
    if noun == "starring":
        return NotActor.STARRING.why()
    if noun == "and the":
        return NotActor.TITLE_SHAPE.why()
    if noun == "number":
        return NotActor.NUMBERED_TITLE.why()
    if noun == "character":
        return NotActor.CHARACTER.why()
    return NotActor.WORK.why(noun=noun)


def title_tails(candidates: Sequence[Candidate], tails: Sequence[bool]) -> dict[str, str]:
    """Names every sentence writes right after "Lord of the" ("the |Rings| trilogy", "First
    Lord of the |Treasury|"): cut from a title, no actor of their own; a name written alone
    anywhere ("the Treasury said") stays. Found judging BBC entertainment news (actors68),
    where the NER reads "Rings" of "The Lord of the Rings" as an organisation. ``tails``:
    each candidate's ``_title_tail``."""
    return {name: NotActor.TITLE_TAIL.why() for name in every_read(candidates, tails)}


_OWNER_GLUED = re.compile(r"\w(?:['’]s|s['’]) [A-Z]")
"""A possessive inside a name, before a capitalised word ("Wesley Snipes' Blade")."""


def owner_glued(candidates: Sequence[Candidate]) -> dict[str, str]:
    """Names the NER reads as a person's every time that hold a possessive before more
    capitals ("|Wesley Snipes' Blade|: Trinity was in second"): an owner glued to what they
    own, a film or a product, no one's name (actors68, BBC entertainment news). A body's name
    may hold one ("People's Liberation Army", "Women's Institute"): only people's are read."""
    person: dict[str, bool] = {}
    for c in candidates:
        if _OWNER_GLUED.search(c.name):
            person[c.name] = person.get(c.name, True) and "PERSON" in (c.label, c.ner_label)
    out = {name: NotActor.OWNER_GLUED.why() for name, yes in sorted(person.items()) if yes}
    alone = {c.name for c in candidates}
    for name in sorted(person.keys() - out.keys()):
        if owner := _thing_owner(name, alone):
            out[name] = NotActor.OWNED_THING.why(owner=owner)
    return out


_OWNER_AT = re.compile(r"(\S+(?: \S+)?)(?:['’]s|(?<=s)['’]) ([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)")
"""A possessive of one or two words, then one or two capitalised words: the whole name."""


def _thing_owner(name: str, alone: Collection[str]) -> str | None:
    """The owner of 'Fedora's Flock', 'Google's Chrome', 'Alphabet's Waymo': the NER's span
    of a possessive and what it owns or holds (a product, an event), each of which the
    briefing also writes alone, so neither needs the other to be named: a name of no one
    (actors85). Not a state's possessive ("Russia's Gazprom", read by the state rules), nor
    where what is owned has a body's or an institution's word ("King's College", "Hamas's
    Qassam Brigades", "St Mary's Hospital": the body's own name) or an acronym."""
    m = _OWNER_AT.fullmatch(name)
    if m is None:
        return None
    owner, owned = m.group(1), m.group(2)
    if owner not in alone or owned not in alone or state_name(owner) or place_kind(owner):
        return None
    if any(body_word(w) or w.isupper() or w.lower() in _INSTITUTION_WORDS for w in owned.split()):
        return None
    return owner


_INSTITUTION_WORDS = (
    frozenset("college school academy club hospital clinic church cathedral times".split())
    | BODY_NOUNS
)
"""Nouns of an institution named with a possessive ("King's College", "St Mary's Hospital",
"People's Bank"), which ``body_word`` leaves to the places' heads."""


def numbered_title(name: str) -> str | None:
    """Why a name is a title of a possessive and a number ("Ocean's Eleven"), or None."""
    return NotActor.NUMBERED_TITLE.why() if _NUMBERED_TITLE.fullmatch(name) else None


def _work_noun(c: Candidate, text: str) -> str | None:
    """What says the candidate is a work's title in its paragraph ``text``: "starring",
    "and the" or "number" for a title's shape after it, else the work's noun that opens the
    sentence glued to it ("|Comedy Meet The Fockers| topped"), else the work's noun right
    before it (the title's own "The" between them aside), else None."""
    if _STARRING_AFTER.match(text, c.end) and not _ABOUT_BEFORE.search(
        text, max(0, c.start - 12), c.start
    ):
        return "starring"
    if (m := _TITLE_SHAPE_AFTER.match(text, c.end)) and not _office_or_body(m.group(1)):
        return "and the"
    if _NUMBERED_AFTER.match(text, c.end):
        return "number"
    if c.text[:4].lower() == "the ":
        return None  # "the film |The Post|" aside, a title after its noun has no article
    words = c.text.split()
    if len(words) > 2 and words[0].lower() in MENTION_WORK_NOUNS and _opens_sentence(text, c.start):
        return words[0].lower()  # "Comedy Meet The Fockers": not "Comedy Central"
    at = max(c.start - _NOUN_REACH, after_spaces(text, _WORK_SPACES, c.start))
    if m := _WORK_BEFORE.search(text, at, c.start) or _broadcast(text, c):
        words = m.group(0).split()  # "film", "its hit show", "a remake of", "movie The"
        if words[-1] == "The":
            words.pop()
        return words[-2] if words[-1] in ("of", "to") else words[-1]
    return None


def _office_or_body(noun: str) -> bool:
    """Whether a noun of "X and the Noun of Y" names an office or a body ("the Secretary of
    State", "the Ministry of Defence"), not a title's thing ("the Prisoner of Azkaban")."""
    return noun.lower() in TITLE_WORDS or noun.lower() in BODY_NOUNS


def _body_after_and(c: Candidate, text: str, here: Sequence[Candidate]) -> bool:
    """Whether the NER found a name in the "and the Noun of Y" after ``c`` ("Tony Blair and
    |the Church of England|"): two actors, no title that opens with its hero."""
    m = _TITLE_SHAPE_AFTER.match(text, c.end)
    return m is not None and any(
        o.paragraph == c.paragraph and c.end < o.start < m.end() for o in here
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the span at ``start`` opens its sentence (its first word is capitalised as
    any sentence's is, not for being a name's)."""
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in ".!?\"'“”‘’"


def _title_tail(c: Candidate, text: str) -> bool:
    """Whether "Lord of the" stands right before the candidate (``_TITLE_TAIL_BEFORE``)."""
    return bool(_TITLE_TAIL_BEFORE.search(text, max(0, c.start - 20), c.start))


def listed_works(candidates: Sequence[Candidate], nouns: Sequence[str | None]) -> dict[str, str]:
    """Names every sentence writes in a list of works' titles ("arcade classics such as
    |Space Invaders|, |Lunar Lander| and Bejewelled", "the 24 games for the console include
    |Ape Academy|"): each a work, no actor. Found auditing technology news (BBC), whose
    reviews list games and films the NER reads as organisations and people; a name acting
    anywhere else ("Formula One said") stays. ``nouns``: each candidate's ``_listed_noun``."""
    first: dict[str, str] = {}
    for c, noun in zip(candidates, nouns, strict=True):
        if noun is not None:
            first.setdefault(c.name, noun)
    listed = every_read(candidates, [noun is not None for noun in nouns])
    return {name: NotActor.LISTED_WORK.why(noun=first[name]) for name in listed}


def _listed_noun(c: Candidate, text: str) -> str | None:
    """The plural noun of works whose list the candidate is in (``_LISTED_AFTER``), or None."""
    start = max(0, c.start - 300)  # a list, not a page
    if not any(text.find(word, start, c.start) >= 0 for word in _LISTING):
        return None
    if text.startswith(("'", "’"), c.end) or c.text.endswith(("'s", "’s")):
        return None  # "works such as |Philip Roth|'s The Plot …": the title's maker, a person
    m = _LISTED_AFTER.search(text, start, c.start)
    return m.group(1) if m else None


_PRODUCT_NOUN = (
    "console|consoles|game|games|titles|browser|handset|handsets|phone|mini|users|owners"
    "|players|gamers|sequel|sales"
)
_PRODUCT_AFTER = re.compile(rf" (?:{_PRODUCT_NOUN})\b| \d\b(?! ?(?:%|per\b|million|bn\b|m\b))")
_PRODUCT_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|new) (?:[a-z]+ )?"
    r"(?:game|console|browser|handset|phone|title|film|movie)s? "
    r"|\bplay(?:s|ed|ing)? (?:the )?|\b(?:copies|versions?|launch|sequel) of (?:the )?"
    r"|\b(?:games|films|movies|titles|browsers|consoles|gadgets|shows),? (?:such as|like|including)"
    r" (?:the )?(?:[A-Z][^,.;]{0,40}, )*)$"
)
_OWNER_BEFORE = re.compile(r"\b[A-Z]\w+['’]s (?:new |handheld |slimline )?$")
_FIRM_VERB = (
    "said|says|told|announced|added|claimed|argued|admitted|plans?|planned|wants|hopes|confirmed"
    "|denied|declined|warned|bought|acquired|agreed|reported|employs|recently|continues"
    "|has said|has announced|had done|is reaching"
    # an organisation's acts, which a product or a work does not do (a Wikinews test article's
    # "code hosting website GitHub blocked …, received a notice, published it": lead, session
    # 34); not "sold", "launched" or "released", which a product is too ("the Xbox launched")
    "|blocked|blocks|received|receives|published|publishes|removed|suspended|banned|sued"
    "|requested|refused|rejected|hired|fined"
)
_FIRM_AFTER = re.compile(
    r",? (?:Inc|plc|Corp|Ltd|Limited|Corporation)\b"
    r"|['’]s (?:chief|boss|head|spokes\w*|president|vice|founder|chairman|shares|profits?"
    r"|revenues?|store|staff|employees|executive|director|manager"
    r"|\w+ (?:manager|director|officer|president|editor))\b"
    rf"| (?:(?:has|had|have|is|was) )?(?:also |now |already |recently )?(?:{_FIRM_VERB})\b"
    r"|,? which (?:currently|is|has|was)\b"
)
_FIRM_BEFORE = re.compile(
    r"\b(?:firm|company|companies|giant|makers?|rivals?|publisher|developer|manufacturers?"
    r"|shares in|said|says|told|spokes\w+ for|executive of|director of|president of|head of"
    r"|analysts? at|editor at|courting) (?:the )?$"
)


def products(candidates: Sequence[Candidate], reads: Sequence[str | bool | None]) -> dict[str, str]:
    """Names the briefing writes as a product or a work in two mentions or more and as a firm
    in none: a vote over every mention, since no one shape is safe alone. Found judging every
    page of BBC technology news (actors52, actors54): consoles, browsers, games and films the
    NER reads as organisations and people ("Nintendo's handheld |GameBoy| console", "the
    |Painkiller| game", "Microsoft's |Internet Explorer|", "films like |Harry Potter|", "the
    |Xbox| 2"). A firm's clue anywhere keeps the name ("|Microsoft| said", "shares in |Sony|",
    "|Apple|'s chief executive"): a firm heads its products' nouns too ("Sony sales").
    ``reads``: each candidate's ``_product_read``: the product shape, True for a firm's."""
    shape: dict[str, str] = {}
    votes: dict[str, int] = defaultdict(int)
    firm: set[str] = set()
    for c, read in zip(candidates, reads, strict=True):
        if read is True:
            firm.add(c.name)
        elif read:
            votes[c.name] += 1
            shape.setdefault(c.name, read)
    return {
        name: NotActor.PRODUCT_VOTE.why(n=str(n), shape=shape[name])
        for name, n in sorted(votes.items())
        if n >= 2 and name not in firm
    }


def _product_read(c: Candidate, text: str) -> str | bool | None:
    """A firm's clue around the candidate in its paragraph ``text`` (True), else the product
    shape its words write (the words, trimmed), else None. A possessive before a person is
    their employer's ("Intel's |Allen Wilson|"), a state's before a firm its home's
    ("France's |Snecma|"), one before a body its holder's ("the Party's |US Senate|
    candidate"): no product's owner."""
    before, after = text[max(0, c.start - _NOUN_REACH) : c.start], text[c.end : c.end + 40]
    if _FIRM_AFTER.match(after) or _FIRM_BEFORE.search(before):
        return True
    if m := _PRODUCT_AFTER.match(after):
        return f"{c.text}{m.group(0)}"
    m = _PRODUCT_BEFORE.search(before)
    if (
        m is None
        and "PERSON" not in (c.label, c.ner_label)
        # "the Party's |US Senate| candidate": a body is nobody's product (lead, session 34)
        and not BODY_NOUNS.intersection(c.text.lower().split())
    ):
        m = _OWNER_BEFORE.search(before)
        if m is not None and state_name(m.group(0).split("'")[0].split("’")[0]):
            m = None  # "France's |Snecma|": a firm of the state, no product of it
    if m is not None:
        return " ".join(f"{m.group(0)}{c.text}".split()[-4:])
    return None


def cut_before_and(
    candidates: Sequence[Candidate],
    actors: frozenset[str],
    lowercase: frozenset[str],
    nexts: Sequence[AndNext | None],
) -> dict[str, str]:
    """Names of two words or more that every sentence writes right before "and" and the
    rest of a longer name: one capitalised word that is no span of its own and a common word
    the articles write in lower case (``lowercase``: "|GitHub Trust| and Safety team"; not
    "|Tata Steel| and Thyssenkrupp agreed", a second company the NER missed), an event's last
    words ("the |World Rapid| and Blitz Championship"), or words that end another name the
    same way ("|Rogaland Fire| and Rescue requested", where the briefing has "Oslo Fire and
    Rescue"). The start of a name the NER cut at "and", no actor of its own. Two names stay:
    "Sudan and Chad" (actors), "the Bank of England and Barclays" (each a span), "Didier
    Queloz and Michel Mayor" (a second name, maybe missed), "the Foreign Affairs and
    Intelligence committees" (a shared head). ``actors`` are the names
    found that are actors; ``nexts`` each candidate's ``_and_nexts`` value."""
    written = {c.name for c in candidates}
    # Every written name's ends from a space on: a tail (" Fire and Rescue") is looked up, not
    # tested against each name (2.2 million endswith calls at 1,000 articles).
    ends = {n[i:] for n in written for i, ch in enumerate(n) if ch == " "}
    cut: dict[str, list[str]] = defaultdict(list)
    whole: set[str] = set()
    for c, m in zip(candidates, nexts, strict=True):
        if m is None:
            continue
        if isinstance(m, bool):
            whole.add(c.name)  # nothing after "and"
            continue
        first, rest, head, free, event = m
        longer = f"{c.name} and {first}{rest}"
        tail = f" {c.name.split()[-1]} and {first}{rest}"
        if (
            first not in actors
            and not head
            and (
                # The whole name, or one ending as it does, elsewhere: "Oslo Fire and Rescue"
                longer in written
                or tail in ends
                or (
                    free
                    # One common word ("and Safety team"), or an event's end ("and Blitz
                    # Championship"); "and Michel Mayor" is a second name the NER missed.
                    and ((not rest and first.lower() in lowercase) or event)
                )
            )
        ):
            cut[c.name].append(longer)
        else:
            whole.add(c.name)
    return {
        name: NotActor.CUT_BEFORE_AND.why(longer=longer[0])
        for name, longer in sorted(cut.items())
        if name not in whole
    }


AndNext = tuple[str, str, bool, bool, bool] | bool
"""What follows a name of two words or more (``_AND_NEXT``): the next name's first word, its
other words, whether the lower-case word after them is a head both names share
(``_shared_head``), whether the next name starts no span of its own, whether the two are an
event's name (``_event``); or False."""


def _and_nexts(texts: Sequence[str], here: Sequence[Candidate]) -> list[AndNext | None]:
    """``AndNext`` of each of one article's candidates ``here`` in its paragraphs ``texts``,
    None for a name of one word (which ``cut_before_and`` does not judge)."""
    starts: dict[int, set[int]] = defaultdict(set)
    events: dict[str, bool] = {}
    for c in here:
        if c.name not in events:
            events[c.name] = " " in c.name and _event(c.name)  # a name repeats: judged once
        if not events[c.name]:
            # "… and |Barclays| said", "… and |Leulumoega District| hospital": a second name
            # of its own, whatever it is; not the rest of an event's ("the World Rapid and
            # |Blitz Championship|")
            starts[c.paragraph].add(c.start)
    found: list[AndNext | None] = []
    for c in here:
        if len(c.name.split()) < 2:
            found.append(None)
        elif m := _AND_NEXT.match(texts[c.paragraph], c.end):
            first, rest = m.group(1), m.group(2)
            found.append(
                (
                    first,
                    rest,
                    _shared_head(m.group(3) or ""),
                    m.start(1) not in starts[c.paragraph],
                    bool(rest) and _event(first + rest),
                )
            )
        else:
            found.append(False)
    return found


def _shared_head(word: str) -> bool:
    """'committees' in "House Foreign Affairs and Intelligence committees": a body's noun in
    the plural, the head both names share; each before it is a body's."""
    singular = re.sub(r"ies$", "y", word) if word.endswith("ies") else word.removesuffix("s")
    return word != singular and singular in BODIES_OF


def _event(name: str) -> bool:
    return (not_an_actor(name) or "").startswith("names an event")


def people(name: str) -> str | None:
    """Why a name is a people's, not an actor ('Aboriginal Australians', 'Neandertals'), or
    None: a nationality's plural after words of a people within it, or a people's name."""
    if name in PEOPLES:
        return NotActor.PEOPLES.why()
    words = name.split()
    if (
        len(words) >= 2
        and words[-1].endswith("s")
        and is_demonym(words[-1][:-1])
        and all(w.lower() in PEOPLE_ADJECTIVES for w in words[:-1])
    ):
        return NotActor.PEOPLE.why(name=name)
    return None


def _staff_stems(name: str) -> list[str]:
    """The names a staff demonym may be made from ("Googlers": "Google"; "Red Hatters": "Red
    Hat"; "Microsofties": "Microsoft"; "Trotskyites": "Trotsky"): a plural in -ers or -rs
    (after a final "e"), maybe after a doubled consonant, -ies or -ites cut off; none for
    another word."""
    if name.endswith("ers"):
        stems = [name[:-3], name[:-2]]
        if len(name) > 5 and name[-4] == name[-5] and name[-4] not in "aeiou":
            stems.append(name[:-4])
        return stems
    if name.endswith(("ies", "ites")):
        return [name[: -len("ies")]] if name.endswith("ies") else [name[:-4]]
    return []


def staff(candidates: Sequence[Candidate], actors: frozenset[str]) -> dict[str, str]:
    """Names that are another name of the briefing with a suffix of its people ("|Googlers|",
    "|Red Hatters|", "|Microsofties|", found in technology news, actors80): the staff or the
    community of a company, or a leader's followers, written as a plural; the body is the
    actor, its people are not one. The stem must be a name the NER found elsewhere, of three
    letters or more and not as a person's (a surname's plural, "Rogers" beside a "Roger",
    stays), so a team's plural ("Rangers", "Packers") with no such name stays."""
    names = {c.name for c in candidates if c.label != "PERSON"}
    found: dict[str, str] = {}
    for name in sorted(actors):
        if len(name) < 6 or not name[0].isupper() or not name.split()[-1][0].isupper():
            continue
        body = next(
            (s for s in _staff_stems(name) if len(s) >= 3 and s != name and s in names), None
        )
        if body:
            found[name] = NotActor.STAFF.why(body=body)
    return found


_OFFICE_HEADS = frozenset(
    """officer officers director directors secretary spokesman spokeswoman spokesperson
    chairman chairwoman chairperson adviser advisor""".split()
)
"""Nouns of an office that end its title ("Chief Technology Officer", "Executive Director"),
which no person's name ends in."""
_CALL_SIGN = re.compile(r"(?:Air Force|Marine|Army|Navy|Coast Guard|Executive) (?:One|Two)")
"""A head of state's aircraft by its call sign: the service that flies it, then "One" (or
"Two" for the deputy's)."""


def office_cut(name: str) -> str | None:
    """Why a name is an office's title the NER cut from a longer one ("the Chief
    |Technological Officer| said", "the Chief |Technology Officer| of …", its "Chief" read as
    a title and stripped; "Operating Officer"), or None: one or two capitalised words, then a
    noun of an office, which no person's surname is ("Major" is not one of them); a body's
    name ends in its own head ("Executive Office"). Or an aircraft's call sign, a service's
    name then "One" ("Marine One", "Air Force One"): a vehicle."""
    words = name.split()
    if (
        2 <= len(words) <= 3
        and words[-1].lower() in _OFFICE_HEADS
        and all(w[:1].isupper() and w.isalpha() for w in words[:-1])
    ):
        return NotActor.OFFICE_CUT.why(name=name)
    if _CALL_SIGN.fullmatch(name):
        return NotActor.CALL_SIGN.why(name=name)
    return None


def place_glued(name: str) -> str | None:
    """Why a name is a place glued to what a sentence makes it ("making |Melbourne the
    Repository for Cultural Artefacts and Knowledge|"), or None: a state or a city, then
    "the", then capitalised words; a person's epithet ("Alexander the Great") has no place
    before it."""
    if (m := _PLACE_THEN_THE.match(name)) and (state_name(m.group(1)) or place_kind(m.group(1))):
        return NotActor.PLACE_GLUED.why(place=m.group(1))
    return None


def defined_in_lower_case(
    read: Sequence[tuple[str, str]], actors: frozenset[str], defined: Collection[str] = ()
) -> dict[str, str]:
    """Acronyms the text defines after words in lower case whose initials they are ("the
    anterior cingulate cortex (ACC)", "the computer role-playing game, or CRPG for short"):
    a thing's, not an actor's, whose names are
    capitalised; an acronym also defined after a capitalised name (``defined``: "the
    African Cricket Council (ACC)") stays. ``read``: ``_lower_case_definitions`` of the
    texts."""
    found: dict[str, str] = {}
    for acronym, long in read:
        if acronym in actors and acronym not in defined:
            found.setdefault(acronym, NotActor.LOWER_CASE_ACRONYM.why(long=long))
    return found


def _lower_case_definitions(texts: Sequence[str]) -> list[tuple[str, str]]:
    """Each acronym the texts define after words in lower case whose initials it is, with
    those words, in the texts' order (an acronym as often as it is defined so)."""
    found: list[tuple[str, str]] = []
    for text in texts:
        for bracket in _BRACKETED_ACRONYM.finditer(text):
            # The acronyms first, then the one to six words before each: one pattern for
            # both, run over whole texts, tried every lower-case letter (a third of a
            # second at 1,000 articles) and found the same words.
            acronym = bracket.group(1) or bracket.group(2)
            if not is_acronym(acronym.upper()):
                continue
            start = max(0, bracket.start() - 300)
            before = _LOWER_WORDS_BEFORE.search(text, start, bracket.start())
            if before is not None and before.start() == start and start:
                before = _LOWER_WORDS_BEFORE.search(text, 0, bracket.start())  # longer words
            if before is None:
                continue
            words = before.group().split()
            hyphens = sum(w.count("-") for w in words)
            for n in range(max(1, len(acronym) - hyphens), len(words) + 1):
                long = " ".join(words[-n:])
                # "role-playing": each part of a hyphened word gives a letter too
                if acronym.upper() in (
                    initials(long.title()),
                    initials(long.replace("-", " ").title()),
                    # "memorandum of understanding (MoU)": the small word's letter counts
                    *((initials(long, frozenset()),) if not acronym.isupper() else ()),
                ):
                    found.append((acronym, long))
                    break
    return found


def contest(name: str) -> str | None:
    """Why a name is a party's nominating contest ('AIP California Presidential Primary',
    'New Hampshire Primary'), or None: "Primary" after an election's word or a US state's
    name; "Oakwood Primary" may be a school ("Primaries", "Caucuses": ``not_an_actor``)."""
    words = name.split()
    if (
        len(words) >= 2
        and words[-1] == "Primary"
        and (
            words[-2].lower() in PRIMARY_AFTER
            or any(" ".join(words[-1 - n : -1]) in us_state_names() for n in (1, 2, 3))
        )
    ):
        return NotActor.CONTEST.why(word=words[-1])
    return None


def cut_at_hyphen(
    candidates: Sequence[Candidate], nexts: Sequence[str | bool | None]
) -> dict[str, str]:
    """Acronyms every sentence writes right before a hyphen and more capitals ("deploying
    |EV|-DO technology"; not "the EU-Turkey deal"), or before a slash and a capitalised word
    ("the |GNU|/Linux community", technology news, actors74): the start of a compound name
    the NER cut, no actor. Not where the capitals after the hyphen are a state's or another
    name the NER found ("NATO-EU cooperation", "the US-UK talks"): two parties, each an
    actor; after a slash, only a state's ("US/UK"), as two bodies are rarely so joined.
    A name every sentence writes right before an operating system's word ("|Red Hat
    Enterprise| Linux 9", actors85) is cut from the product's name the same way.
    ``nexts``: each candidate's ``_hyphen_next``."""
    names = {c.name for c in candidates}
    # A name read before an operating system's word is a product's start, whatever that word
    # is (`` Linux``): no state nor other name is joined so.
    cut = every_read(
        candidates,
        [
            after
            if not isinstance(after, str)
            else after == "/" or after[0] == " " or not (after in names or state_name(after))
            for after in nexts
        ],
    )
    slashed = {c.name for c, after in zip(candidates, nexts, strict=True) if after == "/"}
    product = {
        c.name: after[1:]
        for c, after in zip(candidates, nexts, strict=True)
        if isinstance(after, str) and after[:1] == " "
    }
    return {
        name: NotActor.CUT_BEFORE_PRODUCT.why(name=name, word=product[name])
        if name in product
        else (NotActor.CUT_AT_SLASH if name in slashed else NotActor.CUT_AT_HYPHEN).why(name=name)
        for name in cut
    }


def _hyphen_next(c: Candidate, text: str) -> str | bool | None:
    """The capitals after a hyphen right after an acronym (``_HYPHEN_NEXT``), False if none;
    for another name, a space and the operating system's word after it (``_PRODUCT_NEXT``:
    " Linux"), else False."""
    if not is_acronym(c.name):
        m = _PRODUCT_NEXT.match(text, c.end)
        return False if m is None else " " + m.group(1)
    m = _HYPHEN_NEXT.match(text, c.end)
    if m is None:
        return False
    if m.group(2) is not None:  # a slash: a state's name after it ("US/UK") is two parties
        word = text[m.start() + 1 : m.end()]
        return word if state_name(word) else "/"
    return m.group(1)


def streets(candidates: Sequence[Candidate], after: Sequence[bool | None]) -> dict[str, str]:
    """Names of two words ending in a street's noun that every sentence writes after "on",
    "along" or "off" ("a collision on |Wellhouse Lane|"): the street's, not a person's.
    ``after``: each candidate's ``_after_on``."""
    why = NotActor.STREET.why()
    return {name: why for name in every_read(candidates, after)}


def _after_on(c: Candidate, text: str) -> bool | None:
    """Whether a street's name is written after "on" (None for a name no street's)."""
    words = c.name.split()
    if len(words) != 2 or words[-1].lower() not in STREET_NOUNS:
        return None
    return bool(_STREET_BEFORE.search(text[: c.start]))


ArticleRead = tuple[list[Any], ...]
"""What ``not_actors``' rules read of one article (``read_article``), as columns of atoms."""
_COLUMNS = 14


def read_article(texts: Sequence[str], here: Sequence[Candidate]) -> ArticleRead:
    """What ``not_actors``' rules read of one article's paragraphs ``texts``: for each of its
    candidates ``here``, in order, the words around it each rule looks for (``_work_noun``,
    ``_listed_noun``, ``_after_on``, ``_hyphen_next``, ``_and_nexts``' five values or its
    False or None in the first), one list each, then the acronyms its texts define in lower
    case and their words (``_lower_case_definitions``), two lists, the candidates' count, and
    each one's ``_product_read`` and ``_title_tail`` (two last lists). Each article's alone, and
    lists of atoms: kept per article between builds (and read back fast), so that after one
    edit only the edited article is read again and the briefing-wide verdicts are a cheap
    combination of these."""
    columns: tuple[list[Any], ...] = tuple([] for _ in range(_COLUMNS))
    for c, after_and in zip(here, _and_nexts(texts, here), strict=True):
        text = texts[c.paragraph]
        noun = _work_noun(c, text)
        columns[0].append(None if noun == "and the" and _body_after_and(c, text, here) else noun)
        columns[1].append(_listed_noun(c, text))
        columns[2].append(_after_on(c, text))
        columns[3].append(_hyphen_next(c, text))
        for i, value in enumerate(
            after_and if isinstance(after_and, tuple) else (after_and, None, None, None, None),
            start=4,
        ):
            columns[i].append(value)
        columns[12].append(_product_read(c, text))
        columns[13].append(_title_tail(c, text))
    for acronym, long in _lower_case_definitions(texts):
        columns[9].append(acronym)
        columns[10].append(long)
    columns[11].append(len(here))
    return columns


def read_decoded(data: object) -> ArticleRead:
    """A kept value of ``read_article``'s form, from its encoded form (``encode``'s): its
    columns, of atoms, of equal lengths; ``ValueError`` for anything else."""
    value = decode_columns(data, _COLUMNS, _ATOM)
    n = value[11][0] if len(value[11]) == 1 else -1
    if not (
        all(len(column) == n for column in (*value[:9], *value[12:]))
        and len(value[9]) == len(value[10])
    ):
        raise ValueError("columns of other lengths")
    return value


_ATOM = frozenset((str, int, bool, type(None)))


def not_actors(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    actors: frozenset[str],
    defined: Collection[str] = (),
    lowercase: frozenset[str] = frozenset(),
    reads: Mapping[str, ArticleRead] | None = None,
) -> dict[str, str]:
    """Every name found as an actor (``actors``, none curated, none a state) that these rules
    show is none, with why; ``defined`` are the acronyms the text defines after a capitalised
    name (``acronym_definitions``); ``lowercase`` the words the articles write in lower case;
    ``reads`` each article's ``read_article`` of its candidates in ``candidates``' order (every
    article of ``paragraphs``), when read already."""
    if reads is None:
        here = by_article(candidates)
        reads = {a: read_article(texts, here.get(a, [])) for a, texts in paragraphs.items()}
    order = runs(candidates)
    column = [
        aligned(order, {a: read[i] for a, read in reads.items()}) for i in (*range(9), 12, 13)
    ]
    found: dict[str, str] = {}
    for name in sorted(actors):
        if why := (
            people(name)
            or contest(name)
            or place_glued(name)
            or numbered_title(name)
            or office_cut(name)
        ):
            found[name] = why
    in_texts = [
        pair for article in sorted(paragraphs) for pair in zip(*reads[article][9:11], strict=True)
    ]
    for rule in (
        works(candidates, column[0]),
        listed_works(candidates, column[1]),
        products(candidates, column[9]),
        title_tails(candidates, column[10]),
        owner_glued(candidates),
        staff(candidates, actors),
        streets(candidates, column[2]),
        cut_at_hyphen(candidates, column[3]),
        defined_in_lower_case(in_texts, actors, defined),
    ):
        for name, why in rule.items():
            if name in actors:
                found.setdefault(name, why)
    nexts: list[AndNext | None] = [
        first if first is None or first is False else (first, *rest)
        for first, *rest in zip(*column[4:9], strict=True)
    ]
    for name, why in cut_before_and(candidates, actors, lowercase, nexts).items():
        if name in actors:  # "South Africa and Africa's other states": a state stays
            found.setdefault(name, why)
    return found


def american(name: str) -> str:
    """A name with its British spellings made American ('World Health Organisation' ->
    'World Health Organization')."""
    spelt = name + " "
    for british, us in BRITISH_SPELLINGS:
        spelt = spelt.replace(british, us)
    return spelt[:-1]


def spelling_variants(actors: frozenset[str], mentions: Mapping[str, int]) -> dict[str, str]:
    """Names found as actors that differ only in British and American spelling ("World
    Health Organisation", "World Health Organization"), each to the one most mentioned (the
    American on a tie): one actor, whichever way an article spells it. ``mentions`` counts
    each name's mentions. Not a state's body named by its kind alone ("Labour Party" in
    Britain, "Labor Party" in Australia; "Ministry of Defence", "Ministry of Defense"): each
    state spells its own, and the body folds find whose it is, article by article."""
    by_spelling: dict[str, list[str]] = defaultdict(list)
    for name in sorted(actors):
        by_spelling[american(name)].append(name)
    out: dict[str, str] = {}
    for us, names in sorted(by_spelling.items()):
        # A state's body only where two names share a spelling: the others make no pair,
        # and asking ``body_key`` of each of some 4,000 actors was most of this pass.
        if len(names) > 1 and body_key(us) is None:
            main = max(names, key=lambda n: (mentions.get(n, 0), n == us, n))
            out.update({n: main for n in names if n != main})
    return out


def particle_surname(name: str) -> bool:
    """'De La Fuente', 'Van der Bellen': two or three words, the first a surname's capitalised
    particle: a surname, which may be the end of a person's full name in its article ("Rocky
    De La Fuente ... fell short of |De La Fuente|"), however the NER reads it."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[0] in SURNAME_PARTICLES and words[-1][:1].isupper()
