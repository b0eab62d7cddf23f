"""Words that are events in a context only ("told" an outlet is an interview, "passed" a bill a
vote): the table of cues, each a word set, its parts of speech, a test and a frame rewrite."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...model import EventFrame
from ..vocabulary import (
    ACCIDENT_NOUNS,
    ACCIDENT_VERBS,
    AID_VERBS,
    APPROVE,
    ARRIVE,
    ASK,
    AWARD_TO,
    AWARDED,
    BAIL_GRANT,
    BAILED,
    BURY,
    CATCH,
    CONFIRM,
    COUNT,
    DEFEAT,
    DETAIN,
    DOWN_UP,
    DYING,
    EMERGENCY,
    ENTER,
    EXPIRE,
    FIGHT,
    FIGHT_NOUNS,
    GATHER,
    GIVE,
    GO_INTO,
    GREET,
    HALT,
    HAND,
    HOLD_OFFICE,
    JOIN,
    LEAVE,
    LIFT,
    MAKE,
    MARCH,
    MISSING,
    NAME_TO,
    ORDER,
    PASS,
    PASSAGE,
    PLEAD,
    POSTPONE,
    PUBLISH,
    RELEASE,
    REPORT,
    REPORTING,
    REPORTS,
    RESCUE,
    RISE_TO,
    RUN,
    SEEK,
    SHOOT,
    SIGN,
    SIGN_OFF,
    SPEAK,
    STEP_IN,
    SUCCEED,
    TAKE_OFFICE,
    TURN,
    forms,
)
from .acts import (
    SECEDE,
    _approves,
    _armed_fight,
    _arrives_in_state,
    _buried,
    _crowd_marches,
    _destroys,
    _dies,
    _fight,
    _goes_missing,
    _greets_someone,
    _launches,
    _protest_march,
    _protesters_gather,
    _publishes,
    _rescued,
    _secedes,
    _stops_work,
    _turns_over,
)
from .clauses import WIN, WIN_STATES, _by_phone, _dead, _pleads_guilty, _pleads_not_guilty, _press
from .courts import (
    APPEAR,
    BEING,
    CONFINE,
    _appears_in_court,
    _bailed,
    _commutes,
    _confined,
    _confirms,
    _court_step,
    _detains,
    _enters_body,
    _frees,
    _funereal,
    _given_sentence,
    _gives_order,
    _grant_expires,
    _grants_bail,
    _halts,
    _hands_over,
    _into_law,
    _joins_body,
    _leaves_office,
    _leaves_race,
    _lifts,
    _off_air,
    _orders_court,
    _orders_shut,
    _passage,
    _streets,
    _transfer,
    _troops_leave,
    _under_arrest,
)
from .force import (
    _accident,
    _advances_on,
    _aids,
    _munitions,
    _occupies,
    _storms,
    _wreck,
    _wrecked_where,
)
from .measures import (
    CUT,
    RECALL,
    REFUSE_VISA,
    _cuts_supplies,
    _envoy_post,
    _recalls_envoy,
    _refuses_visa,
)
from .offices import (
    DECLARE_WINNER,
    LOSE,
    WAS,
    _casts_ballot,
    _chairs,
    _declared_winner,
    _declines_term,
    _defeats_candidate,
    _emergency,
    _for_office,
    _gives_post,
    _guilty,
    _holds,
    _holds_vote,
    _isolated,
    _joins_race,
    _launches_body,
    _legislation,
    _loses_vote,
    _made_title,
    _office,
    _office_from,
    _places,
    _positive,
    _prize,
    _puts_off_vote,
    _runs_for,
    _seeks_candidacy,
    _self,
    _shoots,
    _states_won,
    _steps_in,
    _succeeds_as,
    _to_office,
    _to_power,
    _to_runoff,
    _wins_case,
    _wins_seat,
)
from .speech import (
    DESCRIBE,
    EXPRESS,
    INTERVIEW_NOUNS,
    _asks,
    _asks_help,
    _brought,
    _consults,
    _describes_as,
    _expresses,
    _interview_noun,
    _interviews,
    _of_helper,
    _of_interview,
    _of_interview_noun,
    _published,
    _recommends_that,
    _reports,
    _says_that,
    _talks_to,
    _tells_outlet,
    _with_consulted,
    _with_interviewer,
    _with_someone,
    _with_talked_to,
)
from .tolls import _by_counter, _counted_by, _counts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONSULT = forms("communicate", "confer", "discuss")
"""Verbs of consulting someone named "with" ("communicated by telephone with Uribe",
"discussed the issues with President Bashir"): a meeting, as "spoke with" is."""
TELL_SPEAK = forms("tell", "speak", "talk")
"""Verbs of speaking to someone: an interview when the one spoken to is a news outlet."""
INTERVIEW_VERBS = forms("interview")


RECOMMEND = forms("recommend")


COURT_STEPS = forms("block", "grant", "issue", "lift", "halt", "uphold", "extend")
"""Verbs of a court acting on an order, a law or a motion before it (events65)."""


COMMUTE = forms("commute")


EXITS = frozenset("exit exits withdrawal departure".split())
"""Nouns of leaving, a campaign's end when "from" a race (``_leaves_race``)."""


