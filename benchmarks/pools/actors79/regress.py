"""Every actor page of the earlier pools' real-text CSVs and the 2019 Wikinews rows in no gold
split, each CSV one briefing with no curated data, for one code tree (actors79, issue 8;
copied from actors70).

Usage: ``.venv/bin/python benchmarks/pools/actors79/regress.py ROOT OUT.tsv``; ROOT is the
project tree whose ``generator`` runs (this branch, or ``main`` unpacked with ``git archive``).
Writes one line per page and article (csv, article, page, type, mentions) and one per
rejected name (csv, REJECTED, name, reason); ``diff`` two outputs to see what a change moved.
Later rounds (actors70's and actors76's own, actors81, actors83, actors84, review34, actors86)
run this script through their own ``regress.py``, which names their temporary folders and
annotation cache (``ROUND``)."""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as q  # noqa: E402
import yaml  # noqa: E402

HERE = Path(__file__).resolve().parent
POOLS = HERE.parent
ROUND = os.environ.get("REGRESS_ROUND", "actors79")
"""The round whose run this is: names its temporary folders and its annotation cache."""
CSVS = [
    "actors42/actors42.csv",
    "actors62/articles.csv",
    "agreements32/agreements32-articles.csv",
    "agreements41/wikinewssum.csv",
    "events43/events43.csv",
    "events46/events46.csv",
    "events52/events52.csv",
    "events54/events54.csv",
    "events55/events55.csv",
    "statements26/wikinews2020.csv",
]


def rows_2019(folder: Path) -> Path:
    """The 2019 Wikinews rows no gold split holds, as one CSV."""
    gold = yaml.safe_load((HERE.parents[2] / "tests/gold/wikinews-gold.yml").read_text())
    arts = gold["articles"] if isinstance(gold, dict) else gold
    used = {a.get("title") for a in arts}
    src = Path("/work/shared/corpora/wikinews_2019.csv")
    rows = [r for r in csv.DictReader(src.open(encoding="utf-8")) if r["title"] not in used]
    out = folder / "wikinews2019-nosplit.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    return out


def run(path: Path, tag: str, lines: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix=f"{ROUND}-") as tmp:
        folder = Path(tmp)
        raw = q.read_sources([path])
        content = folder / "content"
        q.write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Pool\n", encoding="utf-8")
        loaded = q.load_content(content)
        # one cache per tree compared (review34)
        cache = Path(tempfile.gettempdir()) / f"{ROUND}-cache-{ROOT.name}"
        annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=cache)
        resolved = q.resolve(loaded, annotations)
    ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
    count: Counter[tuple[str, str]] = Counter()
    for m in resolved.mentions:
        if m.entity in ents:
            count[(m.article, m.entity)] += 1
    for (art, key), n in sorted(count.items()):
        e = ents[key]
        lines.append(f"{tag}\t{art[:40]}\t{e.name}\t{e.type}\t{n}")
    for d in resolved.decisions:
        if d.action == "rejected":
            lines.append(f"{tag}\tREJECTED\t{d.name}\t{d.reason[:90]}")


def main() -> None:
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix=f"{ROUND}-2019-") as tmp:
        run(rows_2019(Path(tmp)), "wikinews2019", lines)
    for name in CSVS:
        run(POOLS / name, name.split("/")[0], lines)
    Path(sys.argv[2]).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
