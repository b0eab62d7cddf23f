"""Sides of wars, truces and alliances; brokers, members, relations and what binds the sides
("duties"); grants and helpers that are no side."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..parse import children, conjuncts, preposition_objects, subject
from ..vocabulary import BROKER, forms
from .clauses import DASHES, _cease, _reporter, _unclaused
from .nouns import PARTY_LABELS, RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

GRANTED_NAMES = frozenset("GPE NORP ORG".split())


def _granted(anchor: Token) -> list[Token]:
    """Who an agreement no other words give a party grants something, told by its own
    participle ("a 1994 agreement extending immunity to US staff", "a deal allowing Iran to
    enrich uranium", "an accord giving Russia access to the port"): the state or body it is
    made for is a party to it. Only what is granted to (an object, a dative, a "to"), not
    what it acts against or where ("a deal banning imports from China")."""
    found: list[Token] = []
    for acl in children(anchor, "acl"):
        if acl.tag_ != "VBG":
            continue
        held_by = [*children(acl, "dobj", "dative"), *preposition_objects(acl, "to")]
        held_by.extend(o for d in children(acl, "dobj") for o in preposition_objects(d, "to"))
        held_by.extend(  # "allowing Iran to enrich uranium"
            w for c in children(acl, "ccomp", "xcomp") for w in children(c, "nsubj")
        )
        for held in held_by:
            found.extend(
                t
                for t in (held, *children(held, "compound", "amod", "poss"))
                if t.pos_ == "PROPN" and t.ent_type_ in GRANTED_NAMES
            )
    return found


HELPING = frozenset(
    "help assistance support mediation aid backing blessing involvement facilitation"
    " sponsorship encouragement".split()
)
"""Nouns of a helper's part after "with" ("the ceasefire that was reached with the help of
Norway", "with the support of the United States"): the one named after them helped make the
agreement, as a broker does, and is no party (GOLD; review23)."""


def _no_helpers(objects: Iterable[Token]) -> list[Token]:
    """Objects of a making's prepositions without the nouns of a helper's part (``HELPING``):
    "with the help of Norway" names no party."""
    return [o for o in objects if o.lower_ not in HELPING]


OTHER_SIGNERS = frozenset(
    "rebels militants insurgents separatists fighters leaders sides parties governments "
    "countries nations states groups factions officials ministers allies members neighbours "
    "neighbors rivals forces troops companies firms unions authorities delegations".split()
)
"""Plural nouns of those who may sign an agreement themselves ("urged Mali's rebels to
disarm"): a "they" after them may be them."""


def _other_plural(pair: Token) -> bool:
    """Whether the sentence of ``pair`` (the subject "they" was read as, ``_pair_before``)
    names other plural signers besides it, a group's noun or a plural name ("France and
    Germany urged Mali's rebels to disarm. They signed …": "they" may be the rebels), so that
    "they" is not surely the pair; things do not count ("discussed energy agreements",
    "criticised the sanctions": those do not sign) (review23)."""
    inside = {t.i for t in pair.subtree}
    return any(
        t.i not in inside
        and t.tag_ in ("NNS", "NNPS")
        and (t.lower_ in OTHER_SIGNERS or t.ent_type_ in ("NORP", "ORG", "GPE"))
        for t in pair.sent
    )


def _non(word: Token) -> bool:
    """ "non-signatory", "non-member", written as one word or parsed as three."""
    doc = word.doc
    before = doc[max(word.i - 2, 0) : word.i]
    return word.lower_.startswith("non") or [t.lower_ for t in before] == ["non", "-"]


def _name_end(named_by: Token) -> Token:
    """The last word of a name's "of"/"on" part, without a relative clause after it: "the
    Convention on Cluster Munitions, of which Libya is not a signatory" is named up to
    "Munitions" (who is no signatory is no party, and not part of its name)."""
    kept = _unclaused(named_by)
    opened = [i for i, t in enumerate(kept) if t.text == "("]
    if opened and not any(t.text == ")" for t in kept[opened[-1] :]) and opened[-1] > 0:
        kept = kept[: opened[-1]]  # "the Rome Statute of the International Criminal Court
        # (ICC)", whose closing bracket the parse hangs elsewhere: the name, not "(ICC"
    while len(kept) > 1 and kept[-1].is_punct:
        kept.pop()
    return kept[-1]


def _joined_before(first: Token) -> list[Token] | None:
    """A name and the dash that join the first word of an agreement's phrase to it where the
    parse hangs them elsewhere ("The Egypt–Israel peace treaty", "Egypt" taken for the
    sentence's root): the name, then the dash."""
    doc = first.doc
    if first.i < 2 or not (first.text[:1].isupper() and first.is_alpha):
        return None
    dash, name = doc[first.i - 1], doc[first.i - 2]
    if dash.text not in DASHES or dash.whitespace_ or name.whitespace_:
        return None
    if not (name.text[:1].isupper() and name.is_alpha) or name.ent_type_ not in PARTY_LABELS:
        return None
    return [name, dash]


def _brokering(token: Token) -> bool:
    """A name joined to "brokered" or "mediated" ("a Russian-brokered ceasefire"): the broker,
    no party (GOLD)."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text in DASHES
        and doc[token.i + 2].lower_ in BROKER
    )


def _related(anchor: Token) -> list[Token]:
    """The states an agreement's own clause relates ("a deal establishing diplomatic relations
    between Bahrain and Israel", "an agreement to normalise ties with Sudan"): its parties."""
    found: list[Token] = []
    for clause in children(anchor, "acl", "relcl"):
        verbs = [clause, *(c for c in children(clause, "xcomp"))]
        for obj in (o for v in verbs for o in children(v, "dobj")):
            if obj.lower_ in RELATIONS:
                found.extend(preposition_objects(obj, "between", "with"))
    return found


LISTING = forms("consist", "comprise")
"""Verbs after an agreement that list its members ("the treaty consisting of A, B and C")."""


def _members(anchor: Token) -> list[Token]:
    """The members a clause after an agreement lists ("the People's Trade Treaty consisting
    of Bolivia, Venezuela and Cuba", "a pact comprising A and B"): its parties. The list ends
    at its first "and": "… and Cuba and Mercosur, an economic union" adds another thing, no
    member."""
    out: list[Token] = []
    for clause in children(anchor, "acl"):
        if clause.lower_ not in LISTING:
            continue
        heads = [*children(clause, "dobj")] or [
            o for prep in children(clause, "prep") if prep.lower_ == "of" for o in prep.children
        ]
        for head in (h for h in heads if h.dep_ in ("dobj", "pobj")):
            out.append(head)
            for c in conjuncts(head):
                out.append(c)
                if c.i > 0 and head.doc[c.i - 1].dep_ == "cc":
                    break  # "A, B and C": C closes the list
    return out


def _truce_word(token: Token) -> bool:
    """A word making an agreement one that ends a war ("the cease-fire agreement", "a peace
    treaty")."""
    return token.lower_ in ("ceasefire", "truce", "armistice", "peace") or (
        token.lower_ == "fire" and _cease(token)
    )


WARS = frozenset("war wars conflict fighting hostilities clashes".split())
"""Nouns of a war whose sides a ceasefire that names none of its own is between."""


def _war_sides(anchor: Token) -> list[Token]:
    """The sides of a war named in the ceasefire's sentence or the one before, when they are
    two or more: those it is between ("the war between Armenia and Azerbaijan ended with a
    ceasefire", "fighting broke out between Armenian and Azerbaijani forces"), or who fought
    it ("Armenia and Azerbaijan fought a war", "went to war over Nagorno-Karabakh")."""
    doc = anchor.doc
    sentence = anchor.sent
    before = doc[sentence.start - 1].sent if sentence.start > 0 else None
    for sent in (sentence, before):
        if sent is None:
            continue
        for war in (t for t in sent if t.lower_ in WARS and _noun_use(t)):
            between = [*preposition_objects(war, "between")]
            if war.dep_ == "nsubj":  # "fighting broke out between …"
                between += preposition_objects(war.head, "between")
            sides = [t for t in between if _side(t)]
            verb = war.head
            if war.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head  # "went to war", "clashed … in a war"
            if len(sides) < 2 and war.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
                who = subject(verb, depth=1)
                named = [who, *conjuncts(who)] if who is not None else []
                sides = [t for t in named if _side(t)]
            if sum(_named_in(t) for t in sides) >= 2:
                return sides
        for fought in (t for t in sent if t.pos_ == "VERB" and _fought(t)):
            who = subject(fought, depth=1)  # "Armenia and Azerbaijan have fought since …"
            if who is None or _allied(fought):
                continue  # "the United States and Britain fought alongside each other"
            foes = [*conjuncts(who), *preposition_objects(fought, "against")]
            sides = [t for t in (who, *foes) if _side(t)]
            if sum(_named_in(t) for t in sides) >= 2:
                return sides
    return []


FIGHT = forms("fight", "clash", "battle")
"""Verbs of sides fighting each other, whose subjects a ceasefire after them is between
("Armenia and Azerbaijan have fought since September. A truce took effect")."""
EXCHANGE = forms("exchange", "trade")
"""With "fire" or "blows": fighting ("Israel and Hamas exchanged fire")."""


def _fought(verb: Token) -> bool:
    """Fighting, or exchanging fire ("Israel and Hamas exchanged fire for eleven days")."""
    return verb.lower_ in FIGHT or (
        verb.lower_ in EXCHANGE
        and any(o.lower_ in ("fire", "blows", "strikes") for o in children(verb, "dobj"))
    )


def _allied(fought: Token) -> bool:
    """Fighting side by side, not each other: "fought alongside", "fought together"."""
    return any(
        c.lower_ in ("alongside", "together") and c.dep_ in ("prep", "advmod")
        for c in fought.children
    )


def _noun_use(token: Token) -> bool:
    """A noun, or a gerund used as one ("Fighting between Armenia and Azerbaijan resumed",
    the parse taking "Fighting" for a verb)."""
    return token.pos_ == "NOUN" or (
        token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    )


def _side(token: Token) -> bool:
    """A side of a war: a name, or forces a name or a people's adjective says whose they are
    ("Armenian and Azerbaijani forces", "forces backed by Armenia")."""
    return token.pos_ == "PROPN" or _named_in(token) > 0


def _named_in(token: Token) -> int:
    """How many names or peoples' adjectives a side's phrase holds ("Armenian and Azerbaijani
    forces": two)."""
    return sum(
        (t.ent_type_ in PARTY_LABELS and t.ent_iob_ == "B")
        or (t.pos_ == "PROPN" and not t.ent_type_)
        for t in token.subtree
    )


def _paired(modifiers: Sequence[Token]) -> list[Token]:
    """The names a dash joins in an agreement's phrase, each one side of it: "the
    Turkish-Libyan maritime border agreement", "the Russia–Iran pact", "an
    Israeli-Cypriot-Greek effort"; the parse hangs one from the other, so each is taken alone."""
    out: list[Token] = []
    for t in modifiers:
        if t.text not in DASHES or t.i == 0 or t.i + 1 >= len(t.doc):
            continue
        before, after = t.doc[t.i - 1], t.doc[t.i + 1]
        if (before.whitespace_ or t.whitespace_) and not any(
            w.ent_type_ in PARTY_LABELS for w in (before, after)
        ):
            continue  # "the deal - which Iran signed": a dash between words, not a pair;
            # but "the Israel - Hamas truce", spaced, joins two names
        if all(w.text[:1].isupper() and w.is_alpha for w in (before, after)):
            out.extend(w for w in (before, after) if w not in out)
    return out


def _bound(duties: Token) -> list[Token]:
    """Whose commitments under an agreement these are: the possessor ("Iran's obligations"),
    or for "its" and "their", the subject of the clause, or the one reporting it ("Iran said
    it would reduce its commitments under the deal")."""
    owner = next(children(duties, "poss"), None)
    if owner is None:
        return []
    if owner.tag_ != "PRP$":
        return [owner, *conjuncts(owner)]
    verb = duties.head if duties.dep_ in ("dobj", "nsubjpass") else None
    who = subject(verb, depth=2) if verb is not None else None
    if who is not None and who.lower_ in ("it", "they"):
        who = _reporter(who)
    if who is None or who.tag_ in ("PRP", "WP", "WDT"):
        return []
    return [who, *conjuncts(who)]
