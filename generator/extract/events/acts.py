"""Shapes of other acts one test each: publishing, rescues, arrivals, greetings, approvals,
launches, fights (told by a verb or a noun) and crowds, deaths, the missing and the buried, and
labour strikes (workers, not arms)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parse import children, conjuncts, infinitive, preposition_objects, subject
from ..vocabulary import (
    ARMED_STRIKES,
    CAPTIVES,
    CONTROL,
    CROWDS,
    DOWN_UP,
    EVENT_NOUNS,
    EVENT_VERBS,
    FATAL,
    FIERCE,
    FIGHTERS,
    FIGURATIVE,
    LABOUR_GRIEVANCES,
    LABOUR_STRIKES,
    LAUNCH_THINGS,
    ON_STRIKE,
    PRONOUNS,
    PROTESTERS,
    PUBLISHED,
    REMAINS,
    STRIKERS,
    forms,
)
from .antecedents import _owner
from .clauses import _future
from .courts import _frees
from .offices import _for_office
from .tokens import GOVERNMENTS, _person_word, _state_named

if TYPE_CHECKING:
    from spacy.tokens import Token

HAZARDS = frozenset(
    "earthquake earthquakes quake quakes aftershock aftershocks hurricane hurricanes storm storms "
    "typhoon typhoons cyclone cyclones tornado tornadoes flood floods flooding tsunami tsunamis "
    "landslide landslides avalanche avalanches fire fires wildfire wildfires blaze drought "
    "disease virus outbreak epidemic heatwave lightning eruption".split()
)
"""What strikes or kills without being anyone: a natural hazard is no attacker."""
TOPICS = frozenset(
    "inquiry investigation investigations decision decisions plan plans policy policies proposal "
    "proposals move report remarks comments statement statements claim claims idea ruling "
    "verdict process impeachment vote election bill law deal agreement resolution "
    "administration government leadership record press media lies words pledge pledges speech "
    "speeches tactics agenda manifesto stance rhetoric".split()
)
"""What is attacked in words, not with weapons ("Republicans attacked the impeachment
inquiry")."""


def _publishes(verb: Token) -> bool:
    """ "The Civil Aviation Authority issued a notice", "the ministry released its report on
    Friday", "a report was published by the agency": a document made public by someone; not
    "released the hostages", "posted a loss", nor a document with no one named to have issued
    it."""
    if infinitive(verb) or not any(
        c.lower_ in PUBLISHED for c in children(verb, "dobj", "nsubjpass")
    ):
        return False
    return any(True for _ in children(verb, "nsubj")) or any(preposition_objects(verb, "by"))


HANDED_PLACES = frozenset(
    "territory territories region province provinces city town village island islands base "
    "bases area areas land lands airport port zone enclave".split()
)
"""Places a state or a force hands over ("turned the base over to the Vorland army")."""


def _turns_over(verb: Token) -> bool:
    """ "until they turned it over to Lumo authorities in March of 2009": a place or its
    rule handed to a state or its government; not "turned over documents to investigators",
    a suspect turned over to the FBI, records to the SEC, nor "turned over in his grave"."""
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "over" for c in verb.children):
        return False
    if not any(
        c.ent_type_ in ("GPE", "LOC", "FAC") or c.lower_ in CONTROL | HANDED_PLACES | {"it"}
        for c in children(verb, "dobj", "nsubjpass")
    ):
        return False  # "the suspect was turned over to the FBI", "its records to the SEC"
    return any(
        o.ent_type_ in ("GPE", "ORG", "NORP") or o.lower_ in GOVERNMENTS
        for o in preposition_objects(verb, "to")
    )


def _rescued(verb: Token) -> bool:
    """ "The army rescued the hostages", "the 15 hostages rescued on July 2 by the army":
    people freed; not "rescued the economy"."""
    return _frees(verb) or (
        verb.dep_ == "acl" and (verb.head.lower_ in CAPTIVES or verb.head.ent_type_ == "PERSON")
    )


def _arrives_in_state(verb: Token) -> bool:
    """ "Ortiz arrived in Spain today", "he arrived in Kabul", "Moreau flew to Kenya":
    a person's visit to a country or a city; not "the letter arrived", "arrived at a
    decision", "flew over Ukraine"."""
    who = subject(verb)
    into = ("in", "to") if verb.lower_.startswith("arriv") else ("to",)
    return (
        who is not None
        and (who.ent_type_ == "PERSON" or who.lower_ in ("he", "she"))
        and any(o.ent_type_ == "GPE" for o in preposition_objects(verb, *into))
    )


