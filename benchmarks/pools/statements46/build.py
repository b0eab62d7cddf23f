"""Write ``excerpts.csv`` (url,date,title,text) for the statements46 pool with statements45's
``build.py`` (no copy): paragraphs copied verbatim from rows of the 2019 Wikinews corpus in no
gold split and in no statements pool before (each named by row and paragraph numbers, counting
non-empty lines from 0), English Wikinews (CC BY 2.5)."""

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2].parent / "shared" / "corpora" / "wikinews_2019.csv"
PICKS = [  # (row, paragraphs)
    (0, [3, 4, 5]), (3, [5, 7]), (8, [6, 7, 13]), (9, [4, 6]), (13, [2]),
    (17, [1, 3, 4]), (18, [2, 7]), (21, [7]), (23, [2, 6]), (27, [2, 3]), (31, [3, 4]),
    (32, [4, 5]), (34, [3]), (36, [4]), (44, [2, 4, 5, 6]), (53, [4, 6]),
    (54, [8]), (61, [4, 5, 6, 7]), (63, [2, 5, 7]), (66, [1, 2]), (70, [2]),
    (72, [3]), (78, [3]), (80, [3, 4, 5]), (95, [3, 4]), (97, [3]), (109, [2, 4, 5]),
    (111, [4, 5]), (116, [4]), (123, [3]), (124, [2, 3]), (127, [2]), (128, [5]),
    (134, [3, 4]), (135, [4]), (139, [2, 3]), (141, [3]), (142, [3]), (147, [3, 5]),
    (150, [5, 6]), (155, [3]), (169, [3]),
]  # fmt: skip

if __name__ == "__main__":
    build = runpy.run_path(str(HERE.parent / "statements45" / "build.py"))
    build["main"]([(CORPUS, row, paragraphs) for row, paragraphs in PICKS], HERE)
