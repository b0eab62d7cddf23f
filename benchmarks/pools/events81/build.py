"""Write the pool's articles (``/tmp/events81/articles.csv``) from the search excerpts saved
under ``/tmp/events81/raw/NN.txt`` (url, date, title, a blank line, the text): agreements58's
builder run on this pool's folder, the texts out of git (copyright stays with each publisher).

Usage: python benchmarks/pools/events81/build.py
"""

import runpy
from pathlib import Path

script = Path(__file__).resolve().parent.parent / "agreements58" / "build.py"
namespace = runpy.run_path(str(script), run_name="events81_build")
namespace["main"].__globals__["POOL"] = Path("/tmp/events81")
namespace["main"]()