def _greets_someone(verb: Token) -> bool:
    """ "Dupont greeted Ortiz at the airport", "she was greeted by the President": one
    person meets another; not "welcomed the decision", "greeted the news", nor a crowd
    ("greeted well-wishers", "welcomed the new members", "was greeted by cheering crowds")."""

    def personal(t: Token) -> bool:
        return (
            t.ent_type_ == "PERSON"
            or (t.pos_ != "PRON" and t.tag_ != "NNS" and _person_word(t))
            or (t.lower_ in PRONOUNS - {"it"})
        )

    met = [*children(verb, "dobj", "nsubjpass")]
    by = [*children(verb, "nsubj"), *preposition_objects(verb, "by")]
    return any(personal(t) for t in met) and any(personal(t) for t in by)


POLLED = frozenset("percent % majority most voters respondents people americans".split())
"""Subjects of "approve" in a poll ("55 percent approve of the job he is doing")."""


def _approves(verb: Token) -> bool:
    """ "The European Commission approved the merger on Tuesday", "the plan was approved by
    the cabinet": a body consents; not a poll's approval ("most voters approve of him"), nor
    the approval a vote gave ("voted 507-19 to authorize sending troops": the vote)."""
    if infinitive(verb):
        return False  # "voted to approve": the vote is the event; "plans to approve": to come
    if any(c.lower_ == "of" for c in children(verb, "prep")):
        return False
    if any(c.lower_ in POLLED or c.like_num for c in children(verb, "nsubj")):
        return False
    return any(c.pos_ in ("NOUN", "PROPN") for c in children(verb, "dobj", "nsubjpass")) or any(
        c.dep_ in ("xcomp", "ccomp") for c in verb.children
    )


def _launches(verb: Token) -> bool:
    """ "The agency launched a vaccination campaign", "NASA launched the spacecraft in 2006": a
    programme, a mission or a service begun; not "launched an attack" (the attack), "launched
    a probe into the leak" (the investigation: an event noun is its own event), a party (a
    founding), missiles (a strike) or a run for office."""
    return not infinitive(verb) and any(
        c.lower_ in LAUNCH_THINGS and c.lower_ not in EVENT_NOUNS and not _for_office(c)
        for c in children(verb, "dobj", "nsubjpass")
    )


def _destroys(verb: Token) -> bool:
    """ "was shot down by a missile", "troops blew up a bridge": an attack on a thing (a
    person shot is ``_shoots``'s); not "shot down the proposal", "blew up at reporters"."""
    particle = DOWN_UP.get(verb.lower_)
    if particle is None or not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children
    ):
        return False
    return not any(c.lower_ in TOPICS for c in children(verb, "dobj", "nsubjpass")) and any(
        c.pos_ in ("NOUN", "PROPN") for c in children(verb, "dobj", "nsubjpass")
    )


def _fight(verb: Token) -> bool:
    """ "Troops battled rebels near the border", "protesters clashed with police", "fighting
    between the rebels and government troops": armed sides or crowds on either side, or
    states on both sides of "between"; not "the mayor clashed with the chairman", "his
    politics have clashed with their stances", "battling to cut costs", "police battled the
    blaze", nor a fight told as when something else happens ("errors made when fighting the
    Taliban")."""
    if verb.tag_ == "VBG" and any(
        c.dep_ == "advmod" and c.lower_ in ("when", "while") for c in verb.children
    ):
        return False  # "errors they make when fighting with Taliban militants": a backdrop
    who = subject(verb, depth=1)
    sides = [*children(verb, "dobj"), *preposition_objects(verb, "with", "against", "between")]
    sides.extend(x for side in list(sides) for x in conjuncts(side))  # "between A and troops"
    if any(t.lower_ in HAZARDS for t in sides):
        return False
    if _states_between(verb):
        return True  # "Fighting between Armenia and Azerbaijan flared"
    if who is not None:
        sides.extend((who, *conjuncts(who)))
    return any(t.lower_ in FIGHTERS for t in sides)


FOUGHT_OVER = frozenset({"GPE", "LOC", "FAC"})
"""What a battle is "for" or "in" when it is one of arms ("the battle for Aleppo")."""


