"""Thin orchestration: load → annotate → resolve → link → evidence → render → publish.

Each stage is a function of plain data; this module only wires them together and decides
where files go. Nothing here reads content or knows about spaCy or MkDocs internals.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .annotate import annotate, require_dask
from .dates import sentence_dates
from .errors import BuildError, ContentError
from .evidence import gather
from .evidence.edit import repo_for
from .evidence.review import gather_review
from .extract import extract
from .gazetteer import read_tables
from .link import link
from .load import load_content
from .memo import SUFFIX, Memo, ReadAhead, code_digest
from .model import Briefing, Content, Pages, Spool
from .model.review import Review
from .organisations import organisations
from .paths import BUNDLED_CONTENT as BUNDLED_CONTENT
from .paths import PROJECT as PROJECT
from .paths import Paths as Paths
from .preload import Preloaded, for_build
from .publish import MARKER, check_targets, publish, staging_parent
from .publish.search_split import SPLIT_PAGES
from .publish.staging import output_locked, spare_folder, staging_folder, sweeping
from .render import is_listing, page_digester, render_changed, render_pages
from .render.export import EXPORT, LastExport, export_changed, export_entities, last_export
from .render.review_pages import REVIEW_INDEX
from .resolve import Citations, Words, citations_of_texts, collected_ahead, resolve, words_of_texts
from .resolve.article import ArticleMentions
from .reuse import ALWAYS, DIGESTS, Cutoff, Previous, digests_file, previous_pages, seal
from .steps import PREFIX, Steps

# The code's digest (``memo.code_digest``), read as the stages are imported, not minutes later
# when a build first asks (``serve`` runs on while the code is edited). Here, not in ``memo``:
# the rebuild's spaCy process imports ``memo`` with the annotate stage and keys nothing, and
# reading the code there (about 0.015 s of CPU) delayed the parse a rebuild waits for.
code_digest()

SPOOL = "pages"
"""The folder of the staging folder that the pages and the export are written to as they are
made (``model.Spool``), and moved from into its docs folder when published."""
COLLECT, DATES = "collect", "dates"
"""The memos (``memo.Memo``) of resolve's spans read and of the sentences' dates."""


@dataclass
class Report:
    """What a build produced, for the CLI summary and the benchmark."""

    pages: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    warnings: tuple[ContentError, ...] = ()
    notes: list[str] = field(default_factory=list)
    """What the built site lacks and how to fix it (e.g. no SITE_URL)."""
    rendered: int | None = None
    """Pages rendered anew when the last build's were reused (None: every page rendered)."""
    reused: int = 0
    """Pages taken unchanged from the last build (their inputs had not changed)."""
    unchanged: frozenset[str] = frozenset()
    """Those pages' paths: their files in the docs folder hold exactly their text."""

    def summary(self) -> str:
        counts = ", ".join(f"{kind}: {n}" for kind, n in sorted(self.pages.items()))
        total = sum(self.timings.values())
        steps = ", ".join(f"{k} {v:.1f}s" for k, v in self.timings.items())
        reused = f", {self.reused} unchanged since the last build" if self.reused else ""
        return f"{sum(self.pages.values())} pages ({counts}{reused}) in {total:.1f}s ({steps})"


class Progress(Protocol):
    """What a long build reports as it goes; the CLI decides how (or whether) to show it."""

    def start(self, stage: str) -> None:
        """A stage begins."""

    def step(self, done: int, total: int) -> None:
        """The current stage has done ``done`` of ``total`` items (annotate: articles)."""

    def finish(self, stage: str, seconds: float) -> None:
        """The stage ended after ``seconds``."""


class _Silent:
    """The default: builds report nothing (tests, the benchmark, ``serve``)."""

    def start(self, stage: str) -> None:
        pass

    def step(self, done: int, total: int) -> None:
        pass

    def finish(self, stage: str, seconds: float) -> None:
        pass


GC_THRESHOLDS = (50_000, 20, 100)
"""The cyclic collector's thresholds while a build runs (Python's are 700, 10, 10)."""


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector, run less often while inside (and as before after).

    A build holds a large heap that lives to its end (the annotations, the resolved and linked
    data: millions of objects at 1,000 articles) and makes few reference cycles; by default
    the collector traverses that whole heap again every few hundred thousand allocations,
    which cost about a tenth of the CPU of a rebuild after one edit (1.0-1.4 s of 9.5-10 s
    at 1,000 articles) for nothing to collect. Memory freed by reference counting, nearly
    all of it, is freed as before: the peak was 212 MB against 209 MB after one edit, and
    294 MB on both sides for a cold build, at 1,000 articles. ``generate`` also freezes each
    stage's objects (see its ``tick``), so the passes that do run skip the heap held so far."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@fewer_collections()
