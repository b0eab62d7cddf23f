"""Shapes of offices, candidacies, elections and votes: taking, holding and leaving office,
running, winning and losing seats, bills passed, results called."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...gazetteer import place_kind, state_name
from ...model import EventFrame, Role
from ..parse import children, conjuncts, preposition_objects
from ..vocabulary import (
    BALLOT,
    CANDIDACIES,
    CASES_WON,
    DOPING,
    ENDANGERED,
    EVENT_NOUNS,
    ISOLATION,
    LEGISLATION,
    NAMED_PRIZES,
    OFFICES,
    PASS,
    POSTS,
    PRIZES,
    PRONOUNS,
    RACES,
    SHOOT,
    TERMS,
    TITLES,
    VOTINGS,
    WOUNDS,
    forms,
)
from .clauses import HYPOTHETICAL, WIN
from .courts import _court_among
from .tokens import (
    BODIES,
    BODIES_OR_CHAMBERS,
    CHAMBERS,
    PEOPLE_ENDINGS,
    _named_among,
    _outlet_named,
    _person_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SEATS = CANDIDACIES - {"office", "seat", "re-election", "reelection"}
"""Members one becomes ("became a senator"): an office taken."""


WANTED = frozenset("suspect suspects fugitive fugitives gunman gunmen escapee escapees".split())
"""People captured who are wanted by the law."""


def _office(verb: Token) -> bool:
    """ "became prime minister", "assumed the presidency", "became the first woman to serve as
    Speaker"; not "became a close ally of the president"."""
    for c in children(verb, "attr", "dobj", "acomp"):
        if c.lower_ in OFFICES or (c.dep_ == "attr" and c.lower_ in SEATS):
            return True  # "became prime minister"; "to become the first female US Senator"
        if c.lower_ == "member" and any(
            o.lower_ in BODIES_OR_CHAMBERS for o in preposition_objects(c, "of")
        ):
            return True  # "became a member of the Rajya Sabha"; not "of NATO", "of the band"
        if c.lower_ == "ministry" and any(m.lower_ == "prime" for m in c.children):
            return True  # "regained the prime ministry of Hungary"
        if any(t.lower_ in OFFICES and t.head.lower_ == "as" for t in c.subtree):
            return True
    return False


NOMINATIONS = frozenset({"nomination", "nominations"})
"""What a candidate runs for or seeks besides an office: a party's nomination ("ran for the
Democratic Party presidential nomination in 1988")."""


def _legislature(body: Token) -> bool:
    """A body one runs for is a state's or a country's ("US Congress", "the Senate", "North
    Carolina's state Senate"), not a party named like one ("John Atta Mills running for the
    National Democratic Congress")."""
    return not any(
        c.dep_ in ("compound", "amod", "nmod")
        and c.pos_ == "PROPN"
        and c.ent_type_ not in ("GPE", "NORP")
        and state_name(c.text) is None
        and place_kind(c.text) is None
        for c in body.children
    )


def _runs_for(verb: Token) -> bool:
    """ "ran for president", "ran for re-election", "ran to be a state delegate"; also a body
    or a nomination, as the noun "run" reads (``_for_office``): "ran for US Congress in 2010",
    "ran for the Democratic Party presidential nomination in 1988". Not "ran for cover", "ran
    a company", "ran for the house" (a chamber only written large: "ran for the House")."""
    wanted = OFFICES | CANDIDACIES | NOMINATIONS
    if any(
        o.lower_ in wanted or (_legislature(o) and (o.lower_ in BODIES or o.text == "House"))
        for o in preposition_objects(verb, "for")
    ):
        return True
    return any(
        t.lower_ in wanted and t.dep_ in ("attr", "dobj")
        for x in children(verb, "xcomp", "advcl")
        for t in x.subtree
    )


def _succeeds_as(verb: Token) -> bool:
    """ "Boris Johnson replaced Theresa May as prime minister", "succeeded May as prime
    minister": the office taken, by the subject; not "replaced the engine", "succeeded in
    passing the bill"."""
    return any(
        t.lower_ in OFFICES
        for o in preposition_objects(verb, "as")
        for t in (o, *children(o, "nmod", "compound", "amod"))
    )


