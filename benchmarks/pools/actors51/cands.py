"""Names ``decide`` rejected that one article names twice or more and no page holds."""

from collections import Counter

from common import HALVES, load

for tag in HALVES:
    data = load(tag)
    held = {n.lower() for e in data["entities"] for n in [e["name"], *e["aliases"]]}
    for dec in data["decisions"]:
        per_article = Counter(row for row, _sentence in dec["where"])
        twice = [row for row, n in per_article.items() if n >= 2]
        if dec["action"] != "page" and twice and dec["name"].lower() not in held:
            print(tag, dec["action"], repr(dec["name"]), twice, dec["reason"][:90], sep="\t")
