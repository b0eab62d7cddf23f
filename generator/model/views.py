"""What each page shows, as plain data: the evidence stage's output and render's input.

The views the evidence stage makes (``generator.evidence`` and its parts: ``quotes``,
``support``, ``timeline``, ``voices``, ``graph``, ``edit``) and render formats, kept here so
that neither stage imports the other for its types. No Markdown inside: every choice they
hold is testable without rendering a page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from .content import Article, Entity
from .files import OnDisk
from .resolved import DateMention, Statement


@dataclass(frozen=True, slots=True)
class QuotedSentence:
    """One sentence of a quote, with the spans (offsets in ``text``) that name the entity."""

    index: int
    """Index into the article's sentences."""
    paragraph: int
    """0-based paragraph the sentence is in."""
    text: str
    bold: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """Sentences quoted together as evidence: one, or one with the rest of its quotation."""

    article: str
    """Article id."""
    sentences: tuple[QuotedSentence, ...]
    dates: tuple[DateMention, ...]
    """The dates these sentences name, resolved against the article's reference day, with
    the bare weekdays extract dates events by ("died Saturday, aged 78")."""

    @property
    def plain(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def indices(self) -> tuple[int, ...]:
        return tuple(s.index for s in self.sentences)

    @property
    def paragraphs(self) -> tuple[int, int]:
        """First and last paragraph, 1-based, as the pages number them."""
        return self.sentences[0].paragraph + 1, self.sentences[-1].paragraph + 1


@dataclass(frozen=True, slots=True)
class EvidenceGroup:
    """The quotes from one article."""

    article: Article
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class DateSupport:
    """Words in a quoted sentence that support the recorded date."""

    value: str
    """The date they name, as precise as the words."""
    text: str
    """The words: "in January"."""
    article: Article
    reference: str
    """The day relative words count from: the article's dateline day or publication day."""
    quote: Quote
    note: str
    """How precise the support is: "the article gives only the month"."""


@dataclass(frozen=True)
class PlaceSupport:
    """One part of the recorded place, and the quoted words that put the event there."""

    part: str
    match: str | None = None
    article: Article | None = None
    quote: Quote | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    entity: Entity
    actors: tuple[Entity, ...]


@dataclass(frozen=True)
class Period:
    key: str
    """``YYYY-MM``, ``YYYY`` (only the year is known) or "" (undated)."""
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Timeline:
    periods: tuple[Period, ...]
    actors: tuple[Entity, ...]
    """Every actor some entry involves, by name: the actor filter's choices."""
    types: tuple[str, ...]
    """Every event and agreement type listed, sorted: the type filter's choices."""


@dataclass(frozen=True, slots=True)
class StatementView:
    """One quotation as a page lists it."""

    statement: Statement
    speaker: Entity
    source: Article
    context: str | None = None
    """For a quotation of a few words, the sentence it is in: "“years.”" alone says nothing."""
    reported: tuple[StatementView, ...] = ()
    """The same words of the same speaker in other articles, oldest first: one quotation
    reported again, listed with its first report (``evidence.voices``)."""

    @property
    def article(self) -> str:
        """Article id: with ``paragraphs``, what the ¶ link filter reads."""
        return self.source.id

    @property
    def paragraphs(self) -> tuple[int, int]:
        return self.statement.paragraph + 1, self.statement.paragraph + 1


RELATIONS = {
    "party": "party to",
    "participant": "took part in",
    "about": "said about",
    "appears": "appears with",
}
"""Edge types, each with how its legend reads (actor → the other end)."""


@dataclass(frozen=True)
class Node:
    key: str
    name: str
    kind: str
    """``actor``, ``event`` or ``agreement``."""
    type: str
    date: str | None
    curated: bool


@dataclass(frozen=True)
class Edge:
    actor: str
    """The actor's key: every edge starts at an actor."""
    other: str
    relation: str
    """A key of ``RELATIONS``."""
    weight: int = 1
    """Shared sentences, for ``appears``."""


@dataclass(frozen=True)
class Graph:
    actors: tuple[Node, ...]
    records: tuple[Node, ...]
    """Events and agreements, oldest first (undated last)."""
    edges: tuple[Edge, ...]
    center: Node | None = None
    """The actor whose page it is; None for the briefing graph."""
    left_out: int = 0
    """Nodes not drawn because of the caps."""
    more_actors: int = 0
    more_records: int = 0
    """The briefing graph: actors, and events or agreements involving a drawn actor, that
    the caps left out (so the page says "the 30 most mentioned" only when some are)."""
    outlets: int = 0
    """The briefing graph: the briefing's own outlets, left out (the page says so)."""

    @property
    def empty(self) -> bool:
        return not self.edges


@dataclass(frozen=True)
class Repo:
    """Where the briefing's files live on the code host."""

    url: str
    """``https://github.com/owner/name``, no final slash."""
    branch: str
    prefix: str
    """The content folder's path inside the repository (``content``), "" at its root."""

    @property
    def gitlab(self) -> bool:
        """GitLab puts its pages under ``/-/`` and names the new-file fields differently."""
        host = urlsplit(self.url).hostname or ""
        return "gitlab" in host.split(".")

    def path(self, relative: str) -> str:
        return f"{self.prefix}/{relative}" if self.prefix else relative

    def _page(self, action: str) -> str:
        """``<repo>/edit/<branch>`` (GitHub, Gitea, Forgejo) or ``<repo>/-/edit/<branch>``."""
        separator = "/-/" if self.gitlab else "/"
        return f"{self.url}{separator}{action}/{quote(self.branch)}"

    def edit_url(self, relative: str) -> str:
        return f"{self._page('edit')}/{quote(self.path(relative))}"

    def new_url(self, relative: str, text: str) -> str:
        name, value = ("file_name", "content") if self.gitlab else ("filename", "value")
        filename = quote(self.path(relative), safe="")
        return f"{self._page('new')}?{name}={filename}&{value}={quote(text, safe='')}"

    def folder_url(self, relative: str) -> str:
        return f"{self._page('tree')}/{quote(self.path(relative))}"


@dataclass(frozen=True)
class EditTarget:
    """The content file behind a page, relative to the content folder."""

    path: str
    new_file: str | None = None
    """For an entity no editor has a file for: the YAML that starts one."""


RELATED_LIMIT = 20
"""Co-mentioned actors listed on an actor page; the strongest connections come first."""


@dataclass(frozen=True, slots=True)
class Stats:
    """Mentions are counted as sentences: 'Vladimir Putin, the Kremlin leader' is one."""

    mentions: int
    articles: int


@dataclass(frozen=True)
class EntityView:
    """What an actor's, agreement's or event's page shows."""

    entity: Entity
    stats: Stats
    evidence: tuple[EvidenceGroup, ...]
    """Sentences naming the entity, by article, newest first (``EVIDENCE_ARTICLES`` at most)."""
    involved: tuple[Entity, ...] = ()
    """An agreement's parties or an event's participants."""
    about: tuple[Entity, ...] = ()
    agreement: Entity | None = None
    events: tuple[Entity, ...] = ()
    """For an agreement: the events about it (its signing)."""
    agreements: tuple[Entity, ...] = ()
    """For an actor: the agreements it is party to."""
    timeline: tuple[Entity, ...] = ()
    """For an actor: the events it takes part in or that concern it, oldest first."""
    reported: Mapping[str, Article] = field(default_factory=dict)
    """For an actor: the oldest article naming each undated event of its timeline, by key
    (``IndexView.reported``), the only time its row can give."""
    related: tuple[tuple[Entity, int], ...] = ()
    """Actors named in the same sentences, with the count; outlets apart (``reported_by``)."""
    reported_by: tuple[tuple[Entity, int], ...] = ()
    published: tuple[Article, ...] = ()
    """For an outlet: the articles it published."""
    dates: tuple[DateSupport, ...] = ()
    places: tuple[PlaceSupport, ...] = ()
    unnamed: tuple[Entity, ...] = ()
    """Recorded parties or participants that no quoted sentence names."""
    roles: tuple[tuple[str, Article, Quote], ...] = ()
    """For a person: the offices the articles give them, each with the sentence saying so."""
    statements: tuple[StatementView, ...] = ()
    """An actor's quotations, or those in an event's sentences; newest first."""
    edit: EditTarget | None = None
    """The content file behind the page: its YAML, or the one that would accept it."""
    first_seen: Article | None = None
    last_seen: Article | None = None
    """The oldest and newest articles naming it: the span the briefing covers it."""
    graph: Graph | None = None
    """For an actor: what it is most connected to."""
    older: tuple[EvidenceGroup, ...] = ()
    """The articles naming it beyond those quoted in ``evidence``, newest first: listed by
    title, each sentence by its ¶ link."""


@dataclass(frozen=True, slots=True)
class LinkSpan:
    """A span of a paragraph that links to an entity's page."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class ArticleView:
    """What an article's page shows: its text with links, and what it mentions."""

    article: Article
    links: tuple[tuple[LinkSpan, ...], ...]
    """Per paragraph: the first mention of each entity there, non-overlapping."""
    source_actor: Entity | None
    found: dict[str, tuple[Entity, ...]]
    """Kind folder (``actors``) to the entities of that kind it mentions."""
    edit: EditTarget | None = None


@dataclass(frozen=True)
class IndexView:
    """What the home page and the index pages list."""

    actor_groups: tuple[tuple[str, tuple[tuple[Entity, Stats], ...]], ...]
    """Actor type to its actors with their statistics, by name."""
    any_uncurated: bool
    agreements: tuple[Entity, ...]
    events: tuple[Entity, ...]
    """Both newest first, undated last."""
    articles: tuple[Article, ...]
    """Newest first."""
    key_actors: tuple[tuple[Entity, Stats], ...]
    actors: int
    reported: Mapping[str, Article] = field(default_factory=dict)
    """Each undated event's oldest article naming it, by key: the time a list of undated
    events can give a reader, and what tells apart two of one name ("Statement by Donald
    Trump" reported on 18 October and on 1 November)."""


@dataclass(frozen=True)
class Evidence:
    """Output of the evidence stage: one view per page."""

    entities: dict[str, EntityView]
    articles: dict[str, ArticleView]
    index: IndexView
    graph: Graph | None = None
    """The whole briefing's graph."""
    timeline: Timeline | None = None
    """Dated events and agreements by month."""
    undated: Timeline | None = None
    """The undated ones, listed apart."""
    kept: Mapping[str, tuple[str, bytes | OnDisk]] = field(default_factory=dict)
    """Entity and article pages that are the last build's (digest, text), by page path:
    their view read nothing that changed and was not made again (``entities`` holds only the
    entity and its stats, ``articles`` only the article)."""
    inputs: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """Each entity and article page's digest of what its view read of the linked data, and
    what it read (for the next build's ``Cutoff``), by page path; empty when not recorded."""
