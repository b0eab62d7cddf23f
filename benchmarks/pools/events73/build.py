"""Write the events73 pool CSV (``/tmp/events73/pool.csv`` or the path given): twenty excerpts
of 2019 Wikinews rows in no gold split, each from the first words to the last words listed,
with the row's url, date and title, for ``quality_extract.py --gold gold.yml --split all``.

Usage: ``.venv/bin/python benchmarks/pools/events73/build.py [OUT.csv]``
"""

import csv
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "wikinews_2019.csv"
EXCERPTS = [  # (corpus row, first words, last words): one pool row each, in this order
    (0, "President Vladimir Putin was briefed", "68 people were missing."),
    (0, "Search and rescue was suspended on Tuesday", "on Wednesday."),
    (10, "The crash took place on a bendy road", "five seriously injured."),
    (21, "Bruce McArthur, from Toronto", "at the Superior Court."),
    (21, "Toronto Police, which indicated", "being asked of authorities."),
    (26, "On Monday, Nevada became", "when she was about 57."),
    (28, "The death of pioneering oceanographer", "in La Jolla, California."),
    (37, "On Friday, a federal judge in Texas", "no longer applies."),
    (49, "Yesterday in California's Riverside County", 'in that house of horrors."'),
    (62, "At around 12:20 p.m.", "Montgomery County Police Department."),
    (66, "Acting via his lawyers", "waived extradition to New Hampshire."),
    (67, "On Friday, United States Federal District Judge", "at least nineteen others."),
    (78, "On Friday, Ricardo Rosselló Nevares resigned", "had not confirmed him."),
    (84, "John Hickenlooper, who was a candidate", "thanked his supporters."),
    (90, "Kirsten Gillibrand, who was a candidate", "to the House in 2006."),
    (127, "On Wednesday, a United States federal judge", 'destruction."'),
    (128, "On Thursday at the headquarters", "was taken into custody."),
    (142, "Yesterday, Brigid Kosgei of Kenya", "sanctioned under IAAF rules."),
    (155, "On Friday, Beto O'Rourke", "thanked his supporters."),
    (163, "On Friday, 28-year-old Usman Khan", "three others were seriously injured."),
]


def excerpt(text: str, first: str, last: str) -> str:
    start = text.index(first)
    end = text.index(last, start) + len(last)
    return text[start:end]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/events73/pool.csv")
    out.parent.mkdir(parents=True, exist_ok=True)
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        for number, (row, first, last) in enumerate(EXCERPTS):
            source = rows[row]
            writer.writerow(
                {
                    "url": f"{source['url']}#events73-{number}",
                    "date": source["date"],
                    "title": f"{source['title']} (excerpt {number})",
                    "text": excerpt(source["text"], first, last),
                }
            )
    print(out)


if __name__ == "__main__":
    main()
