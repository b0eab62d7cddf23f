"""Relationship graphs and the timeline: ranked and capped as data, drawn so that labels fit
their boxes and never share a row, with every value from content escaped."""

import re
from dataclasses import replace
from html.parser import HTMLParser

from conftest import ROOT
from test_evidence import linked_deal

from generator.dates import human_date
from generator.evidence import graph as graph_module
from generator.evidence.graph import briefing_graph, ego_graph
from generator.evidence.timeline import timelines
from generator.link import link
from generator.model import Article, Entity, Mention, Resolved, Sentence
from generator.model.views import Node
from generator.render import environment
from generator.render.draw import (
    ALL_NARROW,
    ALL_WIDE,
    BOX,
    CHAR,
    EGO_NARROW,
    EGO_WIDE,
    Placed,
    _arc_ends,
    figure,
)
from generator.render.overview import period_title, timeline_context


def star(actors: int, events: int, name: str = "Actor"):
    """One article in which a hub actor appears with ``actors`` others, and ``events``
    events the hub takes part in, one a day."""
    others = [Entity("actors", f"a{i}", f"{name} {i}", "person") for i in range(actors)]
    hub = Entity("actors", "hub", "Hub", "state")
    events_ = [
        Entity("events", f"e{i}", f"Event {i}", "meeting", date=f"2024-0{1 + i % 9}-1{i % 10}")
        for i in range(events)
    ]
    events_ = [replace(e, parties=("hub", "a0")) for e in events_]
    text = " ".join(["Hub"] + [o.name for o in others]) + "."
    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", (text,))
    mentions = [Mention("actors/hub", article.id, 0, 0, 0, 3, "Hub", "curated")]
    pos = 4
    for o in others:
        mentions.append(Mention(o.key, article.id, 0, 0, pos, pos + len(o.name), o.name, "curated"))
        pos += len(o.name) + 1
    sentence = Sentence(0, 0, len(text), text, ())
    resolved = Resolved((hub, *others, *events_), tuple(mentions), {article.id: (sentence,)})
    return link(resolved, (article,))


def test_an_actor_graph_types_its_edges_and_caps_its_nodes():
    view = ego_graph(star(12, 14), "actors/hub")
    assert len(view.actors) == graph_module.EGO_ACTORS
    assert len(view.records) == graph_module.EGO_RECORDS
    assert view.left_out == 12 - 8 + 14 - 10
    assert {e.relation for e in view.edges} == {"appears", "participant"}
    dates = [n.date or "" for n in view.records]
    assert dates == sorted(dates)  # events read top to bottom in time
    deal = ego_graph(linked_deal(), "actors/putin")
    assert [(e.other, e.relation) for e in deal.edges] == [("agreements/deal", "party")]


def test_the_briefing_graph_is_capped_and_each_pair_drawn_once():
    view = briefing_graph(star(40, 50))
    assert len(view.actors) == graph_module.BRIEFING_ACTORS
    assert len(view.records) == graph_module.BRIEFING_RECORDS
    assert (view.more_actors, view.more_records) == (41 - 30, 50 - 40)
    small = briefing_graph(star(3, 4))
    assert (len(small.actors), small.more_actors, small.more_records) == (4, 0, 0)
    pairs = [(e.actor, e.other) for e in view.edges if e.relation == "appears"]
    assert len(pairs) == len({frozenset(p) for p in pairs})
    shown = {n.key for n in (*view.actors, *view.records)}
    assert all(e.actor in shown and e.other in shown for e in view.edges)


def test_the_graph_page_says_most_mentioned_only_when_actors_were_left_out():
    template = environment(ROOT / "templates").get_template("graph.md.j2")

    def intro(actors: int, records: int) -> str:
        view = briefing_graph(star(actors, records))
        page = template.render(graph=view, actors=len(view.actors), panel="", edit=None)
        return page.split("\n\n")[1].split(", and the actors")[0]

    assert intro(40, 50) == (
        "Who is connected to what in this briefing: the 30 most mentioned actors, "
        "the events and agreements most of them are involved in"
    )
    assert intro(3, 4) == (
        "Who is connected to what in this briefing: all 4 actors, "
        "the events and agreements they are involved in"
    )
    assert intro(40, 4).endswith(
        "30 most mentioned actors, the events and agreements they are involved in"
    )


