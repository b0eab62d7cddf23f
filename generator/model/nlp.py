"""What the annotate stage finds in each article: sentences, entity spans and the frames
extraction matches on the parse."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """An entity span found in one sentence by the annotate stage (before resolution)."""

    text: str
    label: str
    """spaCy label (PERSON, ORG, GPE, ...)."""
    start: int
    """Character offsets within the paragraph."""
    end: int
    entity: str | None
    """Entity key when a curated pattern matched; None for statistical NER guesses."""


@dataclass(frozen=True, slots=True)
class Sentence:
    paragraph: int
    start: int
    end: int
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Role:
    """A phrase a frame points at: character offsets within its paragraph, and its words."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuoteFrame:
    """Quoted words in one paragraph and, where the parse shows it, who is said to say them.

    ``speaker`` is the subject of the cue ("X said", "according to X"); ``form`` says what
    kind of phrase it is: ``name``, ``pronoun`` or ``title`` ("the spokesman"), or ``none``
    when no cue was found (a continuation, or a quotation introduced by the paragraph before).
    """

    paragraph: int
    quote: Role
    """The words inside the quotation marks."""
    speaker: Role | None
    head: Role | None
    """The speaker phrase's head word ("Pompeo" of "US Secretary of State Mike Pompeo")."""
    cue: str
    form: str
    intro: bool = False
    """True for a lead-in without quoted words ("Peskov said:" ending a paragraph)."""


@dataclass(frozen=True)
class EventFrame:
    """A word of an event's type in one paragraph and the phrases that fill its roles."""

    paragraph: int
    type: str
    trigger: Role
    agents: tuple[Role, ...]
    """Who acted (the subject, a "by" phrase)."""
    patients: tuple[Role, ...]
    """Who was acted on or met ("with X", the object)."""
    places: tuple[Role, ...]
    asides: tuple[Role, ...] = ()
    """Relative clauses in its sentence about something else ("…, which was made on Monday"):
    a date inside one is not the event's."""
    topic: Role | None = None
    """A statement's: the first noun phrase of the clause it reports ("claimed the documents
    were subject to executive privilege"), which names it beside its speaker."""
    within: Role | None = None
    """A killing's or a death's: the attack they are told as the toll of ("nine people were
    killed in the bombing"), whose deaths they are: one occurrence, folded into that attack."""


@dataclass(frozen=True)
class AgreementFrame:
    """A word for an agreement in one paragraph, with what its clause says about it."""

    paragraph: int
    type: str
    noun: Role
    """The agreement's noun phrase ("a $25-billion deal")."""
    verb: str
    """The governing verb as written ("signed"), or ""."""
    status: str | None
    parties: tuple[Role, ...]
    value: str | None
    subject: str | None
    name: str | None
    """A proper name where the text gives one ("Paris Climate Accord")."""


@dataclass(frozen=True)
class Frames:
    """What extraction matched in one article's parse, cached with its annotation."""

    quotes: tuple[QuoteFrame, ...] = ()
    events: tuple[EventFrame, ...] = ()
    agreements: tuple[AgreementFrame, ...] = ()


@dataclass(frozen=True)
class ArticleAnnotation:
    """Output of the annotate stage for one article."""

    article: str
    sentences: tuple[Sentence, ...]
    frames: Frames = field(default_factory=Frames)
    key: str = ""
    """The annotation cache's name for it (a digest of the text, the model and the curated
    patterns that can match there): what later steps' memos know it by; empty if unknown."""
