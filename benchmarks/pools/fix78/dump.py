"""fix78: run the pipeline on chosen pool articles (one briefing each, no curated data) and
write every actor page: article id, type, name, aliases. Usage (from the project folder):
python dump.py IDS_FILE OUT.tsv, after scan.py; probes come from probes.csv beside this."""

import csv
import json
import sys
import tempfile
from pathlib import Path

from generator.annotate import annotate
from generator.extract import extract
from generator.importer import read_sources, write_articles
from generator.load import load_content
from generator.resolve import resolve

ROOT = Path.cwd()


def main(ids_file: str, out_file: str) -> None:
    arts = {
        i: (t, d, u, x) for i, t, d, u, x in json.loads(Path("/tmp/fix78/arts.json").read_text())
    }
    with (Path(__file__).parent / "probes.csv").open(encoding="utf-8", newline="") as handle:
        for j, r in enumerate(csv.DictReader(handle)):
            arts[f"probe{j}"] = (r["title"], r["date"], r["url"], r["text"])
    ids = [line.split()[0] for line in Path(ids_file).read_text().splitlines() if line.strip()]
    with open(out_file, "w", encoding="utf-8") as out:
        for aid in ids:
            title, date, url, text = arts[aid]
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                with (folder / "a.csv").open("w", encoding="utf-8", newline="") as handle:
                    writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
                    writer.writeheader()
                    writer.writerow({"url": url, "date": date, "title": title, "text": text})
                write_articles(read_sources([folder / "a.csv"]), folder / "content")
                (folder / "content/briefing.yml").write_text("title: Q\n")
                loaded = load_content(folder / "content")
                notes = annotate(loaded.articles, loaded.entities, cache_dir=ROOT / "build/cache")
                resolved = extract(resolve(loaded, notes), notes, loaded.articles)
            for e in sorted(resolved.entities, key=lambda e: e.key):
                if e.kind == "actors":
                    out.write(
                        "\t".join([aid, e.type, e.name, " | ".join(sorted(e.aliases))]) + "\n"
                    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
