"""Build actors68's two halves as CSVs (url,date,title,text) in /tmp/actors68/.

Usage (from the project folder): ``python3 benchmarks/pools/actors68/build.py``. BBC texts are
read from ``/tmp/actors68/raw/{e,s,t}NNN.txt`` (copied whole from the tool library, see
SOURCE.md; not committed: BBC copyright): title = first line, text = the rest. The two
Wikinews records (``records.jsonl``, CC BY 2.5) go through actors62's ``wns.py``. Halves: the
ids in sorted order, alternating, the first to tune (fixed before any run). Every title and
url is checked against ``tests/gold`` and every other pool's files first.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
RAW = Path("/tmp/actors68/raw")
RAW2 = Path("/tmp/actors68/raw2")
"""A second check set (``check2``), read after the rules were written: ten more BBC files."""
OUT = Path("/tmp/actors68")
sys.path.insert(0, str(HERE.parent / "actors62"))

import wns  # noqa: E402

CATEGORY = {"e": "entertainment", "s": "sport", "t": "tech"}
WIKINEWS_DATES = {"w01": "2004-12-05", "w02": "2004-12-05"}


def rows(raw: Path = RAW, wikinews: bool = True) -> list[tuple[str, dict[str, str]]]:
    out = []
    for p in sorted(raw.glob("*.txt")):
        title, _, text = p.read_text(encoding="utf-8").partition("\n")
        cat, num = CATEGORY[p.stem[0]], p.stem[1:]
        url = (
            "https://github.com/DokahlSoZoor/DieNeueKrone/blob/"
            f"c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae/data/bbc/{cat}/{num}.txt"
        )
        out.append(
            (
                p.stem,
                {"url": url, "date": "2005-01-01", "title": title.strip(), "text": text.strip()},
            )
        )
    records = (HERE / "records.jsonl").read_text(encoding="utf-8").splitlines() if wikinews else []
    for i, line in enumerate(records, 1):
        r = json.loads(line)
        body = "\n\n".join(p for p in (wns.clean(x) for x in r["text"]) if p)
        fid = f"w{i:02d}"
        url = "https://en.wikinews.org/wiki/" + r["title"].replace(" ", "_")
        out.append(
            (fid, {"url": url, "date": WIKINEWS_DATES[fid], "title": r["title"], "text": body})
        )
    return sorted(out)


def check_unused(found: list[tuple[str, dict[str, str]]]) -> None:
    """Fail if a title or url is in any gold CSV or any other pool's file."""
    texts = []
    for base in (ROOT / "tests" / "gold", ROOT / "benchmarks" / "pools"):
        for p in base.rglob("*"):
            if (
                p.is_file()
                and HERE not in p.parents
                and p.suffix in {".csv", ".txt", ".tsv", ".yml", ".md", ".jsonl", ".json"}
            ):
                text = p.read_text(encoding="utf-8", errors="replace").lower()
                if (
                    p.name == "scan.tsv"
                ):  # agreements41's listing: rows marked "no" were read, not used
                    text = "\n".join(ln for ln in text.splitlines() if not ln.endswith("\tno"))
                texts.append(text)
    blob = "\n".join(texts)
    used = [
        f"{fid}: {key!r}"
        for fid, r in found
        for key in (
            r["title"].lower(),
            r["url"].split("/data/bbc/")[-1].lower() if "bbc" in r["url"] else r["url"].lower(),
        )
        if key in blob
    ]
    assert not used, "used already: " + ", ".join(used)


def main() -> None:
    found = rows()
    check_unused(found)
    halves: dict[str, list[tuple[str, dict[str, str]]]] = {"tune": [], "check": []}
    for i, item in enumerate(found):
        halves["tune" if i % 2 == 0 else "check"].append(item)
    if RAW2.is_dir():
        halves["check2"] = rows(RAW2, wikinews=False)
        check_unused(halves["check2"])
    for half, items in halves.items():
        with (OUT / f"actors68-{half}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, ["url", "date", "title", "text"])
            w.writeheader()
            w.writerows(r for _, r in items)
        (HERE / f"actors68-{half}-files.txt").write_text(
            "".join(f"{i}\t{fid}\t{r['title']}\n" for i, (fid, r) in enumerate(items)),
            encoding="utf-8",
        )
        print(half, len(items))


if __name__ == "__main__":
    main()
