"""Every gold actor named twice or more with no page, per pool half and in one big briefing
(actors63's script, writing to /tmp/actors67; actors66, copied by actors67, issue 8).

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/actors63/misses.py TAG``.
Reads actors60's recall gold and CSVs (``/tmp/actors60/``, its ``build.py``) for actors43,
actors48, actors49 and actors44 (in the big briefing only actors44's rows no other pool has, as
actors61's ``grow.py``). Writes ``/tmp/actors63/TAG-miss.jsonl`` (each miss, where ``where`` is
``POOL-HALF`` or ``big``, with its sentences and resolve's decisions on names sharing a word
with it) and ``/tmp/actors63/TAG-pages.tsv`` (every actor page: where, name, mentions; and every
one-word name rejected as a fragment: where, FRAGMENT, name, article).
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
OUT = Path("/tmp/actors67")


def score(where, chosen, wanted, resolved, ids, misses, pages_out):
    ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
    count: dict[str, int] = defaultdict(int)
    pages: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.entity in ents:
            e = ents[m.entity]
            count[e.key] += 1
            pages[m.article] |= {_fold(n) for n in (e.name, *e.aliases)}
    pages_out += [f"{where}\t{ents[k].name}\t{n}" for k, n in sorted(count.items())]
    pages_out += sorted(
        {
            f"{where}\tFRAGMENT\t{d.name}\t{a}"
            for d in resolved.decisions
            if d.reason.startswith("a fragment") and " " not in d.name
            for a, _ in d.where
        }
    )
    got = 0
    total = 0
    for art, aid, want in zip(chosen, ids, wanted, strict=True):
        texts = [s.text for s in resolved.sentences[aid]]
        for actor in want:
            total += 1
            forms = {_fold(v) for v in {actor["name"], *(actor.get("variants") or [])}}
            if forms & pages[aid]:
                got += 1
                continue
            words = {w for f in forms for w in re.findall(r"[\w-]{3,}", f)}
            shown = [
                f"[{i}] {t[:240]}" for i, t in enumerate(texts) if any(f in _fold(t) for f in forms)
            ]
            decisions = sorted(
                {
                    f"{d.action}|{d.name}|{d.reason}|{d.key}"
                    for d in resolved.decisions
                    if any(a == aid for a, _ in d.where)
                    and words & set(re.findall(r"[\w-]{3,}", _fold(d.name)))
                }
            )
            misses.append(
                {
                    "where": where,
                    "corpus": art["corpus"],
                    "row": art["row"],
                    "title": art["title"][:60],
                    "actor": actor["name"],
                    "type": actor.get("type"),
                    "sentences": shown[:4],
                    "decisions": decisions,
                }
            )
    print(where, f"recall {got}/{total}", flush=True)


def main() -> None:
    tag = sys.argv[1]
    OUT.mkdir(exist_ok=True)
    misses: list[dict] = []
    pages: list[str] = []
    big_chosen, big_wanted, titles = [], [], set()
    for pool in ("actors43", "actors48", "actors49", "actors44"):
        for half in ("tune", "check"):
            chosen, gpath, wanted = getattr(m58, pool)(half)
            resolved, ids = q.run_pipeline(chosen, gpath)
            score(f"{pool}-{half}", chosen, wanted, resolved, ids, misses, pages)
            keep = [i for i, a in enumerate(chosen) if a["title"].strip() not in titles]
            titles |= {a["title"].strip() for a in chosen}
            big_chosen += [chosen[i] for i in keep]
            big_wanted += [wanted[i] for i in keep]
    resolved, ids = q.run_pipeline(big_chosen, Path("/tmp/actors60/dummy.yml"))
    score("big", big_chosen, big_wanted, resolved, ids, misses, pages)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in misses)
    (OUT / f"{tag}-miss.jsonl").write_text(text, encoding="utf-8")
    (OUT / f"{tag}-pages.tsv").write_text("\n".join(pages) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
