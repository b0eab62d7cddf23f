# ruff: noqa
"""Every BBC text other helpers copied into /tmp, keyed category/NNN, allowed ranges only."""

import csv, glob, json, os, re, pickle

csv.field_size_limit(10**9)
texts = {}


def add(key, text):
    m = re.search(r"(business|politics|tech|entertainment|sport)[/\-_]?(\d{3})", key)
    if not m:
        return
    cat, n = m.group(1), int(m.group(2))
    if cat == "politics" and n > 200 or cat == "business" and n > 250:
        return
    texts.setdefault(f"{cat}/{n:03d}", text)


for f in glob.glob("/tmp/*/*.csv") + glob.glob("/tmp/*.csv"):
    try:
        for r in csv.DictReader(open(f, encoding="utf-8", newline="")):
            u = r.get("url") or ""
            if "bbc" in u or "DieNeueKrone" in u:
                add(u, (r.get("title") or "") + "\n" + (r.get("text") or ""))
    except Exception:
        pass
for f in glob.glob("/tmp/*/bbc/*.txt") + glob.glob("/tmp/*/*/bbc/*.txt"):
    b = os.path.basename(f)
    b = re.sub(r"^b(\d{3})", r"business-\1", b)
    b = re.sub(r"^p(\d{3})", r"politics-\1", b)
    b = re.sub(r"^t(\d{3})", r"tech-\1", b)
    b = re.sub(r"^e(\d{3})", r"entertainment-\1", b)
    add(b, open(f, encoding="utf-8", errors="replace").read())
for f in glob.glob("/tmp/*/*.json"):
    if os.path.getsize(f) > 50_000_000:
        continue
    try:
        d = json.load(open(f))
    except Exception:
        continue
    if isinstance(d, dict):
        for k, v in d.items():
            if isinstance(v, dict) and "text" in v:
                add(k, (v.get("title") or "") + "\n" + v["text"])
json.dump(texts, open("/tmp/fix82/bbc.json", "w"))
from collections import Counter

print(len(texts), Counter(k.split("/")[0] for k in texts))