CANDIDACY_NOUNS = frozenset("run bid candidacy campaign".split())
"""Nouns of standing for an office ("his 2018 run for Senate against Ted Cruz")."""


CHAIR = forms("chair", "head", "lead", "represent")
HOLD_VOTE = forms("hold")
CAST = forms("cast")


PLACES_IN_RACE = forms("finish", "place", "take", "come") | WIN


ADVANCE = forms("advance", "proceed", "qualify", "head", "move", "go", "force")


LAUNCH = forms("launch") | {"test-fired"}
"""Verbs that are a strike with munitions for object ("launched two missiles")."""
FORM = forms("form")
"""With ``LAUNCH``, verbs that found a party or a company ("formed a new party")."""


OCCUPY = forms("occupy", "take", "retake", "overrun", "impose", "gain") | {
    "overran",
    "retook",
    "retaken",
}
"""Taking ground: an attack when an armed party takes a place or control of one
(``_occupies``): "imposed control over another town", "gained control of the dam"."""


ADVANCE_ON = forms("advance", "push", "march", "move")
"""Moving on ground: an attack when an armed party advances on a place (``_advances_on``)."""


STORM = forms("storm")
"""Storming: an attack when armed men storm ("gunmen stormed the hotel"); no attack when a
crowd does ("millions of people were to storm Area 51")."""


WORK_STOPPED = frozenset({"action"})
"""The noun of "strike action", "industrial action": a stoppage of work (review20)."""


@dataclass(frozen=True)
class _Cue:
    """A word that is an event of ``type`` only where ``test`` finds its context: "passed"
    with a bill for object is a vote, "became" with an office a taking of office."""

    poses: tuple[str, ...]
    words: frozenset[str]
    test: Callable[[Token], bool]
    type: str
    verbal: bool = True
    """The word is a verb (its subject and objects are the participants), else a noun."""
    taking: bool = False
    """Who becomes or serves is the one appointed (``_taking``)."""
    after: Callable[[Doc, Token, EventFrame], EventFrame] | None = None
    """What the frame learns from more of the sentence (the states a vote was won in)."""


