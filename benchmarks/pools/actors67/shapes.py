"""List the candidates of the two shapes over the actors pools' big briefing (actors67, issue 8):
an outlet's channel ("BBC Radio Wales", "CNN International") and an office's title before a
person's name in one span ("Secretary of State Condoleezza Rice").

.venv/bin/python benchmarks/pools/actors67/shapes.py > /tmp/actors67/shapes.tsv
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv = ["x", "dump"]
spec = importlib.util.spec_from_file_location("cuts", HERE / "cuts.py")
cuts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cuts)

import generator.resolve as resolve_module  # noqa: E402

OUTLET = re.compile(
    r"\b(?:Radio|TV|Television|News|World Service|International|Channel|Australia|Europe|"
    r"Asia|America|Wales|Scotland|Ireland|Arabic|English|One|Two|\d)\b"
)
OFFICE = re.compile(
    r"^(?:[A-Z][a-z]+ )*(?:Secretary|Undersecretary|Minister|Chancellor|Director|Commissioner|"
    r"Administrator|Ambassador|Governor|Senator|President|Chairman|Attorney|Envoy|Mayor)\b"
)
orig = resolve_module._unglue
rows: set[tuple[str, ...]] = set()


def wrapped(candidates, *args, **kwargs):
    for c in candidates:
        if OFFICE.match(c.text) and len(c.text.split()) >= 3:
            rows.add(("office", c.article, c.text, c.name, c.label))
        elif (
            re.match(r"(?:BBC|CNN|ABC|CBS|NBC|Sky|Fox|NPR|ITV|RTE|Radio Free)\b", c.text)
            and " " in c.text
            and OUTLET.search(c.text.split(" ", 1)[-1])
        ):
            rows.add(("outlet", c.article, c.text, c.name, c.label))
    return orig(candidates, *args, **kwargs)


if __name__ == "__main__":
    resolve_module._unglue = wrapped
    cuts.q.run_pipeline(cuts.big(), Path("/tmp/actors60/dummy.yml"))
    for row in sorted(rows):
        print(*row, sep="\t")
