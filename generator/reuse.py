"""Pages of the last build reused when nothing they are made from changed (render's helper).

A page is a function of its view (the frozen data the evidence stage made for it), the
templates, the generator's code, the libraries it reads (``memo.code_digest``) and a few
briefing-wide settings (title, content folder, repository). Its *digest* hashes all of them;
the docs folder keeps the digest of every page it holds (``DIGESTS``, a dotfile MkDocs
skips), so a rebuild after one edit renders only the pages whose digest changed and takes the
others' text from the last build, byte for byte.

The digest must cover everything a page reads. Entity and article pages read only their view
(their templates look up no other entity); the index and overview pages may look up any
entity, so their digest also covers every entity; the review's index is always rendered. A
view is hashed as its pickle without the memo (so equal values give equal bytes whatever
objects they share); an article inside a view is hashed once per build
and stands for itself by that digest, so an actor quoted in 500 articles does not hash 500
article texts.

Early cut-off (``Cutoff``): an entity's or article's view is itself made from the linked
data, and after one edit most views read nothing that changed. Each such page's record also
keeps what its view read of the linked data (the *units*: an article's data whole, an
entity's record, or its entries of the other indexes, as a recording ``Linked`` saw them
read) and a digest of those units' values; a rebuild whose units hash the same takes the
last build's page without making the view or hashing it. The record is what the view read,
not a list written by hand: a view that reads a neighbour's entry (its graph's peers)
depends on it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import importlib
import io
import json
import operator
import os
import pickle
import pkgutil
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from . import model
from .memo import code_digest
from .model import Article, Entity, Linked, OnDisk, Source, text_hash
from .paths import DIGESTS as DIGESTS

T = TypeVar("T")

SEAL = ".briefing-seal"
"""Written beside the record once the docs folder is in place (``seal``): the pages whose
status has not changed since hold what the record says."""
ALWAYS = ""
"""The record's digest of a page rendered on every build (the review's index, the
redirects): it is there for its text's hash and size (``Previous.holds``)."""
VERSION = "7"
"""Bump when the digest changes meaning (5: the model's classes by number, ``_pickler``; 6:
an entity by its digest, as an article; 7: an article's sentences by its annotation's key
in its unit, an entity's record unit by the entity's digest, ``Cutoff``)."""
PROTOCOL = 5
"""The pickle protocol of every digest."""


