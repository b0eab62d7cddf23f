"""Names of international organisations and armed groups, so that the ones the NER misses or
cuts become organisation mentions.

States come from a maintained list (``gazetteer``); organisations had none, and the small
model misses or cuts names any analyst knows ("Hizbul Mujahideen", "Kurdistan Workers'
Party"). ``data/organisations.txt`` holds the organisation entries of the Phoenix actor
dictionaries (PETRARCH2, MIT licence; its header says which and how). Only an exact,
case-sensitive match of a listed name that no NER span covers, or that NER spans cut into
pieces, becomes a mention, labelled ORG: a span reaching past the match, a curated span, a
name inside a hyphenated word ("UN-backed") or right after a capitalised word ("National
Security Council") is left as it is. An acronym ("IRA", "ETA", "ICC") is a mention only where
the same article writes one of its entry's long forms ("the Irish Republican Army"): alone it
is as often an abbreviation of business or sport news (an individual retirement account, an
estimated time of arrival, the International Cricket Council).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from .gazetteer import demonym_state
from .model import Span


class Verdict(Protocol):
    """What resolve decided of a name (``resolve.decide.Verdict``), as far as read here."""

    @property
    def name(self) -> str | None: ...

    @property
    def curated_key(self) -> str | None: ...


ORGANISATIONS = Path(__file__).parent / "data" / "organisations.txt"
ORGANISATIONS_DIGEST = hashlib.sha256(ORGANISATIONS.read_bytes()).hexdigest()[:16]
"""Part of the annotation cache key: an edit of the list changes the spans without a code
change, and must not read back stale annotations."""
LABEL = "ORG"


_CO_VOWEL = re.compile(r"\b([Cc])o(o[a-z]*(?:ation|ative))")
"""'Cooperation', 'Coordination', 'Cooperative': "co" before a word opening with a vowel,
which British spelling hyphenates ("Organization for Security and Co-operation in Europe")."""

_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,7}|[A-Z]{1,6}\d{1,2}|[A-Z]{2,6}-[A-Z0-9]{1,4}")


def is_listed_acronym(form: str) -> bool:
    """'IRA', 'U.N.', 'G8', 'FARC-EP': a form read only with its long form nearby."""
    return bool(_ACRONYM.fullmatch(form))


@dataclass(frozen=True)
class KnownOrganisation:
    """One entry of the list: the dictionary's code, the name a page takes, its synonyms."""

    code: str
    name: str
    synonyms: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        """The name, its synonyms, and each with British spelling's hyphen ("Co-operation",
        "Co-ordination"), which the dictionary writes closed up: the same name, either way."""
        written = (self.name, *self.synonyms)
        hyphened = (_CO_VOWEL.sub(r"\1o-\2", f) for f in written)
        return tuple(dict.fromkeys((*written, *(f for f in hyphened if f not in written))))

    @property
    def long_forms(self) -> tuple[str, ...]:
        """The forms read alone, and whose presence lets the ``guarded`` ones be read."""
        return tuple(f for f in self.forms if not self.guarded(f))

    def guarded(self, form: str) -> bool:
        """A form read only where its article also writes a long form of the entry: an
        acronym ("IRA"), and one word of an armed group, which the dictionary often names in
        everyday words ("Avengers", "Tigers", "Lightning", "Mavericks": the films, the teams,
        the weather; an "Avengers" page came from a film review). One-word names of the IGO
        and NGO parts are coined ("Oxfam", "Unicef", "Opec") and stay readable alone; the NER
        reads the coined armed groups' ("Hezbollah", "Taliban") itself."""
        if is_listed_acronym(form):
            return True
        return " " not in form and not self.code.startswith(("IGO", "NGO"))


def read_organisations(path: Path = ORGANISATIONS) -> tuple[KnownOrganisation, ...]:
    """The entries of an organisation list, in file order. A form listed under two entries is
    an error: the list must never join two organisations."""
    entries: list[KnownOrganisation] = []
    seen: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, name, *rest = line.split("\t")
        synonyms = tuple(s for s in (rest[0].split("|") if rest else ()) if s)
        entry = KnownOrganisation(code, name, synonyms)
        for form in entry.forms:
            if form in seen and seen[form] != name:
                raise ValueError(f"{path}:{number}: {form!r} already listed for {seen[form]!r}")
            seen[form] = name
        entries.append(entry)
    return tuple(entries)


