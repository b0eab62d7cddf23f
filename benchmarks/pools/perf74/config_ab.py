"""Python-Markdown's CPU per page of one kind with the extensions a build loads: the
configuration as MkDocs reads it with the hook's ``on_config`` run (the lean ``toc``, one
instance shared by every page, as MkDocs shares it) against the same list with ``toc`` by
name, alternating in one process (best of four).

Usage: .venv/bin/python benchmarks/pools/perf74/config_ab.py DOCS KIND WORK
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import test_mkdocs_hook  # noqa: E402

from generator import mkdocs_hook as hook  # noqa: E402
from generator.render import is_listing  # noqa: E402


def main() -> None:
    docs, kind, work = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    config = test_mkdocs_hook.loaded_config(work, "assets/javascripts/workers/search-split.js")
    lean = list(config.markdown_extensions)
    stock = [e if isinstance(e, str) else "toc" for e in lean]
    names = sorted(p.name for p in (docs / kind).glob("*.md") if not is_listing(f"{kind}/{p.name}"))
    sample = random.Random(3).sample(names, min(400, len(names)))
    texts = [
        hook.joined_runs(*hook.stash_blocks(get_data((docs / kind / s).read_text("utf-8"))[0]))[0]
        for s in sample
    ]

    def cost(extensions: list) -> float:
        start = time.process_time()
        for text in texts:
            markdown.Markdown(extensions=extensions, extension_configs=config.mdx_configs).convert(
                text
            )
        return (time.process_time() - start) / len(texts) * 1000

    best = {"stock": 9e9, "lean": 9e9}
    for _ in range(4):
        best["stock"] = min(best["stock"], cost(stock))
        best["lean"] = min(best["lean"], cost(lean))
    stock_ms, lean_ms = best["stock"], best["lean"]
    print(f"{kind}: {len(texts)} pages; ms/page stock toc {stock_ms:.3f}, lean {lean_ms:.3f}")


if __name__ == "__main__":
    main()
