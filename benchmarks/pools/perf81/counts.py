"""counts.py CODE DIR: one rebuild of DIR (the caller edits first) in this interpreter, then
every ``Steps``' hits and misses by step: a memo that misses after a one-edit rebuild shows."""

import sys

sys.path.insert(0, sys.argv[1])
import generator.steps as steps

made: list[steps.Steps] = []
real_init = steps.Steps.__init__


def init(self, *args, **kwargs):
    real_init(self, *args, **kwargs)
    made.append(self)


steps.Steps.__init__ = init  # type: ignore[method-assign]
from generator.cli import main  # noqa: E402

d = sys.argv[2]
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
for memo in made:
    for step, counted in sorted(memo.step_counts.items()):
        print(step, dict(counted))
