"""Stage 5: connect entities, mentions and articles into the indexes pages are built from.

Pure functions of the resolved data: backlinks (which articles mention an entity), co-mentions
(which actors share sentences), participants of events and parties of agreements, and the
reverse of both. Every collection is sorted, so rendered output never depends on set order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from .dates import SentenceDates, reference_date, sentence_dates
from .memo import Memo
from .model import (
    Article,
    Entity,
    Linked,
    Mention,
    Resolved,
    Statement,
    actor_key,
    actor_names,
    agreement_key,
    is_actor,
    newest_first,
)


def sort_date(entity: Entity) -> str:
    """Oldest-first order: partial dates sort before full dates of the same period; undated
    entities last."""
    return entity.date or "9999"


OUTLET_TYPES = ("media", "organisation")
"""The types of actor a web host names: a host is an outlet's, never a person's or a state's."""


def host_names(entities: Iterable[Entity], names: Mapping[str, str]) -> dict[str, str]:
    """Every outlet's or organisation's name and alias, case-folded, to its key (the first
    entity wins a shared name, as in ``names``)."""
    found: dict[str, str] = {}
    types = {e.key: e.type for e in entities}
    for name, key in names.items():
        if types.get(key) in OUTLET_TYPES:
            found.setdefault(name.casefold(), key)
    return found


def as_outlets(entities: Mapping[str, Entity], published: Iterable[str]) -> dict[str, Entity]:
    """The proposed organisations that published articles of the briefing, typed as the news
    outlets they are here (Wikinews, typed by the NER as any organisation, published all 100
    articles of the bench): listed under "News outlets", and as a source ("Reported by"), not
    a connection, on the pages of the actors it writes about. An editor's type stands."""
    return {
        key: replace(entity, type="media")
        for key in published
        if (entity := entities[key]).type == "organisation" and not entity.curated
    }


def outlet_of_host(source: str, hosts: Mapping[str, str]) -> str | None:
    """The actor a web host given as an article's source names: ``en.wikinews.org`` is
    Wikinews, ``www.bbc.co.uk`` the BBC (the importer records a CSV row's host as its
    source). Labels of two letters (``en``, ``co``) and the last (``org``) are not names."""
    if " " in source or "." not in source:
        return None
    labels = source.casefold().split(".")[:-1]
    return next((hosts[k] for k in labels if len(k) > 2 and k != "www" and k in hosts), None)


def link(
    resolved: Resolved,
    articles: tuple[Article, ...],
    memo: Memo | None = None,
    dates: Mapping[str, SentenceDates] | None = None,
) -> Linked:
    """Build every index pages need from resolved mentions. ``dates`` are each article's
    dates of every sentence when already found (``dates.sentence_dates``, which extract
    reads too); else they are found here, ``memo`` keeping them for the next build."""
    by_id = {a.id: a for a in articles}
    if dates is None:
        dates = sentence_dates(articles, resolved.sentences, memo)
    entities = {e.key: e for e in resolved.entities}

    def mention_order(m: Mention) -> tuple:
        return (by_id[m.article].date, m.article, m.paragraph, m.start)

    mentions: dict[str, list[Mention]] = defaultdict(list)
    article_mentions: dict[str, list[Mention]] = defaultdict(list)
    sentence_mentions: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in sorted(resolved.mentions, key=mention_order):
        mentions[m.entity].append(m)
        article_mentions[m.article].append(m)
        sentence_mentions[m.article, m.sentence].append(m)

    entity_articles = {
        key: tuple(newest_first({m.article for m in found}, lambda a: by_id[a].date, lambda a: a))
        for key, found in mentions.items()
    }

    sentence_actors: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if is_actor(m.entity):
            sentence_actors[m.article, m.sentence].add(m.entity)
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for actors in sentence_actors.values():
        for actor in actors:
            shared[actor].update(actors - {actor})

    def by_name(key: str) -> str:
        return entities[key].name.casefold()

    related = {
        actor: tuple(sorted(counts.items(), key=lambda kv: (-kv[1], by_name(kv[0]), kv[0])))
        for actor, counts in shared.items()
        if counts
    }

    involvement: dict[str, set[str]] = defaultdict(set)
    events_of_agreement: dict[str, list[str]] = defaultdict(list)
    for entity in entities.values():
        for party in entity.parties:
            involvement[actor_key(party)].add(entity.key)
            if entity.agreement:  # the signatories of a treaty are involved in it
                involvement[actor_key(party)].add(agreement_key(entity.agreement))
        for actor in entity.about:  # concerned, not taking part: still on its timeline
            involvement[actor_key(actor)].add(entity.key)
        if entity.agreement:
            events_of_agreement[agreement_key(entity.agreement)].append(entity.key)

    # An event about an agreement (its signing) is evidenced where the agreement is named.
    article_entities = {}
    for article, found in article_mentions.items():
        keys = dict.fromkeys(m.entity for m in found)
        for key in list(keys):
            keys.update(dict.fromkeys(events_of_agreement.get(key, ())))
        article_entities[article] = tuple(keys)

    def chronological(keys: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(keys, key=lambda k: (sort_date(entities[k]), k)))

    names = actor_names(sorted(entities.values(), key=lambda e: e.key))
    hosts = host_names(entities.values(), names)
    source_actor = {
        a.id: outlet
        for a in articles
        if (outlet := names.get(a.source) or outlet_of_host(a.source, hosts))
    }
    published: dict[str, list[str]] = defaultdict(list)
    for dated in newest_first(articles, lambda a: a.date, lambda a: a.id):
        if dated.id in source_actor:
            published[source_actor[dated.id]].append(dated.id)
    entities.update(as_outlets(entities, published))

    reference_days = {a.id: reference_date(a) for a in articles}
    said: dict[str, list[Statement]] = defaultdict(list)
    at: dict[tuple[str, int], list[Statement]] = defaultdict(list)
    for statement in resolved.statements:
        said[statement.speaker].append(statement)
        at[statement.article, statement.sentence].append(statement)
    for key, found in mentions.items():
        if key.startswith("events/"):  # statements made in the sentences that report it
            for m in found:
                said[key].extend(
                    s for s in at.get((m.article, m.sentence), ()) if s not in said[key]
                )
    return Linked(
        articles=by_id,
        entities=entities,
        mentions={k: tuple(v) for k, v in mentions.items()},
        article_mentions={k: tuple(v) for k, v in article_mentions.items()},
        article_entities=article_entities,
        entity_articles=entity_articles,
        related=related,
        involvement={k: chronological(v) for k, v in involvement.items()},
        events_of_agreement={k: chronological(v) for k, v in events_of_agreement.items()},
        sentences=resolved.sentences,
        reference_days={a: day.isoformat() for a, day in reference_days.items()},
        sentence_dates={article_id: dates[article_id] for article_id in resolved.sentences},
        published={k: tuple(v) for k, v in published.items()},
        source_actor=source_actor,
        sentence_mentions={k: tuple(v) for k, v in sentence_mentions.items()},
        statements={key: _newest(found, by_id) for key, found in said.items()},
    )


def _newest(statements: list[Statement], articles: dict[str, Article]) -> tuple[Statement, ...]:
    """Newest first; within a day, articles newest first and each in text order."""
    ordered = sorted(statements, key=lambda s: (s.article, s.paragraph, s.sentence))
    return tuple(sorted(ordered, key=lambda s: (s.date, articles[s.article].date), reverse=True))
