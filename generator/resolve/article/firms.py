"""Firms, products, brands and what a name does in its clause.

``_traded_at`` and ``_firm_acts_at`` (a firm that trades, employs, acts in the market),
``_product`` and ``_brand`` (a product, a maker's brand), ``_glossed`` and ``_designated`` (what
the nouns around a name make it: a building, an event, a product, a law or a report),
``_unread_speakers`` (a speaker the NER did not read), ``_person_acts``, ``_named_events`` and
``_modifier``. Each reads the words beside a candidate to say whether the name is a company's, a
thing's or an actor's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...gazetteer import place_kind, state_name
from ...model import Span
from ...titles import TITLE_WORDS
from ..decide import demonym_state, is_demonym
from ..names import BODY_NOUNS, clean_name, is_acronym, state_or_us_state
from ..vocab import (
    CALENDAR_WORDS,
    DESIGNATED_BY_NOUN,
    EVENT_FIRST_WORDS,
    MADE_GOODS_NOUNS,
    MAKER_GOODS,
    MENTION_WORK_NOUNS,
    PEOPLE_FIELDS,
    PEOPLES_TRADE_NOUNS,
    PERSON_LABELS,
    PERSON_OPERATORS,
    PRONOUN_WORDS,
    TRADE_NOUNS,
    VEHICLE_NOUNS,
)
from .context import _a_body
from .records import _at_end
from .words import (
    _CAPITAL_OPENERS,
    BODY_HEADS,
    ORG_WORDS,
    SPEAKER_NOT_PERSON,
    STATE_BODY_HEADS,
    body_word,
)

_BUILDING_AFTER = re.compile(
    r"^,? (?:formerly |now |once |originally )?(?:a|an|the) (?:[\w-]+ ){0,3}"
    r"(?:(?:church|mosque|temple|synagogue) and (?:now |later )?(?:a |an )?)?"
    r"(?:(?:cathedral|museum|basilica|monastery|palace)"
    r"(?=[,.;]| and\b| in\b| that\b| which\b| built\b)"
    r"|(?:hotel|prison|jail|compound|mansion|resort|detention (?:centre|center|camp))"
    r"(?=[,.;:]| and\b| in\b| that\b| which\b| built\b| popular\b| near\b| on\b| at\b|"
    r" where\b| known\b| located\b| used\b| run\b| for\b| outside\b| holding\b))"
)
"""'|Hagia Sophia|, formerly a Greek Orthodox church and now a museum': a building's name
(not "Bob Smith, the museum's curator", nor "a museum guide"). A church, mosque or temple
alone may be its congregation ("The Avoyelles House of Mercy, a Pentecostal church, had
been travelling"): only what it became says it is a building. A hotel, a prison, a
compound ("the |Villa Rose|, a hotel popular with politicians") is one where the noun ends
its phrase or a place's words follow it: not "a hotel chain", "a prison guard", "a
detention centre's staff" (actors75)."""
_GOVERNMENT_ACTS = re.compile(
    r"^,? (?:has |had |have |would |will |also |then )?(?:said|says|denied|denies|warned|"
    r"warns|accused|accuses|responded|responds|rejected|rejects|announced|announces|"
    r"condemned|condemns|claimed|claims|insisted|insists|demanded|demands|threatened|"
    r"threatens|retaliated|imposed|imposes|summoned|summons|expelled|expels|denounced|"
    r"refused|refuses|agreed|agrees|called|calls|urged|urges)\b"
)
"""A speech or a state's act right after a capital's name ("Tehran denied", "Washington
accused Iran"): the government that sits there, which GOLD.md folds into its state."""


_NOUN_AFTER = re.compile(r"(?: \([A-Z][A-Za-z.&-]*\)|\))? ([a-z]+)\b(?!['’-])")
"""The word after a name, past an acronym in brackets (or the bracket the NER's span left,
"|the Tax Reform for Acceleration and Inclusion (TRAIN|) bill"): "|Deferred Action for
Childhood Arrivals| (DACA) program"."""
_NO_LINK = r"(?!(?:that|which|by|of|in|for|on|to|from|with|under|and|or)\b)"
"""No preposition, conjunction or relative word: a noun phrase's words before its head."""
_PARTICIPLE = r"(?:[a-z]+ed|held|led|run|set|made)\b"
"""A past participle, which follows a noun phrase's head ("the concert |held| on ...") and so
is never that head (``_SET_OFF_NOUN``)."""
_SET_OFF_NOUN = re.compile(
    rf", (?:an?|the) (?:{_NO_LINK}[a-z-]+ ){{0,3}}{_NO_LINK}(?!{_PARTICIPLE})([a-z]+)(?=[,.;:]| "
    r"(?:that|which|the|by|of|in|for|on|to|from|with|under|[a-z]+(?:ing|ed|en)|held|led|run|"
    r"set|made)\b)"
)
"""A noun phrase set off after a name whose head (its last word, before punctuation, a
preposition, a relative word, a participle, or "the" opening a relative clause) says what the
name is: "|National Climate Assessment|, a congressionally mandated interagency report", "|Live
Aid|, the greatest charity rock concert the world has ever seen" (actors86), "|Clean Power
Plan|, the policy unveiled in 2015" (a participle is no head: actors91)."""
_ORDINAL_BEFORE = re.compile(
    r"\bthe (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
    r"annual)\s+$"
)
"""A lower-case ordinal before a name: "the sixth |National Climate Assessment|", an edition
of something issued again and again; a body has no editions."""
_WON_OR_ATTENDED = re.compile(
    r"\b(?:won|wins?|winning|winners? of|victory in|victories in|attend(?:s|ed|ing)?|"
    r"compet(?:e|es|ed|ing) in)\s+(?:the\s+)?$"
)
"""What one wins, attends or competes in: "finally won the |Dakar Rally|", "victory
in the |Dakar Rally|", "attended |Live Aid|": an event or a prize, which a body's name there
is not ("attended Harvard University", "won the Senate": a body's head word)."""


def _designated(
    name: str, label: str, before: str, after: str, known_names: set[str]
) -> str | None:
    """The non-actor label (``DESIGNATED_BY_NOUN``) of a name of two words or more that the
    words around designate as a law, programme, report or event: a kind's noun after it or
    heading a phrase set off after it, a lower-case ordinal before it, or a verb of winning or
    attending. A body's name (``_a_body``: known, an acronym, a body's head word) is left
    alone: "the World Bank program" names the body that runs it."""
    if (
        " " not in name
        or after.startswith(("'s", "’s"))
        or _a_body(name, known_names)
        or state_or_us_state(name.removesuffix(" State"))  # "a |New York State| law"
        or any(body_word(w) or w.lower() in BODY_HEADS for w in name.split())
    ):
        return None  # "attended Harvard University", "the Stop the Steal group"
    if _glossed(label, before, after):
        return None  # "the tenth |Furnal Equinox|, an annual event": the gloss says it, and why
    noun = _NOUN_AFTER.match(after) if label == "ORG" else None
    if noun and (kind := DESIGNATED_BY_NOUN.get(noun.group(1))):
        return kind
    if (set_off := _SET_OFF_NOUN.match(after)) and (
        kind := DESIGNATED_BY_NOUN.get(set_off.group(1))
    ):
        return kind
    if label == "ORG" and _at_end(_ORDINAL_BEFORE, before, 2):
        return "PRODUCT"
    if _at_end(_WON_OR_ATTENDED, before, 4):
        return "EVENT"
    return None


_MAKER_BEFORE = re.compile(r"(?:(?<![\w'’-])(?:its|their)|[a-z] [A-Z][\w.&-]*(?:['’]s)?)\s$")
"""A maker before a product's name: its own name after a lower-case word ("the |SpaceX|
Crew Dragon capsule", "|SpaceX's| Falcon Heavy rocket"), or "its"/"their"."""
_PRODUCT_APPOSED = re.compile(
    r"\b(?:plane|aircraft|jet|helicopter|vehicle|rocket|spacecraft|device|drone|car|truck)"
    r"(?:,? (?:an?|the)| [^.;]{0,60}, called) $"
)
"""'the propeller plane, a |Beechcraft Sierra|', 'a device attached to his feet, called
|Flyboard Air|': a product's model named after what it is."""
_ADJECTIVE = re.compile(r"[A-Z][a-z]{4,}(?:ic|ean|ian)")
_PLURAL_NOUN_AFTER = re.compile(r"^ ([a-z]{3,}(?<![su])s|[a-z]+ (?:chicks|eggs|populations?))\b")
_VERB_S = frozenset(
    "says has was does is adds tells thinks wants believes argues claims goes gets makes".split()
)


_WORK_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(MENTION_WORK_NOUNS, key=lambda w: (-len(w), w)))}|"
    r"(?<!press )release)(?:,)? $"
)
"""A work's noun right before its title ("the 1959 romantic comedy |Pillow Talk|", "his recent
film, |Fall of Grace|", "Bob Dylan's 2009 release |Together Through Life|"): a work, no actor
(after a comma, only a name the NER reads as an organisation's that ends its clause: "the book,
Trump said", "In a press release, Amnesty International said")."""
_TRADE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TRADE_NOUNS))}|(?:{'|'.join(sorted(MAKER_GOODS))}) maker)\s+$"
)
"""A company's noun right before a one-word name ("oil giant |Yukos|", "technology firm
|Sydus|", "exchange operator |Euronext|", "car maker |Mercedes|"), which the NER reads as a
person's, a product's or a place's as often as a company's: found auditing business and
technology news (BBC)."""
_FIRM_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TRADE_NOUNS - PEOPLES_TRADE_NOUNS))}|"
    rf"(?:{'|'.join(sorted(MAKER_GOODS))}) maker)\s+$"
)
"""A company's noun right before a name of several words ("the law firm |Tods Murray|", "car
maker |Aston Martin|"): the name is a company's, though the NER reads it as a person's, whose
names have two words as often. Not the nouns said of people too (``PEOPLES_TRADE_NOUNS``)."""
_FAMED_GIANT = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(PEOPLE_FIELDS))}) giant|"
    rf"(?:{'|'.join(sorted(PERSON_OPERATORS))}) operator)\s+$",
    re.IGNORECASE,
)
"""A field of fame before "giant" ("jazz giant |Rollins|", "literary giant |Naipaul|") or a
machine before "operator" ("camera operator |Dunn|"): a person, not the company "oil giant
|Yukos|" and "exchange operator |Euronext|" are."""
_ROLE_LINKS = "for at with of in from to by on the its his her their".split()
"""Words that tie a role to a company in an apposition ("|Joyce|, a spokesman for the airline,",
"a partner at the firm"): the name before is a person's, not the company's."""
_TRADE_AFTER = re.compile(
    rf"(?: (?:corporation|company)\b|, (?:a|an|the) "
    rf"(?:(?!(?:{'|'.join(_ROLE_LINKS)})\b)[\w-]+ ){{0,3}}"
    rf"(?:{'|'.join(sorted(TRADE_NOUNS))})(?=[,.;]| (?:that|which|whose)\b))"
)
"""A company's noun right after a one-word name ("the |Titan| corporation") or ending the
apposition after it ("|Titan|, a California-based company, pleaded guilty"); not a role
("|Dalby|, a company director", "a firm spokesman"): a company's name."""
_HOLDINGS = r"(?:shares|stakes?) in"
"""A holding in a company ("shares in", "a stake in"): one spelling for ``_HELD_OR_EMPLOYED``
and ``_DEAL_BEFORE``, which both read it."""
_HELD_OR_EMPLOYED = re.compile(
    r"\b(?:(?:analyst|economist|strategist|researcher|trader|broker|dealer)s? at|"
    rf"{_HOLDINGS}|holdings? in)\s+$",
    re.IGNORECASE,
)
"""A role before "at" or a holding before "in" ("an analyst at |Finans Investment|", "shares
in |Multiplex Group|"): the name after is the employer or the company held, not a place, as
the preposition alone would say (BBC business news, where the NER reads it as a body)."""


