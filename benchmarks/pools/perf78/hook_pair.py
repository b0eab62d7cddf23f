"""Each side's hook on its own pages, in one process: ``main``'s hook on ``main``'s pages
against this branch's hook on the branch's pages (perf76's ``hook_ab.py`` runs one hook on
both folders).

Usage: .venv/bin/python benchmarks/pools/perf78/hook_pair.py OLD_HOOK OLD_DOCS NEW_DOCS KIND [N]
OLD_HOOK is ``main``'s ``generator/mkdocs_hook.py`` (a ``git archive`` copy); the new one is
this worktree's. For N pages of KIND (a docs folder: ``events``, ``actors``, ``articles``;
400 sampled, the same names on both sides), CPU of ``on_page_markdown``, Python-Markdown with
the build's extensions (the hook's lean ``toc``), MkDocs' contents from its tokens and
``on_page_content``; five alternating rounds, the best of each; then whether the two sides
made the same HTML and contents for every page.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import time
import zlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import markdown  # type: ignore[import-untyped]
from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parents[3]
EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html"]
CONFIGS = {"toc": {"permalink": True}}


def load(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def one_side(hook: Any, texts: dict[str, str]) -> tuple[float, dict[str, tuple[str, str]]]:
    config = SimpleNamespace(extra={}, mdx_configs=CONFIGS, plugins={})
    out = {}
    start = time.process_time()
    for name, text in texts.items():
        page = SimpleNamespace(toc=[], present_anchor_ids=None, markdown=text, file=None)
        body = hook.on_page_markdown(text, page, config, None)
        md = markdown.Markdown(
            extensions=[*EXTENSIONS, hook.lean_toc(CONFIGS["toc"])], extension_configs=CONFIGS
        )
        html = md.convert(body)
        page.toc = get_toc(md.toc_tokens)
        hook.on_page_content(html, page, config, None)
        out[name] = (zlib.decompress(getattr(page, hook.PACKED)).decode(), str(page.toc))
    return time.process_time() - start, out


def main() -> None:
    old_hook = load(Path(sys.argv[1]), "old_hook")
    new_hook = load(ROOT / "generator" / "mkdocs_hook.py", "new_hook")
    old, new, kind = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    n = int(sys.argv[5]) if len(sys.argv) > 5 else 400
    names = sorted(p.name for p in (old / kind).glob("*.md") if p.name != "index.md")
    names = [name for name in names if not name.startswith("page-") and name != "undated.md"]
    names = random.Random(78).sample(names, min(n, len(names)))

    def texts(folder: Path) -> dict[str, str]:
        return {
            name: get_data((folder / kind / name).read_text(encoding="utf-8"))[0] for name in names
        }

    sides = {"main": (old_hook, texts(old)), "branch": (new_hook, texts(new))}
    best = {side: float("inf") for side in sides}
    made = {}
    for round_ in range(5):
        for side in sorted(sides, reverse=bool(round_ % 2)):
            seconds, made[side] = one_side(*sides[side])
            best[side] = min(best[side], seconds)
    for side, seconds in best.items():
        per_page = seconds / len(names) * 1000
        print(f"{kind}, {len(names)} pages, {side}: {seconds:.3f} s ({per_page:.3f} ms a page)")
    differ = [name for name in names if made["main"][name] != made["branch"][name]]
    print(f"{len(differ)} of {len(names)} differ in HTML or contents: {differ[:3]}")


if __name__ == "__main__":
    main()