def _armed_fight(noun: Token) -> bool:
    """ "Heavy fighting near the border", "fighting between insurgents and security forces", "a
    bloody battle with opposition fighters", "a 12-hour gun battle", "the battle for Aleppo": a
    fight of arms, its sides armed or crowds (``FIGHTERS``) or states, or a word of ``FIERCE``
    before it; "fighting" with no side named is one ("killed in Friday's fighting"). Not "the
    battle against cancer", "a political battle", "a custody battle", "the fight against
    corruption", "dog fighting", "the battle for the nomination"."""
    before = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in FIGURATIVE for c in before):
        return False
    if any(
        c.dep_ == "compound"
        and c.lower_ not in FIERCE
        and c.lower_ not in FIGHTERS
        and c.ent_type_ not in ("NORP", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL")
        for c in before
    ):
        return False  # "dog fighting", "fire fighting", "pillow fight"
    beyond = _beyond_border(noun)
    sides = [
        s
        for s in preposition_objects(noun, "between", "with", "against")
        if s.idx not in beyond  # "near the border with Somalia": no side
    ]
    sides.extend(x for side in list(sides) for x in conjuncts(side))
    if sides:
        return not any(s.lower_ in HAZARDS for s in sides) and (
            any(s.lower_ in FIGHTERS for s in sides) or _states_between(noun)
        )
    if noun.lower_ == "fighting" or any(c.lower_ in FIERCE for c in before):
        return True
    return any(
        o.ent_type_ in FOUGHT_OVER for o in preposition_objects(noun, "for", "in", "at", "of")
    )


BORDERS = frozenset("border borders frontier boundary".split())


def _beyond_border(noun: Token) -> set[int]:
    """ "Heavy fighting near the border with neighboring Somalia": the state after "with" is
    the border's other side, which the parser hangs on the fight; it fought no one. The
    character offsets of such states."""
    if not any(o.lower_ in BORDERS for c in children(noun, "prep") for o in children(c, "pobj")):
        return set()
    return {o.idx for o in preposition_objects(noun, "with") if o.ent_type_ == "GPE"}


FOUGHT_WHEN = frozenset("after in during amid following".split())
"""Prepositions that put a clause's act inside or after a fight ("killed 626 troops after
heavy fighting", "were killed by Indian forces during a gun battle")."""
FOUGHT_ACTS = frozenset({"killing", "strike", "assault", "seizure"})
"""Types of an act whose doer and sufferer fought the fight it came in or after."""


def _fought_by(noun: Token) -> tuple[list[Token], list[Token]]:
    """Who fought a fight that names no side, from the act of arms it sets ("the rebels said
    they had killed 626 troops after heavy fighting": the rebels fought the troops; "two
    fighters were killed by Indian forces during a 12-hour gun battle"); none from a clause
    of saying or of anything else ("talks resumed after the fighting")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FOUGHT_WHEN:
        return [], []
    verb = prep.head
    if verb.pos_ != "VERB" or EVENT_VERBS.get(verb.lower_) not in FOUGHT_ACTS:
        return [], []
    return (
        [*children(verb, "nsubj"), *preposition_objects(verb, "by")],
        list(children(verb, "dobj", "nsubjpass")),
    )


PROTEST_AIMS = forms("challenge", "demand", "oppose", "denounce", "condemn", "protest")
"""Verbs of a crowd's purpose whose object is whom it protests against."""


def _protested(verb: Token) -> list[Token]:
    """Whom a crowd's act is against when its clause says so: the object of its purpose
    ("marched through the capital to challenge President Thabo Mbeki's new government",
    "rallied to demand the government of Prime Minister Sheikh Hasina resign") or of
    "against" in how it was done ("converged on the capital in a massive show against Prime
    Minister Imran Khan")."""
    out: list[Token] = []
    for c in verb.children:
        if (
            c.dep_ in ("advcl", "xcomp")
            and c.lower_ in PROTEST_AIMS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            out.extend(children(c, "dobj"))
            out.extend(s for clause in children(c, "ccomp") for s in children(clause, "nsubj"))
        elif c.dep_ == "prep" and c.lower_ == "in":
            out.extend(a for o in children(c, "pobj") for a in preposition_objects(o, "against"))
    return out


def _states_between(word: Token) -> bool:
    """ "Fighting between Armenia and Azerbaijan": states on both sides of "between" (a state
    "with" or "against" whom one battles is as often a rival in words: "clashed with China
    over trade")."""
    sides = [x for o in preposition_objects(word, "between") for x in (o, *conjuncts(o))]
    return len(sides) > 1 and all(s.ent_type_ in ("GPE", "NORP") for s in sides)


def _crowd(verb: Token, heads: frozenset[str]) -> bool:
    """Whether the verb's subject is a crowd of ``heads`` ("protesters", "thousands of
    opposition party workers", "supporters of the BNP")."""
    who = subject(verb, depth=1)
    if who is None:
        return False
    return any(w.lower_ in heads for w in (who, *conjuncts(who), *preposition_objects(who, "of")))


def _crowd_marches(verb: Token) -> bool:
    """ "Hundreds of protesters marched on parliament", "thousands of public workers marched
    through the capital", "opposition workers converged on Islamabad": a crowd's march, a
    protest (CAMEO 141); not "rebels marched on Tripoli" (an advance, ``_advances_on``) nor
    "the band marched on"."""
    return _crowd(verb, CROWDS)


def _protesters_gather(verb: Token) -> bool:
    """ "Protesters gathered outside parliament", "demonstrators assembled in Tahrir Square": a
    protest; not "thousands gathered to mourn him" nor "leaders gathered in Davos"."""
    return _crowd(verb, PROTESTERS)


def _protest_march(noun: Token) -> bool:
    """ "The march led by Maulana Fazlur Rehman", "a march on parliament": a protest; not the
    month ("in March", a date) nor "the march of progress", "a forced march"."""
    return (
        noun.text in ("march", "marches")
        and not noun.ent_type_
        and not any(c.lower_ in ("forced", "death", "long") for c in noun.children)
        and not any(preposition_objects(noun, "of"))
    )


def _dies(verb: Token) -> bool:
    """ "Mary Jones succumbed to her injuries on Monday", "lost his life in the attack", "was
    found dead on Sunday"; not "succumbed to pressure", "lost the election", "found dead
    fish"."""
    if verb.lower_.startswith("succumb"):
        return any(o.lower_ in FATAL for o in preposition_objects(verb, "to"))
    if verb.lower_ == "found":
        if any(_remains_of(c) is not None for c in children(verb, "nsubjpass")) and not any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ != "dead"
            for c in verb.children
        ):
            return True  # "the body of Jane Doe was found on Friday", "his body was found";
            # not "the governing body of FIFA was found to have broken the rules", a finding
        return any(c.dep_ == "nsubjpass" for c in verb.children) and any(
            c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod")
            for c in verb.children
        )
    return any(c.lower_ in ("life", "lives") for c in children(verb, "dobj"))


def _remains_of(noun: Token) -> Token | None:
    """Whose body or remains ``noun`` are ("the body of Jane Doe", "Doe's body", "his
    remains": the one named before), or None: the dead, not their body, died."""
    if noun.lower_ not in REMAINS:
        return None
    owner = next(iter(children(noun, "poss")), None)
    if owner is not None and owner.tag_ == "PRP$":
        return _owner(owner)
    owner = owner or next(iter(preposition_objects(noun, "of")), None)
    if owner is not None and owner.ent_type_ in NO_CORPSE:
        return None  # "the governing body of FIFA", "Britain's body", a body of people
    return owner


NO_CORPSE = frozenset("ORG GPE NORP LOC FAC PRODUCT LAW EVENT WORK_OF_ART".split())
"""Entity types of what has a body that is no corpse ("the governing body of FIFA")."""


def _goes_missing(verb: Token) -> bool:
    """ "was reported missing", "went missing on Thursday", "the activist disappeared in
    2018": one who disappeared, a person (not "the jobs disappeared", "reported missing
    documents", "went into politics")."""
    if _future(verb):
        return False
    if verb.lower_.startswith(("disappear", "vanish")):
        if any(o.lower_ in OUT_OF_VIEW for o in preposition_objects(verb, "from")):
            return False  # "disappeared from public view", "from the campaign trail"
        return any(_someone(c) for c in children(verb, "nsubj"))
    return any(
        c.lower_ == "missing" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "advcl")
        for c in verb.children
    ) and any(_someone(c) for c in children(verb, "nsubj", "nsubjpass"))


