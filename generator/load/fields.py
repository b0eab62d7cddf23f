"""Reading and checking the fields of one YAML mapping: text, lists, dates, aliases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import did_you_mean
from ..model import (
    is_calendar_day,
)
from ..yamlio import LineDict, LineList, YamlError, YamlWarning, parse_yaml
from .collect import Collector
from .files import read_text
from .names import check_invisible, check_scripts
from .schema import (
    DATE_RE,
    FULL_DATE_RE,
    GENERIC_WORDS,
    HTML_RE,
    MAX_YEAR,
    MIN_YEAR,
    NAME_FORBIDDEN_RE,
    SNIPPET_RE,
)


def read_yaml(text: str, where: Collector, first_line: int = 1) -> Any:
    warnings: list[YamlWarning] = []
    try:
        data = parse_yaml(text, first_line, warnings)
    except YamlError as exc:
        where.add(exc.line, "E010", exc.message, exc.hint)
        return None
    for warning in warnings:
        where.add(warning.mark, "W101", warning.message, warning.hint)
    return data


def read_mapping(path: Path, where: Collector, what: str, hint: str) -> LineDict | None:
    """The file's YAML as a mapping, or None with an error explaining why not."""
    before = len(where.errors)
    text = read_text(path, where)
    data = read_yaml(text, where) if text is not None else None
    if isinstance(data, LineDict):
        return data
    if len(where.errors) == before:
        where.add(1, "E011", f"{what} must be a mapping of fields", hint)
    return None


def check_keys(
    data: LineDict,
    allowed: set[str],
    required: set[str],
    where: Collector,
    hints: dict[str, str] | None = None,
) -> None:
    """Unknown fields (with a 'did you mean'), and required ones missing or empty, with
    ``hints`` saying what to write in each (default: the field's line to add)."""
    for key in data:
        if key not in allowed:
            where.add(
                data.key_mark(key),
                "E012",
                f"unknown field '{key}'",
                did_you_mean(key, allowed) or f"allowed fields: {', '.join(sorted(allowed))}",
            )
    for key in sorted(required):
        value = data.get(key)
        hint = (hints or {}).get(key, f"add a line '{key}: ...'")
        if key not in data:
            where.add(data.line, "E013", f"missing required field '{key}'", hint)
        elif value is None or (isinstance(value, str) and not value.strip()):
            where.add(data.line_of(key), "E013", f"required field '{key}' is empty", hint)


ENTITY_HINTS = {
    "date": "the day it happened: YYYY, YYYY-MM or YYYY-MM-DD; a year is enough",
    "name": "the name its page shows, e.g. 'name: Vladimir Putin'",
    "type": "e.g. 'type: person'; content/README.md lists the types of each folder",
}
"""What to write in an actor's, agreement's or event's required field left out or empty (the
review offers an undated event with an empty ``date`` to fill in)."""
ARTICLE_HINTS = {
    "date": "its publication date, YYYY-MM-DD, the one the file name starts with",
    "title": "the headline, e.g. 'title: Russia ready to expand ties with Iran'",
    "source": "the outlet, e.g. 'source: Reuters'",
    "language": "e.g. 'language: en'",
}
"""The same for an article's front matter."""


def text_field(data: LineDict, key: str, where: Collector, *, name: bool = False) -> str | None:
    """A single-line or paragraph string field, checked for raw HTML and snippet syntax."""
    value = data.get(key)
    if value is None:
        return None
    line = data.line_of(key)
    if not isinstance(value, str):
        where.add(line, "E014", f"field '{key}' must be text", "write it as a single value")
        return None
    check_invisible(value, line, where)
    value = " ".join(value.split())
    check_safe(value, line, where)
    if name and NAME_FORBIDDEN_RE.search(value):
        where.add(
            line,
            "E204",
            f"'{value}' contains characters not allowed in a name",
            "names may not contain < > [ ] { } | \\ ` * _ #",
        )
    if name:
        check_scripts(value, line, where)
    return value or None


def check_safe(value: str, line: int, where: Collector) -> None:
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


def list_field(
    data: LineDict, key: str, where: Collector, *, raw: bool = False
) -> list[tuple[str, int]]:
    """A list-of-strings field as (value, line) pairs; a lone string counts as a list of one.
    Whitespace is normalised unless ``raw`` (the caller checks the text first)."""
    clean = (lambda text: text) if raw else (lambda text: " ".join(text.split()))
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [(clean(value), data.line_of(key))]
    if not isinstance(value, LineList):
        where.add(data.line_of(key), "E014", f"field '{key}' must be a list")
        return []
    out: list[tuple[str, int]] = []
    for item, line in zip(value, value.item_lines, strict=True):
        if not isinstance(item, str):
            where.add(line, "E014", f"items of '{key}' must be text")
            continue
        out.append((clean(item), line))
    return out


def date_field(data: LineDict, key: str, where: Collector, *, full: bool = False) -> str | None:
    value = text_field(data, key, where)
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
    if not MIN_YEAR <= int(value[:4]) <= MAX_YEAR:
        where.add(
            data.line_of(key),
            "E016",
            f"'{value}' is outside the years {MIN_YEAR}–{MAX_YEAR}",
            "check the year for a typo",
        )
        return None
    return value


def alias_field(
    data: LineDict, name: str | None, where: Collector, field: str = "aliases"
) -> list[tuple[str, int]]:
    """Other names (``aliases``) or adjectives (``adjectives``: Iranian, Russian) of an
    entity, each with where it is written."""
    what = field[:-1] if field == "adjectives" else "alias"
    aliases: list[tuple[str, int]] = []
    for alias, line in list_field(data, field, where, raw=True):
        check_invisible(alias, line, where)
        alias = " ".join(alias.split())
        check_safe(alias, line, where)
        check_scripts(alias, line, where)
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
        elif (field == "aliases" and alias == name) or alias in {a for a, _ in aliases}:
            where.add(line, "E105", f"{what} '{alias}' is listed twice", "remove the repeat")
        else:
            aliases.append((alias, line))
    return aliases
