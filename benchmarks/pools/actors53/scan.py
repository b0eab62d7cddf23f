# ruff: noqa
"""Every one-word capitalised name that is a place's (place_kind) named 2+ in an article, with firm clues."""

import json, re, sys
from collections import defaultdict

sys.path.insert(0, "/work/wt/actors53")
from generator.gazetteer import place_kind, state_name

rows = json.load(open("/tmp/actors53/pool.json"))
CLUES = {
    "agree": r"\b{W}(?:,? and [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}})? (?:have |has |had )?(?:agreed|signed|struck|announced|unveiled|launched|bought|sold|acquired|merged|will merge)\b",
    "poss_exec": r"\b{W}['’]s (?:[a-z-]+ )?(?:chief executive|boss|chairman|shares|profits?|customers|board|shareholders|sales|chief|president|founder|managing director|executives?|staff|workers|employees|stores|brand|revenues?|earnings|results)\b",
    "shares_in": r"\b(?:[Ss]hares|[Ss]takes?) in {W}\b",
    "said_stmt": r"\b{W} (?:said in a statement|said in a filing|told (?:the )?(?:BBC|Reuters|investors|analysts))",
    "the_group": r"\b{W}, the [\w\s'’-]{{0,40}}?(?:group|company|firm|maker|bank|lender|carrier|airline|retailer|chain|society|studio|club)\b",
    "boss_after": r"\b{W} (?:boss|chief executive|chairman|executives|spokesman|spokeswoman|shareholders|shares)\b",
    "said": r"\b{W} (?:said|says|added|reported|announced)\b",
}
hits = defaultdict(lambda: defaultdict(set))
for pool, half, aid, title, text, url in rows:
    words = set(re.findall(r"(?<![\w-])([A-Z][a-z]+)(?![\w-])", text))
    for w in words:
        if state_name(w) or not place_kind(w):
            continue
        n = len(re.findall(rf"(?<![\w-]){w}(?![\w-])", text))
        if n < 2:
            continue
        for c, pat in CLUES.items():
            for m in re.finditer(pat.format(W=w), text):
                s = text.rfind(".", 0, m.start()) + 1
                hits[(aid, half, w, n)][c].add(
                    text[max(s, m.start() - 80) : m.end() + 40].replace("\n", " ")
                )
for (aid, half, w, n), cs in sorted(hits.items(), key=lambda x: (x[0][2], x[0][0])):
    print(f"{half}\t{aid}\t{w}\t{n}\t{place_kind(w)}\t{','.join(sorted(cs))}")
    for c, ss in cs.items():
        for s in sorted(ss)[:2]:
            print(f"\t\t{c}: ...{s}...")
