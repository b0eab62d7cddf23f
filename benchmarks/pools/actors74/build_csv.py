"""Build the actors74 pool's CSVs from Free Software Magazine's two events reviews (issue 8).

Usage: ``python benchmarks/pools/actors74/build_csv.py SRC OUT``: SRC holds ``march2006.md``
and ``may2006.md``, the articles' bodies copied verbatim (see SOURCE.md); each ``# heading``
section is one short news item, so one row. Links keep their text, the pull quotes, images
and the book-competition box are left out. Writes ``OUT/tune.csv`` (March) and
``OUT/check.csv`` (May).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HALVES = {
    "tune": (
        "march2006.md",
        "2006-04-10",
        "m",
        ["documents", "gnome", "fedora", "kernel", "ps3", "wxwidgets", "desktopbsd"],
    ),
    "check": (
        "may2006.md",
        "2006-06-13",
        "y",
        ["cups", "suse", "xorg", "redhat", "patent", "pcbsd", "trixbox", "ubuntu"],
    ),
}
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for half, (name, date, prefix, slugs) in HALVES.items():
        text = (src / name).read_text(encoding="utf-8")
        sections = [s for s in re.split(r"^# ", text, flags=re.M) if s.strip()]
        assert len(sections) == len(slugs), (name, len(sections))
        with (out / f"{half}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["url", "date", "title", "text"])
            for i, (sec, slug) in enumerate(zip(sections, slugs, strict=True), 1):
                title, _, body = sec.partition("\n")
                body = LINK.sub(r"\1", body).strip()
                url = f"https://freesoftwaremagazine.com/pool/actors74/{prefix}{i}-{slug}"
                w.writerow([url, date, title.strip(), body])


if __name__ == "__main__":
    main()
