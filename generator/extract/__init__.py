"""Stage between resolve and link: propose statements, events and agreements from the text.

Two halves, so that the slow part is cached: ``match`` runs inside the annotate stage on each
paragraph's spaCy parse and returns plain frames (offsets of speakers, cues, quotations,
event and agreement phrases), stored with the annotation; ``extract`` runs after resolve and
ties those frames to resolved actors, merges what several sentences or articles report once,
lets curated events and agreements absorb what matches them, and returns the resolved data
with the proposals added. No state is kept between calls.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..dates import SentenceDates, reference_date
from ..model import (
    Article,
    ArticleAnnotation,
    Decision,
    Entity,
    Frames,
    Mention,
    Resolved,
    Statement,
    in_text_order,
    statement_key,
)
from .agreements import match_agreements, propose_agreements, signings
from .events import match_events, propose_events, statement_events
from .merge import Proposal
from .settle import settle
from .statements import attribute, commentators, match_quotes, new_speakers
from .surnames import headline_surnames
from .tie import Context

if TYPE_CHECKING:
    from spacy.tokens import Doc

MATCHER_VERSION = "279"
"""Part of the annotation cache key: bump when what ``match`` finds changes, so cached
frames are recomputed."""


def match(doc: Doc, paragraph: int) -> Frames:
    """Everything extraction needs from one paragraph's parse (empty without a parser)."""
    if not doc.has_annotation("DEP"):
        return Frames()
    return Frames(
        match_quotes(doc, paragraph), match_events(doc, paragraph), match_agreements(doc, paragraph)
    )


def extract(
    resolved: Resolved,
    annotations: Sequence[ArticleAnnotation],
    articles: Sequence[Article],
    reject: frozenset[str] = frozenset(),
    dates: Mapping[str, SentenceDates] | None = None,
) -> Resolved:
    """The resolved data with statements, and with proposed events and agreements added as
    entities (``curated`` False) whose mentions are the sentences that report them. Proposals
    whose key an editor listed under ``reject`` in briefing.yml are left out. ``dates`` are
    the dates of each article's sentences when already found (``dates.sentence_dates``, which
    link reads too): else each sentence's are found as a frame asks for them."""
    frames = {a.article: a.frames for a in annotations}
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in resolved.mentions:
        by_article[m.article].append(m)
    entities = {e.key: e for e in resolved.entities}
    persons = frozenset(k for k, e in entities.items() if e.kind == "actors" and e.type == "person")
    states = frozenset(k for k, e in entities.items() if e.kind == "actors" and e.type == "state")
    adjectives = {
        adjective: e.id
        for e in resolved.entities
        if e.kind == "actors"
        for adjective in e.adjectives
    }
    ambiguous = frozenset(d.name for d in resolved.decisions if d.action == "ambiguous")
    speakers: dict[str, Entity] = {}
    """Persons quoted who were no actor: they get a page (their mentions join by_article)."""
    statements: list[Statement] = []
    agreements: list[Proposal] = []
    events: list[Proposal] = []
    for article in sorted(articles, key=lambda a: a.id):
        if article.id not in resolved.sentences or article.id not in frames:
            continue
        found = frames[article.id]
        sentences = resolved.sentences[article.id]
        mentions = by_article[article.id]
        reference = reference_date(article)
        own_dates = dates.get(article.id, ()) if dates is not None else ()
        mentions.extend(headline_surnames(article, sentences, mentions, ambiguous, entities))
        for person, named in new_speakers(article, found.quotes, sentences, mentions, reject):
            speakers.setdefault(person.key, person)
            mentions.append(named)
            persons = persons | {person.key}
        said = attribute(article, found.quotes, sentences, mentions, persons, reference, own_dates)
        statements.extend(said)
        context = Context(
            article, sentences, mentions, reference, adjectives, persons, states, own_dates
        )
        sources = commentators(found.quotes, said, article, mentions)
        events.extend(statement_events(context, [s for s in said if s.speaker not in sources]))
        offset = len(agreements)
        agreements.extend(propose_agreements(context, found.agreements))
        events.extend(signings(agreements[offset:], offset))
        events.extend(propose_events(context, found.events))
    known = [
        *resolved.mentions,
        *(m for ms in by_article.values() for m in ms if m.how in ("speaker", "headline")),
    ]
    speakers = {k: e for k, e in speakers.items() if k not in entities}
    added, mentions = settle({**entities, **speakers}, agreements, events, known)
    names = {e.name for e in speakers.values()}

    def quoted(d: Decision) -> bool:
        """A name rejected as no actor that is quoted has its page now."""
        return d.action == "rejected" and d.name in names

    added.extend(speakers.values())
    added = [e for e in added if e.key not in reject]
    mentions = [m for m in mentions if m.entity not in reject]
    statements = [s for s in statements if statement_key(s.id) not in reject]
    return Resolved(
        entities=tuple(sorted([*resolved.entities, *added], key=lambda e: e.key)),
        mentions=in_text_order(mentions),
        sentences=resolved.sentences,
        decisions=tuple(d for d in resolved.decisions if not quoted(d)),
        statements=tuple(statements),  # articles by id, each in text order
    )
