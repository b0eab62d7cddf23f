"""Jump lists at the top of the long index pages: the events index by year and month, the
actors index by type and first letter.

Render stage. An index of hundreds of rows is tens of thousands of pixels tall (403 events
of the 100-article bench: 23,000 px, 42,000 on a phone); a line of links at its top takes a
reader to the part they want. The rows stay one table: the first row of each part carries
the anchor (attr_list's ``{ #id }`` at the end of its first cell), so nothing else of the page
changes. Ids are made here from dates and actor types only, never from content text, and
checked.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..dates import MONTHS
from ..ids import name_order
from ..model import Entity
from .markup import Md, escape_attr, escape_md

JUMP_ROWS = 50
"""An index page of at most this many rows has no jump list: it is read at a glance."""

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Jumps:
    """One index page's jump list (Markdown, empty when the page needs none) and the anchor
    of the first row of each part, by the row's entity key."""

    markdown: Md = field(default_factory=Md)
    anchors: dict[str, str] = field(default_factory=dict)

    def anchor(self, key: str) -> Md:
        """What ends the row's first cell: `` { #id }`` on a part's first row (attr_list puts
        the id on the cell, not on a link, which the browser would focus and so preview)."""
        found = self.anchors.get(key)
        return Md(f" {{ #{found} }}") if found else Md("")

    def cell_id(self, key: str) -> Md:
        """``anchor`` for a table written as HTML: `` id="…"`` for the row's first cell, as
        attr_list put it there (the ids are checked, ``_ID``)."""
        found = self.anchors.get(key)
        return Md(f' id="{escape_attr(found)}"') if found else Md("")


def _link(label: str, anchor: str) -> str:
    if not _ID.match(anchor):
        raise ValueError(f"not a safe anchor: {anchor!r}")
    return f"[{escape_md(label)}](#{anchor})"


def _firsts(rows: Iterable[Entity], part: Callable[[Entity], str | None]) -> dict[str, str]:
    """The anchor of each part at its first row (a part met again later keeps the first)."""
    anchors: dict[str, str] = {}
    seen: set[str] = set()
    for row in rows:
        anchor = part(row)
        if anchor is not None and anchor not in seen:
            seen.add(anchor)
            anchors[row.key] = anchor
    return anchors


def _period(entity: Entity) -> str | None:
    """``2019-09`` for a date of that month or day, ``2008`` for a year alone."""
    if not entity.date:
        return None  # listed apart (split_undated), or a whole index undated: no dates to jump by
    key = entity.date[:7]
    return key if re.fullmatch(r"\d{4}(-\d\d)?", key) else None


UNDATED_EVENTS = "undated.md"
"""The page the undated events of a long events index are listed on, beside the index's pages
(``events/undated.md``; ``undated`` is a reserved id)."""


def split_undated(events: Sequence[Entity]) -> tuple[Sequence[Entity], Sequence[Entity]]:
    """A long events index's dated rows, and its undated ones when they go to a page of their
    own: hundreds of undated rows were one block at the index's end (247 of 403 events on the
    100-article bench), with no date to scan by; listed apart, by name (``by_name``), as their
    page says. A short index, or one all dated or all undated, keeps its rows."""
    dated = [e for e in events if e.date]
    if len(events) <= JUMP_ROWS or not dated or len(dated) == len(events):
        return events, ()
    return dated, sorted((e for e in events if not e.date), key=by_name)


def event_jumps(events: Sequence[Entity], undated_apart: int = 0) -> Jumps:
    """Newest first, as the index lists them: a line per year that has months (the year's
    months, then its events dated by the year alone), a line per run of years without months,
    and the undated, counted, linking their page (``undated_apart`` of them: every page of the
    index then has that line, short or not)."""
    apart = f"- [Undated]({UNDATED_EVENTS}) ({undated_apart})" if undated_apart else ""
    if len(events) <= JUMP_ROWS:
        return Jumps(Md(apart))
    anchors = _firsts(events, _period)
    periods = list(dict.fromkeys(anchors.values()))
    if len(periods) < 2:
        return Jumps(Md(apart))
    years = list(dict.fromkeys(p[:4] for p in periods))
    lines: list[str] = []
    alone: list[str] = []  # a run of years without months: one line
    for year in [*years, None]:
        months = [p for p in periods if year and p.startswith(f"{year}-")]
        if year and not months:
            alone.append(_link(year, year))
            continue
        if alone:
            lines.append("- " + " · ".join(alone))
            alone = []
        if year:
            links = [_link(MONTHS[int(p[5:]) - 1], p) for p in months]
            if year in periods:
                links.append(_link("year only", year))
            lines.append(f"- **{year}:** " + " · ".join(links))
    if apart:
        lines.append(apart)
    return Jumps(Md("\n".join(lines)), anchors)


def _letter(name: str) -> tuple[str, str]:
    """A name's first letter as shown and as an id, that of the order it is listed in
    (``ids.name_order``): ``A``/``a``, ``É``/``e`` (among the E's); a name that starts with a
    digit or has no letter is ``#``/``other``."""
    first = name_order(name)[:1]
    return (first.upper(), first) if "a" <= first <= "z" else ("#", "other")


def _letter_id(type_: str, actor: Entity) -> str:
    return f"{type_}-{_letter(actor.name)[1]}"


def actor_jumps(groups: Sequence[tuple[str, str, Sequence[Entity]]]) -> Jumps:
    """``groups``: (actor type, its heading, its actors in the index's order). A line per
    group of its first letters, when the page is long; the ids are ``<type>-<letter>``."""
    if sum(len(actors) for _t, _h, actors in groups) <= JUMP_ROWS:
        return Jumps()
    anchors: dict[str, str] = {}
    lines = []
    for type_, heading, actors in groups:
        labels = {_letter_id(type_, a): _letter(a.name)[0] for a in actors}
        firsts = _firsts(actors, functools.partial(_letter_id, type_))
        if len(firsts) < 2:
            continue
        anchors.update(firsts)
        links = " · ".join(_link(labels[a], a) for a in firsts.values())
        lines.append(f"- **{escape_md(heading)}:** {links}")
    return Jumps(Md("\n".join(lines)), anchors)


def by_name(entity: Entity) -> tuple[str, str]:
    """The order a list "by name" keeps: ``ids.name_order`` (lower-case ASCII, ``Émile`` with
    the E's), then the key. Not the id: a proposed event's id is its type and participants
    (``arrest-antoine-quirin`` for "Charges against Antoine Quirin"), and so by id "Charges"
    was listed among the A's and "Acquittal of ..." among the R's."""
    return name_order(entity.name), entity.key


def _initial(entity: Entity) -> str | None:
    """``letter-a`` … ``letter-z``, ``letter-other``: by the name's first letter as it is
    sorted (``by_name``), the order the rows are listed in."""
    return f"letter-{_letter(entity.name)[1]}"


def letter_jumps(rows: Sequence[Entity]) -> Jumps:
    """A line of first letters over a long list of rows in ``by_name`` order (the undated
    events): A … Z, ``#`` for names that start with a digit or a sign."""
    if len(rows) <= JUMP_ROWS:
        return Jumps()
    anchors = _firsts(rows, _initial)
    if len(set(anchors.values())) < 2:
        return Jumps()
    links = [
        _link("#" if a == "letter-other" else a.removeprefix("letter-").upper(), a)
        for a in anchors.values()
    ]
    return Jumps(Md("- " + " · ".join(links)), anchors)
