"""How the command line shows a build's progress on a terminal (``rich``).

The stages only call a ``build.Progress``; this is the terminal's implementation. When the
output is not a terminal (CI logs, pipes) the CLI uses none, and prints one summary line.
"""

from __future__ import annotations

from types import TracebackType
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.progress import Progress as RichProgress

LABELS = {
    "load": "Reading content",
    "annotate": "Annotating articles",
    "resolve+link": "Linking entities",
    "render": "Writing pages",
    "mkdocs": "Building the site (MkDocs)",
    "pages only": "Writing Markdown",
}


class TerminalProgress:
    """One line per stage: a spinner while it runs, a bar and count for annotation, its time
    when done. Use as a context manager around the build."""

    def __init__(self, file: IO[str] | None = None, *, force_terminal: bool | None = None):
        console = Console(file=file, stderr=file is None, force_terminal=force_terminal)
        self._bar = RichProgress(
            SpinnerColumn(finished_text="✓"),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[count]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._task: TaskID | None = None

    def __enter__(self) -> TerminalProgress:
        self._bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._bar.stop()

    def start(self, stage: str) -> None:
        self._task = self._bar.add_task(LABELS.get(stage, stage), total=None, count="")

    def step(self, done: int, total: int) -> None:
        if self._task is not None:
            self._bar.update(self._task, completed=done, total=total, count=f"{done}/{total}")

    def finish(self, stage: str, seconds: float) -> None:
        if self._task is not None:
            task = self._bar.tasks[self._task]
            total = task.total if task.total is not None else 1
            self._bar.update(self._task, total=total, completed=total)
            self._bar.stop_task(self._task)
        self._task = None
