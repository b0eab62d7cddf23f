"""Make tests/gold/blind42-articles.csv, the texts of the blind42 test block, and prove them new.

Usage: .venv/bin/python benchmarks/pools/blind42/build.py
(a later block runs it through a wrapper that sets BLIND_BLOCK and BLIND_OTHERS: its own name and
the comma-separated YAML files of the earlier blocks whose headers it may read)

Reads tests/gold/blind42-raw/rNN-<amalgum name>.txt (url, date and title lines, a blank line,
then the article with paragraphs joined by blank lines: English Wikinews, CC BY 2.5, rejoined by
hand from AMALGUM's news XML) and writes them in file order as url,date,title,text rows. Before
writing, it stops with the offending file if a url page name, a title or an AMALGUM file name of
the block is already used: by a row of any other tests/gold CSV or of the 2019 corpus, in the
main gold YAML or agreements-extra.yml, under benchmarks/pools/ (other than this folder), or in
the headers of blind38.yml and blind41.yml (their first 40 lines only: helpers read no more of
another blind block). The block is TEST material that nobody tuning the generator may read; the
script prints dates and word counts, never text.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold"
BLOCK = os.environ.get("BLIND_BLOCK", "blind42")
POOL_SUFFIXES = (".md", ".txt", ".tsv", ".csv", ".yml", ".py", ".jsonl")
OTHER_BLIND_HEADERS = tuple(os.environ.get("BLIND_OTHERS", "blind38.yml,blind41.yml").split(","))


def page(url: str) -> str:
    """A url's Wikinews page name, decoded and folded: //wiki and %27 spellings of it meet."""
    return unquote(url.rsplit("/wiki/", 1)[-1]).replace("_", " ").casefold().strip()


def block_articles() -> list[dict[str, str]]:
    """The raw files in order, each as a CSV row plus its AMALGUM name."""
    articles = []
    for path in sorted((GOLD / f"{BLOCK}-raw").glob("r[0-9][0-9]-*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        url, date, title = head.split("\n")
        name = path.stem.split("-", 1)[1]
        articles.append(
            {"url": url, "date": date, "title": title, "text": body.strip(), "name": name}
        )
    return articles


def used_rows() -> set[str]:
    """Page names and titles of every row of the other gold CSVs and of the 2019 corpus."""
    csv.field_size_limit(sys.maxsize)
    tables = [t for t in GOLD.glob("*.csv") if not t.name.startswith(BLOCK)]
    tables.append(ROOT.parent / "shared" / "corpora" / "wikinews_2019.csv")
    used: set[str] = set()
    for table in (t for t in tables if t.exists()):
        with table.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                used.update(
                    {page(row.get("url") or ""), (row.get("title") or "").casefold().strip()}
                )
    return used - {""}


def blind_headers() -> str:
    """The first 40 lines of the other blind blocks' YAML: all a helper may read of them."""
    lines = []
    for name in OTHER_BLIND_HEADERS:
        with (GOLD / name).open(encoding="utf-8") as handle:
            lines.extend(line for _, line in zip(range(40), handle, strict=False))
    return "".join(lines)


def used_text(headers: str) -> str:
    """Folded text of the main gold files, the pools and the other blind blocks' headers."""
    mains = ("wikinews-gold.yml", "agreements-extra.yml")
    parts = [(GOLD / name).read_text(encoding="utf-8") for name in mains]
    parts.append(headers)
    here = ROOT / "benchmarks" / "pools" / BLOCK
    for path in (ROOT / "benchmarks" / "pools").rglob("*"):
        if path.is_file() and path.suffix in POOL_SUFFIXES and here not in path.parents:
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return unquote("\n".join(parts)).replace("_", " ").casefold()


def listed_names(headers: str) -> set[str]:
    """The AMALGUM names the other blocks list ("names: a, b, ...)", "names, in row order: ...)").

    A folder note inside such a list ("nato (amalgum_extra), kibaki") must not end it early.
    """
    unfolded = re.sub(r"\(amalgum_extra[^)]*\)", "", headers)
    lists = re.findall(r"names[^:]*:([^)]*)\)", unfolded)
    return {word for found in lists for word in re.findall(r"[a-z]+", found)}


def main() -> None:
    articles = block_articles()
    headers = blind_headers()
    rows, text = used_rows(), used_text(headers)
    listed = listed_names(headers)
    for article in articles:
        keys = {page(article["url"]), article["title"].casefold()}
        clash = keys & rows or {k for k in keys if k in text}
        assert not clash, f"{article['name']}: already used ({sorted(clash)})"
        name = article["name"]
        assert f"news {name}." not in text, f"{name}: AMALGUM file already used"
        assert name not in listed, f"{name}: an AMALGUM file of another blind block"
    names = [a["name"] for a in articles]
    assert len(set(names)) == len(names), "an AMALGUM file twice"
    with (GOLD / f"{BLOCK}-articles.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows({k: a[k] for k in ("url", "date", "title", "text")} for a in articles)
    for index, article in enumerate(articles):
        print(index, article["date"], len(article["text"].split()), "words")


if __name__ == "__main__":
    main()