def generate(
    paths: Paths,
    model: str | None,
    report: Report,
    progress: Progress | None = None,
    *,
    strict: bool = False,
    review: bool = True,
    scheduler: str | None = None,
    reuse: bool = False,
    sweep: bool = False,
    spool: Spool | None = None,
    spare: Path | None = None,
    preloaded: Preloaded | None = None,
) -> tuple[Content, Pages]:
    """Every generated file of the site (pages and the JSON export), keyed by path.
    ``strict`` turns content warnings into errors, before any slow stage runs; ``review``
    adds the editors' review page; ``scheduler`` annotates on that Dask cluster; ``reuse``
    renders only the pages whose inputs differ from those of the pages in ``paths.docs`` (the
    same bytes, sooner) and adds the record of every page's inputs (``reuse.DIGESTS``) for
    the next build; ``sweep`` removes the replaced output folders that the last build left
    beside the targets (``staging.sweeping``) while the stages after annotate run; ``spool``
    receives each new page and the export as they are made (``model.Spool``), so that they
    are never all in memory: the pages returned name their files there. ``spare``: an old
    docs folder the sweep leaves, for publishing to make the new one in
    (``staging.spare_folder``). ``preloaded``: the caller's spaCy process (``preload``),
    started before it imported this module; without one a rebuild after an edit starts its
    own here. The caller ends it."""
    freeze = gc.get_freeze_count() == 0  # a caller's own frozen objects are left to it
    collecting = gc.isenabled()
    try:
        # The memos' files are written behind the stages (``ReadAhead``), all on disk when
        # this returns or fails.
        with contextlib.ExitStack() as later, ReadAhead(behind=True) as ahead:
            return _generate(
                paths, model, report, progress, strict, review, scheduler, reuse, freeze,
                later if sweep else None, spool, spare, preloaded, ahead,
            )  # fmt: skip
    finally:
        if freeze:
            gc.unfreeze()  # see ``tick``: the collector sees every object again
        if collecting:
            gc.enable()  # see ``_generate``: off after annotate in a rebuild
        else:
            gc.disable()  # a caller who had it off: ``_generate`` may have turned it on


