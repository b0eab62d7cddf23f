"""The dumps of each half (``actors50``'s ``dump.py`` output), before (``main``) and after."""

import json
from pathlib import Path

TMP = Path("/tmp/actors51")
HALVES = {
    "a44t": ("a44tune-main.json", "a44tune-after.json"),
    "a44c": ("a44check-main.json", "a44check-after.json"),
    **{
        f"a{p[6:8]}{'t' if p.endswith('tune') else 'c'}": (f"{p}-before.json", f"{p}-after.json")
        for p in ("actors48-tune", "actors48-check", "actors49-tune", "actors49-check")
    },
}


def load(tag: str, when: int = 0) -> dict:
    """One half's dump: entities (with mentions), decisions, sentences by row."""
    return json.loads((TMP / HALVES[tag][when]).read_text(encoding="utf-8"))
