"""Why each missed gold agreement was lost, one class per miss (agreements58, issue 7).

Usage: .venv/bin/python benchmarks/pools/agreements58/misses.py --gold G [--split test] [-v]

Runs the split as ``benchmarks/quality_extract.py`` does (its ``run_pipeline``, with the
annotations kept) and, for each gold agreement no proposal matched, walks back through the
stages and names the first one that lost it:

- ``party no actor``: no gold party is an actor of the article (resolve; the scorer's first loss);
- ``merged``: a proposal agreeing with it (date and a party) was matched to another gold item;
- ``date/party mismatch``: a proposal names a party but its date disagrees;
- ``frame, not proposed``: an agreement frame sits in a sentence naming a party, but no
  proposal came of it (its parties not resolved, or dropped after resolve);
- ``filtered at match``: a sentence naming a party has a word of the vocabulary (an agreement
  noun or verb) but no frame (negation, mere talk, a hypothetical, a parse the rules refuse);
- ``word the vocabulary lacks``: a sentence naming a party has a word of agreeing outside the
  vocabulary (``WIDER``: "understanding", "alliance", "sale" …);
- ``no agreement word``: no sentence naming a party has any.

The classes are a first walk, not the last word: ``-v`` prints each miss's sentences so the
class can be read and corrected by hand (the write-up gives the counts as read).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import quality_extract as q  # noqa: E402

from generator.extract.vocabulary import AGREE, AGREEMENT_NOUNS  # noqa: E402

WIDER = re.compile(
    r"\b(understanding|alliance|coalition|partnership|compromise|bargain|framework|charter|"
    r"declaration|consensus|pledge[sd]?|commit(?:ted|ment)?|promis\w+|sale|sold|sell\w*|"
    r"bought|buy\w*|lease[sd]?|settle\w*|plan|roadmap|road map|package|union|alliance|"
    r"cooperat\w+|accept\w*|approv\w+|unity government|power[- ]sharing|peace|exchange\w*)\b",
    re.IGNORECASE,
)
"""Words of agreeing beyond the vocabulary's nouns and verbs."""
KNOWN = (frozenset(AGREEMENT_NOUNS) - {"area", "zone", "intent", "venture"}) | frozenset(AGREE)
"""The vocabulary's own words of an agreement: its nouns (not the last words of longer terms,
"free trade area", "letter of intent", which alone are common words) and "agree"; its other
verbs ("join", "announce", "win") say nothing alone."""


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", text)}


def classify(gold_path: Path, split: str, verbose: bool) -> Counter[str]:
    """The class of every missed gold agreement of one split of a gold file."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if split == "all" or a.get("split") == split]
    kept: dict[str, object] = {}
    extract = q.extract

    def spy(resolved, annotations, articles, *args, **kwargs):  # keeps the annotations
        kept["annotations"] = {a.article: a for a in annotations}
        return extract(resolved, annotations, articles, *args, **kwargs)

    q.extract = spy
    try:
        resolved, ids = q.run_pipeline(chosen, gold_path)
    finally:
        q.extract = extract
    annotations = kept["annotations"]
    entities = {e.key: e for e in resolved.entities}
    sources, linked = q.article_links(resolved, entities)

    def names(key: str) -> frozenset[str]:
        e = entities[key]
        return frozenset(q.fold(n) for n in (e.name, *e.aliases))

    counts: Counter[str] = Counter()
    for article, article_id in zip(chosen, ids, strict=True):
        wanted = article.get("agreements") or []
        if not wanted:
            continue
        known = {q.fold(a["name"]): a for a in article.get("actors") or []}

        def variants(name: str, known=known) -> frozenset[str]:
            actor = known.get(q.fold(name), {"name": name})
            return frozenset(q.fold(v) for v in {actor["name"], *(actor.get("variants") or [])})

        items = [
            q.Item(
                f"{key} ({entities[key].date})",
                frozenset().union(*(names(f"actors/{p}") for p in entities[key].parties)),
                date=entities[key].date,
            )
            for key in sorted(sources[article_id])
            if key.startswith("agreements/") and not entities[key].curated
        ]
        candidates = [
            [i for i, g in enumerate(wanted) if q.agrees(item, g, "agreements", variants)]
            for item in items
        ]
        owner = q.pairs(candidates)
        present = frozenset().union(*(names(k) for k in linked[article_id]))
        annotation = annotations[article_id]
        for index, g in enumerate(wanted):
            if index in owner:
                continue
            named = frozenset().union(*(variants(p) for p in g.get("parties") or []))
            sentences = [
                s
                for s in annotation.sentences
                if any(re.search(rf"\b{re.escape(n)}\b", q.fold(s.text)) for n in named)
            ]
            frames = [
                f
                for f in annotation.frames.agreements
                for s in sentences
                if f.paragraph == s.paragraph and s.start <= f.noun.start < s.end
            ]
            if not named & present:
                why = "party no actor"
            elif any(q.agrees(item, g, "agreements", variants) for item in items):
                why = "merged"
            elif any(item.names & named for item in items):
                why = "date/party mismatch"
            elif frames:
                why = "frame, not proposed"
            elif any(_words(s.text) & KNOWN for s in sentences):
                why = "filtered at match"
            elif any(WIDER.search(s.text) for s in sentences):
                why = "word the vocabulary lacks"
            else:
                why = "no agreement word"
            counts[why] += 1
            print(f"{article['title'][:60]}: {g['name']} ({g.get('date')}) -> {why}")
            if verbose:
                for s in sentences:
                    print(f"    | {s.text}")
                for f in dict.fromkeys(frames):
                    print(
                        f"    frame {f.type} {f.noun.text!r} verb={f.verb!r} "
                        f"status={f.status} parties={[p.text for p in f.parties]}"
                    )
                for item in items:
                    print(f"    proposal {item.label}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=q.DEFAULT_GOLD)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    counts = classify(args.gold.resolve(), args.split, args.verbose)
    print("classes:", ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
