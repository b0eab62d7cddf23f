"""After resolve: the firms of a proposal, their nationality, owners and parents, brokers and
signers, and names found within longer names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...model import AgreementFrame, Mention, Role
from ...titles import TITLE_WORDS
from ..tie import Context
from ..vocabulary import BROKER, FIRM_NOUNS, FIRM_PARTS, POSSESSIVES
from .companies import PUBLIC_BODIES

MEDIATED_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:mediat|broker)\w*|,\s+(?:the\s+|a\s+|who\s+)?(?:[\w-]+\s+)?"
    r"(?:mediator|broker|mediated|brokered)\b",
    re.IGNORECASE,
)
"""After a name: "Annan mediated", "Annan's mediation", "Annan, the UN mediator", "Egypt,
who brokered"."""


def _firms_nationality(context: Context, frame: AgreementFrame) -> set[str]:
    """States a party phrase names only as a firm's nationality ("its acquisition of US firm
    ISG", "bought US rival Grey Global", "The US firm agreed to pay $2bn to exit an
    agreement"): the firm is the party, not its country. A state named also on its own in
    the phrases ("a deal between the US and Canada") stays."""
    described: set[str] = set()
    plain: set[str] = set()
    for r in frame.parties:
        for m in context.mentions:
            if (
                m.paragraph != frame.paragraph
                or m.entity not in context.states
                or not (r.start <= m.start and m.end <= r.end)
            ):
                continue
            after = r.text[m.end - r.start :].split()
            key = m.entity.split("/", 1)[1]
            firm = bool(after) and (
                after[0].casefold() in FIRM_NOUNS | FIRM_PARTS
                or _described_firm(after)
                or _owns_a_firm(context, m, r, after)
            )
            (described if firm else plain).add(key)
    return described - plain


def _owns_a_firm(context: Context, state: Mention, phrase: Role, after: list[str]) -> bool:
    """A state's possessive before a firm ("Turkey's biggest private mobile firm", "Japan's
    Sumitomo Mitsui Financial", "China's National Petroleum Corporation"): the firm's
    nationality. Not before a person ("Russia's President Putin") nor a public body
    ("Iran's Foreign Ministry"): those act for the state."""
    if after[0] not in POSSESSIVES:
        return False
    owned = []
    for word in after[1:]:
        if word.casefold() in ("and", "or"):
            break
        owned.append(word.strip(",;"))
        if word.endswith((",", ";")):
            break
    if any(w.casefold() in FIRM_NOUNS for w in owned) and not _central_bank(owned):
        return True
    start = state.end + len(after[0]) + 1  # the name right after "'s "
    named = [
        m
        for m in context.mentions
        if m.paragraph == state.paragraph
        and m.start == start
        and m.end <= phrase.end
        and m.entity.startswith("actors/")
    ]
    if not named:
        return _unread_firm(owned)
    return any(
        m.entity not in context.states
        and m.entity not in context.persons
        and not {w.casefold() for w in m.text.split()} & PUBLIC_BODIES
        for m in named
    )


def _unread_firm(owned: Sequence[str]) -> bool:
    """A name of two words or more after a state's possessive that no actor holds,
    capitalised to the phrase's end and neither a title nor a body ("Japan's Yamanouchi
    Pharmaceutical was likely to end a licensing agreement"; agreements33, BBC business): a
    firm the NER missed, so the state is its nationality, no party. "Russia's President
    Putin", "Iran's Supreme Leader", "Britain's Royal Navy" act for the state and keep it;
    one word may be a person or a body ("Brazil's Lula", "Israel's Knesset"): kept too."""
    words = {w.casefold().strip(".") for w in owned}
    return (
        len(owned) > 1
        and all(w[:1].isupper() for w in owned)
        and not words & (TITLE_WORDS | PUBLIC_BODIES | STATE_BODY_WORDS)
    )


STATE_BODY_WORDS = frozenset("organization organisation institute corps guard guards".split())
"""More heads of a state's bodies, for names no actor holds ("Iran's Atomic Energy
Organization", "Iran's Revolutionary Guards"): they act for the state, no firm."""


