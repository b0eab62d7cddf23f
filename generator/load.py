"""Stage 1: read a content folder into validated plain data.

Every problem is collected with its file and line and raised once, as a BuildError, so a
contributor fixes a pull request in one round. A file with one error is still checked for
all its others. Nothing here imports spaCy: ``check`` is fast.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from .errors import BuildError, ContentError, did_you_mean, display_path
from .ids import RESERVED
from .model import (
    ACTOR_TYPES,
    AGREEMENT_TYPES,
    EVENT_TYPES,
    KINDS,
    Annotation,
    Article,
    Briefing,
    Content,
    Entity,
    Source,
    is_calendar_day,
)
from .yamlio import LineDict, LineList, YamlError, parse_yaml

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
FULL_DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
HTML_RE = re.compile(r"</?[a-zA-Z!?][^<>]*>")
"""A tag, as browsers and Markdown read one: '<' right before a letter, '/', '!' or '?'.
Prose such as 'a<b' or '< script and 3 > 2' passes: escaping makes every character literal
anyway, and the theme prints titles escaped (templates/theme/)."""
SNIPPET_RE = re.compile(r"-{1,3}8<-{1,3}|;(?:-{1,3})8<")
NAME_FORBIDDEN_RE = re.compile(r"[<>\[\]{}|\\`*_#\n]")
GENERIC_WORDS = frozenset(
    "the a an he she it they him her his its their them this that these those we us our".split()
)
"""An alias made only of these would link every 'the' or 'he' in every article."""

TYPES = {"actors": ACTOR_TYPES, "agreements": AGREEMENT_TYPES, "events": EVENT_TYPES}
_COMMON = {"name", "type", "aliases", "description", "wikidata"}
_DATED = {"date", "end_date", "place"}
ENTITY_FIELDS = {
    "actors": _COMMON | {"adjectives"},
    "agreements": _COMMON | _DATED | {"parties"},
    "events": _COMMON | _DATED | {"participants", "about", "agreement"},
}
REQUIRED = {
    "actors": {"name", "type"},
    "agreements": {"name", "type"},
    "events": {"name", "type", "date"},
}
PARTY_FIELD = {"agreements": "parties", "events": "participants"}
ARTICLE_FIELDS = {"title", "date", "source", "url", "language", "annotations", "ignore", "dateline"}
ARTICLE_REQUIRED = {"title", "date", "source", "language"}
BRIEFING_FIELDS = {"title", "summary", "key_actors", "ignore"}


class _Collector:
    """Gathers errors for one file; keeps call sites short."""

    def __init__(self, path: Path, errors: list[ContentError]):
        self.path = display_path(path)
        self.errors = errors

    def add(self, line: int, code: str, message: str, hint: str = "") -> None:
        self.errors.append(ContentError(self.path, line, code, message, hint))


def load_content(content_dir: Path) -> Content:
    """Read and validate a whole content folder; raise BuildError listing every problem."""
    errors: list[ContentError] = []
    if not content_dir.is_dir():
        raise BuildError(
            [
                ContentError(
                    display_path(content_dir),
                    0,
                    "E000",
                    "content folder not found",
                    "pass --content DIR pointing at a folder with articles/ and actors/",
                )
            ]
        )
    briefing = _load_briefing(content_dir / "briefing.yml", errors)
    entities: list[Entity] = []
    for kind in KINDS:
        for path in _files(content_dir / kind, ".yml", errors):
            entity = _load_entity(kind, path, errors)
            if entity is not None:
                entities.append(entity)
    articles = [
        a
        for path in _files(content_dir / "articles", ".md", errors)
        if (a := _load_article(path, errors)) is not None
    ]
    _check_references(briefing, entities, articles, errors)
    if errors:
        raise BuildError(errors)
    return Content(
        briefing=briefing,
        articles=tuple(sorted(articles, key=lambda a: a.id)),
        entities=tuple(sorted(entities, key=lambda e: e.key)),
    )


def _files(folder: Path, suffix: str, errors: list[ContentError]) -> list[Path]:
    """Content files of one folder, sorted; odd names and symlinks are errors, not skipped."""
    if folder.is_symlink():
        _Collector(folder, errors).add(
            0, "E002", "symbolic links are not allowed in content", "make it a real folder"
        )
        return []
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name == "README.md":
            continue
        where = _Collector(path, errors)
        if path.is_symlink():
            where.add(
                0,
                "E002",
                "symbolic links are not allowed in content",
                "copy the file instead; links can point outside the repository",
            )
        elif path.is_dir():
            where.add(0, "E001", f"unexpected folder in {folder.name}/", "content folders are flat")
        elif not path.is_file():
            where.add(0, "E001", "not a regular file", "content holds only text files")
        elif path.suffix != suffix:
            where.add(
                0, "E001", f"unexpected file in {folder.name}/", f"files here end in '{suffix}'"
            )
        elif not ID_RE.match(path.stem):
            where.add(
                0,
                "E001",
                f"file name '{path.name}' is not a valid id",
                f"use lower-case letters, digits and single hyphens, e.g. 'vladimir-putin{suffix}'",
            )
        elif path.stem in RESERVED:
            where.add(0, "E001", f"'{path.stem}' is a reserved id", "choose another file name")
        else:
            out.append(path)
    return out


def _read_text(path: Path, where: _Collector) -> str | None:
    try:
        return path.read_text(encoding="utf-8").replace("\r\n", "\n").lstrip("\ufeff")
    except UnicodeDecodeError:
        where.add(0, "E003", "file is not valid UTF-8", "save it as UTF-8")
    except OSError as exc:
        where.add(0, "E003", f"cannot read file: {exc.strerror}")
    return None


def _read_yaml(text: str, where: _Collector, first_line: int = 1) -> Any:
    try:
        return parse_yaml(text, first_line)
    except YamlError as exc:
        where.add(
            exc.line,
            "E010",
            exc.message,
            "check indentation and quote values that contain ':' or '#'",
        )
    return None


def _mapping(path: Path, where: _Collector, what: str, hint: str) -> LineDict | None:
    """The file's YAML as a mapping, or None with an error explaining why not."""
    before = len(where.errors)
    text = _read_text(path, where)
    data = _read_yaml(text, where) if text is not None else None
    if isinstance(data, LineDict):
        return data
    if len(where.errors) == before:
        where.add(1, "E011", f"{what} must be a mapping of fields", hint)
    return None


