"""Score the actors80 pool's halves for one code tree (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors80/pool.py ROOT /tmp/actors80/pool/tune.csv
...``; each CSV is one briefing with no curated data (rebuild them with ``build_csv.py``).
Prints each page with its type, mentions and verdict against ``expected.tsv`` (actor, junk,
either = not scored, ? = not annotated), each rejected name with its reason, then the share
of scored pages that are real and the expected actors that have a page.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
HERE = Path(os.environ.get("SCORE_POOL") or Path(__file__).resolve().parent)
"""The pool whose ``expected.tsv`` is read: this one, or the one a wrapper names (actors85)."""
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as q  # noqa: E402


def expected(half: str) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {"actor": set(), "junk": set(), "either": set()}
    with (HERE / "expected.tsv").open(encoding="utf-8") as f:
        for row in csv.reader((line for line in f if not line.startswith("#")), delimiter="\t"):
            if row[0] == half:
                kinds[row[2]].add(row[3])
    kinds["junk"] -= kinds["actor"] | kinds["either"]
    return kinds


def main() -> None:
    for csv_path in sys.argv[2:]:
        half = Path(csv_path).stem
        kinds = expected(half)
        with tempfile.TemporaryDirectory(prefix="actors80-pool-") as tmp:
            folder = Path(tmp)
            raw = q.read_sources([Path(csv_path)])
            content = folder / "content"
            q.write_articles(raw, content)
            (content / "briefing.yml").write_text("title: Pool\n", encoding="utf-8")
            loaded = q.load_content(content)
            annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "c")
            resolved = q.resolve(loaded, annotations)
        print(f"== {csv_path}")
        ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
        count: Counter[str] = Counter()
        where: dict[str, set[str]] = {}
        for m in resolved.mentions:
            if m.entity in ents:
                count[m.entity] += 1
                where.setdefault(m.entity, set()).add(m.article.rsplit("-", 1)[-1][:12])
        verdicts: Counter[str] = Counter()
        found: set[str] = set()
        for key in sorted(count, key=lambda k: ents[k].name):
            e = ents[key]
            names = {e.name, *e.aliases}
            verdict = next((k for k in ("actor", "junk", "either") if names & kinds[k]), "?")
            verdicts[verdict] += 1
            found |= names & kinds["actor"]
            print(f"{verdict}\t{e.name}\t{e.type}\t{count[key]}\t{', '.join(e.aliases)}")
        for d in resolved.decisions:
            if d.action == "rejected":
                print(f"REJECTED\t{d.name}\t{d.reason[:90]}")
        real, junk = verdicts["actor"], verdicts["junk"]
        either, unknown = verdicts["either"], verdicts["?"]
        print(f"pages: {real} real, {junk} junk, {either} either, {unknown} unannotated")
        share = 100 * real / max(1, real + junk)
        print(f"real share (scored): {real}/{real + junk} = {share:.1f}%")
        print(f"expected actors with a page: {len(found)}/{len(kinds['actor'])}")
        print("missing:", ", ".join(sorted(kinds["actor"] - found)))


if __name__ == "__main__":
    main()
