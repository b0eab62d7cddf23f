"""Invented probe articles for the outlet's-channel rule (actors67; review22): outlets and
channels the review names, and names with a broadcast word that are no outlet ("Radio Shack",
"Radio City Music Hall"). Prints each mention's page and the review's decisions.

.venv/bin/python benchmarks/pools/review22/actors_probe.py
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
    "The prime minister told Sky News on Sunday that the vote would go ahead. Sky News said "
    "the interview was recorded in London. London police closed the road.",
    "CNN International aired the debate live from Atlanta. CNN International said viewers in "
    "Europe could watch online. Europe's leaders did not comment.",
    "The journalist, who worked for Radio Free Europe/Radio Liberty, was detained in Minsk. "
    "Radio Free Europe/Radio Liberty called for her release. Belarus denied the charge.",
    "Voice of America reported that the talks had failed. Voice of America is funded by the "
    "United States Congress. America's envoy left Geneva.",
    "The minister spoke to the BBC World Service about the crisis. The BBC World Service said "
    "it would expand its Somali service. Somalia welcomed the move.",
    "The manager told Radio 5 Live he would not resign. Radio 5 Live asked him twice. The BBC "
    "said the interview would be repeated.",
    "Radio Canada reported the result first. Radio Canada said the count was close. Canada's "
    "election commission confirmed the result on Tuesday.",
    "Radio Australia will stop its shortwave service in the Pacific. Radio Australia has "
    "broadcast since 1939. Australia's foreign minister defended the cut.",
    "The senator told ABC Radio National that the bill would pass. ABC Radio National said "
    "the interview was recorded in Canberra. The ABC confirmed it.",
    "Al Jazeera English broadcast the footage from Doha. Al Jazeera English said its reporter "
    "was safe. Qatar's government did not comment.",
    "France 24 said the president would visit Mali. France 24 reported that troops had "
    "landed. France sent more troops in March.",
    "Radio Shack filed for bankruptcy in Texas. Radio Shack said its stores would close. Texas "
    "officials expressed concern.",
    "The concert was held at Radio City Music Hall in New York. Radio City Music Hall was "
    "sold out. New York police closed the street.",
    "TV Tokyo broadcast the final. TV Tokyo said ratings were high. Tokyo's governor attended "
    "the match.",
    "The singer appeared on BBC Radio 2 on Monday. BBC Radio 2 played the single twice. The "
    "BBC said it would not comment.",
    "The foreign minister told BBC Radio 4's Today programme that talks would resume. He said "
    "the same to Sky News. Iran rejected the offer.",
    "Talking to BBC Radio Scotland, the first minister said Scotland would hold a vote. "
    "Scotland's parliament will debate it.",
    "Radio Free Asia reported that protesters were arrested. Radio Free Asia is based in "
    "Washington. China denied the report.",
    "CNN reported the attack. CNN International carried the speech later. Fox News did not.",
    "Deutsche Welle and Voice of America both reported the arrests. Germany protested.",
]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="review22-probe-") as tmp:
        folder = Path(tmp)
        path = folder / "probe.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for n, text in enumerate(ARTICLES):
                writer.writerow(
                    {
                        "url": f"https://example.org/{n}",
                        "date": f"2020-01-{n + 1:02d}",
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
    for m in sorted(resolved.mentions, key=lambda m: (m.article, m.paragraph, m.start)):
        print(m.article[:20], repr(m.text), "->", names.get(m.entity, m.entity))
    for d in resolved.decisions:
        print("D", d.action, d.name, d.key, d.reason[:70])


if __name__ == "__main__":
    main()
