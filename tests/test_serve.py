"""`python -m generator serve`: the live preview regenerates when content changes."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

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


def test_serve_previews_and_regenerates_on_content_changes(mini_content):
    port = free_port()
    url = f"http://127.0.0.1:{port}/actors/sylvania/"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "serve",
            "--content",
            str(mini_content),
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group: mkdocs serve is its child
    )
    try:
        assert "Its neighbour." in fetch(url)
        actor = mini_content / "actors" / "sylvania.yml"
        actor.write_text(actor.read_text().replace("Its neighbour.", "Edited live."))
        deadline = time.monotonic() + 60
        while "Edited live." not in fetch(url):
            assert time.monotonic() < deadline, "the page was never regenerated"
            time.sleep(1)
    finally:
        # Terminating only the generator left its `mkdocs serve` child running.
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
        shutil.rmtree(Paths.for_content(mini_content).docs.parent, ignore_errors=True)
