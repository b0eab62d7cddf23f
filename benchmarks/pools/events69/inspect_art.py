# ruff: noqa
"""Print the actors, statements and proposed events of a gold file's articles.
Usage: PY inspect_art.py WORKTREE GOLD [TITLE-PREFIX]"""

import sys
from pathlib import Path
import yaml

sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[1] + "/benchmarks")
import quality_extract as q

q.CORPUS = Path("/work/shared/corpora/wikinews_2019.csv")
gold = Path(sys.argv[2]).resolve()
g = yaml.safe_load(gold.read_text())
chosen = [a for a in g["articles"] if len(sys.argv) < 4 or a["title"].startswith(sys.argv[3])]
res, ids = q.run_pipeline(chosen, gold)
ents = {e.key: e for e in res.entities}
for a, aid in zip(chosen, ids):
    print("##", a["title"][:60])
    actors = sorted(
        {m.entity for m in res.mentions if m.article == aid and m.entity.startswith("actors/")}
    )
    print("  actors:", ", ".join(f"{k[7:]}:{ents[k].type}" for k in actors))
    for s in res.statements:
        if s.article == aid:
            print("  said:", s.speaker, repr(s.quote[:60]))
