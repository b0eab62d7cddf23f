"""Stage 4 (between resolve and link): propose statements, events and agreements from the text.

Two halves, so that the slow part is cached: ``match`` runs inside the annotate stage on each
paragraph's spaCy parse and returns plain frames (offsets of speakers, cues, quotations,
event and agreement phrases), stored with the annotation; ``extract`` runs after resolve and
ties those frames to resolved actors, merges what several sentences or articles report once,
lets curated events and agreements absorb what matches them, and returns the resolved data
with the proposals added. No state is kept between calls but each article's half of
``extract``, kept on disk for the next build when a memo folder is given (``steps``).
"""

from __future__ import annotations

import hashlib
import marshal
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from ..dates import SentenceDates, reference_date
from ..memo import MARSHAL_VERSION
from ..model import (
    Article,
    ArticleAnnotation,
    Decision,
    Entity,
    Frames,
    Mention,
    Resolved,
    Sentence,
    Statement,
    agreement_key,
    entity_key,
    in_text_order,
    statement_key,
)
from .agreements import match_agreements, propose_agreements, signings
from .events import (
    carry_days,
    fold_interviews,
    match_events,
    propose_events,
    statement_events,
    unnamed_acts,
    with_occasions,
)
from .merge import Proposal
from .settle import Moved, settle
from .statements import attribute, commentators, match_quotes, new_speakers
from .surnames import headline_surnames
from .tie import Context
from .vocabulary import CAMEO_DIGEST as CAMEO_DIGEST  # with MATCHER_VERSION, the cache key

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..steps import Steps

MATCHER_VERSION = "883"
"""Part of the annotation cache key: bump when what ``match`` finds changes, so cached
frames are recomputed."""


def match(doc: Doc, paragraph: int) -> Frames:
    """Everything extraction needs from one paragraph's parse (empty without a parser)."""
    if not doc.has_annotation("DEP"):
        return Frames()
    return Frames(
        match_quotes(doc, paragraph), match_events(doc, paragraph), match_agreements(doc, paragraph)
    )


def decode(data: object) -> Any:
    """``steps.decode``, imported when first called (see ``extract``)."""
    from ..steps import decode as decoded

    return decoded(data)


def extract(
    resolved: Resolved,
    annotations: Sequence[ArticleAnnotation],
    articles: Sequence[Article],
    reject: frozenset[str] = frozenset(),
    dates: Mapping[str, SentenceDates] | None = None,
    steps: Steps | None = None,
) -> Resolved:
    """The resolved data with statements, and with proposed events and agreements added as
    entities (``curated`` False) whose mentions are the sentences that report them. Proposals
    whose key an editor listed under ``reject`` in briefing.yml are left out. ``dates`` are
    the dates of each article's sentences when already found (``dates.sentence_dates``, which
    link reads too): else each sentence's are found as a frame asks for them. ``steps`` (a
    folder's ``steps.Steps``) keeps each article's half for the next build: after one
    edit, the other articles' statements and proposals are read back, not made again."""
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
    pending: list[_Proposals] = []
    """Each article's proposals in order: read only if ``settle`` runs (``_Proposals``)."""
    keys = {a.article: a.key for a in annotations}
    # Each article's half is kept per article (one file), keyed by what it reads of its own
    # (the article whole: its text, and its title and date, which its annotation's key does
    # not name; that key for its sentences and frames; its mentions, its sentences' dates and
    # the speakers found in the articles before it, as a set) and, once a build, what every
    # article reads: an edit of an entity or of the rejected keys makes every half again.
    # Imported here: the annotate stage's processes import this package (``match``), resolve
    # they never run (``words``).
    from ..steps import PerArticle, Steps

    tables = Tables(entities, adjectives, states, ambiguous, reject)
    kept = PerArticle(steps or Steps(None), "extract", tables, persons, dates is None)
    new_speakers: frozenset[str] = frozenset()
    """Speakers found so far that were no person actor: later articles read them too. One
    set, replaced only when a speaker is new, so each article's key digests it once a build."""
    speaking = persons
    notes: list[tuple[str, str | None]] | None = [] if kept.shared is not None else None
    """Each article's note (``_settle_note``) in order: what ``settle`` reads of it."""
    for article in sorted(articles, key=lambda a: a.id):
        if article.id not in resolved.sentences or article.id not in frames:
            continue
        mentions = by_article[article.id]
        own_dates = dates.get(article.id, ()) if dates is not None else ()
        compute = partial(
            _article_half,
            article,
            frames[article.id],
            resolved.sentences[article.id],
            tuple(mentions),
            speaking,
            tables,
            own_dates,
        )
        key = keys.get(article.id, "")
        if key:
            half, note = kept.noted(
                (article, key, mentions, new_speakers, own_dates),
                compute,
                _lazy_half,
                partial(_settle_note, mentions),
                partial(_decode_half, compute),
            )
        else:
            half = compute()  # its sentences and frames are not known by a key
            note = None
        if len(half) == 4:  # a kept half, its proposals still encoded
            headline, new, said, proposals = cast(LazyHalf, half)
        else:
            headline, new, said, told, proposed, found_events = half
            proposals = _Proposals(value=(told, proposed, found_events))
        if notes is not None:
            notes.append((article.id, note))
            if note is None:
                notes = None  # settled anew: an article's part is not known by a note
        mentions.extend(headline)
        for person, named in new:
            speakers.setdefault(person.key, person)
            mentions.append(named)
            if person.key not in speaking:
                new_speakers, speaking = new_speakers | {person.key}, speaking | {person.key}
        statements.extend(said)
        pending.append(proposals)
    kept.save()
    known = [
        *resolved.mentions,
        *(m for ms in by_article.values() for m in ms if m.how in ("speaker", "headline")),
    ]
    speakers = {k: e for k, e in speakers.items() if k not in entities}

    def settled() -> tuple[list[Entity], list[Mention], Moved]:
        """The entities ``settle`` adds, the mentions it adds after ``known``'s and the old
        addresses of the pages it made."""
        agreements, events = _proposed(pending)
        added, mentions, moved = settle({**entities, **speakers}, agreements, events, known)
        return added, mentions[len(known) :], moved

    if notes is None or kept.shared is None or steps is None:
        added, more, moved = settled()
    else:
        inputs = _settle_key(kept.shared, notes, by_article)
        added, more, moved = steps.keyed("settle", inputs, settled)
    mentions = [*known, *more]
    names = {e.name for e in speakers.values()}

    def quoted(d: Decision) -> bool:
        """A name rejected as no actor that is quoted has its page now."""
        return d.action == "rejected" and d.name in names

    added.extend(speakers.values())
    # a proposal the editor rejected under the address it had before a merge renamed it is
    # still the one rejected (review20): its new page goes too, and the rejection is used
    # (a curated record that absorbed it is the editor's own word, and stays)
    found = {e.key for e in added}
    renamed = {entity_key(key.split("/", 1)[0], old): key for key, old in moved if key in found}
    reject = reject | {renamed[old] for old in reject if old in renamed}
    offered = {e.key for e in (*resolved.entities, *added)}
    offered.update(old for old, key in renamed.items() if key in reject)
    offered.update(statement_key(s.id) for s in statements)
    # an event about a rejected agreement stays, no longer pointing at a page there is not
    added = [
        replace(e, agreement=None) if e.agreement and agreement_key(e.agreement) in reject else e
        for e in added
        if e.key not in reject
    ]
    mentions = [m for m in mentions if m.entity not in reject]
    statements = [s for s in statements if statement_key(s.id) not in reject]
    return Resolved(
        entities=tuple(sorted(_with_former([*resolved.entities, *added], moved), key=_key)),
        mentions=in_text_order(mentions),
        sentences=resolved.sentences,
        decisions=tuple(d for d in resolved.decisions if not quoted(d)),
        statements=tuple(statements),  # articles by id, each in text order
        unrejected=tuple(sorted(reject - offered)),
    )


