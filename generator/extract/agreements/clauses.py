"""What the clause around an agreement says of it: its governing verb, whether that verb is
denied, hypothetical, passive or reported, who did it, and the orders placed. Every other
module asks these, so they sit lowest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parse import children, infinitive, preposition_objects, subject
from ..vocabulary import (
    AGREE,
    AGREED_TO,
    AGREEMENT_VERBS,
    KNOWN_SHORT_NAMES,
    ORDER,
    ORDERS,
    PAY,
    PLACE,
    SIGN,
    SUPPLY,
    forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

HYPOTHETICAL = frozenset("would could might may should can if unless".split())
"""Words that make an agreement's verb a possibility ("a deal would be reached")."""


SIGNED = SIGN | forms("countersign")


def _signed_in_clause(noun: Token) -> bool:
    """A relative clause that signed the noun ("the peace plan it signed"), not one that did
    not or would sign it."""
    return any(
        c.lower_ in SIGNED and not _denied_verb(c) and not _hypothetical(c)
        for c in children(noun, "relcl")
    )


def _cease(fire: Token) -> bool:
    """ "fire" ending "cease-fire", which the tokenizer splits in three."""
    doc = fire.doc
    return (
        fire.i >= 2
        and doc[fire.i - 1].text in DASHES
        and doc[fire.i - 2].lower_ == "cease"
        and not doc[fire.i - 1].whitespace_
    )


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


def _refused(verb: Token) -> bool:
    """ "refused to lend", "did not agree to lend", "unable to lend": the "to" verb of a
    refusal, a failure or a denied verb did not happen; but "did not hesitate to buy" did."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lower_ in HESITATING:
        return False
    return head.lower_ in FAILING or _denied_verb(head)


def _unclaused(token: Token) -> list[Token]:
    """A phrase's words without its relative clauses ("countries that signed the NPT")."""
    clauses = {t.i for c in token.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in token.subtree if t.i not in clauses]


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


PASSIVE_MAKING = forms("make", "broker", "mediate")
"""Verbs besides those of signing that make an agreement when the agreement is their passive
subject ("agreements that have been made with the United States", "a truce brokered by")."""

WILL = frozenset("will shall".split())


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


DASHES = frozenset("- – —".split())


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
    for _ in range(4):  # "called on X to stop fighting and abide by a peace deal", "called
        # on X to act seriously to maintain their ceasefire": the asker's own "to" verb
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "called on X to resolve … and implement the agreement"
        if verb.head.lower_ in ASKERS or verb.dep_ not in ("xcomp", "advcl"):
            break
        if verb.head.pos_ != "VERB" or verb.head.dep_ not in ("xcomp", "advcl", "conj"):
            break
        verb = verb.head
    infinitive = verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    )  # the parse hangs "to implement" either way
    if not infinitive or verb.head.lower_ not in ASKERS:
        return None
    asked = next(children(verb.head, "nsubjpass"), None)
    if asked is not None:  # "the rebels had been invited to Libya to ratify an accord": the
        # passive's subject is who is asked; its "to" is where, not whom
        return asked
    for c in verb.head.children:
        if c.dep_ == "dobj" and c.i < verb.i:
            return c
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i < verb.i:
            objects = list(children(c, "pobj"))
            if objects:
                return objects[0]
    return None


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


HOPING = forms("hope", "plan", "expect", "intend", "aim", "wish", "try", "attempt")
"""Verbs whose "to" verb is only hoped, planned, expected or tried ("hopes to land a deal",
"expected Nippon to agree", "met in Berlin to try to settle the dispute"); not "want", whose
deals ``_one_sided`` and ``_sought`` read."""


def _wished(verb: Token) -> bool:
    """A verb that is only hoped, planned or expected to happen: the "to" verb of a verb of
    hoping, through other "to" verbs ("hopes to land a deal", "had expected Nippon to agree
    to a price rise", "expect to seal a final agreement"), or of a noun of one side's
    trying, or the purpose of making one ("a bid to acquire", "made their third offer for
    $5-billion to buy Prime West Energy Trust")."""
    while infinitive(verb) and verb.dep_ in ("xcomp", "ccomp", "acl", "advcl"):
        if verb.dep_ == "acl":
            return verb.head.lower_ in TRIES and verb.head.pos_ == "NOUN"
        if verb.dep_ == "advcl":  # "made their third offer for $5-billion to buy …"
            return any(c.dep_ == "dobj" and c.lower_ in TRIES for c in verb.head.children)
        verb = verb.head
        if verb.lower_ in HOPING and verb.pos_ in ("VERB", "AUX"):
            return True
    return False


TRIES = frozenset("offer offers bid bids attempt attempts plan plans".split())
"""Nouns of one side's trying or planning whose "to" verb is not done yet ("an offer to buy",
"its bid to take over", "a plan to merge"); not "deal" or "agreement", whose "to" verb is
what was agreed ("an agreement to buy")."""


DENYING = forms("deny")
"""Verbs whose "that" clause did not happen, as the speaker tells it."""
FAILING = frozenset("unable fail failed fails failing refused refuse refuses".split())
"""Words whose "to" verb did not happen ("unable to negotiate a deal")."""
HESITATING = forms("hesitate")
"""Words whose denial is a doing: "did not hesitate to buy the firm"."""


BATCHES = frozenset("series number set package raft host batch string slew couple total".split())
"""Nouns of a batch that hold agreements "of" them: "signed a series of cooperative
agreements", "a number of accords were signed", "sealed a total of 10 bilateral agreements"."""


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


GROUNDS = frozenset("over against despite amid about".split())
"""Prepositions of an agreement one acts over or against ("expelled the ambassador over the
deal", "protested against the pact"): the act's subject opposes it and is no party."""
MEMBERSHIP = frozenset("participation membership accession withdrawal exit role".split())
"""Nouns of taking part in an agreement, whose verb is the agreement's ("suspended its
participation in the treaty")."""


def _made(noun: Token) -> bool:
    verb = _governing_verb(noun)
    return (
        _batched(noun).dep_ in ("dobj", "nsubjpass")
        and verb is not None
        and AGREEMENT_VERBS.get(verb.lower_) == "signed"
        and verb.lower_ not in forms("join", "accede")
    )
