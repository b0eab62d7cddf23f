"""agreements33's proposals on its pool without the BBC rows, each with its committed verdict.

Usage: A43_BENCH=ROOT/benchmarks .venv/bin/python prop.py tune|check OUT.yml (the filtered
``pool.yml`` in /tmp/agreements43/a33, beside symlinks ``actors42`` and ``agreements32`` to the
pools, as ``run2.sh`` expects).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import yaml

BENCH = os.environ.get("A43_BENCH", "/work/wt/agreements43/benchmarks")
sys.path[:0] = [BENCH, f"{BENCH}/pools/agreements33"]

import propose  # noqa: E402
import quality_extract  # noqa: E402

quality_extract.CORPUS = Path("/work/shared/corpora/wikinews_2019.csv")
propose.run_pipeline.__globals__["CORPUS"] = quality_extract.CORPUS


def main(half: str, out: Path) -> None:
    """Write the half's proposals with the verdicts agreements33 gave them."""
    items = propose.propose(half, Path("/tmp/agreements43/a33"))
    judged = {}
    for name in (f"judged-{half}.yml", f"judged-{half}-after.yml"):
        path = Path(BENCH) / "pools/agreements33" / name
        for i in yaml.safe_load(path.read_text(encoding="utf-8"))["proposals"]:
            judged[(i["article"], i["key"])] = (i["verdict"], i.get("class"), i.get("note"))
    for i in items:
        i["verdict"], i["class"], i["note"] = judged.get((i["article"], i["key"]), (None,) * 3)
    text = yaml.safe_dump({"proposals": items}, sort_keys=False, allow_unicode=True, width=100)
    out.write_text(text, encoding="utf-8")
    print(half, len(items), Counter(i["verdict"] for i in items))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
