"""The briefing-wide pages: the relationship graph and the timeline, with their filters.

Render stage. The filters are generator-made HTML around the page's Markdown: the graph's are
checkboxes that CSS alone obeys (``extra.css``), the timeline's two menus need the small
script ``assets/timeline.js`` and stay hidden without it, leaving the full list. Every value
from content in that HTML is escaped here; the rest of each page is its template's.
"""

from __future__ import annotations

import html
from collections.abc import Collection

from ..dates import human_date
from ..model import ACTOR_TYPES, KIND
from ..model.views import RELATIONS, Graph, Timeline
from .draw import ALL_NARROW, ALL_WIDE, EGO_NARROW, EGO_WIDE, figure
from .markup import TYPE_LABELS, Md, escape_attr, site_href, type_label

GRAPH_PAGE = "graph/index.md"
TIMELINE_PAGE = "timeline/index.md"
UNDATED_PAGE = "timeline/undated.md"


def actor_graph(page: str, graph: Graph | None) -> Md | None:
    """An actor page's graph, or None when it has no connection to draw."""
    if graph is None or graph.empty:
        return None
    name = graph.center.name if graph.center else ""
    label = f"Graph of what {name} is connected to in this briefing"
    return figure(graph, lambda k: site_href(page, k), human_date, label, EGO_WIDE, EGO_NARROW)


def _checkbox(value: str, text: str) -> str:
    return f'<label><input type="checkbox" value="{value}" checked> {html.escape(text)}</label>'


def graph_panel(graph: Graph) -> Md:
    """The briefing graph with a checkbox per node type and relation: unticking one hides
    those nodes or edges (``.graph-panel:has(...)`` rules in ``extra.css``), no script."""
    types = [t for t in ACTOR_TYPES if any(a.type == t for a in graph.actors)]
    boxes = [_checkbox(f"t-{t}", TYPE_LABELS[t][1]) for t in types]
    kinds = {n.kind for n in graph.records}
    boxes += [
        _checkbox(f"k-{k}", f"{k.capitalize()}s") for k in ("event", "agreement") if k in kinds
    ]
    relations = [r for r in RELATIONS if any(e.relation == r for e in graph.edges)]
    boxes += [_checkbox(f"r-{r}", RELATIONS[r]) for r in relations]
    drawing = figure(
        graph,
        lambda k: site_href(GRAPH_PAGE, k),
        human_date,
        "Graph of the briefing's actors, events and agreements",
        ALL_WIDE,
        ALL_NARROW,
    )
    return Md(
        '<div class="graph-panel" data-search-exclude>'
        '<fieldset class="graph-filters"><legend>Show</legend>'
        + "".join(boxes)
        + "</fieldset>"
        + drawing
        + "</div>"
    )


def period_title(key: str, keys: Collection[str] = ()) -> str:
    """``2024-10`` -> 'October 2024'; a year alone is '1920', or says the month is unknown when
    ``keys`` (the timeline's periods) hold months of that year, so it reads apart from them."""
    if not key:
        return "Undated"
    if "-" in key:
        return human_date(key)
    return f"{key}, month not known" if any(k.startswith(f"{key}-") for k in keys) else key


def timeline_filters(timeline: Timeline) -> Md:
    """The actor and type menus; hidden until the script shows them (it does the filtering)."""

    def options(pairs: list[tuple[str, str]], everything: str) -> str:
        return f'<option value="">{everything}</option>' + "".join(
            f'<option value="{html.escape(v)}">{html.escape(t)}</option>' for v, t in pairs
        )

    actors = options([(a.id, a.name) for a in timeline.actors], "All actors")
    types = options([(t, type_label(t)) for t in timeline.types], "All types")
    return Md(
        '<form class="timeline-filters" hidden data-search-exclude>'
        f'<label>Actor <select name="actor">{actors}</select></label> '
        f'<label>Type <select name="type">{types}</select></label> '
        '<output aria-live="polite"></output></form>'
    )


def entry_attributes(actors: list[str], type_: str, kind: str) -> Md:
    """The attributes of a timeline entry's ``<li>`` the timeline's script filters on: ids
    and types (escaped all the same); the kind is singular (``event``), as the type it
    qualifies and the graph's ``k-event``. In the order Python-Markdown wrote them (sorted)
    when the list was Markdown."""
    values = (" ".join(actors), kind, type_)
    pairs = zip(("data-actors", "data-kind", "data-type"), values, strict=True)
    return Md(" ".join(f'{name}="{escape_attr(value)}"' for name, value in pairs))


def timeline_context(timeline: Timeline) -> dict[str, object]:
    keys = [p.key for p in timeline.periods]
    return {
        "filters": timeline_filters(timeline),
        "periods": timeline.periods,
        "period_title": lambda key: period_title(key, keys),
        "attributes": lambda entry: entry_attributes(
            [a.id for a in entry.actors], entry.entity.type, KIND[entry.entity.kind].singular
        ),
    }
