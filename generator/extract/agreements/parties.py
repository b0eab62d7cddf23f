"""Who the parties are in the parse: each partner or signer, a pair before the noun,
negotiators and talks that led to it, partners named "with" or "between"."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import AgreementFrame, Role
from ..parse import children, conjuncts, preposition_objects, role, subject, subtree_role, within
from ..vocabulary import AGREEMENT_VERBS, AWARDING, SETTLE, forms
from .clauses import FAILING, _denied, _denied_verb, _governing_verb, _hypothetical, _proper_span
from .companies import NAMED_BODIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _violation_sides(doc: Doc, violations: Token) -> tuple[Role, ...]:
    """The sides of a ceasefire named by its violations: the pair its phrase says it lies
    "between" ("violations along the Line of Control between India and Pakistan") and who
    broke it ("ceasefire violations by Pakistan"). None named ("Ceasefire violations increase
    during times of crisis"): no sides, so no agreement."""
    found = [
        o
        for t in violations.subtree
        if t.dep_ == "prep" and t.lower_ == "between"
        for o in children(t, "pobj")
    ]
    found += preposition_objects(violations, "by")
    sides = (role(doc, o.left_edge, o.right_edge) for o in found if o.pos_ == "PROPN")
    return tuple(dict.fromkeys(sides))


def _each_partner(doc: Doc, noun: Token, frame: AgreementFrame) -> list[AgreementFrame]:
    """Plural agreements with several partners named, one agreement with each ("signed
    trade agreements with Japan and South Korea", "long-term agreements with key partners
    like China and Russia"); else the frame alone."""
    if noun.lower_ not in PLURALS:
        return [frame]
    prep = next((c for c in children(noun, "prep") if c.lower_ in ("with", "between")), None)
    if prep is None and noun.dep_ == "dobj":  # "signed accords with the US and France",
        # the "with" right after the object hung on the verb
        prep = next(
            (
                c
                for c in children(noun.head, "prep")
                if c.lower_ == "with" and c.i == noun.right_edge.i + 1
            ),
            None,
        )
    if prep is None:
        return [frame]
    last = prep.right_edge.i
    heads = {t.i for t in _partners(prep)}
    partners = [e for e in doc.ents if e.label_ in ("GPE", "ORG") and e.root.i in heads]
    if noun.lower_ == "contracts":  # firms the recogniser takes for persons ("SpaceX")
        covered = {e.root.i for e in partners}
        partners += [
            _proper_span(doc[i]) for i in sorted(heads - covered) if doc[i].pos_ == "PROPN"
        ]
        partners.sort(key=lambda e: e.start)
    if prep.lower_ == "between":  # "the peace deals between Israel and the UAE and Bahrain":
        # the first with each other; not a list ("the agreements between Turkey, Russia and
        # Iran", every one of them a party to each)
        alone = len(partners) >= 3 and doc[partners[0].end].lower_ == "and"
        partners = partners[1:] if alone else []
    if len(partners) < 2:
        return [frame]
    start, end = prep.idx, doc[last].idx + len(doc[last].text)
    rest = tuple(p for p in frame.parties if p.end <= start or p.start >= end)
    if prep.lower_ == "between":
        first = next(e for e in doc.ents if e.root.i in heads)
        rest = (*rest, role(doc, first[0], first[-1]))
    return [replace(frame, parties=(*rest, role(doc, e[0], e[-1]))) for e in partners]


def _awarded_each(
    doc: Doc, paragraph: int, noun: Token, quotes: list[tuple[int, int, bool]]
) -> list[AgreementFrame]:
    """Contracts one awards to several named recipients, one contract with each ("NASA
    awarded SpaceX and Boeing commercial crew contracts", "awarded contracts to SpaceX and
    Boeing"), however the parse hangs the names; none for fewer than two."""
    verb = noun.head
    for _ in range(3):  # "awarded SpaceX and … contracts": the parse may hang it on a name
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lower_ not in AWARDING or verb.i > noun.i or _denied_verb(verb):
        return []
    giver = subject(verb, depth=1)
    if giver is None or giver.tag_ in ("PRP", "WP", "WDT"):
        return []
    to = [t.i for o in preposition_objects(verb, "to") for t in o.subtree]
    to += [t.i for o in preposition_objects(noun, "to") for t in o.subtree]
    recipients: list[list[Token]] = []  # runs of proper nouns: "SpaceX", "Sierra Nevada"
    for t in doc[verb.i + 1 :]:
        if not (t.i < noun.i or t.i in to) or t.pos_ != "PROPN" or within(t, quotes):
            continue
        if recipients and recipients[-1][-1].i == t.i - 1:
            recipients[-1].append(t)
        else:
            recipients.append([t])
    recipients = [run for run in recipients if not any(c.dep_ == "case" for c in run[-1].children)]
    if len(recipients) < 2:  # not an owner: "Elon Musk's SpaceX"
        return []
    before = [run[-1].i for run in recipients if run[-1].i < noun.i]
    start = doc[before[-1] + 1] if before else noun.left_edge
    phrase = role(doc, start, noun)  # "commercial crew contracts", without whose they are
    return [
        AgreementFrame(
            paragraph=paragraph,
            type="contract",
            noun=phrase,
            verb=verb.text,
            status="proposed" if _hypothetical(verb) else "signed",
            parties=(subtree_role(doc, giver, quotes), role(doc, e[0], e[-1])),
            value=None,  # one sum may be either's or both's
            subject=None,
            name=None,
        )
        for e in recipients
    ]


def _each_signer(doc: Doc, noun: Token, frame: AgreementFrame) -> list[AgreementFrame]:
    """Plural contracts several sign with one partner, one each ("Trump and Biden signed
    contracts with the Commission on Presidential Debates", "the contracts they signed with
    the Commission"); else the frame alone."""
    if noun.lower_ not in PLURALS:
        return [frame]
    verb = _governing_verb(noun)
    clause = next(
        (c for c in children(noun, "relcl") if AGREEMENT_VERBS.get(c.lower_) == "signed"), None
    )
    who = None
    if clause is not None:
        who = subject(clause, depth=1)
        if who is not None and who.lower_ == "they" and noun.dep_ in ("dobj", "nsubjpass"):
            who = subject(noun.head, depth=2)  # "Trump and Biden broke the contracts they signed"
    elif verb is not None and AGREEMENT_VERBS.get(verb.lower_) == "signed":
        who = subject(verb, depth=1)
    partners = [*preposition_objects(noun, "with")]
    if clause is not None:
        partners += preposition_objects(clause, "with")
    if who is None or not partners:
        return [frame]
    if who.lower_ == "they" or (who.tag_ == "NNS" and not who.ent_type_):
        who = _pair_before(noun) or who  # "Both candidates signed contracts": those named
    signers = [t for t in (who, *conjuncts(who)) if t.pos_ == "PROPN" or t.ent_type_]
    if len(signers) < 2 or any(t.tag_ in ("PRP", "WP", "WDT") for t in signers):
        return [frame]
    spans = [role(doc, name[0], name[-1]) for name in map(_proper_span, signers)]
    rest = tuple(
        p for p in frame.parties if not any(p.start <= r.start and r.end <= p.end for r in spans)
    )
    return [replace(frame, parties=(*rest, r)) for r in spans]


def _pair_before(token: Token) -> Token | None:
    """The first of two or more names the sentence before gives as its subject ("Donald
    Trump and Joe Biden met in Cleveland. Both candidates signed contracts …"), for "they"
    or "the candidates" of the token's sentence."""
    start = token.sent.start
    if start == 0:
        return None
    root = token.doc[start - 1].sent.root
    who = subject(root, depth=1)
    if who is None or not (who.pos_ == "PROPN" or who.ent_type_):
        return None
    named = [t for t in (who, *conjuncts(who)) if t.pos_ == "PROPN" or t.ent_type_]
    return who if len(named) >= 2 else None


def _negotiators(anchor: Token) -> list[Token]:
    """For "the deal" or "this agreement" made with no party in its sentence, the two or
    more names the sentence before gives as its subject ("Britain and the European Union
    spent months negotiating. The deal was finally agreed"); none for "a deal"."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in anchor.children):
        return []
    who = _pair_before(anchor)
    if who is None:
        return []
    return [t for t in (who, *conjuncts(who)) if t.ent_type_ in ("GPE", "ORG", "NORP")]


TALKS = forms("meet", "negotiate", "talk", "hold", "sign", "agree", "reach", "conclude") | {
    "met",
    "held",
}
"""Verbs of a sentence whose subjects make the agreement the next sentence tells of ("Sudan's
military and the protesters met in Khartoum. The accord creates a joint council")."""


def _after_talks(token: Token) -> bool:
    """The sentence before the token's is one whose subjects meet, negotiate, sign or settle
    ("India and China have settled their border dispute")."""
    start = token.sent.start
    if start == 0:
        return False
    root = token.doc[start - 1].sent.root
    settled = root.lower_ in SETTLE or root.lower_ in RESOLVE
    return (root.lower_ in TALKS or settled) and not _denied_verb(root)


RESOLVE = forms("resolve")


def _told_after_talks(anchor: Token) -> bool:
    """ "The accord" or "the deal" a sentence is about, right after one in which two sides
    meet, negotiate or sign (``_negotiators`` then names them): the agreement they made."""
    start = anchor.sent.start
    if start == 0 or anchor.dep_ not in ("nsubj", "nsubjpass") or _denied(anchor):
        return False
    before = anchor.doc[start - 1].sent
    root = before.root
    if any(t.lower_ in FAILING or t.lower_ in BROKE_DOWN for t in before):
        return False  # "held talks but failed to reach a deal", "the talks collapsed"
    return root.lower_ in TALKS and not any(_denied_verb(v) for v in (root, *conjuncts(root)))


BROKE_DOWN = frozenset("collapsed collapse collapses stalled broke abandoned".split())
"""Words of talks that came to nothing: the accord a next sentence tells of is not theirs."""


EXAMPLES = frozenset("like including".split())
"""Prepositions naming examples of a kind of partner ("key partners like China and Russia")."""


def _partners(prep: Token) -> list[Token]:
    """The partners a "with" names, each its own: its objects and their conjuncts, or the
    examples they give ("key partners like China and Russia"); not where they are ("operators
    in Germany and France"), whose they are ("Russia's Gazprom") nor an apposition ("Mercosur,
    a bloc of Brazil, Argentina …")."""
    found = []
    for obj in children(prep, "pobj"):
        for partner in (obj, *obj.conjuncts):
            if partner.ent_type_:
                found.append(partner)
            for like in (c for c in children(partner, "prep") if c.lower_ in EXAMPLES):
                found.extend(t for o in children(like, "pobj") for t in (o, *o.conjuncts))
    return found


def _names_a_body(noun: Token) -> bool:
    """An agreement's word ending a body's name, not an agreement ("Libya's Government of
    National Accord"); "Article 5 of the Treaty" and "signatories of the Accord" are none."""
    if not noun.text[:1].isupper() or noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "for"):
        return False
    owner = noun.head.head
    return owner.text[:1].isupper() and owner.lower_ in NAMED_BODIES


PLURALS = {f"{noun}s": noun for noun in ("treaty", "pact", "agreement", "deal", "contract")} | {
    "treaties": "treaty",
    "memoranda": "memorandum",
    "memorandums": "memorandum",  # the English plural South Asian and US news print
    "mous": "mou",
    "conventions": "convention",
    "accords": "accord",
}
"""Plural agreement nouns, agreements only when a verb makes them ("the two countries signed
trade agreements"); "trade agreements" in general ("opposes free trade agreements") are none."""
