"""The briefing-wide steps of resolve and extract kept between builds: one file per step,
skipped when what the step reads is what it read last time. Shared by resolve, extract and
``load.kept``, so kept beside ``generator.memo`` rather than inside one stage.

After one edit, most of resolve's briefing-wide decisions (the verdict on every name, the
merges, the folds into bodies, the keys) read the same candidates and tables as in the last
build, and give the same answer. ``Steps.run`` hashes everything a step's function reads and,
when the digest is the one kept in the step's file, decodes the kept answer instead of
computing it. What a step reads is not listed by hand: it is the step's function as passed,
``functools.partial(f, *args)`` (its arguments) or a closure (the values of every variable it
names, found in the closure's cells), so a rule that starts reading another variable changes
the digest by itself. Module-level names the step reads are code, and the code (with the
libraries' versions) salts every digest, as for ``generator.memo.Memo``.

The files hold JSON's values (lists, dicts of strings, atoms) written by ``marshal`` and
sealed by a checksum (``generator.memo.sealed``: a byte damaged inside a value would else be
read as another value under the right key): a shared
or restored cache must not be able to run code (loading a ``marshal`` file never runs any, and
``decode`` makes only the generator's dataclasses), and it reads in less than half the time of
JSON (the per-article files of a rebuild at 1,000 articles hold 7 MB). An entry that cannot be
read, decoded or is for other inputs is ignored and the step computed again: the memo never
changes an answer, only how soon it comes. A value or input of a kind the digest or
the encoding does not know (a ``defaultdict``, say) is computed every time, never kept.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import io
import itertools
import json
import operator
import pickle
import sys
import types
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any, TypeVar

from .memo import (
    UNREADABLE,
    Entries,
    ReadAhead,
    code_digest,
    mark_used,
    sealed,
)
from .yamlio import Mark

T = TypeVar("T")

VERSION = "3"
"""Bump when a step file's form changes (2: ``marshal``, was JSON; 3: ``PerArticle``'s keys
made of their parts' digests, ``Steps.parts``)."""
PREFIX = "resolve-step-"
SUFFIX = ".marshal"
"""Step files are ``PREFIX + step + SUFFIX`` in the annotation cache's folder (pruned with it
when unused: a hit touches its file)."""

_ATOMS = (str, int, float, bool, type(None))
_ATOM = frozenset(_ATOMS)
_TEXTS = frozenset({str})


def _long_texts(seq: tuple[Any, ...]) -> bool:
    """Strings of 1,024 characters or more in all: an article's paragraphs, say."""
    return _TEXTS.issuperset(map(type, seq)) and sum(map(len, seq)) >= 1024


def _atoms(seq: list[Any] | tuple[Any, ...]) -> bool:
    # The types taken in C: a generator's step per item cost more than the digests of the
    # per-article steps' inputs and the decoding of their values did (tens of thousands of
    # lists a rebuild at 1,000 articles).
    return _ATOM.issuperset(map(type, seq))


class Unknown(TypeError):
    """An input or value the digest or the JSON encoding cannot represent faithfully."""


