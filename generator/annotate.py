"""Stage 2: find entity mentions and sentence boundaries with spaCy.

An EntityRuler built from every curated name and alias runs before the statistical NER, so
curated names always win and carry their entity key in ``ent_id_``. Results are cached per
article, keyed by the article text, the model and the curated patterns, so an unchanged
article is never annotated twice and spaCy is not even loaded when everything is cached. Of
the curated patterns, only those that can match in an article are part of its key
(``PatternsFor``), so a curated edit re-annotates only the articles naming what changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .extract import CAMEO_DIGEST, MATCHER_VERSION, match
from .memo import Memo, mark_used, write_atomic
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
from .organisations import (
    ORGANISATIONS_DIGEST,
    Listed,
    listed_in,
    spelt_out,
    with_known_organisations,
)
from .preload import DEFAULT_MODELS as DEFAULT_MODELS
from .preload import Preloaded as Preloaded
from .preload import choose_model as choose_model

if TYPE_CHECKING:
    from multiprocessing import Queue

    from spacy.language import Language
    from spacy.tokens import Doc

ANNOTATOR_VERSION = "2"
"""Bump when the annotation output changes shape, to invalidate every cache entry."""
KEEP_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)
"""Statistical labels passed on to resolution: the actor labels, and the place, event, law and
product labels that tell resolution a name is *not* an actor where the NER hesitates between
them ("Hagia Sophia" as ORG once and FAC twice). Dates, numbers and the like are dropped."""
RULER_LABELS = {"agreements": "AGREEMENT", "events": "EVENT"}
"""The ruler's label for a curated agreement or event: no rule asks for them by label."""
ACTOR_RULER_LABELS = {"person": "PERSON", "organisation": "ORG", "state": "GPE", "media": "ORG"}
"""The ruler's label for a curated actor, by its type: the label the NER would give it, so that
every extraction rule that asks for a person, a firm or a state finds a curated one too (a
single "ACTOR" label made curating an actor hide it from them). Resolution knows a span was
curated by its entity key (``ent_id_``), not by its label."""
BATCH_SIZE = 64
"""Paragraphs spaCy parses at once."""
CHUNK_PARAGRAPHS = 64
"""About how many paragraphs a worker process takes at a time: small enough that the cores
finish together, large enough for a full batch."""
PARALLEL_MIN_PARAGRAPHS = 200
"""Below this many paragraphs to parse (about 20 articles, 2 s on one core) no worker
processes are started."""
CACHE_MAX_AGE = 30 * 24 * 3600
"""Seconds a cache entry may go unused before a build deletes it (entries are touched on use;
the cache is shared by every briefing built from this checkout, so age is the safe measure)."""


DASK_EXTRA = ".venv/bin/pip install --no-build-isolation -e '.[dask]'"
"""How a user of a checkout gets ``--scheduler`` working: the optional extra of pyproject.toml."""


def require_dask() -> None:
    """Fail before any slow work when a build asks for a Dask cluster without the extra."""
    try:
        import distributed  # noqa: F401 - only whether it imports matters
    except ImportError:
        raise RuntimeError(
            "--scheduler needs dask.distributed, which is not installed: install the optional "
            f"'dask' extra ({DASK_EXTRA} in the checkout, or pip install dask distributed), "
            "here and on every worker"
        ) from None


def model_identity(model: str) -> str:
    """Name and versions that change the model's output, without importing spaCy. A model
    given as a folder has no package version: its files' digest stands for one, so a model
    retrained in place re-annotates instead of keeping pages made by the old one."""
    versions = []
    for dist in ("spacy", model.replace("_", "-")):
        try:
            versions.append(f"{dist}=={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist}==local")
    if Path(model).is_dir():
        versions.append(f"files=={_folder_digest(Path(model))}")
    return f"{model} {' '.join(versions)}"


def _folder_digest(folder: Path) -> str:
    """The digest of every file's relative path and bytes below ``folder``: its content,
    not its dates, so a worker holding a copy of the model agrees with the building machine."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        digest.update(f"{name}\0{path.stat().st_size}\0".encode())
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]


def ruler_patterns(entities: Iterable[Entity]) -> list[dict[str, str]]:
    """One exact-text pattern per curated name and alias, with its entity key as the id and
    ``ruler_label`` as the label."""
    patterns = []
    for entity in entities:
        if not entity.curated:
            continue
        for text in sorted({entity.name, *entity.aliases}):
            patterns.append({"label": ruler_label(entity), "pattern": text, "id": entity.key})
    return sorted(patterns, key=lambda p: (p["pattern"], p["id"]))


def ruler_label(entity: Entity) -> str:
    """The label a curated name's spans carry: an actor's is its type's NER label."""
    if entity.kind == "actors":
        return ACTOR_RULER_LABELS[entity.type]
    return RULER_LABELS[entity.kind]


