"""`python -m generator serve`: the live preview regenerates when content changes, shows a
refused edit in the browser, and leaves no process behind when stopped."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pytest
from conftest import ROOT

from generator.build import Paths

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode()
        except (OSError, http.client.HTTPException):  # server starting or rebuilding
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def wait_for(url: str, predicate, what: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while not predicate(page := fetch(url)):
        assert time.monotonic() < deadline, what
        time.sleep(1)
    return page


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@contextmanager
def serving(
    content: Path, stop: signal.Signals = signal.SIGTERM, stderr: IO[str] | None = None
) -> Iterator[str]:
    """Run ``serve`` on a free port; on exit stop it with ``stop`` and prove nothing is left:
    no process below it, nobody listening on the port, and no temporary folder (the server
    gets a temporary directory of its own to show it). ``stderr``: an open file its errors go
    to."""
    port = free_port()
    scratch = Path(tempfile.mkdtemp(prefix="serve-tmp-"))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "serve",
            "--content",
            str(content),
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(scratch)},
        stdout=subprocess.DEVNULL,
        stderr=stderr or subprocess.DEVNULL,
    )
    children: set[int] = set()
    try:
        fetch(f"http://127.0.0.1:{port}/")
        children = descendants(process.pid)
        assert children, "serve runs mkdocs serve as a child"
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(stop)
        try:
            process.wait(timeout=30)
        finally:
            leftovers = {pid for pid in children | descendants(process.pid) if alive(pid)}
            for pid in leftovers:  # clean up even when the assertion below fails
                os.kill(pid, signal.SIGKILL)
            shutil.rmtree(Paths.for_content(content).docs.parent, ignore_errors=True)
            left_in_tmp = sorted(p.name for p in scratch.iterdir())
            shutil.rmtree(scratch, ignore_errors=True)
        assert not leftovers, f"processes left running after {stop.name}: {leftovers}"
        assert not left_in_tmp, f"temporary files left after {stop.name}: {left_in_tmp}"
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_serve_previews_and_regenerates_on_content_changes(mini_content):
    with serving(mini_content) as base:
        url = f"{base}/actors/sylvania/"
        assert "Its neighbour." in fetch(url)
        # the editors' review pages, the generator's own HTML, are previewed too (perf70)
        assert "<h1>Review</h1>" in fetch(f"{base}/review/")
        actor = mini_content / "actors" / "sylvania.yml"
        actor.write_text(actor.read_text().replace("Its neighbour.", "Edited live."))
        wait_for(url, lambda page: "Edited live." in page, "the page was never regenerated")


def test_a_refused_edit_is_shown_in_the_browser_until_it_is_fixed(mini_content):
    with serving(mini_content, stop=signal.SIGINT) as base:
        url = f"{base}/actors/sylvania/"
        actor = mini_content / "actors" / "sylvania.yml"
        good = actor.read_text()
        actor.write_text(good.replace("type: state", "type: <i>stat</i>"))
        page = wait_for(url, lambda page: "E015" in page, "the error never reached the browser")
        assert "Your last edit was not applied" in page
        assert "sylvania.yml:2:7: E015 unknown actor type '&lt;i&gt;stat&lt;/i&gt;'" in page
        assert "<i>stat</i>" not in page
        assert "Its neighbour." in page  # the last good page stays underneath
        assert "E015" in fetch(f"{base}/")  # on every page, the home page included
        review = fetch(f"{base}/review/")  # the review's HTML too (review43)
        assert "Your last edit was not applied" in review and "E015" in review
        assert "<i>stat</i>" not in review
        actor.write_text(good)
        wait_for(url, lambda page: "E015" not in page, "the notice was never removed")
        assert "E015" not in fetch(f"{base}/review/")
        assert "Its neighbour." in fetch(url)


def test_serve_waits_for_a_build_into_its_docs_folder_and_holds_it_only_while_writing(
    mini_content, tmp_path
):
    from test_output_lock import _ended, _holder, _locks

    from generator.publish.staging import lock_path

    docs = Paths.for_content(mini_content).docs
    holder, _ = _holder(tmp_path, docs)  # a build into the preview's docs folder, running
    log = tmp_path / "serve.err"
    said = threading.Event()

    def build_ends_once_serve_waits() -> None:
        deadline = time.monotonic() + 60
        while "waiting for another build into" not in log.read_text():
            if time.monotonic() > deadline:
                break
            time.sleep(0.1)
        else:
            said.set()
        holder.stdin.close()

    try:
        log.touch()  # before serve opens it: the thread below reads it from the start
        ending = threading.Thread(target=build_ends_once_serve_waits)
        ending.start()
        with log.open("w") as err, serving(mini_content, stderr=err) as base:
            ending.join(60)
            assert said.is_set(), "serve did not wait for the build"
            assert "Its neighbour." in fetch(f"{base}/actors/sylvania/")
            assert not lock_path(docs).exists(), "an idle preview holds nothing"
    finally:
        _ended(holder)
    assert log.read_text().count("waiting for another build") == 1
    assert not _locks(tmp_path)


def test_the_builds_own_compiled_templates_are_no_edit(tmp_path):
    """A build writes the templates' compiled code beside them: that must not start another."""
    from generator.render.templating import COMPILED
    from generator.serve import edited

    assert edited(str(tmp_path / "templates" / "page.md.j2"))
    assert edited(str(tmp_path / "content" / "articles" / "a.md"))
    assert not edited(str(tmp_path / "templates" / COMPILED / "jinja2-0f.cache"))
    assert not edited(str(tmp_path / "templates" / COMPILED / "tmpab12.tmp").encode())
