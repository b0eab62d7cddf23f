"""Scan texts for sentences holding a deal word and a cue of a deal not (yet) made.

Usage: scan.py TEXTS.pkl [CSV ...] > hits.tsv. TEXTS.pkl maps "bbc/<category>/NNN.txt" to
(title, text) (the BBC files read from the tool library, see SOURCE.md); each CSV
(``url,date,title,text``) is scanned too. Prints article, cue and sentence, tab-separated.
"""

from __future__ import annotations

import csv
import pickle
import re
import sys
from pathlib import Path

DEAL = re.compile(
    r"(deal|merger|merge|takeover|tie-up|alliance|agreement|accord|pact|treaty|acquisition|"
    r"buyout|partnership|joint venture|contract|bid|buy|purchase|acquire|sale)",
    re.I,
)
DEALS = r"(deal|merger|takeover|tie-up|alliance|bid|acquisition|sale|agreement|link-up|offer"
CUES = {
    "due to": r"\bdue to (merge|complete|sign|buy|be (signed|completed|finalised))",
    "set to": r"\bset to (merge|sign|buy|acquire|agree|be (signed|completed|finalised)|take over"
    r"|strike|seal)",
    "poised to": r"\bpoised to",
    "close to": r"\b(close|closer|near) to (a |an |striking|agreeing|reaching|signing|sealing"
    r"|clinching|completing)",
    "possible": rf"\bpossible {DEALS})",
    "potential": rf"\bpotential {DEALS}|buyer|suitor)",
    "proposed": rf"\bproposed {DEALS}|treaty|pact|accord|partnership|joint venture)",
    "mooted": r"\bmooted",
    "rumoured": r"\brumou?red",
    "subject to": r"\bsubject to",
    "talks": r"\b(talks|negotiations|discussions) (on|over|about|with|to)\b",
    "would/could": r"\b(would|could) (create|merge|buy|acquire|sign|take over)",
    "bid for": r"\b(bid|offer) for\b",
    "considering": r"\b(considering|exploring|weighing|mulling|eyeing) (a |an )",
}


def hits(name: str, text: str):
    """(article, cue, sentence) for each cue sentence of one text."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        for cue, pattern in CUES.items():
            if re.search(pattern, sentence, re.I) and DEAL.search(sentence):
                yield name, cue, sentence.strip()


def main() -> None:
    out = csv.writer(sys.stdout, delimiter="\t")
    with Path(sys.argv[1]).open("rb") as handle:
        texts = pickle.load(handle)
    for name, (title, text) in sorted(texts.items()):
        out.writerows(hits(name, f"{title}\n{text}"))
    for path in sys.argv[2:]:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                out.writerows(hits(f"{Path(path).name}:{i}", f"{row['title']}\n{row['text']}"))


if __name__ == "__main__":
    main()
