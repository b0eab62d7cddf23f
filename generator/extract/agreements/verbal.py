"""``_verbal`` and ``_agreed`` (one calls the other): agreement verbs ("agreed to", "signed",
"bought") and the frame their clause makes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import AgreementFrame
from ..parse import children, conjuncts, preposition_objects, role, subject, subtree_role, within
from ..vocabulary import (
    ACQUIRE,
    AGREE,
    AGREEMENT_NOUNS,
    LEASE,
    LEND,
    LICENSE,
    MERGE,
    PAY,
    SELL,
    SETTLE,
    SIGN,
    TRADE,
    forms,
)
from .clauses import _denied_verb, _doer, _refused, _value, _wished
from .companies import _clubs
from .deals import (
    _bought_by,
    _bought_whole,
    _exchanges,
    _in_exchange,
    _leased,
    _lent,
    _merged,
    _paid_for,
    _plain,
    _relative_named,
    _settled,
    _signed_on,
    _sold,
    _taken_over,
    _traded,
    goods_sold,
)
from .nouns import PARTY_LABELS, _jointly, _known_short, _no_trade_area, _recognised, _undated
from .parties import _after_talks, _pair_before
from .undertakings import UNDERTAKE, undertaken_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _verbal(
    doc: Doc,
    paragraph: int,
    verb: Token,
    quotes: list[tuple[int, int, bool]],
    exchanged: bool = True,
    noun: bool = False,
) -> AgreementFrame | None:
    """An agreement a verb makes without naming it: "HDT acquired Hirtenberger", "Hungary
    licensed Czech firearm technology", "took over the company". Agreeing in a sentence
    that names the agreement by a noun is that noun's ("Under the deal, Iran agreed to limit
    its enrichment in exchange for relief"), not a second one. Nor a verb that did not
    happen: "refused to buy Asda", "failed to sign the contract", "unable to agree a merger"."""
    if _refused(verb) or _wished(verb):
        return None  # "expected Nippon to agree to a price rise": no agreement yet
    word = verb.lower_
    over = _taken_over(verb)
    if word in AGREE or (exchanged and _in_exchange(verb)):
        if noun and not _named_for_purpose(verb) and not _shared_apart(verb):
            return None
        return _agreed(doc, paragraph, verb, quotes)
    if word in ACQUIRE or over:
        type_ = "acquisition"
    elif word in LICENSE:
        if _public_licence(verb):
            return None  # "licensed Java under the GPL": released to all, no deal
        type_ = "licence"
    elif word in SELL:  # a business sold, else named goods sold to a state
        # (not where a noun names the deal: "signed a $3bn deal to sell 24 jets to Qatar")
        sold = _sold(doc, paragraph, verb, quotes)
        return sold if sold is not None or noun else goods_sold(doc, paragraph, verb, quotes)
    elif word in PAY:  # not where a noun names it: "paid $5bn for Anadarko in a deal"
        return None if noun else _paid_for(doc, paragraph, verb, quotes)
    elif word in MERGE:
        return _merged(doc, paragraph, verb, quotes)
    elif word in TRADE:
        return _traded(doc, paragraph, verb, quotes)
    elif word in SIGN:
        return _signed_on(doc, paragraph, verb, quotes)
    elif word in SETTLE and not noun:
        return _settled(doc, paragraph, verb, quotes)
    elif word in LEND and not noun:
        return _lent(doc, paragraph, verb, quotes)
    elif word in UNDERTAKE and not noun:  # "promised not to threaten the DPRK"
        return undertaken_verb(doc, paragraph, verb, quotes)
    elif word in LEASE and not noun:  # not where a noun names it: "a deal to lease tankers"
        return _leased(doc, paragraph, verb, quotes)
    else:
        return None
    objects = [c for c in children(verb, "dobj") if not within(c, quotes)]
    if type_ == "acquisition" and not objects:
        return _bought_by(doc, paragraph, verb, quotes)
    if type_ == "acquisition":
        objects = _relative_named(verb, objects)  # "Urchin, which Google bought in 2005"
    who = subject(verb, depth=2)
    if not objects or who is None or _denied_verb(verb):
        return None
    clubs = _clubs(list(preposition_objects(verb, "from")))
    if type_ == "acquisition" and clubs and all(o.ent_type_ == "PERSON" for o in objects):
        # "the Warriors acquired D'Angelo Russell from the Nets": a trade of the clubs
        return _plain(doc, paragraph, verb, "deal", [who, *clubs], quotes)
    if type_ == "acquisition" and not any(_bought_whole(verb, o, who) for o in objects):
        return None  # "bought weapons", "took over 7000 employees from Tesco": not a company
    parties = [who, *conjuncts(who), *objects]
    if type_ == "licence":  # "licensed the footage to CNN", "licensed technology from Ceska
        # Zbrojovka": the other side of the licence
        parties += [
            o for o in preposition_objects(verb, "to", "from") if o.ent_type_ in PARTY_LABELS
        ]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        parties = [*preposition_objects(verb, "by"), *parties]
    phrase = objects[0]
    told = role(doc, phrase.left_edge, verb.right_edge) if phrase.i < verb.i else None
    return AgreementFrame(
        paragraph=paragraph,
        type=type_,
        noun=told or role(doc, verb, phrase.right_edge),
        verb=verb.text,
        status="signed",
        parties=tuple(subtree_role(doc, p, quotes) for p in parties if not within(p, quotes)),
        value=_value(doc, list(verb.subtree)),
        subject=None,
        name=None,
    )


def _agreed(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """An agreement a verb of agreeing makes without an agreement noun: "Mugabe agreed to
    power-sharing", "Tsvangirai agreed with Mugabe to share power", "negotiated immunity in
    exchange for his resignation" (a deal). Not "agreed with the findings" (an opinion), nor
    where an agreement noun names it ("agreed to a ceasefire": that noun's frame)."""
    exchange = _in_exchange(verb)
    to = [
        o
        for o in preposition_objects(verb, "to", "on")
        if o.pos_ in ("NOUN", "PROPN")
        and o.ent_type_ not in ("DATE", "TIME")  # "on Monday"
        and o.lower_ not in MEETINGS  # "agreed to a future meet on Crete": more talk
    ]
    allies = [
        o for o in preposition_objects(verb, "with") if o.ent_type_ in PARTY_LABELS
    ] if any(c.dep_ == "xcomp" for c in verb.children) else []  # fmt: skip
    allies += _recognised(verb)  # "Sudan agreed to normalise ties with Israel"
    allies += _power_shared(verb)  # "Mugabe agreed to share power with Tsvangirai"
    joined = _forces_joined(verb)  # "Mutambara agreed to join forces with Tsvangirai"
    allies += joined
    joint = _jointly(verb)
    agents = _agreed_by(verb)
    agreed_on: str | None = None
    meeting = _to_meet(verb)  # "Libya and Switzerland have agreed to meet"
    if meeting is not None:
        allies += [o for o in preposition_objects(meeting, "with") if o.ent_type_ in PARTY_LABELS]
        if _sides_named(verb, allies):
            agreed_on = "to meet"
    if joined:
        agreed_on = "to join forces"
    if not allies and _posts_shared(verb):  # "the warring parties agreed to share
        agreed_on = "power-sharing"  # ministerial positions in a government of national unity"
    if not (exchange or to or allies or joint or agents or agreed_on):
        return None
    if _denied_verb(verb) or within(verb, quotes):
        return None
    purpose = {t.i for c in verb.children if _purpose(c) for t in c.subtree}
    if any(
        (t.lower_ in AGREEMENT_NOUNS and not _no_trade_area(t)) or _known_short(t)
        for t in verb.subtree
        if t.pos_ in ("NOUN", "PROPN") and t.i not in purpose
    ):
        return None  # "agreed to the USMCA": that agreement's frame, not another; not "agreed
        # in principle to the deployment of observers in order to monitor the ceasefire"
    who = subject(verb, depth=3) or _doer(verb)
    if who is None or who.lower_ in ("it", "this", "that"):
        return None
    if any(c.dep_ == "xcomp" and _verbal(doc, paragraph, c, quotes) for c in verb.children):
        return None  # "agreed to buy Guidant": the purchase is the agreement, not a second
    parties = [who, *conjuncts(who), *allies]
    topic = to[0] if to else joint
    if who.dep_ == "nsubjpass" and who.pos_ != "PROPN" and who.ent_type_ not in PARTY_LABELS:
        # "India and China have settled their dispute. … a border was finally agreed": a
        # thing agreed on, by those the sentence before names together
        pair = _pair_before(verb) if _after_talks(verb) else None
        named = [pair, *conjuncts(pair)] if pair else []
        parties = [t for t in named if t.pos_ == "PROPN" or t.ent_type_]
        parties += allies
        topic = who
    if agents:  # "A joint approach was agreed by the French and British police forces"
        parties = agents
        thing = subtree_role(doc, who, quotes).text.split(maxsplit=1)
        if thing[0].lower() in ("a", "an", "the") and len(thing) > 1:
            thing = thing[1:]
        agreed_on = "on the " + " ".join(thing)  # after the kind: "agreement on the push-back"
    met = [meeting] if meeting is not None and agreed_on else []  # "agreed to meet"
    last = max([verb, *to, *allies, *([_undated(joint)[-1]] if joint is not None else [])],
               key=lambda t: t.i)  # fmt: skip
    if exchange:  # the words up to what was given: "negotiated immunity … in exchange"
        last = max(_exchanges(verb), key=lambda t: t.i)
    return AgreementFrame(
        paragraph=paragraph,
        type="deal" if exchange else "agreement",
        noun=role(doc, verb, last.right_edge if last.i != verb.i else met[0] if met else verb),
        # "agreed to meet", not the names of who is to meet ("arrange for Abe and Moon")
        verb=verb.text,
        status="signed",
        parties=tuple(
            role(doc, p, p) if p in agents else subtree_role(doc, p, quotes)
            for p in parties
            if not within(p, quotes)
        ),  # a state's adjective alone ("Greek"), as "the Turkish-Libyan agreement" has it
        value=_value(doc, list(verb.subtree)),
        subject=(
            agreed_on
            if agreed_on is not None
            else None
            if topic is None
            else _topic_text(subtree_role(doc, topic, quotes).text, topic)
            if topic is not joint
            else doc[_undated(joint)[0].i : _undated(joint)[-1].i + 1].text
        ),
        name=None,
    )


def _public_licence(verb: Token) -> bool:
    """Licensing "under" a named licence ("licensed Java under the GPL", "under the GNU
    General Public License", "under a Creative Commons licence"): content released to anyone
    on a licence's terms, no agreement with a party."""
    return any(
        t.text[:1].isupper() and t.i > t.sent.start
        for o in preposition_objects(verb, "under")
        for t in o.subtree
    )


def _topic_text(text: str, topic: Token) -> str:
    """What was agreed to, as a page's name reads it after the kind: a long phrase keeps its
    preposition ("agreement to the deployment of 200 EU observers"); a short one comes
    before the kind ("power-sharing agreement")."""
    if topic.dep_ == "pobj" and len(text.split()) > 3:
        return f"{topic.head.lower_} {text}"
    return text


def _purpose(child: Token) -> bool:
    """A verb's "in order to …" or "so as to …" phrase: what the agreement is for, whose
    agreement nouns ("to monitor the ceasefire") name another agreement, not this one."""
    return child.dep_ == "prep" and any(
        o.lower_ == "order" and any(c.dep_ == "acl" for c in o.children)
        for o in children(child, "pobj")
    )


def _named_for_purpose(verb: Token) -> bool:
    """Every agreement noun of the verb's sentence is in its purpose phrase ("Russia had
    agreed in principle to the deployment of observers in order to monitor the ceasefire"):
    the noun names what the agreement serves, so the verb's own agreement is still told."""
    purpose = {t.i for c in verb.children if _purpose(c) for t in c.subtree}
    nouns = [t for t in verb.sent if t.lower_ in AGREEMENT_NOUNS and t.pos_ in ("NOUN", "PROPN")]
    return bool(purpose) and bool(nouns) and all(t.i in purpose for t in nouns)


def _agreed_by(verb: Token) -> list[Token]:
    """The sides by whom a thing was agreed, in the passive ("The push-back was agreed by the
    Greek and Turkish coast guards", "the route was agreed by Kenya and Uganda"): two or more
    named in the agent, by name or by the adjective of a state; their agreement on that thing.
    One side alone ("agreed by the council") agrees with no one named."""
    thing = next(children(verb, "nsubjpass"), None)
    if (
        thing is None
        or thing.pos_ != "NOUN"
        or thing.ent_type_ in PARTY_LABELS
        or not any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return []
    sides: list[Token] = []
    for agent in (o for a in preposition_objects(verb, "by") for o in (a, *conjuncts(a))):
        if agent.pos_ == "PROPN" and agent.ent_type_ in PARTY_LABELS:
            sides.append(agent)
            continue
        for c in agent.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP":
                sides.extend([c, *(d for d in conjuncts(c) if d.ent_type_ == "NORP")])
    return list(dict.fromkeys(sides)) if len(set(sides)) >= 2 else []


SHARE = forms("share")


POWER = frozenset("power government".split())


def _power_shared(verb: Token) -> list[Token]:
    """The named partner of a verb of agreeing's "to share power with" ("Mugabe agreed to
    share power with Tsvangirai"): a power-sharing agreement, whose "with" hangs on "share"
    (an opinion's "agreed with" is not read so, nor "agreed to work with")."""
    return [
        o
        for c in children(verb, "xcomp")
        if c.lower_ in SHARE and any(d.lower_ in POWER for d in children(c, "dobj"))
        for o in preposition_objects(c, "with")
        if o.ent_type_ in PARTY_LABELS
    ]


JOIN = forms("join", "combine", "pool")


def _forces_joined(verb: Token) -> list[Token]:
    """The named partner of a verb of agreeing's "to join forces with" ("Mutambara
    subsequently agreed to join forces with Tsvangirai"): an alliance of the two, as
    "to share power with" is a power-sharing agreement; not "agreed to work with"."""
    return [
        o
        for c in children(verb, "xcomp")
        if c.lower_ in JOIN and any(d.lower_ == "forces" for d in children(c, "dobj"))
        for o in preposition_objects(c, "with")
        if o.ent_type_ in PARTY_LABELS
    ]


POSTS = frozenset("power government positions posts portfolios seats ministries".split())
"""What sides share in a power-sharing agreement ("ministerial positions", "cabinet posts")."""


def _posts_shared(verb: Token) -> bool:
    """A verb of agreeing's "to share power" or "to share ministerial positions in a
    government" whose subject is the sides together ("South Sudan's warring parties", "the
    rivals", "Kiir and Machar"): a power-sharing agreement among them, though no partner
    follows "with". One side alone ("Mugabe agreed to share power") names no agreement."""
    who = subject(verb)
    if who is None or not (who.tag_ == "NNS" or any(c.dep_ == "conj" for c in who.children)):
        return False
    return any(
        c.lower_ in SHARE and any(d.lower_ in POSTS for d in children(c, "dobj"))
        for c in children(verb, "xcomp")
    )


def _shared_apart(verb: Token) -> bool:
    """Sides agreeing to share posts in a sentence whose agreement nouns are all outside the
    verb's clause ("… agreed to share ministerial positions in a government of national unity,
    the chair of the body monitoring a peace deal said"): the noun names another agreement,
    so the sharing is told by the verb alone."""
    return _posts_shared(verb) and not any(t.lower_ in AGREEMENT_NOUNS for t in verb.subtree)


MEET = forms("meet", "talk", "negotiate", "confer")
"""Verbs of meeting whose "to" a verb of agreeing takes ("agreed to meet")."""


CONVENE = forms("hold", "arrange", "convene", "organise", "organize", "schedule")
"""Verbs of holding talks, whose object is one of ``MEETINGS`` ("agreed to hold a joint
meeting"), or who "arrange for" others to meet ("agreed to arrange for Abe and Moon to
meet")."""


def _to_meet(verb: Token) -> Token | None:
    """The meeting a verb of agreeing agrees to hold: "agreed to meet", "agreed to hold
    talks", "agreed to arrange for Abe and Moon to meet". An agreement to meet, news's
    first step of talks; "agreed to answer questions" is none."""
    for c in children(verb, "xcomp"):
        if c.lower_ in MEET and not any(d.dep_ == "neg" for d in c.children):
            return c
        if c.lower_ in CONVENE and (
            any(d.lower_ in MEETINGS for d in children(c, "dobj"))
            or (
                any(d.lower_ == "for" for d in children(c, "prep"))
                and any(t.lower_ in MEET for t in verb.doc[c.i + 1 : c.i + 16])
            )
        ):  # the parser may cut "arrange for … Moon Jae In to meet" in two
            return c
    return None


def _sides_named(verb: Token, allies: list[Token]) -> bool:
    """Two named states or bodies agreeing to meet: the subject and a "with" ("agreed with
    South Korea to hold talks"), sides joined ("Libya and Switzerland"), or those officials
    are "of" ("the foreign ministers of Japan and South Korea"). "The ministers agreed to
    hold a meeting" names no side; one side alone meets no one; two persons ("Trump and Kim
    agreed to meet again", "Johnson and Corbyn agreed to hold a debate") plan a meeting of
    their own, no agreement of states (agreements rounds before 54 kept them out)."""
    who = subject(verb, depth=3)
    if who is None:
        return False
    if any(_side(a) for a in allies) and _side(who):
        return True
    heads = [who, *(o for o in preposition_objects(who, "of"))]
    return any(_side(h) and any(_side(c) for c in conjuncts(h)) for h in heads)


def _side(token: Token) -> bool:
    """A state or body by name ("Libya", "South Korea", "the EU"), not a person."""
    return token.ent_type_ in ("GPE", "ORG", "NORP")


MEETINGS = frozenset(
    "meet meeting meetings talks summit visit debate session dialogue negotiations interview "
    "hearing vote referendum".split()
)
"""Nouns of what parties agree to hold that is no agreement ("agreed to a future meet")."""
