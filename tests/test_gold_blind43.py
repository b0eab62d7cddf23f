"""The blind43 test gold reads as the quality reports read it, and its texts are the raw files'.

No model, no pipeline: texts go through the importer only and none is printed (the block is
blind; only the lead scores it). The checks are blind38's (benchmarks/pools/blind38/check_load.py);
the raw files are read by blind42's build.py run for this block (BLIND_BLOCK=blind43).
"""

from __future__ import annotations

import csv
import runpy

import yaml
from conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "blind43.yml"
POOL = ROOT / "benchmarks" / "pools"
CHECK = runpy.run_path(str(POOL / "blind38" / "check_load.py"), run_name="blind43_check")


def _build(monkeypatch) -> dict:
    monkeypatch.setenv("BLIND_BLOCK", "blind43")
    monkeypatch.setenv("BLIND_OTHERS", "blind38.yml,blind41.yml,blind42.yml")
    return runpy.run_path(str(POOL / "blind42" / "build.py"), run_name="blind43_build")


def test_blind43_gold_loads_and_every_text_quote_and_actor_is_found():
    wrong, counts = CHECK["problems"](GOLD)
    assert wrong == []
    assert counts["articles"] == 12
    assert counts["statements"] >= 80 and counts["events"] >= 170 and counts["agreements"] >= 4


def test_the_csv_holds_the_raw_files_in_order_and_every_entry_is_blind_test(monkeypatch):
    with (ROOT / "tests" / "gold" / "blind43-articles.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    raw = _build(monkeypatch)["block_articles"]()
    assert [(r["url"], r["date"], r["title"], r["text"]) for r in rows] == [
        (a["url"], a["date"], a["title"], a["text"]) for a in raw
    ]
    entries = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"]
    assert [e["row"] for e in entries] == list(range(12))
    assert [e["url"] for e in entries] == [r["url"] for r in rows]
    assert {(e["split"], e["corpus"]) for e in entries} == {("test", "blind43-articles.csv")}


def test_the_block_is_checked_against_blind42_too(monkeypatch):
    """blind43's build reads blind42's header as well, and finds all twelve of its names."""
    build = _build(monkeypatch)
    assert build["OTHER_BLIND_HEADERS"][-1] == "blind42.yml"
    listed = build["listed_names"](build["blind_headers"]())
    assert {"karzai", "nato", "kibaki", "opposition"} <= listed


def test_a_folder_note_does_not_end_a_list_of_names(monkeypatch):
    """A folder note in a list ("nato (amalgum_extra), kibaki") does not end it early."""
    listed = _build(monkeypatch)["listed_names"](
        "names, in row order: a, nato (amalgum_extra), kibaki)"
    )
    assert {"nato", "kibaki"} <= listed


def test_the_reports_find_every_article_again_after_the_import(tmp_path):
    """run_pipeline maps articles back by (date, title) after write_articles and load_content."""
    from generator.importer import write_articles
    from generator.load import load_content

    qx = CHECK["_module"]("quality_extract")
    chosen = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"]
    raw = qx.read_articles(chosen, GOLD, tmp_path)
    write_articles(raw, tmp_path / "content")
    (tmp_path / "content" / "briefing.yml").write_text("title: Quality\n", encoding="utf-8")
    loaded = {(a.date, a.title) for a in load_content(tmp_path / "content").articles}
    assert [(r.date, r.title) in loaded for r in raw] == [True] * 12
