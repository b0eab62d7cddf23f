"""One statement event per speaking occasion: the audience or setting a sentence names for a
speaker's words ("told the BBC", "in an interview with The Bark", "on Twitter", "in a
statement", "in her 1976 autobiography"), and which occasion a sentence that names none ("he
said", "he added") continues. ``merge`` keeps two statements of one article apart when their
occasions differ; several quotations of one occasion stay one event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ...model import Mention
from ..merge import Proposal
from ..tie import Context
from ..vocabulary import EVENT_NOUNS as NOUNS

TOLD = re.compile(
    r"\b(?:told|tells|telling|tell|interviewed by|(?:an?|the|in|during|gave|given|granted)"
    r"(?: \w+)?(?: \w+)? interview (?:with|to|on)|(?:explained|spoke|speaking|talked|talking|"
    r"wrote|writing|described \w+|letter|e-?mail|message|said|says|saying|stated|remarked|"
    r"commented|comments?|remarks|statement)(?: \w+)?(?: \w+)? (?:to|with))"
    r"(?: (?:the|our|magazine|newspaper|broadcaster|channel|outlet|agency|news agency|"
    r"radio station|television station|website|daily|weekly|[A-Z][a-z]+ (?:newspaper|"
    r"magazine|broadcaster|daily)))* $"
)
"""The words just before a named actor that make it who was told or asked ("told the BBC",
"When interviewed by the BBC", "In a 2006 interview with magazine The Bark", "explained to
Wikinews", "described Day to the BBC", "wrote … in an e-mail to The New York Times"): the
audience of the speaker's words, so their occasion."""

SETTINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("twitter", r"\btweet(?:ed|s|ing)?\b|\bon Twitter\b|\bTwitter (?:post|account|message)"),
        ("facebook", r"\bon Facebook\b|\bFacebook post"),
        ("press conference", r"\b(?:press|news) (?:conference|briefing)s?\b"),
        ("speech", r"\b(?:in|during|at the end of) (?:a|an|his|her|their|the|its)(?: \w+){0,2}"
                   r" (?:speech|address)\b|\bspeech (?:to|at|before)\b"),
        ("statement", r"\b(?:in|issued|released|read) (?:a|an|its|his|her|their|the)"
                      r"(?: \w+){0,2} (?:statement|press release|communiqu[ée])\b"),
        ("letter", r"\b(?:in|sent|wrote) (?:a|an|his|her|their|the|its)(?: \w+){0,2} letter\b"),
        ("writing", r"\b(?:in|wrote) (?:a|an|his|her|their|the|its)(?: \w+){0,3} "
                    r"(?:column|op-ed|editorial|autobiography|memoir|book|blog post)\b"),
        ("interview", r"\binterview\b"),
        ("session", r"\b(?:during|at|in) (?:a|the|its|his|her)(?: \w+){0,2} "
                    r"(?:session|hearing|summit|rally|ceremony|sermon|debate)\b"),
        ("court", r"\b(?:told|testified (?:in|to|before)|testifying (?:in|to|before)) (?:the )?"
                  r"(?:court|jury|tribunal|inquiry)\b"),
    )
)  # fmt: skip
"""Settings of a speaker's words a sentence names without naming an audience: each another
occasion than the others ("in a statement" / "at a press conference" / "in an interview" /
"in a speech to parliament" / "on Twitter"). "Told reporters" or "told the press" names
none: what "said" means already."""


def _audience(
    context: Context, proposal: Proposal, sentence: int, mentions: Sequence[Mention]
) -> tuple[int, str] | None:
    """The actor the sentence says the words were told to (``TOLD``), nearest the proposal's
    words, with its distance from them; not one of the speakers."""
    told = context.sentences[sentence]
    paragraph = context.article.paragraphs[told.paragraph]
    found = []
    for m in mentions:
        if m.entity.split("/", 1)[1] in _speakers(proposal):
            continue
        before = paragraph[max(told.start, m.start - 80) : m.start]
        if TOLD.search(before):
            found.append((_distance(proposal.mention, m.start, m.end), m.entity))
    return min(found) if found else None


