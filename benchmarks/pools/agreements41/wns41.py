"""Convert agreements41's WikinewsSum records to the pool CSV: /work/briefs/wns/wns.py plus the
fixes these records needed (markup that survived its cleaning).

Usage: python3 wns41.py records.jsonl wikinewssum.csv

- The damaged byline template "{{byline|date" (its closing and the article's first letters are
  lost in the dataset), a damaged table opener "{| rules" and "_NOTOC__" are removed.
- HTML entities (&mdash;) are unescaped.
- A date written as a bold first paragraph ('''December 3, 2004''') is read as the date;
  records with neither that nor {{date|...}} are dated from DATES (see SOURCE.md).
"""

from __future__ import annotations

import csv
import datetime
import html
import json
import re
import sys

sys.path.insert(0, "/work/briefs/wns")
import wns

DATES = {
    "Hopes rise for breakthrough in Northern Ireland Peace Process": "2004-11-30",
    "Department of Defense report lambasts communication failure in US War on Terror": (
        "2004-12-01"
    ),
    "Vanuatu PM accused of assaulting envoy": "2004-12-06",
    "E.C. President does not advise Portuguese referendum in light of current crisis": (
        "2004-12-06"
    ),
}


def clean(paragraph: str) -> str:
    """wns.clean, with the damaged templates removed first and entities unescaped after."""
    for junk in ("{{byline|date", "{| rules", "_NOTOC__"):
        paragraph = paragraph.replace(junk, "")
    return html.unescape(wns.clean(paragraph))


def date_of(record: dict) -> str:
    """The {{date}} template's date, else a bold first-paragraph date, else DATES."""
    date = wns.date_of(record["text"])
    if date:
        return date
    bold = re.match(r"'''([A-Z][a-z]+ \d{1,2}, \d{4})'''", record["text"][0])
    if bold:
        return datetime.datetime.strptime(bold.group(1), "%B %d, %Y").date().isoformat()
    return DATES[record["title"]]


def main(source: str, out: str) -> None:
    rows = []
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            body = "\n\n".join(p for p in (clean(p) for p in record["text"]) if p)
            rows.append(
                {
                    "url": "https://en.wikinews.org/wiki/" + record["title"].replace(" ", "_"),
                    "date": date_of(record),
                    "title": record["title"],
                    "text": body,
                }
            )
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main(*sys.argv[1:])
