"""The state an agreement is told in besides its verb: pledged, demanded, sought, hoped for,
possible, scheduled, completed; gatherings and programmes that are no agreement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...gazetteer import place_kind
from ..parse import children, conjuncts, infinitive, preposition_objects, subject
from ..vocabulary import AGREEMENT_VERBS, COMPLETE, FIRM_NOUNS, FIRM_PARTS, forms
from .clauses import (
    _asked,
    _batched,
    _denied_verb,
    _governing_verb,
    _hypothetical,
    _made,
    _proper_span,
    _wished,
)
from .companies import _buyer, _firm, _firm_name, _firms_merging

if TYPE_CHECKING:
    from spacy.tokens import Token

GATHER = forms("attend", "hold", "host", "open", "visit", "address")


def _asked_for(noun: Token) -> bool:
    """An unnamed agreement someone is only asked to make or keep ("the EU urged Serbia and
    Kosovo to sign the agreement", "called on the rebels to respect the truce"): none is made
    there, and the asker is no party (GOLD). A named one ("called on them to implement the
    Global Political Agreement") stays, its parties those asked (``_asked``)."""
    brokers = {  # "a European-brokered peace deal": the name is of who brokered it
        t.i for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN" for t in c.subtree
    }
    if any(c.pos_ == "PROPN" and c.i not in brokers for c in noun.subtree):
        return False
    verb = _governing_verb(noun)
    return verb is not None and _asked(verb) is not None


def _gathering(noun: Token) -> bool:
    """A convention people attend, hold, are at or go into is a gathering, not a treaty; so
    is one they wait for ("ahead of the party's national convention in July") and a party's
    or a nation's convention ("the 2020 Democratic National Convention", "the party's
    national convention")."""
    verb = _governing_verb(noun)
    head = noun.head
    return (
        (noun.dep_ == "pobj" and head.lower_ in GATHERED)
        or (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in AWAITED)
        or (verb is not None and verb.lower_ in GATHER)
        or any(t.text in ("National", "Party", "Republican", "Democratic") for t in noun.lefts)
        or any(t.lower_ in GATHERING_KINDS for t in noun.lefts)
    )


GATHERED = frozenset("at during after before since into".split())
"""Prepositions of a time or a place a convention is ("at the convention", "went into the
convention as the running mate"): a treaty is signed, joined or broken, not entered so."""
AWAITED = frozenset("ahead eve".split())
"""Words whose "of" a gathering follows in time ("ahead of the convention")."""
GATHERING_KINDS = frozenset("national nominating party annual virtual".split())
"""Words before "convention" that make it a meeting of a party or a body ("the party's
national convention", "its annual convention"), never a treaty (those are "international")."""


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
    if any(_counted_goods(o) for o in bought):
        return False  # "the purchase of ten Airbus A380 aircraft": the maker's goods
    if any(t.ent_type_ == "ORG" for o in bought for t in o.subtree):
        return True
    return any(_firm_name(o) for o in bought) and _firm(_buyer(noun))


def _counted_goods(thing: Token) -> bool:
    """Things bought by the number ("ten Airbus A380 aircraft", "two new helicopters",
    "500 armoured vehicles"): goods, whose maker's name before them is no company bought;
    not firms counted ("two rival firms")."""
    return (
        thing.pos_ == "NOUN"
        and thing.lower_ not in FIRM_NOUNS
        and thing.lower_ not in FIRM_PARTS
        and any(c.dep_ == "nummod" for c in thing.children)
    )


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


AIM = DEMAND | forms("hope", "aim", "want", "try", "strive", "seek", "intend", "encourage")
"""Verbs whose "to reach a deal" is a deal wished for, not made; not "help", which tells it
was reached."""
EFFORTS = frozenset("talks negotiations efforts effort bid attempt attempts push hopes".split())
"""Nouns whose "to reach a deal" is what they are for ("negotiations to reach a deal")."""
CHANCES = frozenset(
    "chance chances hope hopes prospect prospects possibility likelihood odds".split()
)
"""Nouns whose "of agreeing a deal" is a deal that may yet be made ("there was a chance of
agreeing a new Brexit deal with the European Union"), not one made (agreements53)."""


def _sought(noun: Token) -> bool:
    """A new agreement someone aims, hopes or is urged to reach, or that talks are to reach
    ("will urge Olmert and Abbas to reach a peace agreement by the end of the year",
    "negotiations to reach an historic peace agreement", "a chance of agreeing a new deal"):
    none made yet. Not one reached
    ("helped them reach a deal") nor "the deal" told of before."""
    verb = _governing_verb(noun)
    if verb is None or AGREEMENT_VERBS.get(verb.lower_) != "signed" or noun.pos_ == "PROPN":
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lower_ in CHANCES:
        return True  # "a chance of agreeing a new Brexit deal": a gerund of what may happen
    if not infinitive(verb):
        return False  # "reached a deal to end the war": reached
    return (verb.dep_ == "xcomp" and verb.head.lower_ in AIM) or (
        verb.dep_ == "acl" and verb.head.lower_ in EFFORTS
    )


TALKS = frozenset(
    "talks negotiations discussions consultations meeting meetings summit dialogue".split()
)
"""Nouns of talking, whose "on a ceasefire" is a topic of the talks, not one made."""


def _talked_about(noun: Token) -> bool:
    """A new agreement only the topic of talks ("arrived in Cairo for talks on a Gaza
    ceasefire with Egyptian officials", "a meeting about a trade deal"): none made there, and
    those it would be with are the talks' other side, not its parties (GOLD counts no planned
    occurrence). Not a named one, nor "the ceasefire" told of before."""
    if noun.pos_ == "PROPN":
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return False
    verb = _governing_verb(noun)
    if noun.dep_ in ("dobj", "nsubjpass") and verb is not None:
        if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj") and verb.head.lower_ in DISCUSSED:
            return True  # "they discussed brokering an unofficial truce between Israel and …":
            # the brokering is the topic, no truce made
        return verb.lower_ in DISCUSSED  # "A ceasefire between Russia and … was discussed"
    if noun.dep_ != "pobj":
        return False
    if noun.head.lower_ not in ("on", "about", "over", "for", "regarding", "concerning"):
        return False
    return noun.head.head.lower_ in TALKS


DISCUSSED = forms("discuss", "debate", "consider", "raise", "explore")
"""Verbs whose object is a topic weighed, not an agreement made ("discussed a ceasefire")."""


PLANNING = forms("plan", "intend", "attempt")
"""Verbs whose object is a deal planned or tried, not made ("plans a joint venture with HAL",
"Sichuan Hanlong attempted a $1.2bn takeover of Sundance"); not
"expect", whose object may be a deal told of ("analysts expect a merger between Rosneft and
Gazprom" names its sides)."""
PATHS = frozenset("way path road route step steps".split())
"""Nouns whose "to a deal" is a deal wished for ("the best way to a peace deal")."""


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
    expected to sign", ``_hoped``); nor "the MoU … will be signed between", the subject of a
    future passive of signing. Not otherwise "the deal" told of before, a name, nor one a
    clause of its own tells was made (``_told_made``). A batch is new as its agreements are
    ("a number of memorandums of understanding will be signed": agreements53)."""
    if (
        noun.dep_ == "nsubjpass"
        and AGREEMENT_VERBS.get(noun.head.lower_) == "signed"
        and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in noun.head.children)
        and not _told_made(noun)
    ):
        return True  # "The MoU for oil exploration will be signed between OVL and
        # Petrovietnam": its signing still to come, whatever its determiner
    if (
        noun.pos_ == "PROPN"
        or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in _batched(noun).children)
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
