"""The machine-readable export, ``data/entities.json``, written by every build.

One list of plain objects (actors, agreements, events, articles) sorted by kind and id, so
other tools can reuse the resolved data without scraping pages. Documented in the README.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any

from .ids import url_for
from .model import Linked, Statement, article_key, date_precision

KIND_NAMES = {"actors": "actor", "agreements": "agreement", "events": "event"}
KIND_ORDER = ("actor", "agreement", "event", "statement", "article")


def export_entities(linked: Linked) -> bytes:
    """The export as JSON in UTF-8: stable key order, one record per line, trailing newline.

    Written one record at a time: at 10,000 articles the records of every mention would hold
    several hundred megabytes at once, on top of the pages. Bytes, not text: as a Python
    string the export alone took 216 MB there (two bytes a character), as UTF-8 108 MB. A
    record per line (a diff shows which changed) and not indented: ``json`` indents in
    Python but writes a line in C, five times faster, which a rebuild pays for every record."""
    order: list[tuple[str, str, Callable[[], dict[str, Any]]]] = [
        (KIND_NAMES[e.kind], e.id, partial(_entity, linked, key))
        for key, e in linked.entities.items()
    ]
    order += [("article", a.id, partial(_article, linked, k)) for k, a in linked.articles.items()]
    order += [("statement", s.id, partial(_statement, s)) for s in _statements(linked)]
    order.sort(key=lambda item: (KIND_ORDER.index(item[0]), item[1]))
    if not order:
        return b"[]\n"
    chunks = []
    for _kind, _id, record in order:
        chunks.append(json.dumps(record(), ensure_ascii=False, sort_keys=True).encode())
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
