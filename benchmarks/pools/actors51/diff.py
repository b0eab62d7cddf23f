"""Every (article, page, type) whose mentions differ before and after, per half."""

from common import HALVES, load


def pages(data: dict) -> dict:
    out: dict = {}
    for e in data["entities"]:
        for row, _sentence, text, _how in e["mentions"]:
            out.setdefault((row, e["name"], e["type"]), []).append(text)
    return out


for tag in HALVES:
    before, after = load(tag, 0), load(tag, 1)
    pb, pa = pages(before), pages(after)
    print(f"{tag}: actor entities {len(before['entities'])} -> {len(after['entities'])}")
    for key in sorted(set(pb) | set(pa), key=str):
        if pb.get(key) != pa.get(key):
            print("   ", key, pb.get(key), "->", pa.get(key))