def _steps_in(verb: Token) -> bool:
    """ "has stepped into Cummings's role as the committee's acting chair", "took over as
    chair", "stepped in as acting president": an office taken; not "stepped down as chair"
    (a resignation), "took over the company"."""
    ways = [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod")]
    if not any(c.lower_ in ("in", "into", "over") for c in ways) or any(
        c.lower_ in ("down", "aside", "back") for c in ways
    ):
        return False
    held = [*preposition_objects(verb, "as")]
    held += [
        a for o in preposition_objects(verb, "into", "in") for a in preposition_objects(o, "as")
    ]
    return any(
        t.lower_ in OFFICES for o in held for t in (o, *children(o, "nmod", "compound", "amod"))
    )


def _holds(verb: Token) -> bool:
    """ "served as its first prime minister, 1980–1987", "had held the position since April
    2018": the time in office, dated by when it began; not "served a sentence", "held talks"."""
    if verb.lower_.startswith("serv"):  # "serving as the speaker pro tem": its modifier
        terms = [o for o in children(verb, "dobj") if o.lower_ in ("term", "terms")]
        return any(
            t.lower_ in OFFICES
            for head in (verb, *terms)  # "served two terms as governor"
            for o in preposition_objects(head, "as")
            for t in (o, *children(o, "nmod", "compound"))
        ) or _serves_in(verb)
    return any(c.lower_ in POSTS for c in children(verb, "dobj"))


def _legislation(verb: Token) -> bool:
    """ "passed a resolution", "the bill was approved by the Senate", "a resolution passed by
    the House in March": a vote on a law."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ in LEGISLATION:
        return True
    return any(
        c.dep_ in ("dobj", "nsubjpass", "nsubj")
        and (c.lower_ in LEGISLATION or (c.lower_ == "act" and c.text[:1].isupper()))
        for c in verb.children
    )  # "passed a resolution", "the bill was approved", "the bill passed the Senate",
    # "Congress passed the Affordable Care Act"


def _votes_to_pass(verb: Token) -> bool:
    """ "The Senate voted 52-48 to pass the tax bill": the vote is the law's passage."""
    return any(c.dep_ == "xcomp" and c.lower_ in PASS and _legislation(c) for c in verb.children)


def _defeats_candidate(verb: Token) -> bool:
    """ "Hagan defeated incumbent Republican US Senator Elizabeth Dole", "Thom Tillis defeated
    Kay Hagan in the 2014 Senate election": one named beating one named in a sentence of
    offices or elections is an election; not "US troops had defeated ISIS", "Pakistan
    defeated India", nor a match ("Nadal defeated Federer in the final")."""
    losers = list(children(verb, "dobj", "nsubjpass"))
    winners = [*children(verb, "nsubj"), *preposition_objects(verb, "by")]
    if losers and not winners and all(_personal(w) or w.lower_ in ("he", "she") for w in losers):
        # "he was defeated in the 2010 election": the vote named where it was lost
        return any(o.lower_ in BALLOT for o in preposition_objects(verb, "in"))
    if not losers or not winners:
        return False
    if not all(
        _personal(w) or w.lower_ in ("he", "she") or (w in losers and w.lower_ in INCUMBENTS)
        for w in (*losers, *winners)
    ):
        return False  # persons on both sides: not "US troops had defeated ISIS", "Israel
        # defeated Hamas", "The Taliban defeated US-backed forces"
    other = {
        t.i
        for c in verb.children
        if c.dep_ in ("ccomp", "parataxis", "advcl", "conj", "relcl")
        for t in c.subtree
    }
    # the ballot in the verb's own clause: not "…, a senator said", "Netanyahu told parliament"
    return any(t.lower_ in BALLOT for t in verb.subtree if t.i not in other)


def _personal(head: Token) -> bool:
    """A phrase's head that may name a person: tagged so, or a proper noun that is no
    state's or place's name, nor a group's with an article ("Hagan", which the NER reads as
    a place; not "Israel", "The Taliban", "US-backed forces")."""
    if head.ent_type_ == "PERSON":
        return True
    if (
        head.pos_ != "PROPN"
        or head.ent_type_ == "NORP"
        or any(c.dep_ == "det" for c in head.children)
    ):
        return False
    name = " ".join(t.text for t in head.subtree if t.dep_ == "compound" or t.i == head.i)
    return not any(f(n) for n in (name, head.text) for f in (state_name, place_kind))


def _puts_off_vote(verb: Token) -> bool:
    """ "Ohio postponed its primary", "Maryland rescheduled most of its primary races", "In
    Ohio, which was planning to hold its primary election on Tuesday, DeWine postponed it": a
    vote put off; not "delayed the flight"."""
    objects = list(children(verb, "dobj"))
    heads = [*objects, *(p for o in objects for p in preposition_objects(o, "of"))]
    if any(o.lower_ in VOTINGS for o in heads):
        return True
    return any(o.lower_ in ("it", "them") for o in objects) and any(
        t.lower_ in VOTINGS for t in verb.doc[verb.sent.start : verb.i]
    )


def _in_name(token: Token) -> bool:
    """ "Montana Native Vote", a group: a word of a name of several words, of a group, a
    person or a place, is no event ("the Brexit vote", a common noun, still is); nor is a
    person named by that word alone ("Ban criticized Vorland": Ban Ki-moon, no ban)."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in NAMED_TYPES
        and any(
            (len(e) > 1 or e.label_ == "PERSON") and e.start <= token.i < e.end
            for e in token.doc.ents
        )
    )


NAMED_TYPES = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP"})


def _joins_race(verb: Token) -> bool:
    """ "De Blasio joined the presidential race in May": a candidacy, an election's."""
    return any(c.lower_ in RACES for c in children(verb, "dobj"))


def _guilty(verb: Token) -> bool:
    """ "two French police officers were found guilty on Thursday of raping a tourist", "the
    jury found him guilty": a conviction; not "found the body", "found that"."""
    return any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ == "guilty"
               for c in verb.children)  # fmt: skip


