"""Agreements: treaties, deals, contracts, memoranda, letters of intent, ceasefires.

``match_agreements`` (annotate stage, cached) finds each agreement noun outside quotations
and what its clause says: the governing verb and the status it gives ("signed" -> signed,
"withdrew from" -> withdrawn), the parties (the verb's subject, "with" and "between" phrases,
names inside the noun phrase: "Russia-Iran pact"), the value (money in the phrase or the
clause), the subject ("to build four nuclear power plants") and a proper name if it has one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ..gazetteer import capital_state, place_kind, state_name
from ..model import AgreementFrame, Mention, Role
from ..titles import TITLE_WORDS
from .merge import AMOUNT_WORDS, Proposal
from .parse import (
    children,
    conjuncts,
    infinitive,
    preposition_objects,
    quote_spans,
    role,
    subject,
    subtree_role,
    token_role,
    within,
)
from .tie import Context
from .vocabulary import (
    ACQUIRE,
    AGREE,
    AGREED_TO,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    AWARD,
    AWARDING,
    BROKER,
    COMBINING_FORMS,
    COMPLETE,
    COUNTRIES,
    ENTER,
    FIRM_NOUNS,
    FIRM_PARTS,
    KNOWN_AGREEMENTS,
    KNOWN_SHORT_NAMES,
    LAWSUITS,
    LEND,
    LICENSE,
    MAKE,
    MERGE,
    ORDER,
    ORDERS,
    OWNED_BY_SIDES,
    PACT_HEADS,
    PAY,
    PLACE,
    POSSESSIVES,
    PROPERTIES,
    SELL,
    SETTLE,
    SIDES,
    SIGN,
    SIGNING_STATUSES,
    SNAP,
    SUPPLY,
    TAKE,
    TRADE,
    alternatives,
    forms,
    past,
    present,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MODIFIERS = ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "npadvmod")
STATUS_WORDS = {"proposed": "proposed", "draft": "proposed", "signed": "signed"}
HYPOTHETICAL = frozenset("would could might may should can if unless".split())
"""Words that make an agreement's verb a possibility ("a deal would be reached")."""
PARTY_LABELS = ("GPE", "ORG", "NORP", "PERSON")
GATHER = forms("attend", "hold", "host", "open", "visit", "address")


def match_agreements(doc: Doc, paragraph: int) -> tuple[AgreementFrame, ...]:
    quotes = quote_spans(doc.text)
    frames = []
    named: set[int] = set()  # sentences naming an agreement by a noun
    for noun in doc:
        type_ = AGREEMENT_NOUNS.get(noun.lower_)
        if (
            type_ is None
            and (_short_name_object(noun) or _known_short(noun))
            and not within(noun, quotes)
        ):
            # "renegotiate NAFTA", "withdrew from the JCPOA": kept if the verb says it is an
            # agreement, the name is a known one ("in breach of the JCPOA") or the article
            # named it in full (``propose_agreements``)
            short = _frame(doc, paragraph, noun, "agreement", quotes)
            new = noun.i > 0 and doc[noun.i - 1].text == "New"  # "New START"
            frames.append(replace(short, name=f"New {noun.text}" if new else noun.text))
            continue
        if (
            type_ is None
            and noun.lower_ == "declaration"
            and any(c.lower_ in DECLARED for c in noun.children)
            and _made(noun)
        ):
            type_ = "agreement"  # "Ethiopia and Eritrea signed a peace declaration"
        if type_ is None and noun.lower_ == "plan" and _signed_plan(noun):
            type_ = "agreement"  # "the peace plan Russia signed": a plan signed is agreed
        if type_ is None and noun.lower_ == "partnership" and _partnered(noun):
            type_ = "agreement"  # "Toyota and Panasonic announced a partnership"
        if type_ is None and _named_alliance(noun):
            type_ = "agreement"  # "its alliance with General Motors", "the Fiat-GM alliance"
        if type_ is None and noun.lower_ == "sale" and not within(noun, quotes):
            buyers = _sold_to(noun)  # "the sale of its stake in Tube Lines to Ferrovial"
            if buyers:
                sale = _frame(doc, paragraph, noun, "acquisition", quotes)
                bought = tuple(  # the name, not its owner ("Spain's Ferrovial")
                    role(doc, _proper_span(b)[0], b) for b in buyers
                )
                verb = _governing_verb(noun)  # "was blocked by the court": no party to it
                judges = list(preposition_objects(verb, "by")) if verb is not None else []
                held = [b.idx for b in (*buyers, *judges)]
                kept = tuple(r for r in sale.parties if not any(r.start <= i < r.end for i in held))
                sold = tuple(_sold_part(doc, o) for o in preposition_objects(noun, "of"))
                kept = tuple(r for r in kept if r not in sold)  # not "its shares" twice
                frames.append(replace(sale, parties=(*kept, *sold, *bought)))
                named.add(noun.sent.start)
                continue
        if type_ is None and noun.lower_ == "fire" and _cease(noun):
            type_ = "ceasefire"  # "the 1994 cease-fire", split by the tokenizer at its hyphen
        if type_ is None and noun.lower_ == "charter" and _clause_of(noun):
            type_ = "treaty"  # "Article 5 of NATO's charter": the treaty founding NATO
        if noun.lower_ == "contracts" and not within(noun, quotes):
            awarded = _awarded_each(doc, paragraph, noun, quotes)
            if awarded:  # "NASA awarded SpaceX and Boeing contracts": one contract each
                frames.extend(awarded)
                named.add(noun.sent.start)
                continue
        if (
            type_ is None
            and noun.lower_ in PLURALS
            and _named_plural(noun)
            and not within(noun, quotes)
        ):
            plural = _frame(doc, paragraph, noun, AGREEMENT_NOUNS[PLURALS[noun.lower_]], quotes)
            named_after = doc[noun.i - 1]  # "the Minsk agreements"
            frames.append(replace(plural, name=f"{named_after.text} {noun.text}"))
            continue
        if (
            type_ is None
            and noun.lower_ in PLURALS
            and (
                _made(noun)
                or _kept(noun)
                or _between(noun)
                or _owned_with(noun)
                or _signed_by_clause(noun)
                or _named_makers(noun)
            )
        ):
            type_ = AGREEMENT_NOUNS[PLURALS[noun.lower_]]  # "signed 20 agreements on trade"
        if type_ is None and noun.lower_ in DOCUMENTS and _signed_between(noun):
            type_ = "agreement"  # "several documents were signed between Pakistan and China"
        if type_ is None and noun.lower_ == "understanding" and _understood(noun):
            type_ = "agreement"  # "Japan and South Korea reached a joint understanding"
        if type_ is None and _named_pact(noun):
            type_ = "agreement"  # "withdrew from the Joint Comprehensive Plan of Action"
        if type_ is None or noun.pos_ not in ("NOUN", "PROPN") or within(noun, quotes):
            continue
        if type_ == "letter-of-intent" and not (
            noun.head.lower_ == "of" and noun.head.head.lower_ == "letter"
        ):
            continue
        if type_ == "joint-venture" and not any(c.lower_ == "joint" for c in noun.children):
            continue
        if _names_a_body(noun):
            continue  # "Libya's Government of National Accord": a government, no accord
        if _no_trade_area(noun):
            continue  # "the African Continental Free Trade Area", not "an area"
        if noun.dep_ == "compound" or (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and noun.pos_ != "PROPN"
            and not any(c.dep_ in ("det", "poss") for c in noun.children)
        ):
            continue  # "treaty obligations", "in agreement with"; not "in the treaty"
        if noun.lower_ == "protocol" and not (
            noun.text[0].isupper() or any(c.lower_ == "accession" for c in noun.children)
        ):
            continue  # "the Kyoto Protocol", "an accession protocol"; not a medical protocol
        if _denied(noun):
            continue  # "could not reach an agreement", "even if no deal is reached"
        if _demanded(noun) or _sought(noun) or _hoped(noun) or _possible(noun) or _scheduled(noun):
            continue  # "called for an immediate ceasefire between Israel and Hamas"; "will
            # urge Olmert and Abbas to reach a peace agreement"; "plans a joint venture";
            # "approved the possible takeover of the LSE"; "are set to sign a deal"
        if _promised_exit(noun):
            continue  # "he would withdraw the United States from the treaty if elected"
        if _asked_for(noun):
            continue  # "the EU urged Serbia and Kosovo to sign the agreement": asked only
        if noun.lower_ == "convention" and _gathering(noun):
            continue  # "Wikinews attended the Texas Haunters Convention": a gathering
        if noun.lower_ == "deal" and (_amount(noun) or _programme(noun)):
            continue  # "a great deal of horror-comedy films": an amount; "the Green New Deal"
        if noun.lower_ == "settlement" and not _settles(noun):
            continue  # "the nearest settlement to Area 51": a village, no agreement
        if type_ == "acquisition" and not _of_a_company(noun):
            continue  # "the Communist Party's takeover of China", "the purchase of weapons"
        if _said_of_another(noun):
            continue  # "IBM's acquisition of Red Hat was the largest software deal": one deal
        found = _frame(doc, paragraph, noun, type_, quotes)
        each = _each_partner(doc, noun, found)
        frames.extend(_each_signer(doc, noun, found) if len(each) == 1 else each)
        named.add(noun.sent.start)
    exchanged = any(t.lower_ == "exchange" for t in doc)  # scan sentences for it only then
    for verb in doc:
        if verb.pos_ == "VERB" and not within(verb, quotes):
            frame = _verbal(doc, paragraph, verb, quotes, exchanged, verb.sent.start in named)
            if frame is not None:
                frames.append(frame)
    return tuple(frames)


