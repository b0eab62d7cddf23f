"""Where each missed gold event whose act was not proposed (losses 2 and 5 of
``quality_extract.LOSSES``) was dropped: for every sentence of its article that names one of
its participants, the event words of the vocabulary in it (``EVENT_VERBS``, ``EVENT_NOUNS``)
with no frame (dropped in ``match_events``), the frames with no proposal (dropped in
``propose_events``: no actor tied) and the proposals (events77, issue 7).

Usage: ``.venv/bin/python benchmarks/pools/events77/lost.py GOLD SPLIT [--count]``; with
``--count`` only the tally: each lost event once, at the latest stage any sentence naming one
of its participants reached (``ORDER``).
"""

import contextlib
import io
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quality_extract as q  # noqa: E402

import generator.extract as extract_stage  # noqa: E402
from generator.annotate import load_model  # noqa: E402
from generator.extract.vocabulary import EVENT_NOUNS, EVENT_VERBS  # noqa: E402
from generator.preload import choose_model  # noqa: E402

LOST = {q.LOSSES[1], q.LOSSES[4]}
ORDER = ("frame-no-proposal", "word-no-frame", "no-event-word")
"""Where an event was dropped, the latest stage first: a frame of a sentence naming one of its
participants that no proposal kept; else an event word there that made no frame; else no event
word at all in any sentence naming one (its act told in words outside the vocabulary)."""


def main() -> None:
    gold, split = Path(sys.argv[1]), sys.argv[2]
    count_only = "--count" in sys.argv
    seen: dict[str, tuple] = {}  # article title -> (context, frames, proposals)
    lost: list[tuple[dict, str, object]] = []
    titles: dict[int, str] = {}
    propose = extract_stage.propose_events
    loss = q._loss

    def recording_propose(context, frames):
        out = propose(context, frames)
        seen[context.article.title[:50]] = (context, frames, out)
        return out

    def recording_loss(g, items, kind, variants, present):
        why = loss(g, items, kind, variants, present)
        if kind == "events" and why in LOST:
            titles[id(g)] = current[0]
            lost.append((g, why, variants))
        return why

    current = [""]
    score = q.score

    def recording_score(gold_items, items, kind, title, *args, **kwargs):
        current[0] = article_titles.get(id(gold_items), title)
        return score(gold_items, items, kind, title, *args, **kwargs)

    article_titles: dict[int, str] = {}
    load = q.yaml.safe_load

    def recording_load(text):
        data = load(text)
        for a in data.get("articles") or []:
            row = q.csv.DictReader(q.corpus_path(a, gold.resolve()).open(encoding="utf-8"))
            rows = list(row) if "row" in a else []
            if rows:
                article_titles[id(a.setdefault("events", []))] = rows[a["row"]]["title"][:50]
        return data

    q.score = recording_score
    q.yaml.safe_load = recording_load
    extract_stage.propose_events = recording_propose
    q._loss = recording_loss
    with contextlib.redirect_stdout(io.StringIO()):
        q.run(gold, split, False, ("events",))
    nlp = load_model(choose_model())
    tally: Counter[str] = Counter()
    for g, why, variants in lost:
        names = sorted({v for p in g.get("participants") or [] for v in variants(p)})
        title_of = titles[id(g)]
        hits = [
            (context, frames, proposals, index, s)
            for context, frames, proposals in [seen[title_of]]
            if title_of in seen
            for index, s in enumerate(context.sentences)
            if any(n and n in s.text.casefold() for n in names)
        ]
        if not count_only:
            print(f"\n## [{why[:12]}] {g['name']} ({g.get('type')}, {g.get('date')})")
        where: set[str] = set()
        for context, frames, proposals, index, s in hits[:6]:
            doc = nlp(context.article.paragraphs[s.paragraph])
            inside = [
                f
                for f in frames
                if f.paragraph == s.paragraph and s.start <= f.trigger.start < s.end
            ]
            props = [p for p in proposals if p.mention.sentence == index]
            words = [
                t
                for t in doc
                if s.start <= t.idx < s.end
                and (
                    (t.pos_ in ("VERB", "AUX") and t.lower_ in EVENT_VERBS)
                    or (t.pos_ in ("NOUN", "PROPN") and t.lower_ in EVENT_NOUNS)
                )
            ]
            unframed = [t for t in words if not any(f.trigger.start == t.idx for f in inside)]
            unproposed = [
                f
                for f in inside
                if not any(
                    p.mention.start <= f.trigger.start < p.mention.end
                    or p.mention.start == f.trigger.start
                    for p in props
                )
            ]
            where |= {"word-no-frame"} if unframed else set()
            where |= {"frame-no-proposal"} if unproposed else set()
            where |= {"no-event-word"} if not words and not inside else set()
            if count_only:
                continue
            print(f"  S: {s.text[:300]}")
            for t in unframed:
                print(
                    f"    word, no frame: {t.text}/{t.pos_}/{t.dep_} "
                    f"({EVENT_VERBS.get(t.lower_) or EVENT_NOUNS.get(t.lower_)})"
                )
            for f in inside:
                print(
                    f"    frame {f.type} '{f.trigger.text}' ag={[r.text for r in f.agents]} "
                    f"pa={[r.text for r in f.patients]} pl={[r.text for r in f.places]}"
                    f"{' (no proposal)' if f in unproposed else ''}"
                )
            for p in props:
                print(f"    proposal {p.type} ag={p.agents} pa={p.patients} {p.date}")
        first = next((w for w in ORDER if w in where), "no sentence naming one")
        tally[first] += 1
    print(f"\n{len(lost)} lost (classes 2, 5): " + ", ".join(f"{k} {v}" for k, v in tally.items()))


if __name__ == "__main__":
    main()
