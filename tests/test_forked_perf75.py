"""perf75 (issue 10): a rebuild's unit digests made in a child forked after link, while the
build makes the review's queue and the views that read no digest; the child is only a cache
(a failed one, or one core, leaves the digests to the build) and never outlives the build."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from generator import forked, reuse
from generator.build import build
from generator.forked import Forked
from tests.test_reuse import WEATHER, _cold, _docs, _edit, _paths

linux_two_cores = pytest.mark.skipif(
    sys.platform != "linux" or not forked.spare_core(), reason="forks only on Linux, 2+ cores"
)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, ended but not reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _learned(monkeypatch) -> list[reuse.Cutoff]:
    """Every ``Cutoff`` the builds make from now on."""
    made: list[reuse.Cutoff] = []
    real = reuse.Cutoff.__init__

    def init(self, *args, **kwargs):
        real(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(reuse.Cutoff, "__init__", init)
    return made


def _forks(monkeypatch) -> list[int]:
    """The children ``Forked`` starts from now on (the spaCy process is forked elsewhere)."""
    pids: list[int] = []
    real = Forked.__init__

    def init(self, make):
        real(self, make)
        if self._pid is not None:
            pids.append(self._pid)

    monkeypatch.setattr(Forked, "__init__", init)
    return pids


def _rebuild_after_edit(mini_content, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    build(paths, model="blank", pages_only=True)
    made = _learned(monkeypatch)
    _edit(mini_content)
    build(paths, model="blank", pages_only=True)
    assert len(made) == 1
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))
    return made[0]


@linux_two_cores
def test_a_rebuild_takes_its_unit_digests_from_a_child_and_equals_a_cold_build(
    mini_content, tmp_path, monkeypatch, blank_model
):
    forks = _forks(monkeypatch)
    cutoff = _rebuild_after_edit(mini_content, tmp_path, monkeypatch)
    assert cutoff.learned > 0, "the digests came from the child"
    assert forks and not any(map(_alive, forks))  # a child a rebuild (unedited ones too)
    for pid in forks:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped by the build


def test_one_core_forks_nothing_and_builds_the_same(
    mini_content, tmp_path, monkeypatch, blank_model
):
    monkeypatch.setattr(forked, "spare_core", lambda: False)
    forks = _forks(monkeypatch)
    cutoff = _rebuild_after_edit(mini_content, tmp_path, monkeypatch)
    assert cutoff.learned == 0 and forks == []


@linux_two_cores
def test_a_child_that_fails_leaves_the_digests_to_the_build(
    mini_content, tmp_path, monkeypatch, blank_model
):
    def failing(self):
        raise RuntimeError("the child failed")

    monkeypatch.setattr(reuse.Cutoff, "_units_ahead", failing)
    cutoff = _rebuild_after_edit(mini_content, tmp_path, monkeypatch)
    assert cutoff.learned == 0


@linux_two_cores
def test_a_build_failing_while_the_child_runs_ends_it(
    mini_content, tmp_path, monkeypatch, blank_model
):
    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    made = _learned(monkeypatch)
    slow = reuse.Cutoff._units_ahead

    def sleepy(self):
        time.sleep(60)
        return slow(self)

    def broken(*args, **kwargs):
        raise RuntimeError("the review failed")

    monkeypatch.setattr(reuse.Cutoff, "_units_ahead", sleepy)
    monkeypatch.setattr("generator.build.gather_review", broken)
    forks = _forks(monkeypatch)
    _edit(mini_content)
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="the review failed"):
        build(paths, model="blank", pages_only=True)
    assert time.monotonic() - started < 30, "the child was not waited for"
    assert made and len(forks) == 1 and not _alive(forks[0])
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)


@linux_two_cores
def test_forked_answers_its_bytes_or_none_and_reaps_its_child():
    assert Forked(lambda: b"x" * 300_000).result() == b"x" * 300_000  # past a pipe's buffer

    def fail() -> bytes:
        raise ValueError("no")

    assert Forked(fail).result() is None
    child = Forked(lambda: time.sleep(60) or b"")
    pid = child._pid
    assert pid is not None and _alive(pid)
    child.close()
    assert not _alive(pid)
    assert child.result() is None


@linux_two_cores
def test_a_child_dies_with_its_parent_when_the_parent_is_sigtermed(tmp_path):
    script = textwrap.dedent(
        """
        import sys, time
        from generator.forked import Forked
        child = Forked(lambda: time.sleep(60) or b"")
        print(child._pid, flush=True)
        time.sleep(60)
        """
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=os.getcwd()
    )
    try:
        pid = int(parent.stdout.readline())
        assert _alive(pid)
        parent.send_signal(signal.SIGTERM)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(pid), "the child outlived its parent"
    finally:
        parent.kill()
        parent.wait()
        parent.stdout.close()
