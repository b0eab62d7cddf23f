"""scancost.py CONTENT: the CPU of the scans' tests (``resolve.scans._passing``) over every
paragraph of a content folder's articles, what a cold build (or a change of code) pays once,
and of the seven rules given every text against given their scan's paragraphs is measured in a
build (``series.py fns``)."""

import sys
import time
from pathlib import Path

from generator.load import load_content
from generator.resolve.scans import _TESTS, _passing

content = load_content(Path(sys.argv[1]))
articles = content.articles
texts = [t for a in articles for t in a.paragraphs]
print(f"{len(articles)} articles, {len(texts)} paragraphs, {sum(map(len, texts))} characters")
for _ in range(3):
    start = time.process_time()
    found = [_passing(a.paragraphs) for a in articles]
    print(f"all tests: {time.process_time() - start:.3f} s CPU")
for k, test in enumerate(_TESTS):
    start = time.process_time()
    for text in texts:
        test(text)
    passed = sum(len(f[k]) for f in found)
    print(f"test {k}: {time.process_time() - start:.3f} s, {passed} paragraphs pass")