_UNREAD_SPEAKER = re.compile(
    r"(?:^|(?<=[.,;:!?\"“”] )|(?<=[.,;:!?\"“”])|(?<=\b[Tt]he ))"
    r"((?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,6})(?: [A-Z][A-Za-z]+){0,2})"
    r" (?:has |had )?(?:said|says|claims|claimed|noted|notes|warned|warns|stated|states|"
    r"announced|reported|reports|accepts)\b"
)
"""Capitalised words that open a clause and speak ("|Haaretz| says", "fraud, |Icstis| said",
"In a statement the |RSPCA| said"): a body's name, which BBC and Wikinews news often has
the NER leave unread or read as a nationality's (actors58: in four tune articles of the pooled
actors pools, none of them with a page)."""
_READ_AS_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
"""Readings that settle what a name is: a person's, a body's, a place's; a name the NER reads
so anywhere in its article is no unread speaker."""


_PEOPLE_PLURAL = re.compile(
    r"[A-Z][a-z]+(?:ers|ors|ists|ians|ans|ants|ents|ics|ives|ats|ites|ees|ies|ses|els|als|ts)"
)
"""A capitalised plural of people that opens a sentence ("Witnesses said", "Analysts say",
"Rebels claimed", "Democrats warned", "Authorities said"): a group, not a body's name (a
body's name of that shape, "Reuters", is one the NER reads). Not "Icstis" or "Haaretz"."""
_PEOPLE_NOUNS = PERSON_LABELS | frozenset(
    """officials sources experts analysts critics locals rebels militants insurgents medics
    doctors lawyers police authorities observers researchers scientists economists""".split()
)
"""Common nouns for people that a sentence opens with before a reporting verb."""


