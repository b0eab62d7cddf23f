"""After resolve: ``propose_agreements`` turns matched frames into proposals tied to actors
(``_specific`` calls it back for a more specific one), and ``signings`` their signing events."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ...model import AgreementFrame
from ..merge import Proposal
from ..tie import Context
from ..vocabulary import KNOWN_SHORT_NAMES, SIGNING_STATUSES, forms
from .known import _short
from .naming import (
    ANAPHORA,
    GENERIC,
    _antecedent,
    _apposition,
    _bought_again,
    _brokers_within,
    _head,
    _itself,
    _known,
    _known_parties,
    _other_kind,
    _other_partners,
    _own_date,
    _place_name,
    _sponsors_within,
    _unknown_year,
)
from .owners import (
    _brokers,
    _firms_nationality,
    _named_within,
    _names_longest_first,
    _parents,
    _signers,
)
from .resolved_sides import (
    _background_truce,
    _capitals,
    _described_owner,
    _glued_sides,
    _lone_deal,
    _made_there,
    _one_sided,
    _pair_opening,
    _peoples,
    _proper_name,
    _sentence_sides,
    _sides,
)


def propose_agreements(context: Context, frames: Sequence[AgreementFrame]) -> list[Proposal]:
    """One proposal per agreement phrase that names a party, has a name, or refers back
    ("the deal", "the 1987 agreement") to an agreement named earlier in the article, whose
    type, name, date and parties it takes, so that both make one page."""
    out: list[Proposal] = []
    broken: list[Proposal] = []  # ceasefires known only by their violations
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
        itself |= _sponsors_within(context, frame)  # "the UN's Refugee Convention": no party
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
        if same is None and _what_it_would_be(frame):
            continue  # "planning a sale of ADT Caps in what could be the biggest M&A deal":
            # a measure of the act its clause tells, no deal of its own
        if same is not None:  # "a deal whereby HDT acquired Hirtenberger"; "the deal" after it
            linked = True
            type_, name = same.type, same.name or name
            date = (same.date, same.date_text) if same.date else date
            parties = tuple(dict.fromkeys((*same.agents, *parties)))
        elif (
            known is None
            and (
                found := _apposition(context, frame, told)
                or _antecedent(frame, told, own, date[0])
                or _bought_again(frame, told, parties)
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
            and (linked or not _background_truce(frame, parties))
            and (linked or not _lone_deal(frame, parties))
        ) or named:
            # a name alone ("NAFTA", "the Paris accord" as a topic, "the Brexit deal"): none
            out.append(proposal)
            if _by_violations(frame):
                broken.append(proposal)
    return _named_otherwise(out, broken)


FREE_RELATIVES = frozenset({"what", "which"})


def _what_it_would_be(frame: AgreementFrame) -> bool:
    """A generic deal a free relative says something is ("in what could be the country's
    biggest M&A deal", "in what would be the largest deal of the year"): it ranks the act of
    the clause it hangs on, which names the deal if any (``_specific`` finds a verb's deal in
    the sentence); the names around it are not its parties."""
    return (
        frame.type in GENERIC
        and bool(frame.parties)
        and all(r.text.lower() in FREE_RELATIVES for r in frame.parties)
    )


def _by_violations(frame: AgreementFrame) -> bool:
    """A ceasefire the matcher knows only by its violations ("ceasefire violations by
    Pakistan"): no verb made it, yet it is in force."""
    return frame.type == "ceasefire" and not frame.verb and frame.status == "in force"


CEASEFIRE_WORDS = ("ceasefire", "cease-fire", "truce")


def _named_otherwise(out: list[Proposal], broken: Sequence[Proposal]) -> list[Proposal]:
    """Without the ceasefires known only by their violations whose side another ceasefire of
    the article shares ("ceasefire violations by Pakistan" beside "entered into a border
    ceasefire agreement with Pakistan"): the violations are that one's, no page of their own."""
    others = [
        p
        for p in out
        if p not in broken
        and (p.type == "ceasefire" or any(w in p.mention.text.lower() for w in CEASEFIRE_WORDS))
    ]
    return [
        p for p in out if p not in broken or not any(set(p.agents) & set(q.agents) for q in others)
    ]


AGREEMENT_ONLY = forms("ratify", "renegotiate", "abrogate", "violate", "breach")
"""Of those, the ones whose short-named object is an agreement without more ("ratified
USMCA"); one withdraws from organisations too ("quit OPEC")."""


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
