"""List every missed gold event of a pool's gold file, and every proposal, with its sentence.

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/events51/misses.py
GOLD.yml SPLIT TAG`` (``SPLIT`` empty for every article of a pool file, ``dev`` for the dev
split). Writes ``/tmp/events51/TAG-miss.jsonl`` and ``TAG-prop.jsonl``: the scorer's own
matching (``quality_extract.pairs``), so a "missed" line here is a gold event no proposal was
paired with; the sentences shown for it are the article's best guesses (its date words, its
participants' names and the event name's words), to be read by hand, not trusted.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import quality_extract as q  # noqa: E402

OUT = Path("/tmp/events51")


def main() -> None:
    gold_path, split, tag = Path(sys.argv[1]), sys.argv[2] or None, sys.argv[3]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if split is None or a.get("split") == split]
    resolved, ids = q.run_pipeline(chosen, gold_path)
    entities = {e.key: e for e in resolved.entities}

    def names(key: str) -> frozenset[str]:
        e = entities[key]
        return frozenset(q.fold(n) for n in (e.name, *e.aliases))

    sources: dict[str, dict[str, int]] = defaultdict(dict)
    actor_names: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("events/"):
            sources[m.article].setdefault(m.entity, m.sentence)
        if m.entity.startswith("actors/"):
            actor_names[m.article] |= names(m.entity)
    missed, proposed = [], []
    for article, aid in zip(chosen, ids, strict=True):
        known = {q.fold(a["name"]): a for a in article.get("actors") or []}

        def variants(name: str, known=known) -> frozenset[str]:
            actor = known.get(q.fold(name), {"name": name})
            return frozenset(q.fold(v) for v in {actor["name"], *(actor.get("variants") or [])})

        texts = [s.text for s in resolved.sentences[aid]]
        keys = sorted(k for k in sources[aid] if not entities[k].curated)
        items = [
            q.Item(
                k,
                frozenset().union(*(names(f"actors/{p}") for p in entities[k].parties)),
                date=entities[k].date,
            )
            for k in keys
        ]
        events = article.get("events") or []
        candidates = [
            sorted(
                (i for i, g in enumerate(events) if q.agrees(item, g, "events", variants)),
                key=lambda i, item=item: not (item.date and events[i].get("date")),
            )
            for item in items
        ]
        owner = q.pairs(candidates)
        owned = {keys[j] for j in owner.values()}

        def where(g: dict, texts=texts, variants=variants) -> list[str]:
            said = (g.get("date_text") or "").lower()
            cues = [w[:5].lower() for w in g["name"].split() if len(w) > 4 and w[0].islower()]
            scored = []
            for index, text in enumerate(texts):
                score = 2 if said and said in text.lower() else 0
                score += sum(
                    any(v in q.fold(text) for v in variants(p)) for p in g.get("participants") or []
                )
                score += sum(c in text.lower() for c in cues)
                scored.append((-score, index))
            return [f"[{i}] {texts[i][:220]}" for s, i in sorted(scored)[:2] if s < 0]

        for index, g in enumerate(events):
            if index in owner:
                continue
            people = g.get("participants") or []
            share = [k for k, it in zip(keys, items, strict=True)
                     if any(it.names & variants(p) for p in people)]  # fmt: skip
            missed.append(
                {
                    "file": str(gold_path),
                    "row": article["row"],
                    "title": article["title"][:50],
                    "name": g["name"],
                    "type": g.get("type"),
                    "date": g.get("date"),
                    "date_text": g.get("date_text"),
                    "parts": people,
                    "known_parts": [p for p in people if variants(p) & actor_names[aid]],
                    "share": [
                        f"{k}|{entities[k].date}|{entities[k].parties}|owned={k in owned}"
                        f"|s{sources[aid][k]}"
                        for k in share
                    ],
                    "where": where(g),
                }
            )
        for k in keys:
            e = entities[k]
            proposed.append(
                {
                    "file": str(gold_path),
                    "row": article["row"],
                    "key": k,
                    "date": e.date,
                    "parties": list(e.parties),
                    "sent": sources[aid][k],
                    "text": texts[sources[aid][k]][:200],
                    "owned": k in owned,
                }
            )
    OUT.mkdir(exist_ok=True)
    lines = {"miss": missed, "prop": proposed}
    for suffix, rows in lines.items():
        text = "".join(json.dumps(r) + "\n" for r in rows)
        (OUT / f"{tag}-{suffix}.jsonl").write_text(text, encoding="utf-8")
    right = sum(p["owned"] for p in proposed)
    print(tag, "missed", len(missed), "proposed", len(proposed), "right", right)


if __name__ == "__main__":
    main()