_NOT_A_SPEAKER = CALENDAR_WORDS | PRONOUN_WORDS | TITLE_WORDS
"""First words that make a speaker no unread body: a day, a pronoun, a title ("Mr Brown")."""


def _after_a_name(text: str, name: str) -> bool:
    """Whether the article writes ``name`` after another capitalised word ("Irvan |Maltoi|,
    the bureau chief", then "Maltoi said"): the last word of a longer name, a person's surname
    most often, not a body's own name."""
    return any(
        m.group(1) not in _CAPITAL_OPENERS
        for m in re.finditer(rf"\b([A-Z][\w-]*) {re.escape(name)}(?![\w-])", text)
    )


_SENTENCE_OPENING = re.compile(r"(?:^|\n\s*|[.!?:][”’\"]?\s+|[“‘(]|(?:^|\s)\")$")
"""What stands before a word that opens a sentence, a quotation or a paragraph: a capital
there is the sentence's, not a name's."""


def _only_opens_sentences(text: str, name: str) -> bool:
    """Whether every mention of the one-word ``name`` opens a sentence ("Troops said ...
    Troops said", "Some said", "Women said") and it has no capital past its first letter: an
    ordinary word, capitalised for the sentence, never shown to be a name (review16; a body
    is named inside a sentence too, "the |RSPCA| accepts", "Israel's |Haaretz|"). An
    acronym's plural ("MPs", "MEPs") is of people or things: no body's name either."""
    if re.fullmatch(r"[A-Z]{2,}s", name):
        return True
    if any(ch.isupper() for ch in name[1:]):
        return False
    return all(
        _SENTENCE_OPENING.search(text, 0, m.start())
        for m in re.finditer(rf"(?<![\w&'’-]){re.escape(name)}(?![\w&'’-])", text)
    )


