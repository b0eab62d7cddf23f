"""The briefing's timeline, as data: every event and agreement by date, grouped by month.

Part of the evidence stage. Each entry carries the actors involved (parties, participants and
those it concerns), so the page can be filtered by actor and type in the reader's browser,
without a server. Partial dates keep their precision: an event known only by its year is
listed under the year, after that year's months. Undated entries have no place in a
chronology: they get a listing of their own (most proposed statements are undated, and at 1,000
articles they were two thirds of the entries, a page too heavy to open).
"""

from __future__ import annotations

from ..ids import name_order
from ..model import Entity, Linked, actor_key
from ..model.views import Entry, Period, Timeline


def _period(date: str | None) -> str:
    return (date or "")[:7]


def _order(entity: Entity) -> tuple[bool, str, str, str]:
    # Undated last; a year alone ("2024") after that year's months ("2024-12").
    date = entity.date or ""
    return (not date, date[:4], date[5:] or "99", entity.key)


def timelines(linked: Linked) -> tuple[Timeline, Timeline]:
    """The dated entries by month, and the undated ones apart; each with its own filters."""
    entities = linked.entities
    # By kind, not by ``key`` (made anew at each read): every entity, on every build.
    records = sorted((e for e in entities.values() if e.kind != "actors"), key=_order)
    return (
        _timeline(entities, [e for e in records if e.date]),
        _timeline(entities, [e for e in records if not e.date]),
    )


def _timeline(entities: dict[str, Entity], records: list[Entity]) -> Timeline:
    periods: dict[str, list[Entry]] = {}  # in order: records are sorted
    involved: dict[str, Entity] = {}
    for entity in records:
        keys = [actor_key(a) for a in (*entity.parties, *entity.about)]
        actors = tuple(entities[k] for k in dict.fromkeys(keys))
        involved.update((a.key, a) for a in actors)
        periods.setdefault(_period(entity.date), []).append(Entry(entity, actors))
    return Timeline(
        periods=tuple(Period(key, tuple(entries)) for key, entries in periods.items()),
        actors=tuple(sorted(involved.values(), key=lambda a: (name_order(a.name), a.key))),
        types=tuple(sorted({e.type for e in records})),
    )
