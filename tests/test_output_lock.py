"""Builds into one output folder take turns (``staging.output_locked``), across processes."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

from generator.cli import main
from generator.publish.staging import LOCK_SUFFIX, OutputBusy, output_locked

HOLD = """
import os, sys, time
from pathlib import Path
from generator.publish.staging import output_locked

fork, outputs = sys.argv[1] == "fork", [Path(a) for a in sys.argv[2:]]
with output_locked(outputs):
    child = os.fork() if fork else 0
    if fork and child == 0:  # keeps every descriptor its parent had, the lock file's too
        time.sleep(300)
        os._exit(0)
    print(child, flush=True)
    sys.stdin.read()  # a build "running" until the test closes stdin or kills it
"""


def _holder(tmp_path: Path, *outputs: Path, fork: bool = False) -> tuple[subprocess.Popen, int]:
    """A process holding ``outputs`` (with a forked child of its own if ``fork``), and the
    child's id (0 without)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, "fork" if fork else "-", *map(str, outputs)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline().strip()
    assert line.isdigit(), f"the holder did not start: {line!r}"
    return process, int(line)


def _ended(process: subprocess.Popen) -> None:
    """The process ended: asked to (its stdin closed), else killed."""
    if process.stdin is not None and not process.stdin.closed:
        process.stdin.close()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def _locks(folder: Path) -> list[Path]:
    return sorted(folder.rglob(f"*{LOCK_SUFFIX}"))


def test_a_held_output_refuses_a_build_that_may_not_wait_and_names_the_holder(tmp_path):
    site, docs = tmp_path / "out/site", tmp_path / "docs"
    holder, _ = _holder(tmp_path, site)
    try:
        busy = rf"site/ \(process {holder.pid}\) is running"
        with pytest.raises(OutputBusy, match=busy), output_locked([docs, site], wait=False):
            pass
        with output_locked([docs], wait=False):  # another output: not held
            pass
    finally:
        _ended(holder)
    assert not _locks(tmp_path), "a build that ends removes its lock file"
    assert not (tmp_path / "out").exists(), "and the folder it made to hold it"


def test_a_killed_builds_lock_never_blocks_the_next_even_with_its_forked_workers_alive(tmp_path):
    """The annotation workers a build forks share its open files; a lock they inherited (a
    ``flock``) would outlive a killed build for as long as they do."""
    site, docs = tmp_path / "site", tmp_path / "docs"
    holder, child = _holder(tmp_path, docs, site, fork=True)
    try:
        assert _locks(tmp_path), "a held output has its lock file"
        with pytest.raises(OutputBusy), output_locked([site], wait=False):
            pass
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        os.kill(child, 0)  # the forked child still runs, holding the lock file open
        with output_locked([site, docs], wait=False):
            pass
    finally:
        _ended(holder)
        if child:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
    assert not _locks(tmp_path), "the next build removed the killed one's lock file"


def test_a_second_build_waits_saying_so_once_then_holds_the_output(tmp_path):
    site, docs = tmp_path / "site", tmp_path / "docs"
    holder, _ = _holder(tmp_path, docs, site)
    said: list[str] = []
    got = threading.Event()

    def second() -> None:
        with output_locked([site, docs], say=said.append):
            got.set()

    waiter = threading.Thread(target=second)
    try:
        waiter.start()
        deadline = time.monotonic() + 30
        while not said and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not got.is_set(), "it did not wait"
        holder.stdin.close()  # the first build ends
        assert got.wait(30), "it never took the output after the first build ended"
    finally:
        _ended(holder)
        waiter.join(30)
    assert said == [f"waiting for another build into {docs}/ (process {holder.pid}) …"]
    assert not _locks(tmp_path)