OUT_OF_VIEW = frozenset(
    "view sight radar limelight spotlight headlines trail screens screen stage scene agenda "
    "politics".split()
)
"""What one disappears from without going missing ("disappeared from public view")."""


def _someone(token: Token) -> bool:
    """A person named or a pronoun for one ("Park", "Soleimani", "he"); not a thing, a
    place, a body or people no one names ("the jobs", "the party", "300 workers")."""
    return (
        token.ent_type_ == "PERSON"
        or (token.pos_ == "PROPN" and not token.ent_type_)
        or token.lower_ in ("he", "she")
    )


def _buried(verb: Token) -> bool:
    """ "Soleimani was buried in Kerman on Tuesday": a funeral; not "buried the report",
    "buried under paperwork", "buried alive by the landslide", nor "will be buried on
    Tuesday", one still to come."""
    if any(c.lower_ in ("under", "beneath", "alive") for c in verb.children):
        return False
    return not _future(verb) and any(_someone(c) for c in children(verb, "nsubjpass"))


def _striker(token: Token) -> bool:
    """A worker, a union or staff ("Railway workers", "the Unite union", "Air France
    pilots"): one who strikes by stopping work."""
    return token.lower_ in STRIKERS or any(
        c.dep_ == "compound" and c.lower_ in STRIKERS for c in token.children
    )


