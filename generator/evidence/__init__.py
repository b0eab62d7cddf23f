"""Stage 6: decide what each page shows, as plain data; render only formats it.

Between link and render, the way a static-site generator gathers its context before writing:
which sentences each page quotes (and which words in them are the entity's), the mention
statistics, the "appears with" and "reported by" lists, key actors, timelines, and how far the
quoted sentences support an event's or agreement's record (``support``). Everything here is
frozen dataclasses over the linked data, with no Markdown inside, so every choice is testable
without rendering a page.

The package holds the stage (``gather``, here) and one concern a module: ``quotes`` (the
sentences a page quotes), ``support`` (records against their sentences), ``roles`` (offices a
person holds), ``graph``, ``timeline``, ``voices`` (statements), ``edit`` (the content file
behind a page) and ``review`` (the review queue).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from operator import attrgetter
from typing import TypeVar

from ..ids import name_order, page_path
from ..model import (
    ACTOR_TYPES,
    KIND,
    Article,
    Briefing,
    Entity,
    Linked,
    Mention,
    OnDisk,
    actor_key,
    agreement_key,
    article_key,
    is_actor,
    newest_first,
)
from ..model.views import (
    ArticleView,
    EntityView,
    Evidence,
    EvidenceGroup,
    IndexView,
    LinkSpan,
    Stats,
)
from ..reuse import Cutoff
from .edit import EditTarget, entity_file
from .graph import briefing_graph, ego_graph
from .quotes import evidence_for, quote, quoted_sentences
from .roles import roles_of
from .support import date_support, place_support, unnamed_parties
from .timeline import timelines
from .voices import statements_for

__all__ = [
    "evidence_for",
    "gather",
    "quote",
    "quoted_sentences",
]

KEY_ACTORS = 8
"""Actors on the home page when the briefing names none: the most mentioned."""
EVIDENCE_ARTICLES = 50
"""Articles whose sentences an event or agreement page quotes, newest first; it lists older
ones one row each: the title, linking to the first paragraph naming it, and the paragraphs'
numbers. A hub is named in thousands of articles at scale ("United States": 450 kB of
Markdown at 1,000 articles, ten times that at 10,000), a page no reader scrolls and every
build pays for."""
MENTION_QUOTES = 30
"""Sentences an actor page quotes in full under Mentions: those of its newest articles, whole
articles at a time (at least one), until the next would pass this many. A reader wants what
the actor did lately at a glance, not hundreds of sentences that merely name it; the older
ones are listed one row per article, its title linking to the first paragraph naming the actor,
the paragraphs' numbers beside it (its claims, roles and statements keep their own
sentences). The Markdown of the site engine's largest pages, and its time, scale with it."""


_WHERE = attrgetter("article", "sentence")
"""A mention's sentence: ``(article, sentence)``."""


def stats(linked: Linked, key: str) -> Stats:
    found = linked.mentions.get(key, ())
    return Stats(
        # Read in C (``_WHERE``): every entity is counted on every build, rebuilds too.
        mentions=len(set(map(_WHERE, found))),
        articles=len(linked.entity_articles.get(key, ())),
    )


def quoted_articles(groups: Sequence[EvidenceGroup], kind: str) -> int:
    """How many of the newest article groups a page quotes in full: for an actor, whole
    articles until ``MENTION_QUOTES`` sentences (at least one article); for an event or
    agreement, whose notes point at "the sentences quoted below", ``EVIDENCE_ARTICLES``."""
    if kind != "actors":
        return min(len(groups), EVIDENCE_ARTICLES)
    shown = 0
    for count, group in enumerate(groups):
        if count and shown + len(group.quotes) > MENTION_QUOTES:
            return count
        shown += len(group.quotes)
    return len(groups)


