"""Python-Markdown's CPU per page on one page kind of two docs folders, side by side in one
process: the old pages through ``stash_blocks`` alone (``main``'s hook), the new through
``joined_runs(stash_blocks(…))`` (this branch's), as MkDocs calls it (a new ``Markdown`` per
page, the build's extensions); and the floor's one-line page.

Usage: .venv/bin/python benchmarks/pools/perf72/convert_ab.py OLD_DOCS NEW_DOCS KIND [N]
KIND is a docs folder (``events``, ``actors``, ``articles``); N pages sampled (600). Three
alternating rounds; the best of each is printed (the machine is shared).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from generator.mkdocs_hook import joined_runs, stash_blocks  # noqa: E402
from generator.render import is_listing  # noqa: E402

EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html", "toc"]
CONFIGS = {"toc": {"permalink": True}}


def cost(texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS).convert(text)
    return (time.process_time() - start) / len(texts) * 1000


def main() -> None:
    old, new, kind = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 600
    names = sorted(p.name for p in (new / kind).glob("*.md") if not is_listing(f"{kind}/{p.name}"))
    sample = random.Random(72).sample(names, min(n, len(names)))
    olds = [stash_blocks(get_data((old / kind / s).read_text("utf-8"))[0]) for s in sample]
    news = [
        joined_runs(*stash_blocks(get_data((new / kind / s).read_text("utf-8"))[0])) for s in sample
    ]
    floor = ["# Page\n\nA plain paragraph of text.\n"] * len(sample)
    best = {"old": 9e9, "new": 9e9, "floor": 9e9}
    for _ in range(3):
        best["old"] = min(best["old"], cost([t for t, _ in olds]))
        best["new"] = min(best["new"], cost([t for t, _ in news]))
        best["floor"] = min(best["floor"], cost(floor))
    blocks = (
        sum(len(b) for _, b in olds) / len(sample),
        sum(len(b) for _, b in news) / len(sample),
    )
    print(
        f"{kind}: {len(sample)} pages; ms/page old {best['old']:.3f}, new {best['new']:.3f}, "
        f"floor {best['floor']:.3f}; above the floor {best['old'] - best['floor']:.3f} -> "
        f"{best['new'] - best['floor']:.3f}; marks/page {blocks[0]:.1f} -> {blocks[1]:.1f}"
    )


if __name__ == "__main__":
    main()