def load_model(model: str) -> Language:
    """The model's own pipeline, without the curated ruler: all that can be loaded before the
    content is read (``Preloaded``)."""
    spacy = import_spacy()
    found = _model_files(spacy, model)
    overrides: dict[str, Any] = {}
    if found and _tokenizer_on_disk(*found):
        spacy.registry.tokenizers.register(UNFILLED_TOKENIZER, func=_unfilled_tokenizer)
        overrides = {"nlp": {"tokenizer": {"@tokenizers": UNFILLED_TOKENIZER}}}
    nlp: Language = spacy.load(model, exclude=["lemmatizer", *_disabled(found)], config=overrides)
    return nlp


UNFILLED_TOKENIZER = "briefing.unfilled_tokenizer.v1"
"""The tokenizer ``load_model`` starts the model with: spaCy's, empty."""


def _tokenizer_on_disk(folder: Path, config: Any) -> bool:
    """Whether the model's tokenizer is spaCy's own and its folder holds every setting of it
    (rules, special cases, patterns), which ``spacy.load`` reads over the tokenizer it made:
    then making that one first from the language's defaults, 2,700 special cases (about
    0.07 s of CPU on the preloading process's critical path), is wasted, and it starts empty.
    The settings read are the same, so the parses are (a test compares them)."""
    tokenizer = config["nlp"].get("tokenizer")
    return tokenizer == {"@tokenizers": "spacy.Tokenizer.v1"} and (folder / "tokenizer").is_file()


def _unfilled_tokenizer() -> Callable[[Language], Any]:
    """spaCy's tokenizer with none of its settings, for ``spacy.load`` to read them into."""
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # compiled, no stub

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def switched_off(spacy: ModuleType, model: str) -> list[str]:
    """The components the model's own config leaves disabled (``en_core_web_sm``'s ``senter``:
    its parser sets the sentences). A disabled component never runs, so loading it is wasted:
    excluded, about 0.1 s of CPU on the preloading process's critical path, same parses.
    Empty where the config cannot be read (``spacy.load`` then says why, as before)."""
    return _disabled(_model_files(spacy, model))


def _disabled(found: tuple[Path, Any] | None) -> list[str]:
    return [str(name) for name in found[1]["nlp"].get("disabled", [])] if found else []


def _model_files(spacy: ModuleType, model: str) -> tuple[Path, Any] | None:
    """The model's folder and its config (uninterpolated); None where they cannot be read."""
    util = spacy.util
    try:
        if util.is_package(model):
            package = util.get_package_path(model)
            meta = util.get_model_meta(package)
            folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        else:
            folder = Path(model)
        config = util.load_config(folder / "config.cfg", interpolate=False)
        config["nlp"]  # an unreadable config fails here, not later
    except Exception:  # any unreadable config: load everything, as before
        return None
    return folder, config


_CLI = ("spacy.cli", "spacy.cli.info")
"""What ``import spacy`` imports only for ``spacy.info``: the command line (typer, weasel,
requests), about 0.15 s of the preloading process's critical path, never used by a parse."""


def import_spacy() -> ModuleType:
    """``spacy``, imported without its command line: stand-ins for ``_CLI`` while it imports,
    removed after, so that ``import spacy.cli`` still imports the real one and ``spacy.info``
    imports it when called."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {name: ModuleType(name) for name in _CLI if name not in sys.modules}
    if "spacy.cli.info" in stand_ins:
        stand_ins["spacy.cli.info"].info = _spacy_info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:
        plain = True  # a spaCy that needs more of its command line: import it plainly below
    else:
        plain = False
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if plain:
        import spacy
    elif "cli" in vars(spacy) and vars(spacy)["cli"] in stand_ins.values():
        delattr(spacy, "cli")  # a later ``spacy.cli`` imports the real one
    return spacy


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` after ``import_spacy``: the real one, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def load_pipeline(
    model: str, patterns: list[dict[str, str]], loaded: Language | None = None
) -> Language:
    """The spaCy pipeline with the curated EntityRuler in front of the NER; ``loaded`` is the
    model's pipeline from ``load_model`` when it is loaded already."""
    nlp = loaded if loaded is not None else load_model(model)
    if not patterns:
        return nlp  # nothing curated yet: the statistical NER alone
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": True})
    # Tokenise patterns only: with the other components enabled spaCy would parse each one.
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name != "entity_ruler"]):
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


