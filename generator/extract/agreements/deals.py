"""Commerce: purchases, sales, takeovers, mergers, trades, loans, settlements of lawsuits and
exchanges, with their buyers, sellers and prices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import AgreementFrame, Role
from ..merge import AMOUNT_WORDS
from ..parse import (
    children,
    conjuncts,
    preposition_objects,
    role,
    subject,
    subtree_role,
    token_role,
    within,
)
from ..vocabulary import AGREEMENT_NOUNS, LAWSUITS, OWN, PROPERTIES, SNAP, TAKE
from .clauses import (
    _denied_verb,
    _governing_verb,
    _hypothetical,
    _proper_span,
    _reporter,
    _unclaused,
    _value,
)
from .companies import _clubs, _firm, _firm_name, _firms_merging
from .nouns import PARTY_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODIFIERS = ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "npadvmod")


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


DESCRIBING = frozenset(("acl", "relcl", "xcomp"))
"""Clauses on a noun that describe it ("accounts belonging to …", "jets that Boeing makes")."""


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
    if thing.pos_ != "PROPN":  # "Twitter accounts belonging to the Church's spokeswoman were
        # taken over": a clause on a common noun says whose it is, not what is bought
        told = {t.i for c in thing.children if c.dep_ in DESCRIBING for t in c.subtree}
        taken = [t for t in taken if t.i not in told]
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


def _leased(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """A lease told by its verb: "BOC had leased the plane to AirBridgeCargo", "the plane
    belonged to Africa One, but had been leased to Manilla Airlift", "was rented out to
    Cubana by Damojh Airlines", "leased tankers from Boeing". Owner and user are its parties,
    and the other side of the subject (a "to", "from" or "by") must be named: "the firm
    leases offices" tells of no one it is made with."""
    if _denied_verb(verb) or within(verb, quotes):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    users = [o for o in preposition_objects(verb, "to") if _named_side(o)]
    owners = [o for o in preposition_objects(verb, "from", "by") if _named_side(o)]
    if passive and not owners:
        owners = _owner_before(verb)  # "belonged to Africa One, but had been leased to"
    who = None if passive else subject(verb, depth=2)
    if who is not None and who.tag_ not in ("PRP", "WP", "WDT"):
        (owners if users else users).insert(0, who)  # "X leased it to Y"; "X leased it from Y"
    if not users or (not owners and not passive):
        return None
    thing = next(children(verb, "nsubjpass", "dobj"), None)
    if thing is None and passive and verb.dep_ == "conj":
        thing = subject(verb, depth=2)  # "The plane belonged to …, but had been leased"
    if thing is not None and thing.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        thing = verb.head  # "the plane, which BOC had leased to …"
    if thing is None or thing.ent_type_ in PARTY_LABELS:
        return None
    frame = _plain(doc, paragraph, verb, "contract", [], quotes)
    sides = [_bare(t) for t in (*owners, *users) if not within(t, quotes)]
    leased = thing.lower_ if thing.pos_ == "NOUN" else "property"  # "plane lease"
    return replace(
        frame,
        parties=tuple(role(doc, s[0], s[-1]) for s in sides),  # the names alone: not
        # "Russia's" of "Russia's AirBridgeCargo", nor an apposition's "Cuba's state airline"
        status=None,
        subject=f"{leased} lease",
    )


def _bare(token: Token) -> list[Token]:
    """A side's own words, without its owner, apposition or clauses ("Russia's
    AirBridgeCargo" is AirBridgeCargo; "Cubana, Cuba's state-run airline" is Cubana;
    "Cubana de Aviación" and "Africa One" stay whole)."""
    cut = {
        t.i
        for c in token.children
        if c.dep_ in ("poss", "appos", "relcl", "acl", "punct", "cc", "conj")
        for t in c.subtree
    }
    return [t for t in token.subtree if t.i not in cut] or [token]


def _named_side(token: Token) -> bool:
    """A party to a lease: a named body or state, not a price or a date ("to $5m")."""
    return token.ent_type_ in ("ORG", "GPE", "NORP") or (
        (token.pos_ == "PROPN" or (token.text[:1].isupper() and token.i > token.sent.start))
        and token.ent_type_ not in ("DATE", "MONEY", "CARDINAL", "TIME")
    )  # a name the tagger takes for a noun: "to Russia's AirBridgeCargo"


