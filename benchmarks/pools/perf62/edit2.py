"""edit2.py DIR: as edit.py, but a sentence never written before (a clock reading in it), so
that no cache of either side holds the edited text's parse."""

import sys
import time
from pathlib import Path

files = sorted((Path(sys.argv[1]) / "content" / "articles").glob("*.md"))
path = files[len(files) // 2]
text = path.read_text(encoding="utf-8").rstrip("\n")
path.write_text(text + f" The figure was revised {time.time_ns()} times.\n", encoding="utf-8")
