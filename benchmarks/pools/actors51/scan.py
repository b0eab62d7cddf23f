"""A clue's shape over every sentence of the halves named: `scan.py REGEX a44t,a48t`."""

import re
import sys

from common import load

pattern = re.compile(sys.argv[1])
for tag in sys.argv[2].split(","):
    data = load(tag)
    held = {n for e in data["entities"] for n in [e["name"], *e["aliases"]]}
    for row, sentences in data["sentences"].items():
        for sentence in sentences:
            for m in pattern.finditer(sentence):
                name = m.group(1) if m.groups() else m.group(0)
                around = sentence[max(0, m.start() - 60) : m.end() + 60]
                print(tag, row, "PAGE" if name in held else "nopage", name, around, sep="\t")