class Steps:
    """Resolve's step memo for one build, its files in ``folder`` (none kept when None), or
    in ``ahead`` when they were read ahead."""

    def __init__(
        self,
        folder: Path | None,
        *salt: object,
        verify: bool = False,
        ahead: ReadAhead | None = None,
    ):
        self.folder = folder
        self.ahead = ahead or ReadAhead()
        self.verify = verify
        """Compute on a hit too and fail if the kept value differs: for tests, which then hold
        every hand-listed key (``PerArticle``'s) to the inputs its computation reads."""
        digest = code_digest() if folder is not None else hashlib.sha256()
        digest.update(f"{VERSION}\0".encode())
        digest.update(json.dumps(salt, sort_keys=True, default=repr).encode())
        self._salt = digest.digest()
        self._canon: dict[int, tuple[object, object]] = {}
        """Immutable inputs (frozen dataclasses, frozensets) already made canonical in this
        build, by ``id``, each with the object itself so that its ``id`` is not reused."""
        self._rows: dict[tuple[int, ...], tuple[tuple[object, ...], object]] = {}
        """Sequences of frozen dataclasses of atoms already made canonical in this build, by
        their items' ``id``s, each with the items themselves (``_items``)."""
        self.counts: Counter[str] = Counter()
        """``hits``, ``misses`` and ``unkept`` (a step whose inputs or value cannot be kept)."""
        self.step_counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
        """``counts`` by step: a build's resolve and extract share one ``Steps``."""

    def count(self, step: str, what: str) -> None:
        """One more ``what`` (``hits``, ``article misses``...) for ``step``."""
        self.counts[what] += 1
        self.step_counts[step][what] += 1

    def run(self, step: str, compute: Callable[[], T]) -> T:
        """``compute()``, or its value of the last build when it reads the same inputs."""
        if self.folder is None:
            return compute()
        try:
            key = self._key(step, compute)
        except Unknown:
            self.count(step, "unkept")
            return compute()
        return self._kept(step, key, compute, lambda: self._key(step, compute) != key)

    def keyed(self, step: str, inputs: bytes, compute: Callable[[], T]) -> T:
        """``compute()``, or its value of the last build for the same ``inputs``: a digest
        the caller made of everything ``compute`` reads (salted here with the code's), for
        a step whose inputs are known by fingerprints kept beside them (``PerArticle.noted``)
        rather than digested whole."""
        if self.folder is None:
            return compute()
        digest = hashlib.sha256(self._salt)
        digest.update(step.encode() + b"\0")
        digest.update(inputs)
        return self._kept(step, digest.hexdigest(), compute, lambda: False)

    def _kept(
        self, step: str, key: str, compute: Callable[[], T], changed: Callable[[], bool]
    ) -> T:
        assert self.folder is not None
        path = self.folder / f"{PREFIX}{step}{SUFFIX}"
        try:
            kept = self.ahead.take(path)
            if kept["key"] == key:
                value: T = decode(kept["value"])
            else:
                raise KeyError(step)
        except (*UNREADABLE, KeyError, IndexError, AttributeError, ImportError):
            pass  # computed below, outside this handler
        else:
            self.count(step, "hits")
            mark_used(path)
            if self.verify and value != compute():
                raise AssertionError(f"{path}: a kept value is not the computed one")
            return value
        value = compute()
        try:
            data = sealed({"key": key, "value": encode(value)})
            if changed():
                # The step changed what it read (a default dict it looked into, say): taken
                # from a file, it would not, and what follows would read other values.
                raise Unknown(f"{step} changes its inputs")
        except Unknown:
            self.count(step, "unkept")
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)  # a kept value of other inputs is of no use
            return value
        self.count(step, "misses")
        self.ahead.write(path, data)  # unwritable: none (a read-only cache still builds)
        return value

    def _key(self, step: str, compute: Callable[[], object]) -> str:
        digest = hashlib.sha256(self._salt)
        digest.update(step.encode() + b"\0")
        digest.update(_pickled(self.canonical(compute)))
        return digest.hexdigest()

    def _items(self, seq: list[Any] | tuple[Any, ...]) -> object:
        """A sequence's items made canonical, quickly for the usual long ones: atoms, or
        dataclasses of atoms of one kind (some 35,000 candidates, each a row made in C)."""
        if _atoms(seq):
            return list(seq)
        first: type = type(seq[0])
        row = _flat(first)
        if row is not None and {first}.issuperset(map(type, seq)):
            if not first.__dataclass_params__.frozen:  # type: ignore[attr-defined]
                return (_name(first), list(map(row, seq)))
            # Frozen rows, as a digest remembered by the items' ``id``s for the build: the
            # per-article passes key each article's candidates (some 35,000 in all) and
            # most passes get the very objects the one before had (``PerArticle``).
            return self._frozen_rows(seq, first, row)
        if first is tuple and {tuple}.issuperset(map(type, seq)):
            # Tuples of frozen rows (each sentence's dates, read by extract's key for every
            # sentence of every article): their rows as one sequence, with the tuples'
            # lengths, one digest instead of one a tuple.
            flat = list(itertools.chain.from_iterable(seq))
            if flat and _frozen_rows(flat):
                return ("nested", list(map(len, seq)), self._items(flat))
        return [self.canonical(item) for item in seq]

    def _frozen_rows(
        self,
        seq: list[Any] | tuple[Any, ...],
        first: type,
        row: Callable[[object], tuple[object, ...]],
    ) -> tuple[str, str, bytes]:
        """Frozen rows of one kind (``first``'s, read by ``row``) as their class's name and
        the digest of their fields, remembered by the items' ``id``s for the build."""
        ids = tuple(map(id, seq))
        known = self._rows.get(ids)
        if known is None:
            rows = hashlib.sha256(_pickled(list(map(row, seq)))).digest()
            known = self._rows[ids] = (tuple(seq), (_name(first), "rows", rows))
        return known[1]  # type: ignore[return-value]

    def seed(self, rows: list[Any] | tuple[Any, ...], token: str) -> None:
        """Know ``rows`` (frozen rows of one kind, these very objects in this order) by
        ``token`` for the build: the key of the memo entry they were decoded from (an
        article's ``collect``), a digest of all they are made of, so the per-article passes
        that key them (the first one gets each article's candidates as collected: 30,000 at
        1,000 articles) digest no row of theirs again. Their digest is another than their
        rows' would be (a miss, once, where the same rows come hashed in another build),
        never the digest of other rows. Rows of any other kind are left to be digested."""
        if self.folder is None or not rows or not _frozen_rows(list(rows)):
            return
        first: type = type(rows[0])
        made = (_name(first), "rows", hashlib.sha256(b"seeded\0" + token.encode()).digest())
        self._rows.setdefault(tuple(map(id, rows)), (tuple(rows), made))

    def parts(self, inputs: tuple[object, ...]) -> bytes:
        """A per-article entry's ``inputs`` as the bytes its key digests: each part by its
        own digest where one is made once a build, so that a step's key is one digest of a
        few short parts, not its inputs made canonical and pickled again, for each of the
        twelve steps that key every article (13,000 keys a rebuild at 1,000 articles): the
        article's paragraphs (a tuple of strings) by the tuple's ``id``, its candidates or
        mentions (frozen rows of one kind) by their items'. A string (an id, an
        annotation's key) is itself; any other part is ``canonical``'s form pickled
        (``Unknown`` as there). Each part is tagged and its length given, so that no two
        inputs give the same bytes."""
        out = [b"parts"]
        for value in inputs:
            kind = type(value)
            if kind is str:
                data = value.encode("utf-8", "surrogatepass")  # type: ignore[attr-defined]
                out += (b"s%d\0" % len(data), data)
                continue
            if kind is tuple:
                texts = self._canon.get(id(value))
                if texts is None and _TEXTS.issuperset(map(type, value)):  # type: ignore[call-overload]
                    made = ("texts", hashlib.sha256(_pickled(list(value))).digest())  # type: ignore[call-overload]
                    texts = self._canon[id(value)] = (value, made)
                if texts is not None:
                    out += (b"t", texts[1][1])  # type: ignore[index]
                    continue
            elif kind is list and value:
                seq: Any = value
                first: type = type(seq[0])
                row = _flat(first)
                if (
                    row is not None
                    and first.__dataclass_params__.frozen  # type: ignore[attr-defined]
                    and {first}.issuperset(map(type, seq))
                ):
                    name, _, digest = self._frozen_rows(seq, first, row)
                    out += (b"r%d\0" % len(name), name.encode(), digest)
                    continue
            data = _pickled(self.canonical(value))
            out += (b"c%d\0" % len(data), data)
        return b"".join(out)

    def _texts(self, texts: tuple[str, ...]) -> object:
        """A tuple of strings (an article's paragraphs, read by nine per-article steps) as
        the digest of its pickled form, remembered by the tuple's ``id`` for the build."""
        known = self._canon.get(id(texts))
        if known is None:
            made = ("texts", hashlib.sha256(_pickled(list(texts))).digest())
            known = self._canon[id(texts)] = (texts, made)
        return known[1]

    def canonical(self, value: object) -> object:
        """``value`` as plain tuples, lists and atoms that pickle to the same bytes in any
        process when the values are equal: sets sorted, dataclasses as their fields, functions
        as their name and what their closure holds. Dicts keep their order (a step may read
        it). Anything else raises ``Unknown``."""
        kind = type(value)
        if kind in _ATOMS:
            return value
        if kind is tuple and _long_texts(value):  # type: ignore[arg-type]
            return self._texts(value)  # type: ignore[arg-type]
        if kind is list or kind is tuple:
            seq: Any = value
            return (kind.__name__, self._items(seq))
        if kind is dict or kind is Counter:
            mapping: Any = value
            keys = list(mapping)
            if _atoms(keys):  # most tables: names to names, verdicts, counts
                return (kind.__name__, keys, self._items(list(mapping.values())))
            return (
                kind.__name__,
                [(self.canonical(k), self.canonical(v)) for k, v in mapping.items()],
            )
        if kind is defaultdict:
            table: Any = value
            return (
                "defaultdict",
                self.canonical(table.default_factory),
                [(self.canonical(k), self.canonical(v)) for k, v in table.items()],
            )
        if kind is Mark:  # a curated entity's line in its file (``Source``), with its column
            mark: Any = value
            return ("mark", int(mark), mark.column)
        if isinstance(value, type):
            return ("type", f"{value.__module__}.{value.__qualname__}")
        if isinstance(value, PurePath):
            return ("path", str(value))
        if kind is frozenset or kind is set:
            known = self._canon.get(id(value))
            if known is not None:
                return known[1]
            items: list[Any] = list(value)  # type: ignore[call-overload]
            # A set of atoms (the briefing's lower-case words, tens of thousands, read by
            # four per-article steps' shared tables) is its own canonical form: sorted as it
            # is, not item by item through this function.
            made = (
                kind.__name__,
                _sorted(items if _atoms(items) else [self.canonical(item) for item in items]),
            )
            if kind is frozenset:
                self._canon[id(value)] = (value, made)
            return made
        if dataclasses.is_dataclass(kind):
            known = self._canon.get(id(value))
            if known is not None:
                return known[1]
            made = (_name(kind), [self.canonical(v) for v in _fields(kind)(value)])
            if kind.__dataclass_params__.frozen:  # type: ignore[attr-defined]
                self._canon[id(value)] = (value, made)
            return made
        if kind is functools.partial:
            part: Any = value
            return (
                "partial",
                self.canonical(part.func),
                self.canonical(part.args),
                self.canonical(dict(sorted(part.keywords.items()))),
            )
        if kind is types.FunctionType:
            function: Any = value
            cells = []
            for name, cell in zip(
                function.__code__.co_freevars, function.__closure__ or (), strict=True
            ):
                try:
                    cells.append((name, self.canonical(cell.cell_contents)))
                except ValueError:
                    cells.append((name, "<empty>"))  # a variable not yet given a value
            return (
                "function",
                f"{function.__module__}.{function.__qualname__}",
                cells,
                self.canonical(function.__defaults__),
                self.canonical(function.__kwdefaults__),
            )
        if kind is types.BuiltinFunctionType:
            return ("builtin", repr(value))
        raise Unknown(f"{kind.__qualname__} cannot be digested")


