# ruff: noqa
import json, re, sys

sys.path.insert(0, "/work/wt/actors53")
from generator.gazetteer import place_kind, state_name

rows = json.load(open("/tmp/actors53/pool.json"))
ROLE = r"(?:spokesperson|spokesman|spokeswoman|boss|chairman|captain|chief executive|manager|executives?|shareholders|customers|profits?)"
PATS = {
    "role_after": rf"(?<![\w-])([A-Z][a-z]+) {ROLE}\b",
    "poss_role": rf"(?<![\w-])([A-Z][a-z]+)['’]s (?:[a-z-]+ )?(?:chief executive|boss|chairman|shares|profits?|customers|shareholders|finances|captain|earnings|revenues?)\b",
    "agree_pair": r"(?<![\w-])([A-Z][a-z]+) and (?:[\w-]+ ){0,6}?[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3} (?:(?:have|has|had|recently|jointly) )?(?:agreed|signed|struck)\b",
    "said_stmt": r"(?<![\w-])([A-Z][a-z]+) said in a statement\b",
    "the_group": r"(?<![\w-])([A-Z][a-z]+), the (?:[\w'’-]+ ){0,5}(?:group|company|firm|maker|bank|lender|carrier|airline|retailer|chain|society|studio|club)\b",
}
for pool, half, aid, title, text, url in rows:
    for c, pat in PATS.items():
        for m in re.finditer(pat, text):
            w = m.group(1)
            if state_name(w) or not place_kind(w):
                continue
            n = len(re.findall(rf"(?<![\w-]){w}(?![\w-])", text))
            s = text.rfind(".", 0, m.start()) + 1
            print(f"{c}\t{half}\t{aid}\t{w}\t{n}\t{text[max(s, m.start() - 60) : m.end() + 30]!r}")
