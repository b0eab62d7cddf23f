"""One article's mentions: explicit annotations, curated names, and the NER's candidates.

Annotations and curated names become mentions here. The NER's other guesses become
``Candidate`` records, decided later for the whole briefing at once: whether a name is an actor
depends on every sentence that names it, not only this one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..gazetteer import US_STATES_LIKE_STATES, us_state_names
from ..model import Article, ArticleAnnotation, Mention, is_actor
from .names import clean_name, strip_glued_prefix, strip_titles, title_only
from .vocab import LOCATIVES, OF_A_STATE, PLACE_NOUNS, TITLE_WORDS

_CUT_BEFORE = re.compile(r"\b([A-Z][\w.]*)\s+(?:of|on|for)\s+$")
"""'House of |Representatives|': the NER cut a longer name; the part is no actor."""


@dataclass(frozen=True)
class Candidate:
    """An NER span no editor curated: its place, its text, and the name it proposes."""

    article: str
    paragraph: int
    sentence: int
    start: int
    end: int
    text: str
    name: str
    """Cleaned: no leading 'the', possessive, titles (for people) or glued prefix."""
    label: str
    """spaCy's label, or ``LOC`` where the words around it make it a place ("in Ghazni",
    "Maidan Wardak province"), whatever the NER said."""
    ner_label: str = ""
    """spaCy's own label, for the review."""


@dataclass
class ArticleMentions:
    """What one article contributes before the briefing-wide decisions."""

    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def collect(
    article: Article,
    annotation: ArticleAnnotation,
    curated: set[str],
    ignore: set[str],
    known_names: set[str],
) -> ArticleMentions:
    """Mentions from annotations and curated spans, and candidates from the other spans.

    Actors form one layer and agreements/events another: an event phrase such as "Larijani
    met with the Kremlin leader" must not hide the actors named inside it.
    """
    out = ArticleMentions()
    taken: dict[tuple[bool, int], list[tuple[int, int]]] = defaultdict(list)
    sentences = annotation.sentences

    def sentence_at(paragraph: int, start: int) -> int:
        for index, sentence in enumerate(sentences):
            if sentence.paragraph == paragraph and sentence.start <= start < sentence.end + 1:
                return index
        return -1

    def free(paragraph: int, start: int, end: int, actor: bool = True) -> bool:
        return all(end <= s or start >= e for s, e in taken[actor, paragraph])

    def add(entity: str, paragraph: int, start: int, end: int, how: str) -> None:
        index = sentence_at(paragraph, start)
        if index < 0:
            return
        text = article.paragraphs[paragraph][start:end]
        out.mentions.append(Mention(entity, article.id, paragraph, index, start, end, text, how))
        taken[is_actor(entity), paragraph].append((start, end))

    # 1. Explicit annotations: every occurrence of the text, longest first.
    for note in sorted(article.annotations, key=lambda n: -len(n.text)):
        for p, paragraph in enumerate(article.paragraphs):
            for match in re.finditer(rf"(?<!\w){re.escape(note.text)}(?!\w)", paragraph):
                if free(p, match.start(), match.end(), is_actor(note.entity)):
                    add(note.entity, p, match.start(), match.end(), "annotation")

    spans = [(s.paragraph, span) for s in sentences for span in s.spans]
    # 2. Curated names and aliases found by the EntityRuler.
    for p, span in spans:
        actor = is_actor(span.entity or "")
        if (
            span.entity in curated
            and span.text not in ignore
            and free(p, span.start, span.end, actor)
        ):
            add(span.entity or "", p, span.start, span.end, "curated")

    # 3. Everything else the NER saw is a candidate, longest first.
    guesses = sorted(
        ((p, span) for p, span in spans if not span.entity), key=lambda ps: -len(ps[1].text)
    )
    for p, span in guesses:
        if span.text in ignore or not free(p, span.start, span.end):
            continue
        name = clean_name(span.text)
        if span.label == "PERSON" and not title_only(name):
            name = strip_glued_prefix(strip_titles(name), known_names)
        if not name or name in ignore:
            continue
        index = sentence_at(p, span.start)
        if index < 0:
            continue
        text = article.paragraphs[p]
        before, after = text[: span.start], text[span.end :]
        cut = _CUT_BEFORE.search(before) if span.label in ("ORG", "PERSON") else None
        if cut and cut.group(1).lower() not in TITLE_WORDS:
            continue
        label = span.label
        words_before = before.split()[-1:]
        words_after = [w.strip(".,;").lower() for w in after.split()[:2]]
        if words_after[:1] in (["oil"], ["gas"]):
            words_after = words_after[1:]  # "the Khurais oil field"
        if label in ("ORG", "PERSON") and (
            (words_before and words_before[0] in LOCATIVES)
            or (words_after and words_after[0] in PLACE_NOUNS)
        ):
            label = "LOC"
        if name in US_STATES_LIKE_STATES and _us_context(before, text, name):
            label = "LOC"
        out.candidates.append(
            Candidate(
                article.id, p, index, span.start, span.end, span.text, name, label, span.label
            )
        )
    return out


def _us_context(before: str, paragraph: str, name: str) -> bool:
    """'Doug Collins of Georgia', 'Florida, Georgia, Kansas': the US state, not the country."""
    after_name = re.search(r"([A-Z][\w.'’-]+) of $", before)
    if after_name and after_name.group(1).lower() not in TITLE_WORDS | OF_A_STATE:
        return True
    others = us_state_names() - {name}
    return any(re.search(rf"\b{re.escape(state)}\b", paragraph) for state in others)
