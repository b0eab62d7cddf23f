"""Event frames of sentences given on the command line or one a line on stdin, for one code
tree (events71, issue 7): what ``match_events`` finds in each, to see why a shape is missed.

Usage: ``.venv/bin/python benchmarks/pools/events71/frames.py TREE [SENTENCE ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

TREE = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(TREE))

import spacy  # noqa: E402

from generator.extract.events import match_events  # noqa: E402
from generator.preload import choose_model  # noqa: E402


def main() -> None:
    nlp = spacy.load(choose_model(None))
    lines = sys.argv[2:] or [line.strip() for line in sys.stdin if line.strip()]
    for line in lines:
        doc = nlp(line)
        print(">>", line)
        for frame in match_events(doc, 0):
            agents = [r.text for r in frame.agents]
            patients = [r.text for r in frame.patients]
            print(f"   {frame.type} {frame.trigger.text!r} A={agents} P={patients}")


if __name__ == "__main__":
    main()
