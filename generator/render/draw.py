"""Relationship graphs drawn as inline SVG at build time: no script, nothing to download.

Nodes sit in columns (actors on one side, events and agreements on the other, dated top to
bottom), so no two labels can overlap and none runs off the canvas: a label too long for its
box is shortened, with the full name in the node's tooltip. Two drawings of each graph are
made, one for wide screens and one for phones, and CSS shows the one that fits: an SVG scaled
down to a phone would have unreadable labels. Colours come from CSS classes (``extra.css``),
so dark mode restyles them. Every value from content is HTML-escaped here.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from ..model.views import RELATIONS, Edge, Graph, Node
from .markup import Md, type_label

ROW = 30
BOX = 22
HEAD = 26
"""Row pitch, node height and the room for column headings, in SVG units (CSS pixels)."""
CHAR = 0.53
"""Width of an average character, in font sizes: generous, so labels never overflow."""


@dataclass(frozen=True)
class Layout:
    """Column positions (x, width) of one drawing."""

    width: int
    font: float
    actors: tuple[int, int]
    records: tuple[int, int]
    center: tuple[int, int] = (0, 0)
    stacked: bool = False
    """Phones, actor pages: actors and records in one column right of the actor."""


EGO_WIDE = Layout(760, 12.5, actors=(0, 200), records=(470, 290), center=(250, 170))
EGO_NARROW = Layout(340, 12, actors=(160, 180), records=(160, 180), center=(0, 120), stacked=True)
ALL_WIDE = Layout(760, 12.5, actors=(70, 220), records=(420, 340))
ALL_NARROW = Layout(340, 11, actors=(26, 118), records=(174, 166))


@dataclass(frozen=True)
class Placed:
    node: Node
    x: int
    y: int
    w: int


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _label(text: str, width: int, font: float) -> str:
    fits = max(4, int((width - 12) / (font * CHAR)))
    return text if len(text) <= fits else text[: fits - 1].rstrip() + "…"


def _classes(node: Node) -> str:
    cls = f"node k-{node.kind} t-{node.type}"
    return cls if node.curated else cls + " proposed"


def _tooltip(node: Node, when: Callable[[str | None], str]) -> str:
    kind = type_label(node.type)
    date = f", {when(node.date)}" if node.kind != "actor" else ""
    unreviewed = "" if node.curated else " (not reviewed)"
    return f"{node.name}: {kind.lower()}{date}{unreviewed}"


def _node(p: Placed, url: str, font: float, tip: str, focal: bool = False) -> str:
    cls = _classes(p.node) + (" focal" if focal else "")
    return (
        f'<a href="{_e(url)}" class="{cls}"><title>{_e(tip)}</title>'
        f'<rect x="{p.x}" y="{p.y}" width="{p.w}" height="{BOX}" rx="5"/>'
        f'<text x="{p.x + 7}" y="{p.y + BOX / 2 + font * 0.35:.1f}">'
        f"{_e(_label(p.node.name, p.w, font))}</text></a>"
    )


def _curve(a: Placed, b: Placed) -> str:
    """A horizontal S-curve from the side of ``a`` facing ``b`` to the facing side of ``b``."""
    if a.x > b.x:
        a, b = b, a
    x1, y1 = a.x + a.w, a.y + BOX / 2
    x2, y2 = b.x, b.y + BOX / 2
    mid = (x1 + x2) / 2
    return f"M{x1} {y1:.0f} C{mid:.0f} {y1:.0f} {mid:.0f} {y2:.0f} {x2} {y2:.0f}"


def _arc(a: Placed, b: Placed, room: int, tallest: int, ends: tuple[float, float]) -> str:
    """Two nodes of the same column joined by an arc on its left, deeper the further apart,
    the furthest as deep as the room allows; ``ends`` are where it meets each box."""
    x, (y1, y2) = a.x, ends
    depth = 4 + (room - 6) * abs(b.y - a.y) / max(tallest, 1)
    return f"M{x} {y1:.1f} C{x - depth:.0f} {y1:.1f} {x - depth:.0f} {y2:.1f} {x} {y2:.1f}"


def _arc_ends(arcs: list[tuple[int, Placed, Placed]]) -> dict[tuple[int, str], float]:
    """Where each arc (edge index, node, other node) meets its node's box: a node's arcs are
    spread down its left side in the order of their other ends, so they leave it apart and
    without crossing there, instead of all meeting in one point."""
    sides: dict[str, list[tuple[int, int]]] = {}
    for index, a, b in arcs:
        sides.setdefault(a.node.key, []).append((b.y, index))
        sides.setdefault(b.node.key, []).append((a.y, index))
    ends: dict[tuple[int, str], float] = {}
    for key, found in sides.items():
        step = (BOX - 6) / len(found)
        for slot, (_other, index) in enumerate(sorted(found)):
            ends[(index, key)] = 3 + step * (slot + 0.5)
    return ends


def _edge(edge: Edge, a: Placed, b: Placed, d: str) -> str:
    cls = f"edge r-{edge.relation} t-{a.node.type} k-{b.node.kind} t-{b.node.type}"
    verb = RELATIONS[edge.relation]
    extra = f" ({edge.weight} shared sentences)" if edge.relation == "appears" else ""
    width = f' stroke-width="{min(1 + edge.weight / 2, 4):.1f}"' if edge.weight > 1 else ""
    return (
        f'<path class="{cls}" d="{d}"{width}>'
        f"<title>{_e(f'{a.node.name} {verb} {b.node.name}{extra}')}</title></path>"
    )


def _column(nodes: tuple[Node, ...], x: int, w: int, top: int) -> list[Placed]:
    return [Placed(n, x, top + i * ROW, w) for i, n in enumerate(nodes)]


def _svg(
    graph: Graph,
    layout: Layout,
    url: Callable[[str], str],
    when: Callable[[str | None], str],
    variant: str,
    label: str,
) -> str:
    placed: dict[str, Placed] = {}
    headings: list[tuple[int, str, str]] = []
    if layout.stacked:
        gap = ROW // 2 if graph.actors and graph.records else 0
        column = _column(graph.actors, *layout.actors, HEAD)
        column += _column(graph.records, *layout.records, HEAD + len(graph.actors) * ROW + gap)
        rows = len(column) * ROW + gap
    else:
        column = _column(graph.actors, *layout.actors, HEAD)
        column += _column(graph.records, *layout.records, HEAD)
        rows = max(len(graph.actors), len(graph.records), 1) * ROW
        headings = [
            (layout.actors[0], "start", "Appears with" if graph.center else "Actors"),
            (layout.records[0], "start", "Events and agreements"),
        ]
    placed.update((p.node.key, p) for p in column)
    height = HEAD + rows
    parts: list[str] = []
    if graph.center:
        x, w = layout.center
        centre = Placed(graph.center, x, int(HEAD + rows / 2 - ROW / 2), w)
        placed[graph.center.key] = centre
    pairs = [(i, placed[e.actor], placed[e.other]) for i, e in enumerate(graph.edges)]
    arcs = [(i, a, b) for i, a, b in pairs if a.x == b.x and not graph.center]
    ends = _arc_ends(arcs)
    for (index, a, b), edge in zip(pairs, graph.edges, strict=True):
        if (index, a.node.key) in ends:
            at = (a.y + ends[(index, a.node.key)], b.y + ends[(index, b.node.key)])
            d = _arc(a, b, layout.actors[0], rows, at)
        else:
            d = _curve(a, b)
        parts.append(_edge(edge, a, b, d))
    for key, p in placed.items():
        focal = graph.center is not None and key == graph.center.key
        parts.append(_node(p, url(key), layout.font, _tooltip(p.node, when), focal))
    for x, anchor, text in headings:
        parts.append(f'<text class="heading" x="{x}" y="14" text-anchor="{anchor}">{text}</text>')
    return (
        f'<svg class="graph-{variant}" viewBox="0 0 {layout.width} {height}" '
        f'width="{layout.width}" height="{height}" role="img" aria-label="{_e(label)}" '
        f'font-size="{layout.font}">' + "".join(parts) + "</svg>"
    )


def legend(graph: Graph) -> str:
    """What the line styles and colours mean: only those the graph uses."""
    relations = [r for r in RELATIONS if any(e.relation == r for e in graph.edges)]
    kinds = [k for k in ("actor", "event", "agreement") if _has_kind(graph, k)]
    items = [
        f'<li><svg width="26" height="10" aria-hidden="true"><path class="sample r-{r}" '
        f'd="M1 5 H25"/></svg> {_e(RELATIONS[r])}</li>'
        for r in relations
    ]
    items += [f'<li><span class="swatch k-{k}" aria-hidden="true"></span> {k}</li>' for k in kinds]
    return '<ul class="graph-legend">' + "".join(items) + "</ul>"


def _has_kind(graph: Graph, kind: str) -> bool:
    nodes = (*graph.actors, *graph.records, *([graph.center] if graph.center else []))
    return any(n.kind == kind for n in nodes)


def figure(
    graph: Graph,
    url: Callable[[str], str],
    when: Callable[[str | None], str],
    label: str,
    wide: Layout,
    narrow: Layout,
) -> Md:
    """The graph as one raw HTML block: both drawings and the legend, out of the search."""
    note = (
        f'<p class="graph-note">{graph.left_out} more not drawn: the strongest connections '
        "are shown; the lists below have every one.</p>"
        if graph.left_out
        else ""
    )
    return Md(
        '<figure class="graph" data-search-exclude>'
        + _svg(graph, wide, url, when, "wide", label)
        + _svg(graph, narrow, url, when, "narrow", label)
        + f"<figcaption>{legend(graph)}{note}</figcaption></figure>"
    )
