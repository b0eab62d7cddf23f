"""Checks across files: every id exists, no name means two entities, expected text occurs."""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..errors import ContentError, did_you_mean
from ..model import (
    Article,
    Briefing,
    Entity,
)
from .collect import Wanted
from .schema import ID_RE


def check_references(
    briefing: Briefing,
    entities: list[Entity],
    articles: list[Article],
    errors: list[ContentError],
    broken: set[str],
) -> None:
    """Cross-file checks: every id exists, and no name or alias means two entities.

    A reference to a file that exists but has errors of its own is not reported again:
    the file's own errors say what to fix.
    """
    keys = {e.key for e in entities}
    known = {
        "actor": {e.id for e in entities if e.kind == "actors"},
        "agreement": {e.id for e in entities if e.kind == "agreements"},
    }

    def ref(path: str, line: int, value: str, what: str) -> None:
        if value in known[what] or f"{what}s/{value}" in broken:
            return
        if not ID_RE.match(value):
            hint = "ids are lower-case letters, digits and single hyphens, as in the file name"
        else:
            hint = f"add {what}s/{value}.yml to the content folder"
        errors.append(
            ContentError(
                path,
                int(line),
                "E103",
                f"unknown {what} '{value}'",
                did_you_mean(value, known[what]) or hint,
                getattr(line, "column", 0),
            )
        )

    for entity in entities:
        assert entity.source is not None
        seen: set[str] = set()
        for what, value, line in entity.refs:
            ref(entity.source.path, line, value, what)
            if what == "actor" and value in seen:
                errors.append(
                    ContentError(entity.source.path, line, "E105", f"'{value}' is listed twice")
                )
            seen.add(value)
    assert briefing.source is not None
    for actor, line in briefing.refs:
        ref(briefing.source.path, line, actor, "actor")
    for article in articles:
        for annotation in article.annotations:
            if annotation.entity not in keys and annotation.entity not in broken:
                errors.append(
                    ContentError(
                        article.path,
                        int(annotation.line),
                        "E103",
                        f"unknown entity '{annotation.entity}'",
                        did_you_mean(annotation.entity, keys)
                        or "write it as actors/<id>, agreements/<id> or events/<id>",
                    )
                )
    owners: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        for name in {entity.name, *entity.aliases, *entity.adjectives}:
            owners[name].append(entity)
    for name, owning in sorted(owners.items()):
        if len(owning) > 1:
            first, *rest = sorted(owning, key=lambda e: e.key)
            for other in rest:
                assert other.source is not None
                line = _line_of(other, name)
                errors.append(
                    ContentError(
                        other.source.path,
                        int(line),
                        "E104",
                        f"name, alias or adjective '{name}' is also used by {first.key}",
                        "a name must mean one entity; use an article annotation for a local "
                        "meaning",
                        getattr(line, "column", 0),
                    )
                )
    for value, line in briefing.ignore_refs:
        if value in owners:
            owner = min(owners[value], key=lambda e: e.key)
            errors.append(
                ContentError(
                    briefing.source.path,
                    int(line),
                    "E107",
                    f"'{value}' is ignored here, but {owner.kind}/{owner.id}.yml names it",
                    f"an ignored name is never an entity: remove this line to keep "
                    f"{owner.kind}/{owner.id}.yml, or delete that file to keep it ignored",
                    getattr(line, "column", 0),
                )
            )


def _line_of(entity: Entity, name: str) -> int:
    """Where a curated file writes one of its names (its first line if not known)."""
    assert entity.source is not None
    return next((line for n, line in entity.name_lines if n == name), entity.source.line)


NEAR_FORM_TEXTS = 50
"""Articles searched for a near form of a missing alias: a typo's correct spelling is in any
article that names the entity, so a few dozen suffice however large the briefing."""


def check_unused(wanted: list[Wanted], articles: list[Article], errors: list[ContentError]) -> None:
    """Warn (W100) about text that should occur in the articles but does not.

    A briefing-wide ``ignore`` entry that occurs nowhere is dead weight or a typo. An alias
    or adjective may be curated for articles still to come ('EU'), so it is reported only
    when it looks like a typo: the articles that name the entity otherwise contain a form
    within a letter or two of it ('Vladmir Putin' where they say 'Vladimir Putin').
    Each value is searched only in the articles that contain all of its words (an index built
    once), so a large briefing is not scanned once per alias.
    """
    if not wanted:
        return  # nothing curated to look for: no index of every article's words
    texts = ["\n".join(a.paragraphs) for a in articles]
    index = _WordIndex(texts)

    def occurs_in(value: str) -> list[int]:
        pattern = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")
        return [i for i in index.candidates(value) if pattern.search(texts[i])]

    for item in wanted:
        if occurs_in(item.value):
            continue
        if item.names:
            naming = sorted({i for name in item.names for i in occurs_in(name)})
            near = _near_form(item.value, [texts[i] for i in naming[:NEAR_FORM_TEXTS]])
            if near is None:
                continue
            message = f"{item.what} '{item.value}' occurs in no article, which write '{near}'"
            hint = "correct the spelling to match the articles, or remove it"
        else:
            message = f"{item.what} '{item.value}' occurs in no article"
            hint = "check its spelling against the articles, or remove it"
        errors.append(
            ContentError(
                item.path,
                int(item.mark),
                "W100",
                message,
                hint,
                getattr(item.mark, "column", 0),
            )
        )


class _WordIndex:
    """Which articles contain a word: a value can only occur where all its words do."""

    def __init__(self, texts: list[str]):
        self.count = len(texts)
        self.postings: dict[str, set[int]] = defaultdict(set)
        for i, text in enumerate(texts):
            for word in set(re.findall(r"\w+", text)):
                self.postings[word].add(i)

    def candidates(self, value: str) -> list[int]:
        """The articles that contain every word of ``value``, in order (all, if it has none)."""
        words = set(re.findall(r"\w+", value))
        if not words:
            return list(range(self.count))
        found = set.intersection(*(self.postings.get(w, set()) for w in words))
        return sorted(found)


def _near_form(value: str, texts: list[str]) -> str | None:
    """A run of as many words in ``texts`` that differs from ``value`` by a letter or two."""
    size = len(value.split())
    candidates: set[str] = set()
    for text in texts:
        words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’.-]+", text)]
        candidates.update(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    # Optimal string alignment: a swapped pair of letters is one edit, so 'Samoansvo' finds
    # 'Samoansov' before 'Samoanson'.
    best = process.extractOne(
        value, sorted(candidates), scorer=OSA.normalized_similarity, score_cutoff=0.85
    )
    return best[0] if best else None