def _unread_speakers(paragraphs: Sequence[str], spans: Sequence[tuple[int, Span]]) -> set[str]:
    """Names that speak (``_UNREAD_SPEAKER``), twice or more in the article and never read as a
    person's, a body's or a place's there: no day, pronoun, title ("Mr Brown said"), state,
    people ("Indian") or place, and no word the article also writes in lower case ("Police
    said", "the police"; "Officials said"), no group of people ("Witnesses said",
    ``_PEOPLE_PLURAL``), nor the last word of a longer name ("Irvan
    Maltoi ... Maltoi said", ``_after_a_name``). Their mentions are a body's (``3c''``)."""
    text = "\n".join(paragraphs)
    read = {clean_name(span.text) for _, span in spans if span.label in _READ_AS_NAMED}
    read_words = {w for name in read for w in name.split()}
    found: set[str] = set()
    for paragraph in paragraphs:
        for m in _UNREAD_SPEAKER.finditer(paragraph):
            name = m.group(1)
            words = name.split()
            if (
                words[0].lower() in _NOT_A_SPEAKER
                or words[0] in ("The", "A", "An", "But", "And", "In", "As")
                or name.lower() in _PEOPLE_NOUNS
                or (len(words) == 1 and _PEOPLE_PLURAL.fullmatch(name) is not None)
                or name in read
                or set(words) & read_words
                or state_name(name)
                or is_demonym(words[0])
                or place_kind(name)
                or re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text)
                or _after_a_name(text, name)
                or (len(words) == 1 and _only_opens_sentences(text, name))
                or len(re.findall(rf"(?<![\w&'’-]){re.escape(name)}(?![\w&'’-])", text)) < 2
            ):
                continue
            found.add(name)
    return found


