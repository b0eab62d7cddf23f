"""``match_events`` (annotate stage, cached): every event word outside quotations, its frame
from ``verbal``, ``nominal``, ``patterns`` and ``cues``, dated and placed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import EventFrame
from ..parse import children, quote_spans, role, subtree_role, token_role, within
from ..vocabulary import (
    AID_VERBS,
    ASSAULTED_PLACES,
    CAMEO_LEFT_OUT,
    CAMEO_PATTERN_VERBS,
    EMERGENCY,
    EVENT_NOUNS,
    EVENT_VERBS,
    HAIL,
    HARMED_THINGS,
    PHRASAL_EVENTS,
    PUBLISH,
    QUIT,
    RECOGNISE,
    REPORTING,
    REPORTS,
    STRIKE_NOUNS,
    STRIKE_VERBS,
    THROWN_AT,
    forms,
)
from .acts import _stoppage, _walks_out
from .clauses import _denied
from .courts import _quits_race
from .cues import _CUE_WORDS, _cue
from .force import _aids, _defused, _delivered, _refused_act, _taking, _toll_of
from .general import GENERAL, _done, _general_act, _names_acting
from .measures import REFUSE_VISA, _refuses_visa
from .nominal import _accused, _nominal
from .offices import (
    _declared_winner,
    _emergency,
    _in_name,
    _office,
    _to_office,
    _turned_down,
    _votes_to_pass,
)
from .patterns import _cameo_pattern, _patterned, _recognised_state, _thrown_figure
from .phrases import VIOLENT
from .settings import (
    ELSEWHEN,
    _asides,
    _backdrop,
    _beyond,
    _dated_nouns,
    _dated_of_phrases,
    _elsewhen,
    _gapped,
    _other_conjuncts,
    _outside,
    _placed_votes,
    _prompted,
    _set_off,
    _split_prefix,
    _told_when,
)
from .speech import INTERVIEW_NOUNS, _headline_interview, _name_of, _sent_from
from .verbal import _bombing, _refusal, _verbal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ADDRESSED = frozenset("asked questioned interviewed pressed quizzed confronted challenged".split())
"""Participles of being put a question: a fronted one is the occasion of what its subject
says or does next ("Asked by reporters on Tuesday, Pompeo announced sanctions"), so its date
is theirs, unlike a fronted "Born …" or "Elected …", which is background."""


def _a_place(harmed: Iterable[Token]) -> bool:
    """Whether what "assault" acts on is a place ("the town of Marawi", "the rebel
    stronghold", "Marawi"): an army's fighting, not harm done to a person."""
    return any(c.lower_ in ASSAULTED_PLACES or c.ent_type_ in ("GPE", "LOC", "FAC") for c in harmed)


def match_events(doc: Doc, paragraph: int) -> tuple[EventFrame, ...]:
    """Event words of one paragraph with their agents, patients and places."""
    quotes = quote_spans(doc.text)
    frames: list[EventFrame] = []
    relative = [
        t
        for t in doc
        if t.dep_ == "relcl"
        or (t.dep_ == "acl" and t.pos_ == "VERB")
        or (t.dep_ == "advcl" and _elsewhen(t))
        or (
            t.dep_ == "advcl"
            and t.tag_ == "VBN"
            and t.i < t.head.i
            and t.lower_ not in ADDRESSED
            and not any(
                c.dep_.startswith("nsubj") or (c.dep_ == "mark" and c.lower_ in ("when", "while"))
                for c in t.children
            )
        )  # "Born in California on June 23, 1941, he … met Jerry Garcia": not met in 1941
        # (but "When interviewed by the BBC on Sunday, Erdogan declared": on Sunday)
        or (
            t.dep_ == "prep" and t.lower_ in ELSEWHEN and any(c.dep_ == "pcomp" for c in t.children)
        )  # "born in Austria, … before moving to California in 1939"
        or _set_off(t)  # "Vladimir Putin, in power since 2000, met Donald Trump"
    ]
    dated = _dated_nouns(doc)
    for token in doc:
        if within(token, quotes):
            continue
        if token.pos_ == "VERB" and token.lower_ in QUIT and _quits_race(token):
            frame = _verbal(doc, paragraph, token, "campaign-end", quotes)
        elif token.lower_ in INTERVIEW_NOUNS and (headline := _headline_interview(token)):
            outlet, person = headline  # "Wikinews interviews biologist Natasha Gownaris"
            frame = EventFrame(
                paragraph,
                "interview",
                token_role(doc, token),
                (role(doc, person[0], person[-1]),),
                (_name_of(doc, outlet),),
                (),
            )
        elif token.pos_ == "VERB" and token.lower_ in COME and (sent := _sent_from(token)):
            # "Statements of condemnation have come from OIC head Yousef Al-Othaimeen, Pope
            # Francis, and a spokesperson for President Rodrigo Duterte": one statement each
            trigger = token_role(doc, token)
            frames.extend(
                EventFrame(paragraph, "statement", trigger, (_name_of(doc, who),), (), ())
                for who in sent
                if not within(who, quotes)
            )
            continue
        elif token.pos_ in ("VERB", "AUX") and token.lower_ in EVENT_VERBS:
            type_ = EVENT_VERBS[token.lower_]
            if token.lower_ in RECOGNISE and not _recognised_state(token):
                continue  # "recognized revenue", "recognise Israel's right": no statement
            if token.lower_ in THROWN_AT and _thrown_figure(token):
                continue  # "bombarded Federer with heavy topspin": a figure, no strike
            if token.lower_ == "wound" and token.tag_ in ("VBD", "VBN"):
                continue  # "the company wound up its operations": wind's past (review19)
            if token.lower_ in HAIL and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in token.children
            ):
                continue  # "he hails from Ohio": where he was born, no acclaim (review19)
            if type_ == "assault":
                harmed = list(children(token, "dobj", "nsubjpass"))
                if any(c.lower_ in HARMED_THINGS for c in harmed):
                    continue  # "had raped the American economy": a figure, no assault
                if token.lower_.startswith("assault") and _a_place(harmed):
                    type_ = "strike"  # "troops assaulted the town": fighting, as the noun is
            if type_ == "strike" and token.lower_ in STRIKE_VERBS and _walks_out(token):
                type_ = "protest"  # "nurses struck over pay": a stoppage, CAMEO 143 (review20)
            if type_ == "election" and _votes_to_pass(token):
                type_ = "passage"  # "voted to pass the bill": one passage with the "pass"
            if type_ == "statement" and token.lower_ in EMERGENCY and _emergency(token):
                type_ = "emergency"  # "declared martial law": rule, not words
            elif type_ == "statement" and token.lower_.startswith("announc") and _to_office(token):
                type_ = "appointment"  # "Biden announced Harris as his running mate"
            elif type_ == "statement" and _declared_winner(token):
                type_ = "election"  # "was declared the winner of the primary"
            elif type_ == "statement" and token.lower_ in AID_VERBS and _aids(token):
                type_ = "aid"  # "pledged $350 million in aid": the gift, not the words
            elif type_ == "statement" and token.lower_ in REFUSE_VISA and _refuses_visa(token):
                type_ = "sanctions"  # "have been denied Schengen visas": withheld, not words
            elif token.lower_ in REJECT and (turned := _turned_down(token)) is not None:
                type_ = turned  # "the Senate dismissed the bill", "the court rejected the suit"
            if type_ == "seizure" and _office(token):  # "the army seized power": taken
                frame = _taking(_verbal(doc, paragraph, token, "appointment", quotes))
            else:
                frame = _verbal(doc, paragraph, token, type_, quotes)
        elif (
            token.pos_ == "VERB"
            and token.lower_ in DELIVER
            and _delivered(token)
            and not _defused(token)
        ):
            frame = _bombing(doc, paragraph, token, quotes)  # "dropped two bombs on a camp"
        elif cue := _cue(token):
            frame = (_verbal if cue.verbal else _nominal)(doc, paragraph, token, cue.type, quotes)
            frame = _taking(frame) if cue.taking else frame
            if frame is not None and cue.after is not None:
                frame = cue.after(doc, token, frame)
        elif token.pos_ == "VERB" and token.lower_ in REFUSE and (act := _refused_act(token)):
            frame = _refusal(doc, paragraph, token, act, quotes)
        elif token.pos_ == "VERB" and token.lower_ in PHRASAL_EVENTS:
            particle, type_ = PHRASAL_EVENTS[token.lower_]
            if not any(
                c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in token.children
            ):
                continue
            frame = _verbal(doc, paragraph, token, type_, quotes)
        elif token.pos_ == "VERB" and (matched := _cameo_pattern(token)) is not None:
            frame = _patterned(doc, paragraph, token, matched, quotes)
        elif (
            token.pos_ in ("NOUN", "PROPN") and token.lower_ in EVENT_NOUNS and not _in_name(token)
        ):
            split = _split_prefix(token)
            type_ = EVENT_NOUNS[token.lower_]
            if type_ == "strike" and token.lower_ in STRIKE_NOUNS and _stoppage(token):
                type_ = "protest"  # "a general strike", "went on strike": CAMEO 143 (review20)
            frame = _nominal(doc, paragraph, split or token, type_, quotes)
            if frame is not None and split is not None:
                frame = replace(frame, trigger=role(doc, split, token))
        elif token.lower_ not in CONSIDERED and _general_act(token):
            # an act no word list names: "Zapata crossed the Channel"
            frame = _verbal(doc, paragraph, token, GENERAL, quotes)
            if frame is not None:
                frame = replace(
                    frame, agents=_names_acting(doc, token), topic=_done(doc, token, quotes)
                )
        else:
            continue
        if frame is not None and frame.type != "statement" and _denied(token):
            continue  # "denied that its forces shelled a school": told as not done
        if frame is not None:
            if frame.type in TOLLS and (attack := _toll_of(token)) is not None:
                frame = replace(frame, within=token_role(doc, attack))  # "killed in the bombing"
            if relative:
                frame = replace(frame, asides=_asides(doc, token, relative))
            if _prompted(token):  # the sentence's date is the act's, not the request's
                sentence = token.sent
                whole = role(doc, doc[sentence.start], doc[sentence.end - 1])
                frame = replace(frame, asides=(*frame.asides, whole))
            elif (told := _told_when(token)) is not None:
                frame = replace(frame, asides=(*frame.asides, told))
            elif (phrase := _backdrop(token)) is not None:
                frame = replace(frame, asides=(*frame.asides, *_outside(doc, phrase)))
            if nested := _dated_of_phrases(token):  # "a transcript of a call in July"
                frame = replace(frame, asides=(*frame.asides, *nested))
            if conjoined := _other_conjuncts(doc, token):
                frame = replace(frame, asides=(*frame.asides, *conjoined))
            if frame.type == "award":
                # what an honour is for was done before ("won their prize for discovering the
                # first known exoplanet in 1995": not won in 1995)
                merit = [subtree_role(doc, c, quotes) for c in children(token, "prep")
                         if c.lower_ == "for"]  # fmt: skip
                frame = replace(frame, asides=(*frame.asides, *merit))
            if frame.type == "statement" and token.lower_ in REPORTING:
                # what is said dates the statement only where the saying is dated ("said
                # his roommates last saw him on the preceding Saturday", "stated that …":
                # not that Saturday)
                said = [subtree_role(doc, c, quotes) for c in children(token, "ccomp")]
                frame = replace(frame, asides=(*frame.asides, *said))
            if token.pos_ in ("NOUN", "PROPN") and frame.type in VIOLENT and _accused(token):
                # the sentence dates the charge, not what it is over ("appeared in court
                # yesterday, charged with murder"): only the noun's own phrase dates it
                frame = replace(frame, asides=(*frame.asides, *_beyond(doc, token)))
            others = tuple(
                r
                for noun, r in dated
                if noun.i != token.i
                and EVENT_NOUNS[noun.lower_] != frame.type
                and noun.sent.start == token.sent.start
            )
            if others:  # "was charged over the March 15 attack": not charged on March 15
                frame = replace(frame, asides=(*frame.asides, *others))
            if (
                frame.type == "statement"
                and (spoken := SPEECH_ACTS.get(token.lower_))
                and (token.pos_ in ("VERB", "AUX") or spoken == "report")
            ):  # "announced its withdrawal", "pledged to"; a report's noun too ("a UN
                # report"), not "his pledge" nor "a press release": the statement's words
                frame = replace(frame, type=spoken)
            elif frame.type == "appointment" and token.lower_ in NOMINATE:
                frame = replace(frame, type="nomination")
            frames.append(frame)
            if token.pos_ in ("VERB", "AUX"):
                frames.extend(_gapped(doc, token, frame, quotes))
    return _placed_votes(frames, {t.idx: t.sent.start for t in doc})


