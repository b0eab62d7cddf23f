"""The review queue: everything the machine proposed that no editor has confirmed.

The machine proposes, editors decide. This module turns resolution's output into one list of
items, each with the evidence an editor needs (mentions, proposed type, example sentences, the
reason for a merge or a rejection) and the exact YAML that accepts, merges, retypes or rejects
it. Pasting that YAML into the content folder wins on every later build: curated names beat
the language model, and ``ignore`` entries are never actors. Plain data; the CLI prints it and
render writes it as the ``review/`` page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from .ids import slugify
from .model import (
    Content,
    Decision,
    Entity,
    Resolved,
    actor_key,
    content_file,
    statement_key,
)
from .yamlio import dump_fields

EXAMPLES = 2
"""Example sentences shown per item."""
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


@dataclass(frozen=True)
class Item:
    """One thing to look at."""

    kind: str
    """``new actor``, ``merged``, ``rejected`` or ``ambiguous``."""
    name: str
    detail: str
    """Proposed type and mentions, or the reason for the decision."""
    key: str | None
    """The page it has (new actor) or joined (merged)."""
    examples: tuple[str, ...]
    fixes: tuple[Fix, ...]


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
articles, and Python-Markdown's fenced-code step copies the page once per YAML block it
finds: 130 s of CPU for that page alone, and a page no browser scrolls comfortably."""


@dataclass(frozen=True)
class ReviewPage:
    """One page of the review section: up to ``REVIEW_PAGE_SIZE`` items of one group."""

    path: str
    """``review/actors.md``, ``review/statements-2.md``."""
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
        """The page's file name within ``review/``: what links between its pages use."""
        return self.path.removeprefix("review/")


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
                path = f"review/{group}{suffix}.md"
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
    """Every new actor, merge, rejection and ambiguous mention, most mentioned first."""
    entities = {e.key: e for e in resolved.entities}
    sentences = resolved.sentences

    def example(article: str, index: int) -> str:
        found = sentences.get(article, ())
        return found[index].text if 0 <= index < len(found) else ""

    mentions: dict[str, list] = defaultdict(list)
    for m in resolved.mentions:
        mentions[m.entity].append(m)
    items: list[Item] = []
    for entity in sorted(entities.values(), key=lambda e: e.key):
        if entity.curated or entity.kind != "actors":
            continue
        found = mentions.get(entity.key, [])
        sentences_named = {(m.article, m.sentence) for m in found}
        examples = tuple(
            text for a, s in sorted(sentences_named)[:EXAMPLES] if (text := example(a, s))
        )
        fixes = [_accept(entity.name, entity.type, entity.aliases, entity.id)]
        for other in ("person", "organisation", "state", "media"):
            if other != entity.type:
                fixes.append(
                    Fix(
                        f"Accept as {other}",
                        content_file("actors", entity.id),
                        _dump({"name": entity.name, "type": other}),
                        True,
                    )
                )
                break
        fixes.append(_reject(entity.name))
        items.append(
            Item(
                "new actor",
                entity.name,
                f"proposed type {entity.type}, named in {len(sentences_named)} sentence"
                + ("" if len(sentences_named) == 1 else "s"),
                entity.key,
                examples,
                tuple(fixes),
            )
        )
    for decision in resolved.decisions:
        items.append(_decision_item(decision, entities, example))
    for entity in sorted(entities.values(), key=lambda e: e.key):
        if not entity.curated and entity.kind != "actors":
            items.append(_proposal_item(entity, entities, mentions.get(entity.key, []), example))
    for statement in resolved.statements:
        speaker = entities.get(statement.speaker)
        items.append(
            Item(
                "proposed statement",
                f"{speaker.name if speaker else statement.speaker}: “{_short(statement.quote)}”",
                f"said on {statement.date}",
                statement.speaker if speaker else None,
                (example(statement.article, statement.sentence),),
                (_reject_proposal(statement_key(statement.id)),),
            )
        )
    order = {kind: i for i, kind in enumerate(k for kinds in FILTERS.values() for k in kinds)}
    items.sort(key=lambda i: (order[i.kind], i.name.casefold(), i.name))
    return Review(tuple(items))


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _reject_proposal(key: str) -> Fix:
    return Fix("Reject: never publish it", "briefing.yml", _dump({"reject": [key]}), False)


def _proposal_item(
    entity: Entity,
    entities: dict[str, Entity],
    found: list,
    example: Callable[[str, int], str],
) -> Item:
    """A proposed event or agreement: accepting it makes it curated (its id, so its address,
    stays); its participants or parties need actor files of their own first."""
    field = "participants" if entity.kind == "events" else "parties"
    involved = [entities[actor_key(p)] for p in entity.parties if actor_key(p) in entities]
    data: dict = {"name": entity.name, "type": entity.type}
    for key, value in (("date", entity.date), ("place", entity.place)):
        if value:
            data[key] = value
    if involved:
        data[field] = [a.id for a in involved]
    if entity.agreement:
        data["agreement"] = entity.agreement
    uncurated = [a.name for a in involved if not a.curated]
    label = "Accept" + (f" (accept {', '.join(uncurated)} as actors first)" if uncurated else "")
    sentences = sorted({(m.article, m.sentence) for m in found})
    kind = "proposed event" if entity.kind == "events" else "proposed agreement"
    return Item(
        kind,
        entity.name,
        f"{entity.type}, {entity.date or 'undated'}"
        + (f", {field}: {', '.join(a.name for a in involved)}" if involved else "")
        + f"; from {len(sentences)} sentence{'' if len(sentences) == 1 else 's'}",
        entity.key,
        tuple(t for a, s in sentences[:EXAMPLES] if (t := example(a, s))),
        (
            Fix(label, content_file(entity.kind, entity.id), _dump(data), True),
            _reject_proposal(entity.key),
        ),
    )


def _decision_item(
    decision: Decision, entities: dict[str, Entity], example: Callable[[str, int], str]
) -> Item:
    examples = tuple(text for a, s in decision.where[:EXAMPLES] if (text := example(a, s)))
    own = _accept(decision.name, "organisation", (), slugify(decision.name))
    if decision.action == "merged" and decision.key in entities:
        target = entities[decision.key]
        confirm = (
            Fix(
                f"Confirm: add it to {target.name}'s names",
                content_file("actors", target.id),
                _dump({"aliases": [decision.name]}),
                False,
            )
            if target.curated
            else _accept(target.name, target.type, (decision.name,), target.id)
        )
        split = _accept(decision.name, target.type, (), slugify(decision.name))
        return Item(
            "merged",
            decision.name,
            f"joined {target.name}: {decision.reason}",
            decision.key,
            examples,
            (confirm, Fix("Split: its own actor", split.path, split.yaml, True)),
        )
    fixes = [own]
    if decision.action == "rejected":
        fixes.append(_reject(decision.name))
    return Item(
        decision.action,
        decision.name,
        f"{decision.reason}; named {decision.mentions} time"
        + ("" if decision.mentions == 1 else "s"),
        None,
        examples,
        tuple(fixes),
    )


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
