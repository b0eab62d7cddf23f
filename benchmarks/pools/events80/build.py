"""Write the events80 pool (``/tmp/events80/articles.csv``) from the search excerpts saved
under ``/tmp/events80/raw/NN.txt``, by agreements58's ``build.py`` with this pool's folder: the
texts stay out of git (copyright stays with each publisher); SOURCE.md says how each was chosen.

Usage: ``python benchmarks/pools/events80/build.py``
"""

import runpy
from pathlib import Path

script = Path(__file__).resolve().parent.parent / "agreements58" / "build.py"
namespace = runpy.run_path(str(script), run_name="events80_build")
namespace["main"].__globals__["POOL"] = Path("/tmp/events80")
namespace["main"]()