SPEECH_ACTS = {
    **dict.fromkeys(forms("announce"), "announcement"),
    **dict.fromkeys(forms("pledge", "vow", "promise"), "pledge"),
    **dict.fromkeys(forms("propose"), "proposal"),
    **dict.fromkeys(forms("report") | REPORTS | {"reports", "polls", "surveys"}, "report"),
    **dict.fromkeys(PUBLISH, "publication"),
}
"""Words of a statement that commit, tell news or make a document public rather than
comment: what one announces (CAMEO 010, a public statement of news), pledges, vows or promises
(CAMEO 030, an intent expressed), proposes (CAMEO 030), reports ("INPE reported", "a UN
report") or issues, releases or publishes (010): a type of their own, named and merged as
statements are (``SPOKEN``), so an announcement is one event and the speaker's comments
another. Not the nouns of announcing: "made his official announcement via a YouTube video"
names the act the article reports (the campaign's end), with the words the statement quotes."""
NOMINATE = forms("nominate")
"""An appointment's first step, a nomination (put forward, not yet appointed): "Trump
nominated Barr as attorney general", "was nominated for the Nobel Peace Prize"."""
COME = forms("come", "pour")


REJECT = forms("reject", "dismiss", "deny")
"""Verbs of turning down a bill (a vote) or a lawsuit (a ruling), not a person dismissed."""


