"""Python-Markdown and the hook per page on one page kind of two docs folders, side by side in
one process: each page as MkDocs handles it (the hook's ``on_page_markdown``, a new ``Markdown``
with the extensions a build loads, MkDocs' contents from its ``toc_tokens``, the hook's
``on_page_content``), both folders through this branch's hook (on pages without headings
written as HTML it does what ``main``'s did); and whether both make the same HTML and contents.

Usage: .venv/bin/python benchmarks/pools/perf76/hook_ab.py OLD_DOCS NEW_DOCS KIND WORK [N]
KIND is a docs folder (``events``, ``actors``, ``articles``); N pages sampled (400). Three
alternating rounds; the best of each is printed (the machine is shared). MkDocs' link
rewriting of the old pages' Markdown links is not run (it needs a site): the old side's cost
is thus an underestimate, and its HTML is compared after the new side's links are turned back.
"""

from __future__ import annotations

import random
import re
import sys
import time
import zlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import markdown
from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import test_mkdocs_hook  # noqa: E402

from generator import mkdocs_hook as hook  # noqa: E402
from generator.render import is_listing  # noqa: E402


def main() -> None:
    old, new, kind, work = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    n = int(sys.argv[5]) if len(sys.argv) > 5 else 400
    config = test_mkdocs_hook.loaded_config(work, "assets/javascripts/workers/search-split.js")
    extensions = list(config.markdown_extensions)
    names = sorted(p.name for p in (new / kind).glob("*.md") if not is_listing(f"{kind}/{p.name}"))
    sample = random.Random(76).sample(names, min(n, len(names)))
    texts = {
        side: [get_data((folder / kind / s).read_text("utf-8"))[0] for s in sample]
        for side, folder in (("old", old), ("new", new))
    }

    def one(text: str) -> tuple[str, Any]:
        page = SimpleNamespace(url="x/", toc=[], present_anchor_ids=set(), markdown=text)
        text = hook.on_page_markdown(text, page, config, None)
        md = markdown.Markdown(extensions=extensions, extension_configs=config.mdx_configs)
        html = md.convert(text)
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        hook.on_page_content(html, page, config, None)
        return zlib.decompress(getattr(page, hook.PACKED)).decode(), page.toc

    def cost(side: str) -> float:
        start = time.process_time()
        for text in texts[side]:
            one(text)
        return (time.process_time() - start) / len(sample) * 1000

    best = {"old": 9e9, "new": 9e9}
    for _ in range(3):
        for side in best:
            best[side] = min(best[side], cost(side))
    differ = 0
    for a, b in zip(texts["old"], texts["new"], strict=True):
        (old_html, old_toc), (new_html, new_toc) = one(a), one(b)
        # the old page's Markdown links as MkDocs would have rewritten them: ".md" addresses
        old_html = re.sub(r'href="\.\./([^"]*?)\.md"', r'href="../../\1/"', old_html)
        if old_html != new_html or str(old_toc) != str(new_toc):
            differ += 1
    print(
        f"{kind}: {len(sample)} pages; ms/page old {best['old']:.3f}, new {best['new']:.3f} "
        f"({best['new'] - best['old']:+.3f}); {differ} of {len(sample)} differ in HTML or contents"
    )


if __name__ == "__main__":
    main()
