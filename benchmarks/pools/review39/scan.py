"""Where the capitalised openers change ``_after_a_name`` on real text (review39): in every
article of the pools' real-text CSVs that actors79's ``regress.py`` reads and the 2019
Wikinews rows in no gold split, each speaker the unread-speaker pattern finds whose only
capitalised word before it is an opener ("The Haaretz said"). Read with the branch's code;
the old reading counted every capitalised word. Usage: ``scan.py OUT.txt``."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import yaml

from generator.resolve.article.firms import _UNREAD_SPEAKER, _after_a_name
from generator.resolve.article.words import _CAPITAL_OPENERS

HERE = Path(__file__).resolve().parent
POOLS = HERE.parent
CSVS = [
    "actors42/actors42.csv",
    "actors62/articles.csv",
    "agreements32/agreements32-articles.csv",
    "agreements41/wikinewssum.csv",
    "events43/events43.csv",
    "events46/events46.csv",
    "events52/events52.csv",
    "events54/events54.csv",
    "events55/events55.csv",
    "statements26/wikinews2020.csv",
]


def texts() -> list[tuple[str, str]]:
    gold = yaml.safe_load((HERE.parents[2] / "tests/gold/wikinews-gold.yml").read_text())
    arts = gold["articles"] if isinstance(gold, dict) else gold
    used = {a.get("title") for a in arts}
    out = []
    for name in CSVS:
        for row in csv.DictReader((POOLS / name).open(encoding="utf-8")):
            out.append((name.split("/")[0], row.get("text") or ""))
    src = Path("/work/shared/corpora/wikinews_2019.csv")
    for row in csv.DictReader(src.open(encoding="utf-8")):
        if row["title"] not in used:
            out.append(("wikinews2019", row["text"]))
    return out


def main() -> None:
    lines = []
    for tag, text in texts():
        names = {m.group(1) for m in _UNREAD_SPEAKER.finditer(text)}
        for name in sorted(names):
            before = [
                m.group(1)
                for m in re.finditer(rf"\b([A-Z][\w-]*) {re.escape(name)}(?![\w-])", text)
            ]
            if before and not _after_a_name(text, name):
                assert all(b in _CAPITAL_OPENERS for b in before)
                lines.append(f"{tag}\t{name}\t{' '.join(sorted(set(before)))}")
    Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "speakers after an opener only")


if __name__ == "__main__":
    main()
