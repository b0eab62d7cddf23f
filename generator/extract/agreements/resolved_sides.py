"""After resolve: the sides a sentence names (glued, listed, capitals, peoples, the states
of those who said or reported it), and one-sided or lone deals."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...gazetteer import capital_state, state_name
from ...model import AgreementFrame, Mention, Role
from ..tie import Context
from ..vocabulary import (
    COUNTRIES,
    COUNTS,
    MERGE,
    OWNED_BY_SIDES,
    SIDES,
    alternatives,
    forms,
    past,
    present,
)
from .known import _short
from .naming import GENERIC
from .owners import BROKERED

WANTING = forms(
    "want", "seek", "offer", "propose", "need", "hope", "demand", "pursue", "promise", "pledge",
    "expect", "push", "desire", "prefer",
) | {"sought"}  # fmt: skip
"""Verbs of one side's wish for a deal, no deal yet ("wants a deal", "offered a deal")."""


def _glued_sides(context: Context, frame: AgreementFrame) -> bool:
    """A merger whose sides are all one actor: two firms the recogniser glued into one name
    ("Gazprom and Rosneft" one page), so no merger of two sides can be told from it."""
    merging = frame.verb.lower() in MERGE or "merger" in frame.noun.text.lower()
    if frame.type != "acquisition" or not merging or len(frame.parties) < 2:
        return False
    sides = {context.actors_in(frame.paragraph, [r]) for r in frame.parties}
    return len(sides) == 1 and len(next(iter(sides))) == 1


def _one_sided(frame: AgreementFrame, parties: Sequence[str]) -> bool:
    """A deal one side wants, offers or seeks, the other unnamed and nothing agreed yet
    ("Trump said he wants a deal", "Bloomberg offered a deal"): no agreement. One made with an
    unnamed side is one ("Fields made a plea deal", "bought the hotel"), and so is one whose
    phrase names the other side ("a trade deal with China was close")."""
    text = frame.noun.text.lower()
    return (
        len(parties) == 1
        and frame.verb.lower() in WANTING
        and text.startswith(("a ", "an ", "any "))
        and not any(f" {w} " in text for w in ("with", "between", "among"))
        and frame.type in GENERIC
    )


def _background_truce(frame: AgreementFrame, parties: Sequence[str]) -> bool:
    """A ceasefire mentioned in passing with one side ("The meeting comes amid a fragile
    ceasefire with Ukraine's rebels", "a week after a ceasefire with Russia collapsed"): no
    verb of the sentence makes it and its phrase names one side, so who made it is not told
    (GOLD: an agreement needs its parties). One made ("agreed a ceasefire with Hamas",
    "declared a ceasefire") or naming two sides ("between Ukraine and the separatists") stays."""
    text = frame.noun.text.lower()
    sides = [r for r in frame.parties if r.start != frame.noun.start]
    return (
        len(parties) == 1
        and frame.type == "ceasefire"
        and not frame.name
        and text.startswith(("a ", "an "))
        and frame.status not in ("signed", "ratified", "in force")
        and len({(r.start, r.end) for r in sides}) <= 1
    )


BARGAIN = frozenset("good great better best bad worse worst fair raw sweet".split())
"""Words making "a deal" a bargain one gets, not an agreement ("got a good deal on it")."""
TOLD_OF = forms("announce", "discuss", "seek", "offer", "work") | WANTING
"""Verbs whose one side named tells of a deal, works on or wants one, not shown to make it
("the deal was announced by the United States", "is working on a deal")."""


def _lone_deal(frame: AgreementFrame, parties: Sequence[str]) -> bool:
    """A "deal" with one side named, no name and no partner in its phrase, that the side only
    tells of, works on or wants ("the deal was announced by the United States", "is working
    on a deal"), or a bargain ("got a good deal"): not shown to be an agreement the side is
    party to. One it signs, keeps to, acts under or quits is one."""
    words = set(re.findall(r"[a-z]+", frame.noun.text.lower()))
    if len(parties) != 1 or frame.name or frame.type != "deal" or words & {"with", "between"}:
        return False
    return bool(words & BARGAIN) or frame.verb.lower() in TOLD_OF


