"""List every agreement frame that yields no proposal, with the reason, over one CSV.

Usage: .venv/bin/python benchmarks/pools/agreements45/frames.py FILE.csv > frames.tsv

Instrumentation only (no product code): wraps ``propose_agreements`` and, for each frame
whose noun no proposal's mention starts at, prints the reason: ``no-phrase`` (the parse gave
no party phrase), ``not-actor`` (phrases, none an actor), ``one-party`` (one actor found),
``guard`` (two or more actors, dropped by a guard), with the frame's phrases and sentence.
FILE.csv is ``url,date,title,text`` (``../agreements44/unjudged.py`` writes one).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import quality_extract  # noqa: E402

import generator.extract as extract_stage  # noqa: E402

ORIGINAL = extract_stage.propose_agreements
ROWS: list[str] = []


def _reason(context, frame) -> tuple[str, list[str]]:
    actors = context.actors_in(frame.paragraph, frame.parties)
    own = context.actors_in(frame.paragraph, [frame.noun])
    adjectives = context.adjective_actors(frame.parties)
    found = list(dict.fromkeys([*actors, *own, *adjectives]))
    if not frame.parties and not found:
        return "no-phrase", []
    if not found:
        return "not-actor", []
    if len(found) == 1:
        return "one-party", [str(a) for a in found]
    return "guard", [str(a) for a in found]


def wrapped(context, frames):
    out = ORIGINAL(context, frames)
    starts = {(p.mention.paragraph, p.mention.start) for p in out}
    for frame in frames:
        mention = context.mention(frame.paragraph, frame.noun)
        if mention is None:
            continue
        if (frame.paragraph, mention.start) in starts:
            continue
        reason, found = _reason(context, frame)
        sentence = (
            context.sentences[mention.sentence].text
            if mention.sentence < len(context.sentences)
            else ""
        )
        phrases = " | ".join(r.text for r in frame.parties)
        ROWS.append(
            "\t".join(
                [
                    reason,
                    context.article.title[:40],
                    frame.type,
                    frame.noun.text,
                    frame.verb,
                    phrases,
                    ",".join(found),
                    " ".join(sentence.split())[:300],
                ]
            )
        )
    return out


def main(path: Path) -> None:
    extract_stage.propose_agreements = wrapped
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    chosen = [
        {"corpus": path.name, "row": i, "split": "dev", "title": r["title"], "date": r["date"]}
        for i, r in enumerate(rows)
    ]
    quality_extract.run_pipeline(chosen, path.parent / "gold.yml")
    print("\n".join(ROWS))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