class PerArticle:
    """One step's per-article values, all in one file (``PREFIX + step + SUFFIX``): a rebuild
    after one edit reads the file once and computes only the articles whose inputs differ.

    Each entry's key digests the article's own inputs as ``get`` is given them, and
    ``shared``, the briefing-wide tables every article's computation may read (digested once
    a build, by ``Steps.canonical``), with the code's digest as for ``Steps``. After ``save``
    the file holds this build's entries only, so it never grows past one per article. A
    damaged or foreign file, or an entry that does not decode, is ignored and computed."""

    def __init__(self, steps: Steps, step: str, *shared: object):
        self._steps = steps
        self._step = step
        self.path = steps.folder / f"{PREFIX}{step}{SUFFIX}" if steps.folder is not None else None
        self._entries = Entries(self.path, steps.ahead)
        if self.path is None:
            return
        try:
            digest = hashlib.sha256(steps._salt)
            digest.update(step.encode() + b"\0")
            digest.update(_pickled(steps.canonical(shared)))
            self._shared: bytes | None = digest.digest()
        except Unknown:
            self._shared = None  # tables the digest cannot read: nothing kept
            steps.count(step, "unkept")
            return
        self._entries.kept()  # read once, now

    def get(
        self,
        inputs: tuple[object, ...],
        compute: Callable[[], T],
        check: Callable[[object], bool] = lambda value: True,
    ) -> T:
        """``compute()``, or the value kept for the same ``inputs`` and shared tables (if
        ``check`` accepts it: a file of the right form may still hold another kind)."""
        return self.noted(inputs, compute, check)[0]

    def noted(
        self,
        inputs: tuple[object, ...],
        compute: Callable[[], T],
        check: Callable[[object], bool] = lambda value: True,
        note: Callable[[object], str] | None = None,
        decoder: Callable[[object], Any] | None = None,
    ) -> tuple[T, str | None]:
        """``get``'s value, with ``note`` of its encoded form (``encode``'s) as kept beside
        it: computed only with the value (or for an entry kept without one), so that a hit
        reads the note, not the value's bytes. None without ``note``, or for a value that
        is not kept (no folder, or of a kind ``encode`` cannot keep). ``decoder`` gives a
        kept value back from its encoded form instead of ``decode`` (the caller's, decoding
        some parts only when asked: it answers for what they hold)."""
        if self.path is None or self._shared is None:
            return compute(), None
        try:
            key = self._key(inputs)
        except Unknown:
            self._steps.count(self._step, "unkept")
            return compute(), None
        kept = self._entries.kept()
        if key in kept:
            try:
                value: T = (decoder or decode)(kept[key])
                if not check(value):
                    raise ValueError("a kept value of another kind")
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, ImportError):
                pass  # computed below
            else:
                self._steps.count(self._step, "article hits")
                self._entries.used[key] = kept[key]
                if self._steps.verify and decode(kept[key]) != compute():
                    raise AssertionError(f"{self.path}: a kept value is not the computed one")
                return value, self._note(key, kept[key], note)
        value = compute()
        self._steps.count(self._step, "article misses")
        self._entries.changed = True
        self._entries.notes.pop(key, None)
        try:
            encoded = self._entries.used[key] = encode(value)
        except Unknown:
            self._steps.count(self._step, "unkept")
            return value, None
        return value, self._note(key, encoded, note)

    def _key(self, inputs: tuple[object, ...]) -> str:
        """The entry's key: the shared tables' digest and the article's ``inputs``."""
        assert self._shared is not None
        digest = hashlib.sha256(self._shared)
        digest.update(self._steps.parts(inputs))
        return digest.hexdigest()

    def _note(self, key: str, encoded: object, note: Callable[[object], str] | None) -> str | None:
        if note is None:
            return None
        found = self._entries.notes.get(key)
        if type(found) is not str:
            found = self._entries.notes[key] = note(encoded)
            self._entries.changed = True  # kept by ``save``
        return found

    @property
    def shared(self) -> bytes | None:
        """The digest of the shared tables (salted with the code's and the step's name), or
        None when nothing is kept."""
        return self._shared if self.path is not None else None

    def save(self) -> None:
        """Keep this build's entries (and only them), if any differ from the file's."""
        self._entries.save()  # nothing if no file was read (no folder, or no shared tables)


