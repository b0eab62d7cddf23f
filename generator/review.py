"""The review queue: everything the machine proposed that no editor has confirmed.

The machine proposes, editors decide. This module turns resolution's output into one list of
items, each with the evidence an editor needs (mentions, proposed type, example sentences, the
reason for a merge or a rejection) and the exact YAML that accepts, merges, retypes or rejects
it. Pasting that YAML into the content folder wins on every later build: curated names beat
the language model, and ``ignore`` entries are never actors. Plain data; the CLI prints it and
``review_pages`` writes it as the ``review/`` pages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter

from .ids import slugify
from .model import (
    ACTOR_TYPES,
    Content,
    Entity,
    Resolved,
    actor_key,
    content_file,
    statement_key,
)
from .yamlio import DATE_TO_FILL, dump_fields

EXAMPLES = 2
"""Example sentences shown per item."""
NOUNS = frozenset({"actor", "event", "agreement", "statement"})
"""Item kinds ending in a noun take a plural; "merged" and "rejected" do not."""
_WHERE = attrgetter("article", "sentence")
"""A mention's sentence, ``(article, sentence)``, read in C."""


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
    _rest: _Rest | None
    """The rest once made."""
    _make: Callable[..., _Rest]
    _args: tuple[object, ...]

    @classmethod
    def later(
        cls,
        kind: str,
        name: str,
        key: str | None,
        make: Callable[..., _Rest],
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

    def _values(self) -> _Rest:
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


_Rest = tuple[str, tuple[str, ...], tuple[Fix, ...]]
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


def _dump(data: dict) -> str:
    return dump_fields(data)


def _accept(name: str, type_: str, aliases: tuple[str, ...], id_: str) -> Fix:
    data: dict = {"name": name, "type": type_}
    if aliases:
        data["aliases"] = list(aliases)
    return Fix("Accept as an actor", content_file("actors", id_), _dump(data), True)


def _reject(name: str) -> Fix:
    return Fix(
        "Reject: never an actor in this briefing",
        "briefing.yml",
        _dump({"ignore": [name]}),
        False,
    )


def _merge_into(name: str, target: Entity) -> Fix:
    return Fix(
        f"Merge into {target.name}",
        content_file("actors", target.id),
        _dump({"aliases": [name]}),
        False,
    )


def gather_review(content: Content, resolved: Resolved) -> Review:
    """Every new actor, merge, rejection and ambiguous mention, most mentioned first. Each
    item is made on first use (``Item.later``), from the values gathered here."""
    entities = {e.key: e for e in resolved.entities}
    sentences = resolved.sentences

    def example(article: str, index: int) -> str:
        found = sentences.get(article, ())
        return found[index].text if 0 <= index < len(found) else ""

    def examples(where: Iterable[tuple[str, int]]) -> tuple[str, ...]:
        # once each: a decision's two mentions may be in one sentence ("CIA ... at CIA")
        return tuple(text for a, s in dict.fromkeys(where) if (text := example(a, s)))

    mentions: dict[str, list] = defaultdict(list)
    for m in resolved.mentions:
        mentions[m.entity].append(m)
    items: list[Item] = []
    # By key, sorted once (keys are unique: no entity is compared); on every build, rebuilds too.
    ordered = [entity for _, entity in sorted(entities.items())]
    for entity in ordered:
        if entity.curated or entity.kind != "actors":
            continue
        named = sorted(set(map(_WHERE, mentions.get(entity.key, []))))
        args = (entity.name, entity.type, entity.aliases, entity.id, len(named))
        where = examples(named[:EXAMPLES])
        items.append(Item.later("new actor", entity.name, entity.key, _new_actor, (*args, where)))
    for decision in resolved.decisions:
        target = entities.get(decision.key or "") if decision.action == "merged" else None
        joined = (target.name, target.type, target.id, target.curated) if target else None
        said = (decision.name, decision.action, decision.reason, decision.mentions)
        where = examples(decision.where[:EXAMPLES])
        items.append(
            Item.later(
                decision.action,
                decision.name,
                decision.key if joined else None,
                _decision,
                (*said, joined, where),
            )
        )
    for entity in ordered:
        if not entity.curated and entity.kind != "actors":
            items.append(_proposal_item(entity, entities, mentions.get(entity.key, []), examples))
    for statement in resolved.statements:
        speaker = entities.get(statement.speaker)
        items.append(
            Item.later(
                "proposed statement",
                f"{speaker.name if speaker else statement.speaker}: “{_short(statement.quote)}”",
                statement.speaker if speaker else None,
                _statement,
                (
                    statement.date,
                    example(statement.article, statement.sentence),
                    statement_key(statement.id),
                ),
            )
        )
    order = {kind: i for i, kind in enumerate(k for kinds in FILTERS.values() for k in kinds)}
    items.sort(key=lambda i: (order[i.kind], i.name.casefold(), i.name))
    return Review(tuple(items))


def _new_actor(
    name: str,
    type_: str,
    aliases: tuple[str, ...],
    id_: str,
    sentences: int,
    examples: tuple[str, ...],
) -> _Rest:
    """A new actor's item (``Item.later``): accept it, accept it as another type, reject it."""
    fixes = [_accept(name, type_, aliases, id_), _retype(name, type_, id_)]
    fixes.append(_reject(name))
    detail = f"proposed type {type_}, named in {sentences} sentence" + (
        "" if sentences == 1 else "s"
    )
    return detail, examples, tuple(fixes)


RETYPE_FIRST = {
    "person": "organisation",
    "organisation": "person",
    "state": "organisation",
    "media": "organisation",
}
"""The other type a new actor's retype offers first: the NER's usual slip for each (a party
read as a person, a surname as a body); the rest follow in a comment on its line."""
OUTLET_WORDS = frozenset(
    "news radio tv television press media broadcasting magazine bulletin times post herald "
    "tribune journal gazette telegraph chronicle guardian observer inquirer courier "
    "examiner".split()
)
"""Words of an outlet's name ("Maritime Bulletin", "Fox News", "The Jakarta Post"): its
retype offers ``media`` first."""


def _retype(name: str, type_: str, id_: str) -> Fix:
    """Accept as another type, in one fix however many the loader accepts: the likeliest
    other type, and every other one named in a comment on its line (one word to change), so
    an outlet read as an organisation ("ABC") can be made ``media`` without knowing the word."""
    others = [t for t in ACTOR_TYPES if t != type_]
    outlet = any(w.casefold().strip(".,'’") in OUTLET_WORDS for w in name.split()[1:])
    first = "media" if outlet and type_ != "media" else RETYPE_FIRST.get(type_, others[0])
    rest = [t for t in others if t != first]
    text = _dump({"name": name, "type": first}).rstrip("\n") + f"  # or: {', '.join(rest)}\n"
    return Fix(f"Accept as {first} (or {', '.join(rest)})", content_file("actors", id_), text, True)


def _statement(date: str, example: str, statement: str) -> _Rest:
    """A proposed statement's item (``Item.later``): its only fix rejects it."""
    return f"said on {date}", (example,), (_reject_proposal(statement),)


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _reject_proposal(key: str) -> Fix:
    return Fix("Reject: never publish it", "briefing.yml", _dump({"reject": [key]}), False)


def _proposal_item(
    entity: Entity,
    entities: dict[str, Entity],
    found: list,
    examples: Callable[[Iterable[tuple[str, int]]], tuple[str, ...]],
) -> Item:
    """A proposed event or agreement: accepting it makes it curated (its id, so its address,
    stays); its participants or parties need actor files of their own first."""
    involved = tuple(
        (a.id, a.name, a.curated)
        for p in entity.parties
        if (a := entities.get(actor_key(p))) is not None
    )
    sentences = sorted(set(map(_WHERE, found)))
    kind = "proposed event" if entity.kind == "events" else "proposed agreement"
    fields = (entity.name, entity.type, entity.date, entity.place, entity.agreement)
    args = (entity.kind, entity.id, entity.key, fields, involved, len(sentences))
    where = examples(sentences[:EXAMPLES])
    return Item.later(kind, entity.name, entity.key, _proposal, (*args, where))


def _proposal(
    kind: str,
    id_: str,
    key: str,
    fields: tuple[str, str, str | None, str | None, str | None],
    involved: tuple[tuple[str, str, bool], ...],
    sentences: int,
    examples: tuple[str, ...],
) -> _Rest:
    """A proposed event's or agreement's item (``Item.later``); ``involved``: the id, name
    and whether curated of each participant or party that is an actor."""
    name, type_, date, place, agreement = fields
    field = "participants" if kind == "events" else "parties"
    data: dict = {"name": name, "type": type_}
    for label, value in (("date", date), ("place", place)):
        if value:
            data[label] = value
    if involved:
        data[field] = [id_ for id_, _, _ in involved]
    if agreement:
        data["agreement"] = agreement
    uncurated = [name for _, name, curated in involved if not curated]
    todo = [
        f"accept {', '.join(uncurated)} as {'actors' if len(uncurated) > 1 else 'an actor'} first"
    ]
    text = _dump(data)
    if kind == "events" and not date:  # required: the loader refuses the file without one
        todo.append("fill in its date, which the articles do not give")
        text += DATE_TO_FILL
    todo = todo if uncurated else todo[1:]
    label = "Accept" + (f" ({'; '.join(todo)})" if todo else "")
    detail = (
        f"{type_}, {date or 'undated'}"
        + (f", {field}: {', '.join(name for _, name, _ in involved)}" if involved else "")
        + f"; from {sentences} sentence{'' if sentences == 1 else 's'}"
    )
    fixes = (Fix(label, content_file(kind, id_), text, True), _reject_proposal(key))
    return detail, examples, fixes


def _decision(
    name: str,
    action: str,
    reason: str,
    mentions: int,
    target: tuple[str, str, str, bool] | None,
    examples: tuple[str, ...],
) -> _Rest:
    """A decision's item (``Item.later``); ``target``: the name, type, id and whether
    curated of the actor a merged name joined, if it has a page."""
    if action == "merged" and target is not None:
        target_name, target_type, target_id, curated = target
        confirm = (
            Fix(
                f"Confirm: add it to {target_name}'s names",
                content_file("actors", target_id),
                _dump({"aliases": [name]}),
                False,
            )
            if curated
            else _accept(target_name, target_type, (name,), target_id)
        )
        split = _accept(name, target_type, (), slugify(name))
        return (
            f"joined {target_name}: {reason}",
            examples,
            (confirm, Fix("Split: its own actor", split.path, split.yaml, True)),
        )
    # an ambiguous name is a surname several people in an article share: a person's
    fixes = [
        _accept(name, "person" if action == "ambiguous" else "organisation", (), slugify(name))
    ]
    if action == "rejected":
        fixes.append(_reject(name))
    detail = f"{reason}; named {mentions} time" + ("" if mentions == 1 else "s")
    return detail, examples, tuple(fixes)


def review_text(review: Review, content_label: str) -> str:
    """The review for a terminal: one block per item, with the YAML to paste."""
    if not review.items:
        return "Nothing to review: every actor is curated.\n"
    lines = [
        f"To review: {review.summary()}. Paste a fix into {content_label}/ and rebuild; it wins "
        "on every later build.",
        "",
    ]
    for item in review.items:
        lines.append(f"[{item.kind}] {item.name}: {item.detail}")
        lines.extend(f"    “{text}”" for text in item.examples)
        for fix in item.fixes:
            verb = "create" if fix.create else "add to"
            lines.append(f"  {fix.label} ({verb} {content_label}/{fix.path}):")
            lines.extend(f"      {line}" for line in fix.yaml.rstrip("\n").split("\n"))
        lines.append("")
    return "\n".join(lines)
