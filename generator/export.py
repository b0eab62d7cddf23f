"""The machine-readable export, ``data/entities.json``, written by every build.

One list of plain objects (actors, agreements, events, articles) sorted by kind and id, so
other tools can reuse the resolved data without scraping pages. Documented in the README.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from .ids import page_path, url_for
from .model import Linked, OnDisk, Statement, article_key, date_precision
from .reuse import ALWAYS, Cutoff, Previous

KIND_NAMES = {"actors": "actor", "agreements": "agreement", "events": "event"}
KIND_ORDER = ("actor", "agreement", "event", "statement", "article")
EXPORT = "data/entities.json"
"""The export's path in the docs folder."""


@dataclass(frozen=True)
class Exported:
    """The export, and for the next build which records read nothing their page did not."""

    data: bytes
    keys: tuple[str, ...] = ()
    """Each line's record as ``kind<TAB>id``, in the file's order."""
    covered: tuple[int, ...] = ()
    """The lines whose record read only what its entity's or article's page read (every
    record, so far): a page kept next time vouches for them."""
    same: bool = False
    """Whether these are the bytes of the last build's file (``last_export``): publishing
    then links that file unread."""


@dataclass(frozen=True)
class LastExport:
    """The last build's export, if the docs folder holds the file that build recorded."""

    data: bytes = b""
    lines: Mapping[str, bytes | memoryview] = field(default_factory=dict)
    """The lines of the covered records (``Exported.covered``), without the separating
    comma, by ``kind<TAB>id``: views of ``data``, not copies (at 10,000 articles the export
    is 100 MB)."""


def export_entities(linked: Linked) -> bytes:
    """The export as JSON in UTF-8: stable key order, one record per line, trailing newline.

    Written one record at a time: at 10,000 articles the records of every mention would hold
    several hundred megabytes at once, on top of the pages. Bytes, not text: as a Python
    string the export alone took 216 MB there (two bytes a character), as UTF-8 108 MB. A
    record per line (a diff shows which changed) and not indented: ``json`` indents in
    Python but writes a line in C, five times faster, which a rebuild pays for every record."""
    return _joined([_encoded(record(linked)) for _kind, _id, _key, record in _order(linked)])


def export_changed(
    linked: Linked,
    cutoff: Cutoff,
    last: LastExport,
    kept: Collection[str],
    inputs: Mapping[str, tuple[str, tuple[str, ...]]],
) -> Exported:
    """The bytes of ``export_entities``, taking an entity's or article's line from the last
    build's export (``last``) when its page was kept (``kept``: the evidence stage found that
    nothing its view read changed) and its record read nothing the page did not: after one
    edit most records read nothing that changed, and making and encoding 7,000 entity records
    was 0.2 s of a rebuild at 1,000 articles. A record made again is read through ``cutoff``
    and its reads compared with its page's (``inputs``, this build's record of every page).
    Statements read no index by key (each is found in every list holding it): always made."""
    keys: list[str] = []
    covered: list[int] = []
    chunks: list[bytes | memoryview] = []
    for line, (kind, id_, entity, record) in enumerate(_order(linked)):
        key = f"{kind}\t{id_}"
        keys.append(key)
        if not entity:  # a statement
            chunks.append(_encoded(record(linked)))
            continue
        page = page_path(entity)
        if page in kept and (found := last.lines.get(key)) is not None:
            chunks.append(found)
            covered.append(line)
            continue
        made, (_, read) = cutoff.recorded(record)
        chunks.append(_encoded(made))
        if page in inputs and set(read) <= set(inputs[page][1]):
            covered.append(line)
    data = _joined(chunks)
    return Exported(data, tuple(keys), tuple(covered), same=data == last.data)


