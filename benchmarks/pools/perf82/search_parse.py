"""The split search's reading of each page by the MkDocs hook, old against new, on a built docs
folder: every page's HTML as the hook holds it (one MkDocs build with a dumping hook), then for
each hook file given the CPU of indexing every page (``add_entry_from_context`` as the hook
wraps it, then ``trim_entries``) and a check that the entries, and each page's sections read
whole and up to the cut, are the same.

Usage: .venv/bin/python benchmarks/pools/perf82/search_parse.py DOCS WORK OLD_HOOK NEW_HOOK
(``WORK/pages.pkl`` is made once; delete it to dump again).
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import shutil
import sys
import time
from pathlib import Path
from types import ModuleType, SimpleNamespace

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks" / "pools" / "perf57"))
sys.path.insert(0, str(ROOT))

import engine_split  # noqa: E402

from generator.publish import HOOK, run_mkdocs  # noqa: E402

DUMP_HOOK = """
import os, pickle, zlib
from mkdocs.plugins import event_priority
PAGES = []

@event_priority(-200)  # after the project's hook has packed the page's HTML
def on_page_content(html, page, config, files):
    packed = getattr(page, "briefing_packed_html")
    PAGES.append((page.url, dict(page.meta), page.title, zlib.decompress(packed).decode()))

def on_post_build(config):
    with open(os.environ["PERF82_DUMP"], "wb") as out:
        pickle.dump(PAGES, out)
"""


def dump(docs: Path, work: Path) -> list:
    pages = work / "pages.pkl"
    if not pages.exists():
        config = engine_split.config_for(docs, work, False, True)
        hook = work / "dump_hook.py"
        hook.write_text(DUMP_HOOK, encoding="utf-8")
        text = config.read_text(encoding="utf-8").replace(f"- {HOOK}", f"- {HOOK}\n- {hook}")
        config.write_text(text, encoding="utf-8")
        shutil.rmtree(work / "site", ignore_errors=True)
        os.environ["PERF82_DUMP"] = str(pages)
        result = run_mkdocs(config, "946684800", "build")
        if result.returncode:
            sys.exit(result.stderr)
    with pages.open("rb") as data:
        return pickle.load(data)


def load(path: str, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def index(hook: ModuleType, pages: list) -> tuple[float, list[dict]]:
    from material.plugins.search.plugin import SearchIndex

    best, entries = float("inf"), []
    for _ in range(3):
        search = SearchIndex(lang=["en"], separator="", pipeline=[], fields={})
        hook.index_first_section_only(search)
        start = time.process_time()
        for url, meta, title, html in pages:
            page = SimpleNamespace(url=url, meta=meta, title=title, content=html, toc=[])
            search.add_entry_from_context(page)
            hook.trim_entries(search.entries, url)
        best, entries = min(best, time.process_time() - start), search.entries
    return best, entries


def sections(parser) -> list[tuple]:
    parser.close()
    return [(repr(s.el), s.el.attrs, s.depth, s.id, s.title, s.text) for s in parser.data]


def main() -> None:
    docs, work, old_path, new_path = Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:5]
    work.mkdir(parents=True, exist_ok=True)
    pages = dump(docs, work)
    old, new = load(old_path, "old_hook"), load(new_path, "new_hook")
    results = [index(hook, pages) for hook in (old, new)]
    for name, (seconds, entries) in zip(("old", "new"), results, strict=True):
        print(f"{name}: {seconds:.3f}s CPU to index {len(pages)} pages, {len(entries)} entries")
    print("entries the same:", results[0][1] == results[1][1])
    enough = old.KEEP_TEXT + old.ENOUGH_MARGIN
    differ = 0
    for url, _, _, html in pages:
        html = old.without_excluded_blocks(html)
        whole = [sections(hook.parse_first_section(html)[0]) for hook in (old, new)]
        first = [sections(hook.parse_first_section(html, enough)[0])[:1] for hook in (old, new)]
        if whole[0] != whole[1] or first[0] != first[1]:
            differ += 1
            print("differs:", url)
    print(f"pages whose sections differ: {differ} of {len(pages)}")


if __name__ == "__main__":
    main()
