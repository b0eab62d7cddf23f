"""Rebuild ``excerpts.csv``: the paragraphs of real Wikinews articles (CC BY 2.5) that hold
the names below, each row one excerpt (issue 8, actors102; see SOURCE.md).

Usage: ``.venv/bin/python benchmarks/pools/actors102/build.py`` (from the project folder).
"""

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOLS = HERE.parent
CORPUS = HERE.parents[2].parent / "shared" / "corpora" / "wikinews_2019.csv"

# (CSV, 0-based data row, words each kept paragraph holds; a paragraph is kept when it holds one)
SPECS = [
    (CORPUS, 2, ["Tomasz Kubiak"]),
    (CORPUS, 34, ["Jasim Uddin"]),
    (CORPUS, 86, ["Connie Moganedi"]),
    (CORPUS, 153, ["Kay Hagan died", "Sadie Weiner"]),
    (CORPUS, 135, ["Ulf Danielsson"]),
    (CORPUS, 22, ["Antoine Quirin"]),
    (CORPUS, 21, ["Skandaraj Navaratnam"]),
    (CORPUS, 78, ["Ricardo Rosselló Nevares"]),
    (CORPUS, 109, ["Dominic Hare"]),
    (CORPUS, 142, ["Brigid Kosgei of Kenya"]),
    (POOLS / "statements26" / "wikinews2020.csv", 0, ["Paul Rivera of WESH"]),
    (POOLS / "statements26" / "wikinews2020.csv", 4, ["Suman Haripriya"]),
    (POOLS / "actors91" / "articles.csv", 7, ["Sandra Levgrün"]),
    (POOLS / "actors91" / "articles.csv", 16, ["Rogelio Alicor Panao"]),
    (POOLS / "actors91" / "articles.csv", 4, ["Villa Somalia"]),
    (POOLS / "actors62" / "articles.csv", 2, ["Jamil Murad"]),
    (POOLS / "actors62" / "articles.csv", 0, ["Celso Amorim"]),
    (POOLS / "events66" / "attacks-tune.csv", 3, ["Alfred Davies"]),
    (POOLS / "agreements36" / "wikinews.csv", 1, ["Rodrigo Granda"]),
    (POOLS / "agreements36" / "wikinews.csv", 0, ["Hamas official Ayman Taha", "Yigal Palmor"]),
    (POOLS / "events54" / "events54.csv", 9, ["Dino Rossi"]),
    (POOLS / "events43" / "events43.csv", 8, ["Saraf Jidad"]),
    (POOLS / "events43" / "events43.csv", 10, ["CIA director George Tenet"]),
    (POOLS / "events46" / "events46.csv", 2, ["Ms Maliwal"]),
]


def excerpt(path: Path, row: int, anchors: list[str]) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        source = list(csv.DictReader(handle))[row]
    paragraphs = [p.strip() for p in source["text"].split("\n") if p.strip()]
    kept = [p for p in paragraphs if any(a in p for a in anchors)]
    missing = [a for a in anchors if not any(a in p for p in kept)]
    if missing:
        raise SystemExit(f"{path.name} row {row}: no paragraph holds {missing}")
    return {
        "url": source["url"],
        "date": source["date"],
        "title": source["title"],
        "text": "\n\n".join(kept),
    }


def main() -> None:
    rows = [excerpt(path, row, anchors) for path, row, anchors in SPECS]
    with (HERE / "excerpts.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} excerpts")


if __name__ == "__main__":
    main()
