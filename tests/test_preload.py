"""``preload``: a rebuild's spaCy process is started by the command line before the stages
are imported, and the build parses in that process, starting no other.

The rebuild runs in a fresh interpreter (this one has imported the stages already), waited
for, so no process outlives the test."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from generator.build import Paths
from generator.paths import DIGESTS
from generator.preload import for_build

RECORD = """
import json, sys, time
import generator.preload as preload

started, parsed = [], []
real_init, real_parse = preload.Preloaded.__init__, preload.Preloaded.parse

def init(self, model):
    loaded = sorted(m for m in sys.modules if m.startswith(("generator.", "spacy")))
    started.append(loaded)
    real_init(self, model)

def parse(self, *args, **kwargs):
    parsed.append(len(args[1]))
    return real_parse(self, *args, **kwargs)

preload.Preloaded.__init__, preload.Preloaded.parse = init, parse
from generator.cli import main

code = main(sys.argv[1:])
print(json.dumps({"code": code, "started": started, "parsed": parsed}))
"""


def _build(content: Path, tmp_path: Path) -> dict:
    args = ["build", "--content", str(content), "--site", str(tmp_path / "site")]
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(RECORD), *args, "--docs", str(tmp_path / "docs")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_rebuild_starts_spacy_before_importing_the_stages_and_parses_there(
    mini_content, tmp_path
):
    first = _build(mini_content, tmp_path)
    assert (first["code"], first["started"]) == (0, []), "a first build preloads nothing"
    docs = sorted(p.relative_to(tmp_path / "docs") for p in (tmp_path / "docs").rglob("*.md"))
    article = sorted((mini_content / "articles").glob("*.md"))[0]
    # A sentence no earlier run wrote: the command line's annotation cache is the checkout's.
    note = f"The ministry corrected the figure {time.time_ns()} times."
    article.write_text(article.read_text() + f"\n{note}\n")

    again = _build(mini_content, tmp_path)
    assert again["code"] == 0
    assert len(again["started"]) == 1, "one spaCy process: the build started no second one"
    before_fork = again["started"][0]
    assert "generator.build" not in before_fork and "generator.annotate" not in before_fork
    assert not any(m.startswith("spacy") for m in before_fork)
    # perf73: nor the content model and the review (0.03 s of CPU the fork would wait for).
    assert "generator.model" not in before_fork and "generator.evidence.review" not in before_fork
    assert again["parsed"] == [1], "the edited article was parsed in the preloaded process"
    assert docs == sorted(
        p.relative_to(tmp_path / "docs") for p in (tmp_path / "docs").rglob("*.md")
    )


def test_no_spacy_process_for_a_cluster_or_without_an_edit_since_the_last_build(
    mini_content, tmp_path
):
    paths = Paths.for_content(mini_content, tmp_path / "site", tmp_path / "docs")
    assert for_build(paths, None, None) is None, "no last build: nothing to compare with"
    paths.docs.mkdir()
    record = paths.docs / DIGESTS
    record.write_text("{}")
    assert for_build(paths, None, None) is None, "nothing changed since"
    article = sorted((mini_content / "articles").glob("*.md"))[0]
    article.write_text(article.read_text() + "\nMore.\n")
    assert for_build(paths, None, "tcp://127.0.0.1:1") is None, "a cluster parses"
    with for_build(paths, "blank", None) as preloaded:
        assert preloaded is not None and preloaded.model == "blank"


def test_the_spacy_process_imports_extraction_but_not_resolve():
    """It matches frames on its parse (``extract.match``) and runs no resolve rule: the
    resolve package (some 0.13 s of CPU to import) stays out of its path."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, generator.annotate; "
            "print(sorted(m for m in sys.modules if m.startswith('generator.resolve')))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.split() == ["[]"]
