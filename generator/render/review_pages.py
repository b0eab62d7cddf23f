"""The editors' review pages (``review/``) as HTML files the generator writes itself.

They are not reader pages: out of the navigation, the search and the sitemap, linked from no
reader page, left out of a published build (``--no-review``). Through the site engine they
were a fifth of its time on the 1,000-article benchmark (71 pages, 9.5 MB of Markdown: a
heading, a quote and YAML blocks per item), for a theme, a table of contents and a search
index no editor needed (issue 10). Written here, they are plain files in the docs folder, as
the redirect pages are (``side_pages``): any engine copies them into the site unchanged, at
the addresses MkDocs gave the Markdown pages (``review/actors/``), and they are published,
reused on a rebuild and previewed as every other page is.

Templates ``review*.html.j2`` in an environment of their own: HTML autoescaping (every value
escaped by default, with no Markdown to escape for) and ``StrictUndefined``. The page's own
stylesheet and script (``assets/review.css``, ``assets/review.js``: the colour scheme the
reader chose on the site) and the site's ``offline.js`` (links under ``file://``) are served
from the site; nothing from elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

import jinja2

from ..model.review import Review, ReviewPage
from .markup import site_href
from .templating import jinja_environment

REVIEW_INDEX = "review/index.html"
"""The review's first page: what there is to review, and a link to each page of items."""


def html_environment(templates: Path) -> jinja2.Environment:
    """The environment of the generator's own HTML pages: autoescaped, strict."""
    return jinja_environment(templates, autoescape=True)


class ReviewPages:
    """Writes the review's pages; ``known``: the keys of the entities that have a page, to
    which an item links ("its page")."""

    def __init__(
        self, templates: Path, site_name: str, content_folder: str, known: Collection[str]
    ):
        self.env = html_environment(templates)
        self.env.filters["href"] = site_href  # from a page's folder to an entity's page
        self.env.globals.update(site_name=site_name, content_folder=content_folder)
        self.known = known

    def index(self, review: Review) -> str:
        """``REVIEW_INDEX``: the summary and the pages of items, with their counts."""
        return self.env.get_template("review.html.j2").render(
            folder="review/", root="../", review=review, parts=review.pages()
        )

    def jobs(self, review: Review | None) -> list[tuple[str, object, Callable[[], str]]]:
        """Each page of items: its path, what it is made from (for its digest: the items,
        their neighbours' titles, which of their entities have a page) and how to make it."""
        if review is None:
            return []
        parts = review.pages()
        jobs: list[tuple[str, object, Callable[[], str]]] = []
        for i, part in enumerate(parts):
            previous = parts[i - 1] if i else None
            following = parts[i + 1] if i + 1 < len(parts) else None
            known = tuple(item.key is not None and item.key in self.known for item in part.items)
            links = tuple((p.name, p.title) if p else None for p in (previous, following))

            def make(
                part: ReviewPage = part,
                links: tuple[tuple[str, str] | None, ...] = links,
                known: tuple[bool, ...] = known,
            ) -> str:
                return self.page(part, links[0], links[1], known)

            jobs.append((part.path, (part, links, known), make))
        return jobs

    def page(
        self,
        part: ReviewPage,
        previous: tuple[str, str] | None,
        following: tuple[str, str] | None,
        known: tuple[bool, ...],
    ) -> str:
        """One page of items; ``previous`` and ``following``: the neighbouring pages' folder
        names and titles; ``known``: for each item, whether its entity has a page."""
        return self.env.get_template("review_items.html.j2").render(
            folder=part.folder,
            root="../../",
            part=part,
            items=tuple(zip(part.items, known, strict=True)),
            previous=previous,
            next=following,
        )
