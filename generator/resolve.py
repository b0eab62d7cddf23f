"""Stage 3: turn raw spans into mentions of one canonical entity each.

Order of authority: a contributor's explicit annotation, then curated names and aliases
(matched by the EntityRuler), then the statistical NER. NER guesses become new actors only
when they look like a real name: fragments such as a lone title word ("Supreme"), a
possessive, a date word or a slogan are dropped, and a lone surname is linked to the full
name it abbreviates in the same article.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .dates import MONTHS, WEEKDAYS
from .gazetteer import state_name
from .ids import slugify
from .model import (
    Article,
    ArticleAnnotation,
    Content,
    Entity,
    Mention,
    Resolved,
    Sentence,
    actor_names,
)

TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "ministers",
        "foreign",
        "defence",
        "defense",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ayatollah",
        "supreme",
        "leader",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "sir",
        "lord",
        "dr",
        "mr",
        "mrs",
        "ms",
        "general",
        "gen",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "mayor",
        "chancellor",
        "pope",
        "deputy",
        "chief",
        "judge",
        "justice",
        "commander",
        "colonel",
        "captain",
        "lt",
        "emperor",
        "crown",
        "chairman",
        "chairwoman",
        "director",
        "head",
        "envoy",
        "ambassador",
        "aide",
        "officials",
        "official",
        "minister-president",
        "premier",
        "president-elect",
        "speaker",
        "agency",
        "ministry",
        "government",
        "council",
        "parliament",
    ]
)
CALENDAR_WORDS = frozenset(
    w.lower() for w in (*WEEKDAYS, *MONTHS, "today", "yesterday", "tomorrow")
)
NOT_ACTORS = frozenset("UTC GMT CET CEST EST EDT PST PDT BST AM PM TV".split())
"""Abbreviations the NER often takes for organisations: time zones and the like."""
CONNECTORS = frozenset(
    [
        "of",
        "and",
        "for",
        "the",
        "de",
        "del",
        "da",
        "al",
        "el",
        "bin",
        "ibn",
        "von",
        "van",
        "der",
        "den",
        "la",
        "le",
        "du",
        "des",
        "y",
        "on",
        "in",
    ]
)
AUTO_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "state"}
"""NER labels that may become actors; a GPE only when the gazetteer knows it as a state."""
MAX_NAME_TOKENS = 6
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def clean_name(text: str) -> str:
    """A span's text without a leading 'the', a trailing possessive or stray punctuation."""
    text = " ".join(text.split())
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = text.strip(" \"'“”‘’,;:()-–—")
    # A final full stop is punctuation, except after an initial ("U.S.", "Jr.").
    return text if re.search(r"(?:\b[A-Z]|Jr|Sr|St)\.$", text) else text.rstrip(".")


def strip_titles(name: str) -> str:
    """'Ayatollah Ali Khamenei' -> 'Ali Khamenei': titles are not part of a person's name."""
    tokens = name.split()
    while tokens and tokens[0].lower().rstrip(".") in TITLE_WORDS:
        tokens = tokens[1:]
    return " ".join(tokens)


def looks_like_name(name: str, label: str) -> bool:
    """True when an NER guess is plausibly an actor's proper name, not a fragment."""
    tokens = name.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS or len(name) > 80:
        return False
    if any(ch.isdigit() for ch in name) or re.search(r"[\"“”!?@#/\\<>{}\[\]|*_]", name):
        return False
    if not name[0].isupper() or name in NOT_ACTORS:
        return False
    lowered = [t.lower().rstrip(".") for t in tokens]
    if lowered[-1] in CONNECTORS:  # cut off mid-name: "Alliance Party of"
        return False
    if len(name) <= 3 and not name.isalnum():  # "Q&A"
        return False
    if all(t in TITLE_WORDS or t in CONNECTORS for t in lowered):
        return False
    if any(t in CALENDAR_WORDS for t in lowered):
        return False
    for token, low in zip(tokens, lowered, strict=True):
        if low in CONNECTORS:
            continue
        if not (token[0].isupper() or token[0] == "'" or token[:2].lower() in ("al", "el")):
            return False
    if label == "PERSON":
        return len(tokens) >= 2
    return len(name) >= 2


