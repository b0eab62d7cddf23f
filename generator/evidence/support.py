"""How far the quoted evidence supports an event's or agreement's record (part of evidence).

The editors record a date, a place and the parties; the pages quote the article sentences
that name the entity. These checks say, field by field, which of the record those sentences
bear out ("in January" for 17 January 2025), so a reader can tell the articles' facts from the
editors'. They recognise common forms only: "not found" means "the editors' alone", not
"wrong". Input is the evidence stage's groups of quotes (plain text, no Markdown).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import support_note
from ..model import Entity, Linked, actor_key
from ..model.views import DateSupport, EvidenceGroup, PlaceSupport

_DETERMINERS = frozenset(
    "the a an his her its their our this that these those both all many some most several".split()
)


def date_support(
    entity: Entity, evidence: Sequence[EvidenceGroup], reference_days: dict[str, str]
) -> tuple[DateSupport, ...]:
    """The dates named in the quoted sentences that support the recorded date, with the words
    that name them, where, and the day they count from; other dates there usually belong to
    other events."""
    if not entity.date:
        return ()
    seen, found = set(), []
    for group in evidence:
        for item in group.quotes:
            for mention in item.dates:
                note = support_note(
                    entity.date, mention.value, mention.text, proposed=not entity.curated
                )
                if note is None or (mention.value, mention.text) in seen:
                    continue
                seen.add((mention.value, mention.text))
                found.append(
                    DateSupport(
                        value=mention.value,
                        text=mention.text,
                        article=group.article,
                        reference=reference_days[group.article.id],
                        quote=item,
                        note=note,
                    )
                )
    return tuple(found)


def place_support(entity: Entity, evidence: Sequence[EvidenceGroup]) -> tuple[PlaceSupport, ...]:
    """Each part of the recorded place ("Ashgabat", "Turkmenistan") and the first quoted
    sentence that names it as a place ("in Turkmenistan", "at the White House"), or none.

    A bare name is no support ("Russia is ready" names an actor, not a place), nor is a
    possessive or a longer name ("in Russia's energy sector", "in Washington Post").
    """
    found = []
    for part in dict.fromkeys(p.strip() for p in (entity.place or "").split(",")):
        if not part:
            continue
        pattern = re.compile(
            rf"\b(?:[Ii]n (?:the )?|[Aa]t the ){re.escape(part)}(?!['’]s\b|-\w| [A-Z]|\w)"
        )
        hit = next(
            (
                (group, item, match)
                for group in evidence
                for item in group.quotes
                if (match := pattern.search(item.plain))
            ),
            None,
        )
        if hit:
            group, item, match = hit
            found.append(PlaceSupport(part, match.group(0), group.article, item))
        else:
            found.append(PlaceSupport(part))
    return tuple(found)


def unnamed_parties(entity: Entity, evidence: Sequence[EvidenceGroup], linked: Linked) -> list[str]:
    """Keys of the recorded parties or participants that no quoted sentence names, by a
    mention or by an adjective ("his Iranian counterpart" names Iran)."""
    if not entity.parties:
        return []  # an actor, or a record without parties: nothing to look for
    named = {
        m.entity
        for group in evidence
        for item in group.quotes
        for index in item.indices
        for m in linked.sentence_mentions.get((group.article.id, index), ())
    }
    quoted = [item.plain for group in evidence for item in group.quotes]
    return [
        key
        for key in (actor_key(p) for p in entity.parties)
        if key not in named
        and not any(
            names_by_adjective(text, adjective)
            for text in quoted
            for adjective in linked.entities[key].adjectives
        )
    ]


def names_by_adjective(text: str, adjective: str) -> bool:
    """True where ``text`` uses ``adjective`` on its own ("his Iranian counterpart", "The
    Iranian side") or its people's plural ("the Israelis said", "Iranians protested": a
    state's people standing for it, as the extraction reads them), not inside a longer name
    or word ("Latin American", "anti-Israeli")."""
    plural = "s?" if adjective.endswith(("an", "i")) else ""
    for match in re.finditer(rf"(?<![\w-]){re.escape(adjective)}{plural}(?![\w-])", text):
        words = text[: match.start()].split()
        previous = words[-1] if words else ""
        if previous[:1].isupper() and previous.lower() not in _DETERMINERS:
            continue  # "Latin American": the adjective belongs to another name
        return True
    return False
