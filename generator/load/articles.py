"""Articles: front matter, paragraphs with their lines, annotations and ignore lists."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ContentError
from ..model import (
    Annotation,
    Article,
)
from ..yamlio import LineDict, LineList
from .collect import Collector
from .fields import (
    ARTICLE_HINTS,
    check_keys,
    check_safe,
    date_field,
    list_field,
    read_yaml,
    text_field,
)
from .files import read_text
from .schema import (
    ARTICLE_FIELDS,
    ARTICLE_REQUIRED,
    CONTROL_RE,
    MAX_ARTICLE_CHARS,
    MAX_PARAGRAPH_CHARS,
)


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


def load_article(path: Path, errors: list[ContentError]) -> Article | None:
    where = Collector(path, errors)
    text = read_text(path, where)
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
    data = read_yaml(front, where, first_line=2)
    if not isinstance(data, LineDict):
        if len(errors) == before:
            where.add(2, "E011", "front matter must be a mapping of fields")
        return None
    check_keys(data, ARTICLE_FIELDS, ARTICLE_REQUIRED, where, ARTICLE_HINTS)
    title = text_field(data, "title", where)
    when = date_field(data, "date", where, full=True)
    if when and not path.stem.startswith(when + "-"):
        where.add(
            data.line_of("date"),
            "E017",
            f"file name does not start with the article date {when}",
            f"rename the file to {when}-<slug>.md",
        )
    url = text_field(data, "url", where)
    if url is not None and not re.match(r"^https?://[^\s<>\"]+$", url):
        where.add(
            data.line_of("url"),
            "E202",
            f"'{url}' is not an http(s) URL",
            "give the full address starting with https://",
        )
    paragraphs = split_paragraphs(CONTROL_RE.sub("", body), body_line)
    if not paragraphs:
        where.add(body_line, "E022", "article has no body text", "add paragraphs after the '---'")
    for paragraph, line in paragraphs:
        check_safe(paragraph, line, where)
        if len(paragraph) > MAX_PARAGRAPH_CHARS:
            where.add(
                line,
                "E004",
                f"paragraph of {len(paragraph):,} characters, more than the "
                f"{MAX_PARAGRAPH_CHARS:,} allowed",
                "separate its paragraphs with blank lines",
            )
    total = sum(len(p) for p, _ in paragraphs)
    if total > MAX_ARTICLE_CHARS:
        where.add(
            body_line,
            "E004",
            f"article of {total:,} characters, more than the {MAX_ARTICLE_CHARS:,} allowed",
            "split it into several articles",
        )
    full_text = "\n".join(p for p, _ in paragraphs)
    annotations = _annotations(data, full_text, where)
    ignore = []
    for value, line in list_field(data, "ignore", where):
        check_safe(value, line, where)
        if value not in full_text:
            where.add(
                line,
                "E106",
                f"ignored text '{value}' does not occur in the article",
                "copy the text exactly as it appears in the body",
            )
        ignore.append(value)
    dateline = text_field(data, "dateline", where)
    source = text_field(data, "source", where)
    language = text_field(data, "language", where)
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


def _annotations(data: LineDict, full_text: str, where: Collector) -> list[Annotation]:
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
        check_keys(item, {"text", "entity"}, {"text", "entity"}, where)
        text = text_field(item, "text", where)
        entity = text_field(item, "entity", where)
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
