"""Shapes of courts, custody and orders: bail, release, rulings, sentences commuted, laws
passed, handovers, detentions, joining and leaving bodies, orders given and halted."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..parse import children, infinitive, preposition_objects, subject
from ..vocabulary import (
    BIDS,
    CAPTIVES,
    CONTROL,
    CUSTODY,
    FACILITIES,
    GRANTS,
    LEGISLATION,
    MOVEMENTS,
    OFFICES,
    POSTS,
    RESTRICTIONS,
    SHUTTING,
    STOP,
    TROOPS,
    forms,
)
from .tokens import BODIES, _named, _named_among, _person_word

if TYPE_CHECKING:
    from spacy.tokens import Token


def _frees(verb: Token) -> bool:
    """ "Iran released the British tanker crew", "police released him on bail", "he was
    released in 2018": a person let go, not a statement, a report or names released. "On
    bail" says it whoever the object is, also a passive that shares its subject ("he appeared
    in court and was released on bail"): only a person is bailed."""
    return _on_bail(verb) or any(
        (c.dep_ == "dobj" and (c.lower_ in CAPTIVES or c.ent_type_ == "PERSON"))
        or (
            c.dep_ == "nsubjpass"
            and (c.lower_ in CAPTIVES | {"he", "she"} or c.ent_type_ == "PERSON")
        )
        for c in verb.children
    )


def _on_bail(verb: Token) -> bool:
    """ "released on bail", "freed on granted bail": the verb's own "on bail" phrase."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "bail" for o in c.children)
        for c in verb.children
    )


def _grants_bail(verb: Token) -> bool:
    """ "Biti was today granted bail", "Judge Moore granted Williams bail": a release on bail
    of who is granted it (the passive subject or the dative); not "granted a licence",
    "granted asylum" (no release)."""
    return any(c.dep_ == "dobj" and c.lower_ == "bail" for c in verb.children)


COURT_ORDERS = frozenset(
    "injunction injunctions order orders ban bans law laws rule rules policy policies "
    "commutation commutations reprieve reprieves stay motion motions appeal appeals".split()
)
"""What a court blocks, grants, issues or lifts: its orders, and the laws and motions before
it."""


def _court_step(verb: Token) -> bool:
    """ "Judge Richard Niess granted the injunction", "a federal judge blocked the order",
    "the injunction was lifted by the court": a court or judge acting on an order, a law or a
    motion is a ruling; not "the government blocked the websites", "Facebook lifted the
    ban", "the ministry issued an order" (no court decides)."""
    if not any(c.lower_ in COURT_ORDERS for c in children(verb, "dobj", "nsubjpass")):
        return False
    return _court_among([*children(verb, "nsubj"), *preposition_objects(verb, "by")])


def _court_among(deciders: Iterable[Token]) -> bool:
    """A court or a judge among ``deciders``, by its head or a compound before it ("the
    Supreme Court", "federal judge", "Judge Richard Niess")."""
    return any(t.lower_ in COURTS for j in deciders for t in (j, *children(j, "compound")))


SENTENCES = frozenset("sentence sentences term terms".split())


def _commutes(verb: Token) -> bool:
    """ "The governor commuted the sentences of 20 prisoners", "his sentence was commuted":
    clemency (a pardon's kind); not "commuted to work" (no sentence)."""
    return any(c.lower_ in SENTENCES for c in children(verb, "dobj", "nsubjpass"))


