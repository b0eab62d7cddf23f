"""blind44 to blind53, the seventh to sixteenth blind blocks: their gold loads as the reports load
it, their texts are new.

Nothing here runs the model or prints a text (only the lead scores the blocks). The gold checks
are blind38's ``check_load.py``; the raw-file reading and the "is it new" assertions are blind42's
``build.py``, run for each block through the environment (as ``benchmarks/pools/<block>/build.py``
runs it). One parameter set per block: its name, the earlier headers it may read, and the
smallest counts it must keep (blind45 is a short block with few quotations; two of blind46's texts
quote nobody: see their entries; blind47 has eleven short texts, three quoting nobody; blind48
is a short block of 2008 texts, one quoting nobody; blind49's fourteen Voice of America reports
quote little, eight nobody; blind50's fourteen VOA reports were chosen for quotations and
agreements, three quoting nobody; blind51's twelve VOA reports from Africa, Asia and the Pacific
quote a different speaker in each text, two quoting nobody; blind52's twelve odd-year VOA reports
were chosen for agreements and named speakers, one quoting nobody; blind53's twelve VOA reports of
even years 2006-2016 from Eastern Europe, Latin America and Asia were chosen for events of many
kinds, five quoting nobody).
"""

from __future__ import annotations

import csv
import runpy
from dataclasses import dataclass

import pytest
import yaml
from conftest import ROOT

GOLD_DIR = ROOT / "tests" / "gold"
SCRIPTS = ROOT / "benchmarks" / "pools"


@dataclass(frozen=True)
class Block:
    name: str
    earlier: tuple[str, ...]
    min_articles: int
    statements_per_article: float
    events_per_article: int
    # File names an earlier header lists, as a sanity check that the headers are read.
    earlier_listed: frozenset[str]


BLOCKS = [
    Block(
        "blind44",
        ("blind38.yml", "blind41.yml", "blind42.yml", "blind43.yml"),
        6,
        3,
        8,
        frozenset({"envoy", "iranian", "karzai", "kibaki"}),
    ),
    Block(
        "blind45",
        ("blind38.yml", "blind41.yml", "blind42.yml", "blind43.yml", "blind44.yml"),
        5,
        1,
        6,
        frozenset({"envoy", "iranian", "karzai", "kibaki", "libya", "gaza"}),
    ),
    Block(
        "blind46",
        (
            "blind38.yml",
            "blind41.yml",
            "blind42.yml",
            "blind43.yml",
            "blind44.yml",
            "blind45.yml",
        ),
        11,
        1.5,
        6,
        frozenset({"envoy", "iranian", "karzai", "kibaki", "libya", "gaza", "sudanpeace"}),
    ),
    Block(
        "blind47",
        tuple(f"blind{n}.yml" for n in (38, 41, 42, 43, 44, 45, 46)),
        11,
        1,
        5,
        frozenset({"envoy", "karzai", "kibaki", "gaza", "sudanpeace", "nepalpeace"}),
    ),
    Block(
        "blind48",
        tuple(f"blind{n}.yml" for n in (38, 41, 42, 43, 44, 45, 46, 47)),
        3,
        1,
        5,
        frozenset({"envoy", "karzai", "kibaki", "gaza", "nepalpeace", "peruvote"}),
    ),
    Block(
        "blind49",
        tuple(f"blind{n}.yml" for n in (38, 41, 42, 43, 44, 45, 46, 47, 48)),
        14,
        0.5,
        5,
        frozenset({"envoy", "karzai", "kibaki", "gaza", "nepalpeace", "peruvote"}),
    ),
    Block(
        "blind50",
        tuple(f"blind{n}.yml" for n in (38, 41, 42, 43, 44, 45, 46, 47, 48, 49)),
        14,
        1.5,
        5,
        frozenset({"envoy", "karzai", "kibaki", "nepalpeace", "peruvote", "albasummit"}),
    ),
    Block(
        "blind51",
        tuple(f"blind{n}.yml" for n in (38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50)),
        12,
        1.5,
        5,
        frozenset({"envoy", "karzai", "kibaki", "nepalpeace", "peruvote", "albasummit"}),
    ),
    Block(
        "blind52",
        tuple(f"blind{n}.yml" for n in (38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51)),
        12,
        2,
        5,
        frozenset({"envoy", "karzai", "kibaki", "nepalpeace", "peruvote", "albasummit"}),
    ),
    Block(
        "blind53",
        tuple(f"blind{n}.yml" for n in (38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52)),
        12,
        1.25,
        5,
        frozenset({"envoy", "karzai", "kibaki", "nepalpeace", "peruvote", "albasummit"}),
    ),
]


