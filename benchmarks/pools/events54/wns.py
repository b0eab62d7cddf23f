"""Convert WikinewsSum records (airKlizz/WikinewsSum endataset.json, one JSON object per line,
only the keys "title" and "text" are needed) into the CSV format of ../shared/corpora
(url,date,title,text). Usage: python3 wns.py records.jsonl out.csv

The brief's /work/briefs/wns/wns.py with events54's fixes (SOURCE.md): markup it left in the
2004 records of offsets 900,000 on, and dates the records do not carry.
"""

import csv
import datetime
import html
import json
import re
import sys

# Dates the record does not carry: SACN's lead says only "December 2004" (the summit ended on
# 9 December); the two cut leads lost their {{date}} ("Democrats ask GAO" is categorised
# December 30, 2004; Gregoire's certification, per the article's cited AP report, was on
# December 30, 2004).
OVERRIDE = {
    "South American Community of Nations announced at Third South American Summit": "2004-12-09",
    "Democrats ask GAO for election review": "2004-12-30",
    "Gregoire wins Washington state's closest ever governor's race": "2004-12-30",
}


def clean(s: str) -> str:
    """One wikitext paragraph as plain text."""
    # events54: a lead paragraph cut mid-word by the data set ("{{byline|datehousands of ...")
    # is no sentence; interwiki links, a bold date line, a dangling external link, entities.
    if s.startswith("{{byline|date"):
        return ""
    s = re.sub(r"\[\[[a-z]{2}:[^\]]*\]\]", "", s)
    s = re.sub(r"(?m)^'''[A-Z][a-z]+ (\d{1,2}, )?\d{4}'''(<br />)?\s*$", "", s.strip())
    s = re.sub(r"\[https?://\S*\s*(?=\n|$)", "", s)
    # the brief's script from here
    s = re.sub(r"\[\[(?:File|Image):[^\[\]]*(?:\[\[[^\]]*\]\][^\[\]]*)*\]\]", "", s)
    s = re.sub(r"\{\{w\|(?:[a-z]{2}:)?[^|{}]*\|([^{}]*)\}\}", r"\1", s)
    s = re.sub(r"\{\{w\|([^{}|]*)\}\}", r"\1", s)
    s = re.sub(r"\[\[(?:w:|wikipedia:)?[^\]|]*\|([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\{\{[^{}]*\}\}", "", s)
    s = re.sub(r"\{[^{}]*\}\}", "", s)
    s = re.sub(r"'''?", "", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"\[https?://\S+ ([^\]]*)\]", r"\1", s)
    s = html.unescape(s)
    lines = [line.strip() for line in s.split("\n")]
    return "\n".join(line for line in lines if line and not line.startswith(("==", "*", "|", "!")))


def date_of(text: list[str]) -> str:
    """The {{date|...}} of the record, else its bold date line, as an ISO date."""
    joined = " ".join(text)
    m = re.search(r"\{\{date\|([^}]*)\}\}", joined) or re.search(
        r"'''([A-Z][a-z]+ \d{1,2}, \d{4})'''", joined
    )
    if not m:
        return ""
    try:
        return datetime.datetime.strptime(m.group(1).strip(), "%B %d, %Y").date().isoformat()
    except ValueError:
        return m.group(1).strip()


def main(src: str, out: str) -> None:
    """Convert every record of ``src`` into a row of ``out``."""
    rows = []
    with open(src, encoding="utf-8") as records:
        for line in records:
            if not line.strip():
                continue
            r = json.loads(line)
            paras = [clean(p) for p in r["text"]]
            body = "\n\n".join(p for p in paras if p)
            url = "https://en.wikinews.org/wiki/" + r["title"].replace(" ", "_")
            date = OVERRIDE.get(r["title"]) or date_of(r["text"])
            rows.append({"url": url, "date": date, "title": r["title"], "text": body})
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["url", "date", "title", "text"])
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main(*sys.argv[1:])
