"""Acronyms: a body's name with its acronym in brackets, and an acronym to the name it stands for.

``_ACRONYM_IN_BRACKETS``, ``_defined_before`` and ``_initialism_of_body`` find "Transport for
London (TfL)"; ``_spelt_body`` and ``_extend_to_defined_acronym`` extend a span the NER cut to
the whole name an acronym spells."""

from __future__ import annotations

import re

from ...model import Span
from ..names import INITIALISM, SPACED_DASH, initials, spells_initialism
from ..vocab import CALENDAR_WORDS
from .records import _without_inner
from .words import BODY_HEADS, _a_place, body_word

_ACRONYM_IN_BRACKETS = re.compile(rf" \( ?([A-Z][A-Z&]{{1,6}}|{INITIALISM.pattern}) ?\)")
"""An acronym in brackets: capitals ("RPR"), or a British body's initialism with its small
words' letters ("Transport for London (TfL)", ``names.is_initialism``), which the NER misses
before it as often; a space may pad it inside the brackets ("Committee ( KEIN ) chairman",
actors94)."""
_NOT_BODIES = frozenset(
    """memorandum memorandums memoranda agreement agreements treaty treaties accord accords pact
    pacts protocol deal deals charter declaration convention line lines understanding""".split()
)
"""Words of a long name that a mixed-case initialism in brackets never makes a body's:
"a Memorandum of Understanding (MoU)", "the Line of Control (LoC)" (fix68)."""


def _initialism_of_body(initialism: str, name: str) -> bool:
    """Whether a mixed-case initialism in brackets ("TfL") defines ``name`` as a body: the
    letters spell it word by word, and a word of it makes it a body's ("Council", "Fund") or
    it ends in a place ("Transport for London"); no agreement's or line's noun in it.
    Capitals are acronyms of anything, but "MoU", "LoC", "GoT" are mostly not bodies."""
    words = name.split()
    return (
        spells_initialism(initialism, name)
        and not any(w.lower() in _NOT_BODIES for w in words)
        and (any(body_word(w) for w in words) or _a_place(words[-1]))
    )


_SMALL_IN_NAMES = frozenset("for of the a an and on in de du des la le pour".split())


_TRANSLATED_HEADS = frozenset("party front movement alliance union council league".split())
"""Last words of a body's name that the news translate while keeping its own acronym."""


def _defined_before(before: str, acronym: str) -> tuple[int, int] | None:
    """(start, end) of the capitalised run ending ``before`` that an acronym in brackets
    after it defines: two capitalised words or more (small words between them), the first
    one's initial the acronym's (or the run a party's, a front's … name, translated), after
    a lower-case word, a possessive or nothing."""
    tokens = list(re.finditer(r"\S+", before))
    first = len(tokens)
    while first and (
        re.fullmatch(r"[A-Z][\w'’-]*(?<!['’]s)", tokens[first - 1].group(0))
        or tokens[first - 1].group(0) in _SMALL_IN_NAMES
    ):
        first -= 1
    run = tokens[first:]
    while run and run[0].group(0) in _SMALL_IN_NAMES | {"The"}:
        run = run[1:]
    capitals = [t for t in run if t.group(0)[0].isupper()]
    if (
        len(capitals) < 2
        or len(capitals) > 8
        or run[-1].group(0) in _SMALL_IN_NAMES
        or (
            capitals[0].group(0)[0] != acronym[0]
            # "the Spanish Socialist Workers' Party (PSOE)": a party's or a front's name
            # translated, its acronym its own tongue's.
            and (
                run[-1].group(0).lower() not in _TRANSLATED_HEADS
                or len(capitals) != len(run)  # no small word: "On Sunday the Spanish …"
                or run[0].group(0).lower() in CALENDAR_WORDS
            )
        )
    ):
        return None
    return run[0].start(), run[-1].end()


_ACRONYM_TAIL = re.compile(
    r"(?: (?:in|of|for|on|and))? (?:the )?(?:former )?[A-Z][\w'’-]*"
    r"(?: (?:(?:of|and|in|for|on) (?:the )?)?[A-Z][\w'’-]*){0,3}"
    r"(?= \(([A-Z]{3,6})\))"
)
"""The rest of a body's name up to the acronym the text defines for it: '|Al-Qaeda|
in the Arabian Peninsula (AQAP)'; a tribunal for a state that is no more, '|the International
Criminal Tribunal| for (the) former Yugoslavia (ICTY)', whose acronym skips "former" as it
skips "for" (actors97). The NER also cuts a name at "and", or keeps the "and" and leaves the
rest: '|the National Council for Peace and| Order (NCPO)' (actors100)."""
_SMALL_IN_TAILS = _SMALL_IN_NAMES | {"former"}


