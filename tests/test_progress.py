"""Progress: stages report through a callback object; the CLI alone decides how to show it."""

from __future__ import annotations

import io

from generator import annotate as stage
from generator.build import Paths, build
from generator.load import load_content
from generator.progress import TerminalProgress


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def start(self, stage: str) -> None:
        self.events.append(("start", stage))

    def step(self, done: int, total: int) -> None:
        self.events.append(("step", done, total))

    def finish(self, stage: str, seconds: float) -> None:
        self.events.append(("finish", stage))


def test_annotation_reports_each_article_through_its_callback(mini_content, blank_model, tmp_path):
    content = load_content(mini_content)
    calls: list[tuple[int, int]] = []
    args = (content.articles, content.entities)
    stage.annotate(*args, model="blank", cache_dir=tmp_path, progress=lambda *a: calls.append(a))
    assert calls == [(0, 2), (1, 2), (2, 2)]
    calls.clear()
    stage.annotate(*args, model="blank", cache_dir=tmp_path, progress=lambda *a: calls.append(a))
    assert calls == [(2, 2)], "cached articles are done at once"


def paths_for(content, tmp) -> Paths:
    return Paths(content=content, site=tmp / "site", docs=tmp / "docs", cache=tmp / "cache")


def test_a_build_reports_every_stage_in_order(mini_content, blank_model, tmp_path):
    recorder = Recorder()
    build(paths_for(mini_content, tmp_path), model="blank", pages_only=True, progress=recorder)
    assert recorder.events == [
        ("start", "load"),
        ("finish", "load"),
        ("start", "annotate"),
        ("step", 0, 2),
        ("step", 1, 2),
        ("step", 2, 2),
        ("finish", "annotate"),
        ("start", "resolve+link"),
        ("finish", "resolve+link"),
        ("start", "evidence"),
        ("finish", "evidence"),
        ("start", "render"),
        ("finish", "render"),
        ("start", "pages only"),
        ("finish", "pages only"),
    ]


def test_a_terminal_sees_a_line_per_stage_and_the_article_count(
    mini_content, blank_model, tmp_path
):
    screen = io.StringIO()
    with TerminalProgress(screen, force_terminal=True) as progress:
        build(paths_for(mini_content, tmp_path), model="blank", pages_only=True, progress=progress)
    shown = screen.getvalue()
    for label in ("Reading content", "Annotating articles", "Writing pages", "Writing Markdown"):
        assert label in shown
    assert "2/2" in shown
