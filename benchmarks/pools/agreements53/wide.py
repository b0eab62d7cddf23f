"""Every agreement the pipeline proposes over a ``url,date,title,text`` CSV, one TSV line per
proposal and article, with the words that name it in their sentence, for judging by hand.

Usage: .venv/bin/python benchmarks/pools/agreements53/wide.py FILE.csv [SKIP.csv...] > out.tsv

Rows whose url is in a SKIP csv (texts an agreements round tuned on) and rows with no
agreement word are left out. Columns: row, title, key, name, parties, the evidence.
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quality_extract import read_articles, run_pipeline  # noqa: E402

CUE = re.compile(
    r"\b(treat(?:y|ies)|agreements?|accords?|deals?|pacts?|cease-?fires?|truces?|memorand(?:um|a)"
    r"|contracts?|armistice|protocol|acquisitions?|licen[cs]e)\b",
    re.I,
)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of the paragraph that holds [start, end), by a rough split."""
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start))
    right = text.find(". ", end)
    return text[left + 1 if left >= 0 else 0 : right + 1 if right >= 0 else len(text)].strip()


def main(path: Path, skips: list[Path]) -> None:
    skip = set()
    for other in skips:
        with other.open(encoding="utf-8", newline="") as handle:
            skip |= {r.get("url", "") for r in csv.DictReader(handle)}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["url"] not in skip and CUE.search(r["text"])]
    print(f"{len(rows)} texts", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="agreements53-") as tmp:
        folder = Path(tmp)
        with (folder / "rows.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            writer.writerows({k: r[k] for k in ("url", "date", "title", "text")} for r in rows)
        chosen = [{"corpus": "rows.csv", "row": i} for i in range(len(rows))]
        raw = read_articles(chosen, folder / "gold.yml", folder)  # paragraphs, in row order
        resolved, ids = run_pipeline(chosen, folder / "gold.yml")
    paragraphs = {a: r.paragraphs for a, r in zip(ids, raw, strict=True)}
    order = {a: i for i, a in enumerate(ids)}
    entities = {e.key: e for e in resolved.entities}
    seen: dict[tuple[str, str], list[str]] = {}
    for m in resolved.mentions:
        if m.how != "extract" or not m.entity.startswith("agreements/"):
            continue
        text = paragraphs[m.article][m.paragraph]
        words = sentence_around(text, m.start, m.end).replace("\t", " ")
        seen.setdefault((m.article, m.entity), []).append(f"[{m.text}] {words}")
    lines = []
    for (article, key), evidence in seen.items():
        e = entities[key]
        parties = sorted(entities[f"actors/{p}"].name for p in e.parties)
        title = rows[order[article]]["title"]
        lines.append(
            f"{order[article]}\t{title[:60]}\t{key}\t{e.name}\t{parties}\t{' || '.join(evidence)}"
        )
    print("\n".join(sorted(lines, key=lambda s: (int(s.split("\t")[0]), s))))


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