@dataclass(frozen=True)
class Previous:
    """The last build's pages: each page's digest, its text's hash and size, and the folder
    holding the text (a page edited there by hand no longer matches its hash and is made
    again)."""

    folder: Path
    digests: Mapping[str, list[Any]]
    """Page to ``[digest, text hash, size in bytes]``."""
    inputs: Mapping[str, Any] = field(default_factory=dict)
    """Entity and article pages' inputs as recorded: ``[digest, [unit numbers]]``."""
    units: tuple[str, ...] = ()
    """The units the record's inputs number."""
    sealed: int | None = None
    """When the record was sealed (``seal``), in nanoseconds: a file whose inode has not
    changed since (its status change time is earlier) holds what the record says. None for a
    record never sealed in this folder, or changed since: every page is read and hashed."""
    settled: Mapping[str, tuple[int, int, int]] = field(default_factory=dict)
    """The pages found unchanged since the seal when the record was read (``settled_pages``),
    with their file's inode, modification time and size then: their change time cannot be
    asked when ``data`` is, because this build's sweep of the last build's old folder
    (``staging.sweeping``), or the new folder made in it (``publish.write_tree``), unlinks or
    links the other name of kept pages in between, which sets their change time after the
    seal; a write or a rename since the record was read changes one of the three, which
    those do not."""
    export: tuple[str, ...] = ()
    """The records of the export (``export.EXPORT``) line by line, as ``kind<TAB>id``."""
    covered: tuple[int, ...] = ()
    """The export's lines whose record read nothing its page did not (``export.Exported``)."""

    def inputs_of(self, page: str) -> tuple[str, tuple[str, ...]] | None:
        """The digest of what ``page``'s view read in the last build, and what it read."""
        known = self.inputs.get(page)
        try:
            digest, numbers = known  # type: ignore[misc]
            return str(digest), tuple(map(self.units.__getitem__, numbers))
        except (TypeError, ValueError, IndexError):
            return None

    def data(self, page: str, digest: str) -> bytes | OnDisk | None:
        """The last build's file of ``page`` (UTF-8) if it was made from the same inputs.

        A file of the recorded size whose status changed before the record was sealed is
        left unread (``OnDisk``): any write, rename, link or ``touch`` since would have set
        its change time (which no call can set back) after the seal; so does a page of
        ``settled`` whose file has the inode, modification time and size it had when the
        record was read. Any other file is read and checked against
        its recorded hash, as a page edited by hand must be made again.
        """
        known = self.digests.get(page)
        if not isinstance(known, list) or len(known) != 3 or known[0] != digest:
            return None
        # A string: a ``Path`` made for each of the 8,000 pages a rebuild keeps cost 0.04 s.
        path = os.path.join(self.folder, page)
        try:
            status = os.lstat(path)  # a link's own status: its target's may predate the seal
            if status.st_size != known[2]:
                return None
            if self.settled.get(page) == _signature(status) or (
                self.sealed is not None and status.st_ctime_ns < self.sealed
            ):
                return OnDisk(path)
            data = Path(path).read_bytes()
        except OSError:
            return None  # gone: render it again
        if hashlib.sha256(data).hexdigest() != known[1]:
            return None
        return data

    def holds(self, page: str, data: bytes) -> bool:
        """Whether the last build's file of ``page`` holds ``data``: its recorded hash and
        size are those of ``data``, and the file's status vouches for the record as in
        ``data`` (else it is read and compared). A page rendered on every build (the
        redirects, 2,800 at 1,000 articles) is then linked unread when publishing, not read
        to be compared, and the record keeps its hash."""
        known = self.digests.get(page)
        return (
            isinstance(known, list)
            and len(known) == 3
            and known[2] == len(data)
            and hashlib.sha256(data).hexdigest() == known[1]
            and self.data(page, known[0]) is not None  # whatever inputs it was made from
        )


def previous_pages(docs: Path) -> Previous:
    """What the docs folder of the last build holds (nothing if it has no valid record)."""
    try:
        with open(docs / DIGESTS, encoding="utf-8") as record:
            sealed = _sealed(docs, os.fstat(record.fileno()))
            data = json.loads(record.read())
        digests = data["pages"] if data.get("version") == VERSION else {}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        data, digests, sealed = {}, {}, None
    if not isinstance(digests, dict):
        return Previous(docs, {})
    inputs, units = data.get("inputs"), data.get("units")
    settled = settled_pages(docs, digests, sealed)
    if not isinstance(inputs, dict) or not isinstance(units, list):
        return Previous(docs, digests, sealed=sealed, settled=settled)
    units = tuple(str(u) for u in units)
    export = data.get("export")
    if not isinstance(export, dict):
        return Previous(docs, digests, inputs, units, sealed, settled)
    keys, covered = export.get("keys"), export.get("covered")
    if not isinstance(keys, list) or not isinstance(covered, list):
        return Previous(docs, digests, inputs, units, sealed, settled)
    keys = tuple(str(key) for key in keys)
    # Indexes into ``keys``: a hand-edited negative one would wrap round to another record.
    covered = tuple(n for n in covered if isinstance(n, int) and 0 <= n < len(keys))
    return Previous(docs, digests, inputs, units, sealed, settled, keys, covered)