def _sides(context: Context, frame: AgreementFrame) -> list[str]:
    """The actors "the two sides" or "the leaders" stand for: those named in the sentence
    before, when they are two to four, but a broker ("brokered by Russia"). "The countries"
    and the like stand first for the states named before them in their own sentence or in the
    one before ("Egypt recalled its envoy to Israel, saying the countries' treaty was
    breached"). "The two countries" and "both nations" say how many: after three states named
    they stand for none, since which two is not told (agreements36's probe "France, Germany and
    Italy met. The two countries signed a treaty" gave all three). Actors named before are
    still taken two to four: "Vance mediated talks between A and B. The two sides signed"
    names three, the mediator dropped later; persons standing for states ("the two countries"
    after Burns, Saran and India) stay as they were. Fewer named than counted are none ("Egypt
    and Iran ... The three countries signed": the third is not told)."""
    owner = OWNED_BY_SIDES.match(frame.noun.text)
    for r in frame.parties:
        words = owner.group(1) if owner and r.start == frame.noun.start else r.text
        if words.casefold() not in SIDES:
            continue
        here = context.sentence_at(frame.paragraph, r.start)
        count = _count(words)
        if words.casefold() in COUNTRIES:
            for sentence in (here, here - 1):
                states = [
                    m
                    for m in _actors_in(context, sentence)
                    if m.entity in context.states and (sentence < here or m.end <= r.start)
                ]
                states = _listed_last(context, states)
                if count and len({m.entity for m in states}) > count:
                    return []  # "France, Germany and Italy met. The two countries signed"
                if (sides := _two_to_four(states)) and len(sides) >= count:
                    return sides  # not "Egypt and Iran" for "the three countries" (review49)
        listed = _list_before(context, frame.paragraph, here, r.start)
        if listed:  # "Renault and Nissan said the two firms had signed": its own sentence's
            return listed if not count or len(listed) == count else []
        named = [
            m
            for m in _actors_in(context, here - 1)
            if not BROKERED.search(context.article.paragraphs[m.paragraph], 0, m.start)
        ]
        sides = _two_to_four(named)
        return sides if len(sides) >= count else []
    return []


def _count(words: str) -> int:
    """How many a collective phrase says it stands for ("both countries" 2, "all three
    leaders" 3, "the presidents of both countries" 2); 0 when it does not say."""
    folded = words.casefold().split()
    if folded[:1] == ["both"] or folded[-2:] == ["both", "countries"]:
        return 2
    for word in folded[:2] + folded[-2:-1]:
        if word in COUNTS:
            return COUNTS[word]
    return 0


CAPITALS_SPLIT = re.compile(r"\s*(?:,\s*and|,|\band\b|&)\s*")
"""What joins the capitals of one party phrase ("Tehran and Moscow")."""


def _capitals(context: Context, frame: AgreementFrame) -> list[str]:
    """The states a party phrase names by their capitals ("Tehran and Moscow signed an
    agreement", "a deal with Beijing"): the recogniser reads a capital as a place, no actor,
    though the phrase is a party. Every word of the phrase must be a capital (not a name of a
    state too, as "Singapore", read already) of a state the article names as an actor."""
    states: dict[str, str] = {}
    for m in context.mentions:
        if m.entity in context.states:
            states.setdefault(state_name(m.text) or m.text, m.entity.split("/", 1)[1])
    found: list[str] = []
    for r in frame.parties:
        parts = [p for p in CAPITALS_SPLIT.split(r.text) if p]
        named = [states.get(capital_state(p) or "") if not state_name(p) else None for p in parts]
        if parts and all(named):
            found.extend(n for n in named if n)
    return list(dict.fromkeys(found))


PEOPLES = re.compile(
    r"(?:[Tt]he |[Bb]oth )?((?:[A-Z][a-z]+(?:,? and |, )){1,3}[A-Z][a-z]+)"
    r"(?= [A-Za-z])"
)
"""A party phrase opening with a list of peoples' adjectives ("Chinese and Pakistani
negotiators", "the Armenian and Azerbaijani Defense Ministries", "Russian, Turkish and Iranian
officials"): group 1 the list."""
PEOPLES_SPLIT = re.compile(r",? and |, ")


