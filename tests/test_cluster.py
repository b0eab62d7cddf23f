"""Annotation on a Dask cluster (``build --scheduler``): a ``LocalCluster`` stands in for one.

The quick tests run the cluster's workers as threads of this process, so the blank pipeline
patched in here is the one they use; the slow test starts worker processes that load the real
model, and checks that the pages are byte-identical to a build without the cluster.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import dask
import psutil
import pytest
import spacy
from distributed import LocalCluster

from generator import annotate as stage
from generator import cluster
from generator.build import Paths, build
from generator.cli import main
from generator.load import load_content
from generator.reuse import SEAL


@pytest.fixture(autouse=True)
def _dask_scratch(tmp_path_factory):
    """Workers' scratch space (``dask-scratch-space``, with its lock files) in a temporary
    folder of the test's, not left in /tmp; worker processes get the setting from their nanny."""
    with dask.config.set({"temporary-directory": str(tmp_path_factory.mktemp("dask"))}):
        yield


def _cluster(processes: bool) -> LocalCluster:
    """Two single-threaded workers, no dashboard; closed by the test that starts it."""
    return LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=processes,
        dashboard_address=":0",
        scheduler_port=0,
    )


def _blank(model: str, patterns: list[dict[str, str]]) -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


def _files(folder: Path) -> dict[str, bytes]:
    """Each file's bytes, but the seal (``reuse.SEAL``): it names the record's file on this
    disk, the folder's own state as its files' times are."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != SEAL
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_cluster_gives_the_same_annotations_and_this_process_writes_the_cache(
    mini_content, monkeypatch, tmp_path
):
    content = load_content(mini_content)
    monkeypatch.setattr(stage, "load_pipeline", _blank)
    local = stage.annotate(
        content.articles, content.entities, model="blank", cache_dir=tmp_path / "local"
    )
    monkeypatch.setattr(cluster, "BATCH_PARAGRAPHS", 1)  # a task per article: both workers work
    seen: list[tuple[int, int]] = []
    with _cluster(processes=False) as dask:
        remote = stage.annotate(
            content.articles,
            content.entities,
            model="blank",
            cache_dir=tmp_path / "remote",
            progress=lambda done, total: seen.append((done, total)),
            scheduler=dask.scheduler_address,
        )
    assert remote == local
    assert _files(tmp_path / "remote") == _files(tmp_path / "local"), "same entries, same bytes"
    assert seen[0] == (0, 2) and seen[-1] == (2, 2), "progress as the tasks finished"


@spacy.Language.component("fail_on_boom_cluster")
def _fail_on_boom(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    if "Boom" in doc.text:
        raise ValueError("cannot parse Boom")
    return doc


def test_tasks_are_small_enough_for_every_worker_and_large_at_scale():
    assert cluster.batch_size(1_342, threads=2) == 168, "8 tasks: the two workers end together"
    assert cluster.batch_size(20, threads=2) == cluster.MIN_BATCH_PARAGRAPHS
    assert cluster.batch_size(10_000_000, threads=200) == cluster.BATCH_PARAGRAPHS
    assert cluster.batch_size(100, threads=0) == 25, "no worker yet counts as one"


def _failing(model: str, patterns: list[dict[str, str]]) -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fail_on_boom_cluster")
    return nlp


def test_a_failing_task_or_a_worker_with_other_versions_ends_the_stage(mini_content, monkeypatch):
    content = load_content(mini_content)
    article = content.articles[1]
    broken = type(article)(**{**article.__dict__, "paragraphs": ("Boom.",)})
    monkeypatch.setattr(stage, "load_pipeline", _failing)
    with _cluster(processes=False) as dask:
        with pytest.raises(RuntimeError, match="task failed on the cluster: cannot parse Boom"):
            stage.annotate(
                [content.articles[0], broken],
                content.entities,
                model="x",
                scheduler=dask.scheduler_address,
            )
        # A worker whose spaCy or model differs would cache its parse under the wrong key.
        other = cluster.annotate_on_cluster(
            dask.scheduler_address, "x", "x spacy==0.0", [], content.articles
        )
        with pytest.raises(RuntimeError, match="install the same generator and model"):
            list(other)


def test_an_unreachable_or_malformed_scheduler_is_an_error_without_traceback(
    mini_content, monkeypatch, tmp_path, capsys
):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    args = ["build", "--content", str(mini_content), "--pages-only"]
    args += ["--site", str(tmp_path / "site"), "--docs", str(tmp_path / "docs")]
    args += ["--model", "never-cached-model"]  # nothing in the cache: the cluster is needed
    assert main([*args, "--scheduler", f"tcp://127.0.0.1:{_free_port()}"]) == 3
    err = capsys.readouterr().err
    assert "error: cannot reach the Dask scheduler at 'tcp://127.0.0.1:" in err
    assert "dask scheduler" in err and "Traceback" not in err
    assert main([*args, "--scheduler", "no-port"]) == 3
    err = capsys.readouterr().err
    assert "is not a Dask scheduler address" in err and "Traceback" not in err
    assert not (tmp_path / "docs").exists(), "nothing was written"


def test_a_cluster_without_workers_is_an_error_not_a_wait(mini_content, monkeypatch):
    content = load_content(mini_content)
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    message = r"failed \(.*workers.*\); are its workers running"
    with (
        LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty,
        pytest.raises(RuntimeError, match=message),
    ):
        stage.annotate(
            content.articles, content.entities, model="x", scheduler=empty.scheduler_address
        )


def test_without_dask_the_scheduler_option_names_the_extra_to_install(
    mini_content, monkeypatch, tmp_path, capsys
):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    args = ["build", "--content", str(mini_content), "--pages-only"]
    args += ["--docs", str(tmp_path / "docs"), "--scheduler", "tcp://127.0.0.1:8786"]
    assert main(args) == 3
    err = capsys.readouterr().err
    assert "--scheduler needs dask.distributed" in err
    assert "install the optional 'dask' extra" in err
    assert "(.venv/bin/pip install --no-build-isolation -e '.[dask]' in the checkout" in err


@pytest.mark.slow
def test_a_build_on_worker_processes_is_byte_identical_and_leaves_no_process(monkeypatch, tmp_path):
    from conftest import ROOT

    def paths(name: str) -> Paths:
        base = tmp_path / name
        return Paths(ROOT / "content", base / "site", base / "docs", base / "cache")

    build(paths("local"), pages_only=True)
    # From here on this process cannot parse: every parse happens in the worker processes.
    monkeypatch.setattr(stage, "load_pipeline", None)
    monkeypatch.setattr(cluster, "BATCH_PARAGRAPHS", 1)  # a task per article: both workers work
    with _cluster(processes=True) as dask:
        build(paths("dask"), pages_only=True, scheduler=dask.scheduler_address)
    # Python's own resource tracker, started by the first spawned process, stays until the
    # interpreter exits (one per interpreter, not per cluster); every worker and nanny is gone.
    left = [
        process
        for process in psutil.Process().children(recursive=True)
        if "multiprocessing.resource_tracker" not in " ".join(process.cmdline())
    ]
    assert left == [], "the workers ended with the cluster"
    local, remote = _files(tmp_path / "local" / "docs"), _files(tmp_path / "dask" / "docs")
    assert "data/entities.json" in remote and len(remote) > 20
    assert remote == local
    assert _files(tmp_path / "dask" / "cache") == _files(tmp_path / "local" / "cache")