def entity_view(linked: Linked, entity: Entity, counted: Stats | None = None) -> EntityView:
    """``counted`` is the entity's ``stats`` when already counted (``gather`` counts each once
    for its page and the index pages)."""
    entities = linked.entities
    keys = [entity.key]
    if entity.agreement:
        keys.append(agreement_key(entity.agreement))
    groups = evidence_for(linked, keys)
    quoted = quoted_articles(groups, entity.kind)
    involvement = [entities[k] for k in linked.involvement.get(entity.key, ())]
    timeline = [e for e in involvement if e.kind == "events"]
    related = [(entities[k], n) for k, n in linked.related.get(entity.key, ())]
    outlet = entity.type == "media"
    seen = linked.entity_articles.get(entity.key, ())  # newest first
    return EntityView(
        entity=entity,
        stats=stats(linked, entity.key) if counted is None else counted,
        evidence=groups[:quoted],
        older=groups[quoted:],
        involved=tuple(entities[actor_key(p)] for p in entity.parties),
        about=tuple(entities[actor_key(a)] for a in entity.about),
        agreement=entities[agreement_key(entity.agreement)] if entity.agreement else None,
        events=tuple(entities[k] for k in linked.events_of_agreement.get(entity.key, ())),
        agreements=tuple(e for e in involvement if e.kind == "agreements"),
        timeline=tuple(timeline),
        reported=first_reported(linked, (e for e in timeline if not e.date)),
        # News outlets are sources, not connections: listed apart as "Reported by".
        related=tuple((e, n) for e, n in related if outlet or e.type != "media"),
        reported_by=tuple((e, n) for e, n in related if not outlet and e.type == "media"),
        published=tuple(linked.articles[a] for a in linked.published.get(entity.key, ())),
        dates=date_support(entity, groups, linked.reference_days),
        places=place_support(entity, groups),
        unnamed=tuple(entities[k] for k in unnamed_parties(entity, groups, linked)),
        roles=tuple(
            (r.title, linked.articles[r.mention.article], quote(linked, r.mention, set(keys)))
            for r in roles_of(linked, entity.key)
        ),
        statements=statements_for(linked, entity.key),
        edit=entity_file(entity),
        first_seen=linked.articles[seen[-1]] if seen else None,
        last_seen=linked.articles[seen[0]] if seen else None,
        graph=ego_graph(linked, entity.key) if is_actor(entity.key) else None,
    )


def article_view(linked: Linked, article: Article) -> ArticleView:
    by_paragraph: dict[int, list[Mention]] = defaultdict(list)
    for m in linked.article_mentions.get(article.id, ()):  # once, not once per paragraph
        by_paragraph[m.paragraph].append(m)
    links = []
    for index in range(len(article.paragraphs)):
        here = by_paragraph.get(index, [])
        # Actor links first: an event phrase never hides the actors named inside it.
        here.sort(key=lambda m: not is_actor(m.entity))
        spans: list[LinkSpan] = []
        used: list[tuple[int, int]] = []
        linked_here: set[str] = set()
        for m in here:
            # Only the first mention of each entity per paragraph is a link: readable text.
            if m.entity in linked_here:
                continue
            if all(m.end <= s or m.start >= e for s, e in used):
                used.append((m.start, m.end))
                linked_here.add(m.entity)
                spans.append(LinkSpan(m.start, m.end, m.entity))
        links.append(tuple(spans))
    keys = linked.article_entities.get(article.id, ())
    source = linked.source_actor.get(article.id)
    return ArticleView(
        article=article,
        links=tuple(links),
        source_actor=linked.entities[source] if source else None,
        found={
            kind: tuple(linked.entities[k] for k in keys if k.startswith(kind + "/"))
            for kind in KIND
        },
        edit=EditTarget(f"articles/{article.id}.md"),
    )


