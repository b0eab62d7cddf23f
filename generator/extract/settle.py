"""Proposals become pages: merged into groups, absorbed by curated records, or new entities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..ids import slugify
from ..model import Entity, Mention, actor_key, entity_key
from .merge import (
    Proposal,
    absorbing,
    agreement_name,
    best,
    cluster,
    event_name,
    proposal_id,
    proposal_ids,
)

Moved = list[tuple[str, str]]
"""(page's key, an id its proposal would have had without an editor's correction), sorted:
the old addresses that redirect to the page (``side_pages.redirect_pages``)."""


def settle(
    entities: dict[str, Entity],
    agreements: Sequence[Proposal],
    events: Sequence[Proposal],
    mentions: Sequence[Mention],
) -> tuple[list[Entity], list[Mention], Moved]:
    """New entities for the proposals no curated record absorbs, every mention (those
    resolved already, plus each proposal's words as a mention of its page), and the addresses
    the corrections in the content moved pages from (``former``)."""
    names = {key: e.name for key, e in entities.items()}
    types = {key: e.type for key, e in entities.items() if e.kind == "actors"}
    curated = sorted((e for e in entities.values() if e.curated), key=lambda e: e.key)
    sentence_keys: dict[tuple[str, int], set[str]] = {}
    for m in mentions:
        sentence_keys.setdefault((m.article, m.sentence), set()).add(m.entity)
    taken = set(entities)
    out = list(mentions)
    added: list[Entity] = []
    home: dict[int, Entity] = {}
    """Agreement proposal (by index) to the entity that holds it, for signings."""
    plain: dict[str, str] = {}
    """Proposed agreement's key to its name as a sentence has it ("trade deal with China")."""
    index_of = {id(p): i for i, p in enumerate(agreements)}
    before = _Before(entities, mentions)
    olds: list[tuple[str, tuple[str, str]]] = []
    """Each page's key and an old id pair (plain, digested) of a group it holds."""
    for kind, proposals in (("agreements", agreements), ("events", events)):
        for group in cluster(proposals):
            named = {k for p in group for k in sentence_keys.get(_where(p), ())}
            entity = absorbing(group, curated, named)
            if entity is not None:  # the id it had before the editor's record took it
                olds.append((entity.key, proposal_ids(group)))
            else:
                entity = _entity(kind, group, names, types, home, taken, plain)
                taken.add(entity.key)
                names[entity.key] = entity.name
                added.append(entity)
            olds.extend((entity.key, proposal_ids(old)) for old in before.unmerged(group))
            for p in group:
                if kind == "agreements":
                    home[index_of[id(p)]] = entity
                if entity.key not in sentence_keys.get(_where(p), set()):
                    out.append(replace(p.mention, entity=entity.key))
                    sentence_keys.setdefault(_where(p), set()).add(entity.key)
    return added, out, former(olds, taken)


def former(olds: Sequence[tuple[str, tuple[str, str]]], taken: set[str]) -> Moved:
    """Each old address once, to the first page (by key) that claims it: a group's plain id,
    or its digested one where another page has the plain one now (``proposal_id``); none that
    is a page's own address (an accepted proposal keeps its id: nothing moved)."""
    found: dict[str, str] = {}
    for key, (plain, digested) in sorted(olds):
        kind = key.split("/", 1)[0]
        if entity_key(kind, plain) == key:
            continue  # the page has the plain id: the proposal was never elsewhere
        old = plain if entity_key(kind, plain) not in taken else digested
        if entity_key(kind, old) not in taken:
            found.setdefault(entity_key(kind, old), key)
    return sorted((key, old.split("/", 1)[1]) for old, key in found.items())


class _Before:
    """What the proposals said before an editor merged a name into a curated actor: the
    name's own actor in the place of the one it joined. The content says it all: the alias in
    the actor's file and the words of the sentence (the machine gave a found actor the id of
    its name, as ``side_pages.redirect_pages`` assumes for the actor's own old address)."""

    def __init__(self, entities: dict[str, Entity], mentions: Sequence[Mention]) -> None:
        self.aliases = {
            key: {slugify(a) for a in e.aliases} - {e.id}
            for key, e in entities.items()
            if e.kind == "actors" and e.curated and e.aliases
        }
        self.words: dict[tuple[str, int, str], set[str]] = {}
        for m in mentions:
            if m.entity in self.aliases:
                self.words.setdefault((m.article, m.sentence, m.entity), set()).add(m.text)

    def unmerged(self, group: list[Proposal]) -> list[list[Proposal]]:
        """The group's proposals whose sentence names an actor only by a merged alias, with
        that alias's own id for it: one group (in the group's order) for each set of aliases,
        as they were before the merges joined them ("U.S." and "US" made two pages)."""
        out: dict[tuple[tuple[str, str], ...], list[Proposal]] = {}
        for p in group:
            swap = {}
            for a in p.actors:
                key = actor_key(a)
                said = {slugify(t) for t in self.words.get((*_where(p), key), ())}
                if len(said) == 1 and (old := next(iter(said))) in self.aliases.get(key, ()):
                    swap[a] = old
            if swap:
                agents = tuple(swap.get(a, a) for a in p.agents)
                patients = tuple(swap.get(a, a) for a in p.patients)
                moved = replace(p, agents=agents, patients=patients)
                out.setdefault(tuple(sorted(swap.items())), []).append(moved)
        return list(out.values())


def _where(p: Proposal) -> tuple[str, int]:
    return p.mention.article, p.mention.sentence


def _entity(
    kind: str,
    group: list[Proposal],
    names: dict[str, str],
    types: dict[str, str],
    home: dict[int, Entity],
    taken: set[str],
    plain: dict[str, str],
) -> Entity:
    first = group[0]
    signed = next((home[p.agreement] for p in group if p.agreement in home), None)
    id_ = proposal_id(group, taken)
    if kind == "agreements":
        name = agreement_name(group, names)
        plain[f"{kind}/{id_}"] = name
        name = name[:1].upper() + name[1:]  # a page's title: "Trade deal with China"
    else:
        agreement = plain.get(signed.key, signed.name) if signed else None
        name = event_name(group, names, agreement, types)
    return Entity(
        kind=kind,
        id=id_,
        name=name,
        type=first.type,
        date=best(p.date for p in group),
        date_text=next((p.date_text for p in group if p.date == best(q.date for q in group)), None),
        place=best(p.place for p in group),
        parties=tuple(dict.fromkeys(a for p in group for a in p.actors)),
        agreement=signed.id if signed else None,
        curated=False,
        value=best(p.value for p in group),
        subject=best(p.subject for p in group),
        status=_status(group),
    )


STATUS_ORDER = ("proposed", "signed", "ratified", "in force", "suspended", "withdrawn")


def _status(group: list[Proposal]) -> str | None:
    """The latest stage any sentence reports (a treaty signed, then withdrawn from)."""
    found = [p.status for p in group if p.status]
    return max(found, key=STATUS_ORDER.index) if found else None