def _shoots(verb: Token) -> bool:
    """A person shot ("Police arrived and shot him dead", "Khan was shot by police", "a
    gunman shot two officers"); not "shot a video", "shot down a drone", "shot up"."""
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "up") for c in verb.children):
        return False
    return any(
        c.ent_type_ == "PERSON"
        or c.lower_ in ("him", "her", "them", "he", "she", "they")
        or (c.pos_ == "NOUN" and (c.lower_.endswith(PEOPLE_ENDINGS) or c.lower_ in WANTED))
        for c in children(verb, "dobj", "nsubjpass")
    )


def _for_office(noun: Token) -> bool:
    """A run, bid or campaign "for" an office or a seat in a body ("run for Senate", "bid for
    the presidency"); not "a bid for the company", "a campaign for gun control"."""
    return any(o.lower_ in OFFICES | CANDIDACIES | BODIES for o in preposition_objects(noun, "for"))


def _to_office(verb: Token) -> bool:
    """An office one is named or chosen to ("John Smith was named prime minister on Monday",
    "Mattarella named Conte as prime minister", "was chosen as the party's leader"); not
    "named a new cabinet", "was named one of the most influential people"."""
    held = [*children(verb, "oprd", "attr", "xcomp"), *preposition_objects(verb, "as")]
    return any(
        t.lower_ in OFFICES for h in held for t in (h, *children(h, "compound", "nmod", "amod"))
    )


def _to_power(verb: Token) -> bool:
    """Power come or risen to ("since Putin came to power in 2000", "Hamas swept to power in
    2006"); not "came to the rescue", "rose to fame", "return to power" left undone ("vowed to
    return to power": the clause tests say so)."""
    return any(o.lower_ == "power" for o in preposition_objects(verb, "to"))


def _prize(verb: Token) -> bool:
    """An honour awarded or received ("was awarded the Most Brilliant Order of the Sun",
    "received the Bharat Ratna", "won the Nobel Peace Prize"); not "received an order",
    "was awarded a contract", "won the election"."""
    return any(
        c.lower_ in PRIZES or c.text in NAMED_PRIZES for c in children(verb, "dobj", "nsubjpass")
    )


def _made_title(verb: Token) -> bool:
    """ "was made a lord by Tony Blair", "was made Commander of the Order of the Bath": an
    honour given; an officer or member only of an Order ("made a Member of the Order of the
    British Empire"; not "made a member of the committee", "made it a priority")."""
    made = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        made.append(verb.head)  # "Mr Smith, made Commander of the Order of the Bath in …"
    if not any(_person_word(c) for c in made):
        return False
    return any(
        t.lower_ in TITLES
        and (
            t.lower_ not in OF_AN_ORDER
            or any(o.text in ORDERS for o in preposition_objects(t, "of"))
        )
        for t in children(verb, "oprd", "attr", "xcomp", "dobj")
    )


OF_AN_ORDER = frozenset("officer member commander companion".split())
"""Titles that are honours only of an Order: "made Commander of the Order of the Bath",
"made a Companion of Honour"; not "made commander of the 3rd Division", an appointment."""
ORDERS = NAMED_PRIZES | {"Honour", "Bath", "Empire"}


