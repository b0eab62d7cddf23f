"""``_frame``: an ``AgreementFrame`` from an agreement noun, its status, parties, value,
subject and name, from everything below."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...gazetteer import place_kind
from ...model import AgreementFrame, Role
from ..parse import (
    children,
    conjuncts,
    infinitive,
    preposition_objects,
    role,
    subject,
    subtree_role,
    token_role,
    within,
)
from ..vocabulary import (
    AGREED_TO,
    AGREEMENT_VERBS,
    AWARD,
    AWARDING,
    BROKER,
    ORDER,
    PAY,
    SUPPLY,
    forms,
)
from .clauses import (
    ANNOUNCED,
    DASHES,
    MEMBERSHIP,
    STAY,
    _accused,
    _asked,
    _batched,
    _denied_verb,
    _doer,
    _governing_verb,
    _hypothetical,
    _made_passive,
    _makers,
    _ordered_makers,
    _placed_orders,
    _proper_span,
    _reporter,
    _told_of,
    _value,
)
from .deals import MODIFIERS, _bought_for
from .known import _apposed, _heads, _known_text
from .nouns import DUTIES, PARTY_LABELS
from .parties import _negotiators, _pair_before, _told_after_talks
from .sides import (
    _bound,
    _brokering,
    _granted,
    _joined_before,
    _members,
    _name_end,
    _no_helpers,
    _non,
    _other_plural,
    _paired,
    _related,
    _truce_word,
    _war_sides,
)
from .statuses import _pledged

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

STATUS_WORDS = {"proposed": "proposed", "draft": "proposed", "signed": "signed"}


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
    doer = verb.head if verb is not None and verb.dep_ in ("prep", "prt") else verb  # "out"
    if status == "withdrawn" and doer is not None and _weighed(doer):
        status = None  # "discussed leaving the European Convention": still in it
    if status == "withdrawn" and doer is not None and doer.lower_ in WANTING:
        status = None  # "He wants the United States out of NAFTA": a wish, no withdrawal
    for m in modifiers:
        status = status or STATUS_WORDS.get(m.lower_)
    parties = [m for m in modifiers if m.ent_type_ in PARTY_LABELS and not _brokering(m)]
    sides = [token_role(doc, t) for t in _paired(modifiers)]  # "the Turkish-Libyan agreement"
    sides += [token_role(doc, t) for t in _members(anchor)]  # "the treaty consisting of A and B"
    for h in _heads(anchor):
        parties.extend(_no_helpers(preposition_objects(h, "with", "between", "among", "by")))
    related = _related(anchor)  # "a deal establishing relations between Bahrain and Israel"
    related += _between_by_copula(anchor)  # "The MoU on mental health is between A and B"
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
        viewed = (_viewing(verb) or verb.lower_ in BROKER) and (
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
            place = who
            who = next((c for c in who.head.children if c.dep_ == "nsubj" and c.i >= opening), None)
            if who is None and place.dep_ == "nsubj":  # "NAIROBI – Kenya's rivals Kibaki and
                # Odinga signed …": the real subject parsed as the place's apposition
                who = next((c for c in children(place, "appos") if c.i >= opening), None)
        person = who is not None and (who.ent_type_ == "PERSON" or who.lower_ in ("he", "she"))
        if person and (_pledged(verb) or _hypothetical(verb)):
            who = None  # "Trump has vowed to renegotiate NAFTA": a person's pledge, no party;
            # so is "she would renegotiate NAFTA if elected", a candidate's
        if who is not None and _a_term_of(verb, who):
            who = None  # "The EU observer mission is part of a French-brokered ceasefire"
        witness = _as_witness(verb)
        guarantors = _with_as_witness(verb, witness) if witness is not None else set()
        if guarantors:  # "signed a peace deal, with Cuba and Norway as guarantors": those
            # after "with" are the witnesses, the subject a party
            witness = None
        if witness is not None:  # "Norway signed the agreement as a witness alongside
            # Colombia and the FARC": a witness is no party; those beside it are
            who = None
            parties.extend(preposition_objects(witness, "alongside"))
            parties.extend(preposition_objects(verb, "alongside"))
        led = _led_to(verb, anchor)
        if led or _mediating(verb):
            if not any(o.lower_ in PEERS for o in led):  # "Turkey led its NATO allies to a
                # deal": one among its peers, a party with them
                who = None  # "Annan led the two sides to a power-sharing agreement"; "Flown
                # in to mediate the crisis, Annan secured …": the mediator is no party
            parties.extend(t for o in led for t in (o, *conjuncts(o)))
            sides.extend(_offices_given(doc, anchor))
        if who is not None and not viewed and not disowned and not stated and not acting_for:
            # "Trump has questioned the NATO treaty"; not "China is not a party to the INF"
            parties.append(who)
            parties.extend(conjuncts(who))
        # "May's deal was rejected by Parliament": who holds a view is no party, active or
        # passive
        parties.extend(
            o
            for o in _no_helpers(
                preposition_objects(verb, "with", "between", *(() if viewed else ("by",)))
            )
            if o.i not in guarantors
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
    of = next((c for c in children(noun, "prep") if c.lower_ in ("on", "of", "against")), None)
    named_by = next(children(of, "pobj"), None) if of is not None else None
    if named_by is None:  # "the Convention Relating to the Status of Refugees": a capitalised
        # participle right after the noun goes on with the name
        # whether the parse hangs it on the noun or on the verb
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.tag_ in ("VBG", "VBN") and after.text[:1].isupper():
            named_by = after
    if noun.text[0].isupper() and named_by is not None and named_by.text[0].isupper():
        last = _name_end(named_by)  # "the Treaty on European Union", "the Treaty of Lisbon",
        # "the Convention against Torture"
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
    if name is not None and _kind_title(name):
        name = None  # "a Memorandum of Understanding (MoU) with": its kind, capitalised
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


PEERS = frozenset(
    "allies partners members colleagues counterparts peers neighbours neighbors fellows".split()
)
"""Nouns of those led who are the leader's own peers ("led its NATO allies to a deal"): the
leader is one of the sides, not a mediator."""


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
    """A verb whose subject was brought in to mediate ("Flown in to mediate the crisis, Annan
    led …", "Sent to broker a truce, Egypt secured …"): its subject is the mediator, no party.
    Only after a passive participle of being sent: a subject that signs "to broker peace with
    Israel" or "hoping to mediate future disputes" signs for itself, a party."""
    return any(
        t.lower_ in BROKER and t.pos_ == "VERB" and infinitive(t)
        for c in children(verb, "advcl")
        if c.tag_ == "VBN"
        for t in c.subtree
        if t.i != c.i
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
    that name an agency). The capitals must name a city or region: an acronym opening a
    sentence with a dash after it is a party ("IBM – the computer maker – signed …", "NATO -
    the Western alliance - signed …")."""
    i = 0
    while i < len(doc) and doc[i].is_alpha and doc[i].is_upper and len(doc[i]) > 1:
        i += 1
    if i == 0 or place_kind(doc[:i].text) is None:
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


PHASES = frozenset("one two 1 2".split())
"""Numbers after "phase" that name a stage of a deal ("the phase one trade deal")."""


ENDED = frozenset("over ended void dead finished null".split())
"""Words that make a truce declared one ended ("declared the truce over")."""


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
    "endorse",
    "applaud",
    "laud",
    "champion",
    "urge",
)
"""Verbs of a view on an agreement, whose subject is no party to it ("Trump has questioned
the NATO treaty", "MPs rejected the agreement", "the Arab League endorsed the peace
agreement"). "back" is one only without a particle (``_viewing``): "backed out of the deal"
is a leaving."""


def _viewing(verb: Token) -> bool:
    """A verb of a view on an agreement (``OPINION``), or "back" as support ("the Arab League
    backed the peace agreement signed by the government and the rebels"): the backer is an
    outside body, no party; not "backed out of" or "backed away from", a party leaving."""
    if verb.lower_ in OPINION:
        return True
    return (
        verb.lower_ in forms("back")
        and verb.pos_ == "VERB"
        and not any(
            c.lower_ in ("out", "away", "off", "down") for c in children(verb, "prt", "advmod")
        )
    )


WEIGHED = forms(
    "discuss",
    "consider",
    "debate",
    "weigh",
    "contemplate",
    "mull",
    "propose",
    "suggest",
    "explore",
    "study",
    "threaten",
)
"""Verbs of weighing a step, not taking it: "ministers discussed leaving the European
Convention", "Iran threatened to quit the NPT": no withdrawal yet."""


WITNESSES = frozenset(
    "witness witnesses guarantor guarantors observer observers mediator mediators host".split()
)
"""What one signs an agreement "as" who is no party to it ("signed as a witness")."""


def _as_witness(verb: Token) -> Token | None:
    """The noun of a verb's "as a witness", "as guarantor": its subject signs for others."""
    return next(
        (o for o in preposition_objects(verb, "as") if o.lower_ in WITNESSES),
        None,
    )


def _with_as_witness(verb: Token, witness: Token) -> set[int]:
    """The objects of a verb's "with" that its "as a witness" follows at once ("signed a
    peace deal, with Cuba and Norway as guarantors"): the phrase describes them, not the
    subject, as spaCy hangs both on the verb. Their token indices; empty when the "as"
    phrase follows no "with" (review40)."""
    marker = witness.head
    found = [
        o
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i < marker.i
        for obj in children(prep, "pobj")
        for o in (obj, *conjuncts(obj))
    ]
    if found and max(o.right_edge.i for o in found) + 1 == marker.i:
        return {o.i for o in found}
    return set()


def _a_term_of(verb: Token, who: Token) -> bool:
    """A thing said to be "part of" an agreement ("The EU observer mission is part of a
    French-brokered ceasefire"): one of its terms, no party; a named party stays ("Britain is
    part of the pact")."""
    return (
        verb.lemma_ == "be"
        and any(c.dep_ == "attr" and c.lower_ == "part" for c in verb.children)
        and who.pos_ == "NOUN"
        and who.ent_type_ not in PARTY_LABELS
    )


WANTING = forms("want", "wish", "prefer", "hope", "urge", "demand")
"""Verbs whose "X out of the treaty" is wished, not done."""


def _weighed(verb: Token) -> bool:
    """A withdrawal only weighed or threatened ("discussed leaving the treaty", "has
    threatened to pull out of the accord"), so the treaty's page keeps the status its other
    sentences give."""
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lower_ in WEIGHED


DECLARE = forms("declare", "proclaim")
"""Verbs that make a ceasefire or truce, as signing makes a treaty."""


TERMS = frozenset("terms provisions rules conditions".split())
"""What one acts under that is an agreement's ("under the terms of the agreement")."""
BOUND = frozenset(AGREEMENT_VERBS) | forms("trigger", "invoke", "violate", "breach")
"""Verbs whose subject, in a clause about an agreement, is a party to it ("the agreement May
negotiated", "Article 50, which the UK triggered")."""
SIGNATORIES = frozenset("party parties signatory signatories member members".split())
"""Nouns for those bound by an agreement ("parties to the agreement")."""


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _between_by_copula(anchor: Token) -> list[Token]:
    """The sides a copula says an agreement is between ("The MoU on mental health is between
    India's Department of Health and Family Welfare and the Department of Health and Human
    Services"): its parties, as "the MoU between A and B" names them; the parse hangs
    "between" on "is", where no verb of agreeing is to read it."""
    head = anchor.head
    if anchor.dep_ != "nsubj" or head.lemma_ != "be":
        return []
    return [o for o in preposition_objects(head, "between") if o.i > anchor.i]


KIND_TITLES = frozenset(
    {
        "memorandum of understanding",
        "memoranda of understanding",
        "memorandums of understanding",
        "memorandum of agreement",
        "letter of intent",
    }
)
"""Kinds of agreement news writes in capitals ("signed a Memorandum of Understanding (MoU)
with Sri Lanka"): no name of one, so two of them with other sides stay two pages."""


def _kind_title(name: str) -> bool:
    """A name that is only its kind's title, its initials in brackets after it or not
    ("Memorandum of Understanding (MoU)")."""
    return name.split("(", 1)[0].strip().casefold() in KIND_TITLES