def index_view(
    linked: Linked, briefing: Briefing, known: Mapping[str, Stats] | None = None
) -> IndexView:
    """``known``: the actors' ``stats`` when already counted."""
    entities = sorted(linked.entities.values(), key=lambda e: (name_order(e.name), e.key))
    actors = [e for e in entities if e.kind == "actors"]
    known = known or {}
    counted = {a.key: known[a.key] if a.key in known else stats(linked, a.key) for a in actors}

    def dated(kind: str) -> tuple[Entity, ...]:
        # Undated entries sort as "" and so come last, as in the oldest-first timelines.
        found = (e for e in entities if e.kind == kind)
        return tuple(newest_first(found, lambda e: e.date or "", lambda e: e.key))

    # The briefing's own outlets (its articles' sources) are named in their own articles
    # ("Wikinews interviews ...") and so would rank first; a reader expects the briefing's
    # subjects here, not its publisher. Named, an outlet keeps its page; an editor may list it.
    subjects = [a for a in actors if a.key not in linked.published]
    by_mentions = sorted(subjects, key=lambda a: (-counted[a.key].mentions, name_order(a.name)))
    key_actors = [linked.entities[actor_key(k)] for k in briefing.key_actors] or by_mentions[
        :KEY_ACTORS
    ]
    return IndexView(
        actor_groups=tuple(
            (t, tuple((a, counted[a.key]) for a in actors if a.type == t)) for t in ACTOR_TYPES
        ),
        any_uncurated=any(not a.curated for a in actors),
        agreements=dated("agreements"),
        events=dated("events"),
        articles=tuple(newest_first(linked.articles.values(), lambda a: a.date, lambda a: a.id)),
        key_actors=tuple((a, counted.get(a.key) or stats(linked, a.key)) for a in key_actors),
        actors=len(actors),
        reported=first_reported(linked, (e for e in entities if e.kind == "events" and not e.date)),
    )


def first_reported(linked: Linked, entities: Iterable[Entity]) -> dict[str, Article]:
    """The oldest article naming each of ``entities`` (none for one no article names)."""
    found = ((e.key, linked.entity_articles.get(e.key, ())) for e in entities)
    return {key: linked.articles[seen[-1]] for key, seen in found if seen}


def _recorded_view(reading: Linked, key: str) -> EntityView:
    """An entity's view, its record and stats read through ``reading`` (recorded) too."""
    return entity_view(reading, reading.entities[key])


def _recorded_article(reading: Linked, article_id: str) -> ArticleView:
    return article_view(reading, reading.articles[article_id])


V = TypeVar("V")


def _cut_off(
    cutoff: Cutoff,
    page: str,
    listed: Callable[[], V],
    make: Callable[[Linked], V],
    kept: dict[str, tuple[str, bytes | OnDisk]],
    inputs: dict[str, tuple[str, tuple[str, ...]]],
) -> V:
    """A rebuild's view of ``page``: ``listed()`` (what other pages read of it) if the last
    build's page is kept, else ``make``'s view read through ``cutoff``, which records its
    reads; ``kept`` and ``inputs`` take the page's entries either way."""
    if (last := cutoff.kept(page)) is not None:
        kept[page], inputs[page] = (last.digest, last.data), last.inputs
        return listed()
    view, inputs[page] = cutoff.recorded(make)
    return view


def gather(linked: Linked, briefing: Briefing, cutoff: Cutoff | None = None) -> Evidence:
    """Every page's view of the linked data. With ``cutoff`` (a rebuild's), an entity or
    article whose view read nothing that changed since the last build keeps that build's page
    (``kept``), and what each view made reads is recorded (``inputs``)."""
    counted = {key: stats(linked, key) for key in linked.entities}  # pages and index alike
    dated, undated = timelines(linked)
    kept: dict[str, tuple[str, bytes | OnDisk]] = {}
    inputs: dict[str, tuple[str, tuple[str, ...]]] = {}
    if cutoff is None:
        entities = {k: entity_view(linked, e, counted[k]) for k, e in linked.entities.items()}
        articles = {a: article_view(linked, article) for a, article in linked.articles.items()}
    else:
        # The entity itself and its stats are read through the recording data too; a kept
        # article's view is read by no page.
        entities = {
            key: _cut_off(
                cutoff,
                page_path(key),
                partial(EntityView, e, counted[key], ()),
                partial(_recorded_view, key=key),
                kept,
                inputs,
            )
            for key, e in linked.entities.items()
        }
        articles = {
            article_id: _cut_off(
                cutoff,
                page_path(article_key(article_id)),
                partial(ArticleView, article, (), None, {}),
                partial(_recorded_article, article_id=article_id),
                kept,
                inputs,
            )
            for article_id, article in linked.articles.items()
        }
    return Evidence(
        entities=entities,
        articles=articles,
        index=index_view(linked, briefing, counted),
        graph=briefing_graph(linked),
        timeline=dated,
        undated=undated,
        kept=kept,
        inputs=inputs,
    )
