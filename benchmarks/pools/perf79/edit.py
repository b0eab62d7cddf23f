"""edit.py DIR: the one-article edit of ``rb.py`` (``bench_build.edit_one``) in DIR/content."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import bench_build

bench_build.edit_one(Path(sys.argv[1]) / "content")