def settled_pages(
    docs: Path, digests: Mapping[str, Any], sealed: int | None
) -> dict[str, tuple[int, int, int]]:
    """The recorded pages whose file is of the recorded size and whose status has not changed
    since the record was sealed (none if it never was): as ``Previous.data`` once checked
    each, but now, before this build's sweep changes them all (``Previous.settled``)."""
    if sealed is None:
        return {}
    found = {}
    for page, known in digests.items():
        if not isinstance(known, list) or len(known) != 3:
            continue
        try:
            status = os.lstat(os.path.join(docs, page))  # a link's own: see ``Previous.data``
        except (OSError, TypeError, ValueError):
            continue  # gone, or a name no file can have: checked as before when asked
        if status.st_size == known[2] and status.st_ctime_ns < sealed:
            found[page] = _signature(status)
    return found


def _signature(status: os.stat_result) -> tuple[int, int, int]:
    """What a write or a rename changes of a file and an unlink of its other link does not."""
    return (status.st_ino, status.st_mtime_ns, status.st_size)


def seal(docs: Path) -> None:
    """Mark the record of a docs folder now in place as newer than every change of its
    files (publishing links the kept pages anew and removes the old folder's links, which
    sets their change time): the next build then checks them by their status alone
    (``Previous.data``). Without the seal it reads and hashes them, as safe and slower.

    The record's own times cannot be the seal: a copy of the folder (``cp -r``, an rsync
    without times, a checkout) writes the record after some of its pages, one of them
    perhaps edited by hand before the copy. The seal (``SEAL``) names the record's file and
    its status change time after the touch here: a copy is another file, and any write,
    rename or ``touch`` of the record sets a later change time, which no call can set back.
    """
    with contextlib.suppress(OSError):
        os.utime(docs / DIGESTS)
        (docs / SEAL).write_text(_seal_text(os.stat(docs / DIGESTS)), encoding="utf-8")


def _seal_text(status: os.stat_result) -> str:
    """What the seal says of the record's file: its device, inode and status change time."""
    return f"{status.st_dev} {status.st_ino} {status.st_ctime_ns}\n"


def _sealed(docs: Path, record: os.stat_result) -> int | None:
    """The time the record was sealed, in nanoseconds, if ``SEAL`` names this very file as
    it is now; None if the record was never sealed here or changed since."""
    try:
        said = (docs / SEAL).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    return record.st_ctime_ns if said == _seal_text(record) else None


def digests_file(
    digests: Mapping[str, str],
    pages: Mapping[str, str],
    previous: Previous | None = None,
    unchanged: frozenset[str] = frozenset(),
    inputs: Mapping[str, tuple[str, tuple[str, ...]]] | None = None,
    export: Iterable[str] = (),
    covered: Iterable[int] = (),
) -> str:
    """The record written beside the pages: each page's digest, its text's hash and size,
    sorted so equal builds write equal bytes. The pages in ``unchanged`` (their text checked
    against ``previous``'s record) keep the hash and size recorded there instead of being
    read and hashed again. ``inputs``: entity and article pages' digests of what their views
    read, and the units; ``export``, the export's records in its order, and ``covered``,
    the lines a kept page vouches for (``export.Exported``)."""

    def text(page: str) -> list[Any]:
        if previous is not None and page in unchanged:
            return list(previous.digests[page][1:])
        return list(text_hash(pages, page))  # a spooled page's as hashed when written

    record = {page: [digest, *text(page)] for page, digest in sorted(digests.items())}
    inputs = inputs or {}
    units = sorted({unit for _, read in inputs.values() for unit in read})
    number = {unit: n for n, unit in enumerate(units)}
    read = {
        page: [digest, [number[unit] for unit in units_read]]
        for page, (digest, units_read) in sorted(inputs.items())
    }
    # Compact: ``json`` writes indented text in Python, compact text in C (90,000 numbers).
    return json.dumps(
        {
            "version": VERSION,
            "pages": record,
            "units": units,
            "inputs": read,
            "export": {"keys": list(export), "covered": list(covered)},
        },
        separators=(",", ":"),
    )