def _peoples(context: Context, frame: AgreementFrame) -> list[str]:
    """The states a party phrase names by a list of their peoples' adjectives before its head
    ("Chinese and Pakistani negotiators signed a free trade agreement", "the Armenian and
    Azerbaijani Defense Ministries agreed on a cease-fire"): one side each, as "China and
    Pakistan signed" would say. The recogniser reads the list as one phrase, no actor, and
    ``adjective_actors`` reads a phrase only whole. Every adjective of the list must stand for
    an actor (``adjective_actors``: one listed for it, or a state the article names that it
    begins like), and no word a state's name ("Iran and Pakistan signed", read as names), else
    the phrase names none: "Latin and Central American leaders" is no list of states."""
    found: list[str] = []
    for r in frame.parties:
        match = PEOPLES.match(r.text)
        if match is None:
            continue
        offset = r.start + match.start(1)
        roles = []
        for word in PEOPLES_SPLIT.split(match.group(1)):
            start = r.text.index(word, offset - r.start)
            roles.append(Role(r.start + start, r.start + start + len(word), word))
            offset = r.start + start + len(word)
        if any(state_name(x.text) for x in roles):
            continue  # "Iran and Pakistan signed": names, read as such already
        named = [context.adjective_actors([x]) for x in roles]
        if len(roles) > 1 and all(len(n) == 1 for n in named):
            found.extend(n[0] for n in named)
    return list(dict.fromkeys(found))


def _list_before(context: Context, paragraph: int, sentence: int, offset: int) -> list[str]:
    """The actors of the last list of two to four names ("Renault and Nissan", joined by
    ``LISTED``) that its sentence writes before ``offset``: the sides a "the two firms" after
    it stands for. A name alone before it (the speaker: "Putin said the two sides agreed") is
    no list, so none."""
    before = [
        m for m in _actors_in(context, sentence) if m.paragraph == paragraph and m.end <= offset
    ]
    text = context.article.paragraphs[paragraph]
    run: list[Mention] = []
    for m in before:
        if run and LISTED.fullmatch(text[run[-1].end : m.start]):
            run.append(m)
        else:
            run = [m]
    return _two_to_four(run) if len(run) > 1 else []


LISTED = re.compile(r"(?:,|,? and|,? &) (?:the )?")
"""What joins the names of one list ("Armenia and Azerbaijan", "France, Germany and the
United Kingdom")."""


def _listed_last(context: Context, states: Sequence[Mention]) -> list[Mention]:
    """Of three or more states, the list that ends them when it names two or more and not
    all: "Russia accused Armenia and Azerbaijan of breaking the countries' truce" (the
    accuser is no party); all of them otherwise."""
    if len(states) < 3:
        return list(states)
    at = len(states) - 1
    while at > 0:
        before, after = states[at - 1], states[at]
        gap = context.article.paragraphs[after.paragraph][before.end : after.start]
        if before.paragraph != after.paragraph or not LISTED.fullmatch(gap):
            break
        at -= 1
    return list(states[at:]) if 0 < at < len(states) - 1 else list(states)


DESCRIBED = frozenset(
    "cleric leader president premier minister king government regime country nation group "
    "militia movement army company firm party administration kingdom".split()
)
"""Nouns that stand for an actor named before them ("the cleric's ceasefire")."""
POSSESSED = re.compile(r"the (\w+)(?:'s|’s)\s")


def _described_owner(
    context: Context, frame: AgreementFrame, names: Sequence[tuple[str, str]]
) -> list[str]:
    """The actor "the cleric's cease-fire" or "the group's deal" stands for: the last one
    named before it in its sentence ("Aides of Muqtada al-Sadr say that the cleric's
    cease-fire … is still in force"), found by its name as ``_named_within`` finds a party's
    (the recogniser may miss it there); none when its sentence names none before it."""
    owner = POSSESSED.match(frame.noun.text.lower())
    if owner is None or owner.group(1) not in DESCRIBED:
        return []
    sentence = context.sentences[context.sentence_at(frame.paragraph, frame.noun.start)]
    before = context.article.paragraphs[frame.paragraph][sentence.start : frame.noun.start]
    found = [
        (hit.end(), actor)
        for text, actor in names
        for hit in re.finditer(rf"(?<![\w-]){re.escape(text)}(?![\w-])", before)
    ]
    return [max(found)[1]] if found else []


def _actors_in(context: Context, sentence: int) -> list[Mention]:
    """The actor mentions of one sentence of the article, in their order (none before the
    first)."""
    if sentence < 0:
        return []
    return sorted(
        (m for m in context.mentions if m.sentence == sentence and m.entity.startswith("actors/")),
        key=lambda m: m.start,
    )


def _two_to_four(mentions: Sequence[Mention]) -> list[str]:
    """The distinct actors of ``mentions`` (ids, first named first) when they are two to four,
    as the sides of one agreement may be; else none."""
    ids = list(dict.fromkeys(m.entity.split("/", 1)[1] for m in mentions))
    return ids if 2 <= len(ids) <= 4 else []


