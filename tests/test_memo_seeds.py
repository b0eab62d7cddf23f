"""Every memo's keys are the same in every process: a key made from a set's or a dict's order
(which follows ``PYTHONHASHSEED``) misses on every rebuild, and no test run in one process
sees it (``perf46``'s first placements did so). Here a small briefing is built, then rebuilt
unchanged by two other processes with other hash seeds: each records every key the build
makes (annotate's cache keys, the ``Memo`` steps', resolve's and extract's ``Steps`` and
``PerArticle`` entries, evidence's page inputs and the pages' digests), and the keys must be
the same, with every step taken from the memo (counted by the memos' own bookkeeping)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys
from collections import Counter
from pathlib import Path

from generator import annotate

from generator import memo

from generator import render

from generator import reuse
from generator.annotate import choose_model
from generator.build import Paths, build
from generator.load.kept import KeptArticles
from generator import steps as steps

content, out, record = map(Path, sys.argv[1:4])
keys = []
counts = Counter()
made = []


def wrap(owner, name, kind, label=lambda self, args: ""):
    original = getattr(owner, name)

    def recorded(*args, **kwargs):
        value = original(*args, **kwargs)
        keys.append((kind, label(args[0] if args else None, args), str(value)))
        return value

    setattr(owner, name, recorded)


# annotate's cache key is called by its module's name
original_key = annotate.cache_key
def cache_key(article, *rest):
    value = original_key(article, *rest)
    keys.append(("annotate", article.id, value))
    return value
annotate.cache_key = cache_key

wrap(memo.Memo, "_key", "memo", lambda self, args: self.step)
wrap(steps.PerArticle, "_key", "per-article", lambda self, args: self.path.name)
wrap(reuse.Cutoff, "digest", "page inputs")
wrap(reuse.Digester, "digest", "page", lambda self, args: args[1])

original_kept = steps.Steps._kept
def kept(self, step, key, *rest):
    keys.append(("step", step, key))
    return original_kept(self, step, key, *rest)
steps.Steps._kept = kept

for cls in (memo.Memo, steps.Steps, KeptArticles):
    init = cls.__init__
    def counted(self, *args, __init=init, **kwargs):
        __init(self, *args, **kwargs)
        made.append(self)
    cls.__init__ = counted

original_cut = reuse.Cutoff.kept
def cut(self, page):
    found = original_cut(self, page)
    counts["pages kept" if found is not None else "pages not kept"] += 1
    return found
reuse.Cutoff.kept = cut

original_every = render._briefing_pages
def every_build(*args):
    found = original_every(*args)
    counts["rendered on every build"] += len(found)
    return found
render._briefing_pages = every_build

paths = Paths(content, out / "site", out / "docs", out / "cache")
report = build(paths, model=choose_model(), pages_only=True)
seen = set()
for m in made:
    if id(m.counts) not in seen:  # ``Memo.salted`` copies share their counts
        seen.add(id(m.counts))
        counts.update({f"{type(m).__name__} {k}": n for k, n in m.counts.items()})
# The pages rendered because their digest differs from the last build's (the review's and
# the indexes of the whole briefing are rendered on every build)
rendered = report.rendered if report.rendered is not None else -1
counts["rendered anew"] = rendered - counts.pop("rendered on every build", 0)
record.write_text(json.dumps({"keys": keys, "counts": counts}))
"""


def _build(content: Path, out: Path, seed: str) -> dict[str, Any]:
    record = out.parent / f"record-{seed}.json"
    subprocess.run(
        [sys.executable, "-c", SCRIPT, str(content), str(out), str(record)],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )
    return json.loads(record.read_text())


def _restore(snapshot: Path, out: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(snapshot, out, symlinks=True)


@pytest.mark.slow
def test_every_memo_key_is_the_same_under_another_hash_seed(
    mini_content: Path, tmp_path: Path
) -> None:
    out, snapshot = tmp_path / "out", tmp_path / "snapshot"
    cold = _build(mini_content, out, "1")
    assert cold["counts"]["Steps misses"] > 0, "a build from nothing makes every step"
    shutil.copytree(out, snapshot, symlinks=True)
    rebuilds = []
    for seed in ("2", "3"):
        _restore(snapshot, out)
        rebuilds.append(_build(mini_content, out, seed))
    first, second = (Counter(map(tuple, r["keys"])) for r in rebuilds)
    kinds = {kind for kind, _, _ in first}
    assert kinds >= {"annotate", "memo", "step", "per-article", "page inputs", "page"}
    assert first == second, sorted((first - second).keys())[:5]
    # The steps the build from nothing made (pages aside: it had none to compare with)
    # under the same keys as the rebuilds.
    made = Counter(tuple(k) for k in cold["keys"] if k[0] not in ("page inputs", "page"))
    again = Counter({k: n for k, n in first.items() if k[0] not in ("page inputs", "page")})
    assert set(made) == set(again), sorted(set(made) ^ set(again))[:5]


@pytest.mark.slow
def test_a_rebuild_in_another_process_takes_every_step_from_the_memo(
    mini_content: Path, tmp_path: Path
) -> None:
    """The second rebuild: the first fills the memo of decoded annotations from the cache's
    JSON entries, which the build from nothing wrote (``annotate._kept``)."""
    out = tmp_path / "out"
    _build(mini_content, out, "1")
    assert _build(mini_content, out, "2")["counts"]["Memo misses"] == 2  # the annotations
    counts = _build(mini_content, out, "3")["counts"]
    # The summit article's hand annotation has its line (a ``yamlio.Mark``, which the
    # encoding does not keep): ``KeptArticles`` parses that article on every build.
    assert counts.pop("KeptArticles misses") == 1
    misses = {k: n for k, n in counts.items() if "miss" in k or "unkept" in k or "not" in k}
    assert not any(misses.values()), misses
    assert counts["rendered anew"] == 0
    for hit in ("Memo hits", "Steps hits", "Steps article hits", "KeptArticles hits", "pages kept"):
        assert counts[hit] > 0, hit
