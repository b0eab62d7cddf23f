"""Check that the quality reports can read a blind block's gold, without running the pipeline.

Usage: .venv/bin/python benchmarks/pools/blind38/check_load.py [GOLD]
(blind41/check_load.py runs it with blind41's gold)

Loads tests/gold/blind38.yml (or GOLD) the way ``benchmarks/quality.py`` and
``quality_extract.py`` do (``yaml.safe_load``, the ``test`` split), reads every article's text
through ``quality_extract.read_articles`` (the importer, no NLP), then checks that each article
was found with its gold title and date, that every quotation start occurs in its article's
text, that every actor variant occurs verbatim in its article's title or text (GOLD.md:
variants are surface forms that occur), and that every speaker, participant and party is one of
the article's gold actors. Prints counts only (never the texts: the block is blind).
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold" / "blind38.yml"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def problems(gold_path: Path) -> tuple[list[str], dict[str, int]]:
    """What is wrong with the gold file as the reports would read it, and its counts."""
    qx = _module("quality_extract")
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if a.get("split") == "test"]
    wrong: list[str] = []
    if len(chosen) != len(gold["articles"]):
        wrong.append("an article is not in the test split")
    with tempfile.TemporaryDirectory(prefix="blind-check-") as tmp:
        raw = qx.read_articles(chosen, gold_path, Path(tmp))
    if len(raw) != len(chosen):
        return [f"{len(raw)} texts read for {len(chosen)} articles"], {}
    counts = dict.fromkeys(("articles", "actors", "statements", "events", "agreements"), 0)
    for article, text in zip(chosen, raw, strict=True):
        label = f"row {article['row']}"
        counts["articles"] += 1
        if text.title != article["title"] or text.date != str(article["date"]):
            wrong.append(f"{label}: read {text.title!r} {text.date}, gold says otherwise")
        words = qx.words(" ".join(text.paragraphs))
        plain = "\n".join((text.title, *text.paragraphs))
        names = {actor["name"] for actor in article["actors"]}
        wrong += [
            f"{label}: variant {variant!r} of {actor['name']} not in text"
            for actor in article["actors"]
            for variant in actor["variants"]
            if variant not in plain
        ]
        counts["actors"] += len(names)
        for statement in article.get("statements") or []:
            counts["statements"] += 1
            start = qx.words(statement["quote_start"])
            if not any(words[i : i + len(start)] == start for i in range(len(words))):
                wrong.append(f"{label}: quote start {statement['quote_start']!r} not in text")
            if statement["speaker"] not in names:
                wrong.append(f"{label}: speaker {statement['speaker']} is no gold actor")
        for kind, key in (("events", "participants"), ("agreements", "parties")):
            for item in article.get(kind) or []:
                counts[kind] += 1
                wrong += [
                    f"{label}: {kind} {item['name']!r}: {name} is no gold actor"
                    for name in item[key]
                    if name not in names
                ]
    return wrong, counts


def main(gold: Path = GOLD) -> None:
    wrong, counts = problems(Path(sys.argv[1]) if len(sys.argv) > 1 else gold)
    print(", ".join(f"{n} {kind}" for kind, n in counts.items()))
    for line in wrong:
        print("  " + line)
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
