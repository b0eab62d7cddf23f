"""Time ``propose_agreements`` (the tie step this branch changes) over the benchmark corpus's
base articles (the texts ``bench_build.py`` copies into its 1,000), scaled to 1,000 articles.

Usage: .venv/bin/python benchmarks/pools/agreements46/timing_propose.py
(``runmain.py SRC`` before the script name times main's code.)
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import quality_extract  # noqa: E402
from bench_build import base_articles  # noqa: E402

import generator.extract as extract_stage  # noqa: E402

ORIGINAL = extract_stage.propose_agreements
SPENT = [0.0, 0]


def timed(context, frames):
    start = time.process_time()
    out = ORIGINAL(context, frames)
    SPENT[0] += time.process_time() - start
    SPENT[1] += len(frames)
    return out


def main() -> None:
    extract_stage.propose_agreements = timed
    articles = base_articles(
        Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds")
    )
    with tempfile.TemporaryDirectory(prefix="a45-timing-") as tmp:
        path = Path(tmp) / "bench.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for i, a in enumerate(articles):
                text = "\n\n".join(a.paragraphs)
                writer.writerow(
                    {
                        "url": f"https://example.org/b{i}",
                        "date": a.date,
                        "title": a.title,
                        "text": text,
                    }
                )
        chosen = [{"corpus": "bench.csv", "row": i} for i in range(len(articles))]
        quality_extract.run_pipeline(chosen, path.parent / "bench.yml")
    scale = 1000 / len(articles)
    print(
        f"{extract_stage.__file__}: {len(articles)} articles, {SPENT[1]} frames; "
        f"propose_agreements {SPENT[0]:.3f} s CPU, {SPENT[0] * scale:.2f} s scaled to 1,000"
    )


if __name__ == "__main__":
    main()
