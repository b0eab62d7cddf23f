# ruff: noqa
"""Cost of actors73's new steps over the 1,000 benchmark articles' text (bench_build's corpus),
no annotation: ``acronym_definitions`` (where ``_home_in_brackets`` runs, once per bracketed
word that spells no name) with every capitalised run of words as the known names, with and
without the new test; the premises check of ``decide`` (a set lookup) on every run read as a
person's; ``_honoured_bodies`` on every one-word run as if each followed an honorific. Best of
three, CPU. Usage: timing.py (the content is made in /tmp/actors73/bench1000)."""

import re, sys, time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as bb
import generator.resolve as R
import generator.resolve.merge as M
from generator.load import load_content
from generator.resolve.decide import Verdict, decide

folder = Path("/tmp/actors73/bench1000")
content = folder / "content"
if not content.exists():
    bb.make_content(1000, folder, bb.DEFAULT_CORPUS, bb.DEFAULT_SEEDS)
loaded = load_content(content)
texts = [p for a in loaded.articles for p in a.paragraphs]
runs = sorted(set(re.findall(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*", "\n".join(texts))))
print(f"{len(loaded.articles)} articles, {len(texts)} paragraphs, {len(runs)} capitalised runs")


def best(f):
    out = []
    for _ in range(3):
        t = time.process_time()
        f()
        out.append(time.process_time() - t)
    return min(out)


home = M._home_in_brackets
print(
    f"acronym_definitions with _home_in_brackets: {best(lambda: M.acronym_definitions(texts, runs)):.3f} s"
)
M._home_in_brackets = lambda word: False
print(f"acronym_definitions without it: {best(lambda: M.acronym_definitions(texts, runs)):.3f} s")
M._home_in_brackets = home
person = Counter({"PERSON": 1})
print(
    f"decide on every run as a person's: {best(lambda: [decide(n, person, None, frozenset()) for n in runs]):.3f} s"
)
ones = [n for n in runs if " " not in n]
verdicts = {n: Verdict(n, "organisation") for n in ones}
labels = {n: Counter({"PERSON": 1, "ORG": 1}) for n in ones}
print(
    f"_honoured_bodies on {len(ones)} one-word runs: {best(lambda: R._honoured_bodies(verdicts, labels, set(ones))):.3f} s"
)
from generator.resolve.vocab import PREMISES_NOUNS

print(
    f"the premises check alone on every run: {best(lambda: [' ' in n and n.rsplit(' ', 1)[1].lower() in PREMISES_NOUNS for n in runs]):.4f} s"
)
