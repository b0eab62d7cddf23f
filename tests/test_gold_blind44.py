"""blind44, the seventh blind block: its gold loads as the reports load it, its texts are new.

Nothing here runs the model or prints a text (only the lead scores the block). The gold checks are
blind38's ``check_load.py``; the raw-file reading and the "is it new" assertions are blind42's
``build.py``, run for this block through the environment (as ``benchmarks/pools/blind44/build.py``
runs it).
"""

from __future__ import annotations

import csv
import runpy

import pytest
import yaml
from conftest import ROOT

GOLD_DIR = ROOT / "tests" / "gold"
SCRIPTS = ROOT / "benchmarks" / "pools"
EARLIER = "blind38.yml,blind41.yml,blind42.yml,blind43.yml"


@pytest.fixture
def build(monkeypatch) -> dict:
    """blind42's build.py as a namespace, pointed at this block and the four earlier headers."""
    monkeypatch.setenv("BLIND_BLOCK", "blind44")
    monkeypatch.setenv("BLIND_OTHERS", EARLIER)
    return runpy.run_path(str(SCRIPTS / "blind42" / "build.py"), run_name="blind44_build")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    data = yaml.safe_load((GOLD_DIR / "blind44.yml").read_text(encoding="utf-8"))
    return list(data["articles"])


def test_every_text_quote_actor_and_participant_is_found(gold):
    checks = runpy.run_path(str(SCRIPTS / "blind38" / "check_load.py"), run_name="b44_check")
    wrong, counts = checks["problems"](GOLD_DIR / "blind44.yml")
    assert wrong == []
    n = counts["articles"]
    assert n == len(gold) >= 6
    assert counts["statements"] >= 3 * n and counts["events"] >= 8 * n
    assert counts["agreements"] >= 1


def test_csv_rows_are_the_raw_files_and_entries_are_blind_test_rows(build, gold):
    with (GOLD_DIR / "blind44-articles.csv").open(encoding="utf-8") as handle:
        table = [tuple(row.values()) for row in csv.DictReader(handle)]
    fields = ("url", "date", "title", "text")
    assert table == [tuple(a[f] for f in fields) for a in build["block_articles"]()]
    assert [(e["row"], e["url"]) for e in gold] == [(i, row[0]) for i, row in enumerate(table)]
    assert {(e["split"], e["corpus"]) for e in gold} == {("test", "blind44-articles.csv")}


def test_no_article_is_in_other_gold_pools_or_earlier_blocks(build):
    headers = build["blind_headers"]()
    assert build["OTHER_BLIND_HEADERS"][-1] == "blind43.yml"
    listed = build["listed_names"](headers)
    assert {"envoy", "iranian", "karzai", "kibaki"} <= listed
    rows, text = build["used_rows"](), build["used_text"](headers)
    for article in build["block_articles"]():
        keys = {build["page"](article["url"]), article["title"].casefold()}
        assert not keys & rows, article["name"]
        assert not any(key in text for key in keys), article["name"]
        assert article["name"] not in listed


def test_forty_header_lines_name_exactly_this_blocks_files(build):
    """A later block reads 40 lines of this header: all seven names, and no stray words."""
    lines = (GOLD_DIR / "blind44.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    assert build["listed_names"]("".join(lines[:40])) == {
        a["name"] for a in build["block_articles"]()
    }


def test_import_and_load_find_each_article_by_date_and_title(tmp_path, gold):
    from generator.importer import write_articles
    from generator.load import load_content

    checks = runpy.run_path(str(SCRIPTS / "blind38" / "check_load.py"), run_name="b44_load")
    texts = checks["_module"]("quality_extract").read_articles(
        gold, GOLD_DIR / "blind44.yml", tmp_path
    )
    content = tmp_path / "content"
    write_articles(texts, content)
    (content / "briefing.yml").write_text("title: Quality\n", encoding="utf-8")
    seen = {(a.date, a.title) for a in load_content(content).articles}
    assert all((t.date, t.title) in seen for t in texts) and len(texts) == len(gold)