def _bailed(verb: Token) -> bool:
    """ "Williams was bailed until March": a release on bail; not "bailed out the banks",
    "a plan to bail out three carmakers" (a rescue of firms, no one set free)."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(
        c.lower_ == "out" for c in verb.children
    )


APPEAR = forms("appear")
"""With "in" or "before" a court: a hearing of the one who appears ("Biti appeared in court
today"); "appeared in court documents", "appeared on television" are no hearing."""
BENCH = frozenset("court courts courtroom tribunal judge magistrate magistrates".split())


def _appears_in_court(verb: Token) -> bool:
    """ "Tendai Biti appeared in court today after being arrested on Thursday", "Lissu
    appeared before a magistrate": someone brought before a court on charges; not "failing to
    appear in court" or "is expected to appear" (no hearing yet), nor "his name appeared in
    court documents" (the court a modifier of the thing it is in)."""
    return not infinitive(verb) and any(
        o.lower_ in BENCH for o in preposition_objects(verb, "in", "before")
    )


SENTENCES = frozenset("sentence sentences".split())


def _given_sentence(verb: Token) -> bool:
    """ "Hannibal was given a suspended sentence", "a judge handed him a ten-year sentence":
    a sentencing of who receives it; not "gave a sentence of thanks" (no receiver), nor
    "faces a sentence" or "could be given" (to come)."""
    return (
        not infinitive(verb)
        and any(c.lower_ in SENTENCES for c in children(verb, "dobj"))
        and any(True for _ in children(verb, "nsubjpass", "dative"))
    )


def _troops_leave(verb: Token) -> bool:
    """ "U.S. troops left Iraq in 2011", "British troops pulled out of Basra", "Russia pulled
    its forces out of Syria": troops leaving a place; not "left the party", "pulled a gun"."""
    subjects = list(children(verb, "nsubj"))
    objects = list(children(verb, "dobj"))
    if verb.lower_.startswith("pull"):
        out = any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "back")
                  for c in verb.children)  # fmt: skip
        return out and any(t.lower_ in TROOPS for t in (*subjects, *objects))
    return any(t.lower_ in TROOPS for t in subjects) and any(
        o.ent_type_ in ("GPE", "LOC") for o in objects
    )


def _into_law(verb: Token) -> bool:
    """ "signed the bill", "signed the Alabama Human Life Protection Act", "signed Conyers's
    bill into law": a law signed (a treaty or a deal signed is an agreement's)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ in LEGISLATION | {"act"}:
        return True  # "the law, signed by Obama in 2010"
    return any(
        (c.dep_ in ("dobj", "nsubjpass") and c.lower_ in LEGISLATION | {"act"})
        or (c.dep_ == "prep" and c.lower_ == "into" and any(o.lower_ == "law" for o in c.children))
        for c in verb.children
    )


def _passage(noun: Token) -> bool:
    """ "the passage of the Affordable Care Act", "the repeal of the law": a law voted."""
    return any(
        o.lower_ in LEGISLATION | {"act"} or o.ent_type_ == "LAW"
        for o in preposition_objects(noun, "of")
    )


def _lifts(verb: Token) -> bool:
    """ "That ban was lifted in 2011", "the US eased sanctions on Sudan": restrictions
    eased; not "lifted the ban's author", "ended the talks"."""
    return any(c.lower_ in RESTRICTIONS for c in children(verb, "dobj", "nsubjpass"))


def _hands_over(verb: Token) -> bool:
    """ "Britain handed Hong Kong back to China", "transferred sovereignty over Macau to
    Beijing": something handed over, or rule handed, "to" someone named; not "handed him a
    letter", "returned to Washington", "transferred funds to an account"."""
    handed = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("over", "back")
                 for c in verb.children)  # fmt: skip
    ruled = any(c.lower_ in CONTROL for c in children(verb, "dobj", "nsubjpass"))
    if verb.lower_.startswith("return"):  # "returned Hong Kong to China"; not "returned to
        # Washington", "returned the boy to her husband"
        handed = ruled or any(c.ent_type_ in ("GPE", "LOC") for c in children(verb, "dobj"))
    return (handed or ruled) and any(_named(o) for o in _handed_to(verb))


def _handed_to(verb: Token) -> list[Token]:
    """Whom something is handed "to", the phrase read on the verb or on its "back"."""
    return [
        o for t in (verb, *children(verb, "prt", "advmod")) for o in preposition_objects(t, "to")
    ]


def _transfer(noun: Token) -> bool:
    """ "the transfer of sovereignty over Hong Kong", "the return of Macau to China": rule
    or a place handed to someone named; not "a transfer of funds", "his return to Baghdad"."""
    held = list(preposition_objects(noun, "of"))
    return any(o.lower_ in CONTROL for o in held) or (
        any(o.ent_type_ in ("GPE", "LOC") for o in held)
        and any(_named(o) for o in preposition_objects(noun, "to"))
    )


LIGHT_OBJECTS = frozenset("part place action note notice care hold charge".split())
"""Objects that make a phrase of the verb, not someone held ("took part in the arrest")."""


def _detains(verb: Token) -> bool:
    """ "Manafort was kept in solitary confinement", "Police held Tarrant in custody", "was
    placed under house arrest", "was taken into custody": someone held; not "held talks in
    prison", "kept in touch"."""
    held = any(
        c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.lower_ not in LIGHT_OBJECTS)
        for c in verb.children
    )
    return held and any(
        o.lower_ in CUSTODY for o in preposition_objects(verb, "in", "into", "under")
    )


