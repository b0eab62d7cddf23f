"""The blind38 test gold loads as the quality reports read it, and every article text is found.

No model and no pipeline: the texts are read through the importer only, and nothing of them is
printed (the block is blind; only the lead scores it).
"""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

spec = importlib.util.spec_from_file_location(
    "blind38_check", ROOT / "benchmarks" / "pools" / "blind38" / "check_load.py"
)
check = importlib.util.module_from_spec(spec)
sys.modules["blind38_check"] = check
spec.loader.exec_module(check)


def test_blind38_gold_loads_and_every_article_text_is_found():
    wrong, counts = check.problems(ROOT / "tests" / "gold" / "blind38.yml")
    assert wrong == []
    assert counts["articles"] == 10
    assert counts["statements"] >= 60 and counts["events"] >= 60 and counts["agreements"] >= 1
