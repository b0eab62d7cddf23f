# ruff: noqa: E741, SIM115
"""Convert WikinewsSum records (airKlizz/WikinewsSum endataset.json, one JSON object per line,
only the keys "title" and "text" are needed) into the CSV format of ../shared/corpora
(url,date,title,text). Usage: python3 wns.py records.jsonl out.csv"""

import csv
import datetime
import html
import json
import re
import sys


def clean(s):
    # actors62: in some records an opening "{{byline|date=...}}" swallowed the date and the
    # article's first characters, leaving "{{byline|date" + the rest of a cut word: drop the
    # cut word, or restore the bracket or quote the cut took from a link or italics.
    m = re.match(r"(.*?)\{\{byline\|date(.*)", s, re.S)
    if m:
        rest = m.group(2)
        if rest.startswith("[w:"):
            rest = "[" + rest
        elif rest.startswith("'[["):
            rest = "'" + rest
        else:
            rest = re.sub(r"^\S*\s*", "", rest)
        s = m.group(1) + rest
    s = re.sub(r"\[\[(?:File|Image):[^\[\]]*(?:\[\[[^\]]*\]\][^\[\]]*)*\]\]", "", s)
    s = re.sub(r"\{\{w\|(?:[a-z]{2}:)?[^|{}]*\|([^{}]*)\}\}", r"\1", s)
    s = re.sub(r"\{\{w\|([^{}|]*)\}\}", r"\1", s)
    s = re.sub(r"\[\[(?:w:|wikipedia:)?[^\]|]*\|([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[\[(?:w:)?([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\{\{[^{}]*\}\}", "", s)
    s = re.sub(r"\{[^{}]*\}\}", "", s)
    s = re.sub(r"'''?", "", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"\[https?://\S+ ([^\]]*)\]", r"\1", s)
    s = html.unescape(s)
    # actors62: no "---" rule, no wikitext indent colon, no bare web address left by a cut.
    lines = [l.strip().lstrip(":") for l in s.split("\n") if l.strip() != "---"]
    lines = [l for l in lines if not re.fullmatch(r"\w*\.\w+\.(?:com|org|net)", l)]
    return "\n".join(l for l in lines if l and not l.startswith(("==", "*", "|", "!")))


def date_of(text):
    m = re.search(r"\{\{date\|([^}]*)\}\}", " ".join(text))
    if not m:
        return ""
    try:
        return datetime.datetime.strptime(m.group(1).strip(), "%B %d, %Y").date().isoformat()
    except ValueError:
        return m.group(1).strip()


def main(src, out):
    rows = []
    for line in open(src, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        paras = [clean(p) for p in r["text"]]
        body = "\n\n".join(p for p in paras if p)
        url = "https://en.wikinews.org/wiki/" + r["title"].replace(" ", "_")
        rows.append({"url": url, "date": date_of(r["text"]), "title": r["title"], "text": body})
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["url", "date", "title", "text"])
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main(*sys.argv[1:])
