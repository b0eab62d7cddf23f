"""``match_quotes``: each quotation of a paragraph's parse with its cue and speaker phrase, a
``QuoteFrame`` cached with the annotation."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from ...model import QuoteFrame, Role
from ..parse import quote_spans, subtree_role, token_role, within
from ..vocabulary import SPEECH, is_pronoun
from .cues import _cue, _named_subject
from .speakers import _speaker, _subjects
from .words import _HANDLE, DEFINITE_TITLES, OWNERS, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_TITLED = re.compile(r"\b(?:titled|entitled),?\s*[\"“‘']?$")
"""Words right before a work's title ('a final report three weeks later, titled "…"'): a
title quoted, no one's words (statements43)."""


_GIVEN_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w.'-]*\s[\"“‘']$")
"""A capitalised word, a space and the opening mark, just before a quotation."""
_NICKNAMED = re.compile(r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?")
"""One or two capitalised words: a nickname's shape."""
_SURNAME_AFTER = re.compile(r"[\"”’']\s[A-Z]")
"""The closing mark, a space and a capitalised word, just after a quotation."""


def _nickname(text: str, start: int, end: int) -> bool:
    """A name's nickname in quotation marks between its given name and surname ('Anh
    "Joseph" Cao', 'Abdul Rashid "the Lion" Dostum' is not of this shape): no one's words."""
    return bool(
        _NICKNAMED.fullmatch(text, start, end)
        and _GIVEN_BEFORE.search(text, max(0, start - 30), start)
        and _SURNAME_AFTER.match(text, end)
    )


def match_quotes(doc: Doc, paragraph: int) -> tuple[QuoteFrame, ...]:
    """Every quotation in one paragraph's parse, with its cue and speaker phrase if found;
    and a lead-in ("Peskov said:") when the paragraph ends by introducing the next one."""
    # 'about 5' 10" tall': a mark after a digit is a measure, no quotation; nor are words
    # that name a thing a sentence is about ('"Yes We Can" became the slogan')
    quotes = [
        q
        for q in quote_spans(doc.text)
        if not doc.text[max(0, q[0] - 2) : q[0]][:1].isdigit()
        and not _named_subject(doc, q[0], q[1])
        and not _TITLED.search(doc.text, max(0, q[0] - 12), q[0])
        and not _nickname(doc.text, q[0], q[1])
    ]
    # '"… 26 weeks. "We are going …" She said …': a quotation reopened without the one before
    # closing goes on with it, so the cue after it is the next one's, not its own.
    outer = [q for q in quotes if not any(o[0] < q[0] and q[1] <= o[1] for o in quotes)]
    reopened = {after[0] for before, after in pairwise(outer) if not before[2]}
    cues = {}
    for start, end, _ in quotes:
        cue = _cue(doc, start, end, quotes)
        if start in reopened and cue is not None and not _follows(doc, end, cue):
            cue = None
        cues[start, end] = cue
    # '"… the vote. "We are strong," Smith said.': the cue in the sentence of the reopened
    # quotation is that of the whole one, the sentences before it included.
    for before, after in reversed(list(pairwise(outer))):
        if not before[2] and cues[before[:2]] is None:
            cues[before[:2]] = cues[after[:2]]
    frames = []
    for start, end, _ in quotes:
        quote = Role(start, end, doc.text[start:end])
        frames.append(_frame(doc, paragraph, quote, cues[start, end], quotes))
    if doc.text.rstrip().endswith(":") and (not quotes or quotes[-1][1] < len(doc.text) - 2):
        last = next(reversed(list(doc.sents)))
        verbs = [t for t in last if t.lower_ in SPEECH and t.pos_ in ("VERB", "AUX")]
        if not verbs and last.root.pos_ == "VERB" and not within(last.root, quotes):
            verbs = [last.root]  # "Pompeo addressed reporters on Monday:" introduces too
        if verbs:
            empty = Role(len(doc.text), len(doc.text), "")
            frames.append(_frame(doc, paragraph, empty, verbs[-1], quotes, intro=True))
    elif doc.text.rstrip().endswith(".") and (not quotes or quotes[-1][1] < len(doc.text) - 2):
        # "Pompeo spoke to reporters in Brussels." closing a paragraph: a quotation opening
        # the next one with no cue of its own is his.
        last = next(reversed(list(doc.sents)))
        root = last.root
        if (
            root.lower_ in SPEECH
            and root.pos_ == "VERB"
            and not within(root, quotes)
            and not any(start <= t.idx < end for t in last for start, end, _ in quotes)
            and any(
                c.pos_ == "PROPN" or c.lower_ in ("he", "she") or c.lower_ in TITLES
                for c in _subjects(root)
            )  # "Pompeo spoke …", "He said the talks had failed.", "The minister said …"
        ):
            empty = Role(len(doc.text), len(doc.text), "")
            frames.append(_frame(doc, paragraph, empty, root, quotes, intro=True))
    return tuple(frames)


def _frame(
    doc: Doc,
    paragraph: int,
    quote: Role,
    cue: Token | None,
    quotes: list[tuple[int, int, bool]],
    intro: bool = False,
) -> QuoteFrame:
    # A quotation nested in another (Bolton: "… and President Trump said, 'Let's talk about
    # it tomorrow.'") has its speaker inside the enclosing one: that one hides no words.
    inside = [
        q
        for q in quotes
        if q[0] <= quote.start and quote.end <= q[1] and (q[0], q[1]) != (quote.start, quote.end)
    ]
    quotes = [q for q in quotes if q not in inside]
    who = _speaker(cue, quote, quotes) if cue is not None else None
    if inside and (
        cue is None
        or not within(cue, inside)
        or who is None
        or not (who.pos_ == "PROPN" or who.ent_type_ == "PERSON")
    ):
        # "I'd think, 'Wow …'" inside someone's quotation: their own words, already theirs
        return QuoteFrame(paragraph, quote, None, None, cue.text if cue else "", "unnamed", intro)
    if cue is None and not intro and _others_sentence(doc, quote, quotes):
        return QuoteFrame(paragraph, quote, None, None, "", "unnamed", intro)
    if cue is None or who is None:
        return QuoteFrame(paragraph, quote, None, None, cue.text if cue else "", "none", intro)
    if (
        who.idx < quote.start
        and quote.end < cue.idx
        and not intro
        and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[who.i + 1 : cue.i] if t.idx < quote.start
        )
    ):  # A name in quotation marks between the speaker and the cue, no verb before it
        # ("Anna Franowska of "Have no fear", a charity, told Reuters"): no words of theirs.
        return QuoteFrame(paragraph, quote, None, None, cue.text, "unnamed", intro)
    phrase = subtree_role(doc, who, quotes)
    who = _named_last(doc, who, phrase)
    if is_pronoun(who.text) or (who.lower_ in OWNERS and who.dep_ == "poss"):
        form = "pronoun"  # "His letter to Zelensky read": whoever "his" stands for
    elif _HANDLE.fullmatch(who.text) or (
        who.pos_ == "PROPN"
        or who.ent_type_
        or any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) for c in who.children)
    ):  # "@realDonaldTrump wrote": a name, as handles go
        form = "name"
    elif (
        who.lower_ in TITLES
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in who.children)
    ) or (  # "a hospital spokesperson" is someone unnamed, not the one named before
        who.lower_ in DEFINITE_TITLES
        and any(c.dep_ == "poss" or c.lower_ in ("the", "this") for c in who.children)
    ):
        form = "title"
    else:  # kept: "the court" may stand for a court the article names
        form = "unnamed"
    return QuoteFrame(paragraph, quote, phrase, token_role(doc, who), cue.text, form, intro)


