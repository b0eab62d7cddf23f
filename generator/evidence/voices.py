"""Part of the evidence stage: the statements a page lists, as frozen views (no Markdown).

An actor's page lists what it said, newest first; an event's page lists what was said in
the sentences that report it. Each item carries what the template needs for its ¶ link.
"""

from __future__ import annotations

from ..model import Linked, Statement
from ..model.views import StatementView
from ..words import folded_quote

FRAGMENT_WORDS = 4
"""A quotation of at most this many words is a fragment (GOLD.md): a scare quote ("went on
for "years.""), the first half of an interrupted one ("However," he told Science News, …)."""


def statements_for(linked: Linked, key: str) -> tuple[StatementView, ...]:
    """The statements an actor made, or those made where an event is reported; newest first.
    The same words of one speaker reported by several articles (a wire story printed by two
    outlets, a quotation repeated days later) are one item, dated by its first report, with
    every article that reports it: a reader should not read one sentence twice as if it had
    been said twice."""
    groups: dict[tuple[str, str], list[Statement]] = {}
    for s in linked.statements.get(key, ()):  # newest first
        groups.setdefault((s.speaker, folded_quote(s.quote)), []).append(s)
    views = []
    for said in groups.values():
        first, *later = reversed(said)  # the first report, then the others oldest first
        views.append(
            StatementView(
                first,
                linked.entities[first.speaker],
                linked.articles[first.article],
                _context(linked, first),
                tuple(
                    StatementView(s, linked.entities[s.speaker], linked.articles[s.article])
                    for s in later
                ),
            )
        )
    # newest first, as ``link`` orders statements: by the first report's day
    return tuple(sorted(views, key=lambda v: (v.statement.date, v.source.date), reverse=True))


def _context(linked: Linked, statement: Statement) -> str | None:
    """The sentence a fragment is in (the whole of it: the ¶ link leads there too)."""
    if len(statement.quote.split()) > FRAGMENT_WORDS:
        return None
    sentence = linked.sentences[statement.article][statement.sentence]
    paragraph = linked.articles[statement.article].paragraphs[sentence.paragraph]
    return paragraph[sentence.start : sentence.end].strip() or None