def _traded_at(text: str, start: int, end: int, word: str) -> bool:
    """Whether a company's noun stands right before the one-word name at ``start:end`` of a
    paragraph ("oil giant |Yukos|") or after it ("|Titan|, a California-based company", "the
    |Yugansk| unit"): the name is a company's, however the NER reads it there or elsewhere."""
    before, after = text[:start], text[end:]
    return bool(
        (
            _at_end(_TRADE_BEFORE, before, 2)
            and not _at_end(_FAMED_GIANT, before, 2)
            and not _SITE_AFTER.match(after)
        )
        or _TRADE_AFTER.match(after)
        or (_PART_AFTER.match(after) and _at_end(_DETERMINED, before, 2) and not place_kind(word))
        or (_at_end(_DEAL_BEFORE, before, 6) and not _KIN_AFTER.match(after))
        or _DEAL_AFTER.match(after)
        or (
            _STAFF_AFTER.match(after)
            and place_kind(word) is not None
            and word.lower() not in BODY_NOUNS  # "|Police| spokesman": no firm, whatever town
        )
    )


def _firm_acts_at(text: str, start: int, end: int) -> bool:
    """Whether the one-word name at ``start:end`` of a paragraph acts there as a company, as no
    person does: opening a clause with "its" a few words on ("|Pfizer| is still selling its
    Celebrex") or with a plural verb ("|BAA| are also owners": British news makes a company
    plural), its shares moving by a figure ("|Arcelor| shed 2.1%") or held ("Shares in
    |Solidere|" opening a sentence, which ``_DEAL_BEFORE`` reads only in lower case). Found
    auditing the one-word firms the NER reads as people's names (actors63: BBC business
    news), which the fragment test (``names.looks_like_name``) rejects as bare given names."""
    before, after = text[:start], text[end:]
    if _SHARES_MOVED.match(after) or (
        # not "Shares in |Murdoch|'s media empire": a holding in what the name owns (review19)
        _SHARES_OPEN.search(before) and not after.startswith(("'s", "’s"))
    ):
        return True
    if not _CLAUSE_START.search(before):
        return False
    return bool(_ITS_AFTER.match(after) or _PLURAL_VERB_AFTER.match(after))


def _person_acts(word: str, paragraphs: Sequence[str]) -> bool:
    """Whether the article writes the one-word name as a person's somewhere ("Ivan lost his
    cow", "Lula, who", "Pele's wife"): then "|Ivan| said its army" or "|Lula| praised its
    workers" is a person speaking of another owner, not a company (review19)."""
    after = re.compile(rf"(?<![\w-]){re.escape(word)}{_PERSON_AFTER.pattern}")
    return any(word in paragraph and after.search(paragraph) for paragraph in paragraphs)


_PERSON_AFTER = re.compile(
    r"(?:,? who\b|['’]s (?:wife|husband|widow|son|sons|daughter|daughters|mother|father|"
    r"brother|sister|family|career|life)\b|(?: [a-z]+){0,3} (?:his|her|himself|herself)\b)"
)
"""A person's word after a name: "who", a relative's or a life's noun after its "'s", or a
person's pronoun a few words on ("Ivan lost his cow")."""


