"""Match the judged pools' proposals to the verdicts committed in those pools.

Usage: python3 benchmarks/pools/agreements42/match.py main|branch

Reads agreements33/34/37/38's ``propose.py`` output in /tmp/agreements42/TAG/ (``runall.sh``)
and the committed ``judged-*.yml`` of agreements33, 37 and 38, matched by article and key (or
name, when a party change renamed the key); prints every proposal not judged right, and those
never judged, with its evidence, so that each can be read by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

POOLS = Path(__file__).resolve().parents[1]
RUNS = Path("/tmp/agreements42")


def load(path: Path) -> list[dict]:
    """A proposals file: a list, or a mapping with ``proposals``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["proposals"] if isinstance(data, dict) and "proposals" in data else data


def verdicts() -> dict[tuple[str, str], tuple]:
    """Every committed verdict, by (article, key) and (article, name)."""
    old: dict[tuple[str, str], tuple] = {}
    for path in sorted(POOLS.glob("agreements3[378]/judged-*.yml")):
        for p in load(path) or []:
            if p.get("verdict"):
                seen = (p["verdict"], p.get("class"), p.get("note"), path.parent.name)
                for k in ((p["article"], p["key"]), (p["article"], p["name"])):
                    old.setdefault(k, seen)
    return old


def main(tag: str) -> None:
    """Print the proposals of every judged pool half not judged right, then a count."""
    old = verdicts()
    for pool in ("a33", "a34", "a37", "a38"):
        for half in ("tune", "check"):
            path = RUNS / tag / f"{pool}-{half}.yml"
            if not path.exists():
                continue
            props = load(path)
            wrong = unjudged = 0
            for p in props:
                v = old.get((p["article"], p["key"])) or old.get((p["article"], p["name"]))
                verdict = v[0] if v else "NEW"
                if verdict != "right":
                    cls, note = (v[1], (v[2] or "")[:150]) if v else ("", "")
                    print(f"{pool} {half} [{verdict}] {p['article']} | {p['name']} | ", end="")
                    print(f"{p['parties']} | class={cls} | {note}")
                    for e in p["evidence"]:
                        print("      |", e[:220])
                wrong += verdict == "wrong"
                unjudged += verdict == "NEW"
            print(
                f"## {pool} {half}: {len(props)} proposals, {wrong} wrong by old verdict, ", end=""
            )
            print(f"{unjudged} unjudged")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "main")