def _speakers(p: Proposal) -> tuple[str, ...]:
    """Who spoke: the agents, else every actor of words whose speaker the sentence leaves to
    a phrase ("despite criticism by the Greek foreign minister and UNESCO")."""
    return p.agents or p.actors


def _distance(mention: Mention, start: int, end: int) -> int:
    return max(0, start - mention.end, mention.start - end)


def _setting(context: Context, proposal: Proposal, sentence: int) -> tuple[int, str] | None:
    """The setting the sentence names (``SETTINGS``) nearest the proposal's words."""
    told = context.sentences[sentence]
    found = []
    for name, pattern in SETTINGS:
        for match in pattern.finditer(told.text):
            start, end = told.start + match.start(), told.start + match.end()
            found.append((_distance(proposal.mention, start, end), name))
    return min(found) if found else None


def _named_occasion(
    context: Context, proposal: Proposal, mentions: dict[int, list[Mention]]
) -> str | None:
    """The occasion a statement's own sentence names: its audience, else its setting. None
    for words named by a noun ("despite criticism by … UNESCO"): the sentence's setting ("in
    a rally on Friday") is another speaker's act's, the noun an occasion told elsewhere."""
    sentence = proposal.mention.sentence
    if not 0 <= sentence < len(context.sentences) or proposal.mention.text.casefold() in NOUNS:
        return None
    audience = _audience(context, proposal, sentence, mentions.get(sentence, []))
    if audience is not None:
        return audience[1]
    setting = _setting(context, proposal, sentence)
    return None if setting is None else setting[1]


def with_occasions(
    context: Context, told: Sequence[Proposal], events: Sequence[Proposal]
) -> tuple[list[Proposal], list[Proposal]]:
    """An article's statement proposals (its quotations' ``told`` and the words it reports
    among ``events``) with their occasion (``_continued`` for a sentence that names none)."""
    spoken = [
        (which, index, p)
        for which, part in enumerate((told, events))
        for index, p in enumerate(part)
        if p.type == "statement" and p.actors
    ]
    if not spoken:
        return list(told), list(events)
    spoken.sort(key=lambda item: (item[2].mention.paragraph, item[2].mention.start))
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in context.mentions:
        if m.entity.startswith("actors/"):
            by_sentence[m.sentence].append(m)
    named = [_named_occasion(context, p, by_sentence) for _, _, p in spoken]
    parts = [list(told), list(events)]
    for position, (which, index, p) in enumerate(spoken):
        occasion = named[position] or _continued(position, spoken, named)
        if occasion is not None:
            parts[which][index] = replace(p, occasion=occasion)
    return parts[0], parts[1]


def _continued(
    position: int, spoken: list[tuple[int, int, Proposal]], named: list[str | None]
) -> str | None:
    """The named occasion of the same speaker, of no other date, that a statement naming none
    continues: the nearest in its paragraph (a quotation after "X told the BBC"), else the
    latest before it in the article ("he added" after "in an interview with Folha"), else
    the first after it (a lead sentence, "X has condemned …", that the statement told in full
    below sums up); none when the speaker's words name no occasion at all."""
    p = spoken[position][2]
    sources = [
        (other, occasion, q.mention.paragraph)
        for other, ((_, _, q), occasion) in enumerate(zip(spoken, named, strict=True))
        if occasion is not None
        and other != position
        and set(_speakers(q)) & set(_speakers(p))
        and not (p.date and q.date and p.date != q.date)
    ]
    here = [(abs(other - position), o) for other, o, paragraph in sources
            if paragraph == p.mention.paragraph]  # fmt: skip
    before = [(position - other, o) for other, o, _ in sources if other < position]
    after = [(other - position, o) for other, o, _ in sources if other > position]
    for choice in (here, before, after):
        if choice:
            return min(choice)[1]
    return None