def _key(entity: Entity) -> str:
    return entity.key


def _with_former(entities: list[Entity], moved: Moved) -> list[Entity]:
    """Each page with the old ids ``settle`` found for it (``Entity.former``)."""
    olds: dict[str, list[str]] = {}
    for key, old in moved:
        olds.setdefault(key, []).append(old)
    return [replace(e, former=tuple(olds[e.key])) if e.key in olds else e for e in entities]


@dataclass(frozen=True)
class Tables:
    """What every article's half reads of the whole briefing (the ``PerArticle`` shared key)."""

    entities: dict[str, Entity]
    adjectives: Mapping[str, str]
    states: frozenset[str]
    ambiguous: frozenset[str]
    reject: frozenset[str]


Half = tuple[
    list[Mention],
    list[tuple[Entity, Mention]],
    list[Statement],
    list[Proposal],
    list[Proposal],
    list[Proposal],
]
"""One article's half of ``extract``: its headline surnames, its new speakers (each with the
mention that names them), its statements, the events its statements report, its agreement
proposals and its event proposals (signings are made after, from the agreements' offset)."""


def _article_half(
    article: Article,
    found: Frames,
    sentences: Sequence[Sentence],
    own: Sequence[Mention],
    persons: frozenset[str],
    tables: Tables,
    own_dates: SentenceDates | tuple[()],
) -> Half:
    """One article's statements, events and agreements: what ``extract`` reads of it alone
    (``own``, its mentions, copied here to be extended with the headline's and speakers':
    the same call gives the same half however often it is made)."""
    mentions = list(own)
    reference = reference_date(article)
    headline = headline_surnames(article, sentences, mentions, tables.ambiguous, tables.entities)
    mentions.extend(headline)
    new = list(new_speakers(article, found.quotes, sentences, mentions, tables.reject))
    for person, named in new:
        mentions.append(named)
        persons = persons | {person.key}
    context = Context(
        article,
        sentences,
        mentions,
        reference,
        tables.adjectives,
        persons,
        tables.states,
        own_dates,
    )
    said = attribute(
        article, found.quotes, sentences, mentions, persons, reference, own_dates, context
    )
    sources = commentators(found.quotes, said, article, mentions)
    told = statement_events(context, [s for s in said if s.speaker not in sources])
    proposed = propose_agreements(context, found.agreements)
    events = fold_interviews(told, propose_events(context, found.events))
    events = unnamed_acts(told, events, proposed)
    told, events = carry_days(context, told, events)
    told, events = with_occasions(context, told, events)
    return (headline, new, said, told, proposed, events)


