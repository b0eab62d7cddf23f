"""Make tests/gold/blind53-articles.csv, the texts of the blind53 test block, and prove them new.

Usage: .venv/bin/python benchmarks/pools/blind53/build.py
Runs blind42's ``build.py`` (raw files rNN-<name>.txt to url,date,title,text rows; stops if a url
page name, title or file name of the block is in another tests/gold CSV, the 2019 corpus, the main
gold YAML, agreements-extra.yml, benchmarks/pools/ outside this folder, or the first 40 lines of
blind38.yml and blind41.yml to blind52.yml) for this block. TEST material: never tune on it; the
script prints dates and word counts, never text.
"""

import os
import runpy
from pathlib import Path

os.environ["BLIND_BLOCK"] = "blind53"
os.environ["BLIND_OTHERS"] = ",".join(
    f"blind{n}.yml" for n in (38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52)
)
runpy.run_path(
    str(Path(__file__).resolve().parents[1] / "blind42" / "build.py"), run_name="__main__"
)