def _named_events(paragraphs: Sequence[str]) -> set[str]:
    """The words an article writes after an event's first word ("Hurricane |Dorian|", "Storm
    Ciara"): a storm's or an operation's name, which "|Dorian| made its landfall" does not
    make a company's."""
    return {m.group(1) for paragraph in paragraphs for m in _EVENT_NAMED.finditer(paragraph)}


_EVENT_NAMED = re.compile(
    rf"\b(?:{'|'.join(sorted(w.title() for w in EVENT_FIRST_WORDS))})(?: Storm)? ([A-Z][\w-]+)"
)
"""An event's first word and the word after it ("Hurricane Dorian", "Tropical Storm Imelda")."""
_CLAUSE_START = re.compile(r"(?:^|[.!?;]['\"’”]?\s+|:\s+)$")
"""A sentence's or a clause's start before the name: the name is the subject of what follows
(not "Merck and |Pfizer| are", whose verb is plural for the two)."""
_ITS_AFTER = re.compile(
    r" (?:(?!(?:he|she|his|her|him|they|them|their|who|whose|and|or|but|with|to|for|"
    r"that|which|of|in|on|at|by|from)\b)[a-z]+ ){1,3}its\b"
)
"""A few verbs or adverbs, then "its" ("|Pfizer| is still selling its", "|Apex| said its"): the
subject owns as a company does; no word of a person ("he", "his") or a link to another noun
("with", "of") between, which could give "its" another owner."""
_PLURAL_VERB_AFTER = re.compile(r" (?:also |now |still |already )?(?:are|were|have)\b(?! you\b)")
"""A plural verb after one singular name ("|BAA| are also owners of the airports"): a body,
which British news makes plural; a person is never "are"."""
_SHARES_MOVED = re.compile(
    r"(?:['’]s)? (?:shares? |stock )?(?:shed|fell|rose|slid|slipped|dropped|climbed|jumped|"
    r"plunged|soared|tumbled)(?: by)? \d[\d.,]*(?:%| ?per ?cent\b| percent\b)"
)
"""The name's shares moving by a figure ("|Arcelor| shed 2.1%", "|Xstrata|'s shares fell 3%"):
a listed company's."""
_SHARES_OPEN = re.compile(r"(?:^|[.!?]['\"’”]?\s+)(?:Shares|Stakes?) in\s+$")
"""'Shares in |Solidere|' opening a sentence: a holding in the company (``_HOLDINGS`` in lower
case reads it mid-sentence)."""


