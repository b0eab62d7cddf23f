"""A lone surname the briefing shares among several people, read in the article about one.

Resolve leaves "Mugabe" unlinked when the articles name both Robert and Grace Mugabe; but in
an obituary headlined "… Robert Mugabe dies aged 95" every bare "Mugabe" is Robert, and
without him the article's quotations ("…," Mugabe said) and events have nobody to tie to.
This tie-up step, after resolve and before the matching frames are tied to actors, links such
a surname to the one person of that surname whose first name the headline gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Entity, Mention, Sentence


def headline_surnames(
    article: Article,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    ambiguous: frozenset[str],
    entities: dict[str, Entity],
) -> list[Mention]:
    """Mentions (``how`` "headline") of the headline's person for each bare, unlinked
    occurrence of an ambiguous surname (``ambiguous``: the names resolve left so)."""
    title = set(re.findall(r"[\w’'-]+", article.title))
    people: dict[str, set[str]] = {}
    for m in mentions:
        entity = entities.get(m.entity)
        if entity is None or entity.kind != "actors" or entity.type != "person":
            continue
        words = entity.name.split()
        if len(words) > 1 and words[-1] in ambiguous and words[-1] in title:
            people.setdefault(words[-1], set()).add(m.entity)
    out: list[Mention] = []
    for surname, keys in sorted(people.items()):
        named = [k for k in sorted(keys) if entities[k].name.split()[0] in title]
        if len(named) != 1:
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
        for index, sentence in enumerate(sentences):
            text = article.paragraphs[sentence.paragraph]
            for found in pattern.finditer(text, sentence.start, sentence.end + 1):
                start, end = found.span()
                if any(
                    sp.start <= start and end <= sp.end and sp.end - sp.start > end - start
                    for sp in sentence.spans
                    if sp.label == "PERSON"
                ):
                    continue  # part of a longer name: "Grace Mugabe"
                if any(
                    m.paragraph == sentence.paragraph and m.start < end and start < m.end
                    for m in mentions
                ):
                    continue
                out.append(
                    Mention(
                        named[0], article.id, sentence.paragraph, index, start, end, surname,
                        "headline",
                    )
                )  # fmt: skip
    return out