def _others_sentence(doc: Doc, quote: Role, quotes: list[tuple[int, int, bool]]) -> bool:
    """Whether a quotation with no cue sits inside a sentence whose subject, before it, is a
    thing or someone unnamed ("A 2006 US report called the militia a "…"", "The ruling
    described "…""): their words, not a continuation of whoever was quoted before; a title
    ("The minister "will not resign"") may stand for him."""
    first = next((t for t in doc if t.idx >= quote.start), None)
    if first is None:
        return False
    sentence = first.sent
    if any(sentence.start_char <= q[0] and q[1] <= quote.start for q in quotes):
        return False  # '… with Zinichev describing "…" as making it "…"': his sentence
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "NOUN"
        and t.lower_ not in TITLES | DEFINITE_TITLES
        and t.head == sentence.root
        and t.head.pos_ in ("VERB", "AUX")
        and t.idx < t.head.idx < quote.start
        and not within(t, quotes)
        for t in sentence
    )


def _named_last(doc: Doc, who: Token, phrase: Role) -> Token:
    """A speaker phrase ending with a person's name is that person's, whatever the parse
    made its head ("University of California, San Diego's chancellor, Pradeep Khosla";
    "Longtime Imus in the Morning writer Rob Bartlett"), unless the name is an object ("a
    spokesman for Vladimir Putin")."""
    last = next((e for e in doc.ents if e.label_ == "PERSON" and e.end_char == phrase.end), None)
    if (
        last is None
        or last.start_char <= phrase.start
        or last.start <= who.i < last.end
        or doc[last.start - 1].pos_ in ("ADP", "CCONJ", "DET")
        or (who.ent_type_ == "PERSON" and last[-1].dep_ == "appos" and last[-1].head == who)
    ):  # "a spokesman for Vladimir Putin", "The Bernie and Sid Show"; "According to
        # spokesman Dmitry Peskov, Vladimir Putin "…"": one person hung on another
        return who
    return last[-1]


def _follows(doc: Doc, end: int, cue: Token) -> bool:
    """True when the cue comes after a quotation within its sentence ('…," Smith said'), not
    in a sentence after it ('…." She said mothers …': that sentence's own)."""
    return cue.idx > end and not any(t.is_sent_start for t in doc if end < t.idx <= cue.idx)
