"""The blind44 test gold reads as the quality reports read it, and its texts are the raw files'.

No model, no pipeline: texts go through the importer only and none is printed (the block is
blind; only the lead scores it). The checks are blind38's (benchmarks/pools/blind38/check_load.py);
the raw files are read by blind42's build.py run for this block (BLIND_BLOCK=blind44).
"""

from __future__ import annotations

import csv
import runpy

import yaml
from conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "blind44.yml"
POOL = ROOT / "benchmarks" / "pools"
CHECK = runpy.run_path(str(POOL / "blind38" / "check_load.py"), run_name="blind44_check")


def _build(monkeypatch) -> dict:
    monkeypatch.setenv("BLIND_BLOCK", "blind44")
    monkeypatch.setenv("BLIND_OTHERS", "blind38.yml,blind41.yml,blind42.yml,blind43.yml")
    return runpy.run_path(str(POOL / "blind42" / "build.py"), run_name="blind44_build")


def _entries() -> list[dict]:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"]


def test_blind44_gold_loads_and_every_text_quote_and_actor_is_found():
    wrong, counts = CHECK["problems"](GOLD)
    assert wrong == []
    assert counts["articles"] == len(_entries()) >= 1
    assert counts["statements"] >= 3 * counts["articles"]
    assert counts["events"] >= 8 * counts["articles"] and counts["agreements"] >= 1


def test_the_csv_holds_the_raw_files_in_order_and_every_entry_is_blind_test(monkeypatch):
    with (ROOT / "tests" / "gold" / "blind44-articles.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    raw = _build(monkeypatch)["block_articles"]()
    assert [(r["url"], r["date"], r["title"], r["text"]) for r in rows] == [
        (a["url"], a["date"], a["title"], a["text"]) for a in raw
    ]
    entries = _entries()
    assert [e["row"] for e in entries] == list(range(len(rows)))
    assert [e["url"] for e in entries] == [r["url"] for r in rows]
    assert {(e["split"], e["corpus"]) for e in entries} == {("test", "blind44-articles.csv")}


def test_the_block_is_checked_against_blind43_too(monkeypatch):
    """blind44's build reads blind43's header as well, and finds its names."""
    build = _build(monkeypatch)
    assert build["OTHER_BLIND_HEADERS"][-1] == "blind43.yml"
    listed = build["listed_names"](build["blind_headers"]())
    assert {"envoy", "coup", "iranian", "karzai"} <= listed


def test_the_block_shares_no_article_with_other_gold_or_pools(monkeypatch):
    """build.py's own assertions: no url, title or AMALGUM name of the block is used elsewhere."""
    build = _build(monkeypatch)
    headers = build["blind_headers"]()
    rows, text, listed = (
        build["used_rows"](),
        build["used_text"](headers),
        build["listed_names"](headers),
    )
    for article in build["block_articles"]():
        keys = {build["page"](article["url"]), article["title"].casefold()}
        assert not keys & rows and not {k for k in keys if k in text}
        assert article["name"] not in listed


def test_the_reports_find_every_article_again_after_the_import(tmp_path):
    """run_pipeline maps articles back by (date, title) after write_articles and load_content."""
    from generator.importer import write_articles
    from generator.load import load_content

    qx = CHECK["_module"]("quality_extract")
    chosen = _entries()
    raw = qx.read_articles(chosen, GOLD, tmp_path)
    write_articles(raw, tmp_path / "content")
    (tmp_path / "content" / "briefing.yml").write_text("title: Quality\n", encoding="utf-8")
    loaded = {(a.date, a.title) for a in load_content(tmp_path / "content").articles}
    assert [(r.date, r.title) in loaded for r in raw] == [True] * len(chosen)


def test_a_later_block_finds_this_blocks_names_in_its_first_40_lines(monkeypatch):
    """Later blocks read only 40 header lines; they must find every AMALGUM name, and no junk."""
    build = _build(monkeypatch)
    with GOLD.open(encoding="utf-8") as handle:
        head = "".join(line for _, line in zip(range(40), handle, strict=False))
    names = {a["name"] for a in build["block_articles"]()}
    assert build["listed_names"](head) == names
