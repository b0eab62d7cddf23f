# ruff: noqa
"""Cost of actors83's new steps over the 1,000 benchmark articles (bench_build's corpus): the
three functions timed on every article's NER spans as ``collect`` passes them (CPU time of the
process: the machine is shared), and ``given_alias`` over one resolve's candidates; with PAGES
every actor page (name, type, aliases) to diff two trees. Usage: timing.py [ROOT] [PAGES]."""

import sys, time
from collections import defaultdict
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as bb
import generator.resolve as R
import generator.resolve.article as A
from generator.annotate import annotate
from generator.load import load_content
from generator.resolve.names import clean_name

folder = Path("/tmp/actors83/bench1000")
content = folder / "content"
if not content.exists():
    bb.make_content(1000, folder, bb.DEFAULT_CORPUS, bb.DEFAULT_SEEDS)
loaded = load_content(content)
ann = annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
texts = {a.id: a.paragraphs for a in loaded.articles}
if hasattr(A, "_sited_names"):
    spent = defaultdict(float)
    hits = defaultdict(int)
    for note in ann:
        paragraphs = texts[note.article]
        spans = [(s.paragraph, span) for s in note.sentences for span in s.spans]
        people = defaultdict(list)
        for p, span in spans:
            if span.label == "PERSON" and len(clean_name(span.text).split()) >= 2:
                people[p].append((span.start, span.end, clean_name(span.text)))
        t = time.process_time()
        found = A._sited_names(paragraphs, spans, set())
        spent["_sited_names"] += time.process_time() - t
        hits["_sited_names"] += len(found)
        t = time.process_time()
        found = A._aliases(paragraphs, spans, people)
        spent["_aliases"] += time.process_time() - t
        hits["_aliases"] += len(found)
    for name, s in spent.items():
        print(f"{name}: {len(ann)} articles, {s * 1000:.1f} ms, {hits[name]} names")
    calls = [0, 0.0]
    f = R.given_alias

    def timed(*a):
        t = time.process_time()
        try:
            return f(*a)
        finally:
            calls[0] += 1
            calls[1] += time.process_time() - t

    R.given_alias = timed
t = time.process_time()
resolved = R.resolve(loaded, ann)
print(f"resolve {time.process_time() - t:.2f} s, {len(loaded.articles)} articles")
if hasattr(A, "_sited_names"):
    print(f"given_alias: {calls[0]} calls, {calls[1] * 1000:.1f} ms")
if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for e in sorted(resolved.entities, key=lambda e: e.key):
            if e.kind == "actors":
                out.write(f"{e.name}\t{e.type}\t{', '.join(sorted(e.aliases))}\n")
