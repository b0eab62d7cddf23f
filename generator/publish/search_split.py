"""A split search index for large briefings (part of publish).

The theme's search downloads its whole index and indexes it in the browser before the first
result: 59 MB and 26 s at 10,000 articles. Over ``SPLIT_PAGES`` pages the site ships this
index instead, read by our own search worker (``search_split.js``) behind the theme's search
box, so readers keep one search UI. A query loads only what it needs:

- ``search/search_index.json``: the theme's config and the list of term shards (no documents);
- ``search/split/terms/<hex>.json``: the words of titles and tags (aliases) that start with
  the same two characters (a one-character word has a shard of its own), each with the pages
  it occurs in and a weight; ``<hex>`` is the prefix's UTF-8 in hex;
- ``search/split/docs/<n>.json``: what a result shows (address, title, tags, the start of the
  text) for ``DOC_CHUNK`` pages, fetched only for the ``RESULTS`` best pages.

The ranking is defined here (``search``) and mirrored line for line by the worker: the
tests and the benchmark use this one to compute what a query downloads and ranks first.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .search_index import SEARCH_INDEX, snippet

SPLIT_PAGES = 3000
"""Pages above which a site ships the split index. Measured (benchmarks/README.md): at 1,134
pages the theme's own index keeps every page's text within 1 MB and answers in 0.3 s; at
6,917 pages it fits only as titles and tags (0.77 MB, all downloaded before a result), which
is what the split index holds, loaded tens of kilobytes at a time."""
PREFIX = 2
"""Characters of a word that name its shard."""
DOC_CHUNK = 16
"""Pages per file of result data: small, as the best results rarely share a file."""
RESULTS = 20
"""Results a query returns (the theme shows 10, then more as the reader scrolls)."""
TITLE_WEIGHT = 120
TAG_WEIGHT = 100
"""A word's weight in a field is the field's weight divided by the field's word count, so a
page named exactly by a title or an alias (a tag) outranks pages whose longer titles contain
the name; a page's own title weighs a little more than another page's tag, so the state
"Iran" comes before an event whose place tag is "Iran"."""
SPLIT = Path("search") / "split"
WORKER = Path(__file__).with_name("search_split.js")
WORKER_FOLDER = "assets/javascripts/workers"


def words(text: str) -> list[str]:
    """The words of a query, as the worker splits them: accents dropped, lower case, cut at
    anything but a letter or digit."""
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c)[0] != "M"
    )
    return [w for w in re.split(r"[\W_]+", bare.lower()) if w]


def field_words(markup: str) -> list[str]:
    """The words of an index field, which the theme stores as HTML."""
    return words(html.unescape(re.sub(r"<[^>]*>", " ", markup)))


def shard_of(word: str) -> str:
    """The file name (without ``.json``) of the shard holding ``word``."""
    return word[:PREFIX].encode().hex()


def worker_name() -> str:
    """The worker's file name, with a digest of its source so a changed worker is refetched."""
    digest = hashlib.sha256(WORKER.read_bytes()).hexdigest()[:8]
    return f"{WORKER_FOLDER}/search-split.{digest}.js"


