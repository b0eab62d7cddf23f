"""The blind42 test gold reads as the quality reports read it, and its texts are the raw files'.

No model, no pipeline: texts go through the importer only and none is printed (the block is
blind; only the lead scores it). The checks are blind38's (benchmarks/pools/blind38/check_load.py).
"""

from __future__ import annotations

import csv
import runpy

import yaml
from conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "blind42.yml"
POOL = ROOT / "benchmarks" / "pools"
CHECK = runpy.run_path(str(POOL / "blind38" / "check_load.py"), run_name="blind42_check")
BUILD = runpy.run_path(str(POOL / "blind42" / "build.py"), run_name="blind42_build")


def test_blind42_gold_loads_and_every_text_quote_and_actor_is_found():
    wrong, counts = CHECK["problems"](GOLD)
    assert wrong == []
    assert counts["articles"] == 12
    assert counts["statements"] >= 60 and counts["events"] >= 100 and counts["agreements"] >= 10


def test_the_csv_holds_the_raw_files_in_order_and_every_entry_is_blind_test():
    with (ROOT / "tests" / "gold" / "blind42-articles.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    raw = BUILD["block_articles"]()
    assert [(r["url"], r["date"], r["title"], r["text"]) for r in rows] == [
        (a["url"], a["date"], a["title"], a["text"]) for a in raw
    ]
    entries = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"]
    assert [e["row"] for e in entries] == list(range(12))
    assert {(e["split"], e["corpus"]) for e in entries} == {("test", "blind42-articles.csv")}


def test_an_event_participant_who_is_no_gold_actor_is_reported(tmp_path):
    """A typo in a participant would never match a page: the check must name it."""
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    gold["articles"] = gold["articles"][:1]
    event = gold["articles"][0]["events"][0]
    event["participants"].append("Gordon Browne")
    (tmp_path / "blind42-articles.csv").write_bytes(
        (ROOT / "tests" / "gold" / "blind42-articles.csv").read_bytes()
    )
    (tmp_path / "gold.yml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    wrong, _ = CHECK["problems"](tmp_path / "gold.yml")
    assert wrong == [f"row 0: events {event['name']!r}: Gordon Browne is no gold actor"]


def test_page_names_meet_across_url_spellings():
    """build.py compares urls by page name, so //wiki and %27 spellings of one page collide."""
    page = BUILD["page"]
    assert page("https://en.wikinews.org//wiki/Kenya%27s_leader") == page(
        "https://en.wikinews.org/wiki/Kenya's_leader"
    )
