"""CPU per page of Python-Markdown alone, as MkDocs calls it (a new ``Markdown`` per page, the
build's extensions), on a sample of one page kind of a docs folder, with extensions left out.

Usage: .venv/bin/python benchmarks/pools/perf60/convert_cost.py DOCS [KIND] [N] [-- EXT...]
Front matter is dropped (MkDocs reads it apart); the generator's graph blocks are stashed as
``generator/mkdocs_hook.py`` does. Each variant runs three times over the same sample; the best
is printed (the machine is shared).
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

from generator.mkdocs_hook import stash_blocks  # noqa: E402
from generator.render import is_listing  # noqa: E402

EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html", "toc"]
"""The build's extensions (``mkdocs.yml``); ``main`` had ``def_list`` too."""
CONFIGS = {"toc": {"permalink": True}}


def cost(texts: list[str], extensions: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            markdown.Markdown(extensions=extensions, extension_configs=CONFIGS).convert(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1000


def main() -> None:
    docs = Path(sys.argv[1])
    kind = sys.argv[2] if len(sys.argv) > 2 else "events"
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 600
    pages = sorted(p for p in (docs / kind).glob("*.md") if not is_listing(f"{kind}/{p.name}"))
    sample = random.Random(60).sample(pages, min(n, len(pages)))
    texts = [stash_blocks(get_data(p.read_text(encoding="utf-8"))[0])[0] for p in sample]
    print(f"{docs}/{kind}: {len(texts)} pages")
    print(f"  all extensions: {cost(texts, EXTENSIONS):.3f} ms/page")
    for left_out in EXTENSIONS:
        rest = [e for e in EXTENSIONS if e != left_out]
        print(f"  without {left_out}: {cost(texts, rest):.3f} ms/page")
    plain = cost(["# Page\n\nA plain paragraph of text.\n"], EXTENSIONS)
    print(f"  one-line page: {plain:.3f} ms")


if __name__ == "__main__":
    main()