DELIVER = forms("drop", "plant", "hurl", "lob", "ram")
"""Verbs that bring a bomb to its target ("dropped two bombs on a stronghold", "a car bomb
was rammed into the gate"): CAMEO's 183 and 190 told by the munition, not by the act."""


REFUSE = forms("refuse", "decline")
"""Verbs of refusing to do something: a refusal (CAMEO 12, PLOVER REJECT) when what is refused
is an act on something ("refused to lift its sanctions on Georgia", "refused to hand over the
documents"); the act itself did not happen (``INTENDING``)."""


CONSIDERED = (
    frozenset(
        _CUE_WORDS
        | CAMEO_PATTERN_VERBS.keys()
        | PHRASAL_EVENTS.keys()
        | QUIT
        | COME
        | DELIVER
        | REFUSE
    )
    | CAMEO_LEFT_OUT
)
"""Words a branch of ``match_events`` reads as an event in some shapes only, and CAMEO's
verbs weighed and left out: where no branch found an event ("Conte named a new cabinet",
"Nadal defeated Federer", "de Gea repelled a shot"), the general act does not propose one
either (events78: an act no word list names, not one a list turned down)."""

TOLLS = frozenset({"killing", "death"})
"""Types of the dead an attack leaves, told as its toll ("were killed in the bombing")."""