class Digester:
    """Hashes views into page digests, salted with everything else every page reads."""

    def __init__(self, templates: Path, settings: Iterable[object]):
        salt = code_digest(templates)
        salt.update(VERSION.encode() + b"\0" + repr(tuple(settings)).encode())
        self._salt = salt
        articles: dict[int, tuple[Article, bytes]] = {}

        def reduce_article(article: Article) -> tuple[type[bytes], tuple[bytes]]:
            return (bytes, (_article_digest(articles, article),))

        # Where a file is (articles' and entities' paths, for messages) is written relative to
        # the working directory and shown on no page: left out, so that a build started from
        # another directory does not render every page again. The article reducer holds the
        # digests it made, not the digester: no reference cycle keeps the digester and its
        # articles alive until a collection.
        self._reducers = _Reducers({Article: reduce_article, Source: _reduce_source})
        # An entity stands for itself by its digest too, made once a build: the cutoff hashes
        # every entity's record (its unit), and the indexes' and listings' digests hash every
        # entity again (all 6,929 at 1,000 articles, twice or more). An entity holds no entity,
        # so its own pickle needs no entity reducer.
        entities: dict[int, tuple[Entity, bytes]] = {}
        plain = _Reducers(self._reducers)

        def reduce_entity(entity: Entity) -> tuple[type[bytes], tuple[bytes]]:
            return (bytes, (_entity_digest(entities, entity, plain),))

        self._reducers[Entity] = reduce_entity
        self.entity_digest = functools.partial(_entity_digest, entities, reducers=plain)
        """An entity's digest, as it stands for itself in every other digest (made once a
        build)."""
        self._values: tuple[io.BytesIO, pickle.Pickler] | None = None

    def digest(self, kind: str, view: object) -> str:
        """The digest of a page of ``kind`` made from ``view``."""
        h = self.salted(kind)
        h.update(self._pickle(view))
        return h.hexdigest()

    def salted(self, kind: str) -> hashlib._Hash:
        """A running digest of the salt and ``kind``."""
        h = self._salt.copy()
        h.update(kind.encode() + b"\0")
        return h

    def value_digest(self, value: object) -> bytes:
        """The digest of ``value`` alone (articles by their digest, as in pages'), by one
        pickler kept for the purpose (tens of thousands of values a rebuild)."""
        if self._values is None:
            buffer = io.BytesIO()
            self._values = (buffer, _pickler(buffer, self._reducers))
        buffer, pickler = self._values
        buffer.seek(0)
        buffer.truncate()
        pickler.dump(value)
        with buffer.getbuffer() as data:
            return hashlib.sha256(data).digest()

    def _pickle(self, value: object) -> bytes:
        buffer = io.BytesIO()
        _pickler(buffer, self._reducers).dump(value)
        return buffer.getvalue()


def _article_digest(known: dict[int, tuple[Article, bytes]], article: Article) -> bytes:
    """An article's digest, without its ``path`` (see ``Digester.__init__``), made once a
    build (``known``)."""
    found = known.get(id(article))
    if found is None or found[0] is not article:
        buffer = io.BytesIO()
        _pickler(buffer).dump(dataclasses.replace(article, path=""))
        found = known[id(article)] = (article, hashlib.sha256(buffer.getvalue()).digest())
    return found[1]


def _entity_digest(
    known: dict[int, tuple[Entity, bytes]], entity: Entity, reducers: _Reducers
) -> bytes:
    """An entity's digest (its pickle by ``reducers``, which lack ``Entity``: an entity holds
    none), made once a build (``known``, by identity, the entity held with it)."""
    found = known.get(id(entity))
    if found is None or found[0] is not entity:
        buffer = io.BytesIO()
        _pickler(buffer, reducers).dump(entity)
        found = known[id(entity)] = (entity, hashlib.sha256(buffer.getvalue()).digest())
    return found[1]


