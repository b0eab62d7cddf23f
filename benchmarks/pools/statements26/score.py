"""statements26: statement precision and recall per part (tune, check, probe) of this pool.

Usage: .venv/bin/python benchmarks/pools/statements26/score.py [GOLD ...] [--errors]

Each gold file names its CSV (``corpus``) beside it; articles carry ``part``. The articles of
one part, from every gold file given, are copied with their CSVs into a temporary folder and
scored by ``benchmarks/quality_extract.py`` (its matching, its pipeline).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import quality_extract as q  # noqa: E402

DEFAULT = [HERE / "gold-wikinews.yml", HERE / "gold-probes.yml"]


def main() -> None:
    errors = "--errors" in sys.argv
    golds = [Path(a) for a in sys.argv[1:] if a != "--errors"] or DEFAULT
    articles = []
    with tempfile.TemporaryDirectory(prefix="statements26-") as tmp:
        folder = Path(tmp)
        for index, gold in enumerate(golds):
            for article in yaml.safe_load(gold.read_text(encoding="utf-8"))["articles"]:
                name = f"{index}-{article['corpus']}"
                if not (folder / name).exists():
                    shutil.copy(gold.parent / article["corpus"], folder / name)
                articles.append({**article, "corpus": name})
        for part in sorted({a["part"] for a in articles}):
            chosen = [{**a, "split": "dev"} for a in articles if a["part"] == part]
            path = folder / f"gold-{part}.yml"
            path.write_text(yaml.safe_dump({"articles": chosen}, allow_unicode=True), "utf-8")
            print(f"## {part}")
            q.run(path, "dev", errors, kinds=("statements",))


if __name__ == "__main__":
    main()
