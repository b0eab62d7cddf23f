"""Score the actors85 pool's halves for one code tree (issue 8): actors80's scorer
(``benchmarks/pools/actors80/pool.py``) reading this pool's ``expected.tsv``.

Usage: ``.venv/bin/python benchmarks/pools/actors85/pool.py ROOT /tmp/actors85/pool/tune.csv
...``; each CSV is one briefing with no curated data.
"""

import os
import runpy
from pathlib import Path

if __name__ == "__main__":
    os.environ["SCORE_POOL"] = str(Path(__file__).resolve().parent)
    runpy.run_path(
        str(Path(__file__).resolve().parents[1] / "actors80" / "pool.py"), run_name="__main__"
    )