def _pickler(buffer: io.BytesIO, reducers: _Reducers | None = None) -> pickle.Pickler:
    """A pickler for digests: its bytes depend on values only, not on how objects are shared
    (``fast``: no memo is written), save that the model's classes are known from the start
    (``_class_memo``): each record's class is two to five bytes, not its module and name
    looked up and written anew (110,000 times a rebuild at 1,000 articles: a third of the
    unit digests' time). An article pickles as its digest; a dispatch table is looked up in C
    for each object, where ``reducer_override`` would call Python for every one (500,000 a
    rebuild at 1,000 articles); the bytes are the same."""
    pickler = pickle.Pickler(buffer, protocol=PROTOCOL)
    if reducers is not None:
        pickler.dispatch_table = reducers
    pickler.fast = True
    pickler.memo = _class_memo()
    return pickler


@functools.cache
def _class_memo() -> dict[int, tuple[int, object]]:
    """The pickler's memo as every digest starts it: ``_SAVED_BY_NAME``, then each class the
    model defines, in the order of its module's and its own name, then the review's classes
    and functions (``_REVIEW``), so that a number means the
    same object in every process running this code (which salts every digest). In ``fast``
    mode the pickler reads the memo and adds nothing to it; anything else is saved by value
    or by name, which no number's bytes can be."""
    modules = [
        importlib.import_module(f"{model.__name__}.{found.name}")
        for found in pkgutil.iter_modules(model.__path__)
    ]
    classes = sorted(
        {
            value
            for module in modules
            for value in vars(module).values()
            if isinstance(value, type) and value.__module__ == module.__name__
        },
        key=lambda cls: (cls.__module__, cls.__qualname__),
    )
    review = importlib.import_module(_REVIEW)
    makers = sorted(
        (
            value
            for value in vars(review).values()
            if isinstance(value, type | types.FunctionType) and value.__module__ == _REVIEW
        ),
        key=lambda value: value.__qualname__,
    )
    known = (*_SAVED_BY_NAME, *classes, *makers)
    return {id(value): (number, value) for number, value in enumerate(known)}


_SAVED_BY_NAME = (..., bytes, int, getattr)
"""Besides the model's classes, what digests save by name most: the ``...`` of a missing
entry (27,000 times a rebuild at 1,000 articles), an article's digest, a source's line, and
the ``getattr`` a review item's ``Item.later`` pickles as."""
_REVIEW = "generator.evidence.review"
"""Its classes and functions are numbered too (after the model's, by name): a review item
pickles as ``Item.later`` and the function making its text (``review.Item.__reduce__``),
13,000 items at 1,000 articles, each saving three globals by name (the pickler imports the
module to check each), half of the review pages' digest time."""


def _reduce_source(source: Source) -> tuple[type[int], tuple[int]]:
    return (int, (source.line,))


_OWN_RULE = operator.methodcaller("__reduce_ex__", PROTOCOL)
"""What the pickler calls for an object of a type its dispatch table lacks."""


class _Reducers(dict[type, Callable[[Any], Any]]):
    """The digest's dispatch table. A dataclass with slots pickles through the
    ``__getstate__`` that ``dataclasses`` writes in Python (it lists the fields anew for each
    of the 180,000 records a rebuild at 1,000 articles hashes: a third of the digests' time);
    here it is reduced to its class and its field values, read by one ``attrgetter``. Other
    types get the pickler's own rule, ``__reduce_ex__``, from the table too: a type missing
    from it costs a call of ``__missing__`` and an exception each time it is met (57,000 a
    rebuild at 1,000 articles: the ``...`` of a missing entry, review items, statements).
    Classes themselves are left to the pickler (a ``KeyError``): it saves them by name."""

    def __missing__(self, cls: type) -> Callable[[Any], Any]:
        if issubclass(cls, type):
            raise KeyError(cls)
        names = (
            [f.name for f in dataclasses.fields(cls)]
            if dataclasses.is_dataclass(cls) and "__slots__" in vars(cls)
            else []
        )
        if not names:
            self[cls] = _OWN_RULE
            return _OWN_RULE
        getter = operator.attrgetter(*names)

        if len(names) == 1:

            def reduce(value: Any) -> tuple[Any, ...]:
                return (cls, (getter(value),))
        else:

            def reduce(value: Any) -> tuple[Any, ...]:
                return (cls, getter(value))

        self[cls] = reduce
        return reduce


