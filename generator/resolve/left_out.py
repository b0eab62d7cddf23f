"""The review's record of what the briefing-wide passes did: a decision for each NER name
read as another name (``_read_as``) and a rejection for each name ``collect`` left out that
no page holds (``_left_out``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..gazetteer import place_kind, state_name
from ..model import Decision, Entity, Mention
from .article import Candidate, Dropped
from .names import title_only
from .reasons import NotActor

LEFT_OUT_MIN = 2
"""How often a name ``collect`` left out must be written for the review to list it: a name
written once is mostly the NER's noise ("the |Bernie and Sid| Show"), and a real actor named
once is seldom one a reader looks for; twice is the line the gold (GOLD.md) draws too."""


_LEFT_OUT_SILENT = frozenset({NotActor.STATE_MODIFIER.code, NotActor.PRONOUN_US.code})
"""Reasons the review does not list: a state written only as a modifier ("a |US|-based
firm", "the |Russian| presidential election") is a place, not an actor acting (GOLD.md), as a
place is, which the review leaves out too; "Help US" is the pronoun."""


def _read_as(
    proposed: Sequence[Candidate],
    final: Sequence[Candidate],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    decisions: Sequence[Decision],
) -> list[Decision]:
    """A decision for each name the NER proposed as a person or an organisation that the
    briefing-wide passes read as another name (``_unglue``: "|AOL Europe|" as "Europe" where
    the briefing names Europe; a body folded into its parent, "|BBC Radio Wales|" as the BBC)
    and that neither a page (its name or alias) nor another decision shows, written at least
    ``LEFT_OUT_MIN`` times: "merged" into the page its words went to, else "rejected" with
    the name they were read as. Mentions given to a person as a surname are the surname
    rule's, which the page shows, and are left as they are; so are places ("Wales" read as
    a body now and then: the review leaves places out) and a name read as itself written
    out ("Guardian" as "The Guardian", "Macy" as "Macy's", "… Corp" as "… Corporation")."""
    shown = {d.name.casefold() for d in decisions}
    shown |= {n.casefold() for e in entities for n in (e.name, *e.aliases)}
    lost: dict[str, list[Candidate]] = defaultdict(list)
    for c in proposed:
        if c.name.casefold() not in shown and not title_only(c.name):
            lost[c.name].append(c)
    for name in [n for n in lost if state_name(n) or place_kind(n)]:
        del lost[name]
    lost = {name: here for name, here in lost.items() if len(here) >= LEFT_OUT_MIN}
    if not lost:
        return []
    wanted = {(c.article, c.paragraph) for here in lost.values() for c in here}
    over: dict[tuple[str, int], list[tuple[int, int, str, str]]] = defaultdict(list)
    for m in mentions:
        if (m.article, m.paragraph) in wanted:
            over[m.article, m.paragraph].append((m.start, m.end, m.entity, m.how))
    read: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for f in final:
        if (f.article, f.paragraph) in wanted:
            read[f.article, f.paragraph].append((f.start, f.end, f.name))
    names = {e.key: e.name for e in entities}
    out = []
    for name, here in sorted(lost.items()):
        went: Counter[str] = Counter()
        as_name: Counter[str] = Counter()
        surnamed = False  # "Hewitt" of "Ms Hewitt": the person's, as the surname rule says
        for c in here:
            at = (c.article, c.paragraph)
            keys = [(k, how) for s, e, k, how in over[at] if s < c.end and c.start < e]
            surnamed |= any(how == "surname" for _, how in keys)
            went.update(k for k, _ in keys[:1])
            as_name.update(n for s, e, n in read[at] if s < c.end and c.start < e and n != name)
        if surnamed:
            continue
        where = tuple((c.article, c.sentence) for c in here[:2])
        if went:
            key = min(went, key=lambda k: (-went[k], k))
            other = names.get(key, key)
            if other.casefold().removeprefix("the ").startswith(name.casefold()):
                continue  # "Guardian" as "The Guardian": its own name, written out
            why = NotActor.READ_AS.why(other=other)
            out.append(Decision(name, "merged", why, key, mentions=len(here), where=where))
        elif as_name:
            other = min(as_name, key=lambda n: (-as_name[n], n))
            why = NotActor.READ_AS_REJECTED.why(other=other)
            out.append(Decision(name, "rejected", why, mentions=len(here), where=where))
        else:
            why = NotActor.READ_AS_NOTHING.why()
            out.append(Decision(name, "rejected", why, mentions=len(here), where=where))
    return out


def _left_out(
    dropped: Sequence[Dropped], entities: Sequence[Entity], decisions: Sequence[Decision]
) -> list[Decision]:
    """A rejection for each name ``collect`` left out by a rule of its own ("|United Nations|
    personnel" read as people, "House of |Representatives|" as cut from a longer name) that
    no page holds (no actor's name or alias), no other decision names, and the briefing
    writes at least ``LEFT_OUT_MIN`` times: the editor sees it, why, and the YAML that
    accepts it, instead of a name lost without a trace (issue 8)."""
    shown = {d.name.casefold() for d in decisions}
    paged = {n.casefold() for e in entities for n in (e.name, *e.aliases)}
    left: dict[str, list[Dropped]] = defaultdict(list)
    for d in dropped:
        if d.name.casefold() not in shown and d.name.casefold() not in paged:
            left[d.name].append(d)
    out = []
    for name, here in sorted(left.items()):
        if len(here) < LEFT_OUT_MIN or title_only(name):
            continue
        reasons = Counter(d.why for d in here)
        why = min(reasons, key=lambda r: (-reasons[r], r))
        if why.rsplit("[", 1)[-1].rstrip("]") in _LEFT_OUT_SILENT:
            continue
        out.append(
            Decision(
                name,
                "rejected",
                why,
                mentions=len(here),
                where=tuple((d.article, d.sentence) for d in here[:2]),
            )
        )
    return out