_UNREAD_FIRM = re.compile(
    rf"\b(?:{'|'.join(sorted(TRADE_NOUNS))}|analysts? at) "
    r"((?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+)(?: [A-Z][A-Za-z]+){0,2})(?![\w&'’-])"
)
"""A company's noun or an analyst's employer before capitalised words ("consortium |TAV|",
"an analyst at |Gartmore|"): a company's name, which BBC business news often has the NER
miss."""
_DEAL_BEFORE = re.compile(
    r"\b(?:bought by|sold to|acquired by|taken over by|merged? with|purchase of|takeover of|"
    rf"{_HOLDINGS}|deals? with|deal between)\s+"
    r"(?:(?!(?:of|for|to|in|at|by|with|from|and|or)\b)[a-z]+ ){0,2}"
    r"(?:[A-Z][\w'’-]*(?: and|,) )?$"
)
"""A company's deal before its one-word name: the firm bought, sold to, merged with, held or
dealt with ("bought by market leader |Diageo|", "sold to |Ford|", "sponsorship deals with
Chelsea and |Celtic|", "the purchase of |Yugansk|"): a company's name, however the NER reads
it (BBC business news; a state's or a place's name is kept out before)."""
_KIN_AFTER = re.compile(r" (?:twins|brothers|sisters|family|families|heirs)\b")
"""'bought by the |Barclay| twins': a family's name, not a company's."""
_DEAL_AFTER = re.compile(
    r"['’]s (?:[a-z]+ )?(?:purchase|takeover|acquisition|shareholders|chief executive|"
    r"division|subsidiary)\b"
)
"""After the name, its possessive and its deal or its part ("|Bertelsmann|'s purchase of a
stake", "|Multiplex|'s construction division"): a company's name."""
_STAFF_AFTER = re.compile(
    r"(?:['’]s (?:[a-z]+ )?(?:boss|chairman|captain|finances)|"
    r" (?:spokesperson|spokesman|spokeswoman|boss|chairman|chief executive|captain))\b(?![-'’])"
)
"""A firm's or club's officer or purse after a one-word name that is also a town's ("A |Delta|
spokesperson", "Former |Chelsea| captain Desailly", "|Wembley| chairman Claes Hultman",
"|Liverpool|'s finances"): the firm or the club, not the town (actors53: in four tune
articles of the pooled BBC pools, and on no town of those pools; a town's officials are its
mayor or council). Not a role alone ("|Reading| said" stays the town's), nor a body's noun
that a town's name also spells ("|Police| spokesman Mariusz Ciarka": Police is a Polish town).
"""
_PART_AFTER = re.compile(r"(?: [a-z]+)? (?:unit|subsidiary|arm|chain|consortium)\b(?![-'’])")
"""A company's part or a group of companies named after the name ("the |Yugansk| unit", "the
|Odeon| cinema chain", "the |Phoenix| consortium"): the name is a company's, however the NER
reads it (BBC business news reads it as a place or a person). Not "division", which is a
province's too ("the |Malakand| division")."""
_DETERMINED = re.compile(r"\b(?:the|its|their|his|her|a|an)(?: [a-z]+)?\s+$")
"""A determiner before the name (a word may stand between: "the key |Yugansk| unit"): the name
modifies the noun after it, as a company's name modifies its unit's."""
_SITE_AFTER = re.compile(r" (?:branch|branches|office|offices|plant|factory|store|stores|site)\b")
"""A site's noun right after the name ("the bank |Lincoln| branch"): the name is the town the
site is in, not the company's."""
_TRADE_RELABELLED = frozenset({"PERSON", "PRODUCT", "NORP", "LOC", "FAC", "GPE"})
"""The NER's readings a company's noun before a one-word name overrules (a place's only when
the name is no state's or known place's)."""
_CLAUSE_END = re.compile(r"^(?:[,.;:)!?]|$)")


_EVENT_AFTER = re.compile(
    r"^,? (?:an?|the) (?:(?!(?:of|for|behind|at|to|that|which|who)\b)[\w-]+ ){0,4}"
    r"(?:event|convention|festival|conference|expo|fair|concert|"
    r"exhibition|tournament|championship|competition)(?=[,.;]| dedicated\b| held\b| in\b)"
)
"""'the tenth |Furnal Equinox|, an annual event dedicated to', '|Fan Expo Canada|, a massive
annual pop culture convention', '|Live Aid|, the concert held on July 13, 1985' (actors91): an
event's name (GOLD.md: events are no actors); not the event after 'of' or 'behind' ('|FIFA|,
the governing body of the tournament,': its organiser)."""
_PRODUCT_BEFORE = re.compile(
    r"\b(?:drug|medicine|vaccine|treatment|cocktail|antibody|console|smartphone|aircraft|"
    r"spacecraft|rocket|satellite), $"
)
"""'One antibody cocktail, |ZMapp|, initially showed promise': a product named after what it
is, set off by commas."""
_PRODUCT_OBJECT = re.compile(
    r"\b(?:of|behind|for|[a-z]{3,}ed|makes?|made|sells?|sold|builds?|built|owns?|"
    r"produces?|invents?) (?:the|a|an|its|their|this|that) (?:[\w-]+ ){0,2}[a-z]+, $"
)
"""'The company that developed the vaccine, |Moderna|,', 'the maker of the drug, |Pfizer|,':
the product's noun is what the name made, and the name its maker, no product."""


