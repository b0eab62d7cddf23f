"""Invented probe articles for the outlet's-channel rule (actors67): channels it should keep
whole and shapes it must leave alone; prints each mention's page.

.venv/bin/python benchmarks/pools/actors67/probe.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
import quality_extract as q  # noqa: E402

ARTICLES = [
    "The minister told Sky News Australia on Sunday that the deal was done. Sky News Australia "
    "later aired the full interview. Australia signed the treaty in May.",
    "Speaking to BBC Radio Ulster, the First Minister said talks would go on. BBC Radio Ulster "
    "asked the party leader the same question. Ulster unionists objected.",
    "The journalist worked for US Radio Free Europe for ten years. Radio Free Europe said it "
    "would appeal the ruling.",
    "CNN International broadcast the speech live. CNN said the speech was seen by millions.",
    "Fox News Channel hosted the debate. Fox News said ratings were high.",
    "BBC Radio 5 Live reported the score. The BBC said the match was delayed.",
    "Sky News reported the crash first. Sky News Australia said the pilot survived. Sky News "
    "Australia later corrected the report. Australia grounded the fleet.",
    "BBC Radio bosses met on Monday. BBC Radio Ulster will close its studio. BBC Radio Ulster "
    "staff were told on Friday. Ulster voted against the plan.",
    "Radio Canada said the vote was close. Canada's prime minister conceded.",
]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="actors67-probe-") as tmp:
        folder = Path(tmp)
        path = folder / "probe.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for n, text in enumerate(ARTICLES):
                writer.writerow(
                    {
                        "url": f"https://example.org/{n}",
                        "date": "2020-01-0" + str(n + 1),
                        "title": f"Probe {n}",
                        "text": text,
                    }
                )
        raw = q.read_sources([path])
        content = folder / "content"
        q.write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Probe\n", encoding="utf-8")
        loaded = q.load_content(content)
        annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
        resolved = q.resolve(loaded, annotations)
    names = {e.key: e.name for e in resolved.entities}
    for m in resolved.mentions:
        print(m.article[:20], repr(m.text), "->", names.get(m.entity, m.entity))
    for d in resolved.decisions:
        print("D", d.action, d.name, d.key, d.reason[:70])


if __name__ == "__main__":
    main()
