"""statements45 pool: paragraphs of the 2019 corpus (rows in no gold split) and of earlier pools'
CSVs where a body speaks through a shape the read blind blocks missed: an unnamed spokesman of a
body ("Russia's Defence Ministry spokesman said"), a document a body passed or released ("The
resolution read", "as released by"), a statement opened by "In a release from", a body's noun
("the league said", "stated the party"), a ministry of a state ("India's External Affairs ministry
said"). Reuses statements44's ``sources`` (the same rows, gold rows left out). Prints ``source row
paragraph`` and, with ``--text``, the paragraph, for annotation by hand."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

FIND = runpy.run_path(str(Path(__file__).resolve().parents[1] / "statements44" / "find.py"))

SHAPES = re.compile(
    r"\b(?:[A-Z]\w+['’]s |the )(?:[A-Z]\w+ ){0,3}(?:[Mm]inistry|[Dd]epartment|[Aa]rmy|[Mm]ilitary)"
    r"(?:['’]s)? spokes(?:man|woman|person)\b"
    r"|\bspokes(?:man|woman|person) (?:for|of) the (?:[A-Z]\w+ ){0,4}"
    r"(?:[Mm]inistry|[Aa]rmy|[Oo]ffice)"
    r"|\b[Tt]he (?:resolution|communiqu[ée]|declaration) (?:read|said|says|states|stated)\b"
    r"|\b(?:release|statement|communiqu[ée]) (?:from|by|of) (?:the )?[A-Z]"
    r"|\bas (?:released|published|issued) by\b"
    r"|\b(?:said|stated|added) the (?:party|league|movement|ministry|army|military)\b"
    r"|\bthe (?:party|league|movement|ministry|army|military) (?:said|stated|added)\b"
    r"|\b[A-Z]\w+['’]s (?:[A-Z]\w+ ){1,3}ministry\b"
)

if __name__ == "__main__":
    FIND["main"](SHAPES)
