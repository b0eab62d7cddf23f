"""``attribute``: after resolve, each cached quote frame tied to an actor, a ``Statement``
with its quoted words, speaker, date, sentence and paragraph."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ...dates import find_dates
from ...model import Article, DateMention, Mention, QuoteFrame, Role, Sentence, Statement
from ..vocabulary import SPEECH_NOUNS, forms
from .earlier import _colon_named, _named_before, _text_reads
from .issuers import (
    _apposed,
    _body_of,
    _capital_title,
    _document,
    _forces_named,
    _government,
    _issued_after,
    _issued_by,
    _issuer_named,
    _outlet_of,
    _owned_report,
    _owner_before,
    _passed_by,
    _sent_by,
    _signer,
    _spoken_for,
    _the_statement,
    _titled,
    _titled_fully,
)
from .named import _actor_in, _by_word, _kind_before, _spokesperson_body, _state_body
from .reports import (
    _it_report,
    _report_author,
    _report_brought_in,
    _report_owner,
    _report_subject,
    _the_report,
)
from .sentences import _continues, _Quoted, _sentence_of
from .words import _HANDLE, MAX_GAP, SPOKESPEOPLE

if TYPE_CHECKING:
    from ..tie import Context


def attribute(
    article: Article,
    frames: Sequence[QuoteFrame],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    persons: frozenset[str],
    reference: date,
    dates: Sequence[Sequence[DateMention]] = (),
    context: Context | None = None,
) -> list[Statement]:
    """Statements of one article: each quotation with the actor who said it, in text order.
    ``dates`` are each sentence's dates when already found (``dates.sentence_dates``);
    ``context`` the article as the tie step sees it, whose ``adjective_actors`` read a
    state's government ("the German government said")."""
    actors = [m for m in mentions if m.entity.startswith("actors/")]
    out: list[Statement] = []
    last: tuple[str, int] | None = None
    """The speaker named most recently ("" if no actor), and the paragraph it was named in."""
    previous: tuple[QuoteFrame, str | None] | None = None
    """The quotation before this one and its speaker."""
    carried: str | None = None
    """The speaker a quotation beginning the next paragraph continues or was introduced by."""
    unnamed: set[int | None] = set()
    """Sentences whose quotation's speaker is named by no name ("the head of …")."""
    states = context.states if context is not None else frozenset()
    report_author: tuple[str, int] | None = None
    """The author found for "the report" of an earlier quotation, and its sentence: the same
    report again, unless a sentence between brings in another report."""
    quoted = _Quoted(article.paragraphs)  # the article's quotations, found once
    spoken: dict[int, str] = {}
    """The speaker found for the first quotation of each sentence."""
    issuer: tuple[str, int] | None = None
    """Who issued the statement last quoted ("a statement by the ONLF") and its paragraph:
    "the statement continued" goes on with it when no sentence says another was issued."""
    for frame in sorted(frames, key=lambda f: (f.paragraph, f.quote.start)):
        if not frame.intro and not frame.quote.text.strip(" .,;:'‘’[]…"):
            continue
        speaker = None
        if frame.speaker is not None and frame.form == "name":
            speaker = _actor_in(frame, actors, persons)
            if speaker is not None and speaker in states:
                # "India's External Affairs ministry said": the ministry, not India
                others = persons | states
                speaker = _state_body(article.paragraphs, frame, speaker, actors, others) or speaker
        # "a spokesman for Abdul-Mahdi said": the spokesman's words, and he is unnamed
        spoken_for = speaker is not None and _spoken_for(article, frame, speaker, actors, persons)
        if speaker is None and frame.head is not None and frame.form in ("name", "unnamed"):
            speaker = _by_word(frame, actors, persons)
            if speaker is not None and not _forces_named(frame, speaker, actors):
                speaker = None
        if speaker is None and frame.head is not None and frame.form in ("name", "unnamed"):
            speaker = _government(article, frame, actors, context)
        if speaker is None and frame.head is not None and _HANDLE.fullmatch(frame.head.text):
            speaker = _by_handle(frame.head.text, actors, persons)
        if speaker is None and frame.form == "title":
            speaker = _titled(article, frame, actors, persons)
        if speaker is None and _capital_title(frame):
            # "the Chinese Premier said": a title the parse took for a name
            speaker = _titled_fully(article, frame, actors, persons)
        if speaker is None and frame.form == "unnamed":
            # "A resolution passed by the European Parliament asked "…"": its issuer;
            # "One protester, Kim In-seok, stated": the person named in apposition
            speaker = (
                _issuer_named(article, frame, actors)
                or _issued_after(article, frame, actors, persons | states)
                or _owner_before(article, frame, actors)
                or _apposed(article, frame, actors, persons)
                or _body_of(article, frame, actors)
                or _outlet_of(article, frame, actors, persons | states)
                or _kind_before(
                    frame, sentences, actors, persons | states, article.paragraphs, quoted
                )
            )
        if speaker is None and _document(frame):
            # "The proclamation said "…"": the words of whoever issued it, named before;
            # "The order, signed by Trump, said": the signer named between them, or no one
            signer = _signer(article, frame, actors)
            signed = replace(frame, form="title")
            # a resolution is a body's, passed by its vote: not the person named before
            # ("Councillor Byrne proposed the motion. The resolution said")
            voted = frame.head is not None and frame.head.text.casefold() == "resolution"
            speaker = (
                _sent_by(frame, sentences, actors)
                or (voted and _passed_by(frame, sentences, actors, persons | states))
                or (
                    not voted
                    and _named_before(signed, sentences, actors, persons, unnamed, MAX_GAP, quoted)
                )
                or None
                if signer == ""
                else signer
            )
        spokesperson = (
            frame.form == "title"
            and frame.head is not None
            and frame.head.text.casefold() in SPOKESPEOPLE
        )
        if speaker is None and _owned_report(frame):
            # "…," says its report: whoever "its" stands for, as the pronoun would; a body,
            # never a person ("Peter Jones wrote a book. "…," says its report")
            assert frame.speaker is not None
            word = frame.speaker.text.split()[0]
            owner = Role(frame.speaker.start, frame.speaker.start + len(word), word)
            speaker = _named_before(
                replace(frame, form="pronoun", head=owner),
                sentences,
                [m for m in actors if word.casefold() != "its" or m.entity not in persons],
                persons,
                unnamed,
                quoted=quoted,
            )
            speaker = speaker or None
        if speaker is None and _the_statement(frame):
            # "…" read the statement: whoever the article said issued one
            speaker = _issued_by(frame, sentences, actors, spoken)
            if speaker is None and issuer is not None and frame.paragraph - issuer[1] <= 1:
                speaker = issuer[0]  # "…," the statement continued: the one quoted before
        if speaker is None and _the_report(frame):
            # '"…," the report says': the report the article spoke of, so its author's
            assert frame.head is not None
            own = _sentence_of(sentences, frame.paragraph, frame.head.start)
            brought = _report_brought_in(frame, sentences, quoted, own)
            earlier = (  # an earlier quotation's report, unless another was brought in since
                report_author[0]
                if report_author is not None and (brought is None or report_author[1] >= brought)
                else None
            )
            speaker = (
                _report_author(frame, sentences, actors, own, brought)
                or earlier
                or _report_subject(frame, sentences, actors, persons | states, quoted, own)
            )
            if speaker is not None:
                report_author = (speaker, own if own is not None else len(sentences))
        if speaker is None and frame.form in ("title", "unnamed"):
            # "Russia's Defence Ministry spokesman denied …, saying": the ministry's words
            others = persons | states
            speaker = _spokesperson_body(article.paragraphs, frame, sentences, actors, others)
        report = _it_report(frame, sentences)
        if speaker is None and report is not None:
            # "The EU report accuses Israel …. It says "…"": the report's, so its author's
            speaker = _report_owner(report, frame, sentences, actors)
        elif speaker is None and frame.form in ("pronoun", "title") and not spokesperson:
            # "the prime minister's spokesman said" is not the prime minister named before
            speaker = _named_before(frame, sentences, actors, persons, unnamed, quoted=quoted)
            if speaker is None and last and frame.paragraph - last[1] <= 1:
                # '"…," it read' is never a person's (statements44)
                reads = _text_reads(frame) and last[0] in persons
                speaker = None if reads else last[0] or None
            speaker = speaker or None
        if speaker is None and frame.form == "none" and not frame.intro:
            # "X shared a similar sentiment: "…"": the person the colon's clause names
            speaker = _colon_named(article, frame, sentences, actors, persons)
        if speaker is None and frame.form == "none" and not frame.intro:
            if previous is not None and previous[0].paragraph == frame.paragraph:
                if _continues(previous[0], frame, sentences):
                    speaker = previous[1]
            elif frame.quote.start <= 1:
                speaker = carried
        if spoken_for:
            speaker = None
        if previous is None or previous[0].paragraph != frame.paragraph:
            carried = None
        previous = (frame, speaker)
        if speaker is None:
            if frame.form == "name":  # a name that is no actor: "he" after it is not older
                last = ("", frame.paragraph)
            if frame.form == "unnamed" and frame.head is not None:
                # "The head of the investigators told the court "…". She also said": she
                # is the unnamed speaker, not anyone named before
                unnamed.add(_sentence_of(sentences, frame.paragraph, frame.head.start))
            continue
        last = (speaker, frame.paragraph)
        if frame.head is not None and frame.head.text.casefold() == "statement":
            issuer = (speaker, frame.paragraph)
        sentence = _sentence_of(sentences, frame.paragraph, frame.quote.start)
        if sentence is not None:
            spoken.setdefault(sentence, speaker)
        text = article.paragraphs[frame.paragraph]
        carried = speaker if frame.intro or not text.rstrip().endswith(('"', "”")) else None
        if not frame.intro:
            out.append(_statement(article, frame, speaker, sentences, reference, dates))
    return out


