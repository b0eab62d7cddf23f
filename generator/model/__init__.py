"""Plain data passed between pipeline stages.

Every stage takes and returns these frozen dataclasses (or tuples of them), so each stage can
be tested on its own and nothing hides in shared mutable state. Entities are addressed by a
*key* ``"<kind>/<id>"`` (``actors/putin``), which is also their page path without ``.md``.
"""

from .content import (
    Annotation,
    Article,
    Briefing,
    Content,
    Entity,
    Source,
    actor_names,
    date_precision,
    is_calendar_day,
)
from .files import Pages, encoded
from .kinds import (
    ACTOR_TYPES,
    AGREEMENT_STATUSES,
    AGREEMENT_TYPES,
    EVENT_TYPES,
    KIND,
    KIND_TABLE,
    KINDS,
    Kind,
    actor_key,
    agreement_key,
    article_key,
    content_file,
    entity_key,
    is_actor,
    kind_of,
    statement_key,
)
from .nlp import (
    AgreementFrame,
    ArticleAnnotation,
    EventFrame,
    Frames,
    QuoteFrame,
    Role,
    Sentence,
    Span,
)
from .resolved import DateMention, Decision, Linked, Mention, Resolved, Statement, newest_first

__all__ = [
    "ACTOR_TYPES",
    "AGREEMENT_STATUSES",
    "AGREEMENT_TYPES",
    "EVENT_TYPES",
    "KIND",
    "KINDS",
    "KIND_TABLE",
    "AgreementFrame",
    "Annotation",
    "Article",
    "ArticleAnnotation",
    "Briefing",
    "Content",
    "DateMention",
    "Decision",
    "Entity",
    "EventFrame",
    "Frames",
    "Kind",
    "Linked",
    "Mention",
    "Pages",
    "QuoteFrame",
    "Resolved",
    "Role",
    "Sentence",
    "Source",
    "Span",
    "Statement",
    "actor_key",
    "actor_names",
    "agreement_key",
    "article_key",
    "content_file",
    "date_precision",
    "encoded",
    "entity_key",
    "is_actor",
    "is_calendar_day",
    "kind_of",
    "newest_first",
    "statement_key",
]