def _pickled(value: object) -> bytes:
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=5)
    pickler.fast = True  # no memo: equal values give equal bytes however they are shared
    pickler.dump(value)
    return out.getvalue()


def _name(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


_FLAT = frozenset({"str", "int", "bool", "float", "str | None", "int | None"})


@functools.cache
def _flat(kind: type) -> Callable[[object], tuple[object, ...]] | None:
    """For a dataclass whose fields are all declared atoms: a getter of its fields' values (a
    value of another kind there would only make the digest differ from build to build)."""
    if not dataclasses.is_dataclass(kind):
        return None
    fields = dataclasses.fields(kind)
    if not fields or any(str(f.type) not in _FLAT or not f.init for f in fields):
        return None
    return _fields(kind)


@functools.cache
def _fields(kind: type) -> Callable[[object], tuple[object, ...]]:
    """A getter of a dataclass's fields' values, in their order."""
    names = [f.name for f in dataclasses.fields(kind)]
    if not names:
        return lambda item: ()
    getter = operator.attrgetter(*names)
    return getter if len(names) > 1 else lambda item: (getter(item),)


def _frozen_rows(seq: list[Any]) -> bool:
    """Frozen dataclasses of atoms, all of one kind: ``Steps._items``' remembered rows."""
    first: type = type(seq[0])
    return (
        _flat(first) is not None
        and first.__dataclass_params__.frozen  # type: ignore[attr-defined]
        and {first}.issuperset(map(type, seq))
    )


def _rows(seq: list[Any] | tuple[Any, ...]) -> list[object] | None:
    """Dataclasses of one kind whose values are all JSON atoms as ``[class, row, ...]``."""
    if not seq:
        return None
    first: type = type(seq[0])
    row = _flat(first)
    if row is None or not first.__module__.startswith("generator."):
        return None
    if not all(type(item) is first for item in seq):
        return None
    rows = [list(row(item)) for item in seq]
    if not all(type(v) in _ATOM and v == v for r in rows for v in r):  # no NaN
        return None
    return [f"{first.__module__}:{first.__qualname__}", *rows]


def _sorted(items: list[object]) -> list[object]:
    try:
        return sorted(items)  # type: ignore[type-var]
    except TypeError:  # mixed kinds: any fixed order will do
        return sorted(items, key=repr)


# -- the kept values as JSON ------------------------------------------------------------------
# A value is an atom (JSON's own: str, int, float, bool, None) or a list whose first item says
# what it is, so that tuples stay tuples and sets sets, and a dataclass is rebuilt from its
# fields (only dataclasses of the generator's own modules).


def encode(value: object) -> object:
    """``value`` as JSON values; ``Unknown`` for a kind ``decode`` could not give back."""
    kind = type(value)
    if kind in _ATOMS:
        if kind is float and value != value:  # NaN is not equal to itself: never "the same"
            raise Unknown("NaN")
        return value
    if kind is list or kind is tuple:
        seq: Any = value
        if rows := _rows(seq):
            return ["rows", kind.__name__, *rows]
        return [kind.__name__, *(encode(item) for item in seq)]
    if kind is set or kind is frozenset:
        items: Any = value
        return [kind.__name__, *(encode(item) for item in items)]
    if kind is dict or kind is Counter:
        mapping: Any = value
        if (
            kind is dict
            and _atoms(keys := list(mapping))
            and (rows := _rows(list(mapping.values())))
        ):
            return ["dictrows", keys, *rows]  # names to verdicts
        return [kind.__name__, *([encode(k), encode(v)] for k, v in mapping.items())]
    if dataclasses.is_dataclass(kind) and kind.__module__.startswith("generator."):
        fields = dataclasses.fields(kind)
        if any(not f.init for f in fields):
            raise Unknown(f"{kind.__qualname__} has fields its constructor does not take")
        return [
            "object",
            f"{kind.__module__}:{kind.__qualname__}",
            *(encode(getattr(value, f.name)) for f in fields),
        ]
    raise Unknown(f"{kind.__qualname__} cannot be kept")


def decode(data: object) -> Any:
    """Back from ``encode``; ``ValueError`` (or ``TypeError``, ``KeyError``) for anything else."""
    if type(data) is not list:
        if type(data) not in _ATOM:  # a dict, or of a kind ``marshal`` has and JSON has not
            raise ValueError(f"a {type(data).__name__} where a value was expected")
        return data
    tag, *rest = data
    if isinstance(tag, str) and tag in _SEQUENCES:
        # Atoms decode as themselves: most kept lists are of atoms (True for a candidate
        # left as it was), made in one step.
        return _SEQUENCES[tag](rest if _atoms(rest) else map(decode, rest))
    if tag == "dict":
        return {decode(k): decode(v) for k, v in rest}
    if tag == "Counter":
        return Counter({decode(k): decode(v) for k, v in rest})
    if tag == "rows":
        made = _class(rest[1])
        items = [made(*_row(row)) for row in rest[2:]]
        if rest[0] not in ("list", "tuple"):
            raise ValueError(f"rows of a {rest[0]!r}")
        return items if rest[0] == "list" else tuple(items)
    if tag == "dictrows":
        made = _class(rest[1])
        return dict(zip(rest[0], (made(*_row(row)) for row in rest[2:]), strict=True))
    if tag == "object":
        return _class(rest[0])(*(decode(item) for item in rest[1:]))
    raise ValueError(f"unknown tag {tag!r}")


def decode_columns(data: object, count: int, atoms: frozenset[object]) -> tuple[list[Any], ...]:
    """Back from ``encode`` of a tuple of ``count`` lists whose items are all of ``atoms``'
    kinds (``atoms`` must hold ``str``, the tag's kind): typed as they are built, so that a
    per-article memo's hit (``PerArticle.noted``'s ``decoder``) needs no ``decode`` then a
    second pass over every column. ``ValueError`` for anything else."""
    if type(data) is not list or len(data) != count + 1 or data[0] != "tuple":
        raise ValueError("not a tuple of columns")
    columns = data[1:]
    for column in columns:
        if type(column) is not list or not column or column[0] != "list":
            raise ValueError("a column that is not a list")
        if not atoms.issuperset(map(type, column)):
            raise ValueError("a column of other kinds")
    return tuple(column[1:] for column in columns)


def _row(row: object) -> list[object]:
    """A row of ``_rows``' as kept: a list of atoms, nothing else."""
    if type(row) is not list or not _atoms(row):
        raise ValueError("a row that is not a list of atoms")
    return row


_SEQUENCES: dict[object, Callable[[Any], object]] = {
    "list": list,
    "tuple": tuple,
    "set": set,
    "frozenset": frozenset,
}


@functools.cache
def _class(name: str) -> Callable[..., object]:
    """A dataclass of the generator's own modules by ``module:qualname``, nothing else, and
    only from a module already imported: a file must not be able to import one (``__main__``
    would run the command line)."""
    module, _, qualname = str(name).partition(":")
    loaded = sys.modules.get(module)
    if not module.startswith("generator.") or not qualname.isidentifier() or loaded is None:
        raise ValueError(f"not a generator class: {name!r}")
    found = getattr(loaded, qualname)
    if not isinstance(found, type) or not dataclasses.is_dataclass(found):
        raise ValueError(f"not a dataclass: {name!r}")
    return found