def _generate(
    paths: Paths,
    model: str | None,
    report: Report,
    progress: Progress | None,
    strict: bool,
    review: bool,
    scheduler: str | None,
    reuse: bool,
    freeze: bool,
    sweep: contextlib.ExitStack | None,
    spool: Spool | None,
    spare: Path | None = None,
    given: Preloaded | None = None,
    ahead: ReadAhead | None = None,
) -> tuple[Content, Pages]:
    progress = progress or _Silent()
    clock = time.perf_counter()
    shown = clock

    def tick(name: str) -> None:
        """Record the time since the last tick as step ``name`` (the benchmark's stages), and
        leave what the stages made so far out of the collector's full passes (``gc.freeze``):
        they are millions of objects, most of them held to the end, and each full pass walked
        them all again (nine a rebuild at 1,000 articles, 1.1 s of CPU, an eighth of it).
        Refcounting still frees what is dropped; ``generate`` unfreezes them when done."""
        nonlocal clock
        now = time.perf_counter()
        report.timings[name] = now - clock
        clock = now
        if freeze:
            gc.freeze()

    def lap(name: str, following: str | None) -> None:
        """End the stage ``name`` the progress shows (one or more ticks) and start the next."""
        nonlocal shown
        progress.finish(name, clock - shown)
        shown = clock
        if following:
            progress.start(following)

    progress.start("load")
    # After an edit, spaCy loads in another process while this one reads the content.
    started = for_build(paths, model, scheduler) if given is None and reuse else None
    with started or contextlib.nullcontext(given) as preloaded:
        off_early = freeze and preloaded is not None
        if off_early:
            # A rebuild after an edit, parsing in other processes (the preloading one, or
            # workers): reading the content and the kept annotations makes a million objects
            # held to the end and no reference cycles, and the collector's young passes
            # walked them for nothing (a dozen, 0.06 s of CPU at 1,000 articles). Off from
            # here, not only after annotate (below); on again there unless a rebuild's.
            gc.disable()
        content = load_content(paths.content, paths.cache)
        report.warnings = content.warnings
        if strict and content.warnings:
            raise BuildError(content.warnings)
        repo = repo_for(content.briefing, paths.content)  # edit links; $BRIEFING_REPO_URL wins
        tick("load")
        lap("load", "annotate")
        ahead = ahead or ReadAhead()
        collecting = Memo(paths.cache, COLLECT, ahead)
        collected: dict[str, tuple[str, ArticleMentions, str]] = {}
        early: list[Previous] = []
        # One step memo for resolve and extract: its digests of this build's frozen inputs
        # (every article's texts, above all) are made once for both stages' keys.
        steps = Steps(paths.cache, ahead=ahead)
        texts_read: list[tuple[Words, Citations]] = []

        def meanwhile(
            keys: Mapping[str, str],
            memo: Memo = collecting,
            steps: Steps = steps,
            texts_read: list[tuple[Words, Citations]] = texts_read,
        ) -> None:
            """While the spaCy process parses the edited articles: read the memos that the
            stages after annotate read, the unchanged articles' spans read for resolve, the
            last build's record of its pages, resolve's words of the texts and the texts'
            citations of news media (which read the texts alone, and make the texts'
            digests that resolve's and extract's per-article keys read), and the gazetteer's
            and the listed organisations' data, read once a process, which resolve reads on
            every build. (``memo``, ``steps``, ``texts_read``: bound here so that the build
            can let them go once resolve and extract are done with them.)"""
            ahead.read(memo_files(paths.cache))
            collected.update(collected_ahead(content, keys, memo))
            if reuse:
                early.append(previous_pages(paths.docs))
            words = words_of_texts(content.articles, steps)
            texts_read.append((words, citations_of_texts(content.articles, steps)))
            read_tables()
            organisations()

        annotations = annotate(
            content.articles,
            content.entities,
            model=model,
            cache_dir=paths.cache,
            progress=progress.step,
            scheduler=scheduler,
            preloaded=preloaded,
            meanwhile=meanwhile,
        )
    tick("annotate")
    lap("annotate", "resolve+link")
    if reuse and not early:  # before the sweep, which changes every kept page's status
        early.append(previous_pages(paths.docs))
    if freeze and early and early[0].digests:
        # A rebuild over the last build's pages: the stages after annotate make almost no
        # reference cycles (under 200 objects left to collect at 1,000 articles), and the
        # young-generation passes that still ran there walked every new object once, some
        # 0.1-0.2 s of a one-edit rebuild's CPU for nothing. ``generate`` turns it on again.
        gc.disable()
    elif off_early:
        gc.enable()
    if sweep is not None:  # after the forks of annotate: no thread runs while they fork
        sweep.enter_context(sweeping(paths.targets(), spare))
    words, cited = texts_read[0] if texts_read else (None, None)
    resolved = resolve(content, annotations, collecting, collected, steps, words, cited)
    del words, cited, texts_read
    # Resolve saved the spans-read memo: its entries (every article's spans as plain values, a
    # tenth of the heap at render at 1,000 articles) would otherwise live to the build's end.
    collected.clear()
    del collecting, meanwhile
    tick("resolve")
    # Every sentence's dates, found once (or read from the memo) for extract and link.
    dates = sentence_dates(content.articles, resolved.sentences, Memo(paths.cache, DATES, ahead))
    resolved = extract(
        resolved,
        annotations,
        content.articles,
        frozenset(content.briefing.reject),
        dates,
        steps,  # each article's half kept: see ``extract``
    )
    del steps  # its digests hold this build's inputs alive
    if stale := unrejected_warnings(content.briefing, resolved.unrejected):
        report.warnings = (*report.warnings, *stale)
        if strict:
            raise BuildError(stale)
    # Each parse's key with its sentences (which the linked data holds too): a rebuild's
    # cutoff hashes an article's key for its sentences (``reuse.Parsed``).
    parses = {a.article: (a.key, a.sentences) for a in annotations if a.key}
    del annotations  # the parses' frames are all used now: free them before the pages exist
    tick("extract")
    linked = link(resolved, content.articles, dates=dates)
    del dates  # read by extract and link only
    previous = early[0] if early else None
    digester = cutoff = None
    if previous is not None:
        digester = page_digester(paths.templates, content.briefing, paths.content_label(), repo)
        # A rebuild makes only the entity and article views whose reads of the linked data
        # changed, and the export's records likewise.
        cutoff = Cutoff(linked, previous, digester, parses)
    tick("link")
    lap("resolve+link", "evidence")
    evidence = gather(linked, content.briefing, cutoff)
    if cutoff is not None and previous is not None:  # a rebuild: both or neither
        # An entity's or article's record whose page was kept is the last build's line. With
        # no page kept (a code change, a first build) no line can be taken: the last export
        # (116 MB at 10,000 articles) is not read. Publishing still links its file if the
        # bytes are the same (``publish.write_tree``).
        last = last_export(previous) if evidence.kept else LastExport()
        export = export_changed(linked, cutoff, last, evidence.kept, evidence.inputs, spool)
        del last
    else:
        export = export_entities(linked, spool)  # written to the spool as made: not held
    queue = gather_review(content, resolved) if review else None
    # The views and the export hold all that the pages read: the linked data goes before the
    # pages exist (at 10,000 articles its mentions and sentences are hundreds of megabytes).
    del linked, resolved, cutoff, parses
    tick("evidence")
    lap("evidence", "render")
    args = (paths.templates, evidence, content.briefing, paths.content_label())
    if previous is not None and digester is not None:  # a rebuild: both or neither
        rendered = render_changed(
            *args, review=queue, repo=repo, previous=previous, digester=digester, spool=spool
        )
        files = rendered.pages
        files.put(EXPORT, export.data)
        unchanged = rendered.unchanged | {EXPORT} if export.same else rendered.unchanged
        # The export is recorded as a page rendered on every build: its text's hash lets the
        # next build take the lines of unchanged records from the file (``last_export``).
        files[DIGESTS] = digests_file(
            {**rendered.digests, EXPORT: ALWAYS},
            files,
            previous,
            unchanged,
            rendered.inputs,
            export.keys,
            export.covered,
        )
        report.rendered, report.reused = rendered.rendered, rendered.reused
        report.unchanged = unchanged
    else:
        files = render_pages(*args, review=queue, repo=repo, spool=spool)
        files.put(EXPORT, export.data)
    del export
    tick("render")
    lap("render", None)
    for path in files:
        kind = path.split("/")[0] if "/" in path else "home"
        if kind == "review" and path != REVIEW_INDEX:  # the generator's own HTML pages
            path = path.removesuffix("/index.html") + ".md"  # counted as the pages they were
        elif path == REVIEW_INDEX:
            path = "review/index.md"
        if path.endswith(".md") and not is_listing(path):
            report.pages[kind] = report.pages.get(kind, 0) + 1
        elif path.endswith(".md"):
            report.pages["index"] = report.pages.get("index", 0) + 1
    return content, files