# -- early cut-off: what each entity view read ------------------------------------------------
ARTICLE_FIELDS = frozenset(
    {
        "articles",
        "article_mentions",
        "article_entities",
        "sentences",
        "reference_days",
        "sentence_dates",
        "source_actor",
        "sentence_mentions",
    }
)
"""``Linked``'s indexes keyed by article (``sentence_mentions`` by article and sentence): a
view reading any of an article's entries depends on the article's unit, all of them."""
_ARTICLE_OWN = tuple(sorted(ARTICLE_FIELDS - {"sentence_mentions"}))
"""Of those, the ones keyed by article alone, in the order an article's unit hashes them."""
_SENTENCES = _ARTICLE_OWN.index("sentences")
WHOLE = "*"
"""The unit of an index read whole (iterated): every entry of it."""
_MISSING = ...
"""Stands for an entry that is not there (no index holds ``...``)."""


def _unit(index: str, key: object) -> str:
    """The unit an entry belongs to: ``a<TAB>article id``, ``entities<TAB>key`` (an entity's
    record), ``e<TAB>key`` (its entries in the other indexes by entity, one unit: fewer
    values to hash), or a whole index for keys of another shape than expected."""
    if index in ARTICLE_FIELDS:
        article = key[0] if index == "sentence_mentions" and isinstance(key, tuple) else key
        if isinstance(article, str):
            return f"a\t{article}"
    elif isinstance(key, str):
        return f"entities\t{key}" if index == "entities" else f"e\t{key}"
    return f"{WHOLE}\t{index}"


class _Reads(Mapping[Any, Any]):
    """One index of ``Linked`` that notes the unit of each entry read (``Mapping``'s
    ``keys``, ``items`` and ``values`` iterate: the whole index)."""

    __slots__ = ("_data", "_index", "_log")

    def __init__(self, data: Mapping[Any, Any], index: str, log: set[str]):
        self._data, self._index, self._log = data, index, log

    def __getitem__(self, key: object) -> Any:
        self._log.add(_unit(self._index, key))
        return self._data[key]

    def get(self, key: object, default: Any = None) -> Any:
        self._log.add(_unit(self._index, key))
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        self._log.add(_unit(self._index, key))
        return key in self._data

    def __iter__(self) -> Iterator[Any]:
        self._log.add(f"{WHOLE}\t{self._index}")
        return iter(self._data)

    def __len__(self) -> int:
        self._log.add(f"{WHOLE}\t{self._index}")
        return len(self._data)


class _Reading:
    """``Linked`` as a view sees it, noting what it reads."""

    def __init__(self, linked: Linked, log: set[str]):
        self._linked, self._log = linked, log

    def __getattr__(self, index: str) -> Any:
        data = getattr(self._linked, index)
        if isinstance(data, Mapping):
            return _Reads(data, index, self._log)
        self._log.add(f"{WHOLE}\t{index}")
        return data


@dataclass(frozen=True, slots=True)
class Parsed:
    """Stands for an article's sentences in its unit's value: the annotation cache's key of
    the parse they are (``ArticleAnnotation.key``, a digest of the text, the model and the
    curated patterns that can match there), which names them as the memos of resolve and
    extract already know them. Nothing in ``Linked`` is of this class."""

    key: str


@dataclass(frozen=True)
class Kept:
    """A page taken from the last build: its view read nothing that changed."""

    digest: str
    """The page's digest (as recorded)."""
    data: bytes | OnDisk
    """Its text, as the last build wrote it (or its file, unread)."""
    inputs: tuple[str, tuple[str, ...]]
    """What its view read and their digest, kept for the next build's record."""


