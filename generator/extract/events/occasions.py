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

SETTINGS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (name, words, re.compile(pattern))
    for name, words, pattern in (
        ("twitter", ("tweet", "twitter"),
         r"\btweet(?:ed|s|ing)?\b|\bon twitter\b|\btwitter (?:post|account|message)"),
        ("facebook", ("facebook",), r"\bon facebook\b|\bfacebook post"),
        ("press conference", ("conference", "briefing"),
         r"\b(?:press|news) (?:conference|briefing)s?\b"),
        ("speech", ("speech", "address"),
         r"\b(?:in|during|at the end of) (?:a|an|his|her|their|the|its)(?: \w+){0,2}"
         r" (?:speech|address)\b|\bspeech (?:to|at|before)\b"),
        ("statement", ("statement", "release", "communiqu"),
         r"\b(?:in|issued|released|read) (?:a|an|its|his|her|their|the)"
         r"(?: \w+){0,2} (?:statement|press release|communiqu[ée])\b"),
        ("letter", ("letter",),
         r"\b(?:in|sent|wrote) (?:a|an|his|her|their|the|its)(?: \w+){0,2} letter\b"),
        ("writing", ("column", "op-ed", "editorial", "autobiography", "memoir", "book", "blog"),
         r"\b(?:in|wrote) (?:a|an|his|her|their|the|its)(?: \w+){0,3} "
         r"(?:column|op-ed|editorial|autobiography|memoir|book|blog post)\b"),
        ("interview", ("interview",), r"\binterview\b"),
        ("session", ("session", "hearing", "summit", "rally", "ceremony", "sermon", "debate"),
         r"\b(?:during|at|in) (?:a|the|its|his|her)(?: \w+){0,2} "
         r"(?:session|hearing|summit|rally|ceremony|sermon|debate)\b"),
        ("court", ("court", "jury", "tribunal", "inquiry"),
         r"\b(?:told|testified (?:in|to|before)|testifying (?:in|to|before)) "
         r"(?:the )?(?:court|jury|tribunal|inquiry)\b"),
    )
)  # fmt: skip
"""Settings of a speaker's words a sentence names without naming an audience, each another
occasion than the others ("in a statement" / "at a press conference" / "in an interview" /
"in a speech to parliament" / "on Twitter"), with a word each of its shapes holds: a sentence
(lower-cased) is searched for a setting only when it holds one of its words (most of a
statement's sentences hold none, and a search is the cost). "Told reporters" or "told the
press" names none: what "said" means already."""

Cue = tuple[int, int, str]
"""Where a sentence names an occasion (paragraph offsets) and which: an actor's key or a
setting's name."""


def _cues(context: Context, sentence: int, mentions: Sequence[Mention]) -> tuple[list[Cue], ...]:
    """A sentence's audiences (actors ``TOLD`` precedes) and settings (``SETTINGS``), found
    once for all the statements it holds."""
    told = context.sentences[sentence]
    paragraph = context.article.paragraphs[told.paragraph]
    heard = [
        (m.start, m.end, m.entity)
        for m in mentions
        if TOLD.search(paragraph[max(told.start, m.start - 80) : m.start])
    ]
    low = told.text.lower()
    settings = [
        (told.start + found.start(), told.start + found.end(), name)
        for name, words, pattern in SETTINGS
        if any(w in low for w in words)
        for found in pattern.finditer(low)
    ]
    return heard, settings


def _speakers(p: Proposal) -> tuple[str, ...]:
    """Who spoke: the agents, else every actor of words whose speaker the sentence leaves to
    a phrase ("despite criticism by the Greek foreign minister and UNESCO")."""
    return p.agents or p.actors


def _nearest(proposal: Proposal, cues: list[Cue]) -> str | None:
    """The cue nearest the proposal's words."""
    mention = proposal.mention
    found = [(max(0, start - mention.end, mention.start - end), what) for start, end, what in cues]
    return min(found)[1] if found else None


def _named_occasion(
    context: Context, proposal: Proposal, cues: dict[int, tuple[list[Cue], ...]],
    mentions: dict[int, list[Mention]],
) -> str | None:  # fmt: skip
    """The occasion a statement's own sentence names: the audience told (not one of the
    speakers), else the setting, nearest its words. None for words named by a noun ("despite
    criticism by … UNESCO"): the sentence's setting ("in a rally on Friday") is another
    speaker's act's, the noun an occasion told elsewhere."""
    sentence = proposal.mention.sentence
    if not 0 <= sentence < len(context.sentences) or proposal.mention.text.casefold() in NOUNS:
        return None
    if sentence not in cues:
        cues[sentence] = _cues(context, sentence, mentions.get(sentence, []))
    heard, settings = cues[sentence]
    speakers = {f"actors/{a}" for a in _speakers(proposal)}
    return _nearest(proposal, [c for c in heard if c[2] not in speakers]) or _nearest(
        proposal, settings
    )


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
    cues: dict[int, tuple[list[Cue], ...]] = {}
    named = [_named_occasion(context, p, cues, by_sentence) for _, _, p in spoken]
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
