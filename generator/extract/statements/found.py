"""Speakers the actor stage did not make and sources: a person page for a speaker the parse
names and the NER calls a person (``new_speakers``), and the speakers an article introduces
as commentators on the news (``commentators``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...dates import WEEKDAYS
from ...ids import slugify
from ...model import Article, Entity, Mention, QuoteFrame, Role, Sentence, Span, Statement
from ...titles import TITLE_WORDS
from ..vocabulary import OPENING_FUNCTION_WORDS, OUTLETS, POSSESSIVES
from .words import OFFICES_LIKE_SOURCES, ORGANISATION_WORDS, SOURCES


def _transposed(word: str, other: str) -> bool:
    """``word`` is ``other`` with two neighbouring letters swapped ("kudja", "kujda")."""
    if len(word) != len(other) or word == other:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == other[diff[1]]
        and word[diff[1]] == other[diff[0]]
    )


def new_speakers(
    article: Article,
    frames: Sequence[QuoteFrame],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    skip: frozenset[str],
) -> list[tuple[Entity, Mention]]:
    """A person page for each speaker the parse names and the NER calls a person but who is
    no actor ("Katya", "Man-kei Tam", named once): someone quoted is an actor of the news.
    Not for a lone surname the article shares among several people, a surname of an actor
    ("Geingob" after "Hage Geingob") or that surname with two letters swapped ("said Kudja",
    the text's misspelling of the "Kujda" two people of the article share: fix81; read in
    the article alone, since a name shared in one article may be one person's in another), or
    keys in ``skip`` (rejected by an editor)."""
    actors = [m for m in mentions if m.entity.startswith("actors/")]
    surnames = {w.casefold() for m in actors for w in m.text.split()[1:]}
    names = {m.entity: m.text for m in actors if len(m.text.split()) > 1}
    out: list[tuple[Entity, Mention]] = []
    for frame in frames:
        # an unnamed phrase only for a name after its role ("said EU commissioner for Home
        # Affairs, Cecilia Malmström", headed by its title: statements44)
        if frame.form not in ("name", "unnamed") or frame.head is None or frame.intro:
            continue
        head = frame.head
        text = article.paragraphs[frame.paragraph]
        here = [m for m in actors if m.paragraph == frame.paragraph]
        spans = [sp for sn in sentences if sn.paragraph == frame.paragraph for sp in sn.spans]
        named = _role_then_name(frame, here) or (
            _other_bearer(frame, here, names, text, spans) if frame.form == "name" else None
        )
        if named is not None:
            index = next(
                (i for i, s in enumerate(sentences)
                 if s.paragraph == frame.paragraph and s.start <= named.start < s.end + 1),
                None,
            )  # fmt: skip
            key = f"actors/{slugify(named.text)}"
            if index is not None and key not in skip:
                entity = Entity("actors", slugify(named.text), named.text, "person", curated=False)
                out.append((entity, Mention(
                    key, article.id, frame.paragraph, index, named.start, named.end, named.text,
                    "speaker",
                )))  # fmt: skip
            continue
        if frame.form != "name" or any(m.start <= head.start < m.end for m in here):
            continue
        for index, sentence in enumerate(sentences):
            if sentence.paragraph != frame.paragraph:
                continue
            span = next(
                (sp for sp in sentence.spans
                 if sp.label == "PERSON" and sp.start <= head.start < sp.end),
                None,
            )  # fmt: skip
            if span is None and sentence.start <= head.start < sentence.end + 1:
                span = _unlabelled_name(article.paragraphs[frame.paragraph], head, sentence)
            if span is None:
                continue
            words = span.text.split()
            if len(words) > 1 and words[0] in WEEKDAYS:
                # "Earlier |Friday Bolsonaro| had announced": the day the NER glued before
                # the speaker's name is no part of it (actors95)
                cut = span.text.index(words[1])
                span = replace(span, text=span.text[cut:], start=span.start + cut)
                words = words[1:]
            if len(words) == 1 and (
                words[0].casefold() in surnames
                or any(_transposed(words[0].casefold(), s) for s in surnames)
            ):
                break
            name = span.text
            if len(words) == 1:  # "Judge Jackson said" after "Judge Amy Berman Jackson"
                name = max(
                    (sp.text for s in sentences for sp in s.spans
                     if sp.label == "PERSON" and sp.text.split()[-1] == name),
                    key=len,
                )  # fmt: skip
            key = f"actors/{slugify(name)}"
            if key in skip or not name[:1].isupper():
                break
            entity = Entity("actors", key.removeprefix("actors/"), name, "person", curated=False)
            mention = Mention(
                key, article.id, frame.paragraph, index, span.start, span.end, span.text, "speaker"
            )
            out.append((entity, mention))
            break
    return out


_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
_OFFICE = re.compile(r" (?:for|of) (?:the )?[A-Z][\w'’-]*(?: (?:and |of |the )*[A-Z][\w'’-]*)*")
"""The office a title names after it, in capitals ("for Home Affairs", "of the Interior")."""
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)$")


def _role_then_name(frame: QuoteFrame, here: Sequence[Mention]) -> Span | None:
    """The name a speaker phrase gives in apposition to a role at its end ("said University
    of California, San Diego's chancellor, Pradeep Khosla"), when no person mention covers it
    and the parse headed the phrase elsewhere (the body whose chancellor he is): he speaks,
    not his university; or to a title and its office ("said EU commissioner for Home Affairs,
    Cecilia Malmström", statements44). None unless the word before the comma is a title or
    ends such an office."""
    assert frame.speaker is not None and frame.head is not None
    phrase = frame.speaker.text
    cut = phrase.rfind(", ")
    role = _LAST_WORD.search(phrase[:cut]) if cut > 0 else None
    offset = frame.head.start - frame.speaker.start
    office = (  # "commissioner for Home Affairs, …": a title and the office it names
        cut > offset
        and frame.head.text.casefold() in TITLE_WORDS
        and _OFFICE.fullmatch(phrase[offset + len(frame.head.text) : cut]) is not None
    )
    if role is None or (role.group(1).casefold() not in TITLE_WORDS and not office):
        return None
    name = phrase[cut + 2 :]
    words = name.split()
    if not 2 <= len(words) <= 4 or any(
        not _NAME_WORD.fullmatch(w.rstrip(".") if i < len(words) - 1 else w)
        or w.casefold() in ORGANISATION_WORDS | TITLE_WORDS
        for i, w in enumerate(words)
    ):
        return None
    start = frame.speaker.start + cut + 2
    end = frame.speaker.end
    if start <= frame.head.start or any(m.start < end and start < m.end for m in here):
        return None  # named already: ``_actor_in`` takes the person the phrase ends with
    return Span(name, "PERSON", start, end, None)


KIN_AND_HONORIFICS = frozenset("miss prof dame coach candidate brother sister uncle aunt".split())
"""Words before a surname that are no given name and no title word ("Miss Smith", "Coach
Smith"): the bearer already named, not another."""


def _other_bearer(
    frame: QuoteFrame,
    here: Sequence[Mention],
    names: dict[str, str],
    text: str,
    spans: Sequence[Span] = (),
) -> Span | None:
    """A speaker named by a given name and a surname that the NER cut to the surname, which
    resolve then gave to another bearer of it ("Mayor of London Sadiq Khan (no relation)"
    after "Usman Khan"): the full name, when the given name is no word of that actor's
    name. None when the head's mention has more than one word or no other bearer's name."""
    assert frame.speaker is not None and frame.head is not None
    head = frame.head
    mention = next((m for m in here if m.start <= head.start < m.end), None)
    if mention is None or " " in mention.text or mention.entity not in names:
        return None
    given = re.search(
        r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)\s+$", text[frame.speaker.start : mention.start]
    )
    if given is None:
        return None
    word = given.group(1)
    known = {w.casefold() for w in names[mention.entity].split()}
    if (
        word.casefold() in known | TITLE_WORDS | ORGANISATION_WORDS | OPENING_FUNCTION_WORDS
        or word.casefold() in KIN_AND_HONORIFICS
        or word in WEEKDAYS  # "Earlier |Friday| Bolsonaro had announced": a day (actors95)
        or word.endswith(POSSESSIVES)
        or any(m.start <= frame.speaker.start + given.start(1) < m.end for m in here)
        or any(  # "said Democrat Spearman": a party, place or body the NER saw, no name
            sp.label != "PERSON" and sp.start <= frame.speaker.start + given.start(1) < sp.end
            for sp in spans
        )
    ):
        return None
    start = frame.speaker.start + given.start(1)
    return Span(text[start : mention.end], "PERSON", start, mention.end, None)


_PARTICLE = re.compile(r"(?<![\w-])((?:al|el|ad|an|ar|as|at|ash|bin|ibn|abu)-)$")
"""The article or kin word a name joins with a hyphen ("al-Hashemi", "bin-Salim")."""


def _unlabelled_name(text: str, head: Role, sentence: Sentence) -> Span | None:
    """A speaker's name the NER gave no label ("Amnesty International's Man-kei Tam said",
    "Tunde Bakare, spokesman for the governor, said"): the two to four capitalised words
    ending with the head, after any title or owner ("International's"), none an
    organisation's word; None when the NER labelled it otherwise (an organisation)."""
    if any(sp.start <= head.start < sp.end for sp in sentence.spans):
        return None
    words = [text[head.start : head.end]]
    start = head.start
    particle = _PARTICLE.search(text[sentence.start : start])
    if particle is not None:  # "Karim al-Hashemi": the parse may head the name with "Hashemi"
        start = sentence.start + particle.start(1)
        words = [text[start : head.end]]
    while len(words) < 4:
        before = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[sentence.start : start])
        if before is None:
            break
        word = before.group(1)
        if not word[:1].isupper() or word.casefold() in TITLE_WORDS or word.endswith(POSSESSIVES):
            break
        if word.casefold() in OPENING_FUNCTION_WORDS:
            break  # "But B&B - which has ... - said": the sentence's conjunction (fix77)
        if word in WEEKDAYS:
            break  # "Earlier Friday Bolsonaro had announced": a day, no given name (actors95)
        words.insert(0, word)
        start = sentence.start + before.start(1)
    if len(words) < 2 or any(
        not (w[:1].isupper() or _PARTICLE.fullmatch(w.split("-")[0] + "-"))
        or w.casefold() in ORGANISATION_WORDS | TITLE_WORDS
        for w in words
    ):
        return None
    return Span(text[start : head.end], "PERSON", start, head.end, None)


def commentators(
    frames: Sequence[QuoteFrame],
    said: Sequence[Statement],
    article: Article | None = None,
    mentions: Sequence[Mention] = (),
) -> frozenset[str]:
    """Speakers (actor keys) the article introduces as sources commenting on the news, in
    the speaker phrase or where it names them ("Steve Peers, a law professor at Essex, …"):
    their quotations are statements, but no statement event of theirs."""
    quoted = {
        (f.paragraph, f.quote.start, f.quote.end)
        for f in frames
        if f.speaker is not None and (_source(f.speaker.text) or _outlet(f))
    }
    out = {
        s.speaker for s in said if any(p == s.paragraph and a <= s.start < b for p, a, b in quoted)
    }
    speakers = {s.speaker for s in said}
    for m in mentions:
        if article is None or m.entity not in speakers or m.entity in out:
            continue
        text = article.paragraphs[m.paragraph]
        before = " ".join(text[: m.start].split()[-3:])  # "former federal prosecutor X"
        after = _APPOSITION.match(text, m.end)  # "X, a law professor at Essex,"
        if _source(before) or (after is not None and _source(after.group(1) or after.group(2))):
            out.add(m.entity)
    return frozenset(out)


_APPOSITION = re.compile(r",\s+(?:((?:a|an|the)\s[^,.;]{0,80})|(\w+)\s+of\s)")
"""A phrase after the name that says who they are: "X, a law professor at Essex," or, with no
article, its role word alone: "X, director of Youth Forum Zimbabwe" (not "X, fiancée of
journalist Jamal Khashoggi")."""


def _outlet(frame: QuoteFrame) -> bool:
    """A news outlet the article cites for a fact ("according to CNN, was called the
    "breadbasket""): its words are a statement, no act of its own ("the BBC describes as
    "marred by"" is the outlet's own judgement, and stays one)."""
    if frame.cue.lower() != "according":
        return False
    words = frame.speaker.text.lower().replace("'s", " ").split() if frame.speaker else []
    return any(w.strip(",.;:") in OUTLETS or w.endswith(".com") for w in words)


def _source(phrase: str) -> bool:
    words = phrase.lower().replace(",", " ").replace(".", " ").split()
    text = " ".join(words)
    return any(w in SOURCES for w in words) and not any(o in text for o in OFFICES_LIKE_SOURCES)
