"""Gold actors with a page when their pool half is one briefing, and none in one big briefing.

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/actors61/grow.py TAG``.
Reads actors60's recall gold and CSVs (``/tmp/actors60/``, its ``build.py``) for the pools
actors43, actors48, actors49 and actors44 (only actors44's rows whose title no other pool has:
the rest are the same texts). (a) each pool half as its own briefing; (b) all of them as one
briefing. Writes ``/tmp/actors61/TAG-grow.jsonl``: each actor found in (a) and missed in (b)
with resolve's decisions in (b) on names sharing a word with it; prints recall of both.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("m60", HERE.parent / "actors60" / "misses.py")
m60 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m60)
m58 = m60.m58
q, _fold = m58.q, m58._fold
OUT = Path("/tmp/actors61")


def found(chosen, wanted, resolved, ids):
    ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
    pages: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.entity in ents:
            e = ents[m.entity]
            pages[m.article] |= {_fold(n) for n in (e.name, *e.aliases)}
    out = {}
    for art, aid, want in zip(chosen, ids, wanted, strict=True):
        for actor in want:
            forms = {_fold(v) for v in {actor["name"], *(actor.get("variants") or [])}}
            out[(art["corpus"], art["row"], actor["name"])] = (bool(forms & pages[aid]), aid, forms)
    return out


def main() -> None:
    tag = sys.argv[1]
    OUT.mkdir(exist_ok=True)
    alone: dict = {}
    big_chosen, big_wanted, titles = [], [], set()
    pools = sys.argv[2:] or ["actors43", "actors48", "actors49", "actors44"]
    for pool in pools:
        for half in ("tune", "check"):
            chosen, gpath, wanted = getattr(m58, pool)(half)
            keep = [i for i, a in enumerate(chosen) if a["title"].strip() not in titles]
            titles |= {a["title"].strip() for a in chosen}
            if pool == "actors44":
                chosen = [chosen[i] for i in keep]
                wanted = [wanted[i] for i in keep]
            resolved, ids = q.run_pipeline(chosen, gpath)
            got = found(chosen, wanted, resolved, ids)
            alone.update(got)
            n = sum(ok for ok, _, _ in got.values())
            print(tag, pool, half, "alone", f"{n}/{len(got)}", flush=True)
            big_chosen += chosen
            big_wanted += wanted
    resolved, ids = q.run_pipeline(big_chosen, Path("/tmp/actors60/dummy.yml"))
    big = found(big_chosen, big_wanted, resolved, ids)
    pages = sorted(
        f"{e.name}\t{sum(m.entity == e.key for m in resolved.mentions)}"
        for e in resolved.entities
        if e.kind == "actors"
    )
    (OUT / f"{tag}-pages.txt").write_text("\n".join(pages) + "\n", encoding="utf-8")
    n = sum(ok for ok, _, _ in big.values())
    print(tag, "big", f"{n}/{len(big)}", "alone", sum(ok for ok, _, _ in alone.values()))
    rows = []
    for key, (ok, aid, forms) in big.items():
        if alone[key][0] == ok:
            continue
        words = {w for f in forms for w in re.findall(r"[\w-]{3,}", f)}
        decisions = sorted(
            {
                f"{d.action}|{d.name}|{d.reason}|{d.key}"
                for d in resolved.decisions
                if any(a == aid for a, _ in d.where)
                and words & set(re.findall(r"[\w-]{3,}", _fold(d.name)))
            }
        )
        rows.append(
            {
                "corpus": key[0],
                "row": key[1],
                "actor": key[2],
                "alone": alone[key][0],
                "big": ok,
                "decisions": decisions,
            }
        )
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (OUT / f"{tag}-grow.jsonl").write_text(text, encoding="utf-8")
    print("lost", sum(not r["big"] for r in rows), "gained", sum(r["big"] for r in rows))


if __name__ == "__main__":
    main()