def cache_key(article: Article, model_id: str, patterns_digest: str) -> str:
    payload = json.dumps(
        [
            ANNOTATOR_VERSION,
            MATCHER_VERSION,
            CAMEO_DIGEST,
            ORGANISATIONS_DIGEST,
            model_id,
            patterns_digest,
            list(article.paragraphs),
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _squeezed(text: str) -> str:
    return "".join(text.split())


class PatternsFor:
    """The digest of the curated patterns that can match in an article, for its cache key:
    a change to curated data re-annotates only the articles whose text contains a name that
    was added, removed or changed.

    Why that is exact: the EntityRuler matches a pattern's tokens by their exact text
    (``ORTH``), so a match means the pattern's text without whitespace occurs in the
    paragraph's text without whitespace; a pattern that does not occur so cannot match, and
    the ruler's output is its matches alone. Whether the pipeline has a ruler at all is part
    of the digest (a ruler marks every other token as outside an entity before the NER runs).
    """

    def __init__(self, patterns: list[dict[str, str]]):
        self._patterns = [(_squeezed(p["pattern"]), p) for p in patterns]
        self._ruler = bool(patterns)
        self._none = self._of([])
        """The digest when nothing curated can match: every article's, with no patterns."""

    def digest(self, article: Article) -> str:
        if not self._patterns:  # no text to search (0.04 s a build of 1,000 articles)
            return self._none
        text = "\0".join(_squeezed(p) for p in article.paragraphs)
        return self._of([p for squeezed, p in self._patterns if squeezed in text])

    def _of(self, found: list[dict[str, str]]) -> str:
        return hashlib.sha256(json.dumps([self._ruler, found]).encode()).hexdigest()


def annotate(
    articles: Sequence[Article],
    entities: Sequence[Entity],
    *,
    model: str | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    preloaded: Preloaded | None = None,
    meanwhile: Callable[[Mapping[str, str]], object] = lambda keys: None,
) -> tuple[ArticleAnnotation, ...]:
    """Annotate every article, from the cache where possible; sorted by article id.

    ``progress(done, total)`` is called as articles are done (cached ones at once), so a
    caller can show how far the slow part of a build is; this stage draws nothing itself.
    ``workers`` is how many processes parse (default: one per available core, and just this
    one when there is too little to parse to be worth starting others); ``scheduler``, the
    address of a Dask scheduler, sends the parsing to that cluster instead (``cluster.py``).
    ``preloaded``, a process already loading the same model (``Preloaded``), parses the
    articles when they are too few for worker processes; ``meanwhile(keys)`` (the caller's
    work that reads no annotation, given each article's annotation key: ``cache_key``) then
    runs while it parses, and otherwise not at all. The
    result is the same whichever does the work, and only this process touches the cache.
    """
    model = choose_model(model)
    patterns = ruler_patterns(entities)
    relevant = PatternsFor(patterns)
    model_id = model_identity(model)
    results: dict[str, ArticleAnnotation] = {}
    todo: dict[str, list[Article]] = {}
    """Cache key to the articles with that text: identical texts are annotated once."""
    kept = Memo(cache_dir, KEPT) if cache_dir else None
    keys: dict[str, str] = {}
    for article in articles:
        key = keys[article.id] = cache_key(article, model_id, relevant.digest(article))
        cached = _kept(kept, key, article.id) if kept else None
        if cached is not None:
            results[article.id] = cached
        else:
            todo.setdefault(key, []).append(article)
    report = progress or (lambda done, total: None)
    report(len(results), len(articles))
    tidied = False

    def tidy() -> None:
        """Once: keep the memo of the cached annotations read, and prune the cache. Neither
        needs what is parsed (a new entry is young), so it may run while the parse runs."""
        nonlocal tidied
        if tidied:
            return
        tidied = True
        if kept is not None:
            kept.save()
        if cache_dir:
            prune_cache(cache_dir)

    if todo:
        groups = list(todo.items())
        firsts = [group[0] for _, group in groups]
        done: Iterable[tuple[int, Parsed, str | None]]
        """Index into ``firsts``, annotation and, from a cluster, its cache entry ready made."""
        if scheduler:
            from .cluster import annotate_on_cluster  # optional: needs the `dask` extra

            done = annotate_on_cluster(scheduler, model, model_id, patterns, firsts)
        elif (
            preloaded is not None
            and preloaded.model == model
            and plan_workers(sum(len(a.paragraphs) for a in firsts), workers) == 1
        ):

            def waiting() -> None:
                tidy()
                meanwhile(keys)

            parsed = preloaded.parse(patterns, firsts, waiting)
            done = ((i, annotation, None) for i, annotation in enumerate(parsed))
        else:
            local = _annotated(load_pipeline(model, patterns), firsts, workers)
            done = ((index, parsed, None) for index, parsed in local)
        for index, (sentences, frames), entry in done:
            key, group = groups[index]
            for article in group:
                results[article.id] = ArticleAnnotation(article.id, sentences, frames, key)
            if cache_dir:
                _write_cache(cache_dir, key, entry or cache_entry(results[group[0].id]))
            report(len(results), len(articles))
    tidy()
    return tuple(results[a.id] for a in sorted(articles, key=lambda a: a.id))


def prune_cache(cache_dir: Path, max_age: float = CACHE_MAX_AGE) -> int:
    """Delete entries unused for ``max_age`` seconds (and stray temporary files); count them.

    Every edit of an article leaves its old entry behind, so without this the cache only grows.
    """
    cutoff = time.time() - max_age
    removed = 0
    try:
        # One listing and one stat per entry (a ``DirEntry`` knows its kind): ``Path.glob``
        # with ``is_file`` and ``stat`` made three calls per file, 0.1 s a build at 5,000.
        with os.scandir(cache_dir) as listing:
            entries = [
                e for e in listing if os.path.splitext(e.name)[1] in (".json", ".marshal", ".tmp")
            ]
    except OSError:
        return 0
    for entry in entries:
        try:
            if entry.is_file() and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue  # another build got there first
    return removed


def available_cores() -> int:
    """Cores this process may run on (a container or ``taskset`` may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def plan_workers(paragraphs: int, requested: int | None = None) -> int:
    """How many processes parse ``paragraphs`` paragraphs: ``requested`` if given, else one
    per core, but never more than there are chunks, and only this process below
    ``PARALLEL_MIN_PARAGRAPHS`` (an edit or two: starting workers would cost more than
    it saves)."""
    if requested is not None:
        return max(1, requested)
    if paragraphs < PARALLEL_MIN_PARAGRAPHS:
        return 1
    return max(1, min(available_cores(), -(-paragraphs // CHUNK_PARAGRAPHS)))


Parsed = tuple[tuple[Sentence, ...], Frames]
"""One article's sentences and the frames extraction matched in its parse."""


def _annotated(
    nlp: Language, articles: list[Article], workers: int | None
) -> Iterator[tuple[int, Parsed]]:
    """Each article's index in ``articles`` with its annotation, in whatever order they are
    done: in this process, or in worker processes that each parse chunks of articles and
    match extraction frames on the parse, so only small frozen results come back."""
    count = plan_workers(sum(len(a.paragraphs) for a in articles), workers)
    if count == 1:
        yield from enumerate(parse_articles(nlp, articles, few_listed(articles)))
        return
    chunks = chunk_indices(articles, CHUNK_PARAGRAPHS)
    for indices, parsed in _in_workers(nlp, [[articles[i] for i in c] for c in chunks], count):
        yield from zip(chunks[indices], parsed, strict=True)


def chunk_indices(articles: Sequence[Article], paragraphs: int) -> list[list[int]]:
    """Consecutive runs of indices into ``articles``, each closed once it holds at least
    ``paragraphs`` paragraphs: the unit of work handed to a worker process or a cluster."""
    chunks: list[list[int]] = [[]]
    size = 0
    for index, article in enumerate(articles):
        if size >= paragraphs:
            chunks.append([])
            size = 0
        chunks[-1].append(index)
        size += len(article.paragraphs)
    return chunks


def _in_workers(
    nlp: Language, chunks: list[list[Article]], count: int
) -> Iterator[tuple[int, list[Parsed]]]:
    """Chunk index and its articles' annotations, from ``count`` worker processes.

    On Linux the workers are forked after the pipeline is loaded, so they share it and start
    in milliseconds (as spaCy's own ``n_process`` does); elsewhere they are spawned and get
    it pickled. They pull chunks from one queue, so a slow chunk holds up no other. A worker
    that fails or dies ends the stage with an error, and every worker is ended on the way
    out, however the caller leaves.
    """
    import multiprocessing

    context = (
        multiprocessing.get_context("fork")
        if sys.platform == "linux"
        else multiprocessing.get_context("spawn")
    )
    tasks = context.Queue()
    results = context.Queue()
    # Start the workers before anything is queued: no queue thread exists yet when they fork.
    processes = [
        context.Process(target=_work, args=(nlp, tasks, results), daemon=True) for _ in range(count)
    ]
    for process in processes:
        process.start()
    try:
        for item in enumerate(chunks):
            tasks.put(item)
        for _ in processes:
            tasks.put(None)
        for _ in chunks:
            while True:
                try:
                    index, outcome = results.get(timeout=0.5)
                    break
                except queue.Empty:
                    if any(p.exitcode not in (None, 0) for p in processes):
                        raise RuntimeError("an annotation worker process died") from None
            if isinstance(outcome, str):
                raise RuntimeError(f"an annotation worker failed:\n{outcome}")
            yield index, outcome
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()
        for channel in (tasks, results):
            channel.cancel_join_thread()  # unread items must not block this process's exit
            channel.close()


def _work(nlp: Language, tasks: Queue, results: Queue) -> None:
    """A worker's life: annotate chunks until told to stop; a failure is sent back as text."""
    for index, chunk in iter(tasks.get, None):
        try:
            results.put((index, list(parse_articles(nlp, chunk))))
        except Exception:
            results.put((index, traceback.format_exc()))
            return


FEW_CHARS = 100_000
"""Up to this many characters of text to parse (some 30 articles), the organisation list's
patterns are made of the forms the text holds (``organisations.listed_in``, milliseconds)
rather than of the whole list (0.17 s of CPU to compile, once a process): the same matches."""


def few_listed(articles: Sequence[Article]) -> Listed | None:
    """The organisation list's patterns for parsing only ``articles`` in this process: those
    of the forms their text holds when it is short (``FEW_CHARS``), else None (the whole
    list's)."""
    if sum(len(p) for a in articles for p in a.paragraphs) > FEW_CHARS:
        return None
    return listed_in("\n".join(p for a in articles for p in a.paragraphs))


def parse_articles(
    nlp: Language, articles: Sequence[Article], patterns: Listed | None = None
) -> Iterator[Parsed]:
    """Sentences of each article, in order, and what extraction matched in its parse; all
    paragraphs go through spaCy in one stream. ``patterns``: the organisation list's for
    these articles (``few_listed``), by default the whole list's."""
    texts = (p for article in articles for p in article.paragraphs)
    docs = nlp.pipe(texts, batch_size=BATCH_SIZE)
    for article in articles:
        sentences: list[Sentence] = []
        quotes: list[QuoteFrame] = []
        events: list[EventFrame] = []
        agreements: list[AgreementFrame] = []
        spelt = spelt_out("\n".join(article.paragraphs), patterns)
        for index in range(len(article.paragraphs)):
            doc = next(docs)
            sentences.extend(paragraph_sentences(doc, index, spelt, patterns))
            found = match(doc, index)
            quotes.extend(found.quotes)
            events.extend(found.events)
            agreements.extend(found.agreements)
        yield tuple(sentences), Frames(tuple(quotes), tuple(events), tuple(agreements))


def paragraph_sentences(
    doc: Doc, index: int, spelt: frozenset[str] = frozenset(), patterns: Listed | None = None
) -> Iterator[Sentence]:
    """Sentences of one paragraph's Doc (never crossing paragraphs) with their entity spans;
    ``spelt``: the listed organisations whose long form the article writes (their acronyms
    may then be read, ``organisations.with_known_organisations``); ``patterns``: the list's
    patterns for a text holding the paragraph's (``parse_articles``)."""
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
        spans = with_known_organisations(doc.text, spans, sent.start_char, end, spelt, patterns)
        yield Sentence(index, sent.start_char, end, text, spans)


KEPT = "annotations"
"""The memo (``memo.Memo``) of the cached annotations read by the last build, in one file of
plain values: read back in 0.1 s at 1,000 articles, where reading each entry's JSON and
building its records from keywords took 0.2 s of every build. The JSON entries stay the
cache (workers and other builds share them; an entry this memo lacks is read there)."""


class _Missing(Exception):
    """No readable cache entry: nothing to keep (``_kept``)."""


def _kept(memo: Memo, key: str, article: str) -> ArticleAnnotation | None:
    """The cached annotation of ``key`` (as ``_read_cache`` reads it), from the memo of the
    last build's when it holds it; its JSON entry is marked used either way (``_read_cache``
    marks what it reads; the decoder, what the memo holds), so it is pruned by age only.
    The memo is kept in the cache folder, beside the entries."""
    cache_dir = memo.folder
    if cache_dir is None:
        return None

    def read() -> ArticleAnnotation:
        found = _read_cache(cache_dir, key, article)
        if found is None:
            raise _Missing(key)
        return found

    def decode(value: Any) -> ArticleAnnotation:
        found = _annotation(value, article, key)
        mark_used(cache_dir / f"{key}.json")  # as if read: only a decoded entry is a hit
        return found

    try:
        return memo.get([key], read, _plain_annotation, decode)
    except _Missing:
        return None


def _plain_annotation(a: ArticleAnnotation) -> tuple[object, ...]:
    """An annotation (its article and key aside) as plain values, every record a tuple of
    its fields in order: what ``_annotation`` builds back by position."""

    def role(r: Role | None) -> tuple[int, int, str] | None:
        return None if r is None else (r.start, r.end, r.text)

    def roles(rs: tuple[Role, ...]) -> tuple[object, ...]:
        return tuple(role(r) for r in rs)

    f = a.frames
    return (
        tuple(
            (s.paragraph, s.start, s.end, s.text,
             tuple((x.text, x.label, x.start, x.end, x.entity) for x in s.spans))
            for s in a.sentences
        ),
        tuple(
            (q.paragraph, role(q.quote), role(q.speaker), role(q.head), q.cue, q.form, q.intro)
            for q in f.quotes
        ),
        tuple(
            (e.paragraph, e.type, role(e.trigger), roles(e.agents), roles(e.patients),
             roles(e.places), roles(e.asides), role(e.topic), role(e.within))
            for e in f.events
        ),
        tuple(
            (g.paragraph, g.type, role(g.noun), g.verb, g.status, roles(g.parties), g.value,
             g.subject, g.name)
            for g in f.agreements
        ),
    )  # fmt: skip


def _annotation(plain: tuple[Any, ...], article: str, key: str) -> ArticleAnnotation:
    """Back from ``_plain_annotation``."""
    sentences, quotes, events, agreements = plain

    def maybe(r: tuple[int, int, str] | None) -> Role | None:
        return None if r is None else Role(*r)

    def roles(rs: list[tuple[int, int, str]]) -> tuple[Role, ...]:
        return tuple([Role(*r) for r in rs])

    return ArticleAnnotation(
        article,
        tuple([
            Sentence(p, start, end, text, tuple([Span(*x) for x in spans]))
            for p, start, end, text, spans in sentences
        ]),
        Frames(
            tuple([
                QuoteFrame(p, Role(*q), maybe(s), maybe(h), cue, form, intro)
                for p, q, s, h, cue, form, intro in quotes
            ]),
            tuple([
                EventFrame(
                    p, t, Role(*w), roles(a), roles(o), roles(pl), roles(x), maybe(tp), maybe(wi)
                )
                for p, t, w, a, o, pl, x, tp, wi in events
            ]),
            tuple([
                AgreementFrame(p, t, Role(*n), verb, st, roles(pa), value, subject, name)
                for p, t, n, verb, st, pa, value, subject, name in agreements
            ]),
        ),
        key,
    )  # fmt: skip


def _read_cache(cache_dir: Path, key: str, article: str) -> ArticleAnnotation | None:
    """A cached annotation; the key covers the text only, so identical texts share it."""
    path = cache_dir / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        mark_used(path)
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
            key,
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
                          "patients": _roles(e["patients"]), "places": _roles(e["places"]),
                          "asides": _roles(e["asides"]), "topic": _role(e.get("topic")),
                          "within": _role(e.get("within"))})
            for e in data["events"]
        ),
        agreements=tuple(
            AgreementFrame(**{**a, "noun": Role(**a["noun"]), "parties": _roles(a["parties"])})
            for a in data["agreements"]
        ),
    )  # fmt: skip


def cache_entry(annotation: ArticleAnnotation) -> str:
    """An annotation as its cache file holds it. Cluster workers make it too, so that the one
    building machine, which writes every entry, only has to write it."""
    entry = asdict(annotation)
    del entry["key"]  # the file's name
    return json.dumps(entry, ensure_ascii=False)


def _write_cache(cache_dir: Path, key: str, entry: str) -> None:
    """Write atomically so an interrupted build never leaves a half-written entry."""
    write_atomic(cache_dir / f"{key}.json", entry.encode())