def test_build_no_wait_exits_3_naming_the_running_build_before_any_work(
    mini_content, tmp_path, capsys
):
    site, docs = tmp_path / "site", tmp_path / "docs"
    holder, _ = _holder(tmp_path, site)
    try:
        code = main(
            ["build", "--content", str(mini_content), "--site", str(site), "--docs", str(docs),
             "--no-wait"]
        )  # fmt: skip
    finally:
        _ended(holder)
    assert code == 3
    err = capsys.readouterr().err
    assert f"error: another build into {site}/ (process {holder.pid}) is running" in err
    assert not docs.exists() and not site.exists()


def test_a_wait_with_a_limit_gives_up_after_it_and_takes_an_output_freed_before_it(tmp_path):
    """A hung build must not hold the next one (a CI job) forever: ``wait=SECONDS``."""
    site, docs = tmp_path / "site", tmp_path / "docs"
    holder, _ = _holder(tmp_path, docs, site)
    said: list[str] = []
    try:
        started = time.monotonic()
        busy = pytest.raises(OutputBusy, match=r"still running after the --wait limit")
        with busy, output_locked([site, docs], wait=0.5, say=said.append):
            pass
        waited = time.monotonic() - started
        assert 0.5 <= waited < 10, waited
        assert len(said) == 1, "it says once that it waits, then gives up"
        threading.Timer(0.3, holder.stdin.close).start()  # the first build ends soon
        with output_locked([site, docs], wait=60):
            assert time.monotonic() - started < 30
    finally:
        _ended(holder)
    assert not _locks(tmp_path)


@pytest.mark.parametrize("value", ["soon", "-1", "nan", "inf"])
def test_build_wait_takes_only_a_number_of_seconds(value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["build", "--wait", value])
    assert exc.value.code == 3
    assert "--wait: expected a number of seconds, 0 or more" in capsys.readouterr().err


def test_build_wait_and_no_wait_are_one_choice(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["build", "--wait", "5", "--no-wait"])
    assert exc.value.code == 3
    assert "not allowed with argument" in capsys.readouterr().err


def test_build_wait_exits_3_once_its_limit_passes(mini_content, tmp_path, capsys):
    site, docs = tmp_path / "site", tmp_path / "docs"
    holder, _ = _holder(tmp_path, docs)
    try:
        code = main(
            ["build", "--content", str(mini_content), "--site", str(site), "--docs", str(docs),
             "--pages-only", "--wait", "0.3"]
        )  # fmt: skip
    finally:
        _ended(holder)
    assert code == 3
    err = capsys.readouterr().err
    assert f"waiting for another build into {docs}/ (process {holder.pid})" in err
    assert f"error: another build into {docs}/ (process {holder.pid}) is still running" in err
    assert not docs.exists() and not site.exists()


