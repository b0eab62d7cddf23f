"""Part of the evidence stage: the statements a page lists, as frozen views (no Markdown).

An actor's page lists what it said, newest first; an event's page lists what was said in
the sentences that report it. Each item carries what the template needs for its ¶ link.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Article, Entity, Linked, Statement


@dataclass(frozen=True, slots=True)
class StatementView:
    """One quotation as a page lists it."""

    statement: Statement
    speaker: Entity
    source: Article

    @property
    def article(self) -> str:
        """Article id: with ``paragraphs``, what the ¶ link filter reads."""
        return self.source.id

    @property
    def paragraphs(self) -> tuple[int, int]:
        return self.statement.paragraph + 1, self.statement.paragraph + 1


def statements_for(linked: Linked, key: str) -> tuple[StatementView, ...]:
    """The statements an actor made, or those made where an event is reported; newest first."""
    return tuple(
        StatementView(s, linked.entities[s.speaker], linked.articles[s.article])
        for s in linked.statements.get(key, ())
    )