def _check_keys(data: LineDict, allowed: set[str], required: set[str], where: _Collector) -> None:
    for key in data:
        if key not in allowed:
            where.add(
                data.line_of(key),
                "E012",
                f"unknown field '{key}'",
                did_you_mean(key, allowed) or f"allowed fields: {', '.join(sorted(allowed))}",
            )
    for key in sorted(required):
        value = data.get(key)
        if key not in data:
            where.add(data.line, "E013", f"missing required field '{key}'")
        elif value is None or (isinstance(value, str) and not value.strip()):
            where.add(data.line_of(key), "E013", f"required field '{key}' is empty")


def _text(data: LineDict, key: str, where: _Collector, *, name: bool = False) -> str | None:
    """A single-line or paragraph string field, checked for raw HTML and snippet syntax."""
    value = data.get(key)
    if value is None:
        return None
    line = data.line_of(key)
    if not isinstance(value, str):
        where.add(line, "E014", f"field '{key}' must be text", "write it as a single value")
        return None
    value = " ".join(value.split())
    _check_safe(value, line, where)
    if name and NAME_FORBIDDEN_RE.search(value):
        where.add(
            line,
            "E204",
            f"'{value}' contains characters not allowed in a name",
            "names may not contain < > [ ] { } | \\ ` * _ #",
        )
    return value or None


