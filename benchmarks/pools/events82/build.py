"""Write the pool's articles (``/tmp/events82/articles.csv``) from the search excerpts saved
under ``/tmp/events82/raw/NN.txt`` (url, date, title, a blank line, the text), with
agreements58's writer: the texts stay out of git (copyright stays with each publisher).

Usage: python benchmarks/pools/events82/build.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_WRITER = Path(__file__).resolve().parent.parent / "agreements58" / "build.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("agreements58_build", _WRITER)
    assert spec and spec.loader
    writer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(writer)
    writer.POOL = Path("/tmp/events82")
    writer.main()


if __name__ == "__main__":
    main()