def lowercase_words(articles: Iterable[Article]) -> frozenset[str]:
    """Words the briefing's articles write in lower case somewhere: common nouns, not names."""
    return frozenset(
        word
        for article in articles
        for paragraph in article.paragraphs
        for word in re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", paragraph)
    )


def is_common_word(name: str, lowercase: frozenset[str]) -> bool:
    """A lone capitalised word that the articles also use as an ordinary word.

    The NER tags "Administration", "Board" or "Senate" as organisations; which one is meant
    is not in the word, so none gets a page (an editor can curate the right one). Acronyms
    are names even when they spell a word ("WHO").
    """
    return " " not in name and not name.isupper() and name.lower() in lowercase


@dataclass
class _Registry:
    """The entities known while resolving: curated ones, and actors found so far."""

    curated: dict[str, Entity]
    curated_names: dict[str, str]
    """Curated actor names and aliases to their keys."""
    auto: dict[str, Entity] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Surface forms seen for each found actor: its aliases."""

    folded: dict[str, str] = field(default_factory=dict)
    """Curated actor names and aliases, case-folded, to their keys: 'VLADIMIR PUTIN'."""

    @classmethod
    def of(cls, entities: Sequence[Entity]) -> _Registry:
        names = actor_names(entities)
        folded: dict[str, str] = {}
        for name, key in names.items():
            folded.setdefault(name.casefold(), key)
        return cls({e.key: e for e in entities}, names, folded=folded)

    def key_for(self, name: str) -> str:
        """The entity a found name means: a curated actor only when the name is one of its
        names (in any case), never because two names share a slug; otherwise a found actor
        whose id is the name's slug, made unique with a digest of the name when another
        entity (curated or found) already has that slug."""
        if key := self.curated_names.get(name) or self.folded.get(name.casefold()):
            return key
        key = f"actors/{slugify(name)}"
        owner = self.curated.get(key) or self.auto.get(key)
        if owner is None or owner.name.casefold() == name.casefold():
            return key
        digest = hashlib.sha256(name.encode()).hexdigest()[:6]
        return f"{key}-{digest}"


def resolve(content: Content, annotations: Sequence[ArticleAnnotation]) -> Resolved:
    """Every mention resolved to one entity key; NER-found actors added to the entities."""
    registry = _Registry.of(content.entities)
    by_article = {a.article: a for a in annotations}
    global_ignore = set(content.briefing.ignore)
    lowercase = lowercase_words(content.articles)
    mentions: list[Mention] = []
    sentences: dict[str, tuple[Sentence, ...]] = {}
    for article in content.articles:
        annotation = by_article.get(article.id)
        if annotation is None:
            continue
        sentences[article.id] = annotation.sentences
        ignore = global_ignore | set(article.ignore)
        found = _resolve_article(article, annotation, registry, ignore, lowercase)
        mentions.extend(found)
    auto_entities = [
        Entity(
            kind="actors",
            id=entity.id,
            name=entity.name,
            type=entity.type,
            aliases=tuple(sorted(registry.forms[entity.key] - {entity.name})),
            curated=False,
        )
        for entity in registry.auto.values()
    ]
    entities = sorted([*content.entities, *auto_entities], key=lambda e: e.key)
    unique = sorted(set(mentions), key=lambda m: (m.article, m.paragraph, m.start, m.entity))
    return Resolved(tuple(entities), tuple(unique), sentences)


def _resolve_article(
    article: Article,
    annotation: ArticleAnnotation,
    registry: _Registry,
    ignore: set[str],
    lowercase: frozenset[str],
) -> list[Mention]:
    curated, auto = registry.curated, registry.auto
    out: list[Mention] = []
    # Actors form one layer and agreements/events another: an event phrase such as
    # "Larijani met with the Kremlin leader" must not hide the actors named inside it.
    taken: dict[tuple[bool, int], list[tuple[int, int]]] = defaultdict(list)

    def sentence_at(paragraph: int, start: int) -> int:
        for index, sentence in enumerate(annotation.sentences):
            if sentence.paragraph == paragraph and sentence.start <= start < sentence.end + 1:
                return index
        return -1

    def add(entity: str, paragraph: int, start: int, end: int, how: str) -> None:
        index = sentence_at(paragraph, start)
        if index < 0:
            return
        text = article.paragraphs[paragraph][start:end]
        out.append(Mention(entity, article.id, paragraph, index, start, end, text, how))
        taken[_is_actor(entity), paragraph].append((start, end))

    def free(paragraph: int, start: int, end: int, actor: bool = True) -> bool:
        return all(end <= s or start >= e for s, e in taken[actor, paragraph])

    # 1. Explicit annotations: every occurrence of the text, longest first.
    for note in sorted(article.annotations, key=lambda n: -len(n.text)):
        for p, paragraph in enumerate(article.paragraphs):
            for match in re.finditer(rf"(?<!\w){re.escape(note.text)}(?!\w)", paragraph):
                if free(p, match.start(), match.end(), _is_actor(note.entity)):
                    add(note.entity, p, match.start(), match.end(), "annotation")

    spans = [(s.paragraph, span) for s in annotation.sentences for span in s.spans]
    # 2. Curated names and aliases found by the EntityRuler.
    for p, span in spans:
        in_use = span.entity in curated and free(
            p, span.start, span.end, _is_actor(span.entity or "")
        )
        if span.entity and in_use and span.text not in ignore:
            add(span.entity, p, span.start, span.end, "curated")

    # 3. Statistical guesses: full names first, so that lone surnames can link to them.
    persons_here = {
        key: curated[key] for key in {m.entity for m in out} if key.startswith("actors/")
    }
    guesses = [(p, span) for p, span in spans if not span.entity and span.label in AUTO_TYPES]
    guesses.sort(key=lambda ps: -len(ps[1].text.split()))
    for p, span in guesses:
        if not free(p, span.start, span.end) or span.text in ignore:
            continue
        name = clean_name(span.text)
        if span.label == "PERSON":
            name = strip_titles(name)
        if not name or name in ignore:
            continue
        if span.label == "GPE":
            canonical = state_name(name)  # a city or region stays text
        elif len(name.split()) == 1 and (owners := _surname_owners(name, persons_here)):
            # A lone surname, even one the NER calls an organisation ("Adamowicz"), links to
            # the one person here who has it; shared by several ("Turpin", or the family,
            # "the Turpins"), it stays text rather than becoming an actor of its own.
            if len(owners) == 1 and owners[0][1] == name:
                add(owners[0][0], p, span.start, span.end, "surname")
            continue
        else:
            canonical = name if looks_like_name(name, span.label) else None
        if canonical is None:
            continue
        key = registry.key_for(canonical)
        if key in curated:
            add(key, p, span.start, span.end, "ner")
            continue
        if span.label != "GPE" and is_common_word(canonical, lowercase):
            continue
        if key not in auto:
            slug = key.removeprefix("actors/")
            auto[key] = Entity("actors", slug, canonical, AUTO_TYPES[span.label], curated=False)
        registry.forms[key].add(name)
        persons_here[key] = auto[key]
        add(key, p, span.start, span.end, "ner")
    return out


def _is_actor(key: str) -> bool:
    return key.startswith("actors/")


def _surname_owners(word: str, persons: dict[str, Entity]) -> list[tuple[str, str]]:
    """(key, surname) of the people in this article whose surname is ``word`` or, for a
    family ("the Turpins"), ``word`` without its plural ending."""
    return sorted(
        (key, surname)
        for key, entity in persons.items()
        if entity.type == "person"
        and (surname := entity.name.split()[-1]) in (word, word.removesuffix("s"))
        and len(entity.name.split()) > 1
    )
