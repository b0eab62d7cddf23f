"""Proposals become pages: merged into groups, absorbed by curated records, or new entities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Entity, Mention
from .merge import (
    Proposal,
    absorbing,
    agreement_name,
    best,
    cluster,
    event_name,
    proposal_id,
)


def settle(
    entities: dict[str, Entity],
    agreements: Sequence[Proposal],
    events: Sequence[Proposal],
    mentions: Sequence[Mention],
) -> tuple[list[Entity], list[Mention]]:
    """New entities for the proposals no curated record absorbs, and every mention: those
    resolved already, plus each proposal's words as a mention of its page."""
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
    for kind, proposals in (("agreements", agreements), ("events", events)):
        for group in cluster(proposals):
            named = {k for p in group for k in sentence_keys.get(_where(p), ())}
            entity = absorbing(group, curated, named)
            if entity is None:
                entity = _entity(kind, group, names, types, home, taken, plain)
                taken.add(entity.key)
                names[entity.key] = entity.name
                added.append(entity)
            for p in group:
                if kind == "agreements":
                    home[index_of[id(p)]] = entity
                if entity.key not in sentence_keys.get(_where(p), set()):
                    out.append(replace(p.mention, entity=entity.key))
                    sentence_keys.setdefault(_where(p), set()).add(entity.key)
    return added, out


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