def _owner_before(verb: Token) -> list[Token]:
    """The owner a clause joined before a passive lease names ("The plane belonged to
    Africa One, but had been leased to Manilla Airlift"; "was owned by X but leased to Y")."""
    head = verb.head if verb.dep_ == "conj" else None
    if head is None or head.lower_ not in OWN:
        return []
    return [o for o in preposition_objects(head, "to", "by") if _named_side(o)]


def _unnamed(who: Token) -> bool:
    """A pronoun that names no one here ("they", "which", "he"); not "it", which the tie
    stage names by the body before it ("Titan … It agreed to pay $15m to settle", "X said it
    had sold its stake to Y"), as for every other verb of buying."""
    return who.tag_ in ("PRP", "WP", "WDT") and who.lower_ != "it"


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


APPROVING = frozenset("approve approved approves approving approval authorize authorized".split())
"""Words of a government letting a sale go ahead ("approved the possibility of selling",
"received approval to sell"): the sale is put forward, status proposed, until it is signed."""
LIKELY = frozenset("potential possible proposed planned".split())
"""Words before "sale" of one put forward, not yet made ("the potential sale of")."""
MEASURES = frozenset(
    "barrel barrels tonne tonnes ton tons unit units share shares cubic metre metres meter "
    "meters litre litres kilogram kilograms gallon gallons bushel bushels".split()
)
"""Words counting a commodity ("2 million barrels of oil"): a flow of trade, no deal."""


def _goods_named(goods: Token, priced: Sequence[Token]) -> bool:
    """Goods a sale names as one deal's: counted ("18 … helicopters", "six of its Black Hawk
    helicopters") or sold at a price; not a commodity measured ("2 million barrels of oil"),
    goods in general ("sold weapons to Saudi Arabia") nor a kind of goods by its model alone
    ("sold S-400 missile systems to Turkey", "the sale of F-35 jets to Turkey": a trade, no
    one deal told)."""
    words = list(goods.subtree)
    if any(t.lower_ in MEASURES for t in words):
        return False
    counted = goods.pos_ == "NUM" or any(
        c.dep_ in ("nummod", "compound") and c.pos_ == "NUM" and c.ent_type_ != "PRODUCT"
        for t in words
        for c in t.children
    )
    return counted or any(t.ent_type_ == "MONEY" for t in priced)


def _state_bought(phrase: Token) -> list[Token]:
    """The states a "to" phrase sells to: its object named a state ("to Israel"), the state
    of "the government of Lithuania", or, where the parse hangs the goods on the buyer ("to
    Venezuela 26 attack airplanes"), the state inside the phrase."""
    if phrase.ent_type_ == "GPE":
        return [phrase, *(c for c in conjuncts(phrase) if c.ent_type_ == "GPE")]
    return [t for t in phrase.subtree if t.ent_type_ == "GPE" and t.pos_ == "PROPN"][:1]


def _seller(verb: Token) -> Token | None:
    """Who sells: the verb's subject, or the subject of the clause the selling is put
    forward in ("Sikorsky has received approval … to sell"); "it" of a reported clause is the
    one reporting ("The US State Department said … it had approved the possibility of
    selling")."""
    clause = verb
    for _ in range(5):  # up through "approval … to sell", "possibility of selling"
        who = next(children(clause, "nsubj", "nsubjpass"), None)
        if who is not None:
            return _reporter(who) if who.lower_ in ("it", "they") else who
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


GREEN_LIGHTS = frozenset({"go-ahead", "nod"})
"""Objects of "give" that let a sale go ahead ("gave the go-ahead to the sale"), besides "the
green light"."""


def _green_lit(verb: Token) -> bool:
    """A verb giving a sale the green light ("had given the green light to the sale of …")."""
    return any(
        c.dep_ == "dobj"
        and (c.lower_ in GREEN_LIGHTS or (c.lower_ == "light" and _has_word(c, "green")))
        for c in verb.children
    )