def _understood(noun: Token) -> bool:
    """An understanding made by a verb of agreeing ("reached a joint understanding", "signed
    an understanding on borders"): an agreement; not the understanding a people have ("to
    promote mutual understanding", "a better understanding of the virus")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "amod" and c.lower_ == "joint")
        for c in noun.children
    ) and _made(noun)


def _said_of_another(noun: Token) -> bool:
    """An agreement noun that is what a copula says of another agreement phrase ("IBM's
    acquisition of Red Hat was the largest software deal of the year"): that phrase's
    agreement, told again, not a second one."""
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(
            c.dep_ == "nsubj" and AGREEMENT_NOUNS.get(c.lower_) is not None for c in verb.children
        )
    )


SETTLING = forms("reach", "agree", "sign", "negotiate", "pay", "accept", "announce", "strike")
"""Verbs whose object "settlement" is an agreement ("reached a settlement", "agreed to a
settlement", "will pay the settlement")."""


def _settles(noun: Token) -> bool:
    """A settlement that ends a dispute: one made ("reached a settlement"), with a party
    ("a settlement with the FTC"), of a lawsuit, or worth money ("a $5 billion settlement");
    not a village ("the nearest settlement to Area 51") nor the settling of land."""
    verb = _governing_verb(noun)
    if verb is not None and verb.lower_ in SETTLING and not _denied_verb(verb):
        return True
    if any(t.ent_type_ == "MONEY" for c in noun.lefts for t in c.subtree):
        return True
    with_ = [t for o in preposition_objects(noun, "with", "between") for t in o.subtree]
    of = [o for o in preposition_objects(noun, "of") if o.lower_ in LAWSUITS]
    return bool(of) or any(t.ent_type_ in PARTY_LABELS for t in with_)


SIGNED = SIGN | forms("countersign")


def _signed_plan(noun: Token) -> bool:
    """A plan someone signed ("signed the six-point peace plan", "the peace plan it signed"),
    not one proposed or drawn up, nor one someone did not sign."""
    verb = _governing_verb(noun)
    if verb is not None and verb.lower_ in SIGNED:
        return not _denied_verb(verb) and not _hypothetical(verb)
    return _signed_in_clause(noun)


def _signed_in_clause(noun: Token) -> bool:
    """A relative clause that signed the noun ("the peace plan it signed"), not one that did
    not or would sign it."""
    return any(
        c.lower_ in SIGNED and not _denied_verb(c) and not _hypothetical(c)
        for c in children(noun, "relcl")
    )


PARTNERING = forms(
    "announce", "form", "sign", "enter", "forge", "launch", "establish", "seal", "strike",
    "agree", "create", "conclude",
)  # fmt: skip
"""Verbs that make a partnership an agreement ("announced a partnership", "entered into a
partnership with"); one only described ("their close partnership") is none (GOLD)."""


def _partnered(noun: Token) -> bool:
    """A partnership its verb makes with two sides named: the subject and its conjuncts
    ("Toyota and Panasonic announced a partnership"), or a subject and a "with" or "between"
    partner ("Microsoft formed a partnership with OpenAI"); not one in general ("a
    partnership would help") nor one described ("the countries' strategic partnership")."""
    verb = _governing_verb(noun)
    if verb is None or verb.lower_ not in PARTNERING or _denied_verb(verb) or _denied(noun):
        return False
    if verb.lower_ in ENTER and not (noun.dep_ == "pobj" and noun.head.lower_ == "into"):
        return False  # "entered a partnership" reads so too, but "entered into" is the phrase
    who = subject(verb, depth=2)
    sides = [who, *conjuncts(who)] if who is not None else []
    sides += [*preposition_objects(noun, "with", "between"), *preposition_objects(verb, "with")]
    named = [t for t in sides if t.ent_type_ in PARTY_LABELS]
    return len({t.i for t in named}) >= 2


def _cease(fire: Token) -> bool:
    """ "fire" ending "cease-fire", which the tokenizer splits in three."""
    doc = fire.doc
    return (
        fire.i >= 2
        and doc[fire.i - 1].text in DASHES
        and doc[fire.i - 2].lower_ == "cease"
        and not doc[fire.i - 1].whitespace_
    )


CLAUSES = frozenset("article articles clause clauses chapter section".split())
"""Parts of a treaty named by number ("Article 5 of NATO's charter")."""


def _no_trade_area(noun: Token) -> bool:
    """An area or zone that is no free trade area ("a demilitarised zone"): no agreement
    noun, so the verb of agreeing on it makes the agreement ("Russia and Turkey agreed on a
    demilitarised zone in Idlib")."""
    return noun.lower_ in ("area", "zone") and not any(c.lower_ == "trade" for c in noun.children)


DECLARED = frozenset("peace joint".split())
"""What makes a declaration two parties sign an agreement ("signed a peace declaration")."""


def _clause_of(noun: Token) -> bool:
    """A document a numbered clause is of ("Article 5 of NATO's charter"); a charter is
    a treaty only so, not a company's or a city's charter, nor a charter flight."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ in CLAUSES
        and any(c.dep_ in ("poss", "compound") and c.ent_type_ == "ORG" for c in noun.children)
    )


NAMED_PLURALS = frozenset("agreements treaties conventions pacts memoranda".split())
"""Plurals a place names as one set of agreements ("the Minsk agreements"); deals and
contracts so named are a company's or a partner's ("the Boeing contracts", "the China
deals")."""


def _named_plural(noun: Token) -> bool:
    """Plural agreements named after a place ("the Minsk agreements", "the Geneva
    Conventions"): those agreements, not agreements in general ("trade agreements"), nor
    a state's or a body's ("the Iran deals", "the OPEC agreements"), whose partner it is."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else noun
    if noun.lower_ not in NAMED_PLURALS:
        return False
    if noun.lower_ == "conventions" and (noun.text[0].islower() or _gathering(noun)):
        return False  # "the Geneva Conventions"; not "the Ohio conventions" of a party
    if state_name(before.text) is not None or (
        before.ent_type_ == "ORG" and place_kind(before.text) is None
    ):
        return False  # "the Iran agreements", "the OPEC agreements"; "Oslo" may be an ORG
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and before.dep_ == "compound"
        and before.head.i == noun.i
        and before.ent_type_ in ("GPE", "LOC", "ORG", "LAW")
        and before.text[:1].isupper()
        and not _denied(noun)
    )


def _known_short(token: Token) -> bool:
    """A known agreement's short name ("the JCPOA", "New START"), not the first word of a
    name with its noun ("the INF Treaty" is that noun's) nor one denied ("no NAFTA")."""
    new_start = token.text == "START" and token.i > 0 and token.doc[token.i - 1].text == "New"
    if not (token.text in KNOWN_SHORT_NAMES or new_start) or token.pos_ not in ("PROPN", "NOUN"):
        return False
    if token.dep_ == "compound" and token.head.lower_ not in DUTIES:
        return False  # "the INF Treaty" is that noun's; "the INF report" none; "JCPOA
        # commitments" the agreement's
    return not _denied(token)


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


def _proper_span(token: Token) -> Span:
    """The proper name a token ends, its compounds before it ("Sierra Nevada")."""
    start = token
    while (
        start.i > 0
        and start.doc[start.i - 1].dep_ == "compound"
        and start.doc[start.i - 1].head == token
    ):
        start = start.doc[start.i - 1]
    return token.doc[start.i : token.i + 1]


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


NAMED_BODIES = frozenset(
    "government council party movement front alliance union committee commission ministry "
    "authority office".split()
)
"""Capitalised heads of a body's name that an agreement's word may end ("the Government of
National Accord", "the Movement for the Peace Accord")."""


def _names_a_body(noun: Token) -> bool:
    """An agreement's word ending a body's name, not an agreement ("Libya's Government of
    National Accord"); "Article 5 of the Treaty" and "signatories of the Accord" are none."""
    if not noun.text[:1].isupper() or noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "for"):
        return False
    owner = noun.head.head
    return owner.text[:1].isupper() and owner.lower_ in NAMED_BODIES


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
        if noun:
            return None
        return _agreed(doc, paragraph, verb, quotes)
    if word in ACQUIRE or over:
        type_ = "acquisition"
    elif word in LICENSE:
        type_ = "licence"
    elif word in SELL:
        return _sold(doc, paragraph, verb, quotes)
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


def _relative_named(verb: Token, objects: list[Token]) -> list[Token]:
    """A relative pronoun bought stands for the name its clause follows ("Android Inc., which
    Google bought in 2005": Android Inc. was bought), as "which was bought by" does
    (``_bought_by``); an unnamed noun ("a shell company which Rosneft bought") is no company
    named, so no object is left for it."""
    if verb.dep_ != "relcl":
        return objects
    head = verb.head
    named = [head] if head.pos_ == "PROPN" and not _work_read_as_person(verb, head) else []
    return [n for o in objects for n in (named if o.tag_ in ("WDT", "WP") else [o])]


def _work_read_as_person(verb: Token, head: Token) -> bool:
    """Whether a name "which" follows was read as a person's and no organisation buys it:
    "which" stands for no person, so the name is a thing, and bought by a person or no body
    named it is a work or goods ("Salvator Mundi, which Prince Badr bought in 2017 for $450
    million", review32), not a company; a firm's buy stays one ("Activision Blizzard, which
    Microsoft bought", the name read as a person's)."""
    return head.ent_type_ == "PERSON" and not any(
        c.dep_ == "nsubj" and c.ent_type_ == "ORG" for c in verb.children
    )


def _taken_over(verb: Token) -> bool:
    """A phrasal verb of taking a company over: "took over", "snapped up", "swallowed up"."""
    particle = "over" if verb.lower_ in TAKE else "up" if verb.lower_ in SNAP else None
    return particle is not None and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    )


def _bought_for(verb: Token) -> list[Token]:
    """What a sum is paid for when it is a firm ("will pay $33bn for Anadarko", "for wine
    company Chalone"): an organisation's proper name, or a name the sentence calls a firm."""
    return [
        o
        for o in preposition_objects(verb, "for")
        if (o.ent_type_ == "ORG" and o.pos_ == "PROPN") or _called_a_firm(o)
    ]


def _paid_for(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """A sum paid for a company, which buys it: "Chevron will pay $33 billion for Anadarko",
    "agreed to pay $260m for wine company Chalone". Not a sum paid for goods, a place, a
    player or a cause ("paid $5m for the rights", "paid €222m for Neymar", "will pay for
    Iraq's reconstruction"): what is paid for is named as an organisation."""
    who = subject(verb, depth=2)
    if who is None or who.tag_ in ("PRP", "WP", "WDT") or _denied_verb(verb):
        return None
    if not any(c.ent_type_ == "MONEY" for o in children(verb, "dobj") for c in o.subtree):
        return None
    bought = _bought_for(verb)
    if not bought or within(verb, quotes):
        return None
    return _plain(doc, paragraph, verb, "acquisition", [who, *conjuncts(who), *bought], quotes)


def _bought_by(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """A company bought, said in the passive: "Sun Microsystems was acquired by Oracle",
    "Mellanox, bought by Nvidia in 2020, …"; what is bought is whole as in the active
    (``_bought_whole``: "the shipyard is bought by the government"), its buyer the "by"."""
    thing = _passive_subject(verb)
    if thing is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        thing = verb.head  # "Mellanox, bought by Nvidia"
    if thing is None:
        thing = _named_before_comma(verb)  # "part of FleetBoston, bought by BOA last year"
    if thing is not None and thing.tag_ == "WDT" and verb.dep_ == "relcl":
        thing = verb.head if verb.head.pos_ == "PROPN" else None  # "Sun, which was bought by
        # Oracle"; not an unnamed "shell company which was bought by Rosneft"
    if thing is None:
        return None
    buyer = next(preposition_objects(verb, "by"), None)
    if buyer is None or _denied_verb(verb) or within(thing, quotes) or within(buyer, quotes):
        return None
    if not _bought_whole(verb, thing, buyer):
        return None
    return AgreementFrame(
        paragraph=paragraph,
        type="acquisition",
        noun=role(doc, verb, buyer.right_edge),
        verb=verb.text,
        status="signed",
        parties=(_party(doc, buyer, quotes), role(doc, thing.left_edge, thing)),
        value=_value(doc, list(verb.subtree)),
        subject=None,
        name=None,
    )


def _named_before_comma(verb: Token) -> Token | None:
    """The name a participle follows after a comma when the parser hangs the participle on
    the clause ("Columbia Distributor was part of FleetBoston, bought by BOA last year": an
    advcl of "was"): the name right before the comma, read as the "Mellanox, bought by
    Nvidia" acl it is."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2:
        return None
    comma, name = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if comma.text != "," or name.pos_ != "PROPN" or name.sent != verb.sent:
        return None
    return name


OFFICES = frozenset(
    "chairmanship chair presidency leadership helm command post role job office seat "
    "captaincy reins".split()
)
"""An office one takes over ("took over the chairmanship of the EU", "took over the
presidency"): no business bought, whoever holds the office (agreements42's pool)."""


BUSINESSES = frozenset(
    "company companies firm business businesses chain subsidiary subsidiaries division unit "
    "stake shares operation operations branch brand".split()
)
"""What a sale of a business sells ("sold its South Korean chain HomePlus", "sold its
stake")."""


def _bought_whole(verb: Token, thing: Token, buyer: Token | None) -> bool:
    """What is bought is a company, a business or a property ("acquired Mellanox", "bought
    the Bontddu Hall hotel", "bought the club"), a name a firm buys, or a name bought for a
    price ("agreed to buy Activision Blizzard for $68.7 billion", whatever the recogniser
    took the name for); not goods ("bought 32 F-35 fighter jets", "bought Boeing jets",
    "bought a Tesla Model 3 for $35,000"), a country's land, nor a square taken over (an
    occupation: "protesters took over Parliament Square")."""
    if verb.lower_ in TAKE and thing.lower_ in OFFICES:
        return False  # "the UK took over the chairmanship of the EU": an office, no firm
    inside = range(verb.left_edge.i, verb.right_edge.i + 1) if verb.head == thing else ()
    taken = [t for t in _taken(thing) if t.i not in inside]  # not "Mellanox, bought by Nvidia"
    whole = ("ORG",) if verb.lower_ in TAKE | SNAP else ("ORG", "FAC")
    if any(t.ent_type_ in whole and not _maker(t, thing) for t in taken):
        return True
    if _firm_name(thing) and _firm(buyer):
        return True  # "Nvidia agreed to buy Arm": a firm's buy of a name the recogniser missed
    if _called_a_firm(thing):
        return True  # "agreed to buy medical technology firm Guidant", whatever the recogniser
    if thing.lower_ in PROPERTIES or thing.lower_ in BUSINESSES:
        return thing.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in thing.children)
    priced = any(t.ent_type_ == "MONEY" for t in verb.subtree)
    one = thing.left_edge.lower_ in ("a", "an")  # "bought a Tesla Model 3 for $35,000": goods
    return priced and not one and thing.pos_ == "PROPN" and thing.ent_type_ in ("PERSON", "PRODUCT")


def _sold_to(sale: Token) -> list[Token]:
    """The buyers a sale of a business names ("the sale of the 33% stake to Spain's
    Ferrovial", "the sale of its stake in Tube Lines to Ferrovial"): a "to" that is a name, of
    a sale of a stake, a unit or a company (or of a name, to a firm); none for a sale of goods
    or to no one named ("the sale of weapons to Saudi Arabia", "the sale of the company to its
    employees")."""
    sold = list(preposition_objects(sale, "of"))
    to = [
        *preposition_objects(sale, "to"),
        *(t for o in sold for w in o.subtree for t in preposition_objects(w, "to")),
    ]
    buyers = [  # a firm, a state or a person
        t for t in to if t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON", "")
    ]
    if not buyers or not any(
        (o.lower_ in BUSINESSES and o.pos_ == "NOUN")
        or (o.pos_ == "PROPN" and o.ent_type_ == "ORG")
        or _called_a_firm(o)
        or (_firm_name(o) and any(_firm(b) for b in buyers))
        for o in sold
    ):
        return []
    return buyers


def _sold_part(doc: Doc, sold: Token) -> Role:
    """What a sale is of, without to whom ("the 33% stake", of "the 33% stake to Ferrovial")."""
    cut = next((t for t in sold.subtree if t.dep_ == "prep" and t.lower_ == "to"), None)
    last = doc[cut.i - 1] if cut is not None and cut.i > sold.left_edge.i else sold.right_edge
    return role(doc, sold.left_edge, last)


def _called_a_firm(thing: Token) -> bool:
    """A proper name the sentence itself calls a business ("wine company Chalone", "Guidant,
    a medical technology firm"): a company bought, though the recogniser took the name for a
    person or a title."""
    return thing.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "appos") and c.lower_ in BUSINESSES and c.pos_ == "NOUN"
        for c in thing.children
    )


def _maker(name: Token, thing: Token) -> bool:
    """A firm's name on goods ("Boeing jets", "Airbus A320 planes"): a modifier of a common
    noun that is no business nor property (unlike "the Ferguson shipyard")."""
    if thing.pos_ != "NOUN" or thing.lower_ in PROPERTIES or thing.lower_ in BUSINESSES:
        return False
    token = name
    while token.i != thing.i and token.i < thing.i and token.dep_ in MODIFIERS:
        token = token.head
    return token.i == thing.i


NO_FIRMS = frozenset(
    "PERSON GPE LOC FAC PRODUCT EVENT LAW LANGUAGE DATE TIME MONEY PERCENT QUANTITY "
    "CARDINAL ORDINAL WORK_OF_ART".split()
)
"""Recognised names no company's: a person, a place, goods, a law or a number ("bought
Crimea", "bought an F-35"). A person a club buys is a player's transfer, the clubs' deal
(``_verbal``), not a takeover ("Juventus bought Cristiano Ronaldo"); a firm the recogniser
takes for a person is still bought when a price is given (``_bought_whole``: "agreed to buy
Activision Blizzard for $68.7 billion"). It takes firms for peoples ("Fitbit") or names none
("CentOS"): those are kept."""


def _firm(token: Token | None) -> bool:
    """A buyer the recogniser names an organisation ("Microsoft", "Red Hat")."""
    return token is not None and token.ent_type_ == "ORG" and token.pos_ == "PROPN"


def _firm_name(thing: Token) -> bool:
    """One proper name (a singular name, no "a" before it) that may be a company's when a
    company buys it ("CentOS", "Fitbit"): not a person, a place, goods, a law or a title."""
    return (
        thing.pos_ == "PROPN"
        and thing.tag_ == "NNP"
        and thing.ent_type_ not in NO_FIRMS
        and thing.left_edge.lower_ not in ("a", "an")
        and thing.text[:1].isupper()
    )


def _buyer(noun: Token) -> Token | None:
    """Who an acquisition noun's acquisition is: its owner ("Google's acquisition"), its
    "by" ("the takeover of Fitbit by Google"), or the subject of its verb for "its"
    ("Microsoft completed its purchase of …")."""
    owner = next(children(noun, "poss"), None) or next(preposition_objects(noun, "by"), None)
    if owner is not None and owner.tag_ != "PRP$":
        return owner  # "Google's acquisition", "the takeover of CentOS by Red Hat"
    verb = _governing_verb(noun)
    return subject(verb, depth=2) if owner is not None and verb is not None else None


def _clubs(tokens: Sequence[Token]) -> list[Token]:
    """Those of the tokens that name a party: a club, a company, a state (the recogniser
    takes clubs for any of them, "the Houston Rockets" for a place, or for none: "the
    Lakers"); not a person, nor a title before one ("with President Trump"). Only those
    resolve names as actors become parties."""
    return [
        t
        for t in tokens
        if t.ent_type_ in ("ORG", "GPE", "NORP")
        or (
            not t.ent_type_
            and t.text[:1].isupper()
            and t.pos_ in ("PROPN", "NOUN")
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON")
        )
    ]


def _plain(
    doc: Doc,
    paragraph: int,
    verb: Token,
    type_: str,
    parties: Sequence[Token],
    quotes: list[tuple[int, int, bool]],
    clause: Token | None = None,
) -> AgreementFrame:
    """A frame a verb makes alone, its parties given, its value found in ``clause`` (the
    verb's own words by default)."""
    return AgreementFrame(
        paragraph=paragraph,
        type=type_,
        noun=token_role(doc, verb),
        verb=verb.text,
        status="proposed" if _hypothetical(verb) else "signed",
        parties=tuple(_party(doc, p, quotes) for p in parties if not within(p, quotes)),
        value=_value(doc, list((clause or verb).subtree)),
        subject=None,
        name=None,
    )


def _party(doc: Doc, token: Token, quotes: list[tuple[int, int, bool]]) -> Role:
    """The phrase a party token heads, without what it is given for ("traded Paul to the
    Thunder for Russell Westbrook": the Thunder)."""
    cut = next((c for c in children(token, "prep") if c.lower_ == "for" and c.i > token.i), None)
    if cut is None or within(token.left_edge, quotes):
        return subtree_role(doc, token, quotes)
    return role(doc, token.left_edge, doc[cut.i - 1])


def _merged(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """Companies merging: "Sprint merged with T-Mobile", "Fiat Chrysler and PSA merged";
    not roads or rivers merging ("the lanes merge with the highway"): both sides named."""
    who = subject(verb, depth=3) or _in_process(verb) or _due_to(verb)
    if who is None or _denied_verb(verb) or who.tag_ in ("PRP", "WP", "WDT"):
        return None
    partners = _firms_merging([*preposition_objects(verb, "with", "into"), *conjuncts(who)])
    if not partners or not _firms_merging([who]):
        return None
    return _plain(doc, paragraph, verb, "acquisition", [who, *partners], quotes)


DUE = frozenset("due".split())
"""Adjectives a merger agreed but not yet done hangs from ("is due to merge with Rosneft")."""


def _due_to(verb: Token) -> Token | None:
    """Who is "due to" merge: the subject of the clause the adjective completes, the noun of a
    relative clause ("Gazprom, which is due to merge with Rosneft"); the parse hangs the verb
    from the adjective, out of ``subject``'s reach."""
    due = verb.head
    if verb.dep_ != "xcomp" or due.lower_ not in DUE or due.dep_ != "acomp":
        return None
    if _denied_verb(due.head) or _no_longer(due.head):
        # "is not due to merge", "if it is due to", "is no longer due to": no merger agreed
        return None
    return subject(due.head, depth=3)


def _no_longer(verb: Token) -> bool:
    """ "is no longer due to merge": the plan given up, its negation on "longer"."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children)
        for c in verb.children
    )


PUBLIC_BODIES = NAMED_BODIES | frozenset(
    "department agency service parliament assembly police army navy force forces court "
    "executive cabinet treasury".split()
)
"""Heads of the names of public bodies, whose merging is a reorganisation, no acquisition
("a merger between the Home Office and the Ministry of Justice")."""


def _firms_merging(tokens: Sequence[Token]) -> list[Token]:
    """Those of a merger's sides that may be firms: ``_clubs`` less public bodies and states
    ("a merger between Syria and Egypt" is a union)."""
    return [
        t
        for t in _clubs(tokens)
        if t.lower_ not in PUBLIC_BODIES and state_name(_proper_span(t).text) is None
    ]


UNDER_WAY = frozenset("process midst course".split())
"""Nouns a merger under way hangs from ("in the process of merging with Gazprom")."""


def _in_process(verb: Token) -> Token | None:
    """Who is "in the process of" doing it: the subject of the clause the process is in
    ("Rosneft is already in the process of merging with Gazprom")."""
    of = verb.head
    if verb.dep_ != "pcomp" or of.lower_ != "of" or of.head.lower_ not in UNDER_WAY:
        return None
    token = of.head
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head  # "in the process": up to "is"
    return subject(token, depth=1)


def _traded(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """A trade of players between clubs, one agreement of the clubs: "the Rockets traded
    Chris Paul to the Thunder", "he was traded to the Nets by the Hornets"; not "the two
    sides traded fire" or "traded insults" (a person traded, to a club)."""
    if _denied_verb(verb):
        return None
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    traded = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    person = any(t.ent_type_ == "PERSON" or t.lower_ in PEOPLE for t in traded)
    to = [  # a club, whatever the recogniser took it for ("the Thunder" as a person)
        t
        for t in preposition_objects(verb, "to")
        if t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or _clubs([t])
    ]
    if not (person and to):
        return None
    sides = list(preposition_objects(verb, "by", "from")) if passive else []
    who = None if passive else subject(verb, depth=3)
    if who is not None:
        sides = [who, *conjuncts(who)]
    return _plain(doc, paragraph, verb, "deal", [*_clubs(sides), *to], quotes)


PEOPLE = frozenset("him her them player players guard forward center pitcher".split())
"""Words for whom a club trades or signs ("traded him to the Lakers")."""


def _signed_on(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """Signing up with a club or a promotion, no agreement noun: "Statlander signed with
    AEW", "signed for Chelsea", "was signed to Stardom", "the Lakers signed Rondo" (a
    contract); not a law or a letter signed ("signed the bill", "signed it into law")."""
    if _denied_verb(verb) or any(c.dep_ == "prt" for c in verb.children):
        return None  # "signed up", "signed off on"
    objects = list(children(verb, "dobj"))
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    who = subject(verb, depth=2)
    if who is None or who.tag_ in ("WP", "WDT"):
        return None
    if passive:  # "was signed to Stardom", "signed by the Lakers"; not "the bill must be
        # signed by President Trump"
        clubs = _clubs(list(preposition_objects(verb, "to", "by", "with")))
        if not clubs or not (who.ent_type_ == "PERSON" or who.lower_ in PEOPLE):
            return None
        return _plain(doc, paragraph, verb, "contract", [who, *clubs], quotes)
    if objects:  # "the Lakers signed Rondo": a club signs a person
        if not (all(o.ent_type_ == "PERSON" for o in objects) and _clubs([who])):
            return None
        return _plain(doc, paragraph, verb, "contract", [who, *objects], quotes)
    if any(_governing_verb(t) == verb for t in verb.subtree if t.lower_ in AGREEMENT_NOUNS):
        return None  # "signed with the Lakers on a two-year deal": that deal's frame
    if any(o.ent_type_ not in ("DATE", "TIME") for o in preposition_objects(verb, "on")):
        return None  # "Collins signed with Democrats on the letter": a letter, no contract
    clubs = _clubs(
        [
            o
            for o in preposition_objects(verb, "with", "for")
            if not within(o, quotes) and not (o.head.lower_ == "for" and o.ent_type_ == "GPE")
        ]
    )  # not "Lavrov signed for Russia": on a state's behalf
    if not clubs or who.tag_ == "PRP":
        return None
    return _plain(doc, paragraph, verb, "contract", [who, *clubs], quotes)


def _settled(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """Settling a lawsuit: "Purdue Pharma agreed to pay $270 million to settle a lawsuit
    brought by Oklahoma" (the payer and who sued), "Facebook settled with the FTC"; not
    settling in a town ("settled in Canada") nor a score."""
    if _denied_verb(verb):
        return None
    with_ = [  # "settled with the state of Oklahoma"; not "settled with relatives in Germany"
        o
        for o in preposition_objects(verb, "with")
        if any(t.ent_type_ in PARTY_LABELS for t in (o, *preposition_objects(o, "of")))
    ]
    suits = [o for o in children(verb, "dobj", "nsubjpass") if o.lower_ in LAWSUITS]
    if not (with_ or suits):
        return None
    host = verb
    while host.dep_ in ("xcomp", "advcl") and host.head.pos_ == "VERB":
        host = host.head  # "agreed to pay $270 million to settle": the payer, the sum
    who = subject(verb, depth=3)
    if who is not None and who.dep_ == "nsubjpass" and who in suits:
        who = next(preposition_objects(verb, "by"), None)  # "the lawsuit was settled (by …)"
        sued = [o for s in suits for o in preposition_objects(s, "against")]
        if who is None and sued:  # "Sandmann's lawsuit against the Post was settled"
            who = sued[0]
    # "It agreed to pay $15m to settle": the tie stage names it; "it was settled" is the suit,
    # but "it was ordered to settle" is the settler (a subject ``subject`` climbed to)
    if (
        who is None
        or _unnamed(who)
        or (who.lower_ == "it" and who.dep_ == "nsubjpass" and who.head.i == verb.i)
    ):
        return None
    if who.lower_ == "it":
        who = _reporter(who) or who  # "Titan said it had settled …": Titan; else the tie stage
    plaintiffs = [
        p
        for s in suits
        for p in (
            *(c for c in s.children if c.dep_ == "poss" and c.tag_ != "PRP$"),
            *(o for a in children(s, "acl") for o in preposition_objects(a, "by")),
            *preposition_objects(s, "by", "from", "with"),
        )
    ]  # "a lawsuit brought by the state of Oklahoma", "Oklahoma's lawsuit", "their dispute
    # with Ukraine"
    parties = [who, *conjuncts(who), *with_, *plaintiffs]
    return _plain(doc, paragraph, verb, "agreement", parties, quotes, clause=host)


MONEY_WORDS = frozenset("money cash funds credit credits".split()) | AMOUNT_WORDS
"""Words of what is lent that make lending a loan ("lent Rosneft $6bn", "the money to bid");
not "lent support", "lent his name"."""


def _lent(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """A loan told by its verb: "the $6bn which VEB lent Rosneft", "It had agreed to loan
    Gazpromneft the money to bid" (the lender "it", whom the tie stage names). Lender and
    borrower are named firms; not a state lending a state (aid as often as a loan), a person,
    nor lending support or a name."""
    if _denied_verb(verb) or within(verb, quotes):  # refusals: _verbal's check
        return None
    who = subject(verb, depth=2)
    if who is None or _unnamed(who):
        return None
    if who.lower_ != "it" and not (_firm(who) or _firm_name(who)):
        return None
    lent = [*children(verb, "dative", "dobj"), *preposition_objects(verb, "to")]
    borrowers = [
        o
        for o in lent
        if not within(o, quotes)
        and o.ent_type_ != "MONEY"
        and o.lower_ not in MONEY_WORDS
        and any(_firm(t) or _firm_name(t) for t in _unowned(o))
    ]  # "to an arm of Russian state gas firm Gazprom"; not the sum lent, nor "Gazprom's rivals"
    things = [t for o in lent for t in _unclaused(o)]
    if verb.dep_ == "relcl":  # "the dollars 6bn which VEB lent Rosneft"
        things.extend((verb.head, verb.head.head))
    money = any(t.ent_type_ == "MONEY" or t.lower_ in MONEY_WORDS for t in things)
    if not (borrowers and money):
        return None
    clause = verb.head if verb.dep_ == "relcl" else None  # the sum is the clause's head
    return _plain(doc, paragraph, verb, "loan", [who, borrowers[0]], quotes, clause)


def _unnamed(who: Token) -> bool:
    """A pronoun that names no one here ("they", "which", "he"); not "it", which the tie
    stage names by the body before it ("Titan … It agreed to pay $15m to settle", "X said it
    had sold its stake to Y"), as for every other verb of buying."""
    return who.tag_ in ("PRP", "WP", "WDT") and who.lower_ != "it"


def _refused(verb: Token) -> bool:
    """ "refused to lend", "did not agree to lend", "unable to lend": the "to" verb of a
    refusal, a failure or a denied verb did not happen; but "did not hesitate to buy" did."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lower_ in HESITATING:
        return False
    return head.lower_ in FAILING or _denied_verb(head)


def _unowned(phrase: Token) -> list[Token]:
    """A phrase's words without its relative clauses and its owner ("Gazprom's rivals" is
    rivals, not Gazprom)."""
    heads = (phrase, *children(phrase, "pobj"))  # "to Gazprom's rivals"
    owners = {t.i for h in heads for c in h.children if c.dep_ == "poss" for t in c.subtree}
    return [t for t in _unclaused(phrase) if t.i not in owners]


def _taken(thing: Token) -> list[Token]:
    """The words of what is acquired, without where it comes from ("7000 employees from
    Tesco" is employees)."""
    source = {t.i for c in children(thing, "prep") if c.lower_ == "from" for t in c.subtree}
    return [t for t in thing.subtree if t.i not in source]


def _sold(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """A sale of a business: "Tesco sold its Thai stores to Charoen Pokphand" (the buyer a
    company), "in 2015 sold its South Korean chain HomePlus" (what is sold one). The seller
    and the buyer are its parties, and a company sold; not goods ("sold weapons to Saudi
    Arabia", "sold the painting to a collector")."""
    objects = [c for c in children(verb, "dobj") if not within(c, quotes)]
    if not objects:
        return _sold_passive(doc, paragraph, verb, quotes)
    who = subject(verb, depth=3)  # "Tesco sold …; announced …; and in 2015 sold HomePlus"
    if who is None or _denied_verb(verb) or _unnamed(who):  # "said it had sold its stake"
        return None
    pronoun = who.lower_ == "it"
    if pronoun:
        who = _reporter(who) or who  # "Tesco said it had sold …": Tesco; else the tie stage
    buyers = [o for o in preposition_objects(verb, "to") if not within(o, quotes)]
    taken = [t for o in objects for t in _taken(o)]
    companies = [  # not a brand on goods: "selling its Celebrex and Bextra products"
        t for o in objects for t in _taken(o) if t.ent_type_ == "ORG" and not _branded(t, o)
    ]
    business = any(t.lower_ in BUSINESSES for t in taken)
    if not (companies or business) and any(_counted(o) for o in objects):
        return None  # "it sold 20,000 units to Fenwick Motors": goods, though to a firm
    if not (companies or business) and not any(
        t.ent_type_ == "ORG" for b in buyers for t in _named_buyer(b)
    ):
        return None  # not "sell uranium to countries that have signed the NPT", nor "selling
        # advertising space to the highest bidder on website eBay" (where, not who)
    sold = [token_role(doc, t) for t in companies if t.dep_ in ("dobj", "appos", "conj")]
    if pronoun and not (buyers or sold):
        return None  # "said it would fund the deal by selling an 8% stake": a guess alone
    return AgreementFrame(
        paragraph=paragraph,
        type="acquisition",
        noun=token_role(doc, verb),  # not what was sold: "its roughly 2000 Thai stores"
        verb=verb.text,
        status="signed",
        parties=(
            *(subtree_role(doc, p, quotes) for p in (who, *conjuncts(who), *buyers)),
            *sold,
        ),
        value=_value(doc, list(verb.subtree)),
        subject=None,
        name=None,
    )


def _branded(name: Token, thing: Token) -> bool:
    """A firm's or a brand's name on goods in the plural, one of a list too ("its Celebrex
    and Bextra products": "and" and "Bextra" hang on "Celebrex", the modifier of
    "products"); not a unit's name on a singular noun ("its Travelers Life & Annuity
    insurance arm", sold as a company)."""
    while name.dep_ in ("conj", "cc") and name.head.i != name.i:
        name = name.head
    return thing.tag_ == "NNS" and _maker(name, thing)


def _named_buyer(buyer: Token) -> list[Token]:
    """The words naming a buyer of goods, without its clauses and its prepositional phrases:
    "the highest bidder on website eBay" is a bidder, sold to on eBay (agreements42's pool);
    "Fenwick Motors" and "Gazprom's rivals" keep their names."""
    phrases = {t.i for c in children(buyer, "prep") for t in c.subtree}
    return [t for t in _unclaused(buyer) if t.i not in phrases]


def _counted(thing: Token) -> bool:
    """A count of things with no owner ("20,000 units", "2m cars"): goods sold, not a business,
    even to a firm; "its 2000 Thai stores" are the seller's business."""
    return any(c.dep_ == "nummod" for c in thing.children) and not any(
        c.dep_ == "poss" for c in thing.children
    )


def _passive_subject(verb: Token) -> Token | None:
    """What a passive verb is said of: its own subject, or that of the passive verb it is
    joined to ("was sold off last year and eventually acquired by Rosneft")."""
    own = next(children(verb, "nsubjpass"), None)
    if own is not None or verb.dep_ != "conj" or verb.tag_ != "VBN":
        return own
    if any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return None
    return next(children(verb.head, "nsubjpass"), None)


def _sold_passive(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """A company sold, said in the passive: "Yuganskneftegas was sold to investment firm
    Baikal Finance Group" (the firm and its buyer), "The mill, Krivorizhstal, was sold in
    June 2004 for $800m" (a named firm, its buyer unnamed). Not goods, land or shares ("Boeing
    jets were sold to", "farmland was sold to developers", "shares in BT were sold"): what is
    sold is itself named an organisation, or is a business of someone's sold to a named
    firm ("its stake was sold to Ferrovial")."""
    thing = _passive_subject(verb)
    if thing is None or _denied_verb(verb) or thing.tag_ in ("PRP", "WP", "WDT"):
        return None
    if within(thing, quotes) or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None  # "the party was sold out by its leaders": betrayed
    buyers = [o for o in preposition_objects(verb, "to") if not within(o, quotes) and _firm(o)]
    names = [thing, *children(thing, "appos"), *children(thing, "compound")]
    named = [  # the name itself, not a firm's goods ("Boeing jets"), not "shares in BT"
        t for t in names if t.ent_type_ == "ORG" and t.pos_ == "PROPN" and not _maker(t, thing)
    ]
    owned = (
        thing.lower_ in BUSINESSES
        and thing.pos_ == "NOUN"
        and any(c.dep_ in ("det", "poss") for c in thing.children)
    )
    if not (named or _called_a_firm(thing) or (owned and buyers)):
        return None
    return AgreementFrame(
        paragraph=paragraph,
        type="acquisition",
        noun=token_role(doc, verb),
        verb=verb.text,
        status="signed",
        parties=(
            *(subtree_role(doc, b, quotes) for b in buyers),
            subtree_role(doc, thing, quotes),
        ),
        value=_value(doc, list(verb.subtree)),
        subject=None,
        name=None,
    )


def _unclaused(token: Token) -> list[Token]:
    """A phrase's words without its relative clauses ("countries that signed the NPT")."""
    clauses = {t.i for c in token.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in token.subtree if t.i not in clauses]


def _in_exchange(verb: Token) -> bool:
    """ "negotiated immunity in exchange for his resignation": a deal made by that verb."""
    return any(_exchange_host(t).i == verb.i for t in _exchanges(verb))


def _exchanges(verb: Token) -> list[Token]:
    return [
        t
        for t in verb.sent
        if t.lower_ == "exchange"
        and t.head.lower_ == "in"
        and any(f.lower_ == "for" for f in t.children)
    ]


def _exchange_host(token: Token) -> Token:
    """The verb an "in exchange for" phrase belongs to: the one it hangs from (the phrase may
    hang on the thing given: "a home in exchange"), or for "was able … in exchange", the verb
    "able" governs."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.i != head.head.i:
        head = head.head
    if head.pos_ == "AUX":
        for c in head.children:
            if c.dep_ == "acomp":
                head = next((x for x in c.children if x.dep_ == "xcomp"), head)
    return head


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
    joint = _jointly(verb)
    if not (exchange or to or allies or joint) or _denied_verb(verb) or within(verb, quotes):
        return None
    if any(
        (t.lower_ in AGREEMENT_NOUNS and not _no_trade_area(t)) or _known_short(t)
        for t in verb.subtree
        if t.pos_ in ("NOUN", "PROPN")
    ):
        return None  # "agreed to the USMCA": that agreement's frame, not another
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
    last = max([verb, *to, *allies, *([_undated(joint)[-1]] if joint is not None else [])],
               key=lambda t: t.i)  # fmt: skip
    if exchange:  # the words up to what was given: "negotiated immunity … in exchange"
        last = max(_exchanges(verb), key=lambda t: t.i)
    return AgreementFrame(
        paragraph=paragraph,
        type="deal" if exchange else "agreement",
        noun=role(doc, verb, last.right_edge if last.i != verb.i else verb),
        verb=verb.text,
        status="signed",
        parties=tuple(subtree_role(doc, p, quotes) for p in parties if not within(p, quotes)),
        value=_value(doc, list(verb.subtree)),
        subject=(
            None
            if topic is None
            else subtree_role(doc, topic, quotes).text
            if topic is not joint
            else doc[_undated(joint)[0].i : _undated(joint)[-1].i + 1].text
        ),
        name=None,
    )


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


RECOGNISE = forms("recognize", "recognise")


def _recognised(verb: Token) -> list[Token]:
    """The state one agrees to recognise or to have relations with: "Sudan agreed to
    normalise ties with Israel", "Kosovo agreed to recognise Israel" (an agreement of both)."""
    found: list[Token] = []
    for act in children(verb, "xcomp"):
        for obj in children(act, "dobj"):
            if obj.lower_ in RELATIONS:
                found.extend(preposition_objects(obj, "with"))
            elif act.lower_ in RECOGNISE and obj.ent_type_ == "GPE":
                found.extend([obj, *conjuncts(obj)])
        if any(o.lower_ in RELATIONS for o in children(act, "dobj")):
            found.extend(preposition_objects(act, "with"))  # the parse may hang it on the verb
    return [t for t in found if t.ent_type_ in PARTY_LABELS]


def _undated(act: Token) -> list[Token]:
    """The words of what parties agreed to do without the time of it ("to resume talks",
    not "… in October"): the time is the frame's date, not the agreement's name."""
    time = {
        t.i
        for c in act.children
        if (c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children))
        or (c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME"))
        for t in c.subtree
    }
    return [t for t in act.subtree if t.i not in time and t.dep_ != "punct"] or [act]


MEETINGS = frozenset(
    "meet meeting meetings talks summit visit debate session dialogue negotiations interview "
    "hearing vote referendum".split()
)
"""Nouns of what parties agree to hold that is no agreement ("agreed to a future meet")."""
MEET_AGAIN = forms(
    "meet", "talk", "speak", "discuss", "continue", "consider", "study", "resume", "hold",
    "disagree", "return",
)  # fmt: skip
"""What parties agree to do that is no agreement but more talk or none ("agreed to meet
again", "agreed to resume talks", "agreed to hold a televised debate", "agreed to
disagree")."""


def _jointly(verb: Token) -> Token | None:
    """What two parties named together agreed to do ("Cuba and the United States agreed to
    restore diplomatic relations", "the two sides agreed to extend the truce"): their
    agreement; not one party's consent ("Johnson agreed to meet the Queen")."""
    act = next(children(verb, "xcomp"), None) or next(
        (c for c in children(verb, "advcl") if infinitive(c)),
        None,
    )  # "agreed in August to normalise relations": the parse may make it an adverbial
    who = next(children(verb, "nsubj"), None)
    if act is None or who is None or act.lower_ in MEET_AGAIN:
        return None
    if act.lower_.startswith("step") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "down", "aside") for c in act.children
    ):
        return None  # "Prince Harry and Meghan agreed to step back from royal duties"
    named = [
        w
        for w in (who, *conjuncts(who))
        if w.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
        or any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in w.children)
    ]  # "the Houthis and the Yemeni government agreed to withdraw their forces"
    words = " ".join(t.lower_ for t in who.subtree)
    if words in SIDES:
        return act
    bodies = [w for w in named if w.ent_type_ != "PERSON"]  # not "Johnson and Corbyn agreed"
    return act if len(named) >= 2 and (bodies or _together(act)) else None


COOPERATE = forms("cooperate", "co-operate", "collaborate")
"""Acts two named persons agree to do that are an agreement of theirs ("Modi and Abe agreed
to cooperate on infrastructure"), unlike a debate or stepping back."""
JOINTLY = frozenset("joint jointly together bilateral cooperation co-operation".split())
"""Words that make what persons agree to do something they do together ("agreed to set up a
joint monitoring centre", "to work together")."""


def _together(act: Token) -> bool:
    """What two named persons agree to do together: cooperate, or something joint."""
    return act.lower_ in COOPERATE or any(t.lower_ in JOINTLY for t in act.subtree)


def _denied_verb(verb: Token) -> bool:
    """ "did not acquire", "could buy", "if it acquires"."""
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL)
        or (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
        for c in verb.children
    )


def _value(doc: Doc, clause: list[Token]) -> str | None:
    low, high = min(t.i for t in clause), max(t.i for t in clause)
    return next(
        (e.text for e in doc.ents if e.label_ == "MONEY" and e.start <= high and e.end > low),
        None,
    )


ANNOUNCED = forms("announce")


def _told_of(verb: Token | None) -> bool:
    """An agreement that "was announced" by no one named is only told of ("an interview in
    which the deal was announced"): it may have been made well before; one its parties
    announce is made ("Tesco and Salling Group announced their agreement on Thursday", "was
    announced on Monday by Boeing and Embraer")."""
    return (
        verb is not None
        and verb.lower_ in ANNOUNCED
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _frame(
    doc: Doc, paragraph: int, noun: Token, type_: str, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame:
    anchor = noun.head.head if type_ == "letter-of-intent" else noun
    modifiers = [t for c in children(anchor, *MODIFIERS) for t in c.subtree]
    first = min([anchor, *modifiers], key=lambda t: t.i)
    if modifiers and (joined := _joined_before(first)) is not None:
        modifiers = [*joined, *modifiers]  # "the Egypt–Israel peace treaty", parsed apart
        first = joined[0]
    if first.i > 0 and first.lower_ in PHASES and first.doc[first.i - 1].lower_ == "phase":
        first = first.doc[first.i - 1]  # "the phase one trade deal", "phase" parsed apart
    last = noun
    for year in (
        o for of in children(noun, "prep") if of.lower_ == "of" for o in children(of, "pobj")
    ):
        if YEAR.fullmatch(year.text) and year.ent_type_ == "DATE":
            last = year  # "the Taif Agreement of 1989": its year
    if type_ == "acquisition":
        for when in (o for p in children(anchor, "prep") if p.lower_ == "in" for o in p.children):
            if when.dep_ == "pobj" and when.ent_type_ == "DATE" and YEAR.search(when.text):
                last = max(last, when, key=lambda t: t.i)  # "IBM's acquisition of Red Hat
                # in 2019": its year, as "the 2019 acquisition" would say
    if type_ != "letter-of-intent":
        for prep in children(anchor, "prep"):
            if prep.lower_ in ("with", "between", "among"):
                for obj in children(prep, "pobj"):  # "the deal with Iran", not its apposition
                    last = max(last, obj, *obj.conjuncts, key=lambda t: t.i)
    verb = _governing_verb(anchor)
    if verb is None and anchor.dep_ == "appos":
        verb = _governing_verb(anchor.head)  # "withdrew from the Plan, the 2015 deal"
    status = AGREEMENT_VERBS.get(verb.lower_) if verb is not None else None
    if status == "signed" and _told_of(verb):
        status = None
    if anchor.dep_ == "pobj" and (
        anchor.head.head.lower_ in ("withdrawal", "exit")
        or (anchor.head.lower_ == "of" and anchor.head.head.lower_ == "out")
    ):
        status = "withdrawn"  # "announced its withdrawal from the Paris Agreement"
    for m in modifiers:
        status = status or STATUS_WORDS.get(m.lower_)
    parties = [m for m in modifiers if m.ent_type_ in PARTY_LABELS and not _brokering(m)]
    sides = [token_role(doc, t) for t in _paired(modifiers)]  # "the Turkish-Libyan agreement"
    sides += [token_role(doc, t) for t in _members(anchor)]  # "the treaty consisting of A and B"
    for h in _heads(anchor):
        parties.extend(_no_helpers(preposition_objects(h, "with", "between", "among", "by")))
    related = _related(anchor)  # "a deal establishing relations between Bahrain and Israel"
    between = [*(o for h in _heads(anchor) for o in preposition_objects(h, "between")), *related]
    parties.extend(related)
    if noun.lower_ == "contract" and anchor.dep_ == "pobj" and anchor.head.lower_ == "under":
        parties.extend(preposition_objects(anchor, "to"))  # "workers under contract to PG&E"
    truce = type_ == "ceasefire" or any(_truce_word(m) for m in modifiers)
    if (
        truce
        and status is None
        and verb is not None
        and verb.lower_ in DECLARE
        and not any(t.lower_ in ENDED for t in (*verb.children, *anchor.children))
    ):
        status = "signed"  # "al-Sadr declared a cease-fire in August 2007": made then; not
        # "Hamas declared the truce over", an end
    if truce and not parties and not sides:
        parties.extend(_war_sides(anchor))  # "fought a war … despite a 1994 cease-fire"
    if type_ == "acquisition":
        parties.extend(preposition_objects(anchor, "of"))  # "the acquisition of Hirtenberger"
        # "Inbev's profits soared thanks to its acquisition of Ambev": the buyer, as a named
        # owner is ("Bertelsmann's purchase"), whom the tie stage names
        parties.extend(c for c in anchor.children if c.dep_ == "poss" and c.lower_ == "its")
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ in ("with", "to", "from", "under")
        and anchor.head.head.pos_ == "NOUN"
    ):  # "Brazilian compliance with the Paris Climate Accord": who is bound by it
        owner = anchor.head.head
        parties.extend(
            c
            for c in owner.children
            if c.dep_ in ("amod", "poss", "compound") and c.ent_type_ in ("GPE", "ORG", "NORP")
        )
    held = [anchor]
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "of"
        and anchor.head.head.lower_ in TERMS
        and anchor.head.head.dep_ == "pobj"
    ):
        held.append(anchor.head.head)  # "left the EU under the terms of the Withdrawal
        # Agreement": who acts under its terms is bound by it
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "of"
        and anchor.head.head.lower_ in ("article", "articles", "clause", "section")
    ):
        held.append(anchor.head.head)  # "Article 50 of the treaty, which the UK triggered"
        clause = anchor.head.head
        verb_of = clause.head if clause.dep_ in ("dobj", "nsubjpass") else None
        if (
            verb_of is not None
            and verb_of.lower_ in BOUND
            and not any(c.dep_ == "neg" for c in verb_of.children)
        ):  # only one bound by a treaty can invoke its article, would or will ("Turkey
            # said it would invoke Article 5 of the NATO treaty"); not "did not trigger"
            who = subject(verb_of, depth=2)  # "the UK triggered Article 50 of the EU treaty"
            if who is not None and who.lower_ in ("it", "they"):
                who = _reporter(who)  # "Turkey said it would invoke Article 5 of the treaty"
            if who is not None and who.tag_ not in ("PRP", "WP", "WDT"):
                parties.extend([who, *conjuncts(who)])
    for h in held:
        if h.dep_ == "pobj" and h.head.lower_ == "under" and h.head.head.pos_ == "VERB":
            # "Ukraine gave up its arsenal under a 1994 agreement", "the UK would leave under
            # Article 50 of the EU treaty": who acts under it is bound by it
            who = subject(h.head.head, depth=2)
            if who is not None and who.lower_ in ("it", "they"):
                who = _reporter(who)  # "Iran said it would reduce its commitments under …"
            if who is not None and who.tag_ not in ("PRP", "WP", "WDT"):
                parties.extend([who, *conjuncts(who)])
        elif h.dep_ == "pobj" and h.head.lower_ == "under" and h.head.head.lower_ in DUTIES:
            parties.extend(_bound(h.head.head))
    for clause in (c for h in held for c in children(h, "relcl")):
        made = any(c.dep_ == "prep" and c.lower_ in ("in", "under", "by") for c in clause.children)
        objects = [c for c in children(clause, "dobj") if c.tag_ not in ("WDT", "WP")]
        if _denied_verb(clause):
            continue  # "the treaty, which India has not signed": no party
        member = any(c.dep_ == "attr" and c.lower_ in SIGNATORIES for c in clause.children)
        if made or member or (clause.lower_ in BOUND and not objects):
            # "the NPT, to which Iran is a party": a party, as "Brazil, a signatory of …"
            # "a 1994 agreement in which Russia and the US guaranteed its borders", "the
            # agreement May negotiated with the EU", "Article 50, which the UK triggered"
            for c in children(clause, "nsubj"):
                if c.lower_ in ("it", "they") and h.head.pos_ in ("VERB", "AUX"):
                    # "Germany supports the Paris Agreement, which it signed": the subject
                    # of the clause the agreement is the object of
                    c = subject(h.head, depth=1) or c
                if c.tag_ not in ("WDT", "WP", "PRP"):
                    parties.extend([c, *c.conjuncts])
            parties.extend(_no_helpers(preposition_objects(clause, "with")))
    disowned = False
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "of") and _batched(anchor) is anchor:
        # "France and Germany, which remain parties to the agreement"
        owner = anchor.head.head
        if owner.dep_ == "appos" and owner.lower_ in SIGNATORIES and not _non(owner):
            parties.append(owner.head)  # "Brazil, a signatory of the Paris Agreement, …";
            # not "India, a non-signatory of the NPT"
        verb = owner.head if owner.dep_ == "attr" else owner
        member = owner.lower_ in SIGNATORIES or any(
            c.dep_ == "attr" and c.lower_ in SIGNATORIES for c in verb.children
        )
        disowned = member and _denied_verb(verb)  # "India is not a signatory of the NPT"
        if member and not disowned:
            who = subject(verb, depth=2)
            if who is not None:
                parties.extend([who, *who.conjuncts])
    for clause in children(anchor, "relcl"):
        if (
            (
                AGREEMENT_VERBS.get(clause.lower_) == "signed"
                or (truce and clause.lower_ in DECLARE)  # "a cease-fire, which was declared
                # in August 2007": made then, by one side or both
            )
            and status in (None, "proposed")
            and not _denied_verb(clause)
            and any(t.ent_type_ == "DATE" for t in clause.subtree)
        ):  # "helped negotiate the deal that was signed in 2015": signed, and dated so; not
            # "denounced on Wednesday the memoranda in which they agreed on borders"
            status = "signed"
    for c in anchor.children:
        if c.dep_ in ("acl", "relcl", "prep") and c.lower_ not in ("with", "between", "by"):
            for v in c.subtree:
                if v.lower_ in SUPPLY and v.pos_ in ("VERB", "NOUN"):
                    # "a letter of intent on selling gas to DEPA": the buyer is a party
                    parties.extend(preposition_objects(v, "to"))
    for clause in _made_passive(anchor):
        # "the power-sharing deal that was signed by Mugabe and the opposition", "the testing
        # agreements that have been made with the United States", "the ceasefire that was
        # brokered by Egypt between Israel and Hamas": as the reduced clause below ("the deal
        # signed by Iran and Iraq"), the makers are its agent's and "between"/"with" objects
        told = clause.lower_ in BROKER or clause.lower_ in ANNOUNCED  # "announced by Trump"
        parties.extend(
            _no_helpers(preposition_objects(clause, *(() if told else ("by",)), "between", "with"))
        )
        if status is None and any(t.ent_type_ == "DATE" for t in clause.subtree):
            status = "signed"  # made then ("signed ... in September"), so dated by it; not
            # by the sentence's other date ("the ceasefire that was brokered ... expired on
            # Friday")
    for acl in children(anchor, "acl"):
        if truce and acl.lower_ in DECLARE and status is None:
            status = "signed"  # "a cease-fire, declared in August 2007"
        if acl.lower_ in BROKER or acl.lower_ in AGREEMENT_VERBS:
            # "the deal signed by Iran and Iraq"; "a ceasefire brokered by Egypt": a broker
            # or a mediator is no party (GOLD), those it is brokered between are
            brokered = acl.lower_ in BROKER
            parties.extend(
                _no_helpers(
                    preposition_objects(acl, *(() if brokered else ("by",)), "between", "with")
                )
            )
            status = status or AGREEMENT_VERBS.get(acl.lower_, "signed")
    if verb is not None:
        # "Hungary licensed …, then agreed with Airbus to open a factory as a joint venture":
        # the subject may be three verbs up
        accused = _accused(verb)
        if accused is not None:  # "Japan accused South Korea of violating a 1965 agreement"
            parties.extend([accused, *accused.conjuncts])
        who = _asked(verb) or subject(verb, depth=3) or _doer(verb)
        if who is not None and who.lower_ in ("it", "they"):
            # "The United States notified the UN that it is withdrawing from the accord"
            who = _reporter(who) or who
        if (
            who is not None
            and who.lower_ == "they"
            and AGREEMENT_VERBS.get(verb.lower_) == "signed"
            and (pair := _pair_before(who)) is not None
            and not _other_plural(pair)
        ):  # "Brazil and South Korea discussed energy. They signed a trade agreement": the
            # two or more the sentence before names as its subject
            who = pair
        viewed = (verb.lower_ in OPINION or verb.lower_ in BROKER) and (
            anchor.head.i == verb.i or (anchor.dep_ == "pobj" and anchor.head.head.i == verb.i)
        )  # "commented on the deal"; not "announced its withdrawal from the Paris
        # Agreement", a taking part
        if type_ == "acquisition" and AGREEMENT_VERBS.get(verb.lower_) == "ratified":
            viewed = True  # "Google's acquisition of Fitbit was approved by regulators": a
            # regulator approving a takeover is no party to it
        stated = len(between) >= 2  # "Trump announced a deal between Israel and Bahrain":
        # the parties are those it is between, not who tells of it
        acting_for = AGREEMENT_VERBS.get(verb.lower_) == "withdrawn" and any(
            c.dep_ == "dobj" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in verb.children
        )  # "Trump withdrew the United States from the treaty": the state withdrawn is the
        # party, not the one who withdraws it for the state (added below, as the object)
        opening = _dateline_end(doc)
        if who is not None and who.i < opening:  # "DOHA, Feb 11 – The Sudanese government
            # signed …": the dateline's place, parsed as a subject, is where it was written
            who = next((c for c in who.head.children if c.dep_ == "nsubj" and c.i >= opening), None)
        if who is not None and who.ent_type_ == "PERSON" and _pledged(verb):
            who = None  # "Trump has vowed to renegotiate NAFTA": a person's pledge, no party
        led = _led_to(verb, anchor)
        if led or _mediating(verb):
            who = None  # "Annan led the two sides to a power-sharing agreement"; "Flown in to
            # mediate the crisis, Annan secured …": the mediator is no party, the sides are
            parties.extend(t for o in led for t in (o, *conjuncts(o)))
            sides.extend(_offices_given(doc, anchor))
        if who is not None and not viewed and not disowned and not stated and not acting_for:
            # "Trump has questioned the NATO treaty"; not "China is not a party to the INF"
            parties.append(who)
            parties.extend(conjuncts(who))
        # "May's deal was rejected by Parliament": who holds a view is no party, active or
        # passive
        parties.extend(
            _no_helpers(preposition_objects(verb, "with", "between", *(() if viewed else ("by",))))
        )
        if verb.lower_ in AWARD:  # "NASA awarded SpaceX a contract", "won a contract from"
            parties.extend([*children(verb, "dative"), *preposition_objects(verb, "to", "from")])
            parties.extend(preposition_objects(anchor, "from"))
        if verb.lower_ in SUPPLY or verb.lower_ in ORDER:  # "supply Japan Airlines with planes
            # in a deal", "sell planes to Air Europe", "ordered Airbus planes": buyer and maker
            goods = [o for o in children(verb, "dobj") if o.ent_type_ not in ("ORG", "GPE")]
            parties.extend(o for o in children(verb, "dobj") if o.ent_type_ in ("ORG", "GPE"))
            parties.extend(preposition_objects(verb, "to"))
            if verb.lower_ in ORDER:
                parties.extend(
                    c
                    for o in goods
                    for c in o.subtree
                    if c.dep_ == "compound" and c.ent_type_ == "ORG" and c.pos_ == "PROPN"
                )
                parties.extend(_makers(verb))
        for order in _placed_orders(verb):  # "placed an order for 70 Boeing planes"
            parties.extend(_ordered_makers(order))
        if (
            anchor.dep_ == "pobj"
            and anchor.head.lower_ == "in"
            and anchor.head.head.lower_ in AGREED_TO
            and anchor.head.head.head.lower_ == "to"
        ):  # "agreed to a buyout by Verizon in a deal": the other side
            parties.extend(_no_helpers(preposition_objects(anchor.head.head, "by", "with")))
        if verb.lower_ in PAY:  # "will pay $33bn for Anadarko in a deal": the firm bought
            parties.extend(_bought_for(verb))
        if verb.lower_ in AWARDING:  # "awarded a contract to build a port to Hyundai": the
            # parse hangs the recipient on what the contract is for
            parties.extend(
                o
                for acl in children(anchor, "acl")
                for o in preposition_objects(acl, "to")
                if o.pos_ == "PROPN"
                and o.ent_type_ in ("ORG", "PERSON")  # not where: "to ship arms to Ukraine"
                and place_kind(_proper_span(o).text) is None
            )
        if status == "withdrawn":  # the state withdrawn; not "announced their withdrawal"
            parties.extend(o for o in children(verb, "dobj") if o.lower_ not in MEMBERSHIP)
        host = verb
        while host.dep_ in ("xcomp", "advcl") and host.head.pos_ in ("VERB", "AUX"):
            host = host.head  # "agreed with Airbus to open a factory as a joint venture"
            parties.extend(_no_helpers(preposition_objects(host, "with", "between")))
        if _hypothetical(verb) and verb.lower_ not in STAY:
            status = "proposed"  # "a deal would be reached", "if a deal is reached"; not
            # "would remain in the NPT", a treaty in force
    if (
        (status == "signed" or (status is None and _told_after_talks(anchor)))
        and not sides
        and all(p.i == anchor.i for p in parties)
    ):
        parties.extend(_negotiators(anchor))  # "Britain and the EU negotiated for months.
        # The deal was agreed on Thursday": theirs
    if not sides and not any(
        p.i != anchor.i and any(t.pos_ == "PROPN" for t in p.subtree) for p in parties
    ):
        parties.extend(_granted(anchor))  # "a 1994 agreement extending immunity to US staff"
    value = _value(doc, list((verb or anchor).subtree))
    subject_text = None
    for c in (c for c in anchor.children if c.i > anchor.i):  # not "For example the treaty"
        if (c.dep_ in ("acl", "relcl") and any(x.lower_ == "to" for x in c.children)) or (
            c.dep_ == "prep"
            and c.lower_ in ("on", "for", "over", "to")
            and not (c.lower_ == "to" and anchor.head.lower_ == "under")  # "under contract to"
            and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)  # "on Monday"
        ):
            subject_text = subtree_role(doc, c, quotes).text
            break
    name = None
    of = next((c for c in children(noun, "prep") if c.lower_ in ("on", "of")), None)
    named_by = next(children(of, "pobj"), None) if of is not None else None
    if noun.text[0].isupper() and named_by is not None and named_by.text[0].isupper():
        last = _name_end(named_by)  # "the Treaty on European Union", "the Treaty of Lisbon"
        start = noun  # and its capitals before: "the Vienna Convention on Diplomatic Relations"
        while (
            start.i > first.i
            and (doc[start.i - 1].text[:1].isupper() or doc[start.i - 1].text == "-")
            and doc[start.i - 1].dep_ != "det"  # not "The" opening the sentence
        ):
            start = doc[start.i - 1]
        name = role(doc, start, last).text
    elif noun.text[0].isupper() and first.i < noun.i:
        proper = [
            t
            for t in doc[first.i : noun.i + 1]
            if (t.text[:1].isupper() or t.is_punct) and t.dep_ != "det"  # not "The" opening
        ]
        if len(proper) != noun.i - proper[0].i + 1:
            proper = _capitals_ending(doc, noun) or proper  # "the so-called Lusaka Agreement", "the
            # landmark Paris Agreement": the proper name is the capitals the noun ends
        if len(proper) == noun.i - proper[0].i + 1 and len(proper) > 1:
            start = proper[0]
            while (
                start.i >= 2
                and doc[start.i - 1].lower_ == "of"
                and doc[start.i - 2].text[:1].isupper()
                and doc[start.i - 2].pos_ == "PROPN"
            ):  # "the General Security of Military Information Agreement"
                start = doc[start.i - 2]
                while start.i >= 1 and doc[start.i - 1].pos_ == "PROPN":
                    start = doc[start.i - 1]
            name = role(doc, start, noun).text
            first = min(first, start, key=lambda t: t.i)
    elif (short := _apposed(noun, first)) is not None and not within(short[0], quotes):
        # "NAFTA, a 1994 agreement"; "the Joint Comprehensive Plan of Action, the 2015 deal"
        name = role(doc, *short).text
    if (
        verb is None
        and (name is not None or _known_text(role(doc, first, last).text))
        and anchor.dep_ == "nsubj"
        and anchor.head.pos_ == "VERB"
    ):  # "The INF Treaty banned missiles", "the New START treaty … limits": it acts, no topic
        verb_text = anchor.head.text
    else:
        verb_text = verb.text if verb is not None else ""
    return AgreementFrame(
        paragraph=paragraph,
        type=type_,
        noun=role(doc, first, last),
        verb=verb_text,
        status=status,
        parties=(
            *(
                _after_dateline(doc, _party_role(doc, p, quotes))
                for p in parties
                if not within(p, quotes) and p.i >= _dateline_end(doc)
            ),
            *sides,
        ),
        value=value,
        subject=subject_text,
        name=name,
    )


LEADING = forms("lead", "bring", "guide", "steer", "coax", "nudge", "shepherd", "usher")
"""Verbs of a third party moving others "to" an agreement ("Annan led the two sides to a
power-sharing agreement"): the one who leads is a mediator, those led are the sides."""
TOWARDS = frozenset("to toward towards into".split())
OFFICE_GIVING = forms("make", "name", "appoint", "install")
"""Verbs of an agreement's clause that give its sides their offices ("a power-sharing
agreement that made Kibaki president and his rival Odinga prime minister")."""


def _led_to(verb: Token, anchor: Token) -> list[Token]:
    """The objects of a verb of leading whose "to" object is the agreement ("led the two
    sides to a deal", "brought Kibaki and Odinga to an agreement"): the sides, led there by
    the verb's subject, a mediator (GOLD: a mediator is no party)."""
    if (
        verb.lower_ not in LEADING
        or anchor.dep_ != "pobj"
        or anchor.head.lower_ not in TOWARDS
        or anchor.head.head.i != verb.i
    ):
        return []
    return list(children(verb, "dobj"))


def _mediating(verb: Token) -> bool:
    """A verb whose subject came to mediate ("Flown in to mediate the crisis, Annan led …",
    "Sent to broker a truce, Egypt secured …"): its subject is the mediator, no party."""
    return any(
        t.lower_ in BROKER and t.pos_ == "VERB" and infinitive(t)
        for c in children(verb, "advcl")
        for t in c.subtree
    )


def _offices_given(doc: Doc, anchor: Token) -> list[Role]:
    """The proper names a relative clause of office-giving names ("… agreement that made Mwai
    Kibaki president and his rival Raila Odinga prime minister"), up to the sentence's end or
    a semicolon: the sides the agreement shares power between. Whole runs of proper nouns,
    read from the text: the parse scatters them across the clause and the verb above it."""
    found: list[Role] = []
    for clause in children(anchor, "relcl"):
        if clause.lower_ not in OFFICE_GIVING or not any(
            c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children
        ):
            continue
        run: list[Token] = []
        for t in [*doc[clause.i + 1 : clause.sent.end], None]:
            if t is not None and t.text == ";":
                t = None
            if t is not None and t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME"):
                run.append(t)
                continue
            if run:
                found.append(role(doc, run[0], run[-1]))
            run = []
            if t is None or t.text == ";":
                break
    return found


def _dateline_end(doc: Doc) -> int:
    """Where a dateline the importer left ends ("DOHA, Feb 11 –", "KHARTOUM -", "NAIROBI,
    Kenya —": a place in capitals opening the paragraph, then a dash within a few words), or
    0: its place is where the story was written, no party (the importer strips only datelines
    that name an agency)."""
    i = 0
    while i < len(doc) and doc[i].is_alpha and doc[i].is_upper and len(doc[i]) > 1:
        i += 1
    if i == 0:
        return 0
    for j in range(i, min(len(doc), i + 6)):
        if doc[j].text in DASHES:
            return j + 1
        if doc[j].is_sent_end:
            break
    return 0


def _after_dateline(doc: Doc, phrase: Role) -> Role:
    """A party's phrase without the dateline the parse hung on it ("KHARTOUM -
    Representatives of the Sudanese government …")."""
    opening = _dateline_end(doc)
    if opening == 0 or opening >= len(doc) or phrase.start >= doc[opening].idx:
        return phrase
    start = doc[opening].idx
    return Role(start, phrase.end, phrase.text[start - phrase.start :])


def _capitals_ending(doc: Doc, noun: Token) -> list[Token]:
    """The unbroken run of capitalised words a capitalised agreement noun ends, after a
    lower-case word ("the so-called Lusaka Agreement" -> "Lusaka Agreement"); a hyphen
    counts only between two capitalised words ("Egypt-Israel Peace Treaty"). None after
    anything else ("People's Trade Treaty": the possessive is part of the name)."""
    run = [noun]
    i = noun.i - 1
    while i >= 0:
        t = doc[i]
        dash = t.text in DASHES and i > 0 and doc[i - 1].text[:1].isupper()
        if t.dep_ == "det" or not (dash or (t.text[:1].isupper() and not t.is_punct)):
            break
        run.insert(0, t)
        i -= 1
    while run and run[0].text in DASHES:
        run.pop(0)
    before = doc[run[0].i - 1] if run and run[0].i > 0 else None
    if before is None or not (before.is_alpha and before.is_lower):
        return []  # "People's Trade Treaty": a possessive, part of the name, keeps it whole
    return run


def _party_role(doc: Doc, token: Token, quotes: list[tuple[int, int, bool]]) -> Role:
    """A party's phrase: its subtree, but only the unbroken run of it around the token when
    the parse hangs words from far off on it ("The agreement was signed in the presence of the
    Emir …, President Omar Al Bashir and …": the witnesses parsed under "agreement", whose
    subtree then spans the whole sentence and named them all its parties)."""
    tokens = sorted(t.i for t in token.subtree)
    if tokens[-1] - tokens[0] + 1 == len(tokens):
        return subtree_role(doc, token, quotes)
    first = last = token.i
    inside = set(tokens)
    while first - 1 in inside:
        first -= 1
    while last + 1 in inside:
        last += 1
    while last > first and doc[last].is_punct:
        last -= 1
    return role(doc, doc[first], doc[last])


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


PASSIVE_MAKING = forms("make", "broker", "mediate")
"""Verbs besides those of signing that make an agreement when the agreement is their passive
subject ("agreements that have been made with the United States", "a truce brokered by")."""

WILL = frozenset("will shall".split())


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


def _made_passive(anchor: Token) -> list[Token]:
    """The agreement noun's passive relative clauses that say it was made: "that was signed
    by", "which was reached between", "that have been made with"; not one to be made ("that
    will be signed by", "which could be reached") nor one denied ("that was never signed")."""
    return [
        clause
        for clause in children(anchor, "relcl")
        if (AGREEMENT_VERBS.get(clause.lower_) == "signed" or clause.lower_ in PASSIVE_MAKING)
        and any(
            c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in clause.children
        )  # the agreement is what the clause's verb made: "that was signed"
        and not _denied_verb(clause)
        and not any(c.dep_ == "aux" and c.lower_ in WILL for c in clause.children)
    ]


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


PHASES = frozenset("one two 1 2".split())
"""Numbers after "phase" that name a stage of a deal ("the phase one trade deal")."""
DASHES = frozenset("- – —".split())


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


RELATIONS = frozenset("relations ties".split())
"""What an agreement establishes or normalises between its parties ("a deal establishing
diplomatic relations between Bahrain and Israel")."""


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


ENDED = frozenset("over ended void dead finished null".split())
"""Words that make a truce declared one ended ("declared the truce over")."""
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


DUTIES = frozenset(
    "commitment commitments obligation obligations duties duty pledges rights".split()
)
"""What a party has under an agreement ("its commitments under the 2015 nuclear deal")."""


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


OPINION = forms(
    "question",
    "criticise",
    "criticize",
    "praise",
    "oppose",
    "support",
    "welcome",
    "defend",
    "doubt",
    "hail",
    "slam",
    "blast",
    "denounce",
    "dismiss",
    "mock",
    "attack",
    "reject",
    "comment",
    "call",
    "describe",
    "condemn",
    "label",
    "tout",
    "cite",
    "mention",
    "debate",
    "compare",
    "liken",
)
"""Verbs of a view on an agreement, whose subject is no party to it ("Trump has questioned
the NATO treaty", "MPs rejected the agreement")."""


ASKERS = forms(
    "call", "press", "push", "appeal", "urge", "plead", "lobby", "ask", "encourage",
    "persuade", "invite", "pressure",
)  # fmt: skip
"""Verbs of asking someone else to act ("called on X to implement", "urged X to sign")."""


def _asked(verb: Token) -> Token | None:
    """Who a verb of asking asks to make or keep an agreement ("SADC leaders called on the
    three principals to implement the Global Political Agreement", "urged Kiir to sign the
    deal"): those asked act under it, not the one who asks, whom ``subject`` would climb to
    (GOLD: a body that only calls for a deal is no party). None where no one is asked."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "called on X to resolve … and implement the agreement"
    infinitive = verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    )  # the parse hangs "to implement" either way
    if not infinitive or verb.head.lower_ not in ASKERS:
        return None
    for c in verb.head.children:
        if c.dep_ == "dobj" and c.i < verb.i:
            return c
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i < verb.i:
            objects = list(children(c, "pobj"))
            if objects:
                return objects[0]
    return None


def _asked_for(noun: Token) -> bool:
    """An unnamed agreement someone is only asked to make or keep ("the EU urged Serbia and
    Kosovo to sign the agreement", "called on the rebels to respect the truce"): none is made
    there, and the asker is no party (GOLD). A named one ("called on them to implement the
    Global Political Agreement") stays, its parties those asked (``_asked``)."""
    if any(c.pos_ == "PROPN" for c in noun.subtree):
        return False
    verb = _governing_verb(noun)
    return verb is not None and _asked(verb) is not None


def _accused(verb: Token) -> Token | None:
    """The one said to have done what the verb says: "accused South Korea of violating"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        return next(children(verb.head.head, "dobj"), None)
    return None


def _reporter(pronoun: Token) -> Token | None:
    """Who "it" or "they" is in a reported clause: the one reporting ("Iran said it would
    stop complying with the deal")."""
    clause = pronoun.head
    while clause.dep_ in ("xcomp", "advcl", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    who = subject(clause.head, depth=1)
    return who if who is not None and who.tag_ not in ("PRP", "WP", "WDT") else None


def _doer(verb: Token) -> Token | None:
    """The subject of the clause a verb of agreeing hangs from when the parse attaches that
    clause loosely ("Poland leased …, then agreed with Saab to open …": ``dep``; "was able to
    negotiate": ``acomp``)."""
    token = verb
    for _ in range(4):
        who = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if who is not None:
            return who
        if token.dep_ not in ("xcomp", "advcl", "conj", "dep", "acomp") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _gathering(noun: Token) -> bool:
    """A convention people attend, hold or are at is a gathering, not a treaty; so is a
    party's or a nation's convention ("the 2020 Democratic National Convention")."""
    verb = _governing_verb(noun)
    return (
        (noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "after", "before", "since"))
        or (verb is not None and verb.lower_ in GATHER)
        or any(t.text in ("National", "Party", "Republican", "Democratic") for t in noun.lefts)
    )


def _programme(noun: Token) -> bool:
    """ "The New Deal", "the Green New Deal": a programme of government named a deal, no
    agreement between parties."""
    before = noun.doc[noun.i - 1] if noun.i else None
    return noun.text == "Deal" and before is not None and before.text == "New"


def _amount(noun: Token) -> bool:
    """ "A great deal of films", "a good deal more": the idiom of quantity, not a bargain
    ("a good deal for Britain" is one)."""
    after = noun.doc[noun.i + 1].lower_ if noun.i + 1 < len(noun.doc) else ""
    return any(c.dep_ == "amod" and c.lower_ in ("great", "good") for c in noun.children) and (
        after in ("of", "more", "less", "better", "worse") or noun.dep_ == "npadvmod"
    )


def _of_a_company(noun: Token) -> bool:
    """An acquisition names what is bought, and it is an organisation ("the acquisition of
    Mellanox", "Nvidia's purchase of Mellanox"), or a name a firm buys ("Google's acquisition
    of Fitbit", "Microsoft completed its purchase of Activision Blizzard"); not a country or
    goods."""
    if _completed_purchase(noun):
        return True  # "completed its purchase of Activision Blizzard", read as a person
    if noun.lower_ == "merger" and len(_firms_merging(_merger_sides(noun))) >= 2:
        return True  # "a merger between Rosneft and Gazprom", "Sprint's merger with T-Mobile"
    bought = list(preposition_objects(noun, "of"))
    if any(o.ent_type_ == "GPE" for o in bought):
        return False
    if any(t.ent_type_ == "ORG" for o in bought for t in o.subtree):
        return True
    return any(_firm_name(o) for o in bought) and _firm(_buyer(noun))


def _completed_purchase(noun: Token) -> bool:
    """A purchase its buyer completes, of one proper name ("Microsoft completed its purchase
    of Activision Blizzard", "Musk completed his takeover of Twitter"): only a business is
    bought and completed so, whatever the recogniser took the name for; not a place, goods or
    a date ("completed its purchase of 32 F-35 jets")."""
    verb = _governing_verb(noun)
    if verb is None or verb.lower_ not in COMPLETE or _denied_verb(verb):
        return False
    if not (any(c.dep_ == "poss" for c in noun.children) or _buyer(noun) is not None):
        return False  # "its purchase", "the takeover of Twitter by Musk": a buyer's
    return any(
        o.pos_ == "PROPN"
        and o.text[:1].isupper()
        and o.ent_type_ not in ("GPE", "LOC", "FAC", "PRODUCT", "DATE", "NORP", "MONEY")
        and o.left_edge.lower_ not in ("a", "an")
        and place_kind(_proper_span(o).text) is None  # "completed their takeover of Goma"
        for o in preposition_objects(noun, "of")
    )


def _merger_sides(noun: Token) -> list[Token]:
    """The sides a merger names: "between" A and B, or its owner and its "with"."""
    between = list(preposition_objects(noun, "between"))  # with their conjuncts
    owner = [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        verb = _governing_verb(noun)  # "Dow and DuPont completed their merger"
        who = subject(verb, depth=2) if verb is not None else None
        owner += [who, *conjuncts(who)] if who is not None else []
    return between + owner + list(preposition_objects(noun, "with"))


PROMISE = forms("vow", "pledge", "promise", "threaten")


def _promised_exit(noun: Token) -> bool:
    """An unnamed agreement ("the treaty", "the deal") one only would leave or vows to leave
    ("would withdraw the United States from the treaty if elected", "vowed to pull out of the
    deal"): a campaign pledge about an agreement the phrase does not name makes no agreement
    and names none, and its speaker is no party (GOLD). A named one stays ("would withdraw
    from the Paris Agreement": a page for that treaty)."""
    if any(c.pos_ == "PROPN" for c in noun.subtree) or not any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children
    ):
        return False
    verb = _governing_verb(noun)
    if verb is None or AGREEMENT_VERBS.get(verb.lower_) != "withdrawn":
        return False
    return _hypothetical(verb) or (verb.dep_ == "xcomp" and verb.head.lower_ in PROMISE)


def _pledged(verb: Token) -> bool:
    """A verb only vowed, pledged or promised, through "to" verbs ("has vowed to renegotiate
    NAFTA", "promised to rejoin the Paris Agreement", "pledged to sign a treaty"): a campaign
    pledge, which neither makes an agreement nor makes its maker a party to one (GOLD counts
    no planned occurrence)."""
    while infinitive(verb) and verb.dep_ in ("xcomp", "ccomp"):
        verb = verb.head
        if verb.lower_ in PLEDGE and verb.pos_ == "VERB":
            return True
    return False


PLEDGE = forms("vow", "pledge", "promise")
"""Verbs of a pledge; not "threaten": "Trump had threatened to pull out of NAFTA" is a leader
about a treaty his state is in, not a candidate's promise."""


def _hypothetical(verb: Token) -> bool:
    return any(
        (c.dep_ in ("aux", "auxpass", "mark") and c.lower_ in HYPOTHETICAL) for c in verb.children
    )


def _denied(noun: Token) -> bool:
    """An agreement the sentence says does not exist: "no deal", "without a deal", or the
    object of a negated verb ("failed to", "did not sign")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    if noun.dep_ == "pobj" and "without" in (
        noun.head.lower_,
        *(c.lower_ for c in noun.head.children),
    ):
        return True  # "leave with or without a deal"
    verb = _governing_verb(noun)
    if verb is not None and verb.dep_ == "xcomp" and verb.head.lower_ in FAILING:
        # "she was unable to negotiate a Brexit deal"; not "failed to implement the plan it
        # signed", which was made
        return not _signed_in_clause(noun)
    if verb is not None and verb.dep_ == "ccomp" and verb.head.lower_ in DENYING:
        return True  # "denied that he made any specific deal about the Bidens"
    if verb is not None and verb.lower_ in KEPT_UP and _definite(noun):
        return False  # "the Global Political Agreement has never been fully implemented"
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


KEPT_UP = forms("implement", "honour", "honor", "respect", "uphold", "observe", "enforce")
"""Verbs of keeping an agreement that exists: negated, they deny that it is kept, not that it
was made ("the agreement has never been implemented", "Russia did not honour the treaty")."""


def _definite(noun: Token) -> bool:
    """An agreement named or told as known ("the Global Political Agreement", "its treaty"),
    not one introduced ("a deal", "any agreement")."""
    return noun.pos_ == "PROPN" or any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no")
        for c in noun.children
    )


DEMAND = forms("call", "press", "push", "appeal", "urge", "plead", "lobby", "demand", "ask")
"""Verbs of asking for a deal not made ("called for a ceasefire", "urged a truce")."""


def _demanded(noun: Token) -> bool:
    """A new agreement someone asks or presses for ("called for an immediate ceasefire between
    Israel and Hamas", "will continue to press for a ceasefire"): none yet, whoever it would
    be between. Not a named one ("called for the NPT to be kept"), nor "the ceasefire"."""
    verb = _governing_verb(noun)
    if verb is None or verb.lower_ not in DEMAND or noun.pos_ == "PROPN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ not in ("for",):
        return False  # "appealed to the treaty": not asked for
    return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)


DECLARE = forms("declare", "proclaim")
"""Verbs that make a ceasefire or truce, as signing makes a treaty."""
AIM = DEMAND | forms("hope", "aim", "want", "try", "strive", "seek", "intend", "encourage")
"""Verbs whose "to reach a deal" is a deal wished for, not made; not "help", which tells it
was reached."""
EFFORTS = frozenset("talks negotiations efforts effort bid attempt attempts push hopes".split())
"""Nouns whose "to reach a deal" is what they are for ("negotiations to reach a deal")."""


def _sought(noun: Token) -> bool:
    """A new agreement someone aims, hopes or is urged to reach, or that talks are to reach
    ("will urge Olmert and Abbas to reach a peace agreement by the end of the year",
    "negotiations to reach an historic peace agreement"): none made yet. Not one reached
    ("helped them reach a deal") nor "the deal" told of before."""
    verb = _governing_verb(noun)
    if verb is None or AGREEMENT_VERBS.get(verb.lower_) != "signed" or noun.pos_ == "PROPN":
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return False
    if not infinitive(verb):
        return False  # "reached a deal to end the war": reached
    return (verb.dep_ == "xcomp" and verb.head.lower_ in AIM) or (
        verb.dep_ == "acl" and verb.head.lower_ in EFFORTS
    )


HOPING = forms("hope", "plan", "expect", "intend", "aim", "wish")
"""Verbs whose "to" verb is only hoped, planned or expected ("hopes to land a deal", "expected
Nippon to agree"); not "want", whose deals ``_one_sided`` and ``_sought`` read."""
PLANNING = forms("plan", "intend")
"""Verbs whose object is a deal planned, not made ("plans a joint venture with HAL"); not
"expect", whose object may be a deal told of ("analysts expect a merger between Rosneft and
Gazprom" names its sides)."""
PATHS = frozenset("way path road route step steps".split())
"""Nouns whose "to a deal" is a deal wished for ("the best way to a peace deal")."""


def _wished(verb: Token) -> bool:
    """A verb that is only hoped, planned or expected to happen: the "to" verb of a verb of
    hoping, through other "to" verbs ("hopes to land a deal", "had expected Nippon to agree
    to a price rise", "expect to seal a final agreement")."""
    while infinitive(verb) and verb.dep_ in ("xcomp", "ccomp"):
        verb = verb.head
        if verb.lower_ in HOPING and verb.pos_ in ("VERB", "AUX"):
            return True
    return False


def _hoped(noun: Token) -> bool:
    """A new deal someone only hopes for, plans, expects or pledges ("Snecma plans a joint
    venture with HAL", "MG Rover hopes to land a deal with SAIC", "the best way to a peace
    deal", "pledged to sign a treaty banning nuclear weapons if elected"): no
    agreement yet, as GOLD counts none for a planned occurrence. Not one told of before ("the
    deal", "its merger": "Federated expects the merger to boost earnings") nor a name."""
    if (
        noun.pos_ == "PROPN"
        or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        or _told_made(noun)
    ):
        return False
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("to", "towards", "toward")
        and noun.head.head.lower_ in PATHS
    ):
        return True
    verb = _governing_verb(noun)
    if verb is None:
        return False
    return (verb.lower_ in PLANNING and verb.pos_ == "VERB") or _wished(verb) or _pledged(verb)


POSSIBLE = frozenset("possible potential mooted rumoured rumored hypothetical".split())
"""Adjectives that make a deal one that may happen, not one made ("the possible takeover of
the LSE", "a potential takeover"); not "proposed", which GOLD keeps as a deal put forward
("May's proposed Brexit deal", status "proposed")."""


ELUSIVE = frozenset("elusive".split())
"""Adjectives of a deal sought and not reached ("an elusive power-sharing deal")."""


def _possible(noun: Token) -> bool:
    """A deal the text calls only possible, potential, mooted or rumoured ("Deutsche Boerse's
    supervisory board has approved the possible takeover of the LSE", "settle a disagreement
    over a potential takeover"): none made, whatever is done about it (agreements38). Not a
    name, and not one a clause of its own tells was made (``_told_made``)."""
    if noun.pos_ == "PROPN" or _told_made(noun):
        return False
    if any(c.dep_ == "amod" and c.lower_ in ELUSIVE for c in noun.children) and not _made(noun):
        return True  # "pave the way for an elusive power-sharing deal between Fatah and Hamas":
        # sought, not reached; "the elusive deal was finally signed" was made
    return any(c.dep_ == "amod" and c.lower_ in POSSIBLE for c in noun.children)


SCHEDULING = frozenset("set poised about due".split())
"""Words whose "to" verb is still to come ("are set to sign a maritime deal on Monday",
"poised to sign", "about to conclude", "a peace deal is due to be signed"): read only of a
new deal's signing, so "due to merge" (a merger agreed, still to complete: agreements38)
and "due to complete its acquisition" stay."""
TALKING = forms("negotiate", "discuss", "seek")
"""Verbs of a deal still being talked of: "are negotiating an agreement", "agreed to
negotiate a new trade agreement" tell of none yet; "negotiated a deal" (past) of one
made and put forward, status proposed."""
NEARLY = frozenset("close near closer nearer".split())
"""Words of a deal nearly but not yet made ("close to striking a deal", "close to a peace
agreement")."""
FUTURE = frozenset("will shall 'll wo".split())


def _scheduled(noun: Token) -> bool:
    """A new deal whose making the sentence tells is still to come: "Turkey and Libya are set
    to sign a maritime deal on Monday", "Sony and Samsung are to sign a deal", "Germany will
    sign an energy agreement with Qatar", "Barclays is close to striking a deal with Absa",
    "were close to a peace agreement", "are negotiating an agreement", "a peace deal is due to
    be signed". No agreement yet, as GOLD counts none for a planned occurrence (and as "are
    expected to sign", ``_hoped``). Not "the deal" told of before, a name, nor one a clause of
    its own tells was made (``_told_made``)."""
    if (
        noun.pos_ == "PROPN"
        or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        or _told_made(noun)
    ):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ in NEARLY:
        return True  # "close to a peace agreement"
    if noun.dep_ in ("nsubj", "nsubjpass"):
        heads = [noun.head, *(c for c in noun.head.children if c.dep_ == "acomp")]
        if any(
            h.lower_ in SCHEDULING
            and any(AGREEMENT_VERBS.get(x.lower_) == "signed" for x in children(h, "xcomp"))
            for h in heads
        ):
            return True  # "a peace deal is due to be signed in Juba on Saturday"
    verb = _governing_verb(noun)
    if verb is not None and verb.lower_ in TALKING and verb.tag_ in ("VB", "VBG", "VBP", "VBZ"):
        return True  # "Serbia and Kosovo are negotiating an agreement on relations"
    if verb is None or AGREEMENT_VERBS.get(verb.lower_) != "signed":
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        return True  # "will sign an energy agreement"
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "to" and head.head.lower_ in NEARLY:
        return True  # "close to striking a deal"
    return (
        infinitive(verb)
        and verb.dep_ == "xcomp"
        and (head.lower_ in SCHEDULING or (head.lemma_ == "be" and head.pos_ in ("AUX", "VERB")))
    )  # "are set to sign", "are about to conclude", "are to sign"


FORMING = forms("form", "create", "broker", "mediate")
"""Verbs of making a joint venture or a deal between others ("a joint venture formed in
2001"), beside ``AGREEMENT_VERBS`` that sign or ratify one."""


def _told_made(noun: Token) -> bool:
    """A deal a clause of its own says was made ("a joint venture with Gazprom formed in
    2001", "an agreement it signed with the UGT union in 2003", "a ceasefire agreement reached
    in November"): real even when someone only hopes or plans to build on it (fix74)."""
    for clause in children(noun, "acl", "relcl"):
        word = clause.lower_
        if (
            not (AGREEMENT_VERBS.get(word) in ("signed", "ratified") or word in FORMING)
            or infinitive(clause)
            or _denied_verb(clause)
        ):
            continue
        if clause.tag_ == "VBD" or (
            clause.tag_ == "VBN"
            and (
                clause.dep_ == "acl"
                or any(
                    c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in clause.children
                )
            )
        ):
            return True
    return False


DENYING = forms("deny")
"""Verbs whose "that" clause did not happen, as the speaker tells it."""
FAILING = frozenset("unable fail failed fails failing refused refuse refuses".split())
"""Words whose "to" verb did not happen ("unable to negotiate a deal")."""
HESITATING = forms("hesitate")
"""Words whose denial is a doing: "did not hesitate to buy the firm"."""


BATCHES = frozenset("series number set package raft host batch string slew couple".split())
"""Nouns of a batch that hold agreements "of" them: "signed a series of cooperative
agreements", "a number of accords were signed"."""


def _batched(noun: Token) -> Token:
    """The batch noun agreements hang from ("a series of cooperative agreements"), where the
    batch is a verb's object; else the noun itself."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return noun  # the common case first: no token made for the batch
    batch = noun.head.head
    return batch if batch.lower_ in BATCHES and batch.dep_ in ("dobj", "nsubjpass") else noun


def _governing_verb(noun: Token) -> Token | None:
    """The verb the agreement is the object of: "signed a deal", "withdrew from the treaty",
    "the pact was ratified"; the batch's verb for agreements of a batch ("signed a series of
    agreements")."""
    noun = _batched(noun)  # "a series of agreements" signed: the series is the object
    head = noun.head
    if noun.dep_ == "pobj":
        if head.lower_ in GROUNDS:
            return None  # "expelled the Libyan ambassador over the agreement": not its party
        agreeing = _agreeing(head.head) if head.lower_ == "in" else None
        if agreeing is not None:
            return agreeing  # "Israel and Bahrain agreed to normalise relations in a deal"
        if _stays_in(noun):
            return head.head  # "Iran said it would remain in the Non-Proliferation Treaty"
        if head.lower_ in ("in", "under") and head.head.lower_ not in MEMBERSHIP:
            return None  # "In the deal, the sites are to be kept": a clause inside the deal
        head = head.head
    if noun.dep_ in ("dobj", "nsubjpass", "pobj", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and head.lower_ == "out"
        and head.head.pos_ == "VERB"
    ):  # "pull the country out of the agreement"
        return head.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "from", "to", "of")
        and head.pos_ == "NOUN"
        and head.lower_ in MEMBERSHIP
        and head.dep_ in ("dobj", "nsubjpass")
        and head.head.pos_ in ("VERB", "AUX")
    ):  # "suspended its participation in the treaty", "announced its withdrawal from the pact"
        return head.head
    return None


STAY = forms("remain", "stay")
"""Verbs of staying a member "in" a treaty ("would remain in the NPT")."""


def _stays_in(noun: Token) -> bool:
    """A treaty named by its proper name that a state stays in ("remain in the Nuclear
    Non-Proliferation Treaty", "stay in the NPT"): its membership, so its subject a party;
    not what stays in a deal unnamed ("the clause remains in the deal")."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "in"
        and head.head.pos_ == "VERB"
        and head.head.lower_ in STAY
        and (noun.pos_ == "PROPN" or noun.text in KNOWN_SHORT_NAMES)
        and noun.text[:1].isupper()
    )


def _agreeing(verb: Token) -> Token | None:
    """The verb of agreeing a deal "in" which something is agreed hangs from: "agreed in a
    deal", "agreed to normalise relations in a deal", "signed with AEW in a deal"."""
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "agreed to normalise relations in a deal": what was agreed
    elif verb.dep_ == "pobj" and verb.head.lower_ in ("with", "of") and verb.pos_ != "VERB":
        traded = verb.head.head  # "supply Japan Airlines with 50 planes in a deal"
        if traded.dep_ == "pobj" and traded.head.lower_ == "with":
            traded = traded.head.head  # "with up to 50 of its planes in a deal"
        if traded.pos_ == "VERB" and (traded.lower_ in SUPPLY or _orders_goods(traded)):
            return traded
    if (
        verb.pos_ == "NOUN"
        and verb.lower_ in AGREED_TO
        and verb.dep_ == "pobj"
        and verb.head.lower_ == "to"
        and verb.head.head.lower_ in AGREE
    ):
        return verb.head.head  # "MCI agreed to a buyout by Verizon in a deal valued at …"
    if verb.dep_ == "xcomp" and verb.head.lower_ in AGREE:
        verb = verb.head
    if _placed_orders(verb):
        return verb  # "placed an order for 70 Boeing planes, in a deal valued at $4bn"
    if verb.pos_ == "VERB" and (_orders_goods(verb) or verb.lower_ in SUPPLY or verb.lower_ in PAY):
        return verb  # "ordered 30 planes in a $1.8bn deal", "paid $33bn for Anadarko in a deal"
    return verb if verb.lower_ in AGREE or verb.lower_ in SIGN else None


def _orders_goods(verb: Token) -> bool:
    """An order of goods, counted or of a maker's name ("ordered 30 planes", "ordered Airbus
    jets"), whose deal is the buyer's and the maker's; not an order given ("ordered an
    inquiry in a deal with the opposition", "ordered troops to withdraw")."""
    if verb.lower_ not in ORDER:
        return False
    if _makers(verb):
        return True  # "ordered parts from Rolls-Royce"
    return any(
        o.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")  # "ordered 30 days of detention"
        and (
            o.like_num
            or o.ent_type_ == "PRODUCT"
            or any(
                c.dep_ == "nummod"
                or (
                    c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PRODUCT")
                )
                for c in o.children
            )
        )
        for o in children(verb, "dobj")
    )


def _placed_orders(verb: Token) -> list[Token]:
    """The orders a verb places ("placed an order for 70 Boeing 737-800 planes"): an ordering
    of goods as "ordered 70 planes" is."""
    if verb.pos_ != "VERB" or verb.lower_ not in PLACE:
        return []
    return [o for o in children(verb, "dobj") if o.lower_ in ORDERS]


def _ordered_makers(order: Token) -> list[Token]:
    """The makers named in the goods of an order ("an order for 70 Boeing 737-800 planes")."""
    return [
        t
        for goods in preposition_objects(order, "for")
        for t in goods.subtree
        if t.dep_ in ("compound", "nmod") and t.ent_type_ == "ORG" and t.pos_ == "PROPN"
    ]


def _makers(verb: Token) -> list[Token]:
    """The firms goods are ordered "from" ("ordered 20 jets from Boeing"), the "from" hung
    on the verb or on the goods."""
    return [
        o
        for h in (verb, *children(verb, "dobj"))
        for o in preposition_objects(h, "from")
        if o.ent_type_ == "ORG" and o.pos_ == "PROPN"
    ]


TERMS = frozenset("terms provisions rules conditions".split())
"""What one acts under that is an agreement's ("under the terms of the agreement")."""
GROUNDS = frozenset("over against despite amid about".split())
"""Prepositions of an agreement one acts over or against ("expelled the ambassador over the
deal", "protested against the pact"): the act's subject opposes it and is no party."""
ANAPHORA = ("the ", "this ", "that ", "its ", "their ")
BOUND = frozenset(AGREEMENT_VERBS) | forms("trigger", "invoke", "violate", "breach")
"""Verbs whose subject, in a clause about an agreement, is a party to it ("the agreement May
negotiated", "Article 50, which the UK triggered")."""
SIGNATORIES = frozenset("party parties signatory signatories member members".split())
"""Nouns for those bound by an agreement ("parties to the agreement")."""
MEMBERSHIP = frozenset("participation membership accession withdrawal exit role".split())
"""Nouns of taking part in an agreement, whose verb is the agreement's ("suspended its
participation in the treaty")."""
GENERIC = frozenset({"deal", "agreement"})
"""Agreement types a more precise one (an acquisition, a licence) may be spoken of as."""


def propose_agreements(context: Context, frames: Sequence[AgreementFrame]) -> list[Proposal]:
    """One proposal per agreement phrase that names a party, has a name, or refers back
    ("the deal", "the 1987 agreement") to an agreement named earlier in the article, whose
    type, name, date and parties it takes, so that both make one page."""
    out: list[Proposal] = []
    seen: list[tuple[Proposal, list[str]]] = []  # every agreement phrase so far, proposed
    # or not, with the words of every phrase that named it ("a new Brexit deal", "the deal")
    frames = sorted(frames, key=lambda f: (f.paragraph, f.noun.start))
    phrases = Counter((f.paragraph, f.noun) for f in frames)  # one phrase, several
    # agreements: "agreements with China and Russia" (``_each_partner``), each its own
    actors = [m for m in context.mentions if m.entity.startswith("actors/")]
    named_ids = {m.entity.split("/", 1)[1] for m in actors}
    names = _names_longest_first(actors)
    brokers = _brokers(context, actors)
    partnered = {  # phrases of several agreements one of which has its partner named
        (f.paragraph, f.noun): True
        for f in frames
        if phrases[f.paragraph, f.noun] > 1 and context.actors_in(f.paragraph, f.parties[-1:])
    }
    for frame in frames:
        own = context.actors_in(frame.paragraph, [frame.noun])
        parties = context.actors_in(frame.paragraph, frame.parties)
        parties += tuple(a for a in own if a not in parties)
        parties += tuple(a for a in context.adjective_actors(frame.parties) if a not in parties)
        parties += tuple(a for a in _sides(context, frame) if a not in parties)
        parties += tuple(a for a in _capitals(context, frame) if a not in parties)
        parties += tuple(a for a in _peoples(context, frame) if a not in parties)
        if not parties:
            parties = tuple(_described_owner(context, frame, names))
        parties += tuple(a for a in _named_within(context, frame, names) if a not in parties)
        itself = _itself(actors, frame)  # "the Oslo Accords" read as a body's name
        itself |= _brokers_within(context, frame)  # "the Annan-brokered deal": no party
        if phrases[frame.paragraph, frame.noun] > 1:  # one of several: not the others' partners
            itself |= _other_partners(context, frame, frames)
        own = tuple(a for a in own if a not in itself)
        parties = tuple(a for a in parties if a not in itself)
        parties += tuple(a for a in _known_parties(named_ids, frame) if a not in parties)
        signers = _signers(context, frame)  # "Egypt and Israel signed a gas deal": Egypt's,
        # though Egypt brokered the truce the article tells of too
        parties = tuple(a for a in parties if a not in brokers or a in signers)  # a mediator
        # is no party
        described = _firms_nationality(context, frame)  # "acquisition of US firm ISG"
        described |= _parents(context, frame)  # "Alphabet Inc.'s Google has closed a deal"
        parties = tuple(a for a in parties if a not in described)
        mention = context.mention(frame.paragraph, frame.noun)
        if mention is None or _glued_sides(context, frame):
            continue
        type_ = frame.type
        date = _own_date(context, frame, mention.sentence)
        name = frame.name or (None if own else _place_name(frame.noun.text))
        same, chain, linked = None, _head(frame.noun.text), False
        told = [  # not another of its own phrase ("the contracts they signed": one each)
            e
            for e in seen
            if (e[0].mention.paragraph, e[0].mention.start) != (frame.paragraph, mention.start)
        ]
        known = _known(frame)
        if known is not None:  # "the INF Treaty", "the Intermediate-Range Nuclear Forces
            name, type_ = known[0], known[1]  # Treaty": one name, so one page
        elif type_ in GENERIC and not _short(frame):
            same = _specific(context, frame, frames, mention.sentence, out, parties)
        if same is not None:  # "a deal whereby HDT acquired Hirtenberger"; "the deal" after it
            linked = True
            type_, name = same.type, same.name or name
            date = (same.date, same.date_text) if same.date else date
            parties = tuple(dict.fromkeys((*same.agents, *parties)))
        elif (
            known is None
            and (
                found := _apposition(context, frame, told) or _antecedent(frame, told, own, date[0])
            )
            is not None
        ):
            earlier, before = found
            linked = True  # told of before: its parties are the earlier phrase's
            chain = [*before, *chain]
            type_, name = earlier.type, earlier.name or name
            date = (earlier.date, earlier.date_text) if earlier.date else date
            parties = tuple(dict.fromkeys((*earlier.agents, *parties)))
            # "a pact with Japan, the General Security of Military Information Agreement"
            # names the pact; "NAFTA, a 1994 agreement" gives the party-less "North American
            # Free Trade Agreement" its parties: so that both are one page
            # (its own parties stay its signing's or withdrawal's: "the United States
            # withdrew from the treaty", not Reagan and Gorbachev who signed it)
            better = replace(earlier, name=name, agents=earlier.agents or parties)
            if better != earlier and earlier in out:
                out[out.index(earlier)] = better
            if not parties:
                seen.append((better, chain))
                continue  # "the agreement" after a party-less "Paris climate accord": its page
        elif (
            _short(frame)
            and frame.verb.lower() not in AGREEMENT_ONLY
            and frame.name not in KNOWN_SHORT_NAMES
        ):
            continue  # "quit OPEC": an organisation, unless named in full as an agreement
        if not parties and not linked and (_made_there(frame) or frame.type == "ceasefire"):
            parties = tuple(_pair_opening(context, mention.sentence))
        if not parties and not linked and _proper_name(frame):
            parties = tuple(_sentence_sides(context, frame, frames, mention, itself | brokers))
        named = context.named(frame.paragraph, mention.sentence, "agreements/")
        proposal = Proposal(
            kind="agreements",
            type=type_,
            agents=parties,
            patients=(),
            date=date[0],
            date_text=date[1],
            place=None,
            mention=mention,
            article_date=context.article.date,
            value=frame.value,
            subject=frame.subject,
            status=frame.status,
            name=name,
            separate=phrases[frame.paragraph, frame.noun] > 1,
        )
        seen.append((proposal, chain))
        phrase = (frame.paragraph, frame.noun)
        alone = phrases[phrase] > 1 and not context.actors_in(frame.paragraph, frame.parties[-1:])
        if alone and phrase not in partnered:  # no partner of the phrase is an actor: one
            alone, partnered[phrase] = False, True  # page for them all, as for one agreement
        # one of several whose own partner is no actor ("awarded SpaceX and Boeing
        # contracts", SpaceX none): not the others' page again
        if (
            parties
            and not alone
            and not _one_sided(frame, parties)
            and (linked or not _lone_deal(frame, parties))
        ) or named:
            # a name alone ("NAFTA", "the Paris accord" as a topic, "the Brexit deal"): none
            out.append(proposal)
    return out


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
    after Burns, Saran and India) stay as they were."""
    owner = OWNED_BY_SIDES.match(frame.noun.text)
    for r in frame.parties:
        words = owner.group(1) if owner and r.start == frame.noun.start else r.text
        if words.casefold() not in SIDES:
            continue
        here = context.sentence_at(frame.paragraph, r.start)
        two = words.casefold().startswith(("the two ", "both "))
        if words.casefold() in COUNTRIES:
            for sentence in (here, here - 1):
                states = [
                    m
                    for m in _actors_in(context, sentence)
                    if m.entity in context.states and (sentence < here or m.end <= r.start)
                ]
                states = _listed_last(context, states)
                if two and len({m.entity for m in states}) > 2:
                    return []  # "France, Germany and Italy met. The two countries signed"
                if _two_to_four(states):
                    return _two_to_four(states)
        listed = _list_before(context, frame.paragraph, here, r.start)
        if listed:  # "Renault and Nissan said the two firms had signed": its own sentence's
            return listed if not two or len(listed) == 2 else []
        named = [
            m
            for m in _actors_in(context, here - 1)
            if not BROKERED.search(context.article.paragraphs[m.paragraph], 0, m.start)
        ]
        return _two_to_four(named)
    return []


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


BROKERED = re.compile(
    r"\b(?:(?:brokered|mediated)\s+by\s+(?:the\s+)?"
    r"|(?:mediators?|brokers?|go-betweens?|intermediary|intermediaries)\s+)$",
    re.IGNORECASE,
)
"""Words before a broker's name ("a ceasefire brokered by Russia"), or the title of one
("Chief mediator Kofi Annan", "a truce proposed by mediator Egypt"): no side (GOLD)."""


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


KNOWN = tuple(
    (re.compile(pattern), name, type_, ids) for pattern, name, type_, ids in KNOWN_AGREEMENTS
)


def _known(frame: AgreementFrame) -> tuple[str, str, tuple[str, ...]] | None:
    """The known agreement a phrase names (its name, type and parties' ids); none for a verb's
    frame ("agreed to start talks")."""
    if frame.verb and frame.noun.text.startswith(frame.verb):
        return None
    text = f"{frame.name or ''} {frame.noun.text}".casefold()
    for pattern, name, type_, ids in KNOWN:
        found = pattern.search(text)
        if found is None:
            continue
        if OTHER_THAN.search(text, 0, found.start()) or LIKENED.match(text, found.end()):
            return None  # "a new Iran nuclear deal", "a NAFTA-style deal": another one
        return name, type_, ids
    return None


def _known_text(text: str) -> bool:
    """Whether a phrase names a known agreement ("the New START treaty")."""
    return any(pattern.search(text.casefold()) for pattern, *_ in KNOWN)


OTHER_THAN = re.compile(r"\b(?:new|another|successor|replacement)\b")
"""Words before a known agreement's name that make the phrase another agreement ("a new
INF treaty")."""
LIKENED = re.compile(r"\s?-\s?(?:style|like|type)\b")
"""What after a known agreement's name makes the phrase one like it ("a NAFTA-style deal")."""


def _other_partners(
    context: Context, frame: AgreementFrame, frames: Sequence[AgreementFrame]
) -> set[str]:
    """The partners of the other agreements one plural phrase names (``_each_partner``):
    no parties of this one, though its words name them ("signed trade agreements with the
    EU and Canada": Japan and the EU, Japan and Canada)."""
    siblings = [
        f.parties[-1]
        for f in frames
        if f.paragraph == frame.paragraph and f.noun == frame.noun and f is not frame
    ]
    if not siblings:
        return set()
    mine = set(context.actors_in(frame.paragraph, frame.parties[-1:]))
    return set(context.actors_in(frame.paragraph, siblings)) - mine


def _known_parties(named: set[str], frame: AgreementFrame) -> list[str]:
    """The parties of a known agreement the phrase names ("the INF Treaty": the United
    States and Russia), or of the sides a paired adjective names ("the Anglo-Irish
    agreement", "the US–Taliban deal"), that the article names somewhere; none for leaving
    or suspending it, whose doer alone the withdrawal is."""
    leaving = ("withdrawn", "suspended")
    if frame.status in leaving or AGREEMENT_VERBS.get(frame.verb.lower()) in leaving:
        return []  # who leaves it is who the sentence names, not every party it had
    known = _known(frame)
    acted = bool(frame.verb) and frame.verb.lower() not in OPINION
    wanted = list(known[2]) if known is not None and acted else []
    # a known agreement no verb acts on, or one only judged, is named as a topic ("argued
    # over NAFTA", "criticised the Paris accord"): no party stated, so none taken
    wanted += [
        i
        for r in frame.parties
        if not NO_SIDE.match(frame.noun.text, max(0, r.end - frame.noun.start))
        for i in COMBINING_FORMS.get(r.text.casefold(), ())
    ]
    return [i for i in dict.fromkeys(wanted) if i in named]


NO_SIDE = re.compile(r"\s?[-–—]\s?(?:pacific|atlantic|saxon|roman|european|aryan)\b", re.I)
"""What after a combining form makes a region or a culture, not two sides ("an Indo-Pacific
pact", "Anglo-Saxon law")."""


def _itself(actors: Sequence[Mention], frame: AgreementFrame) -> set[str]:
    """Actors that are the agreement's own name, which the recogniser took for a body's
    ("the Oslo Accords" as an organisation), or the place a two-word name is named after
    ("the Minsk agreements", "the Lisbon Treaty": not Belarus or Portugal); not the states a
    longer name joins ("the US-Mexico-Canada Agreement")."""
    name = frame.name or ""
    words = name.split()
    place = (
        words[0]
        if len(words) == 2 and words[-1].casefold() in (*AGREEMENT_NOUNS, *PLURALS)
        else None
    )
    founded = name.split(" Statute of ", 1)[1] if " Statute of " in name else ""
    return {
        m.entity.split("/", 1)[1]
        for m in actors
        if m.paragraph == frame.paragraph
        and frame.noun.start <= m.start
        and m.end <= frame.noun.end
        and (
            m.text.split()[-1].casefold() in (*AGREEMENT_NOUNS, *PLURALS)
            # the body a statute founds: "the Rome Statute of the International Criminal
            # Court" binds states, not the court
            or (bool(founded) and m.text.removeprefix("the ") in founded)
            or m.text == place
            # most of the name: "the Joint Comprehensive Plan of Action" as a body, with
            # the article the recogniser may take in ("The Convention on the Rights of the
            # Child"); not "United States" of the "United States-Mexico-Canada Agreement"
            or (
                name.startswith(bare := m.text.removeprefix("the ").removeprefix("The "))
                and 2 * len(bare) > len(name)
            )
        )
    }


BROKER_AFTER = re.compile(r"\s?[-–—]\s?(?:brokered|mediated)\b", re.IGNORECASE)


def _brokers_within(context: Context, frame: AgreementFrame) -> set[str]:
    """Actors named in the phrase joined to "brokered" or "mediated" ("the Annan-brokered
    power-sharing deal"): the broker, no party (GOLD), as ``_brokering`` has it for the
    phrase's own words."""
    text = context.article.paragraphs[frame.paragraph]
    return {
        m.entity.split("/", 1)[1]
        for m in context.mentions
        if m.paragraph == frame.paragraph
        and frame.noun.start <= m.start
        and m.end <= frame.noun.end
        and BROKER_AFTER.match(text, m.end)
    }


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
MAKING = frozenset({"signed"})
"""Statuses whose verb makes the agreement, so that the sentence's date is its date ("signed
on Monday"); withdrawing, ratifying or violating it on Monday does not date it."""


def _own_date(
    context: Context, frame: AgreementFrame, sentence: int
) -> tuple[str | None, str | None]:
    """The agreement's own date: a year or a date in its phrase ("a 1994 agreement", "the
    November 27 deal"), else the sentence's date when its verb made it ("signed on Monday",
    "made an arrangement last March")."""
    year = YEAR.search(frame.noun.text)
    if year is not None:
        return year.group(), year.group()
    s = context.sentences[sentence]
    outside = (Role(s.start, frame.noun.start, ""), Role(frame.noun.end, s.end + 1, ""))
    named = context.date_near(frame.paragraph, sentence, frame.noun.start, skip=outside)
    if named is not None:  # "the November 27 deal", "the March 2018 agreement"
        return named.value, named.text
    if frame.status not in MAKING and frame.verb.lower() not in MAKE:
        return None, None  # "withdrew from the accord on Monday", "violated it in 2014"
    when = context.date_near(frame.paragraph, sentence, frame.noun.start)
    return (when.value, when.text) if when else (None, None)


NEW = frozenset("new another other second separate fresh different future".split())
"""Words that make a definite phrase a further agreement ("the new agreement")."""
FAMILY = frozenset({"treaty", "agreement", "deal", "memorandum"})
"""Types a definite phrase may refer back across ("the 1987 agreement" after a treaty)."""


def _head(text: str) -> list[str]:
    """The words of an agreement phrase up to its noun ("the deal" of "the deal with Iran")."""
    words = text.split()
    for index, word in enumerate(words):
        if word.lower().strip(",.;:") in AGREEMENT_NOUNS:
            return words[: index + 1]
    return words


def _place_name(text: str) -> str | None:
    """A name from a place or body the phrase is named after when no party is ("the Paris
    climate accord", "the Minsk agreement"): the phrase without its determiner."""
    words = _head(text)
    if not words or words[0].lower() != "the":
        return None  # "a Brexit deal" is one of a kind, not a name
    words = words[1:]
    if len(words) > 1 and words[0][:1].isupper() and words[-1][:1].islower():
        return " ".join(words)
    return None


SHORT_NAME_VERBS = forms(
    "ratify",
    "renegotiate",
    "abrogate",
    "violate",
    "breach",
    "withdraw",
    "quit",
    "exit",
    "pull",
    "suspend",
    "leave",
)
"""Verbs whose object, a short name, may be an agreement ("withdrew from the JCPOA")."""
AGREEMENT_ONLY = forms("ratify", "renegotiate", "abrogate", "violate", "breach")
"""Of those, the ones whose short-named object is an agreement without more ("ratified
USMCA"); one withdraws from organisations too ("quit OPEC")."""


PLURALS = {f"{noun}s": noun for noun in ("treaty", "pact", "agreement", "deal", "contract")} | {
    "treaties": "treaty",
    "memoranda": "memorandum",
    "conventions": "convention",
    "accords": "accord",
}
"""Plural agreement nouns, agreements only when a verb makes them ("the two countries signed
trade agreements"); "trade agreements" in general ("opposes free trade agreements") are none."""


def _made(noun: Token) -> bool:
    verb = _governing_verb(noun)
    return (
        _batched(noun).dep_ in ("dobj", "nsubjpass")
        and verb is not None
        and AGREEMENT_VERBS.get(verb.lower_) == "signed"
        and verb.lower_ not in forms("join", "accede")
    )


KEEP = forms(
    "solidify", "strengthen", "deepen", "expand", "extend", "renew", "implement", "honour",
    "honor", "respect", "uphold", "have",
)  # fmt: skip
"""Verbs of keeping up or having agreements that exist ("Iran is solidifying long-term
agreements with China and Russia", "has defence pacts with Japan and South Korea"): with
parties named, plural agreement nouns are agreements."""


DOCUMENTS = frozenset("document documents".split())
"""Words for what is signed that name no kind of agreement: one only when signed by sides."""
PARTY_NAMES = frozenset("GPE ORG NORP PERSON".split())


def _signed_between(noun: Token) -> bool:
    """Documents signed between two or more named sides are an agreement between them
    ("several documents were signed between Pakistan and China", "Pakistan and China signed
    seven documents", "the two sides signed 15 documents"); not one side signing papers
    ("Trump signed documents"), nor papers not signed ("did not sign the documents")."""
    verb = _governing_verb(noun)
    if verb is None or verb.lower_ not in SIGN or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if _denied_verb(verb) or _refused(verb) or _wished(verb):
        return False
    between = (o for h in (verb, noun) for o in preposition_objects(h, "between", "with", "by"))
    sides = [t for o in between for t in (o, *conjuncts(o))]
    who = subject(verb, depth=1) if noun.dep_ == "dobj" else None
    if who is not None and " ".join(t.lower_ for t in who.subtree) in SIDES:
        return True  # "the two sides signed 15 documents": the pair named before
    if who is not None:
        sides.extend((who, *conjuncts(who)))
    return sum(t.pos_ == "PROPN" and t.ent_type_ in PARTY_NAMES for t in sides) >= 2


def _kept(noun: Token) -> bool:
    """Plural agreements a verb keeps up, with a party named after "with" or "between" ("is
    solidifying long-term agreements with key partners like China and Russia"); not
    agreements in general ("opposes free trade agreements")."""
    verb = _governing_verb(noun)
    if noun.dep_ != "dobj" or verb is None or verb.lower_ not in KEEP or _denied_verb(verb):
        return False
    named = [t for o in preposition_objects(noun, "with", "between") for t in o.subtree]
    return any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in named)


def _signed_by_clause(noun: Token) -> bool:
    """Plural agreements a clause of their own says were signed with a partner named ("the
    contracts they signed with the Commission"): those, not agreements in general."""
    return any(
        AGREEMENT_VERBS.get(c.lower_) == "signed"
        and not _denied_verb(c)
        and any(
            t.ent_type_ in ("GPE", "ORG", "NORP")
            for o in preposition_objects(c, "with")
            for t in o.subtree
        )
        for c in children(noun, "relcl")
    )


def _named_makers(noun: Token) -> bool:
    """Plural agreements a passive clause of their own says were made with or by a party
    named ("the testing agreements that have been made with the United States"); not
    agreements in general."""
    return any(
        t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        for clause in _made_passive(noun)
        for o in preposition_objects(clause, "by", "between", "with")
        for t in o.subtree
    )


def _owned_with(noun: Token) -> bool:
    """Plural deals someone has with a partner named ("his son's business deals with China"):
    those deals, not deals in general ("opposes free trade agreements with China")."""
    owner = next(children(noun, "poss"), None)
    partners = [
        t for o in [*preposition_objects(noun, "with"), *_with_after(noun)] for t in o.subtree
    ]
    return (
        owner is not None
        and not _denied(noun)
        and any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in partners)
    )


ALLIANCES = frozenset("alliance partnership".split())
"""Nouns of a partnership between firms or states that is an agreement when its own phrase
names both sides ("its alliance with General Motors"); "tie-up" is one too (split "tie - up")."""
DASHES_IN_NAME = frozenset("- – — /".split())


def _alliance_word(noun: Token) -> bool:
    """ "alliance", "partnership" or the "up" of "tie-up" (the tokenizer splits it), lowercase:
    "the Alliance Party" is a party's name."""
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    if noun.lower_ in ALLIANCES:
        return True
    doc = noun.doc
    return (
        noun.lower_ == "up"
        and noun.i >= 2
        and doc[noun.i - 1].text in DASHES_IN_NAME
        and doc[noun.i - 2].lower_ == "tie"
    )


def _named_alliance(noun: Token) -> bool:
    """An alliance, partnership or tie-up whose own phrase names both sides and whose clause
    proposes, makes, ends or dates it (``_alliance_cue``): a named owner and a named "with"
    partner ("MG Rover's proposed tie-up with SAIC"), "its" and a partner of a clause that
    ends it, a subject pair that makes or ends it, two names joined by a dash ("the Fiat-GM
    alliance came about in 2000") or a "between" pair. One only described ("their close
    partnership", "Turkey's alliance with Russia") or wished for ("a tie-up would create")
    is none (GOLD)."""
    if not _alliance_word(noun) or _denied(noun) or not _alliance_cue(noun):
        return False
    verb = _governing_verb(noun)
    if verb is not None and (_hypothetical(verb) or _denied_verb(verb)):
        return False
    if any(c.lower_ in HYPOTHETICAL for c in noun.head.children if noun.dep_ == "nsubj"):
        return False
    modifiers = [c for c in noun.children if c.i < noun.i and c.dep_ in ("poss", "compound")]
    owners = [c for c in modifiers if c.dep_ == "poss" and _named_side(c)]
    named = [t for c in modifiers for t in c.subtree if _named_side(t)]
    partners = [t for o in preposition_objects(noun, "with") for t in o.subtree if _named_side(t)]
    between = [t for o in preposition_objects(noun, "between") for t in o.subtree]
    dashed = any(t.text in DASHES_IN_NAME for c in modifiers for t in c.subtree)
    if partners and owners:
        return True  # "MG Rover's tie-up with China's SAIC"; not "their partnership with"
    if partners and _made_or_ended(noun) and any(c.pos_ == "PRON" for c in modifiers):
        return True  # "negotiated an end to its alliance with General Motors"
    if _made_or_ended(noun) and verb is not None:
        who = subject(verb, depth=2)
        sides = [who, *conjuncts(who)] if who is not None else []
        if len({t.i for t in sides if t.pos_ == "PROPN" and t.ent_type_ != "PERSON"}) >= 2:
            return True  # "Fiat and GM ended their five-year alliance"
    names = [t for c in modifiers for t in c.subtree if t.pos_ == "PROPN"]
    if dashed and named and len(names) >= 2:
        return True  # "the Fiat-GM alliance" ("GM" need not be recognised as a firm)
    return sum(1 for t in between if _named_side(t)) >= 2  # "a partnership between A and B"


ENDING = forms("end", "quit", "exit", "terminate", "dissolve", "unwind", "scrap")
ENDINGS = frozenset("end exit termination".split())


def _made_or_ended(noun: Token) -> bool:
    """An alliance its clause makes or ends ("formed an alliance", "ended their alliance",
    "an end to its alliance"): one that existed as an agreement, not one only described."""
    verb = _governing_verb(noun)
    if verb is not None and verb.lower_ in PARTNERING | ENDING:
        return True
    head = noun.head
    return head.lower_ in ("to", "of", "from") and head.head.lower_ in ENDINGS


PLANNED = frozenset("proposed planned agreed new".split())
BEGINNING = forms("start", "date") | frozenset("begin begins began begun beginning".split())
"""Verbs whose year dates an alliance's start ("began in 1999", and "came about"); with those
that make or end one, the only verbs whose year dates the alliance: a year on any other dates
something else ("has worried NATO since 2019", "grew stronger in 2012", "came under strain")."""
DATING = BEGINNING | ENDING | PARTNERING
"""The verbs on which a year dates an alliance: those that start, make or end one."""
COMING = forms("come")


def _alliance_cue(noun: Token) -> bool:
    """What tells an alliance made as an agreement from one only described ("Turkey's
    alliance with Russia worried NATO"): its clause makes or ends it, it is proposed or new
    ("MG Rover's proposed tie-up"), or its clause dates its start ("came about in 2000")."""
    if _made_or_ended(noun) or any(c.lower_ in PLANNED for c in noun.children):
        return True
    verb = _governing_verb(noun) or (noun.head if noun.dep_ == "nsubj" else None)
    came_about = (
        verb is not None
        and verb.lower_ in COMING
        and any(c.lower_ == "about" for c in verb.children)
    )
    if verb is None or not (came_about or verb.lower_ in DATING):
        return False
    dated = [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    return any(t.ent_type_ == "DATE" and YEAR.search(t.text) for t in dated)


def _named_side(token: Token) -> bool:
    """A proper name of an alliance's side: a firm, body, state or people; not a person
    ("Owen's new partnership with Rooney" is two strikers playing together)."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "GPE", "NORP")


def _with_after(noun: Token) -> list[Token]:
    """The partners a "with" right after an object names though the parse hangs it on the
    verb ("attacked Hunter Biden's business deals, particularly with China")."""
    if noun.dep_ != "dobj":
        return []
    doc = noun.doc
    found: list[Token] = []
    for prep in children(noun.head, "prep"):
        gap = doc[noun.i + 1 : prep.i]
        if (
            prep.lower_ == "with"
            and prep.i > noun.i
            and all(t.is_punct or (t.dep_ == "advmod" and t.head.i == prep.i) for t in gap)
        ):
            found.extend(preposition_objects(noun.head, "with"))
    return found


def _between(noun: Token) -> bool:
    """Plural agreements between parties named ("the memoranda of understanding between
    Turkey and Libya"): those agreements, not agreements in general."""
    named = [t for h in _heads(noun) for o in preposition_objects(h, "between") for t in o.subtree]
    return not _denied(noun) and any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in named)


def _heads(noun: Token) -> list[Token]:
    """The noun and, for "memoranda of understanding", "understanding": the parse may hang
    the parties on either ("memoranda of understanding between Turkey and Libya")."""
    of = [o for o in preposition_objects(noun, "of") if o.lower_ == "understanding"]
    return [noun, *of]


PACT_VERBS = (SHORT_NAME_VERBS | frozenset(AGREEMENT_VERBS)) - forms(
    "join", "accede", "leave", "quit", "exit"
)
"""Of the verbs of agreements, those not said of organisations too ("joined the Global
Partnership for Education" is a membership)."""


def _named_pact(token: Token) -> bool:
    """A capitalised name ending in a word of ``PACT_HEADS`` that a verb of agreements
    governs ("signed", "withdrew from", "quit"), that something is done under, that was
    signed, or that says it is joint; a plan only "of Action" ("the Marshall Plan" is aid)."""
    if token.lower_ not in PACT_HEADS or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    before = [c for c in token.children if c.i < token.i and c.dep_ in ("compound", "amod")]
    after = [o for o in preposition_objects(token, "of", "for", "on") if o.text[:1].isupper()]
    if not any(c.text[:1].isupper() for c in before) and not after:
        return False  # one word alone: "a plan", "the Declaration"
    if token.lower_ == "plan" and not any(o.lower_ == "action" for o in after):
        return False
    if any(c.lower_ == "joint" for c in before):
        return True
    verb = _governing_verb(token)
    return (
        (verb is not None and verb.lower_ in PACT_VERBS)
        or (token.dep_ == "pobj" and token.head.lower_ == "under")
        or any(a.lower_ in AGREEMENT_VERBS for a in children(token, "acl"))
    )


def _short_name_object(token: Token) -> bool:
    if token.pos_ != "PROPN" or not _acronym_text(token.text) or _denied(token):
        return False
    if token.dep_ == "pobj" and token.head.lower_ not in ("from", "of"):
        return False
    verb = _governing_verb(token)
    return token.dep_ in ("dobj", "pobj") and verb is not None and verb.lower_ in SHORT_NAME_VERBS


def _apposed(noun: Token, first: Token) -> tuple[Token, Token] | None:
    """The name a phrase stands in apposition to, first and last word: a short name
    ("NAFTA, a 1994 agreement", by the parse or, where it reads the phrase as the verb's
    object, by the comma before it) or a capitalised one the parse sets it beside ("the Joint
    Comprehensive Plan of Action, the 2015 nuclear deal"); not a person's or a place's."""
    doc = noun.doc
    head = noun.head if noun.dep_ == "appos" else None
    short = head
    if short is None and first.i >= 2 and doc[first.i - 1].text == ",":
        short = doc[first.i - 2]
    if short is not None and short.pos_ == "PROPN" and _acronym_text(short.text):
        new = short.i > 0 and doc[short.i - 1].text == "New"  # "New START, the … treaty"
        return (doc[short.i - 1] if new else short), short
    if (
        head is None
        or head.pos_ != "PROPN"
        or head.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "FAC", "EVENT")
        or noun.lower_ == "convention"  # "Anime North, a fan-run convention": a gathering
        or _governing_verb(head) is None  # "withdrew from the …, the 2015 nuclear deal"
    ):
        return None
    words = [t for t in head.subtree if t.i < noun.left_edge.i and t.dep_ not in ("det", "punct")]
    if len(words) > 1 and all(
        t.text[:1].isupper() or t.lower_ in ("of", "on", "and") for t in words
    ):
        return words[0], words[-1]
    return None


def _short(frame: AgreementFrame) -> bool:
    """A frame found by a short name alone ("the JCPOA"), no agreement noun."""
    return (
        bool(frame.name)
        and frame.noun.text.split()[-1] == frame.name
        and (_acronym_text(frame.name or ""))
    )


def _acronym_text(text: str) -> bool:
    return len(text) >= 3 and text.isalpha() and text.isupper()


def _initials(name: str) -> str:
    """The capitals of a name's words ("United States-Mexico-Canada Agreement" -> USMCA)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _abbreviates(short: str, name: str) -> bool:
    """Whether a short name is a name's initials: "USMCA", "NAFTA"; "JCPOA" for the "Joint
    Comprehensive Plan of Action"; "INF" for the "Intermediate-Range Nuclear Forces Treaty"
    (its capitals in order, from the first)."""
    capitals = _initials(name)
    every = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    if short in (capitals, every):
        return True
    rest = iter(capitals[1:])
    return len(short) >= 3 and short[0] == capitals[:1] and all(c in rest for c in short[1:])


def _kinds(words: Sequence[str]) -> set[str]:
    """What a phrase says its agreement is about ("nuclear", "trade", "withdrawal")."""
    return {w.lower() for w in _modifiers(words) if w[:1].islower() and w.lower() not in NEW}


def _modifiers(words: Sequence[str]) -> list[str]:
    """A phrase's words but its determiners, years and agreement nouns."""
    return [
        w
        for w in words
        if w.lower() + " " not in ANAPHORA
        and w.lower() not in ("a", "an")
        and not YEAR.fullmatch(w)
        and w.lower().strip(",.;:") not in AGREEMENT_NOUNS
    ]


def _other_kind(words: Sequence[str], earlier: Sequence[str]) -> bool:
    """ "the trade deal" after "the nuclear deal", "the withdrawal agreement" after "the EU
    treaty" or "a new Brexit deal": what the phrase says its agreement is about is not what
    the earlier one was."""
    kinds = _kinds(words)
    return bool(kinds) and bool(_modifiers(earlier)) and not kinds & _kinds(earlier)


def _apposition(
    context: Context, frame: AgreementFrame, seen: Sequence[tuple[Proposal, list[str]]]
) -> tuple[Proposal, list[str]] | None:
    """The agreement phrase another stands in apposition to, right after it and its comma
    ("a pact with Japan, the General Security of Military Information Agreement"; "the
    United States-Mexico-Canada Agreement, the trade deal meant to replace NAFTA"). Two
    names so set are a list ("the INF Treaty, the Open Skies Treaty and …")."""
    if not seen:
        return None
    earlier, said = seen[-1]
    if frame.name and earlier.name and frame.name != earlier.name:
        return None  # a list of names; one name twice ("New START, the … treaty") is one
    if earlier.mention.paragraph != frame.paragraph or earlier.mention.end > frame.noun.start:
        return None
    between = context.article.paragraphs[frame.paragraph][earlier.mention.end : frame.noun.start]
    return (earlier, said) if APPOSED.fullmatch(between) else None


APPOSED = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)


