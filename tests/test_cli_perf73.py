"""perf73: a build run as the program ends its process at once (``cli._leave``), its output
flushed, instead of finalising the interpreter; called with arguments (tests, scripts) or
with a thread or child process still alive, ``main`` returns as before."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from generator import cli


class _Left(BaseException):
    """Raised by the stand-in for ``os._exit``: what ``main`` would have ended the process with."""


def _build_argv(content: Path, tmp_path: Path) -> list[str]:
    return ["build", "--content", str(content), "--site", str(tmp_path / "site"),
            "--docs", str(tmp_path / "docs"), "--pages-only", "--model", "blank"]  # fmt: skip


@pytest.fixture
def exits(monkeypatch) -> list[int]:
    """The codes ``os._exit`` was called with (each call raises ``_Left``)."""
    codes: list[int] = []

    def leave(code: int) -> None:
        codes.append(code)
        raise _Left

    monkeypatch.setattr(cli.os, "_exit", leave)
    return codes


def test_a_build_run_as_the_program_ends_at_once_after_its_output(
    mini_content, tmp_path, monkeypatch, blank_model, exits, capsys
):
    monkeypatch.setattr(sys, "argv", ["briefing", *_build_argv(mini_content, tmp_path)])
    with pytest.raises(_Left):
        cli.main()
    assert exits == [0]
    assert capsys.readouterr().out.startswith("Built "), "the summary is out before the end"
    assert (tmp_path / "docs" / "index.md").is_file()


def test_a_build_called_with_arguments_returns_its_code(mini_content, tmp_path, blank_model, exits):
    assert cli.main(_build_argv(mini_content, tmp_path)) == 0
    assert exits == [], "a caller's interpreter (tests, scripts) goes on"


def test_other_commands_return_their_code(mini_content, monkeypatch, exits):
    monkeypatch.setattr(sys, "argv", ["briefing", "check", "--content", str(mini_content)])
    assert cli.main() == 0
    assert exits == []


@pytest.mark.parametrize("kind", ["thread", "process"])
def test_a_live_thread_or_child_process_gets_the_normal_exit(
    mini_content, tmp_path, monkeypatch, blank_model, exits, kind
):
    """Never a thread cut short nor a child process left behind."""
    monkeypatch.setattr(sys, "argv", ["briefing", *_build_argv(mini_content, tmp_path)])
    release = threading.Event()
    if kind == "thread":
        alive: threading.Thread | multiprocessing.process.BaseProcess = threading.Thread(
            target=release.wait
        )
    else:
        alive = multiprocessing.get_context("fork").Process(target=release.wait, args=(30,))
    alive.start()
    try:
        assert cli.main() == 0
    finally:
        release.set()
        if isinstance(alive, threading.Thread):
            alive.join()
        else:
            alive.terminate()
            alive.join()
    assert exits == []


def _command(content: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``python -m generator build`` on ``content`` with the real model, stdout a pipe."""
    argv = [sys.executable, "-m", "generator", *_build_argv(content, tmp_path)[:-2]]
    return subprocess.run(argv, capture_output=True, text=True, timeout=300, cwd=tmp_path)


def test_the_command_exits_with_its_code_and_its_output_through_a_pipe(mini_content, tmp_path):
    """The whole command, stdout a pipe (block-buffered): the summary line arrives, the code
    is the build's, and a content error still exits 1 with its message."""
    run = _command(mini_content, tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Built ") and run.stdout.endswith("\n")
    (mini_content / "briefing.yml").write_text("title: [unclosed\n")
    broken = _command(mini_content, tmp_path)
    assert broken.returncode == 1 and "briefing.yml" in broken.stderr