def _has_word(token: Token, word: str) -> bool:
    return any(c.lower_ == word for c in token.children)


def _approved(word: Token) -> bool:
    """A sale a government approved: under a word of approving ("approved the sale of") or
    given the green light ("had given the green light to the sale of"), within four heads."""
    head = word
    for _ in range(4):
        if head.lower_ in APPROVING or (head.pos_ == "VERB" and _green_lit(head)):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _model_named(goods: Token) -> bool:
    """Goods named by their model ("MI-35 helicopters", "F-16 fighter jets"): a product's name,
    or a capitalised designation with a number. Approved, such a sale is one deal put forward;
    sold or halted without approval it is a trade in that model (``_goods_named``)."""
    return any(
        t.ent_type_ == "PRODUCT"
        or (t.text[:1].isupper() and any(ch.isdigit() for ch in t.text) and t.is_alpha is False)
        for t in goods.subtree
        if t.i <= goods.i
    )


def _put_forward(word: Token) -> bool:
    """A sale or selling only approved or possible, not yet made: under a verb or noun of
    approving ("approved the potential sale", "approval … to sell"), "possibility of", or
    a sale called potential."""
    if any(c.dep_ == "amod" and c.lower_ in LIKELY for c in word.children):
        return True
    head = word
    for _ in range(4):
        if head.lower_ in APPROVING or head.lower_ == "possibility":
            return True
        if head.pos_ == "VERB" and _green_lit(head):
            return True  # "had given the green light to the sale of …"
        if head.head.i == head.i:
            break
        head = head.head
    return _hypothetical(word)


def goods_sold(
    doc: Doc, paragraph: int, word: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """A sale of named goods (counted or priced) to a state, told by "sell" or "sale":
    "approved the possibility of selling 18 CH-53K heavy lift helicopters to Israel",
    "received approval … to sell six of its Black Hawk helicopters … to the government of
    Lithuania", "approved the potential sale of military helicopters … to Australia for …
    $1.95 billion". The seller (the verb's subject, or the one approving a sale named by a
    noun) and the buying state are its parties; only approved or possible, it is proposed
    (agreements55's convention). Goods in general ("sold weapons to Saudi Arabia") or to no
    state are none."""
    if within(word, quotes) or _denied_verb(word):
        return None
    if word.pos_ == "VERB":
        goods = next(children(word, "dobj"), None)
        to = [o for p in word.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for o in children(p, "pobj")]  # fmt: skip
        seller = _seller(word)
    else:
        goods = next(preposition_objects(word, "of"), None)
        to = list(children(next((p for p in word.children if p.lower_ == "to"), word), "pobj"))
        if not to and goods is not None:  # "the sale of MI-35 helicopters to Pakistan": the
            to = list(preposition_objects(goods, "to"))  # parse hangs the buyer on the goods
        verb = _governing_verb(word)
        owner = next(children(word, "poss"), None)
        seller = owner if owner is not None else (_seller(verb) if verb is not None else None)
    if not to:
        return None
    buyers = [b for phrase in to for b in _state_bought(phrase)]
    if goods is None and buyers and word.pos_ == "VERB":  # "sell to Venezuela 26 airplanes":
        # the goods after the buyer, their count hung on it or on the verb
        after = doc[buyers[0].i + 1] if buyers[0].i + 1 < len(doc) else None
        goods = after if after is not None and after.like_num else None
    if not buyers or goods is None:
        return None
    if not _goods_named(goods, list(word.subtree)) and not (
        _approved(word) and _model_named(goods)
    ):
        return None
    parties = [p for p in (seller,) if p is not None and p.ent_type_ in PARTY_LABELS]
    return AgreementFrame(
        paragraph=paragraph,
        type="deal",
        noun=token_role(doc, word),
        verb=word.text if word.pos_ == "VERB" else "",
        status="proposed" if _put_forward(word) else "signed",
        parties=tuple(  # names alone: "to Venezuela 26 attack airplanes" is Venezuela
            role(doc, _proper_span(p)[0], p) for p in (*parties, *buyers)
        ),
        value=_value(doc, list(word.subtree)),
        subject=None,
        name=None,
    )
