"""Stage 7: format every page's view as Markdown from Jinja2 templates.

Escaping is the default, not a filter to remember: the environment's ``finalize`` escapes
every ``{{ value }}`` for Markdown and HTML unless the value is ``Md`` (markup the generator
built itself, from escaped parts). Templates are files in ``templates/``; content text is
only ever template *data*, never template source.

The package holds the stage (``render_pages``, ``render_changed``, here) and its helpers, one
concern a module: ``templating`` (both Jinja2 environments), ``markup`` (the filters that make
``Md``), ``jumps`` and ``overview`` (index jump lists, the graph and timeline pages' filters),
``draw`` (graphs as SVG), ``headings`` (the ids and permalinks of the headings written as
HTML), ``side_pages`` (notices, redirects), ``review_pages`` (the editors' HTML) and ``export``
(``data/entities.json``).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2

from ..dates import human_date
from ..ids import page_path
from ..model import (
    KIND,
    KIND_TABLE,
    Article,
    Briefing,
    Entity,
    OnDisk,
    Pages,
    Spool,
    actor_key,
    article_key,
    kind_of,
)
from ..model.review import Review
from ..model.views import (
    RELATED_LIMIT,
    ArticleView,
    EditTarget,
    EntityView,
    Evidence,
    EvidenceGroup,
    Quote,
    Repo,
)
from ..reuse import ALWAYS, Digester, Previous
from .headings import with_heading_ids
from .jumps import UNDATED_EVENTS, actor_jumps, event_jumps, letter_jumps, split_undated
from .markup import (
    TYPE_LABELS,
    Md,
    code,
    code_html,
    escape_attr,
    escape_html,
    escape_md,
    finalize,
    front_matter,
    href,
    html_lines,
    link_html,
    link_md,
    mark_up,
    mark_up_html,
    mkdocs_link_html,
    one_line,
    paragraphs_label,
    search_tags,
    site_href,
    type_label,
)
from .overview import (
    GRAPH_PAGE,
    TIMELINE_PAGE,
    UNDATED_PAGE,
    actor_graph,
    graph_panel,
    timeline_context,
)
from .review_pages import REVIEW_INDEX, ReviewPages, html_environment
from .side_pages import Notice, redirect_pages, with_notice
from .templating import jinja_environment

__all__ = [
    "Md",
    "Renderer",
    "code",
    "error_notice",
    "escape_md",
    "front_matter",
    "href",
    "human_date",
    "mark_up",
    "redirect_pages",
    "render_pages",
    "search_tags",
    "with_notice",
]


LISTING_PAGE_SIZE = 1000
"""Rows per page of the events and articles indexes. At 10,000 articles the events index was
one table of 26,000 rows, several megabytes no reader's browser lays out quickly; past this
size an index continues on ``page-2.md``, ``page-3.md``..., linked both ways."""


EVENTS_UNDATED_PAGE = f"events/{UNDATED_EVENTS}"
"""The undated events of a long events index, listed apart (``jumps.split_undated``)."""


LISTING_PAGE = re.compile(r"/page-\d+\.md$")
"""The pages an index continues on (``events/page-2.md``): listings, not entities (ids of
that form are reserved, ``ids.is_reserved``)."""


def is_listing(path: str) -> bool:
    """Whether a page of the docs folder lists entities rather than being one (an index, an
    index's continuation, the undated part of the timeline): the build's page counts."""
    return (
        path.endswith("index.md")
        or bool(LISTING_PAGE.search(path))
        or path in (UNDATED_PAGE, EVENTS_UNDATED_PAGE)
    )


@dataclass(frozen=True)
class Pager:
    """Where one page of a long index stands: its number, how many there are, and Markdown
    links to the pages before and after it (None at either end)."""

    number: int
    count: int
    previous: Md | None
    next: Md | None


def listing_pages(folder: str, rows: Sequence[Any], size: int) -> list[tuple[str, Any, Pager]]:
    """A listing's rows cut into pages of ``size``: (page path, its rows, its pager). The
    first is ``folder/index.md``, so a short listing is one page, as it always was."""
    chunks = [tuple(rows[i : i + size]) for i in range(0, len(rows), size)] or [()]
    names = ["index.md", *(f"page-{n}.md" for n in range(2, len(chunks) + 1))]

    def link(i: int, label: str) -> Md | None:
        return Md(f"[{label}]({names[i]})") if 0 <= i < len(names) else None

    return [
        (
            f"{folder}/{name}",
            chunk,
            Pager(i + 1, len(chunks), link(i - 1, "Newer"), link(i + 1, "Older")),
        )
        for i, (name, chunk) in enumerate(zip(names, chunks, strict=True))
    ]


def environment(templates: Path) -> jinja2.Environment:
    """The strict Jinja environment every Markdown page is rendered with: values are escaped
    for Markdown by ``finalize``, not by Jinja's HTML autoescape."""
    env = jinja_environment(templates, autoescape=False, finalize=finalize)
    env.filters.update(
        when=human_date,
        type_label=type_label,
        plural=lambda n, word: f"{n} {word}" + ("" if n == 1 else "s"),
        href=href,
        code=code,
        html=escape_html,
        html_attr=escape_attr,
        html_code=code_html,
        one_line=one_line,
        html_lines=html_lines,
    )
    env.tests["contains"] = lambda sequence, item: item in sequence
    return env


def error_notice(templates: Path, errors: Sequence[str]) -> Notice:
    """A notice listing content errors (escaped), for the live preview: the browser must show
    that an edit was refused, not just keep the last good page. Made here, where both pages'
    environments are known: this one for the engine's pages, the review's for its HTML."""
    markdown = environment(templates).get_template("_content_errors.md.j2").render(errors=errors)
    page = html_environment(templates).get_template("_content_errors.html.j2")
    return Notice(markdown, page.render(errors=errors))


def _keyed(target: Entity | Article) -> tuple[str, str]:
    """An entity's or article's page key and its name, the link's default text."""
    if isinstance(target, Entity):
        return target.key, target.name
    return article_key(target.id), target.title


def _link_filter(ctx: Any, target: Entity | Article, label: str | None = None) -> Md:
    """Markdown link from the page being rendered to an entity or article page."""
    key, text = _keyed(target)
    return link_md(ctx["page"], key, label or text)


def _html_link_filter(ctx: Any, target: Entity | Article, label: str | None = None) -> Md:
    """``_link_filter`` for raw HTML (the infobox): an ``<a>`` to the page's site address."""
    key, text = _keyed(target)
    return link_html(ctx["page"], key, label or text)


def _list_link_filter(ctx: Any, target: Entity | Article, label: str | None = None) -> Md:
    """``_link_filter`` for a list or table written as raw HTML: the ``<a>`` MkDocs made of
    the Markdown link (its relative address, ``mkdocs_href``)."""
    key, text = _keyed(target)
    return mkdocs_link_html(ctx["page"], key, label or text)


class Renderer:
    """Formats the evidence stage's views as Markdown pages: one context function per page
    kind, and filters that turn quotes and entities into links from the page being written."""

    def __init__(
        self,
        templates: Path,
        evidence: Evidence,
        briefing: Briefing,
        content_folder: str = "content",
        repo: Repo | None = None,
    ):
        self.evidence = evidence
        self.briefing = briefing
        self.repo = repo
        self.page_size = LISTING_PAGE_SIZE
        self.env = environment(templates)
        # The filters and globals hold what they read, never the renderer: a renderer its own
        # environment refers back to is a reference cycle, which kept every view alive until
        # a collection (80,000 objects after one edit at 1,000 articles, 0.13 s to collect).
        views = evidence.entities
        self.env.filters["link"] = jinja2.pass_context(_link_filter)
        self.env.filters["html_link"] = jinja2.pass_context(_html_link_filter)
        self.env.filters["list_link"] = jinja2.pass_context(_list_link_filter)
        self.env.filters["quotes_html"] = jinja2.pass_context(
            lambda ctx, items: quotes_html(ctx["page"], items)
        )
        self.env.filters["undated"] = undated
        self.env.filters["quote_source"] = jinja2.pass_context(
            lambda ctx, item: quote_source(ctx["page"], item)
        )
        self.env.filters["quote_source_html"] = jinja2.pass_context(
            lambda ctx, item: quote_source_html(ctx["page"], item)
        )
        self.env.filters["at_first_paragraph_html"] = jinja2.pass_context(
            lambda ctx, group: at_first_paragraph_html(ctx["page"], group)
        )
        self.env.filters["actor"] = lambda id_: views[actor_key(id_)].entity
        # Where a reader of this briefing adds files: named on pages that invite a correction.
        self.env.globals["content_folder"] = content_folder
        self.env.globals["entity"] = lambda key: views[key].entity  # looked up in a template
        self.env.globals["front_matter"] = front_matter
        self.review = ReviewPages(templates, briefing.title, content_folder, views)

    def close(self) -> None:
        """Let go of the views once the pages are made. Jinja's compiled templates are each a
        reference cycle (a template's module refers back to it) holding the environment,
        whose filters and globals read the views: left so, every view of the briefing
        waited for the cyclic collector (80,000 objects after one edit at 1,000 articles,
        0.13 s to collect at the latest on exit); without the filters they go as soon as
        the caller lets them go."""
        for env in (self.env, self.review.env):
            if env.cache is not None:
                env.cache.clear()
            env.filters.clear()
            env.globals.clear()
        self.review.known = ()

    def render(
        self, template: str, page: str, edit: EditTarget | str | None = None, **context: Any
    ) -> str:
        """A page from its template; ``edit`` is the content file behind it (a folder, for
        an index page), which its "Edit this page" link opens when a repository is set."""
        return self.env.get_template(template).render(
            page=page, edit=self.edit_link(edit), **context
        )

    def edit_link(self, target: EditTarget | str | None) -> dict[str, str] | None:
        """The code host's address and label of a page's edit link; None without a repo."""
        if self.repo is None or target is None:
            return None
        if isinstance(target, str):
            return {"url": self.repo.folder_url(target), "label": "Edit the files behind this page"}
        if target.new_file is not None:
            url = self.repo.new_url(target.path, target.new_file)
            return {"url": url, "label": "Create this page's file"}
        return {"url": self.repo.edit_url(target.path), "label": "Edit this page"}

    # -- one context per page kind -----------------------------------------------------------
    def entity_page(self, view: EntityView) -> str:
        entity = view.entity
        kind = KIND[entity.kind]
        context: dict[str, Any] = {
            "entity": entity,
            "stats": view.stats,
            "page_description": entity.description
            or f"{entity.name}: {type_label(entity.type).lower()}"
            f" in the briefing {self.briefing.title}",
            "search_tags": search_tags(entity),
            "involved": view.involved,
            "about": view.about,
            "agreement": view.agreement,
            "events": view.events,
            "agreements": view.agreements,
            "timeline": view.timeline,
            "reported": view.reported,
            "related": view.related,
            "reported_by": view.reported_by,
            "related_limit": RELATED_LIMIT,
            "evidence": view.evidence,
            "older": view.older,
            "evidence_dates": view.dates,
            "evidence_places": view.places,
            "unnamed_parties": view.unnamed,
            "roles": view.roles,
            "published": view.published,
            "statements": view.statements,
            "graph": actor_graph(page_path(entity.key), view.graph),
            # Raw HTML: MkDocs drops the query of a Markdown link it rewrites.
            "timeline_url": Md(
                site_href(page_path(entity.key), "timeline") + "?actor=" + quote(entity.id)
            ),
            "first_seen": view.first_seen,
            "last_seen": view.last_seen,
            "wikidata_url": f"https://www.wikidata.org/wiki/{entity.wikidata}"
            if entity.wikidata
            else None,
        }
        if kind.party_field:
            context[kind.party_field] = view.involved  # "parties" or "participants"
        markdown = self.render(
            f"{kind.singular}.md.j2", page_path(entity.key), edit=view.edit, **context
        )
        return with_heading_ids(markdown, entity.name)

    def article_page(self, view: ArticleView) -> str:
        article = view.article
        page = page_path(article_key(article.id))
        paragraphs = [
            paragraph_html(
                index + 1,
                mark_up_html(
                    text,
                    [(s.start, s.end, _wrap_link_html(page, s.key)) for s in view.links[index]],
                ),
            )
            for index, text in enumerate(article.paragraphs)
        ]
        markdown = self.render(
            "article.md.j2",
            page,
            edit=view.edit,
            article=article,
            source_actor=view.source_actor,
            paragraphs=paragraphs,
            found=view.found,
            kind_titles={kind.folder: kind.title for kind in KIND_TABLE},
        )
        return with_heading_ids(markdown, article.title)

    def overview_jobs(self) -> list[tuple[str, object, Callable[[], str]]]:
        """The graph and timeline pages: path, the data they are made from, how to render."""
        graph, timeline = self.evidence.graph, self.evidence.timeline
        jobs = []
        if graph is not None:
            jobs.append(
                self._job(
                    "graph.md.j2",
                    GRAPH_PAGE,
                    edit="events",
                    graph=graph,
                    actors=len(graph.actors),
                    panel=graph_panel(graph),
                )
            )
        undated = self.evidence.undated
        undated_entries = sum(len(p.entries) for p in undated.periods) if undated else 0
        pages = [(TIMELINE_PAGE, timeline, False), (UNDATED_PAGE, undated, True)]
        for path, listed, apart in pages:
            if listed is None or (apart and not undated_entries):
                continue
            shown = 0 if apart else undated_entries  # the timeline says how many are apart
            page, _context, make = self._job(
                "timeline.md.j2",
                path,
                edit="events",
                undated_page=apart,
                undated_entries=shown,
                **timeline_context(listed),
            )
            # Its context holds functions of the timeline: the timeline and count are what it reads.
            jobs.append((page, ("timeline.md.j2", apart, shown, listed), make))
        return jobs

    def index_jobs(self) -> list[tuple[str, object, Callable[[], str]]]:
        """The home page and the indexes: path, the data they are made from, how to render."""
        view = self.evidence.index
        groups = [(TYPE_LABELS[t][1], actors) for t, actors in view.actor_groups]
        jumps = actor_jumps(
            [(t, TYPE_LABELS[t][1], [a for a, _ in actors]) for t, actors in view.actor_groups]
        )
        return [
            self._job(
                "actors.md.j2",
                "actors/index.md",
                edit="actors",
                groups=groups,
                any_uncurated=view.any_uncurated,
                jumps=jumps,
            ),
            self._job(
                "agreements.md.j2",
                "agreements/index.md",
                edit="agreements",
                agreements=view.agreements,
            ),
            *self._event_index_jobs(view.events),
            *(
                self._job("articles.md.j2", page, edit="articles", articles=rows, pager=pager)
                for page, rows, pager in listing_pages("articles", view.articles, self.page_size)
            ),
            self._job(
                "home.md.j2",
                "index.md",
                edit=EditTarget("briefing.yml"),
                briefing=self.briefing,
                key_actors=view.key_actors,
                events=view.events[:10],
                agreements=view.agreements,
                articles=view.articles[:10],
                counts={
                    "articles": len(view.articles),
                    "actors": view.actors,
                    "agreements": len(view.agreements),
                    "events": len(view.events),
                },
            ),
        ]

    def _event_index_jobs(
        self, events: Sequence[Entity]
    ) -> list[tuple[str, object, Callable[[], str]]]:
        """The events index's pages, and its undated events' page when they are listed apart
        (a long index with dated events: ``jumps.split_undated``)."""
        dated, undated = split_undated(events)
        jobs = [
            self._job(
                "events.md.j2",
                page,
                edit="events",
                events=rows,
                pager=pager,
                jumps=event_jumps(rows, len(undated)),
                undated_page=False,
            )
            for page, rows, pager in listing_pages("events", dated, self.page_size)
        ]
        if undated:
            jobs.append(
                self._job(
                    "events.md.j2",
                    EVENTS_UNDATED_PAGE,
                    edit="events",
                    events=tuple(undated),
                    pager=Pager(1, 1, None, None),
                    jumps=letter_jumps(undated),
                    undated_page=True,
                    reported=self._reported(undated),
                )
            )
        return jobs

    def _reported(self, events: Sequence[Entity]) -> dict[str, Article]:
        """The oldest article naming each of these undated ``events`` (``IndexView.reported``),
        the rows' only time: the page's context, so a change to it is a change to the page."""
        known = self.evidence.index.reported
        return {e.key: known[e.key] for e in events if e.key in known}

    def _job(
        self, template: str, page: str, edit: EditTarget | str | None, **context: Any
    ) -> tuple[str, object, Callable[[], str]]:
        """A page of ``template`` as a job: its path, what it is made from (the template and
        its context; the entities it may look up are digested apart) and how to render it."""
        make = functools.partial(self.render, template, page, edit, **context)
        return page, (template, edit, context), make


def undated(entity: Entity) -> str:
    """A proposed event's name without the date it ends with ("Death of X (2 May 2019)" ->
    "Death of X"), for lists that show the date beside it; the page keeps the full name."""
    suffix = f" ({human_date(entity.date)})" if entity.date else ""
    return entity.name.removesuffix(suffix) if suffix else entity.name


def quote_source(page: str, item: Quote) -> Md:
    """The ¶ link from a quote to its paragraph(s) in the article, labelled for screen
    readers."""
    first, last = item.paragraphs
    label = f"¶{first}" if first == last else f"¶{first}–{last}"
    return Md(
        link_md(page, article_key(item.article), label, f"#p{first}")
        + f'{{: aria-label="{paragraphs_label(first, last)} of the article" }}'
    )


def quote_source_html(page: str, item: Quote) -> Md:
    """``quote_source`` as MkDocs renders it, for raw HTML: the site's own address."""
    first, last = item.paragraphs
    label = f"¶{first}" if first == last else f"¶{first}–{last}"
    target = escape_attr(site_href(page, article_key(item.article)) + f"#p{first}")
    return Md(
        f'<a aria-label="{paragraphs_label(first, last)} of the article" href="{target}">'
        f"{label}</a>"
    )


def quotes_html(page: str, items: Sequence[Quote]) -> Md:
    """An article's quotes with their ¶ links as the one-line HTML Python-Markdown and MkDocs
    made of ``> {quoted} {quote_source}`` and ``> { data-search-exclude }`` for each, a
    blank line between (one blockquote, a paragraph each, the attribute on the paragraph),
    so that ``mkdocs_hook`` keeps it from Python-Markdown: the quotes were a third of the
    Markdown parsed at 1,000 articles, their ¶ links a share of MkDocs' link rewriting
    (issue 10). Text escaped for HTML; the links are the site's own addresses, as the
    infobox's are."""
    return Md(f"<blockquote>{''.join(quote_html(page, item) for item in items)}</blockquote>")


def quote_html(page: str, item: Quote) -> Md:
    """One quote of ``quotes_html``: its paragraph."""
    text = " ".join(
        mark_up_html(s.text, [(a, b, lambda t: f"<strong>{t}</strong>") for a, b in s.bold])
        for s in item.sentences
    )
    source = quote_source_html(page, item)
    return Md(
        f"<p data-search-exclude>{text} {source}</p>"
        if text
        else f"<p data-search-exclude>{source}</p>"
    )


def at_first_paragraph_html(page: str, group: EvidenceGroup) -> Md:
    """An article listed rather than quoted: its title, linking to the first paragraph that
    names the entity. One link a row: a ¶ link for each sentence of a hub's hundreds of older
    articles made its page half as large again ("United States" at 1,000 articles: 175 to
    270 kB). Raw HTML, the ``<a>`` MkDocs made of the Markdown link (``mkdocs_link_html``):
    the list it stands in is written as HTML (``templates/_evidence.md.j2``)."""
    first = min(q.paragraphs[0] for q in group.quotes)
    key = article_key(group.article.id)
    return mkdocs_link_html(page, key, group.article.title, f"#p{first}")


def _wrap_link_html(page: str, key: str) -> Callable[[str], str]:
    """A link styled by kind (actor, agreement, event) so readers see where it leads, as
    MkDocs rendered ``[text](page.md){: .kind-link }``: the site's own address."""
    target = escape_attr(site_href(page, key))
    kind = KIND[kind_of(key)].singular
    return lambda escaped: f'<a class="{kind}-link" href="{target}">{escaped}</a>'


def paragraph_html(number: int, text: Md) -> Md:
    """An article's paragraph (``text``: HTML from ``mark_up_html``) with its ¶ link, as the
    one-line HTML Python-Markdown and MkDocs made of ``[¶n](#pn){: .para-ref aria-label }
    {text}`` and ``{: #pn }``, so that ``mkdocs_hook`` keeps it from Python-Markdown: an
    article page's paragraphs, each name in them a link, were most of its conversion (issue
    10). The hook gives MkDocs the ``pN`` ids it then no longer sees, which the ¶ links of
    other pages are checked against."""
    ref = f'<a aria-label="Paragraph {number}" class="para-ref" href="#p{number}">¶{number}</a>'
    return Md(f'<p id="p{number}">{ref} {text}</p>')


def render_pages(
    templates: Path,
    evidence: Evidence,
    briefing: Briefing,
    content_folder: str = "content",
    *,
    review: Review | None = None,
    repo: Repo | None = None,
    spool: Spool | None = None,
) -> Pages:
    """Every page of the site as {relative Markdown path: text}, in sorted path order.

    ``content_folder`` is the briefing's folder as its editors know it (``content``,
    ``mybrief``): pages that invite a correction name it. ``review``, when given, becomes the
    editors' pages ``review/`` (an index, then the items by kind, ``REVIEW_PAGE_SIZE`` a page),
    HTML files of the generator's own (``review_pages``) that the site engine copies as they
    are: out of its navigation, search index and sitemap. ``repo``,
    when given, adds to every reader page a link to the content file behind it. ``spool``,
    when given, receives each page as it is made (``Pages``): they are never all held.
    """
    if evidence.kept:
        raise ValueError("pages kept from the last build: render them with render_changed")
    with contextlib.closing(Renderer(templates, evidence, briefing, content_folder, repo)) as r:
        pages = Pages(_briefing_pages(r, evidence, review), spool=spool)
        for path, _data, make in r.index_jobs() + r.overview_jobs():
            pages[path] = make()
        for path, _kind, _data, make in _page_jobs(r, evidence, review):
            pages[path] = make()
    return pages.sorted()


@dataclass(frozen=True)
class Rendered:
    """A rebuild's pages, each page's digest, and how many were rendered anew or reused."""

    pages: Pages
    digests: dict[str, str]
    rendered: int
    reused: int
    unchanged: frozenset[str] = frozenset()
    """Pages whose text is that of the last build's file, checked against its recorded hash:
    publishing links that file instead of reading it again."""
    inputs: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """Entity and article pages' record of what their views read: ``Evidence.inputs``
    itself, shared, not copied."""


def render_changed(
    templates: Path,
    evidence: Evidence,
    briefing: Briefing,
    content_folder: str = "content",
    *,
    review: Review | None = None,
    repo: Repo | None = None,
    previous: Previous,
    digester: Digester,
    spool: Spool | None = None,
) -> Rendered:
    """The pages of ``render_pages``, byte for byte, rendering only the entity and article
    pages whose digest differs from the last build's (``reuse.py``); the others are that
    build's text. The indexes and overviews are digested with every entity as well; the
    review's index and the redirects are always rendered. The entity and article pages the
    evidence stage kept (``Evidence.kept``) are the last build's, neither digested nor
    rendered.
    ``digester``: the one the evidence stage's cutoff used (``page_digester``), so that both
    stages salt with the same reading of the templates. ``spool``: as in ``render_pages``."""
    with contextlib.closing(Renderer(templates, evidence, briefing, content_folder, repo)) as r:
        return _render_changed(r, evidence, review, previous, digester, Pages(spool=spool))


def _render_changed(
    renderer: Renderer,
    evidence: Evidence,
    review: Review | None,
    previous: Previous,
    digester: Digester,
    pages: Pages,
) -> Rendered:
    every_build = _briefing_pages(renderer, evidence, review)
    rendered = len(every_build)
    # Rendered anyway, and recorded with no digest of a view (``ALWAYS``) for their text's
    # hash: the ones whose text the last build's file holds are linked unread (and not held:
    # the file is named instead).
    digests = dict.fromkeys(every_build, ALWAYS)
    unchanged = set()
    for path, made in every_build.items():
        encoded = made.encode()
        if previous.holds(path, encoded):
            pages.put(path, OnDisk(os.path.join(previous.folder, path)))
            unchanged.add(path)
        else:
            pages.add(path, encoded)
    del every_build
    # A page listing the whole briefing may look up any entity (``entity()``, the ``actor``
    # and ``link`` filters): its digest covers every entity, hashed once.
    everything = digester.digest("entities", tuple(v.entity for v in evidence.entities.values()))
    listings = [
        (page, "listing", (data, everything), make)
        for page, data, make in renderer.index_jobs() + renderer.overview_jobs()
    ]
    for page, (digest, text) in evidence.kept.items():
        digests[page] = digest
        pages.put(page, text)
        unchanged.add(page)
    for page, kind, data, render in listings + _page_jobs(renderer, evidence, review):
        digest = digester.digest(kind, data)
        digests[page] = digest
        stored = previous.data(page, digest)
        if stored is None:
            pages[page] = render()
            rendered += 1
        else:
            pages.put(page, stored)  # as read: no decoding and encoding again
            unchanged.add(page)
    reused = len(pages) - rendered
    return Rendered(
        pages.sorted(), digests, rendered, reused, frozenset(unchanged), evidence.inputs
    )


def page_digester(
    templates: Path, briefing: Briefing, content_folder: str, repo: Repo | None
) -> Digester:
    """The digester of a briefing's pages: salted with the settings every page reads."""
    return Digester(templates, (briefing.title, content_folder, repo))


def _page_jobs(
    renderer: Renderer, evidence: Evidence, review: Review | None
) -> list[tuple[str, str, object, Callable[[], str]]]:
    """The pages of one item each (review items, entities, articles): path, kind, the data
    its digest is taken of, and how to render it. ``render_pages`` renders them all,
    ``render_changed`` only those whose digest changed."""
    # A review page's entities are linked by key only: which of them exist is all it reads.
    jobs = [(path, "review", data, make) for path, data, make in renderer.review.jobs(review)]
    for key, view in evidence.entities.items():
        if (page := page_path(key)) in evidence.kept:
            continue  # the last build's page: its view was not made
        make = functools.partial(renderer.entity_page, view)
        jobs.append((page, "entity", view, make))
    for article_id, article_view in evidence.articles.items():
        if (page := page_path(article_key(article_id))) in evidence.kept:
            continue
        make = functools.partial(renderer.article_page, article_view)
        jobs.append((page, "article", article_view, make))
    return jobs


def _briefing_pages(
    renderer: Renderer, evidence: Evidence, review: Review | None
) -> dict[str, str]:
    """The pages rendered on every build: the review's index and the redirects."""
    pages: dict[str, str] = {}
    if review is not None:
        pages[REVIEW_INDEX] = renderer.review.index(review)
    pages.update(redirect_pages(evidence))
    return pages
