# ruff: noqa
"""Names written in the article only with "'s" (never bare), in the pooled pools."""

import json, re

pool = json.load(open("/tmp/actors53/pool.json"))
for pl, half, i, title, text, url in pool:
    t = title + "\n" + text
    names = set(re.findall(r"\b((?:Dr |Mr |J )?[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?)['’]s\b", t))
    for n in sorted(names):
        last = n.split()[-1]
        bare = len(re.findall(r"\b" + re.escape(last) + r"\b(?!['’]s)", t))
        poss = len(re.findall(r"\b" + re.escape(last) + r"['’]s\b", t))
        if bare == 0 and poss >= 2:
            ctx = [
                t[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                for m in re.finditer(re.escape(last) + r"['’]s", t)
            ][:3]
            print(half, i, n, poss, " | ".join(ctx), sep="\t")
