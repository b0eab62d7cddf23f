"""The blind41 test gold loads as the quality reports read it, and every article text is found.

No model and no pipeline: the texts are read through the importer only, and nothing of them is
printed (the block is blind; only the lead scores it).
"""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

spec = importlib.util.spec_from_file_location(
    "blind41_check", ROOT / "benchmarks" / "pools" / "blind41" / "check_load.py"
)
check = importlib.util.module_from_spec(spec)
sys.modules["blind41_check"] = check
spec.loader.exec_module(check)


def test_blind41_gold_loads_and_every_article_text_is_found():
    wrong, counts = check.problems(ROOT / "tests" / "gold" / "blind41.yml")
    assert wrong == []
    assert counts["articles"] == 12
    assert counts["statements"] >= 60 and counts["events"] >= 60 and counts["agreements"] >= 1


def test_a_variant_that_is_not_in_its_article_text_is_reported(tmp_path):
    """GOLD.md: variants are surface forms that occur verbatim; a typo in one would never match."""
    import shutil

    import yaml

    gold = yaml.safe_load((ROOT / "tests" / "gold" / "blind41.yml").read_text(encoding="utf-8"))
    gold["articles"] = gold["articles"][:1]
    actor = gold["articles"][0]["actors"][0]
    actor["variants"].append("Nobody Of This Name")
    shutil.copy(ROOT / "tests" / "gold" / "blind41-articles.csv", tmp_path)
    (tmp_path / "gold.yml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    wrong, _ = check.problems(tmp_path / "gold.yml")
    assert wrong == [f"row 0: variant 'Nobody Of This Name' of {actor['name']} not in text"]