_DASH_TAIL = re.compile(r" ?[–—-] ?[A-Z][\w'’]*(?: (?:(?:of|and|for) )?[A-Z][\w'’]*){0,3}")
"""A party's second name joined to its first by a dash: 'Zimbabwe African National Union
– Patriotic Front', which the NER cuts before the dash (actors100)."""


def _dash_tail_spelt(name: str, text: str, end: int, paragraphs: tuple[str, ...]) -> str:
    """The dash and words after ``name`` (ending at ``end`` of ``text``) when they are the rest
    of its name ("" when not): the article writes the two parts' acronyms joined by a dash
    ("ZANU-PF"), the first spelling ``name``, the second the words after the dash."""
    dashed = _DASH_TAIL.match(text, end)
    if not dashed:
        return ""
    first = initials(name, _SMALL_IN_NAMES)
    second = initials(dashed.group(0).lstrip(" –—-"), _SMALL_IN_NAMES)
    if len(first) < 2 or not second:
        return ""
    # its first part in capitals or as a word ("Zanu-PF")
    joined = re.compile(rf"(?<![\w'’-])(?i:{first})[–—-]{second}(?![\w'’])")
    return dashed.group(0) if any(joined.search(paragraph) for paragraph in paragraphs) else ""


def _dashed_acronyms_as_bodies(
    spans: list[tuple[int, Span]], longs: set[str], given: set[tuple[int, int]] | None
) -> list[tuple[int, Span]]:
    """A dashed acronym the NER read as a person's name ("ZANU-PF said …") as an
    organisation's where the article names the body whose two parts it spells ("Zimbabwe
    African National Union – Patriotic Front", actors100)."""
    spelt = {
        re.sub("[—-]", "–", initials(long, _SMALL_IN_NAMES))
        for long in longs
        if SPACED_DASH.search(long)
    }
    if not spelt:
        return spans
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if (
            span.label == "PERSON"
            and span.entity is None
            and re.sub("[—-]", "–", span.text).upper() in spelt
        ):
            if given is not None:
                given.discard((p, span.start))
            span = Span(span.text, "ORG", span.start, span.end, None)
        out.append((p, span))
    return out


_ACRONYM_NEXT = re.compile(r" \(([A-Z]{3,6})\)")


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
_ACRONYM_ALONE = re.compile(r"(?<![\w'’.-])([A-Z]{3,6})(?![\w'’])")
"""An acronym the article writes as a word of its own ("WADA and others", "WADA-backed")."""