def last_export(previous: Previous) -> LastExport:
    """The last build's export, the covered records' lines: nothing unless the docs folder
    holds the file that build recorded (one edited by hand since is not read from) with a
    line for each recorded record."""
    found = previous.data(EXPORT, ALWAYS) if previous.export else None
    if found is None:
        return LastExport()
    try:
        data = found if isinstance(found, bytes) else _read(found)
    except OSError:
        return LastExport()
    view = memoryview(data)
    lines: list[memoryview] = []
    start = data.find(b"\n") + 1  # after the "["
    end = len(data) - 3  # before the "\n]\n"
    while 0 < start < end:
        stop = data.find(b"\n", start, end)
        stop = end if stop < 0 else stop
        last = stop - 1 if data[stop - 1 : stop] == b"," else stop
        lines.append(view[start:last])
        start = stop + 1
    keys = previous.export
    if len(lines) != len(keys):
        return LastExport()
    try:
        return LastExport(data, {keys[n]: lines[n] for n in previous.covered})
    except (IndexError, TypeError):
        return LastExport()


def _read(found: OnDisk) -> bytes:
    with open(found.path, "rb") as file:
        return file.read()


def _order(linked: Linked) -> list[tuple[str, str, str, Callable[[Linked], dict[str, Any]]]]:
    """Every record's kind, id, key of its page (none for a statement) and maker (a function
    of the linked data), in the file's order."""
    order: list[tuple[str, str, str, Callable[[Linked], dict[str, Any]]]] = [
        (KIND_NAMES[e.kind], e.id, key, partial(_entity, key=key))
        for key, e in linked.entities.items()
    ]
    order += [
        ("article", a.id, article_key(a.id), partial(_article, key=k))
        for k, a in linked.articles.items()
    ]
    order += [("statement", s.id, "", partial(_said, s)) for s in _statements(linked)]
    order.sort(key=lambda item: (KIND_ORDER.index(item[0]), item[1]))
    return order


def _encoded(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True).encode()


def _joined(chunks: list[bytes] | list[bytes | memoryview]) -> bytes:
    if not chunks:
        return b"[]\n"
    return b"[\n" + b",\n".join(chunks) + b"\n]\n"


def _entity(linked: Linked, key: str) -> dict[str, Any]:
    entity = linked.entities[key]
    record: dict[str, Any] = {
        "id": entity.id,
        "kind": KIND_NAMES[entity.kind],
        "type": entity.type,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "url": url_for(key),
        "description": entity.description,
        "curated": entity.curated,
        "wikidata": entity.wikidata,
        "mentions": _mentions(linked, key),
    }
    if entity.kind == "actors":
        record["adjectives"] = list(entity.adjectives)
    if entity.kind != "actors":
        record["date"] = entity.date
        record["date_text"] = entity.date_text
        record["date_precision"] = date_precision(entity.date)
        record["sources"] = sorted(linked.entity_articles.get(key, ()))
        record["place"] = entity.place
        record["parties" if entity.kind == "agreements" else "participants"] = list(entity.parties)
    if entity.kind == "events":
        record["about"] = list(entity.about)
        record["agreement"] = entity.agreement
    if entity.kind == "agreements":
        record["value"] = entity.value
        record["subject"] = entity.subject
        record["status"] = entity.status
    return record


def _article(linked: Linked, key: str) -> dict[str, Any]:
    article = linked.articles[key]
    return {
        "id": article.id,
        "kind": "article",
        "type": "article",
        "name": article.title,
        "aliases": [],
        "url": url_for(article_key(article.id)),
        "date": article.date,
        "source": article.source,
        "source_url": article.url,
        "entities": list(linked.article_entities.get(article.id, ())),
        "mentions": [],
    }


def _mentions(linked: Linked, key: str) -> list[dict[str, Any]]:
    out = []
    for m in linked.mentions.get(key, ()):
        sentence = linked.sentences[m.article][m.sentence]
        out.append({"article": m.article, "sentence": sentence.text, "text": m.text})
    return out


def _statements(linked: Linked) -> list[Statement]:
    """Each statement once (it is listed under its speaker and under events)."""
    return list({s.id: s for listed in linked.statements.values() for s in listed}.values())


def _said(s: Statement, _linked: Linked) -> dict[str, Any]:
    """A statement's record as a maker of the linked data (``_order``): it reads none."""
    return _statement(s)


def _statement(s: Statement) -> dict[str, Any]:
    return {
        "id": s.id,
        "kind": "statement",
        "speaker": s.speaker.split("/", 1)[1],
        "quote": s.quote,
        "date": s.date,
        "date_text": s.date_text,
        "article": s.article,
        "paragraph": s.paragraph + 1,
    }