@pytest.fixture(params=BLOCKS, ids=[b.name for b in BLOCKS])
def block(request) -> Block:
    return request.param


@pytest.fixture
def build(monkeypatch, block) -> dict:
    """blind42's build.py as a namespace, pointed at the block and its earlier headers."""
    monkeypatch.setenv("BLIND_BLOCK", block.name)
    monkeypatch.setenv("BLIND_OTHERS", ",".join(block.earlier))
    return runpy.run_path(str(SCRIPTS / "blind42" / "build.py"), run_name=f"{block.name}_build")


@pytest.fixture
def gold(block) -> list[dict]:
    data = yaml.safe_load((GOLD_DIR / f"{block.name}.yml").read_text(encoding="utf-8"))
    return list(data["articles"])


def test_every_text_quote_actor_and_participant_is_found(block, gold):
    checks = runpy.run_path(str(SCRIPTS / "blind38" / "check_load.py"), run_name="b44_check")
    wrong, counts = checks["problems"](GOLD_DIR / f"{block.name}.yml")
    assert wrong == []
    n = counts["articles"]
    assert n == len(gold) >= block.min_articles
    assert counts["statements"] >= block.statements_per_article * n
    assert counts["events"] >= block.events_per_article * n
    assert counts["agreements"] >= 1


def test_csv_rows_are_the_raw_files_and_entries_are_blind_test_rows(block, build, gold):
    with (GOLD_DIR / f"{block.name}-articles.csv").open(encoding="utf-8") as handle:
        table = [tuple(row.values()) for row in csv.DictReader(handle)]
    fields = ("url", "date", "title", "text")
    assert table == [tuple(a[f] for f in fields) for a in build["block_articles"]()]
    assert [(e["row"], e["url"]) for e in gold] == [(i, row[0]) for i, row in enumerate(table)]
    assert {(e["split"], e["corpus"]) for e in gold} == {("test", f"{block.name}-articles.csv")}


def test_no_article_is_in_other_gold_pools_or_earlier_blocks(block, build):
    headers = build["blind_headers"]()
    assert build["OTHER_BLIND_HEADERS"] == block.earlier
    listed = build["listed_names"](headers)
    assert block.earlier_listed <= listed
    rows, text = build["used_rows"](), build["used_text"](headers)
    for article in build["block_articles"]():
        keys = {build["page"](article["url"]), article["title"].casefold()}
        assert not keys & rows, article["name"]
        assert not any(key in text for key in keys), article["name"]
        assert article["name"] not in listed


def test_forty_header_lines_name_exactly_this_blocks_files(block, build):
    """A later block reads 40 lines of this header: every file name, and no stray words."""
    path = GOLD_DIR / f"{block.name}.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert build["listed_names"]("".join(lines[:40])) == {
        a["name"] for a in build["block_articles"]()
    }


def test_import_and_load_find_each_article_by_date_and_title(tmp_path, block, gold):
    from generator.importer import write_articles
    from generator.load import load_content

    checks = runpy.run_path(str(SCRIPTS / "blind38" / "check_load.py"), run_name="b44_load")
    texts = checks["_module"]("quality_extract").read_articles(
        gold, GOLD_DIR / f"{block.name}.yml", tmp_path
    )
    content = tmp_path / "content"
    write_articles(texts, content)
    (content / "briefing.yml").write_text("title: Quality\n", encoding="utf-8")
    seen = {(a.date, a.title) for a in load_content(content).articles}
    assert all((t.date, t.title) in seen for t in texts) and len(texts) == len(gold)
