"""Stage 5: render every page as Markdown from Jinja2 templates.

Escaping is the default, not a filter to remember: the environment's ``finalize`` escapes
every ``{{ value }}`` for Markdown and HTML unless the value is ``Md`` (markup the generator
built itself, from escaped parts). Templates are files in ``templates/``; content text is
only ever template *data*, never template source.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
import yaml

from .dates import MONTHS, DateMention
from .ids import page_path
from .link import Linked, newest_first
from .model import Article, Briefing, Entity, Mention, Sentence
from .support import date_support, place_support, unnamed_parties

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
TYPE_LABELS = {
    "person": ("Person", "People"),
    "organisation": ("Organisation", "Organisations"),
    "state": ("State", "States"),
    "media": ("News outlet", "News outlets"),
}
RELATED_LIMIT = 20
"""Co-mentioned actors listed on an actor page; the strongest connections come first."""
KIND_TITLES = {"actors": "Actors", "agreements": "Agreements", "events": "Events"}


class Md(str):
    """Markdown the generator built from escaped parts; emitted as is."""


def escape_md(value: object, strip: bool = True) -> str:
    """Text that renders literally in Markdown and HTML, on one line."""
    text = re.sub(r"\s+", " ", str(value))
    text = text.strip() if strip else text
    text = html.escape(text, quote=False)
    return MD_SPECIAL.sub(r"\\\1", text)


def _finalize(value: object) -> str:
    return value if isinstance(value, Md) else escape_md(value)


def href(url: str) -> Md:
    """An external http(s) URL made safe to place inside a Markdown link's parentheses."""
    if not re.match(r"^https?://", url):
        raise ValueError(f"refusing to link to non-http URL {url!r}")
    return Md(quote(url, safe=":/?#@!$&'*+,;=%~-._"))


