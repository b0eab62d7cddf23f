"""Statements: quoted words and who said them.

``match_quotes`` runs in the annotate stage on each paragraph's parse and records, per
quotation, the cue ("said", "told", "according to") and the phrase of its speaker; the
result is cached with the annotation. ``attribute`` runs after resolve and is cheap: it turns
each speaker phrase into an actor, and a pronoun or title ("he said", "the spokesman said"),
a quotation that continues another or one introduced by the paragraph before ("Peskov said:")
into the speaker named just before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..dates import find_dates
from ..model import Article, Mention, QuoteFrame, Role, Sentence, Statement
from .parse import quote_spans, subject, subtree_role, token_role, within
from .vocabulary import PRONOUNS, SPEECH, SPEECH_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TITLES = frozenset(
    "spokesman spokeswoman spokesperson president minister leader chancellor secretary "
    "ambassador envoy premier chairman chairwoman governor senator".split()
)
"""Head words of a speaker phrase that stand for someone named before ("the spokesman
said"); any other common noun ("sources said", "a protester said") is an unnamed source."""
MAX_GAP = 2
"""Paragraphs back that a pronoun or title may look for the speaker it stands for."""


def match_quotes(doc: Doc, paragraph: int) -> tuple[QuoteFrame, ...]:
    """Every quotation in one paragraph's parse, with its cue and speaker phrase if found;
    and a lead-in ("Peskov said:") when the paragraph ends by introducing the next one."""
    quotes = quote_spans(doc.text)
    frames = []
    for start, end, _ in quotes:
        cue = _cue(doc, start, end, quotes)
        quote = Role(start, end, doc.text[start:end])
        frames.append(_frame(doc, paragraph, quote, cue, quotes))
    if doc.text.rstrip().endswith(":") and (not quotes or quotes[-1][1] < len(doc.text) - 2):
        last = next(reversed(list(doc.sents)))
        verbs = [t for t in last if t.lower_ in SPEECH and t.pos_ in ("VERB", "AUX")]
        if verbs:
            empty = Role(len(doc.text), len(doc.text), "")
            frames.append(_frame(doc, paragraph, empty, verbs[-1], quotes, intro=True))
    return tuple(frames)


def _frame(
    doc: Doc,
    paragraph: int,
    quote: Role,
    cue: Token | None,
    quotes: list[tuple[int, int, bool]],
    intro: bool = False,
) -> QuoteFrame:
    who = _speaker(cue) if cue is not None else None
    if cue is None or who is None:
        return QuoteFrame(paragraph, quote, None, None, cue.text if cue else "", "none", intro)
    phrase = subtree_role(doc, who, quotes)
    if who.lower_ in PRONOUNS:
        form = "pronoun"
    elif (
        who.pos_ == "PROPN"
        or who.ent_type_
        or any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) for c in who.children)
    ):
        form = "name"
    elif who.lower_ in TITLES:
        form = "title"
    else:
        return QuoteFrame(paragraph, quote, None, None, cue.text, "unnamed", intro)
    return QuoteFrame(paragraph, quote, phrase, token_role(doc, who), cue.text, form, intro)


def _cue(doc: Doc, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The word that attributes the quotation: a speech verb it hangs from, else one just
    after it ("…," X said), else one just before it (X said: "…"), else "according to"."""
    inside = [t for t in doc if start <= t.idx < end]
    for token in inside:
        head, steps = token.head, 0
        while head is not head.head and within(head, quotes) and steps < 20:
            head, steps = head.head, steps + 1
        for _ in range(4):
            if within(head, quotes):
                break
            if _is_cue(head):
                return head
            if head is head.head:
                break
            head = head.head
    after = [t for t in doc if t.idx > end]
    region = []
    for t in after:
        if within(t, quotes) or (t.is_sent_start and region and t.i > region[-1].i + 1):
            break
        if t.text in (".", "!", "?") and region:
            region.append(t)
            break
        region.append(t)
    before = []
    for t in reversed([t for t in doc if t.idx < start - 1]):
        if within(t, quotes):
            break
        before.append(t)
        if t.is_sent_start:
            break
    for candidates in (region, reversed(before)):
        for t in candidates:
            if t.lower_ == "according":
                return t
            if _is_cue(t):
                return t
    return None


def _is_cue(token: Token) -> bool:
    return (token.lower_ in SPEECH and token.pos_ in ("VERB", "AUX")) or token.lower_ == "according"


def _speaker(cue: Token) -> Token | None:
    """The speaker's head word: the subject of the cue verb, or the object of "according
    to" (through "a tweet by X" to X)."""
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    if obj.lower_ in SPEECH_NOUNS or obj.pos_ == "NOUN":
                        for by in obj.children:
                            if by.lower_ == "by":
                                return next((o for o in by.children if o.dep_ == "pobj"), obj)
                    return obj
        return None
    if cue.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in cue.children):
        root = cue.sent.root  # "…, adding that …": the one who said the sentence
        if root.lower_ in SPEECH and (who := subject(root, depth=1)) is not None:
            return who
    return subject(cue)