def _wins_case(verb: Token) -> bool:
    """ "won pounds 150,000 in libel damages from the Daily Telegraph", "won the case against
    the government": a court's ruling (not "won the election", "won a contract")."""
    won = [
        t
        for c in children(verb, "dobj")
        for t in (c, *conjuncts(c))
        if not any(
            o.pos_ == "NOUN" and not any(n.dep_ == "nummod" for n in o.children)
            for o in preposition_objects(t, "of")
        )
    ]  # (not "won a case of champagne"; "damages of pounds 10,000" are)
    amounts = [n for t in won for n in children(t, "nummod")]  # "pounds 150,000 in damages"
    won += [o for t in (verb, *won, *amounts) for o in preposition_objects(t, "in")]
    return any(t.lower_ in CASES_WON for t in won)  # (not "won a contract to manage
    # compensation payments": what is won, not a word anywhere in its phrase)


def _launches_body(verb: Token) -> bool:
    """ "launched Respect, the Unity Coalition, in January", "formed a new party": a body
    founded; not "launched an attack", "launched a website", "formed a government", nor a
    pact with another ("formed a new alliance with France")."""
    if any(preposition_objects(verb, "with")):
        return False  # "formed a coalition with Labour", "a new alliance with France": a pact
    for c in children(verb, "dobj"):
        if any(preposition_objects(c, "with")):
            return False
        kinds = {c.lower_, *(a.lower_ for a in children(c, "appos"))}
        if not kinds & PARTY_WORDS:
            continue
        if c.ent_type_ == "ORG" or any(a.lower_ == "new" for a in children(c, "amod")):
            return True
        if any(a.lower_ in PARTY_WORDS for a in children(c, "appos")):
            return True
    return False


PARTY_WORDS = frozenset("party coalition movement alliance company firm foundation".split())
"""Bodies whose launch or forming founds them (not a campaign, an inquiry or a product)."""


def _positive(verb: Token) -> bool:
    """ "tested positive for COVID-19": an illness; not "tested a missile", nor "tested
    positive for meldonium" (a doping case)."""
    if any(t.lower_ in DOPING for o in preposition_objects(verb, "for") for t in o.subtree):
        return False  # (the "for" on the verb or on "positive")
    return any(
        c.lower_ == "positive" and not any(t.lower_ in DOPING for t in c.subtree)
        for c in verb.children
    )


def _endangers(verb: Token) -> bool:
    """ "was threatening democracy", "threatened the coast": a thing put in danger, no one
    threatened; not "threatened Iran", "threatened him with arrest", "threatened to leave"."""
    return (
        any(c.lower_ in ENDANGERED for c in children(verb, "dobj"))
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
        and not any(preposition_objects(verb, "with"))
    )


def _injured(verb: Token) -> bool:
    """ "was hospitalised after being shot", "were admitted to hospital with injuries": the
    wounded of an attack or a crash (told of as that), not an illness; "hospitalised after a
    fall at his home" is one."""
    return any(
        t.lower_ in WOUNDS or t.lower_ in SHOOT
        for c in verb.children
        if c.dep_ in ("prep", "advcl") and c.lower_ in ("after", "with", "following")
        for t in c.subtree
    )


def _self(verb: Token) -> bool:
    """ "will self-isolate", "is self-isolating": one ill or exposed kept apart (the word after
    "self-", which the tokenizer splits in three); not "isolated the country"."""
    doc, i = verb.doc, verb.i
    return i >= 2 and doc[i - 1].text in ("-", "‐") and doc[i - 2].lower_ == "self"


def _isolated(verb: Token) -> bool:
    """ "went into self-isolation", "entered quarantine", "was admitted to hospital", "was
    placed in isolation"; not "went into politics"."""
    return any(
        o.lower_ in ISOLATION for o in preposition_objects(verb, "into", "in", "to", "under")
    ) and not any(c.dep_ == "dobj" for c in verb.children)


def _gives_post(verb: Token) -> bool:
    """ "Gandhi gave him ministerial posts", "was given the post of finance minister": an
    appointment; not "gave him a letter"."""
    return any(
        c.lower_ in POSTS | {"posts", "portfolio", "portfolios"}
        for c in children(verb, "dobj", "nsubjpass")
    ) and (any(children(verb, "dative")) or any(children(verb, "nsubjpass")))


CANDIDACIES_SOUGHT = NOMINATIONS | frozenset(
    {"candidacy", "presidency", "premiership", "reelection", "office"}
)
"""What a candidate seeks ("sought the Republican nomination", "sought the presidency");
not "election" ("sought early elections" is a demand), nor "power", "a seat" alone."""
BACKINGS = NOMINATIONS | frozenset({"backing", "endorsement"})
"""What a candidate seeks of a party ("sought the backing of the Republican Party")."""


