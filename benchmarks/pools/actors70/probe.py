"""Invented probe articles for the outlet's-channel rule (actors70): channels it should keep
whole and shapes it must leave alone; prints each mention's page.

.venv/bin/python benchmarks/pools/actors70/probe.py
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
    "Senator Jane Miller told Meet the Press on Sunday that the bill would pass. Miller said the "
    "vote was close. Speaking on NBC's Meet the Press, Miller added that talks went on.",
    "Appearing on Morning Joe, Governor Tom Reed said the state was ready. Reed told Morning Joe "
    "that aid would come.",
    "Adam Smith told Face the Nation that the war was over. Smith said on Face the Nation that "
    "troops would leave.",
    "Podcaster Spike Cohen said he would run. Cohen, the Libertarian candidate, spoke in Ohio.",
    "The president met ministers at Villa Somalia on Monday. Gunmen attacked a hotel near Villa "
    "Somalia. Somalia's president Mohamed Farmajo said the attack failed.",
    "The prisoners were moved from Abu Ghraib to a new camp. Detainees at Abu Ghraib said they "
    "were beaten. Iraq's government denied it.",
    "US bombers flew from Diego Garcia. The base at Diego Garcia is leased from Britain. Britain "
    "said the lease would be renewed.",
    "Miners were trapped in Acland Mine. Rescuers reached Acland Mine on Tuesday. New Hope Group "
    "said the mine would close.",
    "Protesters gathered in Tin Hau on Sunday. Police in Tin Hau fired tear gas. Carrie Lam said "
    "the protests must end.",
]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="actors70-probe-") as tmp:
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
