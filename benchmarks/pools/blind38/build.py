"""Write tests/gold/blind38-articles.csv from the hand-rejoined AMALGUM texts (blind test block).

Each tests/gold/blind38-raw/rNN-<name>.txt holds url, date and title on its first three lines,
a blank line, then the article text (paragraphs joined by blank lines): English Wikinews
(CC BY 2.5), read through the tool library from AMALGUM's
``amalgum/news/rst/AMALGUM_news_<name>.rs3`` and rejoined by hand. Asserts first that no url,
title or AMALGUM file name is in any other tests/gold file or under benchmarks/pools/ (other
than here), so the block stays text nobody tuning the generator has seen. This is TEST
material: never tune on it, never run the generator on it outside the lead's scoring.
"""

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
RAW = ROOT / "tests" / "gold" / "blind38-raw"
OUT = ROOT / "tests" / "gold" / "blind38-articles.csv"


def _known() -> tuple[set[str], set[str], str]:
    """Urls and titles of every other gold CSV, and the text of the gold YAML and the pools."""
    csv.field_size_limit(sys.maxsize)
    urls: set[str] = set()
    titles: set[str] = set()
    for path in (ROOT / "tests" / "gold").glob("*.csv"):
        if path.name.startswith("blind38"):
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                urls.add(row.get("url", "").replace("//wiki", "/wiki").lower())
                titles.add(row.get("title", "").strip().lower())
    texts = [(ROOT / "tests" / "gold" / "wikinews-gold.yml").read_text(encoding="utf-8")]
    for path in (ROOT / "benchmarks" / "pools").rglob("*"):
        suffixes = {".md", ".txt", ".tsv", ".csv", ".yml", ".py", ".jsonl"}
        if path.is_file() and "blind38" not in str(path) and path.suffix in suffixes:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return urls, titles, "\n".join(texts).lower()


def main() -> None:
    urls, titles, elsewhere = _known()
    rows = []
    for path in sorted(RAW.glob("r*.txt")):
        head, text = path.read_text(encoding="utf-8").split("\n\n", 1)
        url, date, title = head.split("\n")
        name = path.stem.split("-", 1)[1]
        assert url.lower() not in urls and title.lower() not in titles, path
        assert title.lower() not in elsewhere, path
        assert url.split("/wiki/")[1].lower() not in elsewhere, path
        assert f"amalgum_news_{name}." not in elsewhere, path
        rows.append({"url": url, "date": date, "title": title, "text": text.strip()})
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    for index, row in enumerate(rows):
        print(index, row["date"], row["title"], len(row["text"].split()))


if __name__ == "__main__":
    main()
