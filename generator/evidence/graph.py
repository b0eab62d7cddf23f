"""Relationship graphs, as data: who is connected to what, ranked and capped.

Part of the evidence stage: which nodes and edges a graph shows is a decision, so it is made
here, on the linked data, and drawn by ``draw.py``. Every graph is capped (the strongest
connections first) so that a large briefing stays legible, and each costs time in proportion
to what it shows: an actor's graph reads only that actor's connections.
"""

from __future__ import annotations

from collections import Counter

from ..model import KIND, Entity, Linked, is_actor
from ..model.views import Edge, Graph, Node

EGO_ACTORS = 8
EGO_RECORDS = 10
"""An actor page's graph: at most this many actors it appears with, and events or
agreements it is involved in."""
BRIEFING_ACTORS = 30
BRIEFING_RECORDS = 40
BRIEFING_PEERS = 2
"""The briefing graph: the most mentioned actors, the events and agreements with most of them
involved, and for each actor its strongest "appears with" links."""


def node(entity: Entity) -> Node:
    kind = KIND[entity.kind].singular
    return Node(entity.key, entity.name, kind, entity.type, entity.date, entity.curated)


def relation(actor: str, record: Entity) -> str:
    """How an actor is tied to an event or agreement it is involved in."""
    if record.kind == "agreements":
        return "party"
    return "about" if actor.split("/", 1)[1] in record.about else "participant"


def _dated(nodes: list[Node]) -> tuple[Node, ...]:
    return tuple(sorted(nodes, key=lambda n: (not n.date, n.date or "", n.key)))


def _untangled(
    actors: list[Node], records: tuple[Node, ...], edges: list[Edge]
) -> tuple[Node, ...]:
    """Actors in the order of the mean row of their events and agreements (the barycentre
    heuristic), so that lines cross less; those without any keep their rank, after the rest."""
    row = {n.key: i for i, n in enumerate(records)}
    rows: dict[str, list[int]] = {}
    for e in edges:
        if e.other in row:
            rows.setdefault(e.actor, []).append(row[e.other])
    rank = {n.key: i for i, n in enumerate(actors)}

    def place(actor: Node) -> tuple[float, int]:
        found = rows.get(actor.key)
        return (sum(found) / len(found) if found else float("inf"), rank[actor.key])

    return tuple(sorted(actors, key=place))


def ego_graph(linked: Linked, key: str) -> Graph:
    """An actor and what it is most connected to: the actors it shares most sentences with
    (news outlets only on an outlet's own page) and its most reported events and agreements."""
    entities = linked.entities
    center = entities[key]
    peers = [
        (k, n)
        for k, n in linked.related.get(key, ())
        if center.type == "media" or entities[k].type != "media"
    ]
    involved = linked.involvement.get(key, ())
    mentioned = {k: len(linked.entity_articles.get(k, ())) for k in involved}
    records = sorted(involved, key=lambda k: (-mentioned[k], k))[:EGO_RECORDS]
    edges = [Edge(key, k, "appears", n) for k, n in peers[:EGO_ACTORS]]
    edges += [Edge(key, k, relation(key, entities[k])) for k in records]
    return Graph(
        actors=tuple(node(entities[k]) for k, _ in peers[:EGO_ACTORS]),
        records=_dated([node(entities[k]) for k in records]),
        edges=tuple(edges),
        center=node(center),
        left_out=max(0, len(peers) - EGO_ACTORS) + max(0, len(involved) - EGO_RECORDS),
    )


def briefing_graph(linked: Linked) -> Graph:
    """The whole briefing at a glance: the most mentioned actors, the events and agreements
    most of them are involved in, and each actor's strongest co-mentions. The briefing's own
    outlets (its articles' sources, ``published``) are left out: named in their own articles,
    they would rank first, and they are the briefing's publishers, not its subjects."""
    entities = linked.entities
    mentions = Counter({k: len(v) for k, v in linked.mentions.items()})
    ranked = sorted(
        (k for k in entities if is_actor(k) and k not in linked.published),
        key=lambda k: (-mentions[k], entities[k].name, k),
    )
    actors = ranked[:BRIEFING_ACTORS]
    shown = set(actors)
    ties: dict[str, list[Edge]] = {}
    for actor in actors:
        for other in linked.involvement.get(actor, ()):
            ties.setdefault(other, []).append(Edge(actor, other, relation(actor, entities[other])))
    records = sorted(ties, key=lambda k: (-len(ties[k]), -mentions[k], k))[:BRIEFING_RECORDS]
    edges = [e for k in records for e in ties[k]]
    rank = {k: i for i, k in enumerate(actors)}
    pairs: set[tuple[str, str]] = set()
    for actor in actors:
        peers = [(k, n) for k, n in linked.related.get(actor, ()) if k in shown]
        for other, n in peers[:BRIEFING_PEERS]:
            pair = (actor, other) if rank[actor] < rank[other] else (other, actor)
            if pair not in pairs:  # each pair once, from the actor that ranks first
                pairs.add(pair)
                edges.append(Edge(*pair, "appears", n))
    dated = _dated([node(entities[k]) for k in records])
    return Graph(
        actors=_untangled([node(entities[k]) for k in actors], dated, edges),
        records=dated,
        edges=tuple(edges),
        left_out=len(entities) - len(actors) - len(records),
        more_actors=len(ranked) - len(actors),
        outlets=sum(1 for k in linked.published if k in entities),
        more_records=len(ties) - len(records),
    )