def _check_safe(value: str, line: int, where: _Collector) -> None:
    if HTML_RE.search(value):
        where.add(
            line,
            "E200",
            "raw HTML is not allowed in content",
            "write plain text; the generator adds all markup itself",
        )
    if SNIPPET_RE.search(value):
        where.add(
            line,
            "E201",
            "snippet include syntax ('--8<--') is not allowed in content",
            "content is published as text and cannot include files",
        )


def _list(data: LineDict, key: str, where: _Collector) -> list[tuple[str, int]]:
    """A list-of-strings field as (value, line) pairs; a lone string counts as a list of one."""
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [(" ".join(value.split()), data.line_of(key))]
    if not isinstance(value, LineList):
        where.add(data.line_of(key), "E014", f"field '{key}' must be a list")
        return []
    out = []
    for item, line in zip(value, value.item_lines, strict=True):
        if not isinstance(item, str):
            where.add(line, "E014", f"items of '{key}' must be text")
            continue
        out.append((" ".join(item.split()), line))
    return out


def _date(data: LineDict, key: str, where: _Collector, *, full: bool = False) -> str | None:
    value = _text(data, key, where)
    if value is None:
        return None
    pattern = FULL_DATE_RE if full else DATE_RE
    if not pattern.match(value) or (len(value) == 10 and not is_calendar_day(value)):
        where.add(
            data.line_of(key),
            "E016",
            f"'{value}' is not a valid date",
            "use YYYY-MM-DD" if full else "use YYYY, YYYY-MM or YYYY-MM-DD",
        )
        return None
    return value


def _load_briefing(path: Path, errors: list[ContentError]) -> Briefing:
    where = _Collector(path, errors)
    fallback = Briefing(title="Briefing", summary="", source=Source(where.path, 0))
    if path.is_symlink():
        where.add(0, "E002", "symbolic links are not allowed in content", "copy the file instead")
        return fallback
    if not path.is_file():
        where.add(0, "E013", "briefing.yml is missing", "add a title and a one-paragraph summary")
        return fallback
    data = _mapping(path, where, "briefing.yml", "start with 'title: ...'")
    if data is None:
        return fallback
    _check_keys(data, BRIEFING_FIELDS, {"title"}, where)
    ignore = _list(data, "ignore", where)
    for value, line in ignore:
        _check_safe(value, line, where)
    key_actors = _list(data, "key_actors", where)
    return Briefing(
        title=_text(data, "title", where, name=True) or "Briefing",
        summary=_text(data, "summary", where) or "",
        key_actors=tuple(v for v, _ in key_actors),
        ignore=tuple(v for v, _ in ignore),
        source=Source(where.path, data.line),
        refs=tuple(key_actors),
    )


def _load_entity(kind: str, path: Path, errors: list[ContentError]) -> Entity | None:
    """One curated entity; every field is checked even when an earlier one is wrong."""
    where = _Collector(path, errors)
    data = _mapping(path, where, "an entity file", "start with 'name: ...' on the first line")
    if data is None:
        return None
    _check_keys(data, ENTITY_FIELDS[kind], REQUIRED[kind], where)
    name = _text(data, "name", where, name=True)
    type_ = _text(data, "type", where)
    if type_ is not None and type_ not in TYPES[kind]:
        where.add(
            data.line_of("type"),
            "E015",
            f"unknown {kind[:-1]} type '{type_}'",
            did_you_mean(type_, TYPES[kind]) or f"use one of: {', '.join(TYPES[kind])}",
        )
    aliases = _aliases(data, name, where)
    adjectives = _aliases(data, name, where, "adjectives") if kind == "actors" else []
    wikidata = _text(data, "wikidata", where)
    if wikidata is not None and not QID_RE.match(wikidata):
        where.add(
            data.line_of("wikidata"),
            "E016",
            f"'{wikidata}' is not a Wikidata id",
            "use the Q-number from the item's URL, e.g. Q7747",
        )
    description = _text(data, "description", where) or ""
    dated = kind != "actors"
    when = _date(data, "date", where) if dated else None
    end = _date(data, "end_date", where) if dated else None
    if when and end and end < when:
        where.add(data.line_of("end_date"), "E016", "end_date is before date")
    place = _text(data, "place", where) if dated else None
    party_field = PARTY_FIELD.get(kind)
    parties = _list(data, party_field, where) if party_field else []
    about = _list(data, "about", where) if kind == "events" else []
    agreement = _text(data, "agreement", where) if kind == "events" else None
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
        aliases=tuple(aliases),
        adjectives=tuple(adjectives),
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
    )


