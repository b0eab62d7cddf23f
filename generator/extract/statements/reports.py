"""The author of a report quoted as "the report": the body an earlier sentence names as a
report's author, subject or owner."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Mention, QuoteFrame, Sentence
from ..tie import OPENS
from ..vocabulary import POSSESSIVES
from .issuers import _two_words
from .sentences import _Quoted, _sentence_of
from .words import REPORTS


def _the_report(frame: QuoteFrame) -> bool:
    """A speaker phrase that is the report the article spoke of before ("the report says",
    "According to the report"), not one whose owner it names ("the NAO's report")."""
    return _two_words(frame, ("the", "this"), ("report",))


_A_REPORT = re.compile(r"(?i)\breport\b(?!['’])")
"""The noun "report", not "the report's authors"."""
_ANAPHORIC = frozenset("the this that".split())
"""Words before "report" that point back at a report already told of ("the full report")."""
_BRINGING = frozenset("a an its their his her our another".split())
"""Words before "report" that bring in a report ("its own report", "a new report")."""


def _brings_in(before: str) -> bool:
    """Whether the words before "report" bring a report in ("a", "its own", "Oxfam's latest",
    "the NAO") rather than point back at one ("the", "the full"): the nearest determiner,
    possessive or name, over lower-case words between."""
    for word in reversed(before.split()[-3:]):
        low = word.casefold().strip("\"'‘’“”,(")
        if low in _ANAPHORIC:
            return False
        if low in _BRINGING or low.endswith(POSSESSIVES) or word[:1].isupper():
            return True
    return True


def _report_brought_in(
    frame: QuoteFrame, sentences: Sequence[Sentence], quoted: _Quoted, own: int | None
) -> int | None:
    """The nearest sentence before the quotation (or its own, before its speaker) that brings
    in a report ("a report by …", "published its own report", "the NAO report"), not one that
    points back at it ("the report"), outside quotations: "the report" after it is that
    report, not one an earlier sentence told of. None when no sentence does."""
    assert frame.head is not None
    for index in range(own if own is not None else len(sentences) - 1, -1, -1):
        sentence = sentences[index]
        for found in _A_REPORT.finditer(sentence.text):
            at = sentence.start + found.start()
            if index == own and at >= frame.head.start:
                break
            before = sentence.text[: found.start()]
            if _brings_in(before) and not quoted(sentence.paragraph, at):
                return index
    return None


def _report_author(
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    own: int | None,
    brought: int | None,
) -> str | None:
    """The actor an earlier sentence of the article names as a report's author, the nearest
    before: "A National Audit Office report", "Oxfam says in a report", "A report by the
    Fraser Institute"; None when none does. A report quoted as "the report" may have been
    introduced paragraphs before, so the whole article before it is read (its author named
    once, in the opening, as BBC reports do), back to the sentence that ``brought`` in the
    last report: an author before it wrote another report ("A report by X …. Y published its
    own report …. "…," the report said" is Y's, or no one's when the article names none)."""
    assert frame.head is not None
    stop = brought if brought is not None else 0
    for index in range(own if own is not None else len(sentences) - 1, stop - 1, -1):
        sentence = sentences[index]
        for m in sorted((m for m in actors if m.sentence == index), key=lambda m: m.start):
            if index == own and m.start >= frame.head.start:
                break
            after = sentence.text[m.end - sentence.start :]
            before = sentence.text[: m.start - sentence.start]
            if _REPORT_OF.match(after) or _REPORT_BY.search(before):
                return m.entity
    return None


_OPENS = OPENS  # words a sentence may open with before its subject, as the tie step reads


def _report_subject(
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    not_bodies: frozenset[str],
    quoted: _Quoted,
    own: int | None,
) -> str | None:
    """The body an earlier sentence (this paragraph or the one before) opens with as its
    subject ("The National Audit Office praised ministers …. According to the report, "…"")
    when no sentence names the report's author: the one whose report the article tells of.
    Not a body named later in a sentence ("It warned the CSA was …"), which the report is
    about; not a person or a state (``not_bodies``), who would be named as its author. ``own``
    is the quotation's sentence."""
    for index in range((own or 0) - 1, -1, -1):
        sentence = sentences[index]
        if frame.paragraph - sentence.paragraph > 1:
            break
        for m in actors:
            if (
                m.sentence == index
                and m.entity not in not_bodies
                and not quoted(m.paragraph, m.start)
                and _OPENS.match(sentence.text[: m.start - sentence.start])
            ):
                return m.entity
    return None


def _it_report(frame: QuoteFrame, sentences: Sequence[Sentence]) -> str | None:
    """The noun ("report") that "it" stands for when the speaker is "it" and the sentence
    before, in this paragraph, opens with that report, statement or article as its subject
    ("The report accuses Israel …. It says "…""); None otherwise."""
    if frame.form != "pronoun" or frame.head is None or frame.head.text.casefold() != "it":
        return None
    own = _sentence_of(sentences, frame.paragraph, frame.head.start)
    if not own or sentences[own - 1].paragraph != frame.paragraph:
        return None
    words = sentences[own - 1].text.split()[:4]
    if not words or words[0] not in ("The", "This", "That"):
        return None
    # "The report accuses", "The annual EU report says": its noun within three words;
    # "The communiqué, believed to be sent from …" (blind43); "The April 20 article was
    # published in The Standard. It criticized …": a newspaper article's, not a state's
    nouns = REPORTS | {"article"}
    return next((w.rstrip(",;:") for w in words[1:] if w.rstrip(",;:") in nouns), None)


_NOT_OWNING = "|".join(
    "a an the in on of by to for from with at into about over against its their this that is "
    "was were are has have had".split()
)
"""Words between an actor and "report" that make it no owner of the report ("Kenya in a
report", "Kenya rejected a report")."""

_REPORT_OF = re.compile(
    rf"^(?:(?:['’]s?)?(?: (?!(?:{_NOT_OWNING})\b)[\w-]+){{0,2}} report\b"
    r"| (?:says|said|say|warns|warned|finds|found|argues|argued) in (?:a|an|its|their)"
    r"(?: [\w-]+){0,2} report\b"
    r"| (?:has |have )?(?:published|publishes|released|releases|issued|issues|produced)"
    r" (?:a|an|its|their)(?: [\w-]+){0,2} report\b)"
)
"""Words after a report's author ("'s annual report", " report", " says in a report",
" published its own report")."""
_RECEIVING = "seen|obtained|leaked|received|acquired|quoted|cited|shown|passed|sent|given"
"""Verbs of one who got a report, not of its author ("a report seen by the BBC")."""
_REPORT_BY = re.compile(
    rf"\b(?i:report)\b(?: (?!(?:{_RECEIVING})\b)[\w-]+){{0,3}}? (?:by|from) (?:the )?$"
)
"""Words before a report's author ("A report by the", "a report published by"); not a
report "seen by" or "obtained by" an outlet, which only tells of it."""


def _report_owner(
    noun: str, frame: QuoteFrame, sentences: Sequence[Sentence], actors: Sequence[Mention]
) -> str | None:
    """The actor an earlier sentence (this paragraph or the one before) names as the
    report's author, just before the noun ("A classified European Union report for 2009
    says", "the ministry's statement"); None when none does: whoever else those sentences
    name is what the report is about."""
    assert frame.head is not None
    # "the UN's annual report", "A European Union report": not "criticised Kenya in a
    # report", "Kenya rejected a report by …", whose first actor is what the report is about
    owned = re.compile(rf"(?:['’]s?)?(?: (?!(?:{_NOT_OWNING})\b)[\w-]+){{0,2}} {noun}\b")
    own = _sentence_of(sentences, frame.paragraph, frame.head.start) or 0
    for index in range(own - 1, -1, -1):
        sentence = sentences[index]
        if frame.paragraph - sentence.paragraph > 1:
            break
        for m in sorted((m for m in actors if m.sentence == index), key=lambda m: m.start):
            if owned.match(sentence.text, m.end - sentence.start):
                return m.entity
    return None