def attribute(
    article: Article,
    frames: Sequence[QuoteFrame],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    persons: frozenset[str],
    reference: date,
) -> list[Statement]:
    """Statements of one article: each quotation with the actor who said it, in text order."""
    actors = [m for m in mentions if m.entity.startswith("actors/")]
    out: list[Statement] = []
    last: tuple[str, int] | None = None
    """The speaker named most recently, and the paragraph it was named in."""
    previous: QuoteFrame | None = None
    carried: str | None = None
    """The speaker a quotation beginning the next paragraph continues or was introduced by."""
    for frame in sorted(frames, key=lambda f: (f.paragraph, f.quote.start)):
        speaker = None
        if frame.speaker is not None and frame.form == "name":
            speaker = _actor_in(frame, actors, persons)
        if speaker is None and frame.form in ("pronoun", "title", "name") and frame.speaker:
            recent = last and frame.paragraph - last[1] <= MAX_GAP
            if recent and (frame.form != "pronoun" or last[0] in persons or _plural(frame)):
                speaker = last[0]
        if speaker is None and frame.form == "none" and not frame.intro:
            same = previous is not None and previous.paragraph == frame.paragraph
            if same and last and last[1] == frame.paragraph:
                speaker = last[0]
            elif frame.quote.start <= 1 and carried:
                speaker = carried
        if previous is None or previous.paragraph != frame.paragraph:
            carried = None
        if speaker is None:
            previous = frame
            continue
        last = (speaker, frame.paragraph)
        previous = frame
        text = article.paragraphs[frame.paragraph]
        carried = speaker if frame.intro or not text.rstrip().endswith(('"', "”")) else None
        if frame.intro:
            continue
        out.append(_statement(article, frame, speaker, sentences, reference))
    return out


def _plural(frame: QuoteFrame) -> bool:
    return frame.head is not None and frame.head.text.lower() in ("they", "it", "we")


def _actor_in(frame: QuoteFrame, actors: Sequence[Mention], persons: frozenset[str]) -> str | None:
    """The actor the speaker phrase names: the mention at its head word, else the last person
    named in it ("Merkel's spokesperson, Steffen Seibert"), else the last actor."""
    assert frame.speaker is not None and frame.head is not None
    inside = [
        m
        for m in actors
        if m.paragraph == frame.paragraph
        and frame.speaker.start <= m.start
        and m.end <= frame.speaker.end
    ]
    for m in inside:
        if m.start <= frame.head.start < m.end:
            return m.entity
    people = [m for m in inside if m.entity in persons] or inside
    return people[-1].entity if people else None


def _statement(
    article: Article,
    frame: QuoteFrame,
    speaker: str,
    sentences: Sequence[Sentence],
    reference: date,
) -> Statement:
    index = next(
        (
            i
            for i, s in enumerate(sentences)
            if s.paragraph == frame.paragraph and s.start <= frame.quote.start < s.end + 1
        ),
        next((i for i, s in enumerate(sentences) if s.paragraph == frame.paragraph), 0),
    )
    sentence = sentences[index] if sentences else None
    day, words = reference.isoformat(), None
    if sentence is not None:
        text = article.paragraphs[frame.paragraph]
        span = text[sentence.start : max(sentence.end, frame.quote.end)]
        quoted = frame.quote.start - sentence.start, frame.quote.end - sentence.start
        for found in find_dates(span, reference):
            if found.end <= quoted[0] or found.start >= quoted[1]:
                day, words = found.value, found.text
                break
    quote = frame.quote.text.strip().rstrip(",")
    digest = hashlib.sha256(f"{article.id}\n{frame.paragraph}\n{quote}".encode()).hexdigest()
    return Statement(
        id=f"{speaker.split('/', 1)[1]}-{digest[:8]}",
        speaker=speaker,
        quote=quote,
        article=article.id,
        paragraph=frame.paragraph,
        sentence=index,
        date=day,
        date_text=words,
    )