_TECH_THING_AFTER = re.compile(
    r"^, (?:an?|the) (?:(?!(?:of|for|by|from|with|and|or|that|which|who)\b)[\w-]+ ){0,3}"
    r"(?:(?:programming |scripting )?language|single-board computer|computer|repository|"
    r"operating system|distribution|browser|framework|toolkit|compiler|kernel|protocol|"
    r"format|app|application|software|database)(?=[,.;]| used\b| for\b| that\b| which\b)"
)
"""'|Wikimedia Commons|, a media repository,', 'the |Raspberry Pi|, a single-board computer':
a technology the text says is a thing (technology news, actors80); not a maker ("|Apple|, a
computer maker": the noun goes on) nor a site or service, which may speak as a body."""


def _glossed(label: str, before: str, after: str) -> str:
    """What the words around a name say it is when no actor ('a building', 'an event', 'a
    product'), or ''."""
    if label not in ("ORG", "PERSON", "FAC", "LOC"):
        return ""
    if _BUILDING_AFTER.match(after):
        return "a building"
    if _EVENT_AFTER.match(after):
        return "an event"
    if _TECH_THING_AFTER.match(after):
        return "a technology"
    if (
        after.startswith(",")
        and _at_end(_PRODUCT_BEFORE, before, 2)
        and not _at_end(_PRODUCT_OBJECT, before, 6)
        and not _GOVERNMENT_ACTS.match(after)  # "|Moderna|, said": a maker speaks
    ):
        return "a product"
    return ""


def _product(before: str, after: list[str]) -> bool:
    """A product's name ("SpaceX tested its |Falcon Heavy| rocket", "the plane, a
    |Beechcraft Sierra|"), not its maker's: the maker ("Boeing") is named before it or a
    vehicle's noun names what it is; a state or nationality before is no maker ("the
    Iranian |Air Force| plane", "the |U.S.| Navy jet")."""
    if after and after[0] in VEHICLE_NOUNS and (maker := _at_end(_MAKER_BEFORE, before, 2)):
        word = maker.group(0).split()[-1].removesuffix("'s").removesuffix("’s")
        return not (state_name(word) or demonym_state(word) or word in ("The", "A", "An"))
    return bool(_at_end(_PRODUCT_APPOSED, before, 14))


_BRAND_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|his|her|its|their|one|two|three|\d[\d,.]*)\s"
    r"(?:(?!said\b|says\b|and\b|or\b)[a-z][a-z-]+\s)?$"
)
"""A determiner or a number before a brand, one lower-case word between at most: "a |Volvo|
truck", "a stolen |Volvo| truck", "640,000 |Volvo| cars"."""
_BRAND_AFTER = re.compile(rf"^\s(?:{'|'.join(sorted(MADE_GOODS_NOUNS))})\b")


def _national_arm(words: list[str]) -> bool:
    """'Mazars USA', 'KPMG Canada': a company's name, then the state of its national arm."""
    return bool(state_name(words[-1])) and not (state_name(words[0]) or demonym_state(words[0]))


def _brand(name: str, before: str, after: list[str]) -> bool:
    """'a |Volvo| truck', 'the |Toyota| car': a maker's one-word name between a determiner
    and a vehicle's noun names the product (GOLD.md: products are no actors); an article
    that also writes "Volvo said" keeps the maker (``maker``). A body's word ("a |Navy| jet")
    is the body's vehicle, its owner, and so is an acronym's ("a |UN| vehicle"); an aircraft's
    name before is as often its operator's ("a |Ryanair| plane"), so only made goods count."""
    return (
        " " not in name
        and not is_acronym(name)
        and bool(after)
        and after[0] in MADE_GOODS_NOUNS
        and bool(_at_end(_BRAND_BEFORE, before, 3))
        and name.lower() not in SPEAKER_NOT_PERSON | ORG_WORDS | STATE_BODY_HEADS
        and not (state_name(name) or demonym_state(name))
    )


def _modifier(name: str, after: str) -> bool:
    """'|Magellanic| penguins', 'female |Magellanic| penguins': one adjective-shaped word before
    a lower-case plural noun is what modifies it (a species, a kind), no actor; "Eric says"
    is a person."""
    plural = _PLURAL_NOUN_AFTER.match(after)
    return bool(_ADJECTIVE.fullmatch(name) and plural and plural.group(1) not in _VERB_S)
