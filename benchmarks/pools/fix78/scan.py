"""fix78: collect the pools (2019 Wikinews no-split rows, the dev split, the Wikinews CSVs
under benchmarks/pools/) into /tmp/fix78/arts.json and print every office of several words
(a head, then of/for/to and capitalised words) with what follows it."""

import collections
import csv
import json
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
OUT = Path("/tmp/fix78/arts.json")
HEADS = (
    "Minister|Secretary|Chancellor|Director|Director-General|Secretary-General|Chairman|"
    "Chairwoman|Chair|Speaker|President|Governor|Commissioner|Ambassador|Officer|"
    "Attorney General|Mayor|Chief|Leader|Head|Judge|Justice|Envoy|Representative|"
    "Spokesman|Spokeswoman|Spokesperson|Administrator|Commander|Premier|Councillor|Senator"
)
OFFICE = re.compile(
    rf"(?:\b[A-Z][a-z]+[ -])*(?:{HEADS})"
    r"(?: (?:of|for|and|on|to|the)(?: the)?(?: [A-Z][\w'’.&-]*)+)+(?: [A-Z][\w'’.-]+){0,1}"
)


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main() -> None:
    gold = yaml.safe_load((ROOT / "tests/gold/wikinews-gold.yml").read_text(encoding="utf-8"))
    listed: dict[str, set[int]] = collections.defaultdict(set)
    dev = []
    for a in gold["articles"]:
        corpus = a.get("corpus", "wikinews_2019.csv")
        listed[corpus].add(a["row"])
        if a.get("split") == "dev":
            dev.append((corpus, a["row"]))
    corpora = ROOT.parent / "shared/corpora"
    arts = [
        (f"ns{i}", r)
        for i, r in enumerate(rows(corpora / "wikinews_2019.csv"))
        if i not in listed["wikinews_2019.csv"]
    ]
    for corpus, row in dev:
        folder = corpora if corpus == "wikinews_2019.csv" else ROOT / "tests/gold"
        arts.append((f"dev:{corpus.split('.')[0]}:{row}", rows(folder / corpus)[row]))
    seen = {r["url"] for _, r in arts}
    for path in sorted((ROOT / "benchmarks/pools").glob("*/*.csv")):
        for i, r in enumerate(rows(path)):
            if "example.org" not in r["url"] and r["url"] not in seen:
                seen.add(r["url"])
                arts.append((f"{path.parent.name}:{i}", r))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps([(i, r["title"], r["date"], r["url"], r["text"]) for i, r in arts]))
    print(len(arts), "articles")
    for i, r in arts:
        for m in OFFICE.finditer(r["text"]):
            print(i, "|", m.group(0), "|", r["text"][m.end() : m.end() + 30].replace("\n", " "))


if __name__ == "__main__":
    main()