class Drawings(HTMLParser):
    """Each <svg>'s width and its nodes' boxes and labels; fails on a stray tag in a label."""

    def __init__(self) -> None:
        super().__init__()
        self.svgs: list[tuple[float, list[list]]] = []
        self.in_text = False

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "svg" and "viewbox" in found:
            self.svgs.append((float(found["width"]), []))
        elif tag == "rect":
            self.svgs[-1][1].append([float(found["x"]), float(found["y"]), float(found["width"])])
        elif tag == "text" and self.svgs[-1][1] and len(self.svgs[-1][1][-1]) == 3:
            self.in_text = True
        else:
            assert tag in {
                "a",
                "title",
                "path",
                "text",
                "figure",
                "figcaption",
                "ul",
                "li",
                "p",
                "span",
                "svg",
            }, tag

    def handle_data(self, data):
        if self.in_text:
            self.svgs[-1][1][-1].append(data)
            self.in_text = False


def test_labels_fit_their_boxes_and_no_two_nodes_share_a_place():
    long = "The Extraordinarily Long Name of an Intergovernmental Organisation <b>&"
    for view, layouts in (
        (ego_graph(star(12, 14, long), "actors/hub"), (EGO_WIDE, EGO_NARROW)),
        (briefing_graph(star(40, 50, long)), (ALL_WIDE, ALL_NARROW)),
    ):
        html = figure(view, lambda k: f"../{k}/", human_date, "label", *layouts)
        drawings = Drawings()
        drawings.feed(html)
        for (width, boxes), layout in zip(drawings.svgs, layouts, strict=True):
            assert len({(x, y) for x, y, _, _ in boxes}) == len(boxes)
            for x, _y, w, label in boxes:
                assert x >= 0 and x + w <= width
                assert len(label) * layout.font * CHAR <= w - 12, label
            assert any(label.endswith("…") for *_, label in boxes)
        assert "<b>" not in html and "&lt;b&gt;" in html


def test_arcs_of_one_node_meet_its_box_apart_in_the_order_of_their_other_ends():
    """Same-column ("appears with") arcs would all meet in one point of a busy node."""
    rows = [
        Placed(Node(f"actors/{i}", str(i), "actor", "person", None, True), 0, i * 30, 100)
        for i in range(4)
    ]
    hub, others = rows[1], [rows[0], rows[2], rows[3]]
    ends = _arc_ends([(i, hub, other) for i, other in enumerate(reversed(others))])
    at_hub = [ends[(i, hub.node.key)] for i in range(3)]  # arcs to rows 3, 2, 0
    assert at_hub == sorted(at_hub, reverse=True) and len(set(at_hub)) == 3
    assert all(0 < y < BOX for y in ends.values())
    assert ends[(0, "actors/3")] == ends[(2, "actors/0")] == BOX / 2  # one arc: the middle


def test_nodes_link_to_pages_and_edges_say_their_relation():
    view = ego_graph(linked_deal(), "actors/putin")
    html = figure(view, lambda k: f"../../{k}/", human_date, "label", EGO_WIDE, EGO_NARROW)
    assert 'href="../../agreements/deal/"' in html
    assert "<title>Putin party to Deal</title>" in html
    assert re.search(r'class="edge r-party', html)


def test_the_timeline_groups_by_month_with_partial_dates_after_their_months_and_undated_apart():
    linked = star(2, 0)
    extra = (
        Entity("events", "y", "Year only", "meeting", date="2024", parties=("a0",)),
        Entity("events", "m", "March", "meeting", date="2024-03-05", parties=("hub",)),
        Entity("events", "u", "Undated", "visit", about=("a1",)),
        Entity("agreements", "d", "Deal", "deal", date="2024-03", parties=("hub", "a1")),
    )
    entities = {**linked.entities, **{e.key: e for e in extra}}
    view, undated = timelines(type(linked)(**{**linked.__dict__, "entities": entities}))
    assert [(p.key, [e.entity.id for e in p.entries]) for p in view.periods] == [
        ("2024-03", ["d", "m"]),
        ("2024", ["y"]),
    ]
    assert [a.id for a in view.actors] == ["a0", "a1", "hub"]
    assert view.types == ("deal", "meeting")
    keys = [p.key for p in view.periods]
    assert [period_title(p.key, keys) for p in view.periods] == [
        "March 2024",
        "2024, month not known",
    ]
    # A year with no month of its own on the timeline is just that year.
    assert period_title("1920", ["1920", *keys]) == "1920"
    # Undated entries have no place in a chronology: listed apart, with their own filters.
    assert [(p.key, [e.entity.id for e in p.entries]) for p in undated.periods] == [("", ["u"])]
    assert [a.id for a in undated.actors] == ["a1"] and undated.types == ("visit",)
    assert period_title("") == "Undated"
    attributes = timeline_context(view)["attributes"]
    deal, meeting = view.periods[0].entries
    assert attributes(deal) == 'data-actors="hub a1" data-kind="agreement" data-type="deal"'
    assert attributes(meeting).endswith('data-kind="event" data-type="meeting"')