DESCRIBING_STOPS = frozenset(
    "and or of to with for from in on by at as the a an its their his her our".split()
)
"""Words that end a firm's description before its noun: "US and Canadian firms" names the
US on its own."""


def _central_bank(words: Sequence[str]) -> bool:
    """ "central bank" in a state's description ("The US central bank signed a currency swap
    agreement with Mexico", "Britain's central bank"; fix73's probes): a public body acting
    for its state, no firm, so the state stays a party."""
    low = [w.casefold().strip(",;") for w in words]
    return any(a == "central" and b == "bank" for a, b in pairwise(low))


def _described_firm(after: Sequence[str]) -> bool:
    """A state before a firm noun one or two describing words away ("US banking giant
    Citigroup has sold its Travelers arm to Metlife", "Venezuelan energy firm PDVSA";
    agreements33): the firm's nationality, as "US firm ISG" is. Not a public body ("the US
    financial watchdog"): one acts for its state."""
    for index, word in enumerate(after[:3]):
        low = word.casefold()
        if low in FIRM_NOUNS:
            return index > 0 and not _central_bank(after[: index + 1])
        if not (word.isalpha() and word.islower()) or low in DESCRIBING_STOPS:
            return False
    return False


def _brokers(context: Context, actors: Sequence[Mention]) -> set[str]:
    """Actors the article names as a mediator or broker ("Kofi Annan mediated talks between
    Kibaki and Odinga", "a ceasefire brokered by Egypt"): no party to the deals they made
    between others (GOLD), wherever the article gives them one ("the two sides signed a
    deal", "Annan's power-sharing deal")."""
    found = set()
    for m in actors:
        text = context.article.paragraphs[m.paragraph]
        if MEDIATED_AFTER.match(text, m.end) or BROKERED.search(
            text, max(0, m.start - 40), m.start
        ):
            found.add(m.entity.split("/", 1)[1])
    return found


OWNED_BY = re.compile(r"\.?['’]s?\s+(?:(?:subsidiary|unit|division|arm|affiliate)\s+)?")
"""Between an owner's name and the name it owns ("Alphabet Inc.'s Google", "Alphabet's
subsidiary Google")."""


def _parents(context: Context, frame: AgreementFrame) -> set[str]:
    """Bodies a party phrase names only as the owner of the body that acts ("Alphabet
    Inc.'s Google has closed a $1 billion deal for a business park"): the parent is no
    second side of the deal (GOLD: a deal is between parties). Persons and states stay, as
    before ("Iran's foreign minister", "Spain's Ferrovial" are others' rules)."""
    text = context.article.paragraphs[frame.paragraph]
    plain = context.persons | context.states
    out: set[str] = set()
    for r in frame.parties:
        if r.start < frame.noun.end and frame.noun.start < r.end:
            continue  # the agreement's own phrase: "NASA's contract with Boeing", two sides
        inside = sorted(
            (
                m
                for m in context.mentions
                if m.paragraph == frame.paragraph
                and m.entity.startswith("actors/")
                and r.start <= m.start
                and m.end <= r.end
            ),
            key=lambda m: m.start,
        )
        for owner, owned in pairwise(inside):
            if (
                owner.entity != owned.entity
                and owner.entity not in plain
                and owned.entity not in plain
                and owned.end == r.end
                and OWNED_BY.fullmatch(text[_mention_end(owner) : owned.start])
            ):
                out.add(owner.entity.split("/", 1)[1])
    return out


def _mention_end(m: Mention) -> int:
    """Where a mention's name ends, before a possessive the recogniser kept in it
    ("Alphabet Inc.'s")."""
    return m.end - 2 if m.text.endswith(("'s", "’s")) else m.end