def split_index(index: dict) -> dict[str, bytes]:
    """The split index (site-relative path → bytes) of the theme's search index.

    One entry per page (the theme's section entries are left out); the same index gives
    the same bytes.
    """
    pages = [doc for doc in index["docs"] if "#" not in doc["location"]]
    postings: dict[str, dict[int, int]] = {}
    for number, doc in enumerate(pages):
        tags = doc.get("tags") or ()
        fields = [(doc["title"], TITLE_WEIGHT), *((tag, TAG_WEIGHT) for tag in tags)]
        for text, weight in fields:
            found = field_words(text)
            if not found:
                continue
            share = max(1, round(weight / len(found)))
            for word in set(found):
                docs = postings.setdefault(word, {})
                docs[number] = max(docs.get(number, 0), share)
    shards: dict[str, dict[str, list[int]]] = {}
    for word in sorted(postings):
        flat = [n for item in sorted(postings[word].items()) for n in item]
        shards.setdefault(shard_of(word), {})[word] = flat
    files = {
        f"{SPLIT.as_posix()}/terms/{name}.json": _json(terms) for name, terms in shards.items()
    }
    for start in range(0, len(pages), DOC_CHUNK):
        rows = [
            [doc["location"], doc["title"], list(doc.get("tags") or ()), snippet(doc["text"])]
            for doc in pages[start : start + DOC_CHUNK]
        ]
        files[f"{SPLIT.as_posix()}/docs/{start // DOC_CHUNK}.json"] = _json(rows)
    split = {
        "shards": sorted(shards),
        "prefix": PREFIX,
        "chunk": DOC_CHUNK,
        "results": RESULTS,
    }
    stub = {"config": {**index["config"], "split": split}, "docs": []}
    files[SEARCH_INDEX.as_posix()] = _json(stub)
    return files


def _json(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()


def write_split_index(site: Path) -> int:
    """Replace the theme's index in a built site with the split index and add the worker;
    return the bytes of the largest shard (for the build report)."""
    index = json.loads((site / SEARCH_INDEX).read_text(encoding="utf-8"))
    files = split_index(index)
    files[worker_name()] = WORKER.read_bytes()
    for relative, data in files.items():
        path = site / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return max((len(data) for name, data in files.items() if "/terms/" in name), default=0)


@dataclass(frozen=True)
class Hit:
    """One result: the page's number in the index, its address, its score, and how many
    query words it matched (in all, and as whole words)."""

    number: int
    location: str
    score: float
    matched: int
    exact: int


def search(
    read: Callable[[str], bytes], query: str, cache: dict[str, Any] | None = None
) -> tuple[list[Hit], list[str]]:
    """The ranked results of ``query`` over a split index, and the files it loaded (in the
    order loaded, stub first), reading each site-relative file with ``read``. ``cache`` keeps
    parsed files between queries, as the worker does.

    The worker's algorithm: every query word matches the words it begins (a whole word
    scores its weight, a longer one half of it); a page scores the best match per query
    word, summed. Pages matching more query words come first, then those matching more of
    them as whole words ("Donald Trump" before "Donald Trumpard"), then higher scores, then
    index order.
    """
    cache = {} if cache is None else cache

    def parsed(path: str) -> Any:
        if path not in loaded:
            loaded.append(path)
        if path not in cache:
            cache[path] = json.loads(read(path))
        return cache[path]

    loaded: list[str] = []
    split = parsed(SEARCH_INDEX.as_posix())["config"]["split"]
    available = set(split["shards"])
    scores: dict[int, list[float]] = {}
    for word in dict.fromkeys(words(query)):
        name = shard_of(word)
        if name not in available:
            continue
        best: dict[int, float] = {}
        exact: set[int] = set()
        for term, flat in parsed(f"{SPLIT.as_posix()}/terms/{name}.json").items():
            if not term.startswith(word):
                continue
            factor = 1.0 if term == word else 0.5
            for number, weight in zip(flat[::2], flat[1::2], strict=True):
                best[number] = max(best.get(number, 0.0), weight * factor)
                if term == word:
                    exact.add(number)
        for number, value in best.items():
            entry = scores.setdefault(number, [0, 0, 0.0])
            entry[0] += 1
            entry[1] += number in exact
            entry[2] += value
    ranked = sorted(scores.items(), key=lambda item: (*(-v for v in item[1]), item[0]))
    hits = []
    for number, (matched, exact_words, score) in ranked[: split["results"]]:
        row = parsed(f"{SPLIT.as_posix()}/docs/{number // split['chunk']}.json")
        row = row[number % split["chunk"]]
        hits.append(Hit(number, row[0], score, int(matched), int(exact_words)))
    return hits, loaded