def memo_files(cache: Path) -> list[Path]:
    """The memo files in ``cache`` that the stages after annotate read (``COLLECT``,
    ``DATES`` and resolve's steps, extract's among them), to be read ahead."""
    found = [cache / f"{COLLECT}{SUFFIX}", cache / f"{DATES}{SUFFIX}"]
    with contextlib.suppress(OSError):
        found.extend(sorted(cache.glob(f"{PREFIX}*{SUFFIX}")))
    return found


def build(
    paths: Paths,
    *,
    model: str | None = None,
    pages_only: bool = False,
    progress: Progress | None = None,
    strict: bool = False,
    site_url: str | None = None,
    review: bool = True,
    scheduler: str | None = None,
    split_pages: int = SPLIT_PAGES,
    preloaded: Preloaded | None = None,
    wait: bool | float = True,
) -> Report:
    """Generate and publish one briefing; raises BuildError or PublishError on failure.

    ``strict`` fails on content warnings too. ``site_url`` is the site's public address
    (SITE_URL): it fills the sitemap and lets the 404 page link correctly below a path.
    ``scheduler`` (a Dask scheduler's address) parses the articles missing from the cache on
    that cluster. The same content and address give the same bytes, with or without it. A
    site of more than ``split_pages`` pages gets the split search index
    (``BRIEFING_SEARCH_SPLIT_PAGES`` sets it from the CLI). ``preloaded``: a spaCy process
    the caller started first (``preload.for_build``), used as ``generate`` says.

    Builds into one output folder take turns (``staging.output_locked``): from before this
    one reads the live docs folder or its record to after its swap, another waits (saying so
    on stderr), or with ``wait=False`` this one raises ``staging.OutputBusy`` at once (with a
    number, once it has waited that many seconds).
    """
    check_targets(paths.targets(), pages_only)  # before the slow NLP, not after
    if scheduler:
        require_dask()
    outputs = [paths.docs] if pages_only else [paths.docs, paths.site]
    with output_locked(outputs, wait=wait, say=lambda line: print(line, file=sys.stderr)):
        return _build(
            paths, model, pages_only, progress or _Silent(), strict, site_url, review,
            scheduler, split_pages, preloaded,
        )  # fmt: skip


