"""The annotate stage's parsing on a Dask cluster (``build --scheduler ADDRESS``).

Annotation is a pure function of an article's paragraphs, the model and the curated names, so
it maps over a cluster as it maps over local cores. Only the building process reads and
writes the cache (``annotate.py``): workers receive batches of articles, parse them with a
pipeline each worker process loads once and keeps (a worker plugin holds it, so nothing
global), and send back the same frozen sentences and frames the local path makes. A worker
whose spaCy, model or annotator differs from the building machine's refuses to work, since
its results would be cached under the wrong key.

Needs the optional ``dask`` extra; ``annotate.require_dask`` says so before any slow work.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from distributed import Client, WorkerPlugin, as_completed, get_worker
from distributed.comm import connect
from distributed.security import Security

from . import annotate as stage
from .extract import CAMEO_DIGEST, MATCHER_VERSION
from .model import Article, ArticleAnnotation
from .organisations import ORGANISATIONS_DIGEST

if TYPE_CHECKING:
    from distributed import Future, Worker
    from spacy.language import Language

BATCH_PARAGRAPHS = 512
"""At most about this many paragraphs in one task: some 50 articles, a few seconds of one core,
so the scheduler's cost per task (about a millisecond) is lost in it even at a million articles."""
MIN_BATCH_PARAGRAPHS = 16
"""At least this many (a fraction of a second of parsing), however few articles there are."""
BATCHES_PER_THREAD = 4
"""A small corpus is cut into about this many tasks per worker thread, so the workers finish
together instead of one parsing the last big batch alone."""
TASKS_PER_THREAD = 3
"""Tasks kept queued per worker thread: enough that no worker waits for the next batch, few
enough that the scheduler never holds the whole corpus's text."""
CONNECT_TIMEOUT = 10.0
"""Seconds to reach the scheduler, and to wait for its first worker, before giving up."""


def versions(model_id: str) -> str:
    """What must be equal on the building machine and a worker for a result to be cached."""
    return (
        f"annotator {stage.ANNOTATOR_VERSION}, matcher {MATCHER_VERSION} ({CAMEO_DIGEST}), "
        f"organisations {ORGANISATIONS_DIGEST}, {model_id}"
    )


class PipelinePlugin(WorkerPlugin):
    """One worker process's spaCy pipeline, loaded by its first task and kept for the build.

    A lock lets one task at a time use it, so a worker started with several threads is
    still correct (start workers with ``--nthreads 1`` and more processes for speed)."""

    def __init__(self, model: str, patterns: list[dict[str, str]], expected: str) -> None:
        self.model = model
        self.patterns = patterns
        self.expected = expected
        self.nlp: Language | None = None
        self.lock: threading.Lock | None = None

    def setup(self, worker: Worker) -> None:
        self.lock = threading.Lock()

    def teardown(self, worker: Worker) -> None:
        self.nlp = None  # the model's memory goes with the build

    def pipeline(self) -> Language:
        """The pipeline, loaded on first use; a worker with other versions refuses."""
        if self.nlp is None:
            found = versions(stage.model_identity(self.model))
            if found != self.expected:
                raise RuntimeError(
                    f"this worker has {found}, the building machine {self.expected}: install "
                    "the same generator and model on every worker"
                )
            self.nlp = stage.load_pipeline(self.model, self.patterns)
        return self.nlp


def parse_batch(plugin: str, batch: Sequence[Article]) -> list[tuple[stage.Parsed, str]]:
    """A task: the annotations of ``batch``, parsed with this worker's pipeline, each with its
    cache entry (serialising here spares the building machine, which receives every one)."""
    state = get_worker().plugins[plugin]
    assert isinstance(state, PipelinePlugin) and state.lock is not None
    with state.lock:
        parsed = list(stage.parse_articles(state.pipeline(), batch))
    return [
        ((sentences, frames), stage.cache_entry(ArticleAnnotation(a.id, sentences, frames)))
        for a, (sentences, frames) in zip(batch, parsed, strict=True)
    ]