def _proper_name(frame: AgreementFrame) -> bool:
    """An agreement the text calls by a proper name of words ("the Comprehensive Peace
    Agreement", "the 2004 N'Djamena Ceasefire Agreement"), not a short name alone ("NAFTA"),
    which may be an organisation's; not one spoken of as a kind yet to be made ("a China-India
    Free Trade Agreement would be examined")."""
    return (
        (frame.name or "")[:1].isupper()
        and not _short(frame)
        and not frame.noun.text.lower().startswith(("a ", "an "))
        and frame.status != "proposed"
    )


_REPORTED = past("report", "say", "tell", "write", "quote") | present("report", "say", "write")
_REMARKED = past(
    "warn", "claim", "add", "state", "note", "argue", "insist", "explain", "allege", "stress",
    "suggest", "tweet", "comment",
) | present("warn", "claim", "add")  # fmt: skip
SOURCE_AFTER = re.compile(
    r"\s*(?:,\s*(?:[^,.;:\"“”]{1,60},\s*)?)?"  # "Leo Varadkar, the Taoiseach, said"
    rf"(?:{alternatives(_REPORTED | {'according'})})\b"
    # a source closing its sentence or clause: "…, Greenpeace warned." (not "Iran claimed
    # compliance with …", its own claim)
    rf"|\s*(?:{alternatives(_REMARKED)})\s*(?:[.,;:!?]|$)",
    re.IGNORECASE,
)
"""After a name: a source telling of the agreement ("Reuters reported", "…, Greenpeace
warned."), not one acting."""
ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_SAID = past(
    "say", "tell", "add", "write", "warn", "claim", "state", "note", "argue", "insist",
    "explain", "stress",
) | present("say", "add")  # fmt: skip
SAID_BY = re.compile(
    rf",\s*(?:{alternatives(_SAID)})\s+(?:[\w.'’-]+\s+){{0,4}}$",
    re.IGNORECASE,
)
"""Before a name: the source of a sentence turned about ("…'s 20th anniversary, said Irish
Prime Minister Leo Varadkar"), who tells of the agreement, not who acts under it."""
PLACED = re.compile(
    r"\b(?:in|on|about|over|across|throughout|within|inside|against|into|at|towards?|around"
    r"|near|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a name: where or what something is ("ended a crisis in Lebanon", "sanctions
against Syria"), a place or a subject of the sentence, not who acts under the agreement."""
ASKING = re.compile(
    r"^[^.;:]{0,80}?\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?"
    r"|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to)\b[^.;:]*?\bto\s+\w+",
    re.IGNORECASE,
)
"""After a name, before the agreement: the name asks others to act under it ("SADC leaders
called on the three principals to … implement the Global Political Agreement"): who asks is
no side; those asked are."""
PLEDGING = re.compile(
    r"^[^.;:]{0,80}?\b(?:vow|pledg|promis)(?:e|es|ed|ing|s)?\b[^.;:]*?\bto\s+\w+", re.IGNORECASE
)
"""After a person's name, before the agreement: the person only pledges to act on it ("Joe
Biden promised to rejoin the Paris Agreement"): a pledge makes no party (``_pledged``)."""
TALKED_OF = re.compile(
    r"^(?:critici[sz]|condemn|prais|support|welcom|oppos|attack|defend|hail|back|question"
    r"|denounc|slamm?|blast|lambast|discuss|debat|mention|cit|invok|celebrat|mark|commemorat"
    r"|review|stud|examin|endors|applaud|chid|fault|scorn|deride|deplor|laud|champion)"
    r"(?:e|es|ed|ing|s|d|ied|ies|y)?$",
    re.IGNORECASE,
)
"""Verbs of speaking of an agreement or judging it ("Greenpeace condemned the Paris
Agreement", "was praised by the UN", "marked the anniversary of …"): whoever does so is a
critic, a supporter or a speaker, not thereby a party."""
ANNIVERSARY = re.compile(r"\banniversar", re.IGNORECASE)
TOPIC = re.compile(r"\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before the agreement's name: what talks or a row are about ("talks on the Camp David
Accords with Israel"), a subject, not one the sentence's actors are said to be bound by."""
DISOWNED = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+){0,2}(?:sign|signed|ratified|joined|a\s+(?:party|signatory|member))\b"
    r"|\bnon\s*-?\s*(?:signator|member|part)"
    r"|\b(?:refused|refuses|refusing|declined|declines)\s+to\s+(?:sign|ratify|join)\b",
    re.IGNORECASE,
)
"""A sentence denying that someone signed or belongs to an agreement ("has not signed",
"is not a signatory", "a non-signatory of", "refused to sign")."""