def test_two_threads_of_one_process_take_turns_and_neither_drops_the_others_lock(tmp_path):
    """POSIX record locks are the process's: without a gate both threads would hold the output,
    and the first to close its descriptor would free it for another process meanwhile."""
    site = tmp_path / "site"
    said: list[str] = []
    inside: list[str] = []
    first_in, first_may_leave = threading.Event(), threading.Event()

    def first() -> None:
        with output_locked([site]):
            inside.append("first in")
            first_in.set()
            first_may_leave.wait(30)
            inside.append("first out")

    def second() -> None:
        with output_locked([site], say=said.append):
            inside.append("second in")

    one, two = threading.Thread(target=first), threading.Thread(target=second)
    one.start()
    try:
        assert first_in.wait(30)
        busy = pytest.raises(OutputBusy, match=rf"process {os.getpid()}\) is running")
        with busy, output_locked([site], wait=False):
            pass
        with pytest.raises(OutputBusy, match="--wait limit"), output_locked([site], wait=0.2):
            pass
        two.start()
        deadline = time.monotonic() + 30
        while not said and time.monotonic() < deadline:
            time.sleep(0.02)
        assert inside == ["first in"], "the second thread waits"
        # Another process cannot take it either while the first thread holds it.
        probe = subprocess.run(
            [sys.executable, "-c", "import sys; from pathlib import Path; "
             "from generator.publish.staging import output_locked, OutputBusy\n"
             "try:\n with output_locked([Path(sys.argv[1])], wait=False): print('took')\n"
             "except OutputBusy: print('busy')", str(site)],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert probe.stdout.strip() == "busy", probe.stderr
    finally:
        first_may_leave.set()
        one.join(30)
        if two.is_alive() or two.ident is not None:
            two.join(30)
    assert inside == ["first in", "first out", "second in"]
    assert said == [f"waiting for another build into {site}/ (process {os.getpid()}) …"]
    assert not _locks(tmp_path)


RACE = """
import sys, time
from pathlib import Path
import spacy
import generator.annotate, generator.publish
from generator.build import Paths, build

def blank(model, patterns, loaded=None):  # no statistical model: seconds, not a model load
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp

generator.annotate.load_pipeline = blank
generator.annotate.load_model = lambda model: None
content, out, cache, signals = (Path(a) for a in sys.argv[1:5])
swap = generator.publish.replace_folder

def slow_swap(new, target, *, keep_old=False):
    # Between the two renames of its swap, this build lets the other run (until "go").
    old = swap(new, target, keep_old=keep_old)
    if target.name == "site" and signals.name:
        (signals / "swapped").touch()
        deadline = time.monotonic() + 120
        while not (signals / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    return old

generator.publish.replace_folder = slow_swap
paths = Paths(content=content, site=out / "site", docs=out / "docs", cache=cache)
build(paths, model="blank")
"""


def _briefing(tmp_path: Path, title: str) -> Path:
    folder = tmp_path / title.lower()
    shutil.copytree(FIXTURES / "mini", folder)
    briefing = folder / "briefing.yml"
    lines = briefing.read_text().splitlines(keepends=True)
    briefing.write_text("".join(f"title: {title}\n" if line.startswith("title:") else line
                                for line in lines))  # fmt: skip
    return folder


def _started(tmp_path: Path, content: Path, signals: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", RACE, str(content), str(tmp_path / "out"),
         str(tmp_path / f"cache-{content.name}"), signals],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


@pytest.mark.slow
def test_two_processes_building_different_briefings_into_one_output_never_mix(tmp_path):
    """Build A swaps its site in, then pauses before its docs; build B, started then, must not
    put its site or docs in between: the output ends as one build's docs and site, B's."""
    alpha, beta = _briefing(tmp_path, "Alpha"), _briefing(tmp_path, "Beta")
    signals = tmp_path / "signals"
    signals.mkdir()
    first = _started(tmp_path, alpha, str(signals))
    second = None
    try:
        deadline = time.monotonic() + 240
        while not (signals / "swapped").exists():
            assert first.poll() is None, first.communicate()[1]
            assert time.monotonic() < deadline, "build A never reached its swap"
            time.sleep(0.05)
        second = _started(tmp_path, beta, "")
        err: list[str] = []
        reader = threading.Thread(target=lambda: err.extend(second.stderr))
        reader.start()
        # B either finishes (the old, mixing way) or says it waits for A.
        while second.poll() is None and not any("waiting for another build" in e for e in err):
            assert time.monotonic() < deadline, "build B neither finished nor waited"
            time.sleep(0.05)
        (signals / "go").touch()
        assert first.wait(timeout=240) == 0, first.communicate()[1]
        assert second.wait(timeout=240) == 0, "".join(err)
        reader.join(30)
    finally:
        for process in (first, second):
            if process is not None:
                _ended(process)
    out = tmp_path / "out"
    site = (out / "site/index.html").read_text()
    docs = (out / "docs/index.md").read_text()
    assert "Alpha" in docs or "Beta" in docs
    built = {"site": "Beta" if "<title>Beta" in site else "Alpha",
             "docs": "Beta" if "Beta" in docs else "Alpha"}  # fmt: skip
    assert built == {"site": "Beta", "docs": "Beta"}, f"mixed output: {built}"
    waiting = [e for e in err if "waiting for another build" in e]
    assert len(waiting) == 1 and f"(process {first.pid})" in waiting[0]
    assert not _locks(tmp_path) and not list(out.glob(".briefing-staging-*"))
