"""listed_in vs listed: same matches on the 1,000 benchmark articles and adversarial text."""

import random
import sys
from pathlib import Path

sys.path.insert(0, "benchmarks")

from generator.organisations import _every_form, known_matches, listed, listed_in, spelt_out

out = Path(sys.argv[1])
pass
texts = []
for p in sorted((out / "c").rglob("*.md")):
    body = p.read_text().split("---", 2)[-1]
    paras = [x.strip() for x in body.split("\n\n") if x.strip()]
    texts.append(paras)


def check(articles, label):
    whole = listed()
    few = listed_in("\n".join(p for a in articles for p in a))
    bad = 0
    n = 0
    for a in articles:
        j = "\n".join(a)
        if spelt_out(j, whole) != spelt_out(j, few):
            bad += 1
            print("spelt differs", label, j[:80])
        for p in a:
            for s in range(0, len(p), 37):
                A = [(m.span(), m.group()) for m in known_matches(p, s, None, whole)]
                B = [(m.span(), m.group()) for m in known_matches(p, s, None, few)]
                n += len(A)
                if A != B:
                    bad += 1
                    print("matches differ", label, A, B)
    return bad, n


tot = [0, 0]
for i, a in enumerate(texts):
    r = check([a], f"art{i}")
    tot[0] += r[0]
    tot[1] += r[1]
print("single articles", len(texts), "bad", tot[0], "matches", tot[1])
r = check(texts[:30], "batch30")
print("batch of 30", r)
# adversarial
forms = list(_every_form())
rng = random.Random(26)
special = [f for f in forms if any(c in f for c in ".()'’&/+*?[]$^\\|")]
print("special forms", len(special), special[:8])
adv = []
for f in rng.sample(forms, 300) + special:
    w = f.split(" ")
    variants = [
        f,
        f.upper(),
        f.lower(),
        f.swapcase(),
        f"The {f}'s",
        f"{f}-backed",
        f"({f})",
        f"x{f}",
        f"{f}s",
        f"{f}.",
    ]
    if len(w) > 1:
        variants += [
            " ".join(w[:1]) + "\n" + " ".join(w[1:]),
            " ".join(w[:1]) + "  " + " ".join(w[1:]),
            " ".join(w[:1]) + "\u00a0" + " ".join(w[1:]),
        ]
    for v in variants:
        adv.append([f"Officials of {v} met.", f"Then {v}"])
        adv.append(
            [f"Officials of {w[0]}", " ".join(w[1:]) + " met." if len(w) > 1 else f"{f} met"]
        )
bad, n = check(adv, "adv") if False else (0, 0)
for i, a in enumerate(adv):
    r = check([a], f"adv{i}")
    bad += r[0]
    n += r[1]
print("adversarial articles", len(adv), "bad", bad, "matches", n)
r = check(adv[:500], "advbatch")
print("adversarial batch", r)