def _antecedent(
    frame: AgreementFrame,
    seen: Sequence[tuple[Proposal, list[str]]],
    own: Sequence[str],
    year: str | None,
) -> tuple[Proposal, list[str]] | None:
    """The agreement named earlier that a definite phrase without a name of its own refers
    to: "the deal", "the pact", "the 1987 agreement" (its year agreeing), "the Paris deal"
    (a word of its name). Not "the new agreement", "the trade deal" after a nuclear one, nor
    one naming other parties ("the contract with SpaceX" after NASA's with Boeing)."""
    text = frame.noun.text
    if frame.name and _acronym_text(frame.name):
        return next(
            (e for e in reversed(seen) if e[0].name and _abbreviates(frame.name, e[0].name)),
            None,
        )  # "NAFTA" after "the North American Free Trade Agreement"
    if (frame.name and not _place_name(text)) or not text.lower().startswith(ANAPHORA):
        return None
    words = _head(text)[1:]
    if words and words[-1][:1].isupper():
        return None  # "the Treaty on European Union": a name
    if any(w.lower() in NEW for w in words):
        return None
    proper = {w for w in words[:-1] if w[:1].isupper()}
    for earlier, said in reversed(seen):
        if proper:
            if not proper <= set(f"{earlier.name or ''} {' '.join(said)}".split()):
                continue
        elif not (
            earlier.type == frame.type
            or {earlier.type, frame.type} <= FAMILY
            or frame.type in GENERIC  # "Turkey and Russia agreed a ceasefire … the deal"
        ):
            continue
        if _other_kind(words, said):
            continue
        if own and not set(own) & set(earlier.agents):
            continue
        if year and earlier.date and not earlier.date.startswith(year):
            continue
        if _unknown_year(text, earlier):
            continue
        return earlier, said
    return None


