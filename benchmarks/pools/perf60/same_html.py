"""Whether two built sites show the same pages: every HTML file compared with the whitespace
between tags removed and other runs of whitespace made one space (it renders as nothing
between block elements, one space in text; the infobox is now one line), every other file
byte for byte.

Usage: python benchmarks/pools/perf60/same_html.py SITE_BEFORE SITE_AFTER
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BETWEEN_TAGS = re.compile(r">\s+<")


def normal(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix != ".html":
        return data
    return BETWEEN_TAGS.sub("><", " ".join(data.decode().split())).encode()


def main() -> None:
    before, after = Path(sys.argv[1]), Path(sys.argv[2])
    files_before = {p.relative_to(before) for p in before.rglob("*") if p.is_file()}
    files_after = {p.relative_to(after) for p in after.rglob("*") if p.is_file()}
    differ = sorted(
        p for p in files_before & files_after if normal(before / p) != normal(after / p)
    )
    only = sorted(files_before ^ files_after)
    html = sum(1 for p in files_before & files_after if p.suffix == ".html")
    print(f"{len(files_before & files_after)} files in both ({html} HTML), {len(only)} in one only")
    for p in only[:10]:
        print("  only in one:", p)
    print(f"{len(differ)} differ after removing whitespace between tags")
    for p in differ[:20]:
        print("  differs:", p)
    sys.exit(1 if differ or only else 0)


if __name__ == "__main__":
    main()