def annotate_on_cluster(
    address: str,
    model: str,
    model_id: str,
    patterns: list[dict[str, str]],
    articles: Sequence[Article],
) -> Iterator[tuple[int, stage.Parsed, str]]:
    """Each article's index in ``articles`` with its annotation and cache entry, as the
    cluster's tasks finish.

    Batches are submitted a window at a time, so neither the scheduler nor this process holds
    more than a few batches per worker thread; a failed task ends the stage with its error.
    Any failure to reach or use the cluster is a RuntimeError that says what to check.
    """
    try:
        # A Client that fails to connect leaves a thread that blocks and complains at exit:
        # reaching the scheduler first makes the common mistakes fail cleanly.
        asyncio.run(_reach(address))
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except ValueError as exc:
        raise RuntimeError(
            f"--scheduler {address!r} is not a Dask scheduler address ({exc}); "
            "give it as tcp://HOST:8786"
        ) from None
    except (OSError, TimeoutError) as exc:
        raise RuntimeError(
            f"cannot reach the Dask scheduler at {address!r} within {CONNECT_TIMEOUT:.0f} s "
            f"({exc}); start one with `dask scheduler` and give its address, "
            "e.g. tcp://HOST:8786"
        ) from None
    name = f"briefing-pipeline-{uuid.uuid4().hex}"
    """Unique to this build, so builds sharing a cluster never share a pipeline."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        client.register_plugin(PipelinePlugin(model, patterns, versions(model_id)), name=name)
        threads = sum(client.nthreads().values())
        size = batch_size(sum(len(a.paragraphs) for a in articles), threads)
        yield from _mapped(client, name, articles, size, max(2, TASKS_PER_THREAD * threads))
    except (OSError, TimeoutError) as exc:
        raise RuntimeError(
            f"the Dask cluster at {address!r} failed ({exc}); are its workers running "
            "(`dask worker ADDRESS`)?"
        ) from None
    finally:
        with contextlib.suppress(Exception):  # the cluster may be gone: nothing left to free
            client.unregister_worker_plugin(name)
        client.close()


async def _reach(address: str) -> None:
    """Connect to ``address`` and hang up: raises as ``Client`` would, leaving nothing behind.
    The security settings are Dask's own configuration, as the Client's (``tls://`` works)."""
    secure = Security().get_connection_args("client")
    comm = await connect(address, timeout=CONNECT_TIMEOUT, **secure)
    await comm.close()


def batch_size(paragraphs: int, threads: int) -> int:
    """Paragraphs per task: enough tasks for every worker thread to take several, within
    ``MIN_BATCH_PARAGRAPHS`` and ``BATCH_PARAGRAPHS``."""
    share = -(-paragraphs // (max(1, threads) * BATCHES_PER_THREAD))
    return min(BATCH_PARAGRAPHS, max(MIN_BATCH_PARAGRAPHS, share))


def _mapped(
    client: Client, plugin: str, articles: Sequence[Article], size: int, window: int
) -> Iterator[tuple[int, stage.Parsed, str]]:
    batches = stage.chunk_indices(articles, size)
    waiting = iter(range(len(batches)))
    running = as_completed(loop=client.loop)
    index_of: dict[Future, int] = {}

    def submit() -> None:
        index = next(waiting, None)
        if index is not None:
            batch = [articles[i] for i in batches[index]]
            future = client.submit(parse_batch, plugin, batch, pure=False)
            index_of[future] = index
            running.add(future)

    for _ in range(window):
        submit()
    for future in running:
        index = index_of.pop(future)
        try:
            parsed = future.result()
        except Exception as exc:
            raise RuntimeError(f"an annotation task failed on the cluster: {exc}") from exc
        future.release()
        submit()
        for position, (annotation, entry) in zip(batches[index], parsed, strict=True):
            yield position, annotation, entry