def _unknown_year(text: str, earlier: Proposal) -> bool:
    """A definite phrase's year that an earlier agreement, unnamed, undated and not made in
    its sentence, never gave ("the 2015 nuclear deal" after "threatened to quit a global
    nuclear treaty"): another agreement. One made undated ("reached a nuclear deal in
    Vienna. The 2015 deal …") may be dated by it."""
    return (
        YEAR.search(text) is not None
        and not earlier.date
        and not earlier.name
        and earlier.status not in MAKING
    )


def _specific(
    context: Context,
    frame: AgreementFrame,
    frames: Sequence[AgreementFrame],
    sentence: int,
    out: Sequence[Proposal],
    parties: Sequence[str],
) -> Proposal | None:
    """The agreement of a precise kind a generic "deal" or "agreement" is: the one a verb
    makes in its own sentence ("a deal whereby HDT acquired Hirtenberger"), or for "the
    deal", "this agreement", the last one proposed before it in the article."""
    for other in frames:
        if (
            other.type not in GENERIC
            and other.paragraph == frame.paragraph
            and other.noun.text.startswith(other.verb)
            and other.verb
            and context.sentence_at(other.paragraph, other.noun.start) == sentence
        ):
            found = propose_agreements(context, [other])
            return found[0] if found else None
    if frame.noun.text.lower().startswith(ANAPHORA):
        last = next((p for p in reversed(out) if p.type not in GENERIC), None)
        if (
            last is not None
            and (not parties or set(parties) & set(last.agents))
            and not _unknown_year(frame.noun.text, last)
            and not _other_kind(_head(frame.noun.text), _head(last.mention.text))
        ):
            return last  # the deal it names shares a party with the last one, or names none
    return None


def signings(agreements: Sequence[Proposal], offset: int) -> list[Proposal]:
    """The signing (or withdrawal) each agreement's verb reports, linked to the agreement."""
    return [
        Proposal(
            kind="events",
            type=SIGNING_STATUSES[p.status],
            agents=p.agents,
            patients=(),
            date=p.date,
            date_text=p.date_text,
            place=None,
            mention=p.mention,
            article_date=p.article_date,
            agreement=offset + index,
        )
        for index, p in enumerate(agreements)
        if p.status in SIGNING_STATUSES and p.agents
    ]