@cache
def organisations() -> tuple[KnownOrganisation, ...]:
    return read_organisations()


@cache
def intergovernmental() -> frozenset[str]:
    """Every form of the list's intergovernmental organisations (codes ``IGO…``: "United
    Nations", "UN", "Council of Europe"), which draw up conventions that states join."""
    return frozenset(f for o in organisations() if o.code.startswith("IGO") for f in o.forms)


def _alternation(forms: Iterable[str]) -> str:
    """``forms`` as one alternative per first character, each holding its forms longest
    first: the same matches as one alternation longest first, but ``re`` then picks the
    alternative by the text's next character instead of trying 5,000 forms at every one
    (a flat alternation took 40 s of CPU over 1,000 articles' text; this, under half a
    second)."""
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        by_first.setdefault(form[0], []).append(form)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(f[1:]) for f in group) + ")"
        for first, group in sorted(by_first.items())
    )


def _compiled(forms: Iterable[str]) -> re.Pattern[str]:
    """``forms``, the longest that ends at a boundary winning ("UN Security Council" over
    "UN"), between word boundaries that also refuse a hyphen ("UN-backed", "ZANU-PF"); no
    forms: a pattern that matches nothing."""
    alternation = _alternation(forms)
    if not alternation:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w\-])(?:{alternation})(?![\w\-])")


@cache
def _pattern() -> re.Pattern[str]:
    """Every listed form (``_compiled``)."""
    return _compiled(_every_form())


@cache
def _every_form() -> tuple[str, ...]:
    return tuple(sorted({f for e in organisations() for f in e.forms}))


@cache
def _long_forms() -> frozenset[str]:
    return frozenset(f for e in organisations() for f in e.long_forms)


@dataclass(frozen=True)
class Listed:
    """The list's patterns as ``known_matches`` (every form) and ``spelt_out`` (the long
    forms) read them; by default the whole list's (``listed``)."""

    every: re.Pattern[str]
    long: re.Pattern[str]
    owners: Mapping[str, KnownOrganisation] | None = None
    """The entries of the forms the patterns can match, when only a few (``listed_in``): a
    process sent them with the patterns parses without reading the list (the rebuild's spaCy
    process, ``preload``); None: every form's (``_owners``)."""


def listed() -> Listed:
    """The whole list's patterns, compiled once a process (some 0.17 s of CPU: 4,000 forms)."""
    return Listed(_pattern(), _long_pattern())


def listed_in(text: str) -> Listed:
    """The patterns of only the listed forms that ``text`` holds: a form a text does not hold
    cannot match in it (nor in any part of it), so they find the same matches there as
    ``listed``'s. For the few articles parsed after an edit, testing each form against their
    text and compiling the few found takes milliseconds where compiling the whole list took
    0.17 s; over many articles the whole list, compiled once, is the cheaper."""
    present = [form for form in _every_form() if form in text]
    long, owners = _long_forms(), _owners()
    return Listed(
        _compiled(present),
        _compiled(f for f in present if f in long),
        {form: owners[form] for form in present},
    )


_BEFORE = re.compile(r"(?<!\S)([A-Z][A-Za-z'’.]*) $")
_OPENERS = frozenset({"The", "A", "An"})
_OPENERS_ONLY = re.compile(r"(?:The|the) ")
"""What a span may hold before a listed name and still be the NER's reading of it: "|The
Organization for Security and Cooperation| in Europe", the article, cut at "in" (blind43)."""
_OFFICE_AFTER = re.compile(
    r" (?:Country|Regional|Deputy|Executive|Resident|Special) "
    r"(?:Director|Representative|Coordinator|Envoy|Head|Manager)s?\b"
)
"""After a listed name, the office its staff hold there ("World Health Organization |Country|
Director Dr. David Okello", blind44): a span running on into it is the name and a title, and
the name alone is the body."""


def _after_capitalised(text: str, start: int) -> bool:
    """The word right before ``start`` is a capitalised word: the match may be the end of a
    longer name the list does not hold ("National Security Council"). Not an article opening
    the sentence, nor a nation's adjective ("Lebanese Hezbollah", "Afghan Taliban")."""
    found = _BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group(1)
    return word not in _OPENERS and demonym_state(word) is None