def code(value: object) -> Md:
    """Inline code showing ``value`` literally: a fence longer than any backtick run in it.

    Code spans need no escaping (Markdown shows their text as is and escapes HTML in them);
    escape_md's backslashes would show up verbatim.
    """
    text = " ".join(str(value).split())
    runs = re.findall(r"`+", text)
    fence = "`" * (max(map(len, runs), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Md(f"{fence}{pad}{text}{pad}{fence}")


def front_matter(description: str = "", aliases: Iterable[str] = ()) -> Md:
    """YAML front matter: the page's meta description and its aliases as search ``tags``.

    Material indexes ``tags`` in a field weighted above titles, so typing any alias finds the
    entity's page first; other engines ignore both keys. Material's templates insert both as
    raw HTML (an attribute, search results), so each value is HTML-escaped, and the YAML is
    written by PyYAML, never by hand.
    """

    def text(value: str) -> str:
        return html.escape(" ".join(value.split()), quote=False).replace('"', "&quot;")

    data: dict[str, Any] = {}
    if description.strip():
        data["description"] = text(description)
    tags = list(dict.fromkeys(text(a) for a in aliases))
    if tags:
        data["tags"] = tags
    if not data:
        return Md("")
    body = yaml.safe_dump(data, allow_unicode=True, width=1_000_000, sort_keys=False)
    return Md(f"---\n{body}---\n\n")


def quoted_sentences(sentences: Sequence[Sentence], index: int, limit: int = 4) -> list[int]:
    """The sentence at ``index`` with the rest of its quotation: a sentence that ends in a
    colon brings the next one, and one that leaves a quotation open brings the sentences after
    it in the same paragraph until the quotation closes."""
    chosen = [index]
    if sentences[index].text.rstrip().endswith(":") and index + 1 < len(sentences):
        chosen.append(index + 1)
    while len(chosen) < limit and chosen[-1] + 1 < len(sentences):
        following = sentences[chosen[-1] + 1]
        if following.paragraph != sentences[chosen[-1]].paragraph:
            break
        if not _leaves_quote_open(" ".join(sentences[i].text for i in chosen)):
            break
        chosen.append(chosen[-1] + 1)
    return chosen


def _leaves_quote_open(text: str) -> bool:
    """True when the text opens a quotation it does not close (straight or curly quotes)."""
    if text.count("“") > text.count("”"):
        return True
    last = text.rfind('"')
    return text.count('"') % 2 == 1 and (last == 0 or text[last - 1] in " \t([—–-")


def type_label(type_: str) -> str:
    """'person' -> 'Person'; types without a label are capitalised ('meeting' -> 'Meeting')."""
    return TYPE_LABELS.get(type_, (type_.capitalize(),))[0]


def _paragraphs_label(first: int, last: int) -> str:
    """What a screen reader says for a ¶ link."""
    if first == last:
        return f"Paragraph {first}"
    return f"Paragraphs {first} {'and' if last == first + 1 else 'to'} {last}"


def human_date(value: str | None) -> str:
    """'2025-01-17' -> '17 January 2025'; partial dates stay partial ('September 2025')."""
    if not value:
        return "undated"
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def relative_href(page: str, key: str) -> str:
    """Link target from one Markdown page to another, as MkDocs resolves it."""
    return quote(posixpath.relpath(page_path(key), posixpath.dirname(page) or "."))


def mark_up(text: str, spans: Iterable[tuple[int, int, Callable[[str], str]]]) -> Md:
    """Escape ``text`` with non-overlapping spans wrapped by their markup function."""
    out, pos = [], 0
    for start, end, wrap in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos:
            continue
        out.append(escape_md(text[pos:start], strip=False))
        out.append(wrap(escape_md(text[start:end])))
        pos = end
    out.append(escape_md(text[pos:], strip=False))
    return Md("".join(out).strip())


def environment(templates: Path) -> jinja2.Environment:
    """The strict, escaping-by-default Jinja environment every page is rendered with."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        when=human_date,
        type_label=type_label,
        plural=lambda n, word: f"{n} {word}" + ("" if n == 1 else "s"),
        href=href,
        code=code,
    )
    return env


class Renderer:
    """Renders the pages of one site; holds the Jinja environment and the linked data."""

    def __init__(
        self, templates: Path, linked: Linked, briefing: Briefing, content_folder: str = "content"
    ):
        self.linked = linked
        self.briefing = briefing
        self.env = environment(templates)
        self.env.filters["link"] = jinja2.pass_context(
            lambda ctx, target, label=None: self._link_filter(ctx, target, label)
        )
        # Where a reader of this briefing adds files: named on pages that invite a correction.
        self.env.globals["content_folder"] = content_folder
        self.env.globals["entity"] = self.entity  # look up an entity by key in a template
        self.env.globals["front_matter"] = front_matter

    # -- filters ---------------------------------------------------------------------------
    def _link_filter(self, ctx: Any, target: Entity | Article, label: str | None = None) -> Md:
        """Markdown link from the page being rendered to an entity or article page."""
        if isinstance(target, Entity):
            key, text = target.key, target.name
        else:
            key, text = f"articles/{target.id}", target.title
        return self.link(ctx["page"], key, label or text)

    @staticmethod
    def link(page: str, key: str, text: str, anchor: str = "") -> Md:
        return Md(f"[{escape_md(text)}]({relative_href(page, key)}{anchor})")

    # -- views -----------------------------------------------------------------------------
    def quote(self, page: str, mention: Mention, bold: set[str]) -> dict[str, Any]:
        """One evidence sentence with the entity's own mentions in bold, linked to its place.

        A sentence that introduces a quotation ("Peskov said:") is shown with the quotation:
        the colon alone supports nothing.
        """
        linked = self.linked
        sentences = linked.sentences[mention.article]
        paragraphs = linked.articles[mention.article].paragraphs
        parts, plain = [], []
        dates: list[DateMention] = []
        for index in quoted_sentences(sentences, mention.sentence):
            sentence = sentences[index]
            spans = [
                (m.start - sentence.start, m.end - sentence.start, lambda s: f"**{s}**")
                for m in linked.article_mentions[mention.article]
                if m.sentence == index and m.entity in bold
            ]
            words = paragraphs[sentence.paragraph][sentence.start : sentence.end]
            plain.append(words)
            parts.append((index, sentence.paragraph + 1, mark_up(words, spans)))
            dates.extend(linked.sentence_dates[mention.article][index])
        first, last = parts[0][1], parts[-1][1]
        label = f"¶{first}" if first == last else f"¶{first}–{last}"
        return {
            "text": Md(" ".join(marked for _, _, marked in parts)),
            "plain": " ".join(plain),
            "source": Md(
                self.link(page, f"articles/{mention.article}", label, f"#p{first}")
                + f'{{: aria-label="{_paragraphs_label(first, last)} of the article" }}'
            ),
            "sentences": [index for index, _, _ in parts],
            "dates": dates,
        }

    def evidence(self, page: str, keys: list[str]) -> list[dict[str, Any]]:
        """Evidence sentences for entities, grouped by article (newest first)."""
        by_article: dict[str, dict[int, Mention]] = {}
        for key in keys:
            for m in self.linked.mentions.get(key, ()):
                by_article.setdefault(m.article, {}).setdefault(m.sentence, m)
        groups = []
        for article_id in newest_first(
            by_article, lambda a: self.linked.articles[a].date, lambda a: a
        ):
            found = by_article[article_id]
            quotes, shown = [], set()
            for index in sorted(found):
                if index in shown:  # already quoted as the continuation of a sentence
                    continue
                quote = self.quote(page, found[index], set(keys))
                shown.update(quote["sentences"])
                quotes.append(quote)
            groups.append({"article": self.linked.articles[article_id], "quotes": quotes})
        return groups

    def entity(self, key: str) -> Entity:
        return self.linked.entities[key]

    def stats(self, key: str) -> dict[str, int]:
        """Mentions are counted as sentences: 'Vladimir Putin, the Kremlin leader' is one."""
        found = self.linked.mentions.get(key, ())
        return {
            "mentions": len({(m.article, m.sentence) for m in found}),
            "articles": len(self.linked.entity_articles.get(key, ())),
        }

    # -- pages -----------------------------------------------------------------------------
    def render(self, template: str, page: str, **context: Any) -> str:
        return self.env.get_template(template).render(page=page, **context)

    def entity_page(self, entity: Entity) -> str:
        page = page_path(entity.key)
        linked = self.linked
        involvement = [self.entity(k) for k in linked.involvement.get(entity.key, ())]
        related = [(self.entity(k), n) for k, n in linked.related.get(entity.key, ())]
        evidence_keys = [entity.key]
        if entity.agreement:
            evidence_keys.append(f"agreements/{entity.agreement}")
        evidence = self.evidence(page, evidence_keys)
        return self.render(
            f"{entity.kind[:-1]}.md.j2",
            page,
            entity=entity,
            stats=self.stats(entity.key),
            page_description=entity.description
            or f"{entity.name}: {type_label(entity.type).lower()}"
            f" in the briefing {self.briefing.title}",
            parties=[self.entity(f"actors/{p}") for p in entity.parties],
            about=[self.entity(f"actors/{a}") for a in entity.about],
            agreement=self.entity(f"agreements/{entity.agreement}") if entity.agreement else None,
            events=[self.entity(k) for k in linked.events_of_agreement.get(entity.key, ())],
            agreements=[e for e in involvement if e.kind == "agreements"],
            timeline=[e for e in involvement if e.kind == "events"],
            # News outlets are sources, not connections: listed apart as "Reported by".
            related=[(e, n) for e, n in related if entity.type == "media" or e.type != "media"],
            reported_by=[
                (e, n) for e, n in related if entity.type != "media" and e.type == "media"
            ],
            related_limit=RELATED_LIMIT,
            evidence=evidence,
            evidence_dates=date_support(entity, evidence, linked.reference_days),
            evidence_places=place_support(entity, evidence),
            unnamed_parties=[linked.entities[k] for k in unnamed_parties(entity, evidence, linked)],
            published=[linked.articles[a] for a in linked.published.get(entity.key, ())],
            wikidata_url=f"https://www.wikidata.org/wiki/{entity.wikidata}"
            if entity.wikidata
            else None,
        )

    def article_page(self, article: Article) -> str:
        page = page_path(f"articles/{article.id}")
        mentions = self.linked.article_mentions.get(article.id, ())
        paragraphs = []
        for index, text in enumerate(article.paragraphs):
            here = [m for m in mentions if m.paragraph == index]
            # Actor links first: an event phrase never hides the actors named inside it.
            here.sort(key=lambda m: not m.entity.startswith("actors/"))
            spans, used, linked_here = [], [], set()
            for m in here:
                # Only the first mention of each entity per paragraph is a link: readable text.
                if m.entity in linked_here:
                    continue
                if all(m.end <= s or m.start >= e for s, e in used):
                    used.append((m.start, m.end))
                    linked_here.add(m.entity)
                    spans.append((m.start, m.end, self._wrap_link(page, m.entity)))
            paragraphs.append({"number": index + 1, "text": mark_up(text, spans)})
        keys = self.linked.article_entities.get(article.id, ())
        return self.render(
            "article.md.j2",
            page,
            article=article,
            source_actor=self.entity(source)
            if (source := self.linked.source_actor.get(article.id))
            else None,
            paragraphs=paragraphs,
            found={
                kind: [self.entity(k) for k in keys if k.startswith(kind + "/")]
                for kind in KIND_TITLES
            },
            kind_titles=KIND_TITLES,
        )

    def _wrap_link(self, page: str, key: str) -> Callable[[str], str]:
        """A link styled by kind (actor, agreement, event) so readers see where it leads."""
        href = relative_href(page, key)
        kind = key.split("/", 1)[0][:-1]
        return lambda escaped: f"[{escaped}]({href}){{: .{kind}-link }}"

    def index_pages(self) -> dict[str, str]:
        linked = self.linked
        entities = sorted(linked.entities.values(), key=lambda e: (e.name.casefold(), e.key))
        actors = [e for e in entities if e.kind == "actors"]
        groups = [
            (TYPE_LABELS[t][1], [(a, self.stats(a.key)) for a in actors if a.type == t])
            for t in TYPE_LABELS
        ]
        dated = lambda kind: newest_first(  # noqa: E731
            # Undated entries sort as "" and so come last, as in the oldest-first timelines.
            (e for e in entities if e.kind == kind),
            lambda e: e.date or "",
            lambda e: e.key,
        )
        articles = newest_first(linked.articles.values(), lambda a: a.date, lambda a: a.id)
        by_mentions = sorted(
            actors, key=lambda a: (-self.stats(a.key)["mentions"], a.name.casefold())
        )
        key_actors = [self.entity(f"actors/{k}") for k in self.briefing.key_actors] or by_mentions[
            :8
        ]
        return {
            "actors/index.md": self.render(
                "actors.md.j2",
                "actors/index.md",
                groups=groups,
                any_uncurated=any(not a.curated for a in actors),
            ),
            "agreements/index.md": self.render(
                "agreements.md.j2", "agreements/index.md", agreements=dated("agreements")
            ),
            "events/index.md": self.render(
                "events.md.j2", "events/index.md", events=dated("events")
            ),
            "articles/index.md": self.render(
                "articles.md.j2",
                "articles/index.md",
                articles=articles,
            ),
            "index.md": self.render(
                "home.md.j2",
                "index.md",
                briefing=self.briefing,
                key_actors=[(a, self.stats(a.key)) for a in key_actors],
                events=dated("events")[:10],
                agreements=dated("agreements"),
                articles=articles[:10],
                counts={
                    "articles": len(articles),
                    "actors": len(actors),
                    "agreements": len(dated("agreements")),
                    "events": len(dated("events")),
                },
            ),
        }


def render_pages(
    templates: Path, linked: Linked, briefing: Briefing, content_folder: str = "content"
) -> dict[str, str]:
    """Every page of the site as {relative Markdown path: text}, in sorted path order.

    ``content_folder`` is the briefing's folder as its editors know it (``content``,
    ``mybrief``): pages that invite a correction name it.
    """
    renderer = Renderer(templates, linked, briefing, content_folder)
    pages = renderer.index_pages()
    for entity in linked.entities.values():
        pages[page_path(entity.key)] = renderer.entity_page(entity)
    for article in linked.articles.values():
        pages[page_path(f"articles/{article.id}")] = renderer.article_page(article)
    return dict(sorted(pages.items()))


def error_notice(templates: Path, errors: Sequence[str]) -> str:
    """A Markdown notice listing content errors (escaped), for the live preview: the browser
    must show that an edit was refused, not just keep the last good page."""
    return environment(templates).get_template("_content_errors.md.j2").render(errors=errors)


def with_notice(files: dict[str, str], notice: str) -> dict[str, str]:
    """Every page with ``notice`` at its top (after its front matter); other files as they are."""
    out = {}
    for path, text in files.items():
        if path.endswith(".md"):
            head, body = "", text
            if text.startswith("---\n") and (end := text.find("\n---\n", 4)) != -1:
                head, body = text[: end + 5], text[end + 5 :].lstrip("\n")
                head += "\n"
            text = f"{head}{notice}\n{body}"
        out[path] = text
    return out