def _by_handle(handle: str, actors: Sequence[Mention], persons: frozenset[str]) -> str | None:
    """The one person of the article whose name's words all make up part of a handle
    ("@realDonaldTrump" is Donald Trump's, "@DrAmyActon" Amy Acton's)."""
    folded = handle[1:].casefold()
    found = {
        m.entity
        for m in actors
        if m.entity in persons
        and len(words := re.findall(r"\w+", m.text.casefold())) > 1
        and all(len(w) > 1 and w in folded for w in words)
    }
    return found.pop() if len(found) == 1 else None


_ASIDE = re.compile(r"(?<=[\w,;\"”’')]) (?:who|whom|whose|which|where)\b[^,;:\"“”]*")
"""A relative clause about a noun, before or after the quotation, set off by a comma or not
("puppets of the 'white man', who ruled Zimbabwe until … independence in 1980"; "Mugabe,
whose rule began in 1980, said"): its date is that noun's, not the saying's."""
_SPOKEN = forms("say", "tell", "speak", "address", "write", "tweet", "post", "announce", "state")
"""Verbs whose relative clause is the saying itself ("Smith, who spoke on Monday, said"), so
its date dates the statement."""


_OCCASIONS = SPEECH_NOUNS | frozenset("interview conference briefing broadcast video".split())
"""Nouns of the saying's occasion: a clause about one dates the saying ("In an audio message
which aired today on Al-Arabiya, Mubarak said")."""


