"""wns.py with the fixes agreements41 needed (markup that survived on these records):
- the damaged byline template "{{byline|date" (its closing and the article's first letters are
  lost in the dataset) and a damaged table opener "{| rules" are removed; "_NOTOC__" too;
- HTML entities (&mdash;) are unescaped;
- a date written as a bold first paragraph ('''December 3, 2004''') is read as the date;
  records with neither are dated from DATES (their categories or the evidence in SOURCE.md)."""
import csv, datetime, html, json, re, sys
sys.path.insert(0, "/work/briefs/wns")
import wns

DATES = {
    "Hopes rise for breakthrough in Northern Ireland Peace Process": "2004-11-30",
    "Department of Defense report lambasts communication failure in US War on Terror": "2004-12-01",
    "Vanuatu PM accused of assaulting envoy": "2004-12-06",
    "E.C. President does not advise Portuguese referendum in light of current crisis": "2004-12-06",
}

def clean(s):
    s = s.replace("{{byline|date", "").replace("{| rules", "").replace("_NOTOC__", "")
    return html.unescape(wns.clean(s))

def date_of(r):
    d = wns.date_of(r["text"])
    if d:
        return d
    m = re.match(r"'''([A-Z][a-z]+ \d{1,2}, \d{4})'''", r["text"][0])
    if m:
        return datetime.datetime.strptime(m.group(1), "%B %d, %Y").date().isoformat()
    return DATES[r["title"]]

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        body = "\n\n".join(p for p in (clean(p) for p in r["text"]) if p)
        rows.append({"url": "https://en.wikinews.org/wiki/" + r["title"].replace(" ", "_"),
                     "date": date_of(r), "title": r["title"], "text": body})
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, ["url", "date", "title", "text"])
    w.writeheader()
    w.writerows(rows)
