"""Invented probe articles for actors68's rules (works, labels, title tails): shapes each
rule must catch and shapes it must leave alone; prints each mention's page and each decision.

.venv/bin/python benchmarks/pools/actors68/probe.py
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
    # starring
    "The thriller Dark Harbour, starring Tom Hanks, topped the chart. Dark Harbour took $20m. "
    "Tom Hanks said he was pleased.",
    "Silver Lake - starring Meryl Streep - opened on Friday. Silver Lake cost $50m to make.",
    # a work's noun, then the title's own The
    "Horror movie The Lantern cost Sony $10m to make. Lantern was a surprise hit for Sony.",
    "Actor Jean Dupont, star of the award-winning film The Harvest, said it was a success. "
    "The Harvest took $5m in France.",
    # a genre noun glued at a sentence's start; and one that is a name's
    "Comedy Meet The Neighbours topped the box office. Neighbours took $44m.",
    "Comedy Central said the show would return. Comedy Central aired it in May.",
    # a title's shape after a hero's name; and two people
    "It was followed by Harry Potter and the Goblet of Fire, and Finding Nemo. Harry Potter "
    "took $30m.",
    "Tony Blair and the Secretary of State for Defence met on Monday. Tony Blair said the talks "
    "went well.",
    # a possessive and a number; and an owner of numbered things
    "Ocean's Twelve fell to second place. The film displaced Ocean's 12.",
    "Sony's 12 factories closed. Sony said the cuts were needed.",
    # Lord of the
    "The third Lord of the Rings film dominated the box office. The Lord of the Rings trilogy "
    "made $3bn.",
    "The First Lord of the Treasury spoke. The Treasury said the budget was balanced.",
    # labels at a sentence's start
    "Producer Mel Gibson will not use paid ads. Gibson said the film was art.",
    "Boss Steve Bruce said he would sell. Bruce added that fans had been harsh.",
    # lists of works
    "Art-house offerings such as Napoleon Dynamite did well. Napoleon Dynamite cost $400,000.",
    "Judges overlooked works such as Philip Roth's The Plot Against America this year.",
    # a character
    "The film sees Cage's character Ben Gates chase a fortune. Ben Gates finds it.",
    # an owner glued; and a body's name with a possessive
    "Wesley Snipes' Blade: Trinity was in second place, taking $16m.",
    "The People's Liberation Army said the drill was over. The People's Liberation Army "
    "moved troops.",
]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="actors68-probe-") as tmp:
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