def _last_word(text: str) -> str:
    words = re.findall(r"[a-z]+", text[-30:].lower())
    return words[-1] if words else ""


def _asides(span: str) -> list[tuple[int, int]]:
    """Where ``span``'s relative clauses are, but for one that tells of the saying itself or
    of its occasion."""
    return [
        m.span()
        for m in _ASIDE.finditer(span)
        if not any(w in _SPOKEN or w in SPEECH_NOUNS for w in re.findall(r"[a-z]+", m.group()))
        and _last_word(span[: m.start()]) not in _OCCASIONS
    ]


def _statement(
    article: Article,
    frame: QuoteFrame,
    speaker: str,
    sentences: Sequence[Sentence],
    reference: date,
    dates: Sequence[Sequence[DateMention]] = (),
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
        # The sentence's own dates, found once, unless the quotation runs on past its end.
        known = (
            index < len(dates)
            and sentence.paragraph == frame.paragraph
            and frame.quote.end <= sentence.end
        )
        asides: list[tuple[int, int]] | None = None  # read only when a date is outside
        for found in dates[index] if known else find_dates(span, reference):
            if found.end > quoted[0] and found.start < quoted[1]:
                continue
            asides = _asides(span) if asides is None else asides
            if not any(a <= found.start < b for a, b in asides):
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
        start=frame.quote.start + len(frame.quote.text) - len(frame.quote.text.lstrip()),
    )
