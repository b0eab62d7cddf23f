"""hits.py CODE DIR: an edit is made by the caller; one ``build --pages-only`` in this
interpreter, printing the main process's CPU (``time.process_time``) after the parse arrives
and the part of it spent in the memo machinery's entry points (``PerArticle`` made, ``noted``
with the computation of a miss subtracted, ``save``; ``Steps._kept``'s hits), outermost
calls only."""

import sys
import time

sys.path.insert(0, sys.argv[1])
import generator.preload as pre
import generator.steps as steps

spent: dict[str, float] = {}
computing = [0.0]
depth = [0]
after = [0.0]


def wrap(owner, name, label, compute_at=None):
    real = getattr(owner, name)

    def timed(*args, **kwargs):
        if depth[0]:
            return real(*args, **kwargs)
        if compute_at is not None:  # the computation of a miss is the rule's, not the memo's
            args = list(args)
            inner = args[compute_at]

            def measured(inner=inner):
                t = time.process_time()
                try:
                    return inner()
                finally:
                    computing[0] += time.process_time() - t

            args[compute_at] = measured
        depth[0] += 1
        start = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            depth[0] -= 1
            spent[label] = spent.get(label, 0.0) + time.process_time() - start

    setattr(owner, name, timed)


wrap(steps.PerArticle, "__init__", "PerArticle made")
wrap(steps.PerArticle, "noted", "noted", compute_at=2)
wrap(steps.PerArticle, "save", "save")
wrap(steps.Steps, "_kept", "Steps._kept", compute_at=3)
real_parse = pre.Preloaded.parse


def parse(self, *args, **kwargs):
    out = real_parse(self, *args, **kwargs)
    after[0] = time.process_time()
    return out


pre.Preloaded.parse = parse
from generator.cli import main  # noqa: E402

d = sys.argv[2]
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
total = time.process_time() - after[0]
memo = sum(spent.values()) - computing[0]
print(f"after parse {total:.3f} s; memo {memo:.3f} s ({memo / total:.0%}); "
      f"computed {computing[0]:.3f}")  # fmt: skip
for label, cpu in spent.items():
    print(f"  {label} {cpu:.3f}")
