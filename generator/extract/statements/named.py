"""The actor a speaker phrase names: the mention at its head word, a surname the article gave
in full, the body its head word names, or the body an unnamed spokesperson speaks for."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from ...model import Mention, QuoteFrame, Sentence
from .sentences import (
    _back_from,
    _body_by_words,
    _first_named,
    _person_like,
    _Quoted,
    _sentence_of,
)
from .words import BODIES, KINDS_OF_BODY, POSTNOMINALS, PREPOSITIONS, SPOKESPEOPLE, TITLES


def _by_word(frame: QuoteFrame, actors: Sequence[Mention], persons: frozenset[str]) -> str | None:
    """The actor a speaker's head word stands for when no mention covers it: a surname the
    article gave in full ("Geingob tweeted" after "Hage Geingob"), the one person whose
    name has that word after its first (else the one actor whose name ends with it); a
    body ("the court said"), the organisation named last before the quotation whose name
    that word heads ("Court of Session")."""
    assert frame.head is not None
    word = frame.head.text.casefold()
    if frame.head.text[:1].isupper() and word not in BODIES and word not in TITLES:
        named = {m.entity for m in actors if word in m.text.casefold().split()[1:]}
        people = {e for e in named if e in persons} or {
            m.entity for m in actors if m.text.casefold().split()[1:][-1:] == [word]
        }  # the NER may call a person an ORG: "Hage Geingob", not "Doris Day Foundation"
        if not people:  # "Vázquez said" after "Wanda Vázquez Garced", made an organisation
            people = {m.entity for m in actors if m.entity in named and _person_like(m.text)}
        if len(people) > 1:  # "Osbourne said" after "Ozzy Osbourne" and "Sharon Osbourne"
            return _first_named(people, actors)
        return people.pop() if len(people) == 1 else None
    if word not in BODIES:
        return None
    before = [
        m for m in actors
        if m.entity not in persons
        and (m.paragraph, m.start) < (frame.paragraph, frame.head.start)
        and _headed_by(m.text.casefold().split(), word)
    ]  # fmt: skip
    if not before:
        return None
    # "the court" is the court the article names most (a court of appeal named once later
    # is not it), the one named last among equals
    counts = Counter(m.entity for m in before)
    return max(before, key=lambda m: (counts[m.entity], m.paragraph, m.start)).entity


def _headed_by(name: list[str], word: str) -> bool:
    """ "European Commission", "Court of Session" are a commission and a court; "Military
    Times" is no military."""
    return name[-1] == word or any(a == word and b == "of" for a, b in pairwise(name))


def _actor_in(frame: QuoteFrame, actors: Sequence[Mention], persons: frozenset[str]) -> str | None:
    """The actor the speaker phrase names: the mention at its head word, else the last person
    named in it ("Merkel's spokesperson, Steffen Seibert"), else the last actor; None when
    the head is a name no actor has ("Jan Novak, president of the Czech National Bank")."""
    assert frame.speaker is not None and frame.head is not None
    inside = [
        m
        for m in actors
        if m.paragraph == frame.paragraph
        and frame.speaker.start <= m.start
        and m.end <= frame.speaker.end
    ]
    at_head = [m for m in inside if m.start <= frame.head.start < m.end and m.entity in persons]
    if at_head:  # "According to spokesman Dmitry Peskov, Vladimir Putin "…"": the head's;
        # the widest ("Sadiq Khan" over the "Khan" resolve gave another bearer)
        return min(at_head, key=lambda m: m.start).entity
    for m in inside:  # "X's chancellor, Pradeep Khosla": the person the phrase ends with
        before = frame.speaker.text[: m.start - frame.speaker.start].split()[-1:]
        if (
            m.entity in persons
            and m.end == frame.speaker.end
            and m.start > frame.speaker.start
            and not (before and before[0].casefold() in PREPOSITIONS)
        ):
            return m.entity
    if frame.head.text in POSTNOMINALS:
        # "Brian Monteith MSP said": the parse heads the phrase with the letters after the
        # name, which the NER may take for a body
        gap = frame.head.start - frame.speaker.start
        named = [
            m
            for m in inside
            if m.entity in persons
            and m.end <= frame.head.start
            and not frame.speaker.text[m.end - frame.speaker.start : gap].strip()
        ]
        if named:
            return named[0].entity
    for m in inside:
        if m.start <= frame.head.start < m.end:
            return m.entity
    head = frame.head.text
    if head[:1].isupper() and head.casefold() not in TITLES | BODIES and " " not in head:
        # A name (the head) that is no actor: the bank in its apposition did not speak, nor
        # a person named after the head ("Karim al-Hashemi, head of al-Hakim's office")
        return next(
            (m.entity for m in inside if m.entity in persons and m.start < frame.head.start),
            None,
        )
    people = [m for m in inside if m.entity in persons] or inside
    return people[-1].entity if people else None


_OWNER = re.compile(r"['’]s?\s")
"""A possessive right after a name: its owner, not the body spoken of."""


