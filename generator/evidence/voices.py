"""Part of the evidence stage: the statements a page lists, as frozen views (no Markdown).

An actor's page lists what it said, newest first; an event's page lists what was said in
the sentences that report it. Each item carries what the template needs for its ¶ link.
"""

from __future__ import annotations

from ..model import Linked, Statement
from ..model.views import StatementView

FRAGMENT_WORDS = 4
"""A quotation of at most this many words is a fragment (GOLD.md): a scare quote ("went on
for "years.""), the first half of an interrupted one ("However," he told Science News, …)."""


def statements_for(linked: Linked, key: str) -> tuple[StatementView, ...]:
    """The statements an actor made, or those made where an event is reported; newest first."""
    return tuple(
        StatementView(
            s, linked.entities[s.speaker], linked.articles[s.article], _context(linked, s)
        )
        for s in linked.statements.get(key, ())
    )


def _context(linked: Linked, statement: Statement) -> str | None:
    """The sentence a fragment is in (the whole of it: the ¶ link leads there too)."""
    if len(statement.quote.split()) > FRAGMENT_WORDS:
        return None
    sentence = linked.sentences[statement.article][statement.sentence]
    paragraph = linked.articles[statement.article].paragraphs[sentence.paragraph]
    return paragraph[sentence.start : sentence.end].strip() or None
