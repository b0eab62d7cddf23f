"""briefing.yml and the curated actors, agreements and events."""

from __future__ import annotations

from pathlib import Path

from ..errors import ContentError, did_you_mean
from ..model import KIND, Briefing, Entity, Source
from .collect import Collector, Wanted
from .fields import (
    ENTITY_HINTS,
    alias_field,
    check_keys,
    check_safe,
    date_field,
    list_field,
    read_mapping,
    text_field,
)
from .schema import (
    BRANCH_RE,
    BRIEFING_FIELDS,
    ENTITY_FIELDS,
    PARTY_FIELD,
    PROPOSAL_RE,
    QID_RE,
    REQUIRED,
    TYPES,
    repo_url_problem,
)


def load_briefing(path: Path, errors: list[ContentError], wanted: list[Wanted]) -> Briefing:
    where = Collector(path, errors)
    fallback = Briefing(title="Briefing", summary="", source=Source(where.path, 0))
    if path.is_symlink():
        where.add(0, "E002", "symbolic links are not allowed in content", "copy the file instead")
        return fallback
    if not path.is_file():
        where.add(
            0,
            "E013",
            "briefing.yml is missing",
            "create it with a line 'title: <the briefing's title>' (a 'summary' is optional), "
            "or start a new briefing with the 'init' command",
        )
        return fallback
    data = read_mapping(path, where, "briefing.yml", "start with 'title: ...'")
    if data is None:
        return fallback
    check_keys(data, BRIEFING_FIELDS, {"title"}, where)
    ignore = list_field(data, "ignore", where)
    for value, line in ignore:
        check_safe(value, line, where)
        wanted.append(Wanted(where.path, line, "ignored text", value))
    key_actors = list_field(data, "key_actors", where)
    reject = list_field(data, "reject", where)
    for value, line in reject:
        if not PROPOSAL_RE.match(value):
            where.add(
                line,
                "E014",
                f"'{value}' is not a proposal's key",
                "write events/<id>, agreements/<id> or statements/<id>, as the review shows",
            )
    repo_url = text_field(data, "repo_url", where)
    if repo_url is not None and (problem := repo_url_problem(repo_url)):
        hint = "the repository's https address, e.g. https://github.com/<owner>/<name>"
        where.add(data.line_of("repo_url"), "E018", problem, hint)
        repo_url = None
    branch = text_field(data, "edit_branch", where)
    if branch is not None and not BRANCH_RE.match(branch):
        hint = "the branch edits are proposed against, e.g. main"
        where.add(data.line_of("edit_branch"), "E018", f"'{branch}' is not a branch name", hint)
        branch = None
    return Briefing(
        title=text_field(data, "title", where, name=True) or "Briefing",
        summary=text_field(data, "summary", where) or "",
        key_actors=tuple(v for v, _ in key_actors),
        ignore=tuple(v for v, _ in ignore),
        reject=tuple(v for v, _ in reject if PROPOSAL_RE.match(v)),
        repo_url=repo_url,
        edit_branch=branch or "main",
        source=Source(where.path, data.line),
        refs=tuple(key_actors),
        ignore_refs=tuple(ignore),
        reject_refs=tuple(reject),
    )


def load_entity(
    kind: str, path: Path, errors: list[ContentError], wanted: list[Wanted]
) -> Entity | None:
    """One curated entity; every field is checked even when an earlier one is wrong."""
    where = Collector(path, errors)
    data = read_mapping(path, where, "an entity file", "start with 'name: ...' on the first line")
    if data is None:
        return None
    check_keys(data, ENTITY_FIELDS[kind], REQUIRED[kind], where, ENTITY_HINTS)
    name = text_field(data, "name", where, name=True)
    type_ = text_field(data, "type", where)
    if type_ is not None and type_ not in TYPES[kind]:
        where.add(
            data.line_of("type"),
            "E015",
            f"unknown {KIND[kind].singular} type '{type_}'",
            did_you_mean(type_, TYPES[kind]) or f"use one of: {', '.join(TYPES[kind])}",
        )
    aliases = alias_field(data, name, where)
    adjectives = alias_field(data, name, where, "adjectives") if kind == "actors" else []
    names = tuple(n for n in (name, *(a for a, _ in (*aliases, *adjectives))) if n)
    for what, found in (("alias", aliases), ("adjective", adjectives)):
        wanted.extend(
            Wanted(where.path, line, what, value, tuple(n for n in names if n != value))
            for value, line in found
        )
    wikidata = text_field(data, "wikidata", where)
    if wikidata is not None and not QID_RE.match(wikidata):
        where.add(
            data.line_of("wikidata"),
            "E016",
            f"'{wikidata}' is not a Wikidata id",
            "use the Q-number from the item's URL, e.g. Q7747",
        )
    description = text_field(data, "description", where) or ""
    dated = kind != "actors"
    when = date_field(data, "date", where) if dated else None
    end = date_field(data, "end_date", where) if dated else None
    if when and end and end < when:
        where.add(data.line_of("end_date"), "E016", "end_date is before date")
    place = text_field(data, "place", where) if dated else None
    party_field = PARTY_FIELD.get(kind)
    parties = list_field(data, party_field, where) if party_field else []
    about = list_field(data, "about", where) if kind == "events" else []
    agreement = text_field(data, "agreement", where) if kind == "events" else None
    # (id, line) of every reference, so a bad one is reported on its own line.
    refs = [("actor", value, line) for value, line in (*parties, *about)]
    if agreement:
        refs.append(("agreement", agreement, data.line_of("agreement")))
    if not name or type_ not in TYPES[kind]:
        return None
    return Entity(
        kind=kind,
        id=path.stem,
        name=name,
        type=type_,
        aliases=tuple(a for a, _ in aliases),
        adjectives=tuple(a for a, _ in adjectives),
        description=description,
        date=when,
        end_date=end,
        place=place,
        parties=tuple(p for p, _ in parties),
        about=tuple(a for a, _ in about),
        agreement=agreement,
        wikidata=wikidata,
        source=Source(where.path, data.line),
        refs=tuple(refs),
        name_lines=((name, data.line_of("name")), *aliases, *adjectives),
    )