def _extend_to_used_acronym(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A body's name the NER cut after its first word: 'a damning World |Anti-Doping Agency|
    report', where the article also writes the acronym "WADA" that the word before the span
    and the span spell together, and the span alone does not. The whole is the name; a span
    the NER gave that word alone is dropped (actors97)."""
    used = {a for paragraph in paragraphs for a in _ACRONYM_ALONE.findall(paragraph)}
    if not used:
        return spans
    out: list[tuple[int, Span]] = []
    grown: list[tuple[int, int, int]] = []
    for p, span in spans:
        before = paragraphs[p][max(0, span.start - 30) : span.start]
        if (
            span.label == "ORG"
            and span.entity is None
            and (word := _WORD_BEFORE.search(before))
            and initials(span.text, _SMALL_IN_NAMES) not in used
            and initials(f"{word.group(1)} {span.text}", _SMALL_IN_NAMES) in used
        ):
            start = span.start - len(before) + word.start(1)
            span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
            grown.append((p, start, span.end))
        out.append((p, span))
    return _without_inner(out, grown)


def _spelt_body(p: int, span: Span, text: str, given: set[tuple[int, int]] | None) -> Span:
    """``span`` (of paragraph ``p``) as an organisation's when it is a person's that the
    acronym after it spells, its first word one the NER left out and the resolver took as
    a given name ("|Reporters| Without Borders (RWB)"). A whole person's name the NER read
    is a person's, whatever initials follow ("Alexandria Ocasio-Cortez (AOC)")."""
    after = _ACRONYM_NEXT.match(text, span.end)
    if (
        span.label != "PERSON"
        or span.entity is not None
        or given is None
        or (p, span.start) not in given
        or not after
        or " " not in span.text
        or initials(span.text, _SMALL_IN_NAMES) != after.group(1)
    ):
        return span
    given.discard((p, span.start))
    return Span(span.text, "ORG", span.start, span.end, None)


def _extend_to_defined_acronym(
    spans: list[tuple[int, Span]],
    paragraphs: tuple[str, ...],
    given: set[tuple[int, int]] | None = None,
) -> list[tuple[int, Span]]:
    """An organisation's name the NER cut before its place: '|Al-Qaeda| in the Arabian
    Peninsula (AQAP)' read as al-Qaeda and a region. Where the bracketed acronym is the
    initials of the span with the words after it, the whole is the name, there and wherever
    the article writes it again; otherwise the affiliate's mentions go to its parent. Spans
    inside the whole (the region) are dropped. A person's name that its acronym spells
    ("Reporters Without Borders (RWB)", its first word taken from before the NER's span) is
    an organisation's, and that first word its own (no longer in ``given``)."""
    spans = [(p, _spelt_body(p, span, paragraphs[p], given)) for p, span in spans]
    longs: set[str] = set()
    for p, span in spans:
        if span.label != "ORG" or span.entity is not None:
            continue
        tail = _ACRONYM_TAIL.match(paragraphs[p], span.end)
        if tail and initials(span.text + tail.group(0), _SMALL_IN_TAILS) == tail.group(1):
            longs.add(span.text + tail.group(0))
        elif dashed := _dash_tail_spelt(span.text, paragraphs[p], span.end, paragraphs):
            longs.add(span.text + dashed)
    if not longs:
        return spans
    spans = _dashed_acronyms_as_bodies(spans, longs, given)
    out: list[tuple[int, Span]] = []
    grown: list[tuple[int, int, int]] = []
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start)):
        if any(q == p and s <= span.start and span.end <= e for q, s, e in grown):
            continue
        if span.label == "ORG" and span.entity is None:
            text = paragraphs[p]
            for long in sorted(longs, key=len, reverse=True):
                end = span.start + len(long)
                written = text[span.start : end]
                if (
                    len(long) > len(span.text)
                    and written[1:] == long[1:]
                    and written[:1].lower() == long[:1].lower()
                    and not text[end : end + 1].isalnum()
                ):
                    span = Span(written, "ORG", span.start, end, None)
                    grown.append((p, span.start, end))
                    break
        out.append((p, span))
    return [
        (p, span)
        for p, span in out
        if not any(
            q == p and s <= span.start and span.end <= e and (s, e) != (span.start, span.end)
            for q, s, e in grown
        )
    ]


_DESCRIBED_ACRONYM = re.compile(
    r"(?<![\w'’-])(?:the|its|their|an?) (?:[a-z][a-z-]+ ){0,3}([a-z]+) \(([A-Z]{3,6})\)"
)
"""'the electoral commission (IEBC)', 'the ruling party (ZANU-PF)' without its hyphen: a body
described in lower case, its acronym in brackets."""


def _acronyms_of_described_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A body the article names only by an acronym it defines after a lower-case description
    ("the electoral commission (IEBC) ... until IEBC provides answers", actors99): the acronym
    is the body's name wherever the article writes it, when it writes it again and the
    description ends in a body's head noun; the NER, with no capitals around it, often reads
    none of them. Spans the NER read stay."""
    defined = {
        found.group(2)
        for paragraph in paragraphs
        for found in _DESCRIBED_ACRONYM.finditer(paragraph)
        if found.group(1) in BODY_HEADS or found.group(1) == "party"
    }
    if not defined:
        return spans
    written = [
        (p, found)
        for p, paragraph in enumerate(paragraphs)
        for found in _ACRONYM_ALONE.finditer(paragraph)
        if found.group(1) in defined
    ]
    added = [
        (p, Span(found.group(1), "ORG", found.start(1), found.end(1), None))
        for p, found in written
        if sum(f.group(1) == found.group(1) for _q, f in written) >= 2
        and not any(
            q == p and span.start < found.end(1) and found.start(1) < span.end for q, span in spans
        )
    ]
    return spans + added
