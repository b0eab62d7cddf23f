"""Write tests/gold/blind41-articles.csv from the hand-rejoined AMALGUM texts (blind test block).

Each tests/gold/blind41-raw/rNN-<name>.txt holds url, date and title on its first three lines,
a blank line, then the article text (paragraphs joined by blank lines): English Wikinews
(CC BY 2.5), read through the tool library from AMALGUM's
``amalgum/news/rst/AMALGUM_news_<name>.rs3`` and rejoined by hand. Asserts first that no url,
title or AMALGUM file name is in any other tests/gold file (blind38's block included: its CSV
rows, and the AMALGUM names its YAML header lists) or under benchmarks/pools/ (other than
here), so the block stays text nobody tuning the generator has seen. This is TEST material:
never tune on it, never run the generator on it outside the lead's scoring. Prints counts only.
"""

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
RAW = ROOT / "tests" / "gold" / "blind41-raw"
OUT = ROOT / "tests" / "gold" / "blind41-articles.csv"
SUFFIXES = {".md", ".txt", ".tsv", ".csv", ".yml", ".py", ".jsonl"}


def _url_key(url: str) -> str:
    return url.replace("//wiki", "/wiki").lower()


def _known() -> tuple[set[str], set[str], str, set[str]]:
    """Urls and titles of every other gold CSV, the text of the other gold YAML and the pools,
    and the AMALGUM names blind38's header lists (only its first 30 lines are read)."""
    csv.field_size_limit(sys.maxsize)
    urls: set[str] = set()
    titles: set[str] = set()
    for path in (ROOT / "tests" / "gold").glob("*.csv"):
        if path.name.startswith("blind41"):
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                urls.add(_url_key(row.get("url", "")))
                titles.add(row.get("title", "").strip().lower())
    texts = [
        (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8")
        for name in ("wikinews-gold.yml", "agreements-extra.yml")
    ]
    for path in (ROOT / "benchmarks" / "pools").rglob("*"):
        if path.is_file() and "blind41" not in str(path) and path.suffix in SUFFIXES:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    header = (ROOT / "tests" / "gold" / "blind38.yml").read_text(encoding="utf-8").split("\n")[:30]
    names = set(re.findall(r"[a-z]+", " ".join(header).split("names:", 1)[1].split(")", 1)[0]))
    return urls, titles, "\n".join(texts).lower(), names


def main() -> None:
    urls, titles, elsewhere, blind38_names = _known()
    rows = []
    for path in sorted(RAW.glob("r*.txt")):
        head, text = path.read_text(encoding="utf-8").split("\n\n", 1)
        url, date, title = head.split("\n")
        name = path.stem.split("-", 1)[1]
        assert _url_key(url) not in urls and title.lower() not in titles, path
        assert title.lower() not in elsewhere, path
        assert url.split("/wiki/")[1].lower() not in elsewhere, path
        assert f"amalgum_news_{name}." not in elsewhere and f"news_{name}" not in elsewhere, path
        assert name not in blind38_names, path
        rows.append({"url": url, "date": date, "title": title, "text": text.strip()})
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    for index, row in enumerate(rows):
        print(index, row["date"], len(row["text"].split()), "words")


if __name__ == "__main__":
    main()