_VERB, _EITHER, _NOUN = ("VERB",), ("VERB", "AUX"), ("NOUN",)
_CUES = (
    _Cue(_VERB, PASS, _legislation, "passage"),  # "passed a resolution"
    _Cue(_EITHER, TAKE_OFFICE, _office, "appointment", taking=True),  # "became president"
    _Cue(_VERB, SEEK | RUN, _declines_term, "resignation", taking=True),  # "did not seek
    # reelection", "did not run for re-election": a retirement, before "ran for" as a race
    _Cue(_VERB, RUN, _runs_for, "election"),  # "ran for president"
    _Cue(_VERB, SEEK, _seeks_candidacy, "election"),  # "sought the Republican nomination"
    _Cue(_VERB, DEFEAT, _defeats_candidate, "election"),  # "Hagan defeated Senator Dole"
    _Cue(_EITHER, HOLD_OFFICE, _holds, "appointment", taking=True),  # "served as"
    _Cue(_VERB, STEP_IN, _steps_in, "appointment", taking=True),  # "took over as chair"
    _Cue(_VERB, SUCCEED, _succeeds_as, "appointment", taking=True),  # "replaced May as PM"
    _Cue(_VERB, TELL_SPEAK, _tells_outlet, "interview", after=_with_interviewer),  # "told CNN"
    _Cue(_VERB, INTERVIEW_VERBS, _interviews, "interview", after=_of_interview),
    _Cue(
        _NOUN, INTERVIEW_NOUNS, _interview_noun, "interview", verbal=False, after=_of_interview_noun
    ),  # "in an interview with Fox News, Trump said"
    _Cue(_VERB, SPEAK, _with_someone, "meeting"),  # "Trump spoke with Erdogan"
    _Cue(_VERB, SPEAK, _talks_to, "meeting", after=_with_talked_to),  # "talked to Chavez"
    _Cue(
        _VERB, CONSULT, _consults, "meeting", after=_with_consulted
    ),  # "discussed the crisis with Bashir"
    _Cue(_NOUN, frozenset({"call", "calls"}), _by_phone, "meeting", verbal=False),
    _Cue(_NOUN, frozenset({"release", "releases"}), _press, "statement", verbal=False),
    _Cue(_VERB, ASK, _asks, "request"),  # "asked the Queen for"
    _Cue(_VERB, ASK, _asks_help, "request", after=_of_helper),  # "asked for Castro's help"
    _Cue(_VERB, RELEASE, _frees, "release"),  # "Iran released the crew"
    _Cue(_VERB, BAIL_GRANT, _grants_bail, "release"),  # "was granted bail"
    _Cue(_VERB, COURT_STEPS, _court_step, "ruling"),  # "a judge blocked the order"
    _Cue(_VERB, COMMUTE, _commutes, "pardon"),  # "commuted the sentences of 20 prisoners"
    _Cue(_VERB, BAILED, _bailed, "release"),  # "was bailed until March"
    _Cue(_VERB, APPEAR, _appears_in_court, "hearing"),  # "Biti appeared in court today"
    _Cue(_VERB, GIVE | HAND, _given_sentence, "sentencing"),  # "was given a suspended sentence"
    _Cue(_VERB, LEAVE, _troops_leave, "withdrawal"),  # "troops left Iraq"
    _Cue(_VERB, SIGN, _into_law, "signing"),  # "signed the bill"
    _Cue(_VERB, REPORT, _reports, "statement"),  # "CNN reported …"
    _Cue(_VERB, EXPRESS, _expresses, "statement"),  # "expressed its deep regret"
    _Cue(_NOUN, REPORTS, _published, "statement", verbal=False),  # "a UN report"
    _Cue(_NOUN, frozenset({"charge", "charges"}), _brought, "arrest", verbal=False),
    _Cue(_VERB, HAND, _hands_over, "handover"),  # "handed Hong Kong back to China"
    _Cue(_NOUN, frozenset({"transfer", "return"}), _transfer, "handover", verbal=False),
    _Cue(_VERB, JOIN, _joins_body, "appointment", taking=True),  # "joined the Senate"
    _Cue(_VERB, ENTER, _enters_body, "appointment", taking=True),  # "entered parliament"
    _Cue(_VERB, LEAVE, _leaves_office, "resignation"),  # "left office in 2017"
    _Cue(_VERB, JOIN, _joins_race, "election"),  # "joined the presidential race"
    _Cue(_VERB, TAKE_OFFICE, _streets, "protest"),  # "took to the streets"
    _Cue(_VERB, MARCH, _crowd_marches, "protest"),  # "thousands of workers marched"
    _Cue(_VERB, GATHER, _protesters_gather, "protest"),  # "protesters gathered outside"
    _Cue(_NOUN, frozenset({"march", "marches"}), _protest_march, "protest", verbal=False),
    _Cue(_NOUN, FIGHT_NOUNS, _armed_fight, "strike", verbal=False),  # "heavy fighting"
    _Cue(_VERB, FIGHT, _fight, "strike"),  # "forces loyal to Gaddafi fought their way into"
    _Cue(_VERB, CONFIRM, _confirms, "election"),  # "the Senate confirmed him"
    _Cue(_VERB, DETAIN, _detains, "arrest"),  # "was kept in solitary confinement"
    _Cue(_VERB, CONFINE, _confined, "arrest"),  # "confined Khaleda Zia to her office"
    _Cue(_EITHER, BEING, _under_arrest, "arrest", taking=True),  # "under house arrest"
    _Cue(_VERB, frozenset({"found", "finds", "finding"}), _guilty, "sentencing"),  # guilty
    _Cue(_NOUN, PASSAGE, _passage, "passage", verbal=False),  # "the passage of the act"
    _Cue(_VERB, LIFT, _lifts, "easing"),  # "the ban was lifted"
    _Cue(_VERB, PLEAD, _pleads_guilty, "sentencing", taking=True),  # "pleaded guilty"
    _Cue(_VERB, PLEAD, _pleads_not_guilty, "statement"),  # "pleaded not guilty": a denial
    _Cue(_VERB, NAME_TO, _to_office, "appointment"),  # "was named prime minister"
    _Cue(_VERB, RISE_TO, _to_power, "appointment", taking=True),  # "came to power in 2000"
    _Cue(_VERB, SECEDE, _secedes, "founding"),  # "South Sudan separated from Sudan in 2011"
    _Cue(_VERB, DYING, _dies, "death"),  # "succumbed to her injuries", "lost his life"
    _Cue(_VERB, MISSING, _goes_missing, "disappearance"),  # "was reported missing"
    _Cue(_VERB, MAKE, _made_title, "award"),  # "was made a lord by Tony Blair"
    _Cue(_VERB, WIN, _wins_case, "ruling", taking=True),  # "won 150,000 in libel damages"
    _Cue(_VERB, LAUNCH | FORM, _launches_body, "founding"),  # "launched Respect, the coalition"
    _Cue(_VERB, BURY, _buried, "funeral"),  # "was buried in Kerman"
    _Cue(_VERB, COUNT, _counts, "statement"),  # "the ministry confirmed 120 new cases"
    _Cue(_VERB, frozenset({"according"}), _counted_by, "statement", after=_by_counter),
    _Cue(_NOUN, EXITS, _leaves_race, "campaign-end", verbal=False),  # "exit from the race"
    _Cue(_NOUN, frozenset({"procession", "processions"}), _funereal, "funeral", verbal=False),
    _Cue(_VERB, LAUNCH, _munitions, "strike"),  # "North Korea launched two missiles"
    _Cue(_VERB, STORM, _storms, "strike"),  # "gunmen stormed the hotel"
    _Cue(_VERB, OCCUPY, _occupies, "strike"),  # "Russian troops occupied 13 villages"
    _Cue(_VERB, ADVANCE_ON, _advances_on, "strike"),  # "troops advanced on the dam"
    _Cue(_NOUN, CANDIDACY_NOUNS, _for_office, "election", verbal=False),  # "his run for Senate"
    _Cue(_VERB, SHOOT, lambda v: _shoots(v) and _dead(v), "killing"),  # "shot him dead"
    _Cue(_VERB, SHOOT, _shoots, "assault"),  # "police shot the attacker"
    _Cue(_VERB, AWARD_TO, _prize, "award"),  # "was awarded the Order of the Sun"
    _Cue(_VERB, AWARDED, _prize, "award", taking=True),  # "received the Bharat Ratna"
    _Cue(_VERB, forms("test"), _positive, "illness", taking=True),  # "tested positive"
    _Cue(_VERB, GO_INTO, _isolated, "illness", taking=True),  # "went into self-isolation"
    _Cue(_VERB, forms("isolate"), _self, "illness", taking=True),  # "will self-isolate"
    _Cue(_VERB, GIVE, _gives_post, "appointment"),  # "gave him ministerial posts"
    _Cue(_VERB, EMERGENCY, _emergency, "emergency"),  # "imposed martial law"
    _Cue(_VERB, ORDER, _orders_shut, "suspension"),  # "ordered ABS-CBN shut"
    _Cue(_VERB, ORDER, _orders_court, "ruling"),  # "the judge ordered him remanded"
    _Cue(_VERB, ORDER, _gives_order, "statement"),  # "ordered Coast Guard units to join"
    _Cue(_VERB, EXPIRE, _grant_expires, "suspension", taking=True),  # "the franchise expired"
    _Cue(_VERB, HALT, _halts, "suspension"),  # "the United States halted its food aid"
    _Cue(_VERB, SIGN_OFF, _off_air, "suspension", taking=True),  # "signed off the air"
    _Cue(
        _VERB, WIN | WIN_STATES, _wins_seat, "election", after=_states_won
    ),  # "won a seat in the Senate"
    _Cue(_VERB, HOLD_VOTE, _holds_vote, "election"),  # "held its caucuses on February 22"
    _Cue(_VERB, CAST, _casts_ballot, "election"),  # "Trump cast his ballot in Manhattan"
    _Cue(_VERB, LOSE, _loses_vote, "election"),  # "lost the caucuses to Hillary Clinton"
    _Cue(_VERB, DECLARE_WINNER, _declared_winner, "election"),  # "was declared the winner"
    _Cue(_VERB, PLACES_IN_RACE, _places, "election"),  # "came in first in Iowa"
    _Cue(_VERB, ADVANCE, _to_runoff, "election"),  # "advanced to a runoff"
    _Cue(_VERB, POSTPONE, _puts_off_vote, "postponement"),  # "Ohio postponed its primary"
    _Cue(_EITHER, WAS, _office_from, "appointment", taking=True),  # "was PM from 2004"
    _Cue(_VERB, CHAIR, _chairs, "appointment", taking=True),  # "chaired it from 2007"
    _Cue(_VERB, RESCUE, _rescued, "release"),  # "the hostages rescued by the army"
    _Cue(_VERB, ARRIVE, _arrives_in_state, "visit"),  # "Ortiz arrived in Spain"
    _Cue(_VERB, GREET, _greets_someone, "meeting"),  # "was greeted by the President"
    _Cue(_VERB, TURN, _turns_over, "handover"),  # "turned it over to Lumo authorities"
    _Cue(_VERB, REPORTING, _says_that, "statement"),  # "dela Vega said", "Marsh stated that"
    _Cue(_VERB, DESCRIBE, _describes_as, "statement"),  # "described the claims as propaganda"
    _Cue(_VERB, RECOMMEND, _recommends_that, "statement"),  # "Olsen recommended that"
    _Cue(_VERB, PUBLISH, _publishes, "statement"),  # "the Civil Aviation Authority issued a notice"
    _Cue(_VERB, APPROVE, _approves, "approval"),  # "the commission approved the merger"
    _Cue(_VERB, LAUNCH, _launches, "launch"),  # "NASA launched the spacecraft in 2006"
    _Cue(_VERB, frozenset(DOWN_UP), _destroys, "strike"),  # "was shot down", "blew up"
    _Cue(
        _VERB, ACCIDENT_VERBS | CATCH, _accident, "accident", after=_wrecked_where
    ),  # "the plane crashed"
    _Cue(_NOUN, ACCIDENT_NOUNS, _wreck, "accident", verbal=False),  # "the plane crash"
    _Cue(_NOUN, WORK_STOPPED, _stops_work, "protest", verbal=False),  # "took strike action"
    _Cue(_VERB, AID_VERBS, _aids, "aid"),  # "pledged $350 million in aid"
    _Cue(_VERB, RECALL, _recalls_envoy, "sanctions", after=_envoy_post),  # "recalled its envoy"
    _Cue(_VERB, REFUSE_VISA, _refuses_visa, "sanctions"),  # "revoked the visa of X"
    _Cue(_VERB, CUT, _cuts_supplies, "sanctions"),  # "cut off supplies to Ukraine"
)
"""Words that are events in a context only, tried in this order after the plain event verbs."""


_CUE_WORDS = frozenset().union(*(c.words for c in _CUES))
"""Every word some cue starts from: any other token is passed over at once."""


def _cue(token: Token) -> _Cue | None:
    lower = token.lower_
    if lower not in _CUE_WORDS:
        return None
    pos = token.pos_
    return next((c for c in _CUES if pos in c.poses and lower in c.words and c.test(token)), None)