class Cutoff:
    """Decides, per entity or article page, whether the last build's page stands
    (``kept``), and records what the views made anew read (``recorded``). Each unit's value
    is hashed at most once per build."""

    def __init__(
        self,
        linked: Linked,
        previous: Previous,
        digester: Digester,
        parses: Mapping[str, tuple[str, object]] | None = None,
    ):
        """``parses``: each article's annotation key with the sentences it names (the very
        tuple annotate gave); an article whose ``linked.sentences`` entry is that tuple
        hashes the key in its unit, not the sentences (a quarter of the unit digests' time
        after one edit), so that its parse is not hashed again."""
        self._linked = linked
        self._previous = previous
        self._digester = digester
        self._parses = parses or {}
        self._known: dict[str, bytes] = {}
        self._by_entity: list[Mapping[str, object]] | None = None

    def kept(self, page: str) -> Kept | None:
        """The last build's ``page`` if what its view read is unchanged."""
        known = self._previous.inputs_of(page)
        recorded = self._previous.digests.get(page)
        if known is None or not isinstance(recorded, list) or not recorded:
            return None
        try:
            same = self.digest(known[1]) == known[0]
        except (AttributeError, TypeError):  # a unit of no index this code has
            return None
        data = self._previous.data(page, str(recorded[0])) if same else None
        return None if data is None else Kept(str(recorded[0]), data, known)

    def recorded(self, make: Callable[[Linked], T]) -> tuple[T, tuple[str, tuple[str, ...]]]:
        """``make``'s value from the linked data, with what it read and their digest."""
        log: set[str] = set()
        value = make(cast(Linked, _Reading(self._linked, log)))
        units = tuple(sorted(log))
        return value, (self.digest(units), units)

    def digest(self, units: Iterable[str]) -> str:
        """The digest of ``units``' values in this build, salted as pages are."""
        h = self._digester.salted("inputs")
        # One update of every unit's name and digest (the bytes the digest reads are those
        # of one update per unit), each unit's made once a build: 70,000 reads at 1,000
        # articles, of 15,000 units.
        known = self._known
        h.update(b"".join([known.get(unit) or self._unit_digest(unit) for unit in units]))
        return h.hexdigest()

    def _unit_digest(self, unit: str) -> bytes:
        """``unit``'s name and its value's digest, as ``digest`` reads them. An entity's
        record is its digest, made once a build for every digest that holds it."""
        value = self._value(unit)
        if type(value) is Entity and unit.startswith("entities\t"):
            digest = self._digester.entity_digest(value)
        else:
            digest = self._digester.value_digest(value)
        found = self._known[unit] = unit.encode() + b"\0" + digest
        return found

    def _value(self, unit: str) -> object:
        index, _, key = unit.partition("\t")
        linked = self._linked
        if index == "a":
            # Its ``sentence_mentions`` are left out: ``link`` makes them from the article's
            # ``article_mentions`` alone (the same mentions, grouped by sentence, in order),
            # so they change only with those; hashing them too was a fifth of the bytes the
            # unit digests read after one edit.
            value = [getattr(linked, name).get(key, _MISSING) for name in _ARTICLE_OWN]
            parse = self._parses.get(key)
            if parse is not None and value[_SENTENCES] is parse[1]:
                value[_SENTENCES] = Parsed(parse[0])
            return tuple(value)
        if index == WHOLE:
            data = getattr(linked, key)
            return tuple(data.items()) if isinstance(data, Mapping) else data
        if index == "e":
            return tuple([entries.get(key, _MISSING) for entries in self._entity_indexes()])
        return getattr(linked, index).get(key, _MISSING)

    def _entity_indexes(self) -> list[Mapping[str, object]]:
        """``Linked``'s indexes by entity key other than ``entities``, in field order: each
        ``e`` unit holds its entries (looked up once a build, not once a unit)."""
        if self._by_entity is None:
            self._by_entity = [
                getattr(self._linked, f.name)
                for f in dataclasses.fields(self._linked)
                if f.name not in ARTICLE_FIELDS and f.name != "entities"
            ]
        return self._by_entity
