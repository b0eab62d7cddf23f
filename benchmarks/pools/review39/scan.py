"""Where the capitalised openers change ``_after_a_name`` on real text (review39): in every
article of the pools' real-text CSVs that actors79's ``regress.py`` reads and the 2019
Wikinews rows in no gold split, each speaker the unread-speaker pattern finds whose only
capitalised word before it is an opener ("The Haaretz said"). Read with the branch's code;
the old reading counted every capitalised word. Usage: ``scan.py ROOT OUT.txt``."""

from __future__ import annotations

import csv
import os
import re
import runpy
import sys
import tempfile
from pathlib import Path

from generator.resolve.article.firms import _UNREAD_SPEAKER, _after_a_name
from generator.resolve.article.words import _CAPITAL_OPENERS

POOLS = Path(__file__).resolve().parent.parent
os.environ["REGRESS_ROUND"] = "review39"
REGRESS = runpy.run_path(str(POOLS / "actors79" / "regress.py"))
"""actors79's ``regress.py``: its list of CSVs and its 2019 rows in no gold split."""


def texts() -> list[tuple[str, str]]:
    out = []
    with tempfile.TemporaryDirectory(prefix="review39-scan-") as tmp:
        paths = [(name.split("/")[0], POOLS / name) for name in REGRESS["CSVS"]]
        paths.append(("wikinews2019", REGRESS["rows_2019"](Path(tmp))))
        for tag, path in paths:
            for row in csv.DictReader(path.open(encoding="utf-8")):
                out.append((tag, row.get("text") or ""))
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
    Path(sys.argv[2]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "speakers after an opener only")


if __name__ == "__main__":
    main()