def _signers(context: Context, frame: AgreementFrame) -> set[str]:
    """Actors who sign or agree to the deal themselves, outside its own phrase (the subject
    of "signed", "with" whom): a party even where the article names them a mediator of
    another deal ("Egypt brokered the truce … Egypt and Israel signed a gas deal"). Not an
    owner inside the phrase ("Vance's deal was signed"), nor a deal one brokers."""
    if frame.status != "signed" or frame.verb.lower() in BROKER:
        return set()
    outside = [p for p in frame.parties if p.end <= frame.noun.start or p.start >= frame.noun.end]
    return set(context.actors_in(frame.paragraph, outside))


def _names_longest_first(actors: Sequence[Mention]) -> list[tuple[str, str]]:
    """Each actor name the article writes in full (not a surname alone) with its actor id,
    longest first, for ``_named_within``: made once per article."""
    names: dict[str, str] = {}
    for m in actors:
        if m.how != "surname" and len(m.text) > 2 and m.text[:1].isupper():
            names.setdefault(m.text, m.entity.split("/", 1)[1])
    return sorted(names.items(), key=lambda item: len(item[0]), reverse=True)


def _named_within(
    context: Context, frame: AgreementFrame, names: Sequence[tuple[str, str]]
) -> list[str]:
    """Actors the article names elsewhere whose name a party's words hold where no mention
    does ("agreed to buy Californian wine company Chalone", the name found by the recogniser
    only in a later sentence): the party is that actor, as it would be had the name been
    recognised there too: the longest name it holds ("Diageo North America", not its
    "Diageo"). Not a word of the agreement's own name ("the Paris Agreement")."""
    found = []
    noun = frame.noun
    verbal = noun.text.split()[:1] == [frame.verb]  # "buy … Chalone": the verb's own words
    text = context.article.paragraphs[frame.paragraph]
    for r in frame.parties:
        dashed = (  # "the Israel - Hamas truce": one side of a pair, not the phrase's name
            DASHED_BEFORE.search(text, 0, r.start) is not None
            or DASHED_AFTER.match(text, r.end) is not None
        )
        if not verbal and not dashed and noun.start <= r.start and r.end <= noun.end:
            continue
        if context.actors_in(frame.paragraph, [r]):
            continue
        for text, actor in names:
            if _whole_name(text, r.text):
                found.append(actor)
                break
    return found


DASHED_BEFORE = re.compile(r"[A-Z]\w+ ?[-–—] ?$")
DASHED_AFTER = re.compile(r" ?[-–—] ?[A-Z]")
"""A name's neighbour joined to it by a dash ("Israel - Hamas", "Egypt–Israel")."""


def _whole_name(name: str, text: str) -> bool:
    """A name that opens a proper name in a party's words ("AOL" in "AOL Europe", "Chalone"
    in "Chalone Wine Group": the firm or its unit), not one ending another's ("Bank" in "the
    World Bank", "Deutsche Bank") or owning it ("the Bank of America"): no capitalised word
    before it but a determiner, a title or an owner's, no "of" and a name after it."""
    for found in re.finditer(rf"(?<![\w&-]){re.escape(name)}(?![\w&-])", text):
        before = text[: found.start()].split()[-1:]
        if before and before[0][:1].isupper() and not _opens_a_name(before[0]):
            continue
        after = text[found.end() :].split()[:2]
        if after[:1] == ["of"] and after[1:2] and after[1][:1].isupper():
            continue
        return True
    return False


NAME_OPENERS = frozenset("the a an mr mrs ms dr president prime minister king queen".split())
"""Capitalised words before a name that are not of it ("The Bank", "President Trump")."""


def _opens_a_name(word: str) -> bool:
    """A word a name may follow though capitalised: a determiner, a title or an owner's
    ("Spain's Ferrovial")."""
    return word.lower().rstrip(".") in NAME_OPENERS or word.endswith(POSSESSIVES)


BROKERED = re.compile(
    r"\b(?:(?:brokered|mediated)\s+by\s+(?:the\s+)?"
    r"|(?:mediators?|brokers?|go-betweens?|intermediary|intermediaries)\s+)$",
    re.IGNORECASE,
)
"""Words before a broker's name ("a ceasefire brokered by Russia"), or the title of one
("Chief mediator Kofi Annan", "a truce proposed by mediator Egypt"): no side (GOLD)."""
