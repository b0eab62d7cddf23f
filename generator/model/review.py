"""The review queue's plain data: items, their fixes, and the pages they are listed on.

Made by ``generator.evidence.review`` (what the machine proposed that no editor confirmed)
and formatted by ``render.review_pages`` and the CLI, kept here so that render imports no
review logic for its types.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

NOUNS = frozenset({"actor", "event", "agreement", "statement"})
"""Item kinds ending in a noun take a plural; "merged" and "rejected" do not."""


@dataclass(frozen=True)
class Fix:
    """One correction: the file to edit and the YAML to paste into it."""

    label: str
    """What it does: "Accept", "Merge into Vladimir Putin", "Reject"."""
    path: str
    """The file, relative to the content folder: ``actors/x.yml``, ``briefing.yml``."""
    yaml: str
    create: bool
    """True: a new file with this text; False: add the text to the existing file."""


class Item:
    """One thing to look at: its kind, name and page at once, the rest made on first use.

    Made by ``Item.later``, which holds a pure function of plain values that makes the rest
    (``detail``, ``examples``, ``fixes``); it pickles as that function and those values, so a
    review page's digest is taken of what its items are made from. A rebuild whose review page
    digests as before keeps the last build's page and never makes its items (their YAML was
    most of the review's cost). Immutable; equal to any item of the same values, whatever
    function made them.
    """

    __slots__ = ("_args", "_make", "_rest", "key", "kind", "name")
    kind: str
    """``new actor``, ``merged``, ``rejected`` or ``ambiguous``."""
    name: str
    key: str | None
    """The page it has (new actor) or joined (merged)."""
    _rest: ItemRest | None
    """The rest once made."""
    _make: Callable[..., ItemRest]
    _args: tuple[object, ...]

    @classmethod
    def later(
        cls,
        kind: str,
        name: str,
        key: str | None,
        make: Callable[..., ItemRest],
        args: tuple[object, ...],
    ) -> Item:
        """An item whose ``detail``, ``examples`` and ``fixes`` are ``make(*args)``; ``make``
        reads nothing but ``args`` (a module-level function, so that it pickles)."""
        item = cls.__new__(cls)
        slots = {
            "kind": kind,
            "name": name,
            "key": key,
            "_rest": None,
            "_make": make,
            "_args": args,
        }
        for slot, value in slots.items():
            object.__setattr__(item, slot, value)  # once, here: ``Item`` refuses ``setattr``
        return item

    def _values(self) -> ItemRest:
        if self._rest is None:
            object.__setattr__(self, "_rest", self._make(*self._args))
        assert self._rest is not None
        return self._rest

    @property
    def detail(self) -> str:
        """Proposed type and mentions, or the reason for the decision."""
        return self._values()[0]

    @property
    def examples(self) -> tuple[str, ...]:
        return self._values()[1]

    @property
    def fixes(self) -> tuple[Fix, ...]:
        return self._values()[2]

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Item is immutable: cannot set {name}")

    def _fields(self) -> tuple[object, ...]:
        detail, examples, fixes = self._values()
        return (self.kind, self.name, detail, self.key, examples, fixes)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Item) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Item{self._fields()!r}"

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled (a review page's digest), an item is its inputs, made or not.
        return (Item.later, (self.kind, self.name, self.key, self._make, self._args))


ItemRest = tuple[str, tuple[str, ...], tuple[Fix, ...]]
"""An item's ``detail``, ``examples`` and ``fixes``."""


FILTERS = {
    "actors": ("new actor",),
    "merged": ("merged",),
    "ambiguous": ("ambiguous",),
    "rejected": ("rejected",),
    "events": ("proposed event",),
    "agreements": ("proposed agreement",),
    "statements": ("proposed statement",),
}
"""What ``review --only`` accepts, and the item kinds each shows."""
GROUP_TITLES = {
    "actors": "New actors",
    "merged": "Merged names",
    "ambiguous": "Ambiguous mentions",
    "rejected": "Rejected names",
    "events": "Proposed events",
    "agreements": "Proposed agreements",
    "statements": "Proposed statements",
}
"""Headings of the review's pages, one per key of ``FILTERS``."""


REVIEW_PAGE_SIZE = 200
"""Items per page of the review site section. One page of every item grew to 7 MB at 1,000
articles: a page no browser scrolls comfortably (and, while the pages were Markdown, 130 s of
CPU in Python-Markdown's fenced-code step, which copied the page once per YAML block)."""


@dataclass(frozen=True)
class ReviewPage:
    """One page of the review section: up to ``REVIEW_PAGE_SIZE`` items of one group."""

    path: str
    """``review/actors/index.html``, ``review/statements-2/index.html``: the file, an HTML
    page the generator writes itself (``review_pages``), at the address MkDocs gave the
    Markdown page it was (``review/actors/``)."""
    group: str
    """A key of ``FILTERS``: what the page lists."""
    number: int
    of: int
    items: tuple[Item, ...]

    @property
    def title(self) -> str:
        """'Proposed statements (2 of 3)'."""
        more = f" ({self.number} of {self.of})" if self.of > 1 else ""
        return GROUP_TITLES[self.group] + more

    @property
    def name(self) -> str:
        """The page's folder within ``review/`` (``actors-2``): what links between its pages
        use."""
        return self.path.removeprefix("review/").removesuffix("/index.html")

    @property
    def folder(self) -> str:
        """The page's address in the site (``review/actors-2/``)."""
        return self.path.removesuffix("index.html")


@dataclass(frozen=True)
class Review:
    items: tuple[Item, ...]

    def only(self, filters: list[str] | None) -> Review:
        """The items of the kinds ``filters`` names (keys of ``FILTERS``); all without."""
        if not filters:
            return self
        kinds = {kind for name in filters for kind in FILTERS[name]}
        return Review(tuple(item for item in self.items if item.kind in kinds))

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for item in self.items:
            out[item.kind] += 1
        return dict(out)

    def pages(self, size: int = REVIEW_PAGE_SIZE) -> tuple[ReviewPage, ...]:
        """The items as pages of one group each, in ``FILTERS`` order, ``size`` at most."""
        out: list[ReviewPage] = []
        for group, kinds in FILTERS.items():
            items = [item for item in self.items if item.kind in kinds]
            chunks = [items[i : i + size] for i in range(0, len(items), size)]
            for number, chunk in enumerate(chunks, 1):
                suffix = "" if number == 1 else f"-{number}"
                path = f"review/{group}{suffix}/index.html"
                out.append(ReviewPage(path, group, number, len(chunks), tuple(chunk)))
        return tuple(out)

    def summary(self) -> str:
        """'3 new actors · 1 merged · 2 rejected': what there is to look at."""
        return " · ".join(
            f"{n} {kind + 's' if n != 1 and kind.split()[-1] in NOUNS else kind}"
            for kind, n in sorted(self.counts().items())
        )