def _aliases(
    data: LineDict, name: str | None, where: _Collector, field: str = "aliases"
) -> list[str]:
    """Other names (``aliases``) or adjectives (``adjectives``: Iranian, Russian) of an entity."""
    what = field[:-1] if field == "adjectives" else "alias"
    aliases: list[str] = []
    for alias, line in _list(data, field, where):
        _check_safe(alias, line, where)
        if NAME_FORBIDDEN_RE.search(alias):
            where.add(line, "E204", f"{what} '{alias}' contains characters not allowed in a name")
        elif not alias or all(
            w.lower() in GENERIC_WORDS and not w.isupper() for w in alias.split()
        ):
            where.add(
                line,
                "E204",
                f"{what} '{alias}' is empty or too generic",
                "an alias is matched everywhere; use an article annotation instead"
                if field == "aliases"
                else "use the proper adjective, e.g. Iranian",
            )
        elif field == "adjectives" and not alias[:1].isupper():
            where.add(
                line,
                "E204",
                f"adjective '{alias}' does not start with a capital letter",
                "use the proper adjective, e.g. Iranian; a common word would name nothing",
            )
        elif (field == "aliases" and alias == name) or alias in aliases:
            where.add(line, "E105", f"{what} '{alias}' is listed twice", "remove the repeat")
        else:
            aliases.append(alias)
    return aliases


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Split front matter from a body: (yaml, body, first body line).

    None when the file does not start with ``---``; a body line of -1 when the front matter
    is never closed. Only a ``---`` at column 0 closes it (an indented one is YAML text).
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    return "", "", -1


def split_paragraphs(body: str, first_line: int) -> list[tuple[str, int]]:
    """Body paragraphs (separated by blank lines) with the file line each starts on."""
    paragraphs: list[tuple[str, int]] = []
    current: list[str] = []
    start = first_line
    for offset, raw in enumerate(body.split("\n")):
        if raw.strip():
            if not current:
                start = first_line + offset
            current.append(raw.strip())
        elif current:
            paragraphs.append((" ".join(" ".join(current).split()), start))
            current = []
    if current:
        paragraphs.append((" ".join(" ".join(current).split()), start))
    return paragraphs


