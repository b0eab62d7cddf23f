"""Score ``pool.py``'s output against ``expected.tsv`` (actors86, issue 8): actors82's
``score.py`` with this pool's gold and article ids.

Usage: ``.venv/bin/python benchmarks/pools/actors86/score.py OUT.txt HALF``; OUT is actors82's
``pool.py`` run on ``/tmp/actors86/pool/{tune,check}.csv`` (rebuild them from SOURCE.md).
"""

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = {  # how the article ids in pool.py's output start
    "mog": "2009-02-24-battle-of-south",
    "jowhar": "2021-04-25-heavy-fighting",
    "seaw": "2019-08-19-admiral-gorshkov",
    "tass": "2019-01-14-frigate-admiral",
    "np": "2019-10-04-france-knife",
    "grey": "2017-07-28-german-knife",
    "hindu": "2021-01-15-mr-dakar",
    "alj": "2017-10-11-mixed-feelings",
    "mex": "2012-04-05-mexico-extradites",
    "sw": "2021-09-16-casualties-of",
    "mtv": "2021-09-16-heavy-fighting",
    "rmx": "2021-05-28-germany-hamburg",
    "breit": "2020-01-06-french-police",
    "pepper": "2021-01-15-stephane-peterhansel",
    "tnews": "2021-01-16-france-s-mr",
    "four": "2020-07-01-live-aid",
    "wag": "2019-01-01-uk-muslim",
}
main = runpy.run_path(str(HERE.parent / "actors82" / "score.py"))["main"]
main.__globals__.update(HERE=HERE, ARTICLES=ARTICLES)
main()