def _seeks_candidacy(verb: Token) -> bool:
    """ "Martin unsuccessfully sought the backing of the Republican Party in 2000 and 2012",
    "had sought the Democratic nomination": a candidacy run, an election's, as "ran for" is.
    Past only: "is seeking the nomination" is most often the campaign whose announcement the
    article reports ("announced he is seeking …", "Bush, who is also seeking the
    nomination"), "seeking" a time ("was killed while seeking the nomination"). Not "sought
    asylum", "sought the support of the UN", "did not seek reelection" (``_declines_term``)."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "neg" for c in verb.children):
        return False
    for c in children(verb, "dobj"):
        if c.lower_ in CANDIDACIES_SOUGHT:
            return True
        if c.lower_ in BACKINGS and any(
            any(t.lower_ == "party" for t in o.subtree) or o.lower_ in ("democrats", "republicans")
            for o in preposition_objects(c, "of")
        ):
            return True
    return False


def _declines_term(verb: Token) -> bool:
    """ "did not seek reelection", "did not run for re-election", "George Washington sought no
    third term": a retirement from office (the one negated use of a verb that is an event; not
    "would not seek")."""
    sought = [
        c for c in (*children(verb, "dobj"), *preposition_objects(verb, "for")) if c.lower_ in TERMS
    ]
    if not any(c.dep_ == "neg" for c in verb.children) and not any(
        d.dep_ == "det" and d.lower_ == "no" for c in sought for d in c.children
    ):
        return False  # (or "sought no third term")
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children):
        return False
    if any(c.ent_type_ in ("ORG", "NORP", "GPE") for c in children(verb, "nsubj")):
        return False  # "the Conservative Party did not contest the seat": it stood aside
    return bool(sought)


def _emergency(verb: Token) -> bool:
    """Martial law, a state of emergency or a curfew imposed or declared ("Marcos imposed
    martial law in 1972", "declared a state of emergency"); not "imposed tariffs"."""
    done = list(children(verb, "dobj", "nsubjpass"))
    who = next(children(verb, "nsubj"), None)
    if not done and who is not None and who.left_edge.i > 0:
        # "the state of emergency Trump declared last Friday": a relative clause without
        # "that", which the parser reads as a clause of its own; the noun ends just before
        before = verb.doc[who.left_edge.i - 1]
        done = [before] if before.lower_ in ("emergency", "curfew", "law") else []
    for c in done:
        words = {t.lower_ for t in c.subtree} | {c.nbor(-1).lower_ if c.i > 0 else ""}
        if c.lower_ == "law" and "martial" in words:
            return True
        if c.lower_ in ("emergency", "curfew") or (c.lower_ == "state" and "emergency" in words):
            return True
    return False


SUITS = frozenset(
    "lawsuit lawsuits suit suits case cases appeal appeals petition petitions complaint "
    "complaints challenge challenges claim claims".split()
)
"""What a court rejects or dismisses in ruling."""


def _turned_down(verb: Token) -> str | None:
    """ "The Senate dismissed the bill", "the amendment was rejected": a vote (``election``);
    "the Supreme Court rejected the lawsuit", "a judge dismissed the case", "the court
    rejected the law": a ruling; None for anything else rejected ("rejected the claims" by a
    spokesman stays a statement, a president who "rejected the bill" vetoes it)."""
    done = list(children(verb, "dobj", "nsubjpass"))
    laws = any(
        c.lower_ in LEGISLATION or (c.lower_ == "act" and c.text[:1].isupper()) for c in done
    )
    deciders = [*children(verb, "nsubj"), *preposition_objects(verb, "by")]
    if (laws or any(c.lower_ in SUITS for c in done)) and _court_among(deciders):
        return "ruling"
    people = any(j.ent_type_ == "PERSON" or j.lower_ in PRONOUNS for j in deciders)
    bodies = not deciders or any(
        j.ent_type_ in ("ORG", "NORP") or j.lower_ in BODIES | CHAMBERS | VOTERS for j in deciders
    )  # not a state: "Beijing rejected the bill" (the US Congress's) says it does
    return "election" if laws and bodies and not people else None


VOTERS = frozenset("lawmakers legislators deputies senators representatives mps voters".split())
"""Who votes a bill down besides a body named ("lawmakers rejected the bill")."""
CONTESTS = frozenset(
    "seat seats caucus caucuses primary primaries delegates delegate nomination runoff "
    "runoffs".split()
)
"""What is won in an election: seats, a party's contests, their delegates, a runoff."""
WAS = frozenset("was were been".split())
"""The copula of an office held from a year ("He was finance minister from 2009 to 2012")."""
SPAN_START = frozenset("from since between".split())
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _office_from(verb: Token) -> bool:
    """ "From 2004 to 2006, he was Minister of Defence", "was President of India from 2012 to
    2017", "Since 2019, she has been the speaker": an office held, dated by its start as "served
    as" is; not "was a minister in 1975" (a time within it), "was in power"."""
    if verb.lower_ not in WAS or any(c.dep_ == "neg" for c in verb.children):
        return False
    held = [
        c
        for c in children(verb, "attr")
        if c.lower_ in OFFICES - {"office", "post", "power"}
        or any(t.lower_ in OFFICES for t in children(c, "compound"))
        or c.lower_ in SEATED
        or (c.lower_ == "member" and _of_body(c))  # "a member of parliament from 1990"
    ]
    return bool(held and _span_started(verb, *held))


SEATED = frozenset("senator congressman congresswoman representative mp legislator".split())
"""Seats held in a body, an office as "was a senator from 1987 to 2016" tells it."""
INCUMBENTS = OFFICES - {"office", "post", "power", "mate"} | SEATED | {"incumbent"}
"""Who is unseated, named by the office ("he unseated the incumbent governor")."""


def _of_body(noun: Token) -> bool:
    """ "a member of parliament", "of the House of Commons": of a legislature or council."""
    return _named_among(preposition_objects(noun, "of"))


def _span_started(*heads: Token) -> bool:
    """A time from a year hangs from one of ``heads``: "from 2009 to 2012", "since 2019",
    "between 1994 and 1999" (on the office too: "was prime minister between 1994 and 1999")."""
    return any(
        YEAR.fullmatch(o.text) or o.ent_type_ == "DATE"
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in SPAN_START
        for o in children(c, "pobj")
    )


LED = BODIES_OR_CHAMBERS | frozenset("party caucus government ministry department".split())
"""What one chairs, heads or leads for a time in office ("chaired the committee from 2007")."""


def _chairs(verb: Token) -> bool:
    """ "She chaired the committee from 2007 to 2011", "led the party from 1990 to 1998",
    "has headed the ministry since 2019": a time in office, dated by its start; not "led the
    protest", "headed home", nor "chairs the committee" (no start: a state, told elsewhere)."""
    if verb.lower_.startswith("represent"):  # "represented the district from 1965"
        seats = [
            o
            for o in children(verb, "dobj")
            if o.lower_ in SEATS_HELD or (o.ent_type_ == "GPE" and _in_body(verb))
        ]  # a state only in a body ("represented Qom in the Assembly"): not "represented
        # Canada at the Olympics from 1992"
        return bool(seats) and _span_started(verb)
    led = [o for o in children(verb, "dobj") if _named_among([o], LED)]
    return bool(led) and _span_started(verb)


SEATS_HELD = frozenset("district constituency riding seat electorate ward".split())
"""What a legislator represents for a time in office."""


def _serves_in(verb: Token) -> bool:
    """ "went on to serve in the House of Representatives", "served in the Senate from 1987":
    a seat held in a body; not "served in the army", "served in the Korean War"."""
    return verb.lower_.startswith("serv") and _in_body(verb)


def _in_body(verb: Token) -> bool:
    """ "in the House of Representatives", "in the Islamic Consultative Assembly": done in a
    legislature or council (``BODIES``, ``CHAMBERS``)."""
    return _named_among(preposition_objects(verb, "in"))


LOSE = forms("lose")


def _loses_vote(verb: Token) -> bool:
    """ "Sanders lost the caucuses to Hillary Clinton", "lost his seat", "lost in all three
    of these states to Clinton" where the paragraph tells of a vote: an election, the loser
    and the winner its participants; not "lost the match", "lost his job", nor "lost the
    election", which the noun tells already."""
    objects = list(children(verb, "dobj"))
    if any(o.lower_ in EVENT_NOUNS for o in objects):
        return False
    if any(o.lower_ in CONTESTS or _round(o) for o in objects):
        return True
    return _tallied(verb) and any(_personal(o) for o in preposition_objects(verb, "to"))


def _holds_vote(verb: Token) -> bool:
    """ "Nevada held its caucuses on February 22", "the party held its primary": a vote held
    by who holds it; not "held talks", nor "held elections", which the noun tells already."""
    return any(
        o.lower_ in VOTINGS - UNTALLIED and o.lower_ not in EVENT_NOUNS
        for o in children(verb, "dobj")
    )


CAST_BALLOTS = frozenset("ballot ballots vote votes".split())
"""What a voter casts ("cast his ballot", "cast their votes"): a vote by who casts it."""


def _casts_ballot(verb: Token) -> bool:
    """ "Trump cast his ballot in Manhattan": a vote (an election's act, ``vote``'s type), not
    the catch-all act of a verb no list names; not "cast doubt", "cast a spell"."""
    return any(o.lower_ in CAST_BALLOTS for o in children(verb, "dobj"))


def _states_won(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    """ "Biden carried Michigan and Missouri": the states are where the votes were, no party
    to them (a state where a vote is held is a place)."""
    won = [t for o in children(verb, "dobj") if o.ent_type_ == "GPE" for t in (o, *conjuncts(o))]
    if not won:
        return frame
    places = tuple(  # each state alone: "Michigan, Mississippi" is no town in a state
        Role(e.start_char, e.end_char, e.text)
        for e in doc.ents
        if any(e.start <= t.i < e.end for t in won if t.ent_type_ == "GPE")
    )
    inside = [(p.start, p.end) for p in places]
    patients = tuple(
        r for r in frame.patients if not any(r.start <= s < r.end or s <= r.start < e
                                             for s, e in inside)
    )  # fmt: skip
    return replace(frame, patients=patients, places=(*places, *frame.places))


def _most_votes(noun: Token) -> bool:
    """ "won the most votes", "won a majority of votes": a vote won; not "won votes to pass the
    bill", support gathered."""
    return noun.lower_ in ("vote", "votes") and any(
        c.lower_ in ("most", "majority", "plurality") for c in noun.children
    )


def _wins_seat(verb: Token) -> bool:
    """ "won a seat in the Senate", "the party won 52 seats", "Sanders won the Nevada
    caucuses", "Trump won the delegates", "won the runoff", "secured a plurality of the vote":
    an election, the winner its participant; not "won the match", "secured votes to pass the
    bill". "won the primary election" is left to the noun "election", not told twice. A state
    won is one only where a result is projected ("was projected to win Florida")."""
    objects = list(children(verb, "dobj"))
    if verb.lower_.startswith("gain"):  # "gained a council seat"; not "gained the support of
        # 200 delegates", "gained a seat on the board"
        return any(
            o.lower_ in ("seat", "seats")
            and not any(p.lower_ in ("board", "boards") for p in preposition_objects(o, "on"))
            for o in objects
        )
    if any(o.lower_ in CONTESTS or _round(o) or _most_votes(o) for o in objects) or any(
        p.lower_ in CONTESTS for c in objects for p in preposition_objects(c, "of")
    ):  # "secured all 25 of Nevada's delegates", "won the first round"
        return True
    if (
        verb.dep_ == "relcl"
        and verb.head.lower_ in CONTESTS
        and any(o.tag_ in ("WDT", "WP") for o in objects)
    ):  # "26 delegates that he earned in Iowa, New Hampshire, and Nevada"
        return True
    if _tallied(verb) and (
        any(o.ent_type_ == "GPE" or o.lower_ in VICTORIES for o in objects)
        or any(
            o.ent_type_ == "GPE" or o.lower_ in VICTORIES for o in preposition_objects(verb, "in")
        )
        or any(p.lower_ in STATES for c in objects for p in preposition_objects(c, "of"))
    ):  # "Biden won Michigan", "carried Missouri", "won in Virginia", "won 10 of the 14
        # states", where the paragraph tells of a vote; not "Liverpool won in Madrid"
        return True
    if any(p.lower_ in SHARES for c in objects for p in preposition_objects(c, "of")):
        # "won 48% of the vote"; not told again after a win: "won the caucuses, securing a
        # majority of votes"
        head = verb.head
        return head.i == verb.i or not (
            (head.lower_ in WIN and _wins_seat(head)) or (head.lower_ in LOSE and _loses_vote(head))
        )  # (nor after a loss: "lost the caucuses to Clinton, securing about 34% of votes")
    return _projected(verb) and any(o.ent_type_ == "GPE" for o in objects)


VICTORIES = frozenset({"victory", "landslide"})
"""A win told as such ("won a landslide victory", "won in a landslide"): a vote's where the
paragraph tells of one, not a battle's."""
STATES = frozenset("states state districts provinces counties".split())
"""What is won by winning its votes ("won 10 of the 14 states")."""


def _round(noun: Token) -> bool:
    """ "the first round", "the second round of voting": one round of an election, where the
    paragraph tells of a vote (not "won the second round of the tournament"); "a second
    term", "another term": a term won at one."""
    if noun.lower_ == "term":
        return any(
            c.lower_ in ORDINALS | TERM_WORDS for c in noun.children if c.dep_ in ("amod", "det")
        )
    return (
        noun.lower_ == "round"
        and any(c.lower_ in ORDINALS | {"final"} or c.ent_type_ == "ORDINAL" for c in noun.children)
        and _tallied(noun)
    )


TERM_WORDS = frozenset("another fresh new full consecutive".split())


def _tallied(token: Token) -> bool:
    """Its paragraph tells of a vote (``TALLIED``): a state won, a placing, a winner declared
    there is a result of it."""
    return any(t.lower_ in TALLIED for t in token.doc)


SHARES = frozenset({"vote", "votes"})
"""What a part is won of ("a plurality of the vote"): alone ("won the vote") it may be a bill's."""
PROJECT = forms("project")
"""A result called by an outlet: "was projected to win", "projected that Biden would win"."""


def _projected(verb: Token) -> bool:
    """ "Biden was projected to win Florida", "NBC projected that Biden would win the
    primary": a result called on the night ("would" there is no hypothesis); not "is projected
    to win" (a forecast) nor "not projected to win"."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and verb.lower_ in WIN
        and head.lower_ in PROJECT
        and head.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "neg" for t in (verb, head) for c in t.children)
        and not any(c.lower_ in ("is", "are", "be") for c in head.children if c.dep_ == "auxpass")
    )


ORDINALS = frozenset("first second third fourth fifth sixth last".split())
UNTALLIED = frozenset("poll polls race races".split())
"""Votings that may be none: an opinion poll, a race run on a track ("finished second in the
race", "Kosgei won the race"); a candidates' race tells its vote by other words."""
TALLIED = CONTESTS | VOTINGS - UNTALLIED | {"vote", "votes", "ballots"}
"""Words that make a placing a result of a vote, not of a poll or a race on a track."""


def _places(verb: Token) -> bool:
    """ "Buttigieg came in first", "Warren placed third in the Massachusetts primary",
    "Sanders finished a distant second", where the paragraph names a vote or its delegates: a
    candidate's result, an election's; not "came in second in the poll", "finished third in
    the marathon", nor "finished second in the race" or "in the Grand Prix" beside a vote."""
    if any(
        o.lower_ in UNTALLIED or o.ent_type_ == "EVENT" for o in preposition_objects(verb, "in")
    ):
        return False
    ranked = any(
        (c.dep_ in ("advmod", "dobj", "npadvmod", "attr", "oprd", "acomp", "pobj"))
        and (c.lower_ in ORDINALS or c.ent_type_ == "ORDINAL")
        for c in (*verb.children, *preposition_objects(verb, "in"))  # "came in second"
    ) or any(  # "took second place"
        o.lower_ == "place" and any(a.lower_ in ORDINALS or a.ent_type_ == "ORDINAL"
                                    for a in o.children)
        for o in children(verb, "dobj")
    )  # fmt: skip
    return ranked and _tallied(verb)


WINNERS = frozenset({"winner", "victor"})
DECLARE_WINNER = PROJECT | forms("declare", "proclaim", "name")


def _declared_winner(verb: Token) -> bool:
    """ "Biden was declared the winner of the Michigan primary", "the commission declared
    Duda the winner", in a paragraph that tells of a vote: an election of the winner; not a
    prize's winner named, nor an outlet's call ("CNN projected Biden the winner": the
    result is Biden's, told by the outlet, whose participant it would make)."""
    named = [
        t
        for c in verb.children
        if c.dep_ in ("oprd", "dobj", "attr", "xcomp")
        for t in (c, *children(c, "appos"))  # "declared Duda the winner", as the parse reads it
    ]
    if verb.lower_ not in DECLARE_WINNER or not any(t.lower_ in WINNERS for t in named):
        return False
    if any(_outlet_named(c) for c in children(verb, "nsubj")):
        return False
    said = {t.lower_ for t in verb.sent}
    return _tallied(verb) and not said & (PRIZES | {"prize", "award", "contest", "competition"})


RUNOFFS = frozenset("runoff runoffs run-off run-offs".split())


def _to_runoff(verb: Token) -> bool:
    """ "Lopez advanced to a runoff against Santos", "qualified for the runoff", "forced a
    runoff": a first round's result, an election of the one who goes on; not "went to the
    polls"."""
    named = [*children(verb, "dobj"), *preposition_objects(verb, "to", "for", "into")]
    return any(o.lower_ in RUNOFFS for o in named)