CONFINE = forms("confine")
"""With a person and "to" a dwelling: held there ("confined Khaleda Zia to her office")."""
DWELLINGS = frozenset("home homes house houses office offices residence compound quarters".split())
HELD_UNDER = frozenset("arrest detention custody".split())
"""What someone is "under" while held ("has been under virtual house arrest")."""
HELD_IN = frozenset("custody detention".split())
"""What someone is "in" while held ("he is in custody"; not "in prison", a biography's)."""
BEING = frozenset("was were is are been".split())


def _confined(verb: Token) -> bool:
    """ "Police … confined opposition leader Khaleda Zia to her office", "was confined to his
    home": a person held where they live or work (CAMEO's CONFINE, left out of the verb data
    for "confined to the region", "confined to bed"); not "confined the fire to one floor",
    "the virus was confined to Wuhan"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    held = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or _person_word(c))
    ]
    return bool(held) and any(o.lower_ in DWELLINGS for o in preposition_objects(verb, "to"))


def _under_arrest(verb: Token) -> bool:
    """ "Ms Zia … has been under virtual house arrest since Wednesday", "he is in custody": a
    person held, told by being; not "under investigation", "in prison in 2005" (a biography's
    state), nor "was not in custody"."""
    if verb.lower_ not in BEING or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(o.lower_ in HELD_UNDER for o in preposition_objects(verb, "under")) or any(
        o.lower_ in HELD_IN for o in preposition_objects(verb, "in")
    )


def _confirms(verb: Token) -> bool:
    """ "the House of Representatives confirmed him", "Barr was confirmed by the Senate as
    attorney general": a nominee voted into office; not "police confirmed the death", "he
    confirmed that he would run", "she was confirmed dead"."""
    if any(c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") for c in verb.children):
        return False
    return any(
        (c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her")))
        or (c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she")))
        for c in verb.children
    )


def _joins_body(verb: Token) -> bool:
    """ "joining the Maryland General Assembly in 1983", "she joined the Senate in 2013": a
    person taking a seat in a body named; not "joined the race", "joined the protests", a
    party, an alliance or a state joining one (an accession is an agreement's)."""
    who = subject(verb, depth=2)
    person = who is not None and (
        who.ent_type_ == "PERSON"
        or who.lower_ in ("he", "she")
        or (who.pos_ == "PROPN" and not who.ent_type_)  # "Cummings", untagged
    )
    return person and any(
        (c.ent_type_ == "ORG" or c.lower_ in BODIES)
        and not any(t.lower_ in ("party", "alliance", "coalition") for t in c.subtree)
        for c in children(verb, "dobj")
    )


def _enters_body(verb: Token) -> bool:
    """ "He entered parliament in 1984", "entered the Senate": a seat taken in a legislature
    or council (``BODIES``) as joining it is; not "entered the house", "entered politics"."""
    return _joins_body(verb) and _named_among(children(verb, "dobj"), BODIES)


def _leaves_office(verb: Token) -> bool:
    """ "He left office in 2017", "left the presidency": an office given up, as a resignation
    is; not "left the party", "left Iraq", nor "left his office" or "the post office" (a room
    or a building: the office given up is bare)."""
    return any(
        o.lower_ in POSTS - {"seat"}
        and not (
            o.lower_ == "office" and any(c.dep_ in ("det", "poss", "compound") for c in o.children)
        )
        for o in children(verb, "dobj")
    )


REGIMES = OFFICES | frozenset(
    "regime government junta dictator dictatorship monarchy monarch ruler leader king queen "
    "shah emperor tsar czar sultan emir administration cabinet".split()
)
"""Head words of what is toppled, overthrown or deposed in a dismissal."""


def _toppled(verb: Token) -> bool:
    """A ruler, a state or a regime toppled, by the head of the phrase alone ("The army
    deposed President Mohamed Morsi", "toppled the government"; not "toppled a statue of
    Edward Colston", "toppled trees")."""
    fallen = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    fallen += [verb.head] if verb.dep_ == "acl" else []  # "Morsi, deposed in 2013"
    return any(
        c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or c.pos_ in ("PROPN", "PRON")
        or c.lower_ in REGIMES
        for c in fallen
    )


def _conjoined_it(verb: Token, who: Token) -> Token | None:
    """ "It" subject of a clause joined to one whose subject is a name is that name ("the
    Court of Appeal quashed the sentences of the Guildford Four, and in June 1991 it
    overturned the sentences on the Maguire Seven": the court), whatever else the first
    clause names."""
    if who.lower_ != "it" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    first = next(children(verb.head, "nsubj"), None)
    if first is None or not (first.pos_ == "PROPN" or first.ent_type_ in ("ORG", "GPE")):
        return None
    return first


SAYINGS = frozenset(
    "remarks remark comments comment statement statements allegation allegations accusation "
    "accusations concern concerns fears suggestion suggestions criticism criticisms "
    "speculation rumours rumors rumour rumor warning warnings idea ideas notion talk threat "
    "threats".split()
)
"""What is dismissed in words ("Burns dismissed Larijani's remarks", "dismissed concerns"):
no one is fired. Not "claims" or "charges", which a court dismisses in ruling."""


def _dismissed_words(verb: Token) -> bool:
    """ "dismissed Larijani's remarks", "the ministry dismissed the allegations": words about
    words; the one whose words they were is not dismissed from anything."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in SAYINGS for c in verb.children)


def _dismissed_as(verb: Token) -> bool:
    """Dismissing a thing "as" what one calls it ("dismissed the maternity pay plan as
    desperate", "dismissed the claims as nonsense") is words, not firing anyone; a person
    dismissed "as" an office ("dismissed Bolton as national security adviser") is fired."""
    what = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    called = [  # the parser hangs "as" on the verb or on its object
        word
        for head in (verb, *what)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for word in prep.children
        if word.dep_ != "punct"
    ]
    return (
        bool(what and called)
        and not any(_person_word(w) for w in what)
        and not any(o.lower_ in OFFICES for o in called)
    )


def _streets(verb: Token) -> bool:
    """ "Thousands took to the streets on Saturday": a protest."""
    return any(o.lower_ in ("streets", "street") for o in preposition_objects(verb, "to"))


def _quits_race(verb: Token) -> bool:
    """ "ended her campaign on Wednesday", "quit the race", "withdrew from the primary",
    "dropped out of the presidential race" or "dropped out ahead of the primary debate": a
    candidate gives up; not "ended the talks", "dropped out of college", "withdrew troops"."""
    if verb.lower_.startswith("drop"):
        # "out" is a particle, or a preposition heading "of the race" ("Steyer dropped out of
        # the presidential race", as the parser often reads it)
        outs = [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
        if not outs:
            return False
        named = [o.lower_ for head in (verb, *outs) for o in preposition_objects(head, "of")]
        if named:
            return any(o in BIDS for o in named)
        return any(t.lower_ in BIDS for t in verb.subtree)
    objects = [*children(verb, "dobj"), *preposition_objects(verb, "from")]
    return any(o.lower_ in BIDS for o in objects)


def _leaves_race(noun: Token) -> bool:
    """ "Bloomberg's exit from the race", "his withdrawal from the primary": a campaign ended;
    not "the withdrawal from Syria", "Britain's exit from the EU"."""
    return any(o.lower_ in BIDS for o in preposition_objects(noun, "from"))


def _funereal(noun: Token) -> bool:
    """ "the funeral procession for Soleimani": a funeral (not "a procession of floats")."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ == "funeral" for c in noun.children)


COURTS = frozenset("court courts judge judges justice justices tribunal jury panel".split())
"""Who rules on a lawsuit or a law it turns down ("the Supreme Court rejected the lawsuit")."""


def _orders_shut(verb: Token) -> bool:
    """ "the government ordered ABS-CBN shut", "ordered the network to close", "ordered the
    closure of the station", "ordered the satellite channel to stop broadcasting": a
    suspension."""
    return any(
        c.lower_ in SHUTTING or (c.lower_ in STOP and any(children(c, "xcomp", "dobj")))
        for c in children(verb, "ccomp", "xcomp", "oprd", "dobj")
    )


ORDERED_ACTS = frozenset(
    "delay delays evacuation evacuations release withdrawal investigation inquiry probe "
    "recount review halt suspension deployment mobilisation mobilization removal return "
    "arrest arrests closure lockdown curfew".split()
)
"""Nouns of an act that someone orders ("ordered the evacuation of the coast", "ordered a
delay of military aid"), not goods ordered ("ordered 20 new aircraft")."""


ORDERED_GOODS = frozenset(
    "aircraft airliner airliners plane planes jet jets helicopter helicopters drone drones "
    "vehicle vehicles car cars truck trucks bus buses train trains locomotive locomotives "
    "part parts vaccine vaccines dose doses copies".split()
)
"""Goods a buyer orders by the number ("ordered 75 more Boeing 737 MAX jets"). Not what is
as often commanded as bought: units, ships, tanks, missiles ("ordered two warships to sail")."""
SUPPLIERS = frozenset(
    "supplier suppliers maker makers manufacturer manufacturers firm firms company "
    "companies".split()
)
"""Who goods are ordered from ("ordered parts from suppliers in China")."""


def _buys(verb: Token) -> bool:
    """ "Ryanair ordered 75 more Boeing 737 MAX jets to be delivered from 2024", "Egypt ordered
    24 Rafale jets worth $5.9 billion", "ordered 12 aircraft built by Airbus", "ordered parts
    from suppliers in China to keep production running": goods bought (counted goods, a
    price, a maker, a supplier), whatever clause follows; not "ordered 3,000 troops to
    deploy", "ordered the military to begin exercises" (who is ordered acts), nor "ordered
    a delay of military aid" (an act)."""
    goods = [c for c in children(verb, "dobj") if c.lower_ not in ORDERED_ACTS]
    if any(c.lower_ == "worth" for g in (verb, *goods) for c in g.children):
        return True  # a price: "24 Rafale jets worth $5.9 billion" (the parse may hang
        # "worth" on the verb, with the goods its subject)
    if not goods:
        return False
    if any(
        o.ent_type_ == "ORG" or o.lower_ in SUPPLIERS
        for g in (verb, *goods)
        for o in preposition_objects(g, "from")
    ):
        return True  # a supplier: "parts from suppliers", "50 F-35 jets from Lockheed Martin"
    for g in goods:
        if any(
            a.dep_ == "acl" and a.tag_ == "VBN" and any(children(a, "agent")) for a in g.children
        ):
            return True  # a maker: "12 aircraft built by Airbus", "jets made by Dassault"
        counted = any(c.dep_ == "nummod" for c in g.children)
        if counted and g.lower_ in ORDERED_GOODS:
            return True  # goods by the number: "30 Boeing 787 aircraft to replace its fleet"
    return False


def _gives_order(verb: Token) -> bool:
    """ "Hermogino ordered Coast Guard units to join the pursuit", "Pelosi ordered the flags
    lowered", "Trump ordered a delay of military aid": an order given by who gives it (a
    demand, CAMEO 10); not "ordered 20 new aircraft" (a purchase), nor an order with no one
    named giving it ("were ordered to leave")."""
    if not any(children(verb, "nsubj")) and not any(preposition_objects(verb, "by")):
        return False
    if _buys(verb):
        return False
    if any(children(verb, "xcomp", "ccomp", "oprd")):
        return True
    return any(
        c.lower_ in ORDERED_ACTS or any(children(c, "acl", "xcomp", "oprd"))
        for c in children(verb, "dobj")
    )


def _orders_court(verb: Token) -> bool:
    """ "The judge ordered Tarrant remanded in custody": an order of a court is a ruling."""
    return _gives_order(verb) and _court_among(children(verb, "nsubj"))


def _halts(verb: Token) -> bool:
    """ "the United States halted its food aid", "China has ceased the repatriation of North
    Korean nationals", "closed their embassies in Yemen", "had shut off all Internet traffic":
    something stopped by the one who stops it (events43: three of ten long round-ups). An
    object is needed ("talks halted", "the polls closed", "ceased to exist" are not acts), and
    for "close" and "shut" a facility ("closed the deal", "closed the session" are not); a
    movement stopped ("halted its slide", ``MOVEMENTS``) is no one's act."""
    if infinitive(verb):
        return False
    objects = [
        o
        for o in children(verb, "dobj", "nsubjpass")
        if o.pos_ in ("NOUN", "PROPN") and o.lower_ not in MOVEMENTS
    ]
    if verb.lower_.startswith(("halt", "ceas")):
        return bool(objects)
    return any(o.lower_ in FACILITIES for o in objects)


def _grant_expires(verb: Token) -> bool:
    """ "the franchise of ABS-CBN expired": its holder suspended; not "the deadline expired"."""
    return any(c.lower_ in GRANTS for c in children(verb, "nsubj"))


def _off_air(verb: Token) -> bool:
    """ "the network signed off the air", "went off the air": a broadcaster suspended."""
    return any(
        o.lower_ == "air"
        for c in verb.children
        if c.lower_ == "off"
        for o in (*children(c, "pobj"), *children(verb, "dobj"))
    )