def _grievance(token: Token) -> bool:
    """ "over pay", "for higher wages", "over pensions": what workers strike for."""
    return any(
        o.lower_ in LABOUR_GRIEVANCES for o in preposition_objects(token, "over", "for", "against")
    )


def _on_strike(noun: Token) -> bool:
    """ "went on strike", "are on strike", "remained on strike": a stoppage, whoever is out."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "on"
        and noun.head.head.lower_ in ON_STRIKE
        and not any(c.dep_ == "det" for c in noun.children)
    )


def _stoppage(noun: Token) -> bool:
    """A strike of workers, not of arms (CAMEO 143 under protest, not 19x; review20): "a
    general strike", "a hunger strike", "the teachers' strike", "a 48-hour strike", "went on
    strike", "a strike by London Underground workers", "the union called a strike", "a strike
    over pay"; never "an air strike", "missile strikes", "a drone strike", "strikes on
    Ukrainian cities", whatever else is said of them."""
    before = [t for t in noun.subtree if t.i < noun.i]
    if any(t.lower_ in ARMED_STRIKES for t in before):
        return False
    if any(
        o.ent_type_ not in ("DATE", "TIME") and o.lower_ not in LABOUR_GRIEVANCES
        for o in preposition_objects(noun, "on", "against")
    ):  # "strikes on Ukrainian cities", "a strike against rebel positions": a target
        return any(_striker(o) for o in preposition_objects(noun, "by", "of"))
    if any(t.lower_.strip("'") in LABOUR_STRIKES or _striker(t) for t in before):
        return True
    if _on_strike(noun) or _grievance(noun):
        return True
    if any(_striker(o) for o in preposition_objects(noun, "by", "of")):
        return True
    head = noun.head
    if noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP"):
        verb = head if head.pos_ == "VERB" else head.head
        who = subject(verb, depth=2)
        return who is not None and _striker(who)  # "Railway workers staged a strike"
    return False


def _stops_work(noun: Token) -> bool:
    """ "took strike action", "industrial action by rail workers": a stoppage, CAMEO 143; not
    "military action", "legal action"."""
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("strike", "industrial")
        for c in noun.children
    ) and not infinitive(noun.head)


def _walks_out(verb: Token) -> bool:
    """ "Workers struck over pay", "Air France pilots struck on Saturday": a verb of striking
    with no object whose subject is workers, or that is over pay (review20); "Israel struck
    targets", "troops struck the camp", "the union struck a deal" are not."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    who = subject(verb, depth=2)
    return (who is not None and _striker(who)) or _grievance(verb)


SECEDE = forms("secede", "separate")
"""With "from" a state: a state or region founded by leaving it (``_secedes``)."""


def _secedes(verb: Token) -> bool:
    """A place that left a state ("South Sudan, which separated from Sudan after a referendum
    in 2011", "Eritrea seceded from Ethiopia in 1993"): the new state's founding; not people
    or parties separating ("the couple separated", "split from the party")."""
    who = subject(verb, depth=1)
    return (
        who is not None
        and who.ent_type_ in ("GPE", "LOC")
        and any(_state_named(o) for o in preposition_objects(verb, "from"))
    )
