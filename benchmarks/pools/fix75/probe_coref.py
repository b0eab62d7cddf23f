# ruff: noqa: E501
"""fix75's invented probes of one of this session's rules (see SOURCE.md); run from the worktree."""

import spacy

from generator.annotate import choose_model
from tests.test_extract_anaphora import _parties

nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
P = [
    (
        "Daimler's rival Volkswagen reported a loss on Monday. The company signed a deal with Renault to share engines.",
        {},
    ),
    (
        "Daimler's rival Volkswagen reported a loss on Monday. It signed a deal with Renault to share engines.",
        {},
    ),
    (
        "Volkswagen bought a stake in Daimler on Monday. The company signed a deal with Renault to share engines.",
        {},
    ),
    (
        "Shares in Volkswagen and Daimler rose on Monday. The company signed a deal with Renault to share engines.",
        {},
    ),
    ("Volkswagen unveiled a new engine on Monday. It was built under a deal with Renault.", {}),
    (
        "Volkswagen launched the Golf in 1974. It became the basis of a deal with Renault to share engines.",
        {},
    ),
    (
        "Volkswagen's deal with Daimler collapsed. It signed a deal with Renault to share engines.",
        {},
    ),
    (
        "Germany reported growth on Monday. It signed a deal with Renault to share engines.",
        {"states": ("germany",)},
    ),
    (
        "Volkswagen's chief said Daimler would sue. The company signed a deal with Renault to share engines.",
        {},
    ),
    (
        "Volkswagen, like Daimler, reported a loss on Monday. The company signed a deal with Renault to share engines.",
        {},
    ),
]
F = {"Volkswagen": "volkswagen", "Daimler": "daimler", "Renault": "renault", "Germany": "germany"}
for t, kw in P:
    print(_parties(nlp, t, people=F, **kw), "<-", t)