def _kind_before(
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    others: frozenset[str],
    paragraphs: Sequence[str],
    quoted: _Quoted,
) -> str | None:
    """The body a definite common noun of its kind stands for ("the organization said", "The
    worldwide press freedom organization said", "the group said in a statement", "the news
    agency added"): the body named first in the nearest sentence before the noun that names
    one, within ``MAX_GAP`` paragraphs, as a subject usually comes first ("The Community
    Associations Institute, which filed a brief supporting the HOA, ...", not the HOA).
    ``others``: people and states, which such a noun never stands for; not a body named in
    quoted words ("We have compromised the FBI," the group said) nor one that owns what
    follows ("The United Nations' International Maritime Organization": the organisation).
    None when the phrase is no such noun or no body is named before it; statements44."""
    if frame.form != "unnamed" or frame.speaker is None or frame.head is None:
        return None
    words = frame.speaker.text.split()
    if (
        frame.head.text.casefold() not in KINDS_OF_BODY
        or words[0].casefold() not in ("the", "this")
        or words[-1] != frame.head.text
        or not all(w.isalpha() and w.islower() for w in words[1:])  # no name, no "of"
    ):
        return None
    own = _sentence_of(sentences, frame.paragraph, frame.head.start)
    if own is None:
        return None
    for index, _ in _back_from(sentences, frame.paragraph, own):
        named = [
            m
            for m in actors
            if m.sentence == index
            and m.entity not in others
            and (index != own or m.start < frame.speaker.start)
            and not quoted(m.paragraph, m.start)
            and not _OWNER.match(paragraphs[m.paragraph], m.end)
            and not m.text.endswith(("'", "’", "'s", "’s"))
        ]
        if named:
            return min(named, key=lambda m: m.start).entity
    return None


_OWNER_WORD = re.compile(r"^(?:\S+['’]s?|its|their)\s+", re.IGNORECASE)
"""An owner before a body's words ("Russia's Defence Ministry spokesman": Russia owns it)."""
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_FOR_IT = re.compile(r"\s+(?:for|of)\s+(?:them|it)\b", re.IGNORECASE)
"""A spokesperson "for them": the body the sentence named before."""


def _spokesperson_body(
    paragraphs: Sequence[str],
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    others: frozenset[str],
) -> str | None:
    """The body an unnamed spokesperson speaks for, whose words are the body's (GOLD, blind42:
    "an organisation speaking through an unnamed spokesman is the speaker"): the body the
    phrase names before the title ("a Defence Ministry spokesman") or after "for" or "of"
    ("a spokesperson for the Foreign Office"), a body's name the words before the title share
    ("Russia's Defence Ministry spokesman": the Russian Defence Ministry, ``_body_by_words``),
    or the body the sentence named before "for them" or "its" ("the Foreign and Commonwealth
    Office confirmed ..., with a spokesperson for them saying"). Never a person or a state
    (``others``: "a spokesman for Abdul-Mahdi" is his aide's words); None when no body is
    named so; statements45."""
    if frame.speaker is None or frame.head is None or frame.form not in ("title", "unnamed"):
        return None
    if frame.head.text.casefold() not in SPOKESPEOPLE:
        return None
    text = paragraphs[frame.paragraph]
    phrase, head = frame.speaker, frame.head
    here = [
        m for m in actors
        if m.paragraph == frame.paragraph and m.entity not in others
    ]  # fmt: skip
    inside = [m for m in here if phrase.start <= m.start and m.end <= phrase.end]
    for m in inside:  # "a spokesperson for the Foreign Office"
        if m.start >= head.end and re.fullmatch(
            r"\s+(?:for|of)\s+(?:the\s+)?", text[head.end : m.start], re.IGNORECASE
        ):
            return m.entity
    before = [m for m in inside if m.end <= head.start]
    if before:  # "a Defence Ministry spokesman"
        return before[-1].entity
    words = _OWNER_WORD.sub("", _ARTICLE.sub("", text[phrase.start : head.start]))
    body = _body_by_words(re.findall(r"[\w-]+", words), actors, others)
    if body is not None:
        return body
    pronoun = _FOR_IT.match(text, head.end) is not None or phrase.text.casefold().startswith(
        ("its ", "their ")
    )
    if pronoun:  # "the Foreign and Commonwealth Office ..., with a spokesperson for them"
        own = _sentence_of(sentences, frame.paragraph, phrase.start)
        earlier = [m for m in here if m.sentence == own and m.end <= phrase.start]
        return earlier[-1].entity if earlier else None
    return None


def _state_body(
    paragraphs: Sequence[str],
    frame: QuoteFrame,
    state: str,
    actors: Sequence[Mention],
    others: frozenset[str],
) -> str | None:
    """The body of a state a speaker phrase names by the state's name and the body's words
    ("India's External Affairs ministry said": the Indian Ministry of External Affairs the
    article named, not India), when the parse found the state's mention in it; a government
    or cabinet is the state's own (GOLD's fold, ``issuers._government``). None when the
    words name no body of the article; statements45."""
    if frame.speaker is None or frame.head is None:
        return None
    if frame.head.text.casefold() not in BODIES - {"government", "administration"}:
        return None
    at = [
        m for m in actors
        if m.entity == state and m.paragraph == frame.paragraph
        and frame.speaker.start <= m.start and m.end <= frame.head.start
    ]  # fmt: skip
    if not at:
        return None
    words = paragraphs[frame.paragraph][at[-1].end : frame.head.end]
    return _body_by_words(re.findall(r"[\w-]+", re.sub(r"^['’]s?", "", words)), actors, others)
