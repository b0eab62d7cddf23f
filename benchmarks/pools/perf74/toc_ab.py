"""Python-Markdown's CPU per page of one kind with the ``toc`` extension as configured and with
the hook's lean one, side by side in one process; checks the HTML and ``toc_tokens`` agree.

Usage: .venv/bin/python benchmarks/pools/perf74/toc_ab.py DOCS KIND [N]
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

from generator import mkdocs_hook as hook  # noqa: E402
from generator.render import is_listing  # noqa: E402

OTHERS = ["attr_list", "tables", "admonition", "md_in_html"]
CONFIGS = {"toc": {"permalink": True}}


def convert(texts: list[str], lean: bool) -> tuple[float, list[tuple[str, object]]]:
    out = []
    start = time.process_time()
    for text in texts:
        if lean:
            exts = [*OTHERS, hook.lean_toc(CONFIGS["toc"])]
            md = markdown.Markdown(extensions=exts)
        else:
            md = markdown.Markdown(extensions=[*OTHERS, "toc"], extension_configs=CONFIGS)
        out.append((md.convert(text), md.toc_tokens))
    return (time.process_time() - start) / len(texts) * 1000, out


def main() -> None:
    docs, kind = Path(sys.argv[1]), sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 600
    names = sorted(p.name for p in (docs / kind).glob("*.md") if not is_listing(f"{kind}/{p.name}"))
    sample = random.Random(74).sample(names, min(n, len(names)))
    texts = [
        hook.joined_runs(*hook.stash_blocks(get_data((docs / kind / s).read_text("utf-8"))[0]))[0]
        for s in sample
    ]
    best = {False: 9e9, True: 9e9}
    outs = {}
    for _ in range(3):
        for lean in (False, True):
            ms, outs[lean] = convert(texts, lean)
            best[lean] = min(best[lean], ms)
    differ = sum(a != b for a, b in zip(outs[False], outs[True], strict=True))
    print(
        f"{kind}: {len(sample)} pages; ms/page toc {best[False]:.3f}, lean {best[True]:.3f}; "
        f"{differ} differ"
    )


if __name__ == "__main__":
    main()
