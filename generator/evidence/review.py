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
from operator import attrgetter

from ..ids import name_order, slugify
from ..model import (
    ACTOR_TYPES,
    Content,
    Entity,
    Resolved,
    actor_key,
    content_file,
    statement_key,
)
from ..model.review import FILTERS, Fix, Item, ItemRest, Review
from ..yamlio import DATE_TO_FILL, dump_fields

EXAMPLES = 2
"""Example sentences shown per item."""
_WHERE = attrgetter("article", "sentence")
"""A mention's sentence, ``(article, sentence)``, read in C."""


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
    items.sort(key=lambda i: (order[i.kind], name_order(i.name), i.name))
    return Review(tuple(items))


def _new_actor(
    name: str,
    type_: str,
    aliases: tuple[str, ...],
    id_: str,
    sentences: int,
    examples: tuple[str, ...],
) -> ItemRest:
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


def _statement(date: str, example: str, statement: str) -> ItemRest:
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
) -> ItemRest:
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
) -> ItemRest:
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
