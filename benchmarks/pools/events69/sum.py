# ruff: noqa
import re, sys, glob

d = sys.argv[1]
for half in ["tune", "check"]:
    P = R = W = F = 0
    for p in [
        "events43",
        "events45",
        "events46",
        "events49",
        "events50",
        "events52",
        "events54",
        "events55",
    ]:
        t = open(f"{d}/{p}-{half}.txt").read()
        m = re.search(r"events dev .*?\((\d+)/(\d+)\), recall .*?\((\d+)/(\d+)\)", t)
        a, b, c, e = map(int, m.groups())
        print(f"{p}-{half:6} P {a}/{b}  R {c}/{e}")
        P += a
        R += b
        F += c
        W += e
    print(f"{half.upper():13} P {P}/{R} = {P / R:.1%}  R {F}/{W} = {F / W:.1%}")
