"""The quality report's scoring (benchmarks/quality.py) counts what GOLD.md says it counts."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
quality = importlib.util.module_from_spec(spec)
sys.modules["quality"] = quality  # dataclasses look their module up
spec.loader.exec_module(quality)

GOLD = {
    "title": "T",
    "actors": [
        {"name": "Donald Trump", "type": "person", "variants": ["Trump"], "mentions": 3},
        {"name": "Iran", "type": "state", "variants": ["Tehran"], "mentions": 2},
        {"name": "Oman", "type": "state", "mentions": 1, "incidental": True},
        {"name": "Hassan Rouhani", "type": "person", "variants": ["Rouhani"], "mentions": 2},
    ],
}


def test_right_junk_split_and_missed_pages_are_counted():
    pages = {
        "actors/donald-trump": {"Donald Trump"},
        "actors/trump": {"Trump"},  # a split
        "actors/tehran": {"Tehran"},
        "actors/oman": {"Oman"},  # incidental: neither right nor junk
        "actors/field-marshal": {"Field Marshal"},  # junk
    }
    score = quality.score_article(GOLD, pages)
    assert (score.pages, score.right) == (4, 3)
    assert (score.wanted, score.found, score.splits) == (3, 2, 1)
    assert any("missed Hassan Rouhani" in e for e in score.errors)
    assert any("junk page actors/field-marshal" in e for e in score.errors)