def _sentence_sides(
    context: Context,
    frame: AgreementFrame,
    frames: Sequence[AgreementFrame],
    mention: Mention,
    not_sides: set[str],
) -> list[str]:
    """For an agreement named by its proper name whose parse gives no party, the actors its
    own sentence names outside its phrase, one to three of them: who acts under it, against
    it or in keeping with it there ("Under the regulations of the Comprehensive Peace
    Agreement, Sudan held a referendum", "the JEM were found to be in violation of the
    N'Djamena Ceasefire Agreement"); none where the sentence names more (a list of states
    and sources, not its sides), nor a source telling of it, a broker, or its own name.

    Nor where the sentence only speaks of it: who judges or discusses it ("criticised",
    "praised by"), who marks its anniversary, a place or subject ("a crisis in Lebanon",
    "talks on …"), what it acts on ("would harm Australia"), a source after the fact ("…,
    said Leo Varadkar"), or when the sentence names other agreements too (a list: whose
    sides are whose cannot be told)."""
    sentence = context.sentences[mention.sentence]
    if DISOWNED.search(sentence.text) or ANNIVERSARY.search(sentence.text):
        return []  # "of which Ruritania is not a signatory": who is named is no party
    text = context.article.paragraphs[frame.paragraph]
    if TALKED_OF.match(frame.verb) or TOPIC.search(
        text, max(0, frame.noun.start - 20), frame.noun.start
    ):
        return []  # "Greenpeace condemned the Paris Agreement": a critic, not a side
    if any(
        other.paragraph == frame.paragraph
        and other.noun != frame.noun
        and other.name
        and other.name != frame.name
        and sentence.start <= other.noun.start < sentence.end
        for other in frames
    ):
        return []  # "the Paris Agreement, the Kyoto Protocol and …": whose is whose?
    acted_on = (
        re.compile(rf"\b{re.escape(frame.verb)}\s+(?:the\s+)?$", re.IGNORECASE)
        if frame.verb
        else None
    )
    ids: list[str] = []
    for m in _actors_in(context, mention.sentence):
        key = m.entity.split("/", 1)[1]
        before = text[max(0, m.start - 60) : m.start]
        if (
            m.paragraph != frame.paragraph
            or frame.noun.start <= m.start < frame.noun.end
            or key in not_sides
            or SOURCE_AFTER.match(text, m.end)
            or ACCORDING.search(before)
            or SAID_BY.search(before)
            or PLACED.search(before)
            or (m.end <= frame.noun.start and ASKING.match(text[m.end : frame.noun.start]))
            or (  # "Biden promised to rejoin the Paris Agreement": a person's pledge
                m.entity in context.persons
                and m.end <= frame.noun.start
                and PLEDGING.match(text[m.end : frame.noun.start])
            )
            # what the agreement itself acts on: "the TPP would harm Australia"
            or (acted_on is not None and m.start >= frame.noun.end and acted_on.search(before))
        ):
            continue
        if key not in ids:
            ids.append(key)
    return ids if 1 <= len(ids) <= 3 else []


def _made_there(frame: AgreementFrame) -> bool:
    """ "The deal was agreed", "this agreement was signed": one referred to, made, no
    party in its sentence."""
    return frame.status == "signed" and frame.noun.text.lower().startswith(("the ", "this "))


JOINED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
"""What joins two names given together ("Britain and the European Union")."""


def _pair_opening(context: Context, sentence: int) -> list[str]:
    """For an agreement referred to that opens its paragraph made with no party named
    ("The deal was finally agreed on Thursday"), or a ceasefire so ("A truce took effect"),
    the actors the paragraph before ends by naming together ("Britain and the European Union
    have been negotiating for ten months."), two to four of them; within a paragraph the
    parse gives them (``_negotiators``, ``_war_sides``)."""
    if sentence == 0:
        return []
    here, before = context.sentences[sentence], context.sentences[sentence - 1]
    if here.paragraph == before.paragraph:
        return []
    text = context.article.paragraphs[before.paragraph]
    pair: list[Mention] = []
    for m in _actors_in(context, sentence - 1):
        if pair and not JOINED.fullmatch(text[pair[-1].end : m.start]):
            break
        if not pair or m.entity != pair[-1].entity:
            pair.append(m)
    return _two_to_four(pair)
