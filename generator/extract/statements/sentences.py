"""Readings the attribution passes share: the sentence that holds a quotation, whether a
quotation goes on with the one before, the quotations of a sentence (``_Quoted``),
whether a name reads as a person's, and the body whose name a phrase's words share."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ...model import Mention, QuoteFrame, Sentence
from ..parse import quote_spans
from .words import BODIES, KINDS_OF_BODY, MAX_GAP, ORGANISATION_WORDS


def _continues(before: QuoteFrame, frame: QuoteFrame, sentences: Sequence[Sentence]) -> bool:
    """A quotation with no cue goes on with the one before in its paragraph when in the same
    sentence, opening its own ("…," he said. "…") or long enough to be words said; a quoted
    name of a few words inside a later sentence ("a programme dubbed "Zrínyi 2026"") is
    nobody's words."""
    own = next(
        (s for s in sentences if s.paragraph == frame.paragraph
         and s.start <= frame.quote.start < s.end + 1),
        None,
    )  # fmt: skip
    if own is None or own.start <= before.quote.start < own.end + 1:
        return True
    return frame.quote.start - own.start <= 2 or len(frame.quote.text.split()) > 3


def _back_from(
    sentences: Sequence[Sentence], paragraph: int, first: int
) -> Iterator[tuple[int, Sentence]]:
    """Sentences from index ``first`` back to the article's start, with their index, while
    they lie within ``MAX_GAP`` paragraphs before ``paragraph`` (where a document's issuer or
    sender may be named)."""
    for index in range(first, -1, -1):
        if paragraph - sentences[index].paragraph > MAX_GAP:
            return
        yield index, sentences[index]


def _sentence_of(sentences: Sequence[Sentence], paragraph: int, start: int) -> int | None:
    return next(
        (i for i, s in enumerate(sentences)
         if s.paragraph == paragraph and s.start <= start < s.end + 1),
        None,
    )  # fmt: skip


def _inside_quotation(sentence: Sentence, quoted: _Quoted) -> bool:
    """Whether a sentence's words, from its first to its last, all lie inside one of the
    article's quotations (a sentence of a quotation of several)."""
    text = sentence.text
    first = next((i for i, char in enumerate(text) if char.isalnum()), None)
    last = next((i for i in range(len(text) - 1, -1, -1) if text[i].isalnum()), None)
    if first is None or last is None:
        return False
    # '"…," Siniora said, "…."': its first and last words are quoted, but in two
    # quotations, between which it names the speaker
    span = quoted.span(sentence.paragraph, sentence.start + first)
    return span is not None and span == quoted.span(sentence.paragraph, sentence.start + last)


def _unquoted(text: str) -> str:
    """The text with its quotations blanked."""
    for start, end, _ in reversed(quote_spans(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


QUOTED_NAME_WORDS = 4
"""Words up to which a quotation may be a name or a phrase quoted ('the group "Boko Haram"',
'named the suspect as "John Smith, 45"'), not words said about the one it names."""


class _Quoted:
    """Whether a paragraph's offset lies inside a quotation of more than a name's words;
    each paragraph's quotations found once, when first asked about (none known without the
    paragraphs)."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.spans: dict[int, list[tuple[int, int]]] = {}

    def __call__(self, paragraph: int, offset: int) -> bool:
        return self.span(paragraph, offset) is not None

    def span(self, paragraph: int, offset: int) -> tuple[int, int] | None:
        """The quotation (start and end in the paragraph) the offset lies in, if any."""
        if paragraph >= len(self.paragraphs):
            return None
        if paragraph not in self.spans:
            text = self.paragraphs[paragraph]
            self.spans[paragraph] = [
                (start, end)
                for start, end, _ in quote_spans(text)
                if len(text[start:end].split()) > QUOTED_NAME_WORDS
            ]
        return next(((a, b) for a, b in self.spans[paragraph] if a <= offset < b), None)


def _person_like(name: str) -> bool:
    """A name the NER may have called an organisation that reads as a person's: a few
    capitalised words, none of an organisation ("Wanda Vázquez Garced", not "Doris Day
    Animal Foundation")."""
    words = name.split()
    return (
        1 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not {w.casefold() for w in words} & ORGANISATION_WORDS
    )


_JUNIOR = re.compile(r"(?:,? (?:Jr|Jnr|Junior)\.?|,? (?:II|III|IV))$")
"""A generation after a name ("Donald Trump Jr", "John Smith III"): a son sharing the name."""


def _first_named(people: set[str], actors: Sequence[Mention]) -> str | None:
    """Of people sharing a surname, the one the article named first in full, whom the
    bare surname stands for ("Osbourne" after "Ozzy Osbourne", before "Sharon Osbourne"); a
    son named by his generation is not, while his father is named too ("Trump" after "Donald
    Trump Jr" and "Donald Trump")."""
    full = [m for m in actors if m.entity in people and len(m.text.split()) > 1]
    juniors = {m.entity for m in full if _JUNIOR.search(m.text)}
    if people - juniors:
        full = [m for m in full if m.entity not in juniors]
    first = min(
        full,
        key=lambda m: (m.paragraph, m.start),
        default=None,
    )
    return first.entity if first is not None else None


_DETERMINERS = frozenset("the a an this that its their his her".split())


def _body_by_words(
    words: Sequence[str], actors: Sequence[Mention], others: frozenset[str]
) -> str | None:
    """The one body whose name shares a phrase's words that end with a body's noun, when the
    phrase holds no mention of it: "Defence Ministry" of "Russia's Defence Ministry
    spokesman" is the Russian Defence Ministry; "External Affairs ministry" of "India's
    External Affairs ministry" the Indian Ministry of External Affairs; "Dublin city council"
    the City Council. One name holds all the other's words (either way round), two of them
    at least with the noun; never a person or a state (``others``). None when no body or two
    bodies have them; statements45."""
    phrase = [w.casefold() for w in words if w.casefold() not in _DETERMINERS]
    if len(phrase) < 2 or phrase[-1] not in BODIES | KINDS_OF_BODY:
        return None
    wanted = set(phrase)
    found = set()
    for m in actors:
        if m.entity in others:
            continue
        name = {w for w in re.findall(r"[\w-]+", m.text.casefold()) if w not in _DETERMINERS}
        if phrase[-1] in name and len(name & wanted) >= 2 and (name <= wanted or wanted <= name):
            found.add(m.entity)
    return found.pop() if len(found) == 1 else None