def _build(
    paths: Paths,
    model: str | None,
    pages_only: bool,
    progress: Progress,
    strict: bool,
    site_url: str | None,
    review: bool,
    scheduler: str | None,
    split_pages: int,
    preloaded: Preloaded | None,
) -> Report:
    """``build``'s work, while it holds its outputs."""
    report = Report()
    parent = staging_parent(paths.targets(), pages_only)
    # The folders this build would create to hold its staging folder: removed again (when
    # empty) if the build fails after making them, so a failed build leaves nothing behind.
    missing = [folder for folder in (parent, *parent.parents) if not folder.exists()]
    # The last swap's old docs folder, left by the sweep for publishing to make the new one in.
    spare = spare_folder(paths.targets(), MARKER)
    with _removed_on_failure(missing), contextlib.ExitStack() as stack:
        made: list[Path] = []

        def staging() -> Path:
            """The build's staging folder, made when the first page is written to its spool
            (not before: a build failing on its content leaves nothing behind)."""
            if not made:
                parent.mkdir(parents=True, exist_ok=True)
                made.append(stack.enter_context(staging_folder(parent)))
            return made[0]

        content, files = generate(
            paths,
            model,
            report,
            progress,
            strict=strict,
            review=review,
            scheduler=scheduler,
            reuse=True,
            sweep=True,
            spool=Spool(lambda: staging() / SPOOL),
            spare=spare,
            preloaded=preloaded,
        )
        stage = "pages only" if pages_only else "mkdocs"
        progress.start(stage)
        start = clock = time.perf_counter()

        def step(name: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            report.timings[name] = now - clock
            clock = now

        with fewer_collections():
            report.notes = publish(
                files,
                paths.targets(),
                site_name=content.briefing.title,
                dates=[a.date for a in content.articles],
                site_url=site_url,
                pages_only=pages_only,
                step=step,
                split_pages=split_pages,
                unchanged=report.unchanged,
                keep_old=True,  # removed by the next build's ``sweep``
                staging=made[0] if made else None,
                spare=spare,
            )
    seal(paths.docs)  # the next build checks the pages kept here by their status alone
    progress.finish(stage, time.perf_counter() - start)
    return report


@contextlib.contextmanager
def _removed_on_failure(folders: list[Path]) -> Iterator[None]:
    """On an exception, remove ``folders`` (deepest first) where they exist and are empty."""
    try:
        yield
    except BaseException:
        for folder in folders:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def unrejected_warnings(briefing: Briefing, keys: tuple[str, ...]) -> tuple[ContentError, ...]:
    """W102 for each ``reject`` entry that names no proposal: its article changed (the
    proposal's id with it) or the key is mistyped, and the proposal it meant is published."""
    assert briefing.source is not None or not keys
    return tuple(
        ContentError(
            briefing.source.path if briefing.source else "briefing.yml",
            int(line),
            "W102",
            f"'{key}' names no proposal the machine made",
            "its article may have changed, and its id with it: find the proposal in the review "
            "and paste its key again, or remove this line",
            getattr(line, "column", 0),
        )
        for key, line in briefing.reject_refs
        if key in keys
    )


def review_of(paths: Paths, model: str | None = None) -> Review:
    """The review queue of a briefing: load, annotate (cached) and resolve, nothing written."""
    content = load_content(paths.content, paths.cache)
    annotations = annotate(content.articles, content.entities, model=model, cache_dir=paths.cache)
    resolved = resolve(content, annotations, Memo(paths.cache, COLLECT))
    dates = sentence_dates(content.articles, resolved.sentences, Memo(paths.cache, DATES))
    resolved = extract(
        resolved, annotations, content.articles, frozenset(content.briefing.reject), dates
    )
    return gather_review(content, resolved)