def _load_article(path: Path, errors: list[ContentError]) -> Article | None:
    where = _Collector(path, errors)
    text = _read_text(path, where)
    if text is None:
        return None
    parts = split_front_matter(text)
    if parts is None:
        where.add(
            1,
            "E020",
            "article has no front matter",
            "start the file with '---', the fields (title, date, source, language), '---'",
        )
        return None
    front, body, body_line = parts
    if body_line < 0:
        where.add(1, "E021", "front matter is not closed", "end the fields with a line '---'")
        return None
    before = len(errors)
    data = _read_yaml(front, where, first_line=2)
    if not isinstance(data, LineDict):
        if len(errors) == before:
            where.add(2, "E011", "front matter must be a mapping of fields")
        return None
    _check_keys(data, ARTICLE_FIELDS, ARTICLE_REQUIRED, where)
    title = _text(data, "title", where)
    when = _date(data, "date", where, full=True)
    if when and not path.stem.startswith(when + "-"):
        where.add(
            data.line_of("date"),
            "E017",
            f"file name does not start with the article date {when}",
            f"rename the file to {when}-<slug>.md",
        )
    url = _text(data, "url", where)
    if url is not None and not re.match(r"^https?://[^\s<>\"]+$", url):
        where.add(
            data.line_of("url"),
            "E202",
            f"'{url}' is not an http(s) URL",
            "give the full address starting with https://",
        )
    paragraphs = split_paragraphs(body, body_line)
    if not paragraphs:
        where.add(body_line, "E022", "article has no body text", "add paragraphs after the '---'")
    for paragraph, line in paragraphs:
        _check_safe(paragraph, line, where)
    full_text = "\n".join(p for p, _ in paragraphs)
    annotations = _annotations(data, full_text, where)
    ignore = []
    for value, line in _list(data, "ignore", where):
        _check_safe(value, line, where)
        if value not in full_text:
            where.add(
                line,
                "E106",
                f"ignored text '{value}' does not occur in the article",
                "copy the text exactly as it appears in the body",
            )
        ignore.append(value)
    dateline = _text(data, "dateline", where)
    source = _text(data, "source", where)
    language = _text(data, "language", where)
    if not (title and when and source and language):
        return None
    return Article(
        id=path.stem,
        title=title,
        date=when,
        source=source,
        url=url,
        language=language,
        paragraphs=tuple(p for p, _ in paragraphs),
        annotations=tuple(annotations),
        ignore=tuple(ignore),
        dateline=dateline,
        path=where.path,
        paragraph_lines=tuple(line for _, line in paragraphs),
    )


def _annotations(data: LineDict, full_text: str, where: _Collector) -> list[Annotation]:
    value = data.get("annotations")
    if value is None:
        return []
    if not isinstance(value, LineList):
        where.add(
            data.line_of("annotations"),
            "E014",
            "'annotations' must be a list",
            "each item: '- text: ...' and 'entity: actors/<id>'",
        )
        return []
    out: list[Annotation] = []
    meaning: dict[str, str] = {}
    for item, line in zip(value, value.item_lines, strict=True):
        if not isinstance(item, LineDict):
            where.add(
                line,
                "E014",
                "each annotation needs 'text' and 'entity'",
                "write '- text: the pact' then '  entity: agreements/<id>'",
            )
            continue
        _check_keys(item, {"text", "entity"}, {"text", "entity"}, where)
        text = _text(item, "text", where)
        entity = _text(item, "entity", where)
        if text and not re.search(rf"(?<!\w){re.escape(text)}(?!\w)", full_text):
            where.add(
                item.line_of("text"),
                "E106",
                f"annotated text '{text}' does not occur in the article as whole words",
                "copy the text exactly as it appears in the body",
            )
        if text and text in meaning and entity != meaning[text]:
            where.add(
                item.line_of("text"),
                "E105",
                f"'{text}' is annotated twice, as {meaning[text]} and {entity}",
                "an annotation applies to every occurrence; keep one",
            )
            continue
        if text and entity:
            meaning[text] = entity
            out.append(Annotation(text=text, entity=entity, line=item.line_of("entity")))
    return out


def _check_references(
    briefing: Briefing,
    entities: list[Entity],
    articles: list[Article],
    errors: list[ContentError],
) -> None:
    """Cross-file checks: every id exists, and no name or alias means two entities."""
    keys = {e.key for e in entities}
    known = {
        "actor": {e.id for e in entities if e.kind == "actors"},
        "agreement": {e.id for e in entities if e.kind == "agreements"},
    }

    def ref(path: str, line: int, value: str, what: str) -> None:
        if value not in known[what]:
            errors.append(
                ContentError(
                    path,
                    line,
                    "E103",
                    f"unknown {what} '{value}'",
                    did_you_mean(value, known[what]) or f"add content/{what}s/{value}.yml",
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
            if annotation.entity not in keys:
                errors.append(
                    ContentError(
                        article.path,
                        annotation.line,
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
                errors.append(
                    ContentError(
                        other.source.path,
                        other.source.line,
                        "E104",
                        f"name, alias or adjective '{name}' is also used by {first.key}",
                        "a name must mean one entity; use an article annotation for a local "
                        "meaning",
                    )
                )