@cache
def _owners() -> dict[str, KnownOrganisation]:
    return {form: entry for entry in organisations() for form in entry.forms}


def _owners_of(patterns: Listed | None) -> Mapping[str, KnownOrganisation]:
    """The entries of the forms ``patterns`` match (``Listed.owners``), else every form's."""
    return patterns.owners if patterns is not None and patterns.owners is not None else _owners()


@cache
def _long_pattern() -> re.Pattern[str]:
    return _compiled(_long_forms())


def spelt_out(text: str, patterns: Listed | None = None) -> frozenset[str]:
    """The entries (by name) whose long form ``text`` (an article) writes: their acronyms may
    be read there. ``patterns``: the list's (``listed`` or ``listed_in``), by default the
    whole list's."""
    owners = _owners_of(patterns)
    found = (patterns or listed()).long.finditer(text)
    return frozenset(owners[m.group()].name for m in found)


def known_matches(
    text: str, start: int = 0, end: int | None = None, patterns: Listed | None = None
) -> Iterator[re.Match[str]]:
    """Matches of listed forms in ``text[start:end]``, left to right, not overlapping."""
    every = (patterns or listed()).every
    return every.finditer(text, start, len(text) if end is None else end)


def with_known_organisations(
    text: str,
    spans: Iterable[Span],
    start: int = 0,
    end: int | None = None,
    spelt: frozenset[str] = frozenset(),
    patterns: Listed | None = None,
) -> tuple[Span, ...]:
    """``spans`` (within ``text[start:end]``, offsets into ``text``) with a listed name the NER
    missed or cut added as an ORG span; sorted by start. Spans reaching past a match, or
    curated, win; a ``guarded`` form counts only for an entry in ``spelt`` (``spelt_out`` of its
    article). ``patterns``: as in ``known_matches``."""
    kept = sorted(spans, key=lambda s: (s.start, s.end))
    owners = _owners_of(patterns)
    for found in known_matches(text, start, end, patterns):
        first, last = found.span()
        if _after_capitalised(text, first):
            continue
        owner = owners[found.group()]
        if owner.guarded(found.group()) and owner.name not in spelt:
            continue  # "IRA" with no "Irish Republican Army" in the article: not its
        overlapping = [s for s in kept if s.start < last and first < s.end]
        if any(
            s.entity
            or (s.start < first and not _OPENERS_ONLY.fullmatch(text, s.start, first))
            or (s.end > last and not _OFFICE_AFTER.match(text, last))
            for s in overlapping
        ):
            continue  # curated, covered, or crossing the match's edge
        if len(overlapping) == 1 and (overlapping[0].start, overlapping[0].end) == (first, last):
            continue  # the NER read it whole
        kept = [s for s in kept if s not in overlapping]
        kept.append(Span(found.group(), LABEL, first, last, None))
        kept.sort(key=lambda s: (s.start, s.end))
    return tuple(kept)


def listed_acronyms(
    verdicts: Mapping[str, Verdict],
    definitions: Mapping[str, str],
    named: Iterable[tuple[str, str]],
) -> dict[str, str]:
    """A listed organisation's acronym to its listed long form, both named in one article
    (``named``: article, name) and the long form an actor: one actor, under the long form. Not
    an acronym the text defines otherwise (``definitions`` win), a curated one, or one already
    another actor's; a form is listed under one organisation only (``read_organisations``), so
    two organisations are never joined."""
    by_article: dict[str, set[str]] = {}
    for article, name in named:
        by_article.setdefault(article, set()).add(name)
    together = [names for names in by_article.values()]
    found: dict[str, str] = {}
    for entry in organisations():
        longs = [f for f in entry.long_forms if f in verdicts and verdicts[f].name]
        if not longs:
            continue
        for form in entry.forms:
            if not is_listed_acronym(form) or form not in verdicts or form in definitions:
                continue
            verdict = verdicts[form]
            if verdict.curated_key or verdict.name not in (None, form):
                continue
            long = next((f for f in longs if any({f, form} <= names for names in together)), None)
            if long is not None and verdict.name != verdicts[long].name:
                found[form] = long
    return found
