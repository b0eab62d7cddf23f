"""The machine-readable export, ``data/entities.json``, written by every build.

One list of plain objects (actors, agreements, events, articles) sorted by kind and id, so
other tools can reuse the resolved data without scraping pages. Documented in the README.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ..ids import page_path, url_for
from ..model import Linked, OnDisk, Spool, Statement, article_key, date_precision
from ..reuse import ALWAYS, Cutoff, Previous

KIND_NAMES = {"actors": "actor", "agreements": "agreement", "events": "event"}
KIND_ORDER = ("actor", "agreement", "event", "statement", "article")
EXPORT = "data/entities.json"
"""The export's path in the docs folder."""


@dataclass(frozen=True)
class Exported:
    """The export, and for the next build which records read nothing their page did not."""

    data: bytes | OnDisk
    """Its bytes, or with a spool the file they were written to as made (``Spooled``)."""
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


def export_entities(linked: Linked, spool: Spool | None = None) -> Exported:
    """The export as JSON in UTF-8: stable key order, one record per line, trailing newline.

    Made one record at a time: at 10,000 articles the records of every mention would hold
    several hundred megabytes at once, on top of the pages. Bytes, not text: as a Python
    string the export alone took 216 MB there (two bytes a character), as UTF-8 108 MB. With
    a ``spool`` each record is written there as made, so the build never holds the whole
    export (116 MB at 10,000 articles). A record per line (a diff shows which changed) and not
    indented: ``json`` indents in Python but writes a line in C, five times faster, which a
    rebuild pays for every record."""
    with _Lines(spool) as lines:
        for _kind, _id, _key, record in _order(linked):
            lines.add(_encoded(record(linked)))
    return Exported(lines.data())


def export_changed(
    linked: Linked,
    cutoff: Cutoff,
    last: LastExport,
    kept: Collection[str],
    inputs: Mapping[str, tuple[str, tuple[str, ...]]],
    spool: Spool | None = None,
) -> Exported:
    """The bytes of ``export_entities``, taking an entity's or article's line from the last
    build's export (``last``) when its page was kept (``kept``: the evidence stage found that
    nothing its view read changed) and its record read nothing the page did not: after one
    edit most records read nothing that changed, and making and encoding 7,000 entity records
    was 0.2 s of a rebuild at 1,000 articles. A record made again is read through ``cutoff``
    and its reads compared with its page's (``inputs``, this build's record of every page).
    Statements read no index by key (each is found in every list holding it): always made.
    ``spool``: as in ``export_entities``."""
    keys: list[str] = []
    covered: list[int] = []
    with _Lines(spool, last.data) as lines:
        for line, (kind, id_, entity, record) in enumerate(_order(linked)):
            key = f"{kind}\t{id_}"
            keys.append(key)
            if not entity:  # a statement
                lines.add(_encoded(record(linked)))
                continue
            page = page_path(entity)
            if page in kept and (found := last.lines.get(key)) is not None:
                lines.add(found)
                covered.append(line)
                continue
            made, (_, read) = cutoff.recorded(record)
            lines.add(_encoded(made))
            if page in inputs and set(read) <= set(inputs[page][1]):
                covered.append(line)
    return Exported(lines.data(), tuple(keys), tuple(covered), same=lines.same())


_CHUNK = 1 << 16
"""Bytes of records gathered before ``_Lines`` writes them."""


class _Lines:
    """The export's list written a record at a time (``[``, the records one a line separated
    by commas, ``]``): into the spool's file if there is one, else into bytes; compared as
    it goes with the last build's bytes (``last``)."""

    def __init__(self, spool: Spool | None, last: bytes = b"") -> None:
        self._buffer = io.BytesIO() if spool is None else None
        self._file = None if spool is None else spool.open(EXPORT)
        self._last = memoryview(last)
        self._at = 0  # bytes written
        self._same = True  # so far, those of ``last``
        self._pending: list[bytes | memoryview] = []  # added, not yet written
        self._size = 0  # their length

    def __enter__(self) -> _Lines:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self._pending.append(b"[]\n" if self._size == 0 and self._at == 0 else b"\n]\n")
            self._flush()
        if self._file is not None:
            self._file.__exit__(*exc)

    def add(self, record: bytes | memoryview) -> None:
        # Written (hashed, compared) a chunk at a time: written a record at a time, the
        # 10,000 records of a rebuild at 1,000 articles made 20,000 writes, each hashed and
        # compared apart. The bytes are the same.
        pending = self._pending
        pending.append(b"[\n" if self._size == 0 and self._at == 0 else b",\n")
        pending.append(record)
        self._size += len(record) + 2
        if self._size >= _CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            self._size = 0
            self._write(data)

    def _write(self, data: bytes | memoryview) -> None:
        end = self._at + len(data)
        if self._same:
            self._same = self._last[self._at : end] == data
        self._at = end
        if self._file is not None:
            self._file.write(data)
        else:
            assert self._buffer is not None
            self._buffer.write(data)

    def same(self) -> bool:
        """Whether the bytes written are the last build's, all of them (once closed)."""
        return self._same and self._at == len(self._last)

    def data(self) -> bytes | OnDisk:
        """What was written (once closed): its bytes, or the spool's file."""
        if self._file is not None:
            return self._file.spooled()
        assert self._buffer is not None
        return self._buffer.getvalue()


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