def _settle_note(mentions: Sequence[Mention], encoded: Any) -> str:
    """What ``settle`` reads of one article, as a digest: its half (as kept, ``encoded``) and
    its resolved mentions as the rows settle reads of them (article, sentence, entity, and
    the words: the alias a merged name was written as; it reads no offsets), so that a key of
    every article's note stands for all settle reads of them. Kept beside the half: a rebuild
    digests only the edited article's."""
    digest = hashlib.sha256(marshal.dumps(encoded, MARSHAL_VERSION))
    rows = [(m.article, m.sentence, m.entity, m.text) for m in mentions]
    digest.update(marshal.dumps(rows, MARSHAL_VERSION))
    return digest.hexdigest()


def _settle_key(
    shared: bytes, notes: list[tuple[str, str | None]], by_article: Mapping[str, list[Mention]]
) -> bytes:
    """``settle``'s inputs as a digest: the tables every half reads (the entities among them),
    each article's note in order, and the rows of the mentions of articles that have none."""
    noted = {article for article, _ in notes}
    rest = sorted(
        (m.article, m.sentence, m.entity, m.text)
        for article, ms in by_article.items()
        if article not in noted
        for m in ms
    )
    return marshal.dumps([shared, notes, rest], MARSHAL_VERSION)


LazyHalf = tuple[list[Mention], list[tuple[Entity, Mention]], list[Statement], "_Proposals"]
"""A kept half as ``_decode_half`` gives it back: its proposals decoded when asked."""


class _Proposals:
    """One article's proposals (the events its statements report, its agreements, its
    events), which only ``settle`` reads: after one edit ``settle`` is mostly taken from the
    last build (``_settle_key``), and a kept half's proposals (nine tenths of decoding the
    halves) are then never decoded. Decoded on the first ``get``; a kept form that does not
    decode to proposals is computed again from the article (``compute``, the half's own)."""

    __slots__ = ("_compute", "_encoded", "_value")

    def __init__(
        self,
        encoded: Sequence[object] = (),
        compute: Callable[[], Half] | None = None,
        value: tuple[list[Proposal], list[Proposal], list[Proposal]] | None = None,
    ):
        self._encoded, self._compute, self._value = encoded, compute, value

    def get(self) -> tuple[list[Proposal], list[Proposal], list[Proposal]]:
        if self._value is None:
            try:
                parts = tuple(decode(part) for part in self._encoded)
                if len(parts) != 3 or not all(_proposals(part) for part in parts):
                    raise ValueError("kept proposals of another kind")
                self._value = cast(tuple[list[Proposal], list[Proposal], list[Proposal]], parts)
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, ImportError):
                if self._compute is None:
                    raise
                _, _, _, told, proposed, found_events = self._compute()
                self._value = (told, proposed, found_events)
        return self._value


def _proposed(pending: Sequence[_Proposals]) -> tuple[list[Proposal], list[Proposal]]:
    """Every article's agreements and events in order, with the signings of its agreements
    (numbered by their place among all agreements): what ``settle`` reads of the halves."""
    agreements: list[Proposal] = []
    events: list[Proposal] = []
    for proposals in pending:
        told, proposed, found_events = proposals.get()
        events.extend(told)
        offset = len(agreements)
        agreements.extend(proposed)
        events.extend(signings(agreements[offset:], offset))
        events.extend(found_events)
    return agreements, events


def _decode_half(compute: Callable[[], Half], encoded: object) -> LazyHalf:
    """A kept half (``encode``'s form of a ``Half``) with its three parts read at once
    decoded and its proposals left encoded (``_Proposals``)."""
    if type(encoded) is not list or len(encoded) != 7 or encoded[0] != "tuple":
        raise ValueError("not a kept half")
    headline, new, said = (decode(part) for part in encoded[1:4])
    return headline, new, said, _Proposals(encoded[4:], compute)


def _lazy_half(value: object) -> bool:
    """A kept value of ``_decode_half``'s form, its first three parts checked as ``_half``'s."""
    return (
        isinstance(value, tuple)
        and len(value) == 4
        and isinstance(value[3], _Proposals)
        and _half((*value[:3], [], [], []))
    )


def _proposals(part: object) -> bool:
    return isinstance(part, list) and all(type(p) is Proposal for p in part)


def _half(value: object) -> bool:
    """A kept value of ``_article_half``'s form (a file of the right shape may hold another)."""
    return (
        isinstance(value, tuple)
        and len(value) == 6
        and all(isinstance(part, list) for part in value)
        and all(type(m) is Mention for m in value[0])
        and all(
            isinstance(pair, tuple) and type(pair[0]) is Entity and type(pair[1]) is Mention
            for pair in value[1]
        )
        and all(type(s) is Statement for s in value[2])
        and all(type(p) is Proposal for part in value[3:] for p in part)
    )
